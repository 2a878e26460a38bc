"""Score a model on training's own held-out persons, scenario by scenario. Prints figures.

    .venv/bin/python bench/own_heldout.py [--model DIR] [--persons 60] [--empty-career]
        [--more]

The same persons and scenarios as the card's ``scenarios`` (model.training.train), so an older
model can be compared with a new one on the very same persons. Persons without a career are
related through the career model.inferred reads from their network, as classification does;
``--empty-career`` relates them with an empty career instead (how training did before).
``--more`` adds the same three scenarios for each further generator installed (third, fourth,
fifth), for information: the ship rules of bench/generator_out.py and bench/sources_out.py
read the seven rows above them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SCENARIOS = (  # name, scenario, title pool, second generator share, persons (None: all)
    ("full export", "full", "train", 0.0, None),
    ("held-out vocabulary pool", "full", "heldout", 0.0, 30),
    ("Connections.csv only (no career)", "no_career", "train", 0.0, 30),
    ("no connection dates", "no_dates", "train", 0.0, 30),
    ("second generator, held-out persons", "full", "train", 1.0, None),
    ("second generator, no career", "no_career", "train", 1.0, 30),
    ("second generator, no connection dates", "no_dates", "train", 1.0, 30),
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", help="a model folder or file (default: the shipped model)")
    ap.add_argument("--persons", type=int, default=60)
    ap.add_argument("--empty-career", action="store_true")
    ap.add_argument("--more", action="store_true", help="also each further generator installed")
    args = ap.parse_args()

    from model.predictor import load_model, uses_structure
    from model.training import TEST_SEED, available_sources, make_dataset, score

    estimator = load_model(args.model, compiled=False).estimator
    print(f"{'scenario':<40}{'persons':>8}{'macro-F1':>10}{'AUC':>8}{'ECE':>8}{'work':>7}")
    rows = [(name, scenario, pool, {"second": second}, size)
            for name, scenario, pool, second, size in SCENARIOS]  # fmt: skip
    if args.more:
        for g in available_sources()[2:]:
            rows += [
                (f"{g} generator, held-out persons", "full", "train", {g: 1.0}, None),
                (f"{g} generator, no career", "no_career", "train", {g: 1.0}, 30),
                (f"{g} generator, no connection dates", "no_dates", "train", {g: 1.0}, 30),
            ]
    for name, scenario, pool, shares, size in rows:
        data = make_dataset(
            min(args.persons, size or args.persons),
            TEST_SEED,
            scenario=scenario,
            vocabulary=pool,
            shares=shares,
            infer_no_career=not args.empty_career,
            structure=uses_structure(estimator),
        )
        m = score(estimator, data)
        print(
            f"{name:<40}{m['persons']:>8}{m['macro_f1']:>10.4f}{m['roc_auc']:>8.4f}"
            f"{m['ece']:>8.4f}{m['work_share']:>7.3f}"
        )


if __name__ == "__main__":
    main()
