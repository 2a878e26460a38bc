"""Benchmark of HR's side on a generated 30,000-contact export. Prints figures.

    .venv/bin/python bench/hr.py [--contacts 30000] [--no-pdf]

Times planning a package (every contact checked, the work and flagged ones written out),
writing it, reading and verifying it, opening HR's review, 200 HR decisions (each saved), and
the PDF and XLSX reports. Figures on a shared machine are noisy: compare on a quiet one.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def timed(label: str, fn):
    start = time.perf_counter()
    result = fn()
    print(f"{label:<38}{time.perf_counter() - start:8.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=30_000)
    parser.add_argument("--no-pdf", action="store_true", help="skip the PDF (minutes at 30,000)")
    args = parser.parse_args()

    from model.hr import HrReview, load_package, plan_package, verify
    from model.hr.package import write_package
    from model.hr.report import write_report
    from model.predictor import load_model
    from model.synthetic import generate_person

    person = generate_person(1, "recruiter", n_contacts=args.contacts)
    results = load_model().classify(person.contacts, person.career)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        plan = timed(
            "plan the package",
            lambda: plan_package(person.contacts, results, person.career),
        )
        print(f"  {len(plan.records):,} of {args.contacts:,} contacts go in")
        path = timed("write the package", lambda: write_package(plan, out / "big"))
        print(f"  {path.stat().st_size / 2**20:.1f} MB")
        timed("read and verify it", lambda: load_package(path))
        review = timed("open HR's review", lambda: HrReview.open(path, "bench"))
        rows = [int(r) for r in review.queue()[:200]]
        timed("200 HR decisions, each saved", lambda: [review.decide([r], "agree") for r in rows])
        timed("verify package and review", lambda: verify(path))
        timed("report as XLSX", lambda: write_report(path, out / "r.xlsx"))
        if not args.no_pdf:
            timed("report as PDF", lambda: write_report(path, out / "r.pdf"))


if __name__ == "__main__":
    main()
