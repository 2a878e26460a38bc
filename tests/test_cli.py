"""The command line: inspect's output, one-line errors, exit statuses."""

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from model.career import Position
from model.cli import main
from model.schema import conform_contacts
from model.synthetic.layouts import write_connections, write_linkedin_zip


def _contacts():
    return conform_contacts(
        pd.DataFrame(
            {
                "first_name": ["Anna", "Bram", "Chloé", "Daan"],
                "last_name": ["de Vries", "Jansen", "Bakker", "van Dijk"],
                "company": ["Acme B.V.", "", "Globex", "Initech"],
                "position": ["Inkoper", "", "HR Manager", "Student"],
                "connected_on": pd.to_datetime(
                    ["2019-03-14", "2020-01-02", "2021-09-16", "2012-05-20"]
                ),
            }
        )
    )


@pytest.fixture
def export_zip(tmp_path):
    positions = [Position("Acme B.V.", "Account manager", date(2017, 1, 1), date(2021, 6, 30))]
    return write_linkedin_zip(
        tmp_path,
        _contacts(),
        positions=positions,
        profile_name="Sam Smit",
        registered_on=date(2012, 5, 1),
        exported_on=date(2024, 2, 3),
    )


def test_inspect_json_has_the_documented_keys(export_zip, capsys):
    assert main(["inspect", str(export_zip), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["contacts"] == 4 and out["positions"] == 1
    assert out["skipped"] == 0 and out["duplicates"] == 0
    assert out["first_connected"] == "2012-05-20" and out["last_connected"] == "2021-09-16"
    assert out["format"] == "linkedin-zip" and isinstance(out["warnings"], list)


def test_inspect_text(export_zip, capsys):
    assert main(["inspect", str(export_zip)]) == 0
    out = capsys.readouterr().out
    assert "4 imported" in out and "Account manager at Acme B.V." in out


@pytest.mark.parametrize(
    "content", [b"", b"\x00\x01\x02garbage", b"<html><body>hi</body></html>", b"a,b,c\n1,2,3\n"]
)
def test_bad_files_fail_with_one_line(tmp_path, capsys, content):
    bad = tmp_path / "Connections.csv"
    bad.write_bytes(content)
    assert main(["inspect", str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"contact-ownership: error: {bad}: ")
    assert "\n" not in err and "Traceback" not in err
    assert bad.read_bytes() == content


def test_missing_file(tmp_path, capsys):
    assert main(["inspect", str(tmp_path / "nope.zip")]) == 2
    assert "nope.zip" in capsys.readouterr().err


def test_loose_csv_of_2018(tmp_path, capsys):
    path = tmp_path / "connections (1).csv"
    write_connections(_contacts(), path, layout="2018")
    assert main(["inspect", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["contacts"] == 4 and out["format"] == "linkedin-csv"


def test_no_traceback_from_a_real_process(tmp_path):
    bad = tmp_path / "x.zip"
    bad.write_bytes(b"PK\x03\x04 broken zip")
    result = subprocess.run(
        [sys.executable, "-m", "model.cli", "inspect", str(bad)],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_classify_process_exits_quickly_yet_completely(export_zip, tmp_path):
    """classify ends its process without Python's teardown (model.cli._exit_quickly: an
    object left in a module is never finalised), yet its output, its status, its lines on
    stdout/stderr and the atexit functions are all there."""
    out = tmp_path / "out.csv"
    script = (
        "import atexit, sys; from model.cli import console\n"
        "class Left:\n    def __del__(self): print('torn down')\n"
        "left = Left()\n"
        "atexit.register(lambda: print('atexit ran', flush=False))\n"
        "sys.stdout.write('pending'); console()"
    )

    def run(*args):
        return subprocess.run(
            [sys.executable, "-c", script, *args],
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            cwd=Path(__file__).resolve().parents[1],
        )

    done = run("classify", str(export_zip), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout == "pendingatexit ran\n"
    assert done.stderr.rstrip().splitlines()[-1].startswith(f"wrote {out}: 4 contacts")
    assert len(pd.read_csv(out)) == 4
    failed = run("classify", str(tmp_path / "missing.zip"), "--out", str(out))
    assert failed.returncode == 2 and failed.stdout == "pendingatexit ran\n"
    assert "does not exist" in failed.stderr
    # another command ends as Python does: its objects are finalised
    inspected = run("inspect", str(export_zip))
    assert inspected.returncode == 0 and inspected.stdout.endswith("atexit ran\ntorn down\n")


@pytest.mark.parametrize("closed", ["stdout", "stderr"])
def test_classify_without_a_standard_stream(export_zip, tmp_path, closed):
    """classify when the process has no stdout or stderr (`>&-`, pythonw: the stream is
    None): the file is written, the status is 0, no traceback, and the summary line goes to
    the stream that is left (print's way with a None file)."""
    out = tmp_path / "out.csv"
    script = f"import sys; from model.cli import console\nsys.{closed} = None; console()"
    done = subprocess.run(
        [sys.executable, "-c", script, "classify", str(export_zip), "--out", str(out)],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert done.returncode == 0, done.stderr
    left = done.stderr if closed == "stdout" else done.stdout
    assert "Traceback" not in done.stderr + done.stdout
    assert left.rstrip().splitlines()[-1].startswith(f"wrote {out}: 4 contacts")
    assert len(pd.read_csv(out)) == 4


def test_sample_writes_an_export_inspect_reads(tmp_path, capsys):
    assert (
        main(["sample", "--out", str(tmp_path), "--contacts", "50", "--profession", "Nurse"]) == 0
    )
    zips = list(tmp_path.glob("Basic_LinkedInDataExport_*.zip"))
    assert len(zips) == 1 and (tmp_path / "labels.csv").exists()
    capsys.readouterr()
    assert main(["inspect", str(zips[0]), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["contacts"] == 50


def test_sample_unknown_profession(tmp_path, capsys):
    assert main(["sample", "--out", str(tmp_path), "--profession", "astronaut"]) == 2
    assert "unknown profession" in capsys.readouterr().err


@pytest.mark.parametrize("count", ["0", "-5", "30001", "many"])
def test_sample_contact_count_out_of_range_is_a_usage_error(tmp_path, capsys, count):
    with pytest.raises(SystemExit) as exit_:
        main(["sample", "--out", str(tmp_path), "--contacts", count])
    assert exit_.value.code == 2
    err = capsys.readouterr().err.strip()
    assert "--contacts" in err and "unexpected" not in err and "\n" not in err
    assert not list(tmp_path.iterdir())


def test_train_and_evaluate_commands(tmp_path, capsys, monkeypatch):
    """A tiny training run writes a loadable model, its compiled twin and a card."""
    import model.training as training

    monkeypatch.setattr(training, "TEST_SEED", 900_700)
    out = tmp_path / "m"
    assert (
        main(["train", "--out", str(out), "--persons", "6", "--test-persons", "3", "--no-plots"])
        == 0
    )
    assert {"ownership.skops", "ownership.npz", "card.json"} <= {p.name for p in out.iterdir()}
    card = json.loads((out / "card.json").read_text())
    assert card["trained_on"]["persons"] == 6 and 0 < card["metrics"]["roc_auc"] <= 1
    capsys.readouterr()
    assert main(["evaluate", "--model", str(out), "--persons", "2"]) == 0
    table = capsys.readouterr().out
    assert "macro_f1" in table and "ALL" in table


def test_fifos_and_devices_are_refused_not_read(tmp_path, capsys):
    import os

    fifo = tmp_path / "Connections.csv"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.txt"
    zero.symlink_to("/dev/zero")
    assert main(["inspect", str(fifo)]) == 2
    assert "not a regular file" in capsys.readouterr().err
    assert main(["inspect", str(zero)]) == 2
    assert "not a regular file" in capsys.readouterr().err
    sample = tmp_path / "s"
    main(["sample", "--out", str(sample), "--contacts", "20"])
    export = next(sample.glob("*.zip"))
    for bad in (fifo, zero):
        assert (
            main(["classify", str(export), "--out", str(tmp_path / "o.csv"), "--clients", str(bad)])
            == 2
        )
        assert "not a regular file" in capsys.readouterr().err


def test_batch_over_a_sample_folder_skips_its_labels(tmp_path, capsys):
    """`sample --out D` then `batch D`: the export is classified, the answer key labels.csv
    is listed as skipped with its reason, and the run succeeds; named, it is an error."""
    import csv
    import zipfile

    sample = tmp_path / "sample"
    assert main(["sample", "--out", str(sample), "--contacts", "40"]) == 0
    capsys.readouterr()
    assert main(["batch", str(sample), "--out", str(tmp_path / "out")]) == 0
    with open(tmp_path / "out" / "summary.csv", newline="") as fh:
        rows = {Path(r["input"]).name: r for r in csv.DictReader(fh)}
    assert rows["labels.csv"]["status"] == "skipped"
    assert "no LinkedIn connections found" in rows["labels.csv"]["error"]
    [export] = [r for name, r in rows.items() if name.endswith(".zip")]
    assert export["status"] == "ok" and export["contacts"] == "40"
    err = capsys.readouterr().err
    assert "1 of 1 inputs classified" in err and "1 other file skipped (not an export)" in err
    # given by name, a file that is no export is an error, as before
    assert main(["batch", str(sample / "labels.csv"), "--out", str(tmp_path / "o2")]) == 1
    assert "error:" in capsys.readouterr().err
    # a folder holding no export at all classifies nothing: that is a failure
    (tmp_path / "only").mkdir()
    (tmp_path / "only" / "labels.csv").write_bytes((sample / "labels.csv").read_bytes())
    with zipfile.ZipFile(tmp_path / "only" / "photos.zip", "w") as z:
        z.writestr("holiday.txt", "not contacts")
    assert main(["batch", str(tmp_path / "only"), "--out", str(tmp_path / "o3")]) == 1
    with open(tmp_path / "o3" / "summary.csv", newline="") as fh:
        assert {r["status"] for r in csv.DictReader(fh)} == {"skipped"}


def test_version_is_printed(capsys):
    from model import __version__
    from model.cli import main

    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out == f"contact-ownership {__version__}\n"


def test_every_out_option_has_the_short_form_o(export_zip, tmp_path, capsys):
    """`-o` is what a newcomer types first; every command that writes takes it."""
    out = tmp_path / "out.csv"
    assert main(["classify", str(export_zip), "-o", str(out)]) == 0
    assert len(pd.read_csv(out)) == 4
    from model.cli import _parser

    commands = _parser()._subparsers._group_actions[0].choices
    with_out = {
        name: a
        for name, sub in commands.items()
        for a in sub._actions
        if "--out" in a.option_strings
    }
    assert {"classify", "batch", "sample", "package", "report"} <= set(with_out)
    assert all("-o" in a.option_strings for a in with_out.values())


def test_the_summary_counts_employers_as_value_counts_does():
    """classify's summary line counts each employer of the work rows ("" as unknown, a
    missing value not at all), most first and ties in order of first appearance, as
    pandas' value_counts of the replaced values does — counted on the distinct names."""
    import numpy as np
    import pandas as pd

    from model.commands import _employer_counts

    rng = np.random.default_rng(14)
    names = np.array(["B", "", "(unknown)", "A", "C", "B2"], dtype=object)
    for n in (0, 1, 5, 60, 2_000):
        employers = rng.choice(names[: int(rng.integers(1, 7))], n)
        if n > 3:
            employers[2] = np.nan
        expected = pd.Series(employers, dtype="str").replace("", "(unknown)").value_counts()
        got = _employer_counts(employers, "(unknown)")
        assert list(got.items()) == list(expected.items())
