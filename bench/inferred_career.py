"""Suggestions from Connections.csv alone, with and without the career inferred from the
network (model/inferred). Prints figures, grouped by person.

    .venv/bin/python bench/inferred_career.py [--seed 2026] [--persons 40] [--own 30]

For each independent-generator person (bench/independent, written as a real zip and read
back) the loose Connections.csv is classified twice: as before (the inference declined) and
with the inferred career; the export's own career is classified once more to show that a
given career is untouched (no inference runs). The own generator's held-out persons
(model.synthetic, TEST_SEED) are classified without their career both ways, so a gain on
one generator is not a loss on the other. For both it says how often the inferred employers
are right (the network's dominant company, and the earlier employers found in their own years),
against the person's true positions. Also timed: the inference alone at 30,000 contacts.

Seeds: 2026 is the development set; 3031 is unseen — run it once, to report.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import zipfile
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def figures(frames: list[pd.DataFrame]) -> dict:
    """macro-F1, ROC-AUC, ECE, predicted work share, per-person median and minimum macro-F1,
    and how many employer names the result gave and how many were right."""
    from sklearn.metrics import f1_score, roc_auc_score

    from model.training import expected_calibration_error

    df = pd.concat(frames, ignore_index=True)
    per_person = [f1_score(g.y, g.pred, average="macro") for _, g in df.groupby("person")]
    named = df["employer_named"].to_numpy()
    return {
        "macro_f1": f1_score(df.y, df.pred, average="macro"),
        "roc_auc": roc_auc_score(df.y, df.p),
        "ece": expected_calibration_error(df.y.to_numpy(), df.p.to_numpy()),
        "pred_work": df.pred.mean(),
        "work": df.y.mean(),
        "median_person": float(np.median(per_person)),
        "worst_person": float(min(per_person)),
        "employers_named": int(named.sum()),
        "employer_precision": float(df["employer_ok"].to_numpy()[named].mean())
        if named.any()
        else float("nan"),
    }


def rows(person_id, labels: pd.DataFrame, result: pd.DataFrame) -> pd.DataFrame:
    """One row per contact: truth and suggestion."""
    from model.normalize import normalize_companies

    truth = normalize_companies(labels["employer"].fillna("").to_numpy(dtype=object))
    said = normalize_companies(result["employer"].to_numpy(dtype=object))
    return pd.DataFrame(
        {
            "person": person_id,
            "y": (labels["label"].to_numpy() == "work").astype(int),
            "p": result["p_work"].to_numpy(),
            "pred": (result["suggestion"].to_numpy() == "work").astype(int),
            "employer_named": said != "",
            "employer_ok": (said == truth) & (said != ""),
        }
    )


def employer_checks(career, positions) -> list[tuple[str, bool, bool]]:
    """Per employer named by the inferred ``career``: (kind, right, period overlaps), where
    kind is "dominant" for the network's dominant company and "earlier" for the others
    (found where their colleagues dominate their own years); right means the person really
    worked there, overlap that the inferred period overlaps the true one."""
    from model.normalize import normalize_company

    truth = {}
    for p in positions:
        truth.setdefault(normalize_company(p.company), []).append((p.start, p.end))
    evidence = career.evidence
    dominant = evidence["key"].iloc[0] if len(evidence) else None
    out = []
    for job in career.employers_found():
        periods = truth.get(job.employer_key, [])
        end = job.end or date.max
        overlaps = any(
            (s or date.min) <= end and (e or date.max) >= (job.start or date.min)
            for s, e in periods
        )
        out.append(
            ("dominant" if job.employer_key == dominant else "earlier", bool(periods), overlaps)
        )
    return out


def show_employers(title: str, checks: list[tuple[str, bool, bool]], persons: int) -> None:
    """How often each kind of inferred employer is right."""
    print(f"inferred employers, {title} ({persons} persons):")
    for kind in ("dominant", "earlier"):
        mine = [c for c in checks if c[0] == kind]
        right = sum(c[1] for c in mine)
        overlap = sum(c[2] for c in mine)
        print(
            f"  {kind:<8} named {len(mine):3d}, right {right:3d}, "
            f"right with an overlapping period {overlap:3d}"
        )


def independent(model, n: int, seed: int) -> dict[str, list]:
    """Classify each independent person's loose Connections.csv both ways, and its zip."""
    from bench.independent import generate_persons, write_person
    from model.inferred import declined_career, infer_career
    from model.readers import read_export

    out: dict[str, list] = {
        "declined": [],
        "inferred": [],
        "career": [],
        "career_check": [],
        "employers": [],
    }
    inferred_employers = 0
    with tempfile.TemporaryDirectory(prefix="inferred-") as tmp:
        for person in generate_persons(n, seed=seed):
            path = write_person(person, Path(tmp))
            export = read_export(path)
            loose = Path(tmp) / f"loose-{person.seed}" / "Connections.csv"
            loose.parent.mkdir()
            with zipfile.ZipFile(path) as zf:
                loose.write_bytes(zf.read("Connections.csv"))
            bare = read_export(loose)
            labels = person.labels
            declined = model.classify(bare.contacts, declined_career(bare.career))
            inferred = model.classify(bare.contacts, bare.career)
            with_career = model.classify(export.contacts, export.career)
            out["declined"].append(rows(person.seed, labels, declined))
            out["inferred"].append(rows(person.seed, labels, inferred))
            out["career"].append(rows(person.seed, labels, with_career))
            # a given career goes through untouched: the inference returns it as it is
            given = export.career  # a new Career each time it is asked for
            out["career_check"].append(infer_career(export.contacts, given) is given)
            inferred_employers += (inferred["employer"] != "").any()
            out["employers"] += employer_checks(
                infer_career(bare.contacts, bare.career), person.positions
            )
    print(f"persons with an inferred employer named: {inferred_employers} of {n}")
    return out


def own_generator(model, n: int) -> dict[str, list]:
    """The own generator's held-out persons without their career, both ways."""
    from model.career import Career
    from model.inferred import declined_career, infer_career
    from model.synthetic import PROFESSIONS, generate_person
    from model.training import TEST_SEED

    out: dict[str, list] = {"declined": [], "inferred": [], "employers": []}
    for k in range(n):
        person = generate_person(TEST_SEED + k, profession=PROFESSIONS[k % len(PROFESSIONS)])
        bare = Career(owner_name=person.career.owner_name)
        labels = person.labels
        for key, career in (("declined", declined_career(bare)), ("inferred", bare)):
            out[key].append(rows(TEST_SEED + k, labels, model.classify(person.contacts, career)))
        out["employers"] += employer_checks(
            infer_career(person.contacts, bare), person.career.positions
        )
    return out


def time_inference(model, rows_wanted: int = 30_000, repeat: int = 5) -> dict[str, float]:
    """Best of ``repeat`` wall times (ms) on a generated network of ``rows_wanted`` contacts
    (the own generator's persons stacked, so ~12,000 distinct companies): the inference
    alone, and classifying without a career with and without it."""
    from model.career import Career
    from model.inferred import CareerInference, declined_career
    from model.synthetic import PROFESSIONS, generate_person

    parts, total, k = [], 0, 0
    while total < rows_wanted:
        person = generate_person(7000 + k, profession=PROFESSIONS[k % len(PROFESSIONS)])
        parts.append(person.contacts)
        total += len(person.contacts)
        k += 1
    contacts = pd.concat(parts, ignore_index=True).iloc[:rows_wanted]
    jobs = {
        "inference": lambda: CareerInference().fit(contacts),
        "classify, inferred career": lambda: model.classify(contacts, Career()),
        "classify, inference declined": lambda: model.classify(contacts, declined_career()),
    }
    best = dict.fromkeys(jobs, float("inf"))
    for _ in range(repeat):  # alternate, so both classify runs see the same load
        for name, job in jobs.items():
            started = time.perf_counter()
            job()
            best[name] = min(best[name], (time.perf_counter() - started) * 1000)
    return best


def show(title: str, results: dict[str, list]) -> None:
    """Print one block of figures."""
    print(f"\n=== {title} ===")
    skip = {"career_check", "employers"}
    table = pd.DataFrame({k: figures(v) for k, v in results.items() if k not in skip}).T
    with pd.option_context("display.width", 200, "display.precision", 3):
        print(table.to_string())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--persons", type=int, default=40)
    ap.add_argument("--own", type=int, default=30, help="own-generator persons (0: skip)")
    args = ap.parse_args()

    from model.predictor import load_model

    model = load_model()
    ind = independent(model, args.persons, args.seed)
    show(f"independent generator, seed {args.seed}: Connections.csv only", ind)
    show_employers(f"independent generator, seed {args.seed}", ind["employers"], args.persons)
    print(
        "with career: the given career used as it is (no inference) for "
        f"{sum(ind['career_check'])} of {len(ind['career_check'])} persons"
    )
    if args.own:
        own = own_generator(model, args.own)
        show(f"own generator, {args.own} held-out persons, no career", own)
        show_employers("own generator", own["employers"], args.own)
    print("\nat 30,000 contacts (best of 5, ms; a shared machine: noisy):")
    for name, ms in time_inference(model).items():
        print(f"  {name:<30}{ms:8.1f}")


if __name__ == "__main__":
    main()
