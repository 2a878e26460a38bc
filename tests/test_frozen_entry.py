"""The PyInstaller bundle's entry (packaging/frozen_main.py) runs the command line the way the
console script does: classify leaves without the interpreter's teardown, other commands end as
Python does, and the exit status is the command's. Checked on the script itself (building the
bundle takes minutes: tests/test_bundle.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
# an object left in a module: finalised ("torn down") only by Python's own teardown
SCRIPT = (
    "import runpy, sys\n"
    "class Left:\n    def __del__(self): print('torn down')\n"
    "left = Left()\n"
    "sys.argv = ['contact-ownership', *sys.argv[1:]]\n"
    "runpy.run_path('packaging/frozen_main.py', run_name='__main__')\n"
)


def _frozen(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, *args],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        cwd=ROOT,
        timeout=120,
    )


def test_the_bundles_classify_exits_quickly_with_its_status(tmp_path):
    source = tmp_path / "Connections.csv"
    rows = [f"A{k},B{k},,,Acme,Engineer,0{k % 9 + 1} Mar 2021" for k in range(5)]
    source.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    done = _frozen("classify", str(source), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "torn down" not in done.stdout  # the quick exit, as model.cli.console
    assert done.stderr.splitlines()[-1].startswith(f"wrote {out}: 5 contacts")
    assert len(pd.read_csv(out)) == 5
    failed = _frozen("classify", str(tmp_path / "missing.csv"), "-o", str(out))
    assert failed.returncode == 2 and "does not exist" in failed.stderr
    assert "torn down" not in failed.stdout


def test_the_bundles_other_commands_end_as_python_does(tmp_path):
    done = _frozen("inspect", str(tmp_path / "missing.csv"))
    assert done.returncode == 2 and "does not exist" in done.stderr
    assert done.stdout == "torn down\n"
