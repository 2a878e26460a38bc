"""Leave-one-source-out over up to five training generators: does training on more sources
written independently carry better to a source never trained on? Prints figures.

    .venv/bin/python bench/sources_out.py [--train-persons 72] [--test-persons 30]
        [--cache /tmp/sources_out] [--only NAME ...] [--json OUT]

Round 7 of issue 8 (the first six are in bench/generator_out.py). Its protocol was written and
committed before any of its candidates was measured, here or on the independent seeds.

Sources: the first generator (``model.synthetic``), ``second``, ``third``, and the ``fourth``
and ``fifth`` written this session by other hands, each apart from all others. A generator
whose package is absent is skipped (its fold and its share; the run then says it is partial
and its selection is not the round's: only a run with all five decides).

Question: the shipped model is trained on first 0.75 + second 0.25. Does a mix of more
independent sources, at the same number of training persons, carry better to a source it
never saw? (The third generator alone, added at 0.2, did not: README.)

Folds: each of the five generators is held out in turn. A candidate is a mapping of shares
over the five; in the fold holding out h, the shares of the other generators are renormalised
to sum 1 and ``--train-persons`` N persons are dealt to them by those shares (largest
remainder), each generator's first n persons (seeds TRAIN_SEED on, augmented as training
does: some without a career or dates). A candidate with only h has no fold (none below).
The work model is fitted as ``model.training.fit`` fits it (person balance 1, calibration
folds by profession, the shipped features), with C = 0.03 x 240 / N: the C that training's
240 persons get, scaled to the fold's persons, so each fold regularises as ``train`` would on
that mix. Scored on h's held-out persons (TEST_SEED on, ``--test-persons`` per scenario) in
three scenarios: with career; Connections.csv only, related through the career inferred from
the network as classification does; with career but no connection dates. The first
generator's held-out persons draw titles from its held-out vocabulary pool (its lexicons were
written beside it). Identical training sets (e.g. every all-five mix when the first is held
out at equal shares of the rest) are fitted once. Nothing here reads ``bench/independent``.

Candidates (shares of the full 240; fixed before measuring):
  shipped     first .75, second .25
  four-lead   first .75, second 1/12, fourth 1/12, fifth 1/12  (the quarter spread over three)
  four-keep2  first .50, second .25, fourth .125, fifth .125     (new ones from the first's)
  four-half   first .50, second 1/6, fourth 1/6, fifth 1/6
  five-lead   first .60, second .10, third .10, fourth .10, fifth .10
  five-low    first .40, second .15, third .15, fourth .15, fifth .15
  five-equal  .20 each

Criterion: J = mean over the five held-out generators of (macro-F1 with career + macro-F1
without)/2. Admissible when (a) its mean ECE with career and its mean ECE without are each at
most the shipped candidate's + 0.010, and (b) on no held-out generator is its J below the
shipped candidate's by more than 0.010. The admissible candidate of highest J is selected
unless it beats the shipped candidate's J by less than 0.003: then nothing is selected.
Ties (admissible, within 0.002 of the best J): the larger first share (the mix whose p_work
without a career held before), then fewer generators, then the order above.

Ship rule, for the selected candidate trained on the full mix exactly as ``model.training.
train`` does (240 persons, its shares as SECOND_SHARE ... FIFTH_SHARE), against the shipped
model measured by the same scripts on the same persons: bench/independent_eval.py
--seed 2026 (development seeds only) and bench/own_heldout.py (60 persons). Ship if ALL hold:
  1. seed 2026 macro-F1 with career above the shipped model's and without a career above it
     (both strictly up, at the three decimals the script's --json gives);
  2. seed 2026 ECE <= 0.030 with career and without;
  3. seed 2026 worst person with career and without not below the shipped model's;
  4. seed 2026 no dates macro-F1 not below the shipped model's by more than 0.005;
  5. own held-out: none of bench/own_heldout.py's seven rows (first and second generators:
     full export, held-out vocabulary pool, no career, no dates; second's full, no career,
     no dates) below the shipped model's by more than 0.005 macro-F1.
The shipped model, measured so before this round (main 22ca2b3): seed 2026 with career
0.776 (ECE 0.016, worst person 0.654), without 0.745 (ECE 0.026, worst 0.604), no dates 0.720;
own held-out 0.7669 / 0.7458 / 0.6851 / 0.7320 (first: full, vocabulary pool, no career, no
dates), 0.7391 / 0.7240 / 0.7487 (second: full, no career, no dates).
If it ships, the unseen seeds 3031 are run once with it and reported whatever they say; if
not, the shipped model stays, FOURTH_SHARE = FIFTH_SHARE = 0 in model/training.py, and the
round's table goes into the README ("tried, not shipped").

If the fourth or fifth generator has not landed by 17:20 UTC, or its interface is broken in a
way training cannot adapt to mechanically, the round is not run (the machinery and this
protocol stay; a run without it would answer another question).

Outcome (added after the run; main e57e164 with both new generators, 6 min 41 s under load):
J 0.6296 shipped; four-lead 0.6521; four-keep2 0.6412; four-half 0.6453; five-lead 0.6484;
five-low 0.6514; five-equal 0.6504; all admissible. Within 0.002 of the best: four-lead,
five-low, five-equal; the tie-break (larger first share) chose four-lead (+0.0225 over the
shipped candidate). Without dates (not in J) every candidate fell (shipped 0.617; four-lead
0.587, five-equal 0.486). The ship rule's figures are in docs/model-quality.md (they were in the README).

Size: 72 training persons a fold (one and a half times bench/generator_out.py's 48, so
that a share of 1/12 is 6 persons) and 30 held-out persons a generator and scenario. Timed
before measuring (a fit only, nothing scored): 48 persons fit in 7-8 s on a quiet machine, the
three existing generators' datasets in 25 s; so the 30 or so distinct fits of the round take
about 6 minutes quiet, 15-25 on 2 shared cores under ``nice``.

Datasets are cached (pickles) under ``--cache``; every fit's figures are appended to
``results-N-M.jsonl`` there, so an interrupted run resumes.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.generator_out import admissible, cached, decided, figures, near_best

GENERATORS = ("first", "second", "third", "fourth", "fifth")
SCENARIOS = ("full", "no_career", "no_dates")
LABELS = {"full": "with career", "no_career": "no career", "no_dates": "no dates"}
SHIPPED = "shipped"
CANDIDATES: dict[str, dict[str, float]] = {
    "shipped": {"first": 0.75, "second": 0.25},
    "four-lead": {"first": 0.75, "second": 1 / 12, "fourth": 1 / 12, "fifth": 1 / 12},
    "four-keep2": {"first": 0.5, "second": 0.25, "fourth": 0.125, "fifth": 0.125},
    "four-half": {"first": 0.5, "second": 1 / 6, "fourth": 1 / 6, "fifth": 1 / 6},
    "five-lead": {"first": 0.6, "second": 0.1, "third": 0.1, "fourth": 0.1, "fifth": 0.1},
    "five-low": {"first": 0.4, "second": 0.15, "third": 0.15, "fourth": 0.15, "fifth": 0.15},
    "five-equal": dict.fromkeys(GENERATORS, 0.2),
}
FULL_PERSONS = 240  # training's persons, at which the shipped C 0.03 holds
SHIPPED_C = 0.03


def present() -> tuple[str, ...]:
    """The generators whose package imports (the first always)."""
    from model.training import available_sources

    return tuple(g for g in GENERATORS if g in available_sources())


def datasets(cache: Path, generators, n_train: int, n_test: int) -> tuple[dict, dict]:
    """Training persons (augmented as training does) and held-out persons per generator and
    scenario, each generator's alone."""
    from model.training import TEST_SEED, TRAIN_SEED, make_dataset

    cache.mkdir(parents=True, exist_ok=True)
    train, test = {}, {}
    for g in generators:
        shares = {} if g == "first" else {g: 1.0}
        train[g] = cached(
            cache, f"train-{g}-{n_train}",
            lambda shares=shares: make_dataset(n_train, TRAIN_SEED, augment=True, shares=shares),
        )  # fmt: skip
        for s in SCENARIOS:
            test[g, s] = cached(
                cache, f"test-{g}-{s}-{n_test}",
                lambda shares=shares, s=s, g=g: make_dataset(
                    n_test, TEST_SEED, scenario=s, shares=shares, infer_no_career=True,
                    vocabulary="heldout" if g == "first" else "train",
                ),
            )  # fmt: skip
    return train, test


def fold_sizes(shares: dict[str, float], held_out: str, generators, n: int) -> dict[str, int]:
    """Persons per training generator in the fold holding out ``held_out``: the others'
    shares renormalised, ``n`` persons dealt by largest remainder (ties in GENERATORS order)."""
    kept = {g: v for g, v in shares.items() if g != held_out and g in generators and v > 0}
    total = sum(kept.values())
    if not total:
        return {}
    exact = {g: n * v / total for g, v in kept.items()}
    sizes = {g: int(np.floor(x + 1e-9)) for g, x in exact.items()}
    order = sorted(kept, key=lambda g: (-(exact[g] - sizes[g]), GENERATORS.index(g)))
    for g in order[: n - sum(sizes.values())]:
        sizes[g] += 1
    return {g: k for g, k in sizes.items() if k}


def training_set(train: dict, sizes: dict[str, int]):
    """The fold's persons: the first ``sizes[g]`` persons of each generator, ids made distinct."""
    from model.training import Dataset, _subset

    parts, offsets = [], []
    for g, k in sizes.items():
        keep = [seed for seed, _, _ in train[g].persons[:k]]
        parts.append(_subset(train[g], np.isin(np.abs(train[g].person), keep)))
        offsets.append(10_000_000 * (GENERATORS.index(g) + 1))
    return Dataset(
        facts=pd.concat([p.facts for p in parts], ignore_index=True),
        y=np.concatenate([p.y for p in parts]),
        category=np.concatenate([p.category for p in parts]),
        employer_index=np.concatenate([p.employer_index for p in parts]),
        person=np.concatenate(
            [
                np.sign(p.person) * (np.abs(p.person) + o)
                for p, o in zip(parts, offsets, strict=True)
            ]
        ),
        profession=np.concatenate([p.profession for p in parts]),
    )


def run(args, generators) -> list[dict]:
    """Fit and score every (candidate, held-out generator) not yet in the results file."""
    from model.classifier import OwnershipClassifier
    from model.training import person_weights

    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    out = cache / f"results-{args.train_persons}-{args.test_persons}.jsonl"
    done = [json.loads(line) for line in out.read_text().splitlines()] if out.exists() else []
    seen = {(r["candidate"], r["held_out"]) for r in done}
    by_sizes = {(r["held_out"], json.dumps(r["sizes"], sort_keys=True)): r for r in done}
    started = time.perf_counter()
    train, test = datasets(cache, generators, args.train_persons, args.test_persons)
    print(f"datasets ready in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    c = SHIPPED_C * FULL_PERSONS / args.train_persons
    for name in args.only or list(CANDIDATES):
        for h in generators:
            sizes = fold_sizes(CANDIDATES[name], h, generators, args.train_persons)
            if (name, h) in seen or not sizes:
                continue
            key = (h, json.dumps(sizes, sort_keys=True))
            t = time.perf_counter()
            if key in by_sizes:  # the same training persons: the same fit
                row = {
                    **by_sizes[key],
                    "candidate": name,
                    "same_fit_as": by_sizes[key]["candidate"],
                }
            else:
                data = training_set(train, sizes)
                estimator = OwnershipClassifier(C=c).fit(
                    data.facts, data.y, groups=data.profession,
                    sample_weight=person_weights(data.person, 1.0),
                )  # fmt: skip
                row = {"candidate": name, "held_out": h, "sizes": sizes,
                       "threshold": estimator.threshold_, "C": c,
                       "train_contacts": len(data.y)}  # fmt: skip
                for s in SCENARIOS:
                    row[s] = figures(estimator, test[h, s])
                row["fit_seconds"] = round(time.perf_counter() - t, 1)
                by_sizes[key] = row
            done.append(row)
            with out.open("a") as f:
                f.write(json.dumps(row) + "\n")
            print(
                f"{name:<12} held out {h:<7} {sizes}  "
                + "  ".join(f"{LABELS[s]} {row[s]['macro_f1']:.3f}" for s in SCENARIOS)
                + f"  ({time.perf_counter() - t:.0f} s)",
                file=sys.stderr,
                flush=True,
            )
    return done


def summarise(rows: list[dict], generators) -> dict[str, dict]:
    """Per candidate with every fold of ``generators``: J per held-out generator, means."""
    by: dict[str, dict] = {}
    for r in rows:
        if r["held_out"] in generators:
            by.setdefault(r["candidate"], {})[r["held_out"]] = r
    out = {}
    for name, folds in by.items():
        if set(folds) != set(generators):
            continue
        j = {
            g: (folds[g]["full"]["macro_f1"] + folds[g]["no_career"]["macro_f1"]) / 2
            for g in generators
        }
        mean = {
            s: {
                k: float(np.mean([folds[g][s][k] for g in generators]))
                for k in folds[generators[0]][s]
            }
            for s in SCENARIOS
        }
        worst = {s: min(folds[g][s]["worst"] for g in generators) for s in SCENARIOS}
        out[name] = {"J": float(np.mean(list(j.values()))), "J_by": j, "mean": mean,
                     "worst": worst, "folds": folds}  # fmt: skip
    return out


def select(summary: dict[str, dict], generators) -> tuple[str | None, list[str]]:
    """The protocol of the module docstring: (selected candidate or None, why)."""
    base = summary[SHIPPED]
    names, why = admissible(summary, base, generators)
    best, near = near_best(summary, names)
    order = list(CANDIDATES)
    near.sort(
        key=lambda n: (
            -CANDIDATES[n].get("first", 0.0),
            sum(v > 0 for v in CANDIDATES[n].values()),
            order.index(n),
        )
    )
    chosen, more = decided(summary, base, best, near, "candidate")
    return chosen, why + more


def table(summary: dict[str, dict], generators) -> None:
    """One line per candidate: J, J per held-out generator, mean F1/AUC/ECE and worst person."""
    head = f"{'candidate':<12}{'J':>7}" + "".join(f"{'J ' + g:>10}" for g in generators)
    head += "".join(f"  {LABELS[s] + ' F1/AUC/ECE/worst':>34}" for s in SCENARIOS)
    print(head)
    for name in CANDIDATES:
        if name not in summary:
            continue
        s = summary[name]
        line = f"{name:<12}{s['J']:>7.4f}" + "".join(f"{s['J_by'][g]:>10.4f}" for g in generators)
        for sc in SCENARIOS:
            m = s["mean"][sc]
            line += (
                f"  {m['macro_f1']:>10.4f} {m['roc_auc']:.4f} {m['ece']:.4f} {s['worst'][sc]:.3f}"
            )
        print(line)
    print(
        f"\n{'candidate':<12}per held-out generator: macro-F1 career/no career/no dates, ECE career/no career"
    )
    for name in CANDIDATES:
        if name not in summary:
            continue
        cells = []
        for g in generators:
            f = summary[name]["folds"][g]
            cells.append(
                f"{g}: {f['full']['macro_f1']:.3f}/{f['no_career']['macro_f1']:.3f}/"
                f"{f['no_dates']['macro_f1']:.3f} ECE {f['full']['ece']:.3f}/{f['no_career']['ece']:.3f}"
            )
        print(f"{name:<12}" + "   ".join(cells))


OWN_ROWS = (  # bench/own_heldout.py's seven rows the ship rule reads
    "full export",
    "held-out vocabulary pool",
    "Connections.csv only (no career)",
    "no connection dates",
    "second generator, held-out persons",
    "second generator, no career",
    "second generator, no connection dates",
)
INDEPENDENT = ("with career", "Connections.csv only", "no dates")


def own_figures(text: str) -> dict[str, float]:
    """macro-F1 per row of bench/own_heldout.py's printed table."""
    out = {}
    for line in text.splitlines():
        for row in OWN_ROWS:
            if line.startswith(row + " ") and line[len(row) :].split():
                out[row] = float(line[len(row) :].split()[1])
    return out


def ship_rule(shipped_ind: dict, new_ind: dict, shipped_own: str, new_own: str) -> bool:
    """The docstring's ship rule from bench/independent_eval.py's --json (seed 2026) and
    bench/own_heldout.py's output, shipped model against the candidate; prints each clause."""
    if shipped_ind["seed"] != 2026 or new_ind["seed"] != 2026:
        raise SystemExit("the ship rule reads the development seeds 2026 only")
    a, b = ({k: d[k] for k in INDEPENDENT} for d in (shipped_ind, new_ind))
    own_a, own_b = own_figures(shipped_own), own_figures(new_own)
    if set(own_a) != set(OWN_ROWS) or set(own_b) != set(OWN_ROWS):
        raise SystemExit("bench/own_heldout.py's output lacks some of its seven rows")
    f1 = {k: (a[k]["macro_f1"], b[k]["macro_f1"]) for k in INDEPENDENT}
    worst = {k: (a[k]["worst_person_macro_f1"], b[k]["worst_person_macro_f1"]) for k in INDEPENDENT}
    clauses = [
        ("1. macro-F1 with career up", f1["with career"][1] > f1["with career"][0],
         "{:.3f} -> {:.3f}".format(*f1["with career"])),
        ("1. macro-F1 without a career up",
         f1["Connections.csv only"][1] > f1["Connections.csv only"][0],
         "{:.3f} -> {:.3f}".format(*f1["Connections.csv only"])),
        ("2. ECE <= 0.030 with and without a career",
         max(b["with career"]["ece"], b["Connections.csv only"]["ece"]) <= 0.030 + 1e-9,
         f"{b['with career']['ece']:.3f} / {b['Connections.csv only']['ece']:.3f}"),
        ("3. worst person with career not down", worst["with career"][1] >= worst["with career"][0],
         "{:.3f} -> {:.3f}".format(*worst["with career"])),
        ("3. worst person without a career not down",
         worst["Connections.csv only"][1] >= worst["Connections.csv only"][0],
         "{:.3f} -> {:.3f}".format(*worst["Connections.csv only"])),
        ("4. no dates down <= 0.005", f1["no dates"][1] >= f1["no dates"][0] - 0.005 - 1e-9,
         "{:.3f} -> {:.3f}".format(*f1["no dates"])),
    ]  # fmt: skip
    for row in OWN_ROWS:
        clauses.append(
            (f"5. own held-out {row} down <= 0.005", own_b[row] >= own_a[row] - 0.005 - 1e-9,
             f"{own_a[row]:.4f} -> {own_b[row]:.4f}")
        )  # fmt: skip
    for name, ok, figures_ in clauses:
        print(f"  {'holds' if ok else 'FAILS':<6} {name:<70} {figures_}")
    ships = all(ok for _, ok, _ in clauses)
    print("ship rule: " + ("holds: ship, then run the unseen seeds 3031 once" if ships else
                           "fails: the shipped model stays"))  # fmt: skip
    return ships


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train-persons", type=int, default=72, help="training persons per fold")
    ap.add_argument(
        "--test-persons", type=int, default=30, help="held-out persons per generator and scenario"
    )
    ap.add_argument("--cache", default="/tmp/sources_out")
    ap.add_argument("--only", nargs="*", choices=list(CANDIDATES), help="run only these candidates")
    ap.add_argument("--json", type=Path, help="also write the summary here")
    ap.add_argument(
        "--ship-rule", nargs=4, type=Path,
        metavar=("SHIPPED_2026_JSON", "NEW_2026_JSON", "SHIPPED_OWN_TXT", "NEW_OWN_TXT"),
        help="check the ship rule: bench/independent_eval.py --json outputs (seed 2026) and "
        "bench/own_heldout.py outputs of the shipped model and of the candidate",
    )  # fmt: skip
    args = ap.parse_args()
    if args.ship_rule:
        a, b, c, d = args.ship_rule
        ships = ship_rule(json.loads(a.read_text()), json.loads(b.read_text()),
                          c.read_text(), d.read_text())  # fmt: skip
        raise SystemExit(0 if ships else 1)

    generators = present()
    partial = len(generators) < len(GENERATORS)
    if partial:
        missing = ", ".join(g for g in GENERATORS if g not in generators)
        print(
            f"partial run: {missing} not installed (a dry run; only all five decide)",
            file=sys.stderr,
        )
    rows = run(args, generators)
    summary = summarise(rows, generators)
    table(summary, generators)
    if SHIPPED in summary and set(summary) >= set(args.only or CANDIDATES):
        chosen, why = select(summary, generators)
        print("\nselection" + (" (partial run, not the round's)" if partial else "") + ":")
        for line in why:
            print(f"  {line}")
        print(f"selected: {chosen or 'none (keep the shipped mix)'}")
        if chosen:
            print(f"train with shares {CANDIDATES[chosen]}")
    if args.json:
        args.json.write_text(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
