"""The floor every scaling figure is a ratio to, and how processes are measured.

The floor is a Python process that imports pandas, reads a Connections.csv and writes it back
(the least any tool that reads and writes the same table must do). Benchmarks run it side by
side with the work they measure, in the same run, and print ratios: on a shared machine the
seconds move from run to run, the ratios much less.

    python bench/floor.py Connections.csv OUT.csv     # one floor run (used by the benchmarks)
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil  # comes with dask.distributed (the dev extra)

FLOOR_SCRIPT = Path(__file__).resolve()


def floor_command(connections: Path, out: Path) -> list[str]:
    """The command line of one floor run."""
    return [sys.executable, str(FLOOR_SCRIPT), str(connections), str(out)]


def run_measured(command: list[str], cwd: Path | None = None) -> tuple[float, float]:
    """Wall seconds and peak memory (MB, the sum over the process and all its children,
    sampled every 20 ms) of one command; raises CalledProcessError if it fails."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        try:
            root = psutil.Process(proc.pid)
        except psutil.NoSuchProcess:
            return
        while not done.is_set():
            total = 0
            try:
                for p in [root, *root.children(recursive=True)]:
                    with contextlib.suppress(psutil.NoSuchProcess):
                        total += p.memory_info().rss
            except psutil.NoSuchProcess:
                break
            peak = max(peak, total)
            time.sleep(0.02)

    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - start
    done.set()
    watcher.join()
    if proc.returncode != 0:
        raise subprocess.CalledProcessError(proc.returncode, command, stderr=err)
    return wall, peak / 2**20


def best(runs: list[tuple[float, float]]) -> tuple[float, float]:
    """The fastest wall time and the largest peak of several runs."""
    return min(r[0] for r in runs), max(r[1] for r in runs)


def _floor(connections: str, out: str) -> None:
    import pandas as pd

    with open(connections, encoding="utf-8-sig") as fh:  # LinkedIn's "Notes:" preamble first
        skip = next(i for i, line in enumerate(fh) if line.startswith("First Name"))
    frame = pd.read_csv(
        connections, skiprows=skip, dtype=str, keep_default_na=False, encoding="utf-8-sig"
    )
    frame.to_csv(out, index=False)


if __name__ == "__main__":
    _floor(sys.argv[1], sys.argv[2])
