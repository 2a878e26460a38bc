"""Score the shipped model on exports from the independent generator. Prints figures.

    .venv/bin/python bench/independent_eval.py [--persons 40] [--seed 2026] [--keep DIR]
        [--json OUT] [--details]

Seeds: 2026 (the default) is the development set, looked at while working on the model;
3031 is kept unseen — run it only to report a final figure, never to decide anything.

Each generated person is written as a real LinkedIn zip, read back with the product's reader
and classified by the shipped model, once with the export's career (Positions.csv, join and
export dates) and once from its Connections.csv alone. Figures are pooled over contacts and
split by profession; person-level spread (median per person, bootstrap interval over persons)
says how much one export may differ. The commonest errors, by true source, say why it errs.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


DEVELOPMENT_SEED = 2026
UNSEEN_SEED = 3031


def classify_person(model, person, folder: Path) -> tuple[pd.DataFrame, ...]:
    """(with career, Connections.csv only, with career but no dates): result frames aligned
    with ``person.labels``."""
    return tuple(model.classify(c, k) for c, k in scenario_inputs(person, folder).values())


def scenario_inputs(person, folder: Path) -> dict[str, tuple]:
    """The (contacts, career) each scenario classifies, as the product reads them back from
    the person's zip: "with career" (the whole export), "Connections.csv only" (the file
    alone, so no positions, join or export date) and "no dates" (the export without
    connection dates). Rows are aligned with ``person.labels``."""
    from bench.independent import write_person
    from model.readers import read_export

    path = write_person(person, folder)
    export = read_export(path)
    _check_rows(export, person, path)
    loose = folder / f"loose-{person.seed}" / "Connections.csv"
    loose.parent.mkdir(exist_ok=True)
    with zipfile.ZipFile(path) as zf:
        loose.write_bytes(zf.read("Connections.csv"))
    bare = read_export(loose)
    _check_rows(bare, person, loose)
    undated = export.contacts.assign(connected_on=pd.NaT)
    return {
        "with career": (export.contacts, export.career),
        "Connections.csv only": (bare.contacts, bare.career),
        "no dates": (undated, export.career),
    }


def _check_rows(export, person, path) -> None:
    if len(export.contacts) != len(person.labels):
        raise SystemExit(f"{path}: read {len(export.contacts)} rows, wrote {len(person.labels)}")


def records(person, result: pd.DataFrame) -> pd.DataFrame:
    """One row per contact: truth, prediction and what the contact looks like."""
    from model.normalize import normalize_company

    lab = person.labels
    starts = [p.start for p in person.positions if p.start]
    before_career = bool(starts) and person.registered_on < min(starts)
    true_key = [normalize_company(e) if e else "" for e in lab["employer"]]
    pred_key = [normalize_company(e) if e else "" for e in result["employer"]]
    return pd.DataFrame(
        {
            "person": person.seed,
            "profession": person.profession,
            "y": (lab["label"] == "work").astype(int).to_numpy(),
            "p": result["p_work"].to_numpy(),
            "pred": (result["suggestion"] == "work").astype(int).to_numpy(),
            "employer_ok": np.array(true_key, dtype=object) == np.array(pred_key, dtype=object),
            "category": lab["category"].to_numpy(),
            "pred_category": result["category"].to_numpy(),
            "source": lab["source"].to_numpy(),
            "title": person.contacts["position"].to_numpy(),
            "company": person.contacts["company"].to_numpy(),
            "employer": lab["employer"].to_numpy(),
            "days_on": (
                person.contacts["connected_on"] - pd.Timestamp(person.registered_on)
            ).dt.days.to_numpy(),
            "joined_before_career": before_career,
        }
    )


def figures(df: pd.DataFrame) -> dict:
    """macro-F1, ROC-AUC, Brier, ECE, employer and category accuracy of one group of rows."""
    from sklearn.metrics import brier_score_loss, f1_score, roc_auc_score

    from model.training import expected_calibration_error

    y, p, pred = df["y"].to_numpy(), df["p"].to_numpy(), df["pred"].to_numpy()
    both = (y == 1) & (pred == 1)
    return {
        "persons": df["person"].nunique(),
        "contacts": len(df),
        "work": round(float(y.mean()), 3),
        "pred_work": round(float(pred.mean()), 3),
        "macro_f1": round(float(f1_score(y, pred, average="macro")), 3),
        "roc_auc": round(float(roc_auc_score(y, p)), 3) if len(set(y)) > 1 else float("nan"),
        "brier": round(float(brier_score_loss(y, p)), 3),
        "ece": round(expected_calibration_error(y, p), 3),
        "employer_acc": round(float(df["employer_ok"].to_numpy()[both].mean()), 3)
        if both.any()
        else float("nan"),
        "category_acc": round(
            float((df["category"] == df["pred_category"]).to_numpy()[both].mean()), 3
        )
        if both.any()
        else float("nan"),
    }


def error_spread(df: pd.DataFrame) -> dict:
    """Where the errors sit: share of them outside the flagged band (0.35-0.65) and share
    that are confident (p_work below 0.1 or above 0.9) — the ones a reviewer never sees."""
    wrong = df[df["y"] != df["pred"]]
    p = wrong["p"].to_numpy()
    n = max(len(wrong), 1)
    return {
        "errors": len(wrong),
        "errors_outside_band": round(float(((p < 0.35) | (p > 0.65)).sum() / n), 3),
        "errors_confident": round(float(((p < 0.1) | (p > 0.9)).sum() / n), 3),
        "work_share_below_0.1": round(float(df.loc[df["p"] < 0.1, "y"].mean()), 3),
    }


def f1_macro(df: pd.DataFrame) -> float:
    """macro-F1 of one group of rows."""
    from sklearn.metrics import f1_score

    return float(f1_score(df["y"], df["pred"], average="macro"))


def person_spread(df: pd.DataFrame, rng: np.random.Generator, reps: int = 300) -> str:
    """Median per-person macro-F1 / AUC, and a bootstrap 90% interval over persons."""
    from sklearn.metrics import f1_score, roc_auc_score

    groups = {k: g for k, g in df.groupby("person")}
    f1s = [f1_score(g.y, g.pred, average="macro") for g in groups.values()]
    aucs = [roc_auc_score(g.y, g.p) for g in groups.values() if g.y.nunique() > 1]
    keys = list(groups)
    boot_f1, boot_auc = [], []
    for _ in range(reps):
        sample = pd.concat([groups[k] for k in rng.choice(keys, len(keys))])
        boot_f1.append(f1_score(sample.y, sample.pred, average="macro"))
        boot_auc.append(roc_auc_score(sample.y, sample.p))
    lo_f, hi_f = np.percentile(boot_f1, [5, 95])
    lo_a, hi_a = np.percentile(boot_auc, [5, 95])
    worst = sorted(zip(f1s, keys, strict=True))[:3]
    worst_txt = ", ".join(f"{groups[k].profession.iloc[0]}#{k % 1000} {f:.2f}" for f, k in worst)
    return (
        f"per person: median macro-F1 {np.median(f1s):.3f} (min {min(f1s):.3f}), "
        f"median AUC {np.median(aucs):.3f}; 90% bootstrap over persons: "
        f"macro-F1 {lo_f:.3f}-{hi_f:.3f}, AUC {lo_a:.3f}-{hi_a:.3f}\n  worst: {worst_txt}"
    )


def error_kinds(df: pd.DataFrame, top: int = 15, employers: bool = True) -> list[str]:
    """The commonest errors as 'true source -> suggestion', with a count and examples."""
    kinds: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for row in df.itertuples():
        if row.y == 1 and row.pred == 0:
            kind = f"work {row.category} [{row.source}] -> private"
        elif row.y == 0 and row.pred == 1:
            kind = f"private [{row.source}] -> work ({row.pred_category})"
        elif employers and row.y == 1 and not row.employer_ok:
            kind = f"work {row.category} [{row.source}] -> wrong employer"
        else:
            continue
        kinds[kind] += 1
        if len(examples[kind]) < 3:
            examples[kind].append(f"{row.title or '-'} | {row.company or '-'} (p={row.p:.2f})")
    n = len(df)
    return [
        f"{count:5d} ({count / n:5.1%})  {kind}\n         e.g. " + "; ".join(examples[kind])
        for kind, count in kinds.most_common(top)
    ]


def report(
    title: str,
    df: pd.DataFrame,
    rng: np.random.Generator,
    career: bool = True,
    errors: bool = False,
) -> None:
    """Print one scenario's figures: overall, per profession and spread; with ``errors`` also
    the most frequent errors with example titles and companies — off by default, because
    whoever reads the held-out set's words can no longer build blind to them."""
    print(f"\n=== {title} ===")
    rows = {"OVERALL": figures(df)}
    for prof, g in df.groupby("profession"):
        rows[prof] = figures(g)
    table = pd.DataFrame(rows).T
    if not career:  # without positions there is no employer to name
        table = table.drop(columns=["employer_acc"])
    with pd.option_context("display.width", 200, "display.max_columns", 20):
        print(table.to_string())
    print(person_spread(df, rng))
    if not errors:
        return
    print("\nMost frequent errors (true source -> suggestion):")
    for line in error_kinds(df, employers=career):
        print("  " + line)


def details(df: pd.DataFrame) -> None:
    """Print where the errors sit: by true source, by time since joining LinkedIn, by how a
    colleague writes the employer's name, and the reliability of p_work."""
    df = df.assign(base=df["source"].str.split("/").str[0])
    by_source = df.groupby(["y", "base"]).agg(
        n=("p", "size"), pred_work=("pred", "mean"), mean_p=("p", "mean")
    )
    print(
        "\nBy true source (y=1 work: pred_work is recall; y=0 private: it is the false-work rate):"
    )
    print(by_source[by_source.n >= 20].round(2).to_string())
    work = df[df.y == 1]
    moved = work["source"].str.contains("/moved")
    timing = work["source"].str.extract(r"(/catch-up|/late|/before-start|/after-end)")[0]
    print("\nWork contacts by moved-on and timing (recall):")
    table = work.assign(moved=moved, timing=timing.fillna("in job"))
    print(
        table.groupby(["moved", "timing"])
        .agg(n=("p", "size"), recall=("pred", "mean"), mean_p=("p", "mean"))
        .round(2)
        .to_string()
    )
    days = pd.cut(df["days_on"], [-1, 30, 90, 180, 365, 730, 10**6])
    print("\nBy days after joining LinkedIn (share predicted work, per truth):")
    print(
        df.assign(days=days)
        .groupby(["days", "y"], observed=True)
        .agg(n=("p", "size"), pred_work=("pred", "mean"))
        .round(2)
        .unstack()
        .to_string()
    )
    early = df[df["days_on"] <= 180]
    print("\nFirst 6 months on LinkedIn, by when the owner joined (share predicted work):")
    print(
        early.groupby(["joined_before_career", "y"])
        .agg(n=("p", "size"), pred_work=("pred", "mean"))
        .round(2)
        .unstack()
        .to_string()
    )
    still = df[(df["source"] == "colleague") & (df["employer"] != "")]
    kinds = [_spelling(c, e) for c, e in zip(still["company"], still["employer"], strict=True)]
    print("\nColleagues still at the employer, by how they write its name:")
    print(
        still.assign(spelling=kinds)
        .groupby("spelling")
        .agg(n=("p", "size"), recall=("pred", "mean"), employer_ok=("employer_ok", "mean"))
        .round(2)
        .to_string()
    )
    edges = np.linspace(0, 1, 11)
    print("\nReliability (mean p_work vs observed work share per bin):")
    print(
        df.assign(bin=pd.cut(df["p"], edges, include_lowest=True))
        .groupby("bin", observed=True)
        .agg(n=("y", "size"), mean_p=("p", "mean"), observed=("y", "mean"))
        .round(3)
        .to_string()
    )


def _spelling(company: str, employer: str) -> str:
    if not company:
        return "empty"
    if company == employer:
        return "as the owner writes it"
    if company.lower() == employer.lower():
        return "other capitals"
    if company.startswith(employer):
        rest = company[len(employer) :]
        if "(" in rest:
            return "bracketed branch"
        forms = ("B.V.", "BV", "N.V.", "NV", "GmbH", "AG", "Ltd", "plc", "SRL", "SA", "Inc")
        if any(f in rest for f in (*forms, "Group", "Groep", "Holding", "Limited", "Belgium")):
            return "legal form / country"
        return "city suffix"
    return "another name (alias)"


def _add_to_card(folder: Path, seed: int, frames: dict, coverage: float) -> None:
    """Put this run's overall figures in the card, beside the generator's own held-out ones."""
    from model.paths import atomic_write

    path = folder / "card.json"
    card = json.loads(path.read_text(encoding="utf-8"))
    kind = {DEVELOPMENT_SEED: "development", UNSEEN_SEED: "unseen"}.get(seed, "other")
    entry = {"seed": seed, "lexicon_coverage": coverage}
    for key, df in frames.items():
        worst = min(f1_macro(g) for _, g in df.groupby("person"))
        entry[key] = {**figures(df), **error_spread(df), "worst_person_macro_f1": round(worst, 3)}
    card.setdefault("independent", {})[kind] = json.loads(json.dumps(entry, default=float))
    with atomic_write(path, "w", encoding="utf-8") as fh:
        json.dump(card, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--persons", type=int, default=40)
    ap.add_argument("--seed", type=int, default=DEVELOPMENT_SEED)
    ap.add_argument("--json", type=Path, help="also write the overall figures here")
    ap.add_argument(
        "--card",
        type=Path,
        help="add the overall figures to this model folder's card.json (under 'independent')",
    )
    ap.add_argument("--keep", type=Path, help="write the zips here (default: a temp folder)")
    ap.add_argument(
        "--details",
        action="store_true",
        help="print where the errors sit, with example titles and companies (reading them "
        "spoils the set as a blind check)",
    )
    ap.add_argument("--model", help="a model file or folder (default: the shipped model)")
    args = ap.parse_args()

    from bench.independent import generate_persons
    from model.predictor import load_model
    from model.training import lexicon_coverage

    model = load_model(args.model)
    persons = generate_persons(args.persons, seed=args.seed)
    rows: dict[str, list] = {"with career": [], "Connections.csv only": [], "no dates": []}
    with tempfile.TemporaryDirectory(prefix="independent-") as tmp:
        folder = args.keep or Path(tmp)
        for person in persons:
            for key, result in zip(rows, classify_person(model, person, folder), strict=True):
                rows[key].append(records(person, result))
    frames = {k: pd.concat(v) for k, v in rows.items()}
    coverage = lexicon_coverage(frames["with career"]["title"])
    print(f"seed {args.seed}: lexicon coverage of distinct titles {coverage:.1%}")
    rng = np.random.default_rng(0)
    shown = args.details
    report("With career (zip: Positions.csv, join and export dates)", frames["with career"], rng,
           errors=shown)  # fmt: skip
    if shown:
        details(frames["with career"])
    report("Connections.csv only (no career)", frames["Connections.csv only"], rng, career=False,
           errors=shown)  # fmt: skip
    report("With career, no connection dates", frames["no dates"], rng, errors=shown)
    if args.json:
        summary = {"seed": args.seed, "persons": args.persons, "lexicon_coverage": coverage}
        for key, df in frames.items():
            per_person = [f1_macro(g) for _, g in df.groupby("person")]
            summary[key] = {
                **figures(df),
                **error_spread(df),
                "worst_person_macro_f1": round(min(per_person), 3),
            }
        args.json.write_text(json.dumps(summary, indent=2, default=float) + "\n")
    if args.card:
        _add_to_card(args.card, args.seed, frames, coverage)


if __name__ == "__main__":
    main()
