"""Classify held-out persons once (adaptation off) and keep what bench/adapt.py needs.

    .venv/bin/python bench/adapt_collect.py OUT.pkl [--own 60] [--independent 40]

Own held-out: generated persons of seeds 900000+ (training's held-out range, the professions
in turn, varied habits as in training). Independent: the development seed 2026 only (never the
unseen 3031). Each person in three scenarios: with career, Connections.csv only (no career;
classify infers one as the product does) and with career but no connection dates. Stored per
contact: the truth, the model's p_work and suggestion, and the company and title.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

OWN_SEED = 900_000
SCENARIOS = ("with career", "no career", "no dates")


def _rows(kind, scenario, seed, profession, y, contacts, result) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "set": kind,
            "scenario": scenario,
            "person": seed,
            "profession": profession,
            "y": np.asarray(y, dtype=np.int8),
            "p": result["p_work"].to_numpy(dtype=np.float64),
            "company": contacts["company"].astype(str).to_numpy(),
            "position": contacts["position"].astype(str).to_numpy(),
            "employer": result["employer"].astype(str).to_numpy(),
        }
    )


def own(model, n: int) -> list[pd.DataFrame]:
    """The own generator's held-out persons in the three scenarios."""
    from model.career import Career
    from model.synthetic import PROFESSIONS, generate_person

    out = []
    for k in range(n):
        person = generate_person(OWN_SEED + k, PROFESSIONS[k % len(PROFESSIONS)], varied=True)
        y = (person.labels["label"] == "work").to_numpy()
        c, career = person.contacts, person.career
        bare = Career(
            owner_name=career.owner_name,
            registered_on=career.registered_on,
            exported_on=career.exported_on,
        )
        runs = {
            "with career": (c, career),
            "no career": (c, bare),
            "no dates": (c.assign(connected_on=pd.NaT), career),
        }
        for scenario, (contacts, car) in runs.items():
            result = model.classify(contacts, car)
            out.append(_rows("own", scenario, person.seed, person.profession, y, contacts, result))
        print(f"own {k + 1}/{n}", flush=True)
    return out


def independent(model, n: int, seed: int) -> list[pd.DataFrame]:
    """The independent generator's development persons, written as zips and read back."""
    from bench.independent import generate_persons
    from bench.independent_eval import classify_person

    out = []
    with tempfile.TemporaryDirectory(prefix="adapt-") as tmp:
        for k, person in enumerate(generate_persons(n, seed=seed)):
            y = (person.labels["label"] == "work").to_numpy()
            results = classify_person(model, person, Path(tmp))
            for scenario, result in zip(SCENARIOS, results, strict=True):
                out.append(
                    _rows(
                        "independent",
                        scenario,
                        person.seed,
                        person.profession,
                        y,
                        person.contacts,
                        result,
                    )
                )
            print(f"independent {k + 1}/{n}", flush=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--own", type=int, default=60)
    ap.add_argument("--independent", type=int, default=40)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--model", help="a model file or folder (default: the shipped model)")
    args = ap.parse_args()
    if args.seed == 3031:
        raise SystemExit("3031 is the unseen seed: the integrator runs it, not this bench")
    from model.predictor import load_model

    model = load_model(args.model)
    frames = own(model, args.own) if args.own else []
    if args.independent:
        frames += independent(model, args.independent, args.seed)
    df = pd.concat(frames, ignore_index=True)
    df.attrs = {}
    df.to_pickle(args.out)
    print(f"{len(df)} rows to {args.out}; threshold {model.threshold}")


if __name__ == "__main__":
    main()
