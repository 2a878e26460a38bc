"""A standard stream whose reader went away (``... 2>&1 | head -0``): the command still ends
with its own status (0 done, 2 an error, 1 a failed batch input), no traceback and no
"Exception ignored ... BrokenPipeError" (status 120 or 1)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from model.cli import main

ROOT = Path(__file__).resolve().parents[1]
HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


@pytest.fixture
def connections(tmp_path) -> Path:
    path = tmp_path / "Connections.csv"
    rows = [f"A{k},B{k},,,Acme {k % 3},Engineer,0{k % 9 + 1} Mar 2021" for k in range(12)]
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def _run(closed: str, *args: str) -> subprocess.CompletedProcess:
    """``contact-ownership ARGS`` with ``closed`` ("stdout", "stderr" or "both") on a pipe
    whose reader is gone; the other stream captured. Python's streams buffered as a user's
    are (PYTHONUNBUFFERED, set in some shells and CI, would hide what stays in stdout's buffer
    until the final flush)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    reader, writer = os.pipe()
    os.close(reader)
    try:
        return subprocess.run(
            [sys.executable, "-m", "model", *args],
            stdout=writer if closed in ("stdout", "both") else subprocess.PIPE,
            stderr=writer if closed in ("stderr", "both") else subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
            cwd=ROOT,
            env=env,
            timeout=120,
        )
    finally:
        os.close(writer)


@pytest.mark.parametrize("closed", ["stderr", "both"])
def test_an_error_keeps_its_status(tmp_path, closed):
    done = _run(closed, "classify", str(tmp_path / "missing.csv"), "-o", str(tmp_path / "o.csv"))
    assert done.returncode == 2  # was 1: a traceback while telling the error
    usage = _run(closed, "classify", "--no-such-option")
    assert usage.returncode == 2


@pytest.mark.parametrize("closed", ["stderr", "both"])
def test_a_failed_batch_input_keeps_its_status(tmp_path, connections, closed):
    out = tmp_path / "batch"
    done = _run(closed, "batch", str(connections), str(tmp_path / "missing.csv"), "-o", str(out))
    assert done.returncode == 1  # was 0: the summary line's broken pipe ended the command
    assert (out / "summary.csv").exists()


@pytest.mark.parametrize("closed", ["stdout", "stderr", "both"])
def test_classify_writes_its_file_and_exits_0(tmp_path, connections, closed):
    out = tmp_path / "out.csv"
    done = _run(closed, "classify", str(connections), "-o", str(out))
    assert done.returncode == 0
    assert len(pd.read_csv(out)) == 12
    if closed == "stdout":
        assert "Exception ignored" not in done.stderr and "Traceback" not in done.stderr
        assert done.stderr.splitlines()[-1].startswith(f"wrote {out}: 12 contacts")


def test_stdout_gone_says_nothing_on_stderr(connections):
    done = _run("stdout", "inspect", str(connections))
    assert (done.returncode, done.stderr) == (0, "")
    helped = _run("stdout", "--help")
    assert (helped.returncode, helped.stderr) == (0, "")


def test_the_callers_streams_are_left_as_they_were(tmp_path, capsys):
    before = sys.stdout, sys.stderr
    assert main(["inspect", str(tmp_path / "missing.csv")]) == 2
    assert (sys.stdout, sys.stderr) == before
    assert capsys.readouterr().err.endswith("does not exist\n")


def test_a_broken_pipe_of_the_commands_own_is_an_error(capsys):
    """Only the standard streams' readers may go away quietly: a pipe the command itself
    writes to (a FIFO given as its output) breaking is a failure, said as one line."""
    from types import SimpleNamespace

    from model.cli import _run

    def write_to_a_fifo(_args):
        raise BrokenPipeError(32, "Broken pipe", "/tmp/out.fifo")

    assert _run(SimpleNamespace(func=write_to_a_fifo)) == 2
    err = capsys.readouterr().err
    assert "/tmp/out.fifo" in err and "Traceback" not in err
