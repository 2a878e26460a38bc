"""Benchmark of the classifier on a generated 30,000-contact export. Prints figures.

    .venv/bin/python bench/classify.py [--contacts 30000] [--repeat 5]

(a) In one process, after imports: the floor (reading and writing the same Connections.csv
    with pandas) beside reading + classifying + writing, and their ratio.
(b) Whole processes: `classify` on a 10-row file (start-up) and on the big file; peak memory.
Also the training time and model file size from the shipped model's card.
Targets: in-process classify ≤ 0.3 s, whole `classify` ≤ 1.5 s, peak memory ≤ 500 MB.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def best_of(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def run_process(args: list[str]) -> tuple[float, float]:
    """Wall time and peak RSS (MB) of a child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(peak, before) / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--contacts", type=int, default=30_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    import pandas as pd

    from model.exports import classification_table, write_table
    from model.predictor import load_model
    from model.readers import read_export
    from model.synthetic import write_sample

    tmp = Path(tempfile.mkdtemp(prefix="bench-"))
    big_zip, _ = write_sample(tmp / "big", seed=7, profession="recruiter", n_contacts=args.contacts)
    small_zip, _ = write_sample(tmp / "small", seed=8, profession="student", n_contacts=10)
    csv_path = tmp / "Connections.csv"
    with zipfile.ZipFile(big_zip) as zf:
        name = next(n for n in zf.namelist() if n.lower().endswith("connections.csv"))
        csv_path.write_bytes(zf.read(name))
    model = load_model()
    out = tmp / "out.csv"

    def floor():
        text = csv_path.read_text(encoding="utf-8-sig")
        start = text.index("First Name")
        df = pd.read_csv(io.StringIO(text[start:]), dtype=str, keep_default_na=False)
        df.to_csv(out, index=False)

    def ours():
        export = read_export(csv_path)
        results = model.classify(export.contacts, export.career)
        write_table(classification_table(export.contacts, results), out)

    export = read_export(csv_path)
    n = len(export.contacts)
    t_floor = best_of(floor, args.repeat)
    t_read = best_of(lambda: read_export(csv_path), args.repeat)
    t_classify = best_of(lambda: model.classify(export.contacts, export.career), args.repeat)
    t_ours = best_of(ours, args.repeat)
    print(f"contacts: {n:,}")
    print(f"(a) floor, pandas read+write:           {t_floor * 1000:8.1f} ms")
    print(f"    read_export:                        {t_read * 1000:8.1f} ms")
    print(f"    classify (in process):              {t_classify * 1000:8.1f} ms   target ≤ 300 ms")
    print(f"    read + classify + write:            {t_ours * 1000:8.1f} ms")
    print(f"    ratio to floor:                     {t_ours / t_floor:8.1f} ×")

    exe = [sys.executable, "-m", "model.cli"]
    env_run = lambda extra: run_process(exe + extra)  # noqa: E731
    small = min(
        env_run(["classify", str(small_zip), "--out", str(tmp / "s.csv")])[0] for _ in range(3)
    )
    runs = [env_run(["classify", str(big_zip), "--out", str(tmp / "b.csv")]) for _ in range(3)]
    print(f"(b) process, classify 10 rows:          {small:8.2f} s")
    print(
        f"    process, classify {n:,} rows:      {min(r[0] for r in runs):8.2f} s    target ≤ 1.5 s"
    )
    print(
        f"    peak memory (classify process):     {max(r[1] for r in runs):8.0f} MB   target ≤ 500 MB"
    )
    card = json.loads((ROOT / "model" / "shipped" / "model" / "card.json").read_text())
    size = os.path.getsize(ROOT / "model" / "shipped" / "model" / "ownership.skops")
    print(f"    training time (card):               {card.get('training_seconds', '?'):>8} s")
    print(f"    model file size:                    {size / 1024:8.0f} KB")


if __name__ == "__main__":
    main()
