"""Reading time of files whose header repeats one name thousands of times (issue 13 item 4).

    .venv/bin/python bench/wide_headers.py [--widths 5000 10000 20000 40000 100000]

Prints, per width, the seconds and the peak memory to read a LinkedIn zip whose
Positions.csv repeats a column name, a Connections.csv and a Google CSV that do the same,
and the time per column: a flat time per column means linear. Targets: a 121 KB Google CSV
(20,000 columns) in a few seconds, not minutes; a 700 KB header of 100,000 columns costs its
header line only (the readers keep the columns they use: 0.4 s and ~95 MB, was 53 s and
1.35 GB). Each read runs in a fresh process, so the peaks are its own.
"""

from __future__ import annotations

import argparse
import io
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from model.readers import read_export  # noqa: E402

CONNECTIONS = (
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Ann,Smith,https://www.linkedin.com/in/ann,,Acme,Engineer,05 Mar 2021\n"
)


def _zip(folder: Path, width: int) -> Path:
    header = ",".join(["Company Name", "Title", "Started On", *["Title"] * width])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("Connections.csv", CONNECTIONS)
        zf.writestr("Positions.csv", header + "\nAcme,Engineer,Jan 2019\n")
    path = folder / f"wide-{width}.zip"
    path.write_bytes(buf.getvalue())
    return path


def _connections(folder: Path, width: int) -> Path:
    header, row = CONNECTIONS.splitlines()
    path = folder / f"Connections-{width}.csv"
    path.write_text(header + ",Notes" * width + "\n" + row + "\n")
    return path


def _google(folder: Path, width: int) -> Path:
    names = ["Name", "Given Name", "Family Name", "E-mail 1 - Value", "Organization 1 - Name"]
    header = ",".join([*names, *["Notes"] * width])
    path = folder / f"wide-{width}.csv"
    path.write_text(header + "\nAnn Smith,Ann,Smith,ann@example.org,Acme\n")
    return path


def _read(path: str) -> None:
    """One read in this process: prints its seconds and peak memory (MB)."""
    start = time.perf_counter()
    read_export(Path(path))
    seconds = time.perf_counter() - start
    print(seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--widths", type=int, nargs="+", default=[5000, 10000, 20000, 40000, 100000]
    )
    parser.add_argument("--read", help=argparse.SUPPRESS)  # one read, in a child process
    args = parser.parse_args()
    if args.read:
        _read(args.read)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(
            f"{'width':>7} {'file':>11} {'KB':>6} {'seconds':>8} {'µs/column':>10} {'peak MB':>8}"
        )
        kinds = (("zip", _zip), ("connections", _connections), ("google", _google))
        for width in args.widths:
            for kind, make in kinds:
                path = make(folder, width)
                out = subprocess.run(
                    [sys.executable, __file__, "--read", str(path)],
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout.split()
                seconds, peak = float(out[0]), float(out[1])
                kb = path.stat().st_size / 1024
                print(
                    f"{width:>7} {kind:>11} {kb:>6.0f} {seconds:>8.2f} "
                    f"{seconds / width * 1e6:>10.0f} {peak:>8.0f}"
                )


if __name__ == "__main__":
    main()
