"""A batch over a folder that holds results of an earlier run: classify's output (under any
name), batch's tables and summary, in CSV or XLSX, are recognised by their header and
skipped, said once in the summary line and the progress, in English and Dutch; the command
line and the batch dialog (offscreen). All inputs are generated."""

from __future__ import annotations

import csv
import gzip
import shutil
from pathlib import Path

import pytest

from model import batch, batch_inputs
from model.cli import main
from model.messages import localized
from model.readers.head import header
from model.readers.own import is_own_output
from model.synthetic.generator import write_sample


@pytest.fixture(scope="module")
def export(tmp_path_factory) -> Path:
    """One generated LinkedIn export (zip)."""
    zipped, _labels = write_sample(tmp_path_factory.mktemp("sample"), seed=5, n_contacts=40)
    return zipped


@pytest.fixture(scope="module")
def results(tmp_path_factory, export) -> dict[str, Path]:
    """classify's CSV and XLSX outputs of ``export``, and a batch summary."""
    folder = tmp_path_factory.mktemp("results")
    made = {}
    for fmt in ("csv", "xlsx"):
        made[fmt] = folder / f"results.{fmt}"
        assert main(["classify", str(export), "--out", str(made[fmt])]) == 0
    batch.run_batch([export], folder / "run")
    made["summary"] = folder / "run" / batch.SUMMARY_FILE
    return made


def _folder(tmp_path: Path, export: Path, results: dict[str, Path]) -> Path:
    """An input folder: the export, and earlier results under names a user gives them."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(export, folder / "export.zip")
    shutil.copy(results["csv"], folder / "my results.csv")
    shutil.copy(results["xlsx"], folder / "for the boss.xlsx")
    shutil.copy(results["summary"], folder / "last week.csv")
    return folder


def _fingerprint(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_results_under_any_name_are_skipped_and_never_read(tmp_path, export, results):
    folder = _folder(tmp_path, export, results)
    (folder / "notes.csv").write_text("just,a,table\n1,2,3\n", encoding="utf-8")
    before = _fingerprint(folder)
    progress = []
    out = batch.run_batch([folder], tmp_path / "out", progress=lambda f, m: progress.append(m))
    by_name = {Path(r.input).name: r for r in out}
    assert {n: (r.status, r.earlier_output) for n, r in by_name.items()} == {
        "export.zip": ("ok", False),
        "my results.csv": ("skipped", True),
        "for the boss.xlsx": ("skipped", True),
        "last week.csv": ("skipped", True),
        "notes.csv": ("skipped", False),  # not an export, not ours either
    }
    assert (
        "an earlier output of this program (a classified table)" in by_name["my results.csv"].error
    )
    assert "(a classified table)" in by_name["for the boss.xlsx"].error
    assert "(a batch summary)" in by_name["last week.csv"].error
    assert _fingerprint(folder) == before
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "export.classified.csv",
        "summary.csv",
    ]
    # the progress says it once, in each step, in the language asked for
    assert str(progress[0]) == "0 of 5 done (3 earlier outputs skipped)"
    assert str(progress[-1]) == "5 of 5 done (3 earlier outputs skipped)"
    assert (
        localized(progress[-1], "nl") == "5 van 5 klaar (3 eerdere uitvoerbestanden overgeslagen)"
    )
    with open(tmp_path / "out" / batch.SUMMARY_FILE, newline="", encoding="utf-8") as fh:
        rows = {Path(r["input"]).name: r["status"] for r in csv.DictReader(fh)}
    assert rows["my results.csv"] == rows["last week.csv"] == "skipped"


def test_batch_twice_on_the_same_folder_reads_only_the_export(tmp_path, export):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(export, folder / "export.zip")
    first = batch.run_batch([folder], folder)
    assert [r.status for r in first] == ["ok"]
    # renamed by the user, the results of the first run are still ours
    (folder / "export.classified.csv").rename(folder / "export results.csv")
    (folder / batch.SUMMARY_FILE).rename(folder / "overview.csv")
    second = batch.run_batch([folder], folder)
    assert {Path(r.input).name: r.earlier_output for r in second} == {
        "export.zip": False,
        "export results.csv": True,
        "overview.csv": True,
    }
    assert sum(r.classified for r in second) == 1


def test_a_contacts_file_named_like_an_output_is_read(tmp_path, export):
    """The header decides, not the name: a plain export called x.classified.csv is classified."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "x.classified.csv").write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Ann,Smith,https://www.linkedin.com/in/ann,,Acme B.V.,Engineer,05 Mar 2021\n",
        encoding="utf-8",
    )
    (out,) = batch.run_batch([folder], tmp_path / "out")
    assert out.classified and not out.earlier_output


def test_an_earlier_output_named_as_an_input_is_read(tmp_path, results):
    """Asked for by name, a classified table is an export (its decisions come back)."""
    (out,) = batch.run_batch([results["csv"]], tmp_path / "out")
    assert out.classified and out.contacts == 40 and not out.earlier_output


@pytest.mark.parametrize("variant", ["semicolon-cp1252", "gzip", "utf16-tab"])
def test_the_header_is_recognised_as_a_spreadsheet_resaves_it(tmp_path, results, variant):
    text = results["csv"].read_text(encoding="utf-8-sig")
    path = tmp_path / "resaved.csv"
    if variant == "semicolon-cp1252":
        rows = list(csv.reader(text.splitlines()))
        with open(path, "w", encoding="cp1252", errors="replace", newline="") as fh:
            csv.writer(fh, delimiter=";").writerows(rows)
    elif variant == "gzip":
        path = tmp_path / "resaved.csv.gz"
        path.write_bytes(gzip.compress(text.encode("utf-8")))
    else:
        path.write_bytes(text.replace(",", "\t").encode("utf-16"))
    cells = header(path, is_own_output)
    assert cells is not None and cells[:2] == ["first name", "last name"]
    assert batch_inputs._own_output_kind(path) == "classified"


def test_what_is_no_output_of_ours_is_not_taken_for_one(tmp_path, export):
    plain = tmp_path / "contacts.csv"
    plain.write_text("First Name,Last Name,Company\nAnn,Smith,Acme\n", encoding="utf-8")
    binary = tmp_path / "noise.csv"
    binary.write_bytes(bytes(range(256)) * 8)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really")
    for path in (plain, binary, empty, broken, export, tmp_path):
        assert batch_inputs._own_output_kind(path) == "", path


def _batch_lines(capsys, argv) -> list[str]:
    assert main(argv) == 0
    return capsys.readouterr().err.strip().splitlines()


def test_the_command_line_says_it_once_in_english_and_dutch(tmp_path, capsys, export, results):
    folder = _folder(tmp_path, export, results)
    lines = _batch_lines(capsys, ["batch", str(folder), "--out", str(tmp_path / "out")])
    assert lines == [
        f"1 of 1 inputs classified into {tmp_path / 'out'} (summary.csv); 3 earlier outputs of "
        "this program skipped (classified tables, summaries or contact lists found among the "
        "inputs: "
        "for the boss.xlsx, last week.csv, my results.csv)"
    ]
    for name in ("a.csv", "b.csv"):  # a fourth and fifth: the names are cut after three
        shutil.copy(results["csv"], folder / name)
    lines = _batch_lines(
        capsys, ["--language", "nl", "batch", str(folder), "--out", str(tmp_path / "out")]
    )
    assert lines == [
        f"1 van 1 invoerbestanden ingedeeld in {tmp_path / 'out'} (summary.csv); 5 eerdere "
        "uitvoerbestanden van dit programma overgeslagen (ingedeelde tabellen, overzichten of "
        "contactlijsten tussen de invoer: a.csv, b.csv, for the boss.xlsx en nog 2)"
    ]


def test_one_earlier_output_is_singular(tmp_path, capsys, export, results):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(export, folder / "export.zip")
    shutil.copy(results["csv"], folder / "r.csv")
    (line,) = _batch_lines(capsys, ["batch", str(folder), "--out", str(tmp_path / "out")])
    assert line.endswith("; 1 earlier output of this program skipped (a classified table, "
                         "summary or contact list found among the inputs: r.csv)")  # fmt: skip


def test_the_batch_dialog_says_it_once(qtbot, tmp_path, export, results):
    from desktop.batch_dialog import BatchDialog

    folder = _folder(tmp_path, export, results)
    dialog = BatchDialog()
    qtbot.addWidget(dialog)
    seen = []
    dialog._resultArrived.connect(lambda *_a: seen.append(dialog.summary.text()))
    try:
        dialog.add_inputs([folder])
        dialog.set_output_folder(tmp_path / "out")
        with qtbot.waitSignal(dialog.batchFinished, timeout=60_000) as finished:
            assert dialog.start()
        assert sum(r.earlier_output for r in finished.args[0]) == 3
        statuses = sorted(dialog.file_status(r) for r in range(4))
        assert statuses == ["ok", "skipped", "skipped", "skipped"]
        text = dialog.summary.text()
        assert text.startswith(
            "Finished: 1 classified, 0 failed, 3 skipped (an earlier output of this program)."
        ), text
        assert "not an export" not in text
        assert any("(earlier outputs of this program skipped: 3)" in t for t in seen), seen
    finally:
        dialog.reject()  # joins the worker thread


def test_the_batch_dialog_says_it_in_dutch(qtbot, dutch, tmp_path, export, results):
    from desktop.batch_dialog import BatchDialog

    folder = _folder(tmp_path, export, results)
    (folder / "notes.csv").write_text("just,a,table\n1,2,3\n", encoding="utf-8")
    dialog = BatchDialog()
    qtbot.addWidget(dialog)
    seen = []
    dialog._resultArrived.connect(lambda *_a: seen.append(dialog.summary.text()))
    try:
        dialog.add_inputs([folder])
        dialog.set_output_folder(tmp_path / "out")
        with qtbot.waitSignal(dialog.batchFinished, timeout=60_000):
            assert dialog.start()
        text = dialog.summary.text()
        assert text.startswith(
            "Klaar: 1 geclassificeerd, 0 mislukt, 3 overgeslagen (eerdere uitvoer van dit "
            "programma), 1 overgeslagen (geen export)."
        ), text
        assert any("(eerdere uitvoer van dit programma overgeslagen: 3)" in t for t in seen), seen
    finally:
        dialog.reject()


def test_the_terminal_progress_says_it_in_the_language_within_the_width(capsys, monkeypatch):
    from model.commands import TerminalProgress
    from model.messages import Message, speaking

    bar = TerminalProgress("batch")
    bar.active = True  # as on a terminal
    step = Message("batch.progress", done=2, n=4, earlier=Message("batch.earlier_skipped", n=2))
    for columns in (100, 40):
        monkeypatch.setenv("COLUMNS", str(columns))
        with speaking("nl"):
            bar(0.5, step)
        line = capsys.readouterr().err
        # "\r" and one column fewer than the terminal: a wrapped line is never rewritten
        assert line.startswith("\rbatch [") and len(line) == columns
    monkeypatch.setenv("COLUMNS", "100")
    with speaking("nl"):
        bar(0.5, step)
    assert "2 van 4 klaar (2 eerdere uitvoerbestanden overgeslagen)" in capsys.readouterr().err


def test_a_folder_of_earlier_outputs_only_says_why_nothing_was_read(tmp_path, capsys, results):
    """Nothing to classify because every file was an earlier output: the error names them and
    says how to read one anyway, instead of only "no exports to classify"."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(results["csv"], folder / "r.csv")
    before = _fingerprint(folder)
    assert main(["batch", str(folder), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"contact-ownership: error: {folder}: no exports to classify (.zip, .csv, .vcf, .txt, "
        ".tsv, .xlsx, .xlsm, .gz files or export folders); 1 earlier output of this program "
        "skipped (a classified table, summary or contact list found among the inputs: r.csv); "
        "an input given by name is read"
    ]
    assert main(["--language", "nl", "batch", str(folder), "--out", str(tmp_path / "o")]) == 2
    assert "een invoerbestand dat je bij naam noemt" in capsys.readouterr().err
    assert _fingerprint(folder) == before
