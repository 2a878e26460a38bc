"""Benchmark of a million contacts: in one file, and in 8 files through `batch` with
--jobs 1, --jobs 2 and the Dask backend on a local cluster. Prints figures.

    .venv/bin/python bench/batch.py [--contacts 1000000] [--files 8] [--cache DIR] [--repeat 3]
        [--skip-dask] [--one-file-only]

Every figure is given beside the floor measured in the same run (bench/floor.py: a pandas
read + write process per Connections.csv; with 2 jobs, two floor processes at a time): rows
per second, the peak memory of all processes (the command and its workers, summed), and the
ratio of times, and the CPU seconds of the command's processes beside the floor's (on a
shared machine the load moves wall times; CPU time moves less); with --repeat N, the medians
of N runs (each beside its own floor run) and the load average before each. Targets (issue
14): one 1M-row file <= 1 GB and <= 3x the floor; 8 x 125k with --jobs 2 <= 3x the floor
with 2 jobs. Generating the exports takes a minute or two; --cache
keeps them for the next run.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bigdata import write_big_export  # noqa: E402
from floor import FLOOR_SCRIPT, run_measured  # noqa: E402


def connections_of(zip_path: Path, folder: Path) -> Path:
    """The Connections.csv of an export zip, extracted for the floor."""
    folder.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(zip_path) as zf:
        name = next(n for n in zf.namelist() if n.lower().endswith("connections.csv"))
        path = folder / f"{zip_path.stem}.Connections.csv"
        path.write_bytes(zf.read(name))
    return path


def children_cpu() -> float:
    """CPU seconds (user + system) of every finished child process so far, their own
    children included once waited for: beside a wall time that the shared machine's load
    moves, the work itself."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def floor_batch(csvs: list[Path], out: Path, jobs: int) -> list[str]:
    """One command running the floor over ``csvs``, ``jobs`` processes at a time."""
    script = (
        "import subprocess, sys\n"
        "from concurrent.futures import ThreadPoolExecutor\n"
        f"files = {[str(p) for p in csvs]!r}\n"
        "def one(f):\n"
        f"    subprocess.run([sys.executable, {str(FLOOR_SCRIPT)!r}, f, "
        f"{str(out)!r} + '/' + f.rsplit('/', 1)[-1]], check=True)\n"
        f"with ThreadPoolExecutor({jobs}) as pool:\n"
        "    list(pool.map(one, files))\n"
    )
    return [sys.executable, "-c", script]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--contacts", type=int, default=1_000_000)
    ap.add_argument("--files", type=int, default=8)
    ap.add_argument("--cache", type=Path, help="folder to keep the generated exports in")
    ap.add_argument("--skip-dask", action="store_true")
    ap.add_argument("--repeat", type=int, default=1, help="runs of each figure (medians)")
    ap.add_argument(
        "--one-file-only",
        action="store_true",
        help="only classify of the one file (no batches; their exports are not generated)",
    )
    args = ap.parse_args()

    data = args.cache or Path(tempfile.mkdtemp(prefix="bench-batch-"))
    data.mkdir(parents=True, exist_ok=True)
    one = data / f"one-{args.contacts}.zip"
    parts = [data / f"part{i}-{args.contacts // args.files}.zip" for i in range(args.files)]
    t = time.perf_counter()
    if not one.exists():
        write_big_export(one, args.contacts, seed=3)
    if args.one_file_only:
        parts = []
    for i, part in enumerate(parts):
        if not part.exists():
            write_big_export(part, args.contacts // args.files, seed=10 + i)
    print(f"exports ready in {time.perf_counter() - t:.0f} s ({data})")
    work = Path(tempfile.mkdtemp(prefix="bench-batch-out-"))
    one_csv = connections_of(one, work / "csv")
    part_csvs = [connections_of(p, work / "csv") for p in parts]
    (work / "floor").mkdir()
    n = args.contacts
    cli = [sys.executable, "-m", "model.cli"]

    def measure(label: str, command: list[str], floor: list[str]) -> None:
        runs, loads = [], []
        for _ in range(max(args.repeat, 1)):
            out = work / "out"
            shutil.rmtree(out, ignore_errors=True)
            out.mkdir()
            loads.append(os.getloadavg()[0])
            try:
                start = children_cpu()
                f_wall, f_mem = run_measured(floor)
                middle = children_cpu()
                wall, mem = run_measured(command, cwd=ROOT)
                cpu, f_cpu = children_cpu() - middle, middle - start
            except subprocess.CalledProcessError as err:
                print(f"{label}: failed ({err.returncode}): {err.stderr.strip()[-300:]}")
                return
            runs.append((wall, mem, f_wall, f_mem, wall / f_wall, cpu, f_cpu, cpu / f_cpu))
        wall, mem, f_wall, f_mem, ratio, cpu, f_cpu, cpu_ratio = (
            statistics.median(r[i] for r in runs) for i in range(8)
        )
        print(
            f"{label:<34}{wall:7.1f} s {n / wall:9,.0f} rows/s {mem:7.0f} MB   "
            f"floor {f_wall:5.1f} s {f_mem:5.0f} MB   ratio {ratio:5.2f}x time "
            f"{mem / f_mem:5.2f}x memory   CPU {cpu:5.1f} s / floor {f_cpu:4.1f} s = "
            f"{cpu_ratio:4.2f}x   (load {', '.join(f'{x:.1f}' for x in loads)})"
        )

    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} (shared)")
    print(f"{n:,} contacts{'':<20}time    rows/s   peak (all processes)")
    measure(
        "classify, one file",
        [*cli, "classify", str(one), "--out", str(work / "out" / "one.csv")],
        floor_batch([one_csv], work / "floor", 1),
    )
    for jobs in (1, 2) if parts else ():
        measure(
            f"batch {args.files} files, --jobs {jobs}",
            [*cli, "batch", *map(str, parts), "--out", str(work / "out"), "--jobs", str(jobs)],
            floor_batch(part_csvs, work / "floor", jobs),
        )
    if parts and not args.skip_dask:
        measure(
            f"batch {args.files} files, Dask (2 workers)",
            [
                *cli,
                "batch",
                *map(str, parts),
                "--out",
                str(work / "out"),
                "--backend",
                "dask",
                "--jobs",
                "2",
            ],
            floor_batch(part_csvs, work / "floor", 2),
        )
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
