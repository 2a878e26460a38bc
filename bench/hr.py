"""Benchmark of HR's side on a generated 30,000-contact export. Prints figures.

    .venv/bin/python bench/hr.py [--contacts 30000] [--no-pdf]

Times planning a package (every contact checked, the work and flagged ones written out),
writing it, reading and verifying it, opening HR's review, 200 HR decisions (each saved), and
the PDF and XLSX reports (with the PDF's pages). Figures on a shared machine are noisy:
compare on a quiet one. Measured on the shared 2-core machine (30,000 contacts, 29,092 in
the package, under load): the PDF that laid every contact out in Paragraph cells took 1,660 s
(3,000 contacts: 61 s, 310 pages); with plain-text lists and the summary form past 2,000
contacts it takes 4-5 s for 26-31 pages (3,000 contacts: ~3 s, 44 pages).
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


def _pages(pdf: Path) -> str:
    """The PDF's page count (from its page tree; "?" if it cannot be read)."""
    import re

    counts = re.findall(rb"/Count (\d+) /Kids", pdf.read_bytes())  # the page tree's
    return f"{max(int(c) for c in counts):,}" if counts else "?"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=30_000)
    parser.add_argument("--no-pdf", action="store_true", help="skip the PDF report")
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
            pdf = timed("report as PDF", lambda: write_report(path, out / "r.pdf"))
            print(f"  {_pages(pdf)} pages, {pdf.stat().st_size / 2**20:.1f} MB")


if __name__ == "__main__":
    main()
