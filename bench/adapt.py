"""Per-person adaptation at classify time and the review band. Prints figures.

    .venv/bin/python bench/adapt.py [--own 60] [--independent 40] [--cache FILE]

Every person is classified once with adaptation off (own generator's held-out persons, seeds
900000+, the professions in turn, varied habits as in training; and the independent
generator's DEVELOPMENT seed 2026 only — never the unseen 3031), in three scenarios: with
career, Connections.csv only (no career; classify infers one as the product does), with career
but no connection dates. ``--cache`` keeps those results (a pickle) for the next run.

Then, on the stored p_work, per set and scenario (pooled macro-F1, ROC-AUC, ECE, worst and
median person):
  base           the model as it ships;
  label shift κ  model.adapt: each network's work share by the bounded (MAP) EM of Saerens et
                 al. (2002), Beta prior of κ contacts on the training share, p_work re-weighted
                 to it, the model's threshold (κ = 0: the plain EM);
  per period κ   the same with one share per employer period a contact is attributed to
                 (own persons only);
  plug-in t      per-person threshold maximising the network's own expected macro-F1;
  share t        per-person threshold suggesting work for the network's estimated share
                 (EM κ=1000, or the mean p_work) of its contacts;
  company λ      transductive smoothing of the logit towards the mean of the other contacts
                 at the same company (weight λ·m/(m+3) for m others).
How well each estimates a network's work share (mean |estimate − truth| over persons; "mean
p_work" is the plain average of the calibrated p_work). Constants are chosen on the own
held-out persons; the independent figures only confirm.

The review band: the rule of model.flagging.choose_band on the own held-out persons (all
three scenarios pooled), and the trade-off (share flagged, share of errors caught, error rate
in and outside the band) for the current band, the rule's band and symmetric bands.
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
    from model.features.relate import relate
    from model.inferred import infer_career
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
            rows = _rows("own", scenario, person.seed, person.profession, y, contacts, result)
            # the employer period each contact is attributed to (-1: none), as classify sees it
            rows["period"] = relate(contacts, infer_career(contacts, car))["employer_index"].array
            out.append(rows)
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


def collect(model, n_own: int, n_independent: int, seed: int) -> pd.DataFrame:
    """Every person of both sets in the three scenarios, classified with adaptation off."""
    frames = own(model, n_own) if n_own else []
    if n_independent:
        frames += independent(model, n_independent, seed)
    return pd.concat(frames, ignore_index=True)


def logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def by_person(df: pd.DataFrame) -> list[np.ndarray]:
    return list(df.groupby("person", sort=False).indices.values())


def label_shift(df: pd.DataFrame, source: float, strength: float, by=("person",)) -> np.ndarray:
    """p_work re-weighted per person (or per group of ``by``) by model.adapt's adapter."""
    from model.adapt import LabelShiftAdapter

    p = df["p"].to_numpy().copy()
    for rows in df.groupby(list(by), sort=False).indices.values():
        p[rows] = LabelShiftAdapter(source, strength).fit_transform(p[rows])
    return p


def plug_in_threshold(p: np.ndarray, lo: float = 0.3, hi: float = 0.8) -> float:
    """The threshold (within lo..hi) maximising the expected macro-F1 of the network's own
    calibrated p_work (the plug-in rule: expected TP = sum of p above it, and so on)."""
    q = np.sort(p)[::-1]
    k = np.arange(1, len(q) + 1)
    tp = np.cumsum(q)
    fp, fn = k - tp, q.sum() - tp
    tn = (len(q) - k) - fn
    macro = (2 * tp / (2 * tp + fp + fn) + 2 * tn / np.maximum(2 * tn + fn + fp, 1e-9)) / 2
    ok = (q >= lo) & (q <= hi)
    return float(q[np.flatnonzero(ok)[np.argmax(macro[ok])]]) if ok.any() else 0.5


def share_threshold(p: np.ndarray, share: float, lo: float = 0.3, hi: float = 0.8) -> float:
    """The per-person threshold (within lo..hi) that suggests work for ``share`` of the
    network: as many work suggestions as the network is estimated to hold."""
    return float(np.clip(np.quantile(p, 1 - share), lo, hi))


def company_smoothing(df: pd.DataFrame, lam: float, k0: float = 3.0) -> np.ndarray:
    """The logit moved towards the mean logit of the other contacts at the same company."""
    from model.normalize import normalize_company

    z = logit(df["p"].to_numpy())
    key = df["person"].astype(str) + "|" + df["company"].map(normalize_company)
    codes, _ = pd.factorize(key)
    total, count = np.bincount(codes, weights=z), np.bincount(codes)
    others = count[codes] - 1
    mean_others = (total[codes] - z) / np.maximum(others, 1)
    w = lam * others / (others + k0)
    w[(df["company"].to_numpy() == "") | (others == 0)] = 0.0
    return 1 / (1 + np.exp(-((1 - w) * z + w * mean_others)))


def scores(df: pd.DataFrame, p: np.ndarray, pred: np.ndarray) -> dict:
    """Pooled macro-F1, AUC, ECE; worst and median person macro-F1; predicted work share."""
    from sklearn.metrics import f1_score, roc_auc_score

    from model.training import expected_calibration_error

    y = df["y"].to_numpy()
    per = [f1_score(y[r], pred[r], average="macro") for r in by_person(df)]
    return {
        "macro_f1": round(float(f1_score(y, pred, average="macro")), 3),
        "auc": round(float(roc_auc_score(y, p)), 3),
        "ece": round(expected_calibration_error(y, p), 3),
        "worst": round(float(min(per)), 3),
        "median": round(float(np.median(per)), 3),
        "pred_work": round(float(pred.mean()), 3),
    }


def variants(df: pd.DataFrame, source: float, threshold: float) -> dict[str, dict]:
    """The figures of every variant on one set and scenario."""
    from model.adapt import estimate_share

    p = df["p"].to_numpy()
    out = {"base": scores(df, p, p >= threshold)}
    for strength in (0, 100, 300, 1000, 3000):
        q = label_shift(df, source, strength)
        out[f"label shift κ={strength}"] = scores(df, q, q >= threshold)
    if "period" in df and df["period"].notna().all():  # the own persons only
        for strength in (100, 1000):
            q = label_shift(df, source, strength, by=["person", "period"])
            out[f"per period κ={strength}"] = scores(df, q, q >= threshold)
    pred = np.zeros(len(p), dtype=bool)
    for rows in by_person(df):
        pred[rows] = p[rows] >= plug_in_threshold(p[rows])
    out["plug-in threshold"] = scores(df, p, pred)
    for name, share_of in (
        ("share threshold (EM κ=1000)", lambda q: estimate_share(q, source, strength=1000).share),
        ("share threshold (mean p)", np.mean),
    ):
        for rows in by_person(df):
            pred[rows] = p[rows] >= share_threshold(p[rows], share_of(p[rows]))
        out[name] = scores(df, p, pred)
    for lam in (0.2, 0.4):
        q = company_smoothing(df, lam)
        out[f"company λ={lam}"] = scores(df, q, q >= threshold)
    return out


def share_errors(df: pd.DataFrame, source: float) -> dict[str, float]:
    """Mean |estimated − true work share| over persons, per estimator."""
    from model.adapt import estimate_share

    rows = []
    for _person, g in df.groupby("person", sort=False):
        p = g["p"].to_numpy()
        rows.append(
            {
                "truth": g["y"].mean(),
                "mean p_work": p.mean(),
                **{
                    f"EM κ={k}": estimate_share(p, source, strength=k).share for k in (0, 300, 1000)
                },
            }
        )
    t = pd.DataFrame(rows)
    out = {c: round(float((t[c] - t["truth"]).abs().mean()), 3) for c in t.columns[1:]}
    out["slope truth~mean p"] = round(float(np.polyfit(t["mean p_work"], t["truth"], 1)[0]), 2)
    return out


def band_rows(df: pd.DataFrame, threshold: float, bands: dict) -> pd.DataFrame:
    """Share flagged, share of errors caught and error rates in and out of each band."""
    p, y = df["p"].to_numpy(), df["y"].to_numpy() == 1
    wrong = (p >= threshold) != y
    rows = {}
    for name, (lo, hi) in bands.items():
        flagged = (p >= lo) & (p <= hi)
        rows[name] = {
            "band": f"{lo:.2f}-{hi:.2f}",
            "flagged": flagged.mean(),
            "errors caught": wrong[flagged].sum() / max(wrong.sum(), 1),
            "caught - flagged": wrong[flagged].sum() / max(wrong.sum(), 1) - flagged.mean(),
            "error rate in band": wrong[flagged].mean(),
            "outside": wrong[~flagged].mean(),
        }
    return pd.DataFrame(rows).T


def sample_flagged(bands: dict) -> dict[str, float]:
    """The share of the bundled sample flagged by each band (with its career)."""
    from model.predictor import load_model
    from model.readers import read_export
    from model.shipped import sample_export

    export = read_export(sample_export())
    p = load_model().classify(export.contacts, export.career)["p_work"].to_numpy()
    return {k: round(float(((p >= lo) & (p <= hi)).mean()), 3) for k, (lo, hi) in bands.items()}


def timing(model) -> str:
    """Fit and apply the adapter on 30,000 p_work (best of 20)."""
    import time

    p = np.random.default_rng(0).beta(2, 1.6, 30_000)
    model.adapt = True
    best = float("inf")
    for _ in range(20):
        start = time.perf_counter()
        model.adapter_for(p).transform(p)
        best = min(best, time.perf_counter() - start)
    model.adapt = False
    return f"adapter fit + transform on 30,000 contacts: {best * 1000:.1f} ms (best of 20)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--own", type=int, default=60)
    ap.add_argument("--independent", type=int, default=40)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--cache", type=Path, help="keep the base results here (pickle)")
    ap.add_argument("--model", help="a model file or folder (default: the shipped model)")
    args = ap.parse_args()
    if args.seed == 3031:
        raise SystemExit("3031 is the unseen seed: the integrator runs it, not this bench")
    from model.adapt import source_share
    from model.flagging import choose_band
    from model.predictor import load_model

    model = load_model(args.model)
    model.adapt = False
    source, threshold = source_share(model.card), model.threshold
    if args.cache and args.cache.exists():
        df = pd.read_pickle(args.cache)
    else:
        df = collect(model, args.own, args.independent, args.seed)
        if args.cache:
            df.to_pickle(args.cache)
    print(f"threshold {threshold}, training work share {source}")
    print(timing(model))
    with pd.option_context("display.width", 200, "display.max_columns", 20):
        for (kind, scenario), g in df.groupby(["set", "scenario"], sort=False):
            g = g.reset_index(drop=True)
            print(f"\n=== {kind}: {scenario} ({g['person'].nunique()} persons) ===")
            print(pd.DataFrame(variants(g, source, threshold)).T.to_string())
            print("work share error per person:", share_errors(g, source))
        own_rows = df[df["set"] == "own"]
        rule = choose_band(own_rows["y"], own_rows["p"], threshold)
        bands = {
            "model's card": tuple(model.flag_band),
            "rule on these own persons": rule,
            "before the rule": (0.42, 0.72),
        }
        bands.update({f"p in {r:.2f}-{1 - r:.2f}": (r, 1 - r) for r in (0.2, 0.25, 0.3, 0.35)})
        print(f"\nReview band by the rule on the own held-out persons: {rule}")
        for kind, g in df.groupby("set", sort=False):
            print(f"\n--- band trade-off, {kind} (three scenarios pooled) ---")
            print(band_rows(g, threshold, bands).round(3).to_string())
        print("\nBundled sample flagged:", sample_flagged(bands))


if __name__ == "__main__":
    main()
