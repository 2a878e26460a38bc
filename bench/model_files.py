"""How fast every crafted model folder of tests/test_model_files.py is refused. Prints figures.

    .venv/bin/python bench/model_files.py

Each case is a copy of the shipped model with one thing broken (junk .skops, a twin path
outside the folder, a token pattern in the file, NaN weights, a twin that inflates to
100 MB, ...). Target: every refusal well under a second, as one ModelFileError line.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    from model.errors import ModelFileError
    from model.persist import load_model
    from tests.test_model_files import CRAFTED, craft

    load_model()  # imports and caches warm, as in a running app
    worst = 0.0
    print(f"{'crafted model folder':<42}{'refused in':>12}  message")
    for case in sorted(CRAFTED):
        with tempfile.TemporaryDirectory() as tmp:
            folder, _, _ = craft(case, Path(tmp))
            start = time.perf_counter()
            try:
                load_model(folder)
                message = "NOT REFUSED"
            except ModelFileError as err:
                message = str(err).replace(str(folder), "…")
            took = time.perf_counter() - start
        worst = max(worst, took)
        print(f"{case:<42}{took * 1000:>9.1f} ms  {message[:90]}")
    print(f"slowest refusal: {worst * 1000:.1f} ms    target: well under 1 s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
