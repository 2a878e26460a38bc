"""Reading time of files whose header repeats one name thousands of times (issue 13 item 4).

    .venv/bin/python bench/wide_headers.py [--widths 5000 10000 20000 40000]

Prints, per width, the seconds to read a LinkedIn zip whose Positions.csv repeats a column
name and a Google CSV that does the same, and the time per column: a flat time per column
means linear. Target: a 121 KB Google CSV (20,000 columns) in a few seconds, not minutes.
"""

from __future__ import annotations

import argparse
import io
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


def _google(folder: Path, width: int) -> Path:
    names = ["Name", "Given Name", "Family Name", "E-mail 1 - Value", "Organization 1 - Name"]
    header = ",".join([*names, *["Notes"] * width])
    path = folder / f"wide-{width}.csv"
    path.write_text(header + "\nAnn Smith,Ann,Smith,ann@example.org,Acme\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--widths", type=int, nargs="+", default=[5000, 10000, 20000, 40000])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(f"{'width':>7} {'file':>6} {'KB':>6} {'seconds':>8} {'µs/column':>10}")
        for width in args.widths:
            for kind, make in (("zip", _zip), ("google", _google)):
                path = make(folder, width)
                start = time.perf_counter()
                read_export(path)
                seconds = time.perf_counter() - start
                kb = path.stat().st_size / 1024
                print(
                    f"{width:>7} {kind:>6} {kb:>6.0f} {seconds:>8.2f} {seconds / width * 1e6:>10.0f}"
                )


if __name__ == "__main__":
    main()
