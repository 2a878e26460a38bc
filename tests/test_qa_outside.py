"""What an outside user meets first: hostile side files given beside an export (career JSON,
decisions, model card), and commands that must not replace a file already there. Every input
is generated; the commands run through main(argv) as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from model.career import CAREER_FORMAT
from model.cli import main

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


def _export(tmp_path: Path, n: int = 6) -> Path:
    rows = "".join(
        f"Ann{i},Smith{i},https://www.linkedin.com/in/a{i},,Acme B.V.,Engineer,05 Mar 2021\n"
        for i in range(n)
    )
    path = tmp_path / "Connections.csv"
    path.write_text('Notes:\n"When exporting..."\n\n' + HEADER + rows, encoding="utf-8")
    return path


def _career(tmp_path: Path, positions: list[dict], **fields) -> Path:
    path = tmp_path / "career.json"
    path.write_text(
        json.dumps({"format": CAREER_FORMAT, "version": 1, "positions": positions, **fields}),
        encoding="utf-8",
    )
    return path


def _one_error_line(capsys, *words: str) -> str:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err[:2000]
    assert lines[0].startswith("contact-ownership: error: "), err[:2000]
    for word in words:
        assert word in lines[0], err[:2000]
    return lines[0]


# --- a career file (--positions FILE.json) --------------------------------------------------


def test_a_career_with_a_megabyte_company_name_is_refused_in_one_short_line(tmp_path, capsys):
    export = _export(tmp_path)
    career = _career(tmp_path, [{"company": "A" * 2_000_000, "start": "2019-01-01"}])
    out = tmp_path / "out.csv"
    assert main(["classify", str(export), "--out", str(out), "--positions", str(career)]) == 2
    line = _one_error_line(capsys, "career.json", "company in position 1", "2,000,000")
    assert len(line) < 300
    assert not out.exists()


def test_a_career_with_tens_of_thousands_of_positions_is_refused(tmp_path, capsys):
    export = _export(tmp_path)
    positions = [{"company": f"Acme {i}", "start": "2001-01-01"} for i in range(5000)]
    career = _career(tmp_path, positions)
    assert (
        main(
            ["classify", str(export), "--out", str(tmp_path / "o.csv"), "--positions", str(career)]
        )
        == 2
    )
    _one_error_line(capsys, "career.json", "5,000 positions")


def test_a_career_ending_before_it_starts_is_read_the_other_way_round_and_said(tmp_path, capsys):
    export = _export(tmp_path)
    career = _career(
        tmp_path, [{"company": "Acme B.V.", "start": "2022-05-01", "end": "2018-01-31"}]
    )
    out = tmp_path / "out.csv"
    assert main(["classify", str(export), "--out", str(out), "--positions", str(career)]) == 0
    err = capsys.readouterr().err
    assert "career.json position 1: Acme B.V. ends (Jan 2018) before it starts (May 2022)" in err
    # read as Jan 2018 - May 2022: the contacts of Mar 2021 are no longer before the first job
    assert "before your first job" not in out.read_text(encoding="utf-8-sig")


# --- the personal layer without decisions -----------------------------------------------------


def test_without_decisions_classify_writes_the_models_own_suggestions(tmp_path, capsys):
    """An export whose contacts the model all calls private, some with p_work just above 0.5
    (the model's threshold is higher): no decision was given, so none may be said to move them."""
    from model.context import load_positions
    from model.predictor import load_model
    from model.readers import read_export

    export = _export(tmp_path)
    career = _career(
        tmp_path, [{"company": "Acme B.V.", "start": "2018-01-01", "end": "2022-05-31"}]
    )
    out = tmp_path / "out.csv"
    assert main(["classify", str(export), "--out", str(out), "--positions", str(career)]) == 0
    read = read_export(export)
    read.career.positions = load_positions(career)
    base = load_model(None).classify(read.contacts, read.career)
    text = out.read_text(encoding="utf-8-sig")
    assert "your decisions" not in text
    written = [line.split(",")[7] for line in text.splitlines()[1:]]
    assert written == list(base["suggestion"])


# --- a decisions file (--labels) --------------------------------------------------------------


def test_two_records_deciding_one_contact_differently_are_refused_naming_both(tmp_path, capsys):
    export = _export(tmp_path)
    labels = tmp_path / "decisions.csv"
    labels.write_text(
        "URL,decision,employer\n"
        "https://www.linkedin.com/in/a1,work,Acme B.V.\n"
        "https://www.linkedin.com/in/a2,private,\n"
        "https://www.linkedin.com/in/a1,private,\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    assert main(["classify", str(export), "--out", str(out), "--labels", str(labels)]) == 2
    _one_error_line(capsys, "decisions.csv", "record 3", "record 1", "contact 2")
    assert not out.exists()


def test_the_same_decision_given_twice_is_one_decision(tmp_path, capsys):
    export = _export(tmp_path)
    labels = tmp_path / "decisions.csv"
    labels.write_text("row,decision\n2,private\n2,private\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["classify", str(export), "--out", str(out), "--labels", str(labels)]) == 0
    assert "2 decisions applied" in capsys.readouterr().err
    row = out.read_text(encoding="utf-8-sig").splitlines()[2]
    assert ",private," in row


# --- a model folder whose card was edited ---------------------------------------------------


@pytest.mark.parametrize("band", [[0.9, 0.1], ["a", "b"], [0.4], [0.4, 1.5], "0.4-0.7", [True, 1]])
def test_a_model_card_with_a_junk_flag_band_is_refused(tmp_path, capsys, band):
    import shutil

    from model.persist import SHIPPED_DIR

    folder = tmp_path / "model"
    shutil.copytree(SHIPPED_DIR, folder)
    card = json.loads((folder / "card.json").read_text(encoding="utf-8"))
    card["flag_band"] = band
    (folder / "card.json").write_text(json.dumps(card), encoding="utf-8")
    export = _export(tmp_path)
    out = tmp_path / "out.csv"
    assert main(["classify", str(export), "--out", str(out), "--model", str(folder)]) == 2
    _one_error_line(capsys, "card.json", "flag_band")
    assert not out.exists()


# --- sample never replaces a file already there ---------------------------------------------


def test_sample_into_a_folder_holding_a_labels_csv_leaves_it_alone(tmp_path, capsys):
    mine = tmp_path / "labels.csv"
    mine.write_text("my own decisions\n", encoding="utf-8")
    assert main(["sample", "--out", str(tmp_path), "--contacts", "20"]) == 2
    _one_error_line(capsys, "labels.csv", "already exists")
    assert mine.read_text(encoding="utf-8") == "my own decisions\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["labels.csv"]  # nothing left behind


def test_sample_twice_into_one_folder_keeps_the_first(tmp_path, capsys):
    assert main(["sample", "--out", str(tmp_path), "--contacts", "20"]) == 0
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert main(["sample", "--out", str(tmp_path), "--contacts", "30", "--seed", "0"]) == 2
    assert "already exists" in capsys.readouterr().err
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_sample_on_a_full_disk_names_the_folder_and_leaves_nothing(tmp_path, capsys, monkeypatch):
    import errno

    import model.synthetic

    def full_disk(out, **kwargs):
        (Path(out) / "Basic_LinkedInDataExport_01-01-2025.zip").write_bytes(b"PK")  # half done
        raise OSError(errno.ENOSPC, "No space left on device")  # zipfile names no file

    monkeypatch.setattr(model.synthetic, "write_sample", full_disk)
    assert main(["sample", "--out", str(tmp_path), "--contacts", "20"]) == 2
    _one_error_line(capsys, str(tmp_path), "No space left on device")
    assert list(tmp_path.iterdir()) == []


# --- a client list (--clients) ----------------------------------------------------------------


def test_a_client_list_with_a_megabyte_line_is_refused_naming_the_line(tmp_path, capsys):
    export = _export(tmp_path)
    clients = tmp_path / "clients.txt"
    clients.write_text("Klant B.V.\n" + "A" * 3_000_000 + "\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["classify", str(export), "--out", str(out), "--clients", str(clients)]) == 2
    line = _one_error_line(capsys, "clients.txt", "line 2", "3,000,000 characters")
    assert len(line) < 300 and not out.exists()


@pytest.mark.parametrize(
    "row", ["1,work," + "n" * 20_000, "1,work,a,b,c"], ids=["huge note", "too many fields"]
)
def test_a_decision_the_reader_cannot_read_is_refused_not_dropped(tmp_path, capsys, row):
    export = _export(tmp_path)
    labels = tmp_path / "decisions.csv"
    labels.write_text(f"row,decision,note\n{row}\n2,private,ok\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["classify", str(export), "--out", str(out), "--labels", str(labels)]) == 2
    _one_error_line(capsys, "decisions.csv", "line 2", "decision would be lost")
    assert not out.exists()


# --- --positions given as the user has it ----------------------------------------------------


def _positions_rows() -> list[list[str]]:
    return [
        ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"],
        ["Acme B.V.", "Engineer", "", "", "Jan 2019", ""],
    ]


def test_positions_saved_by_excel_as_xlsx_are_read(tmp_path, capsys):
    import openpyxl

    book = openpyxl.Workbook()
    for row in _positions_rows():
        book.active.append(row)
    xlsx = tmp_path / "Positions.xlsx"
    book.save(xlsx)
    out = tmp_path / "out.csv"
    assert (
        main(["classify", str(_export(tmp_path)), "--out", str(out), "--positions", str(xlsx)]) == 0
    )
    assert "Acme B.V.: 6" in capsys.readouterr().err


def test_positions_from_the_export_zip_itself(tmp_path, capsys):
    import zipfile

    export = _export(tmp_path)
    zip_path = tmp_path / "Basic_LinkedInDataExport_01-01-2025.zip"
    with zipfile.ZipFile(zip_path, "w") as zf:
        zf.writestr("Connections.csv", export.read_text(encoding="utf-8"))
        zf.writestr("Positions.csv", "\n".join(",".join(r) for r in _positions_rows()) + "\n")
    out = tmp_path / "out.csv"
    loose = tmp_path / "loose" / "Connections.csv"
    loose.parent.mkdir()
    loose.write_bytes(export.read_bytes())
    assert main(["classify", str(loose), "--out", str(out), "--positions", str(zip_path)]) == 0
    assert "Acme B.V.: 6" in capsys.readouterr().err


# --- numbers a newcomer may type --------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["sample", "--out", "{tmp}", "--seed", "-1"],
        ["evaluate", "--persons", "0"],
        ["train", "--out", "{tmp}", "--persons", "-3"],
        ["train", "--out", "{tmp}", "--test-persons", "0"],
        ["train", "--out", "{tmp}", "--seed", "-2"],
    ],
)
def test_a_negative_seed_or_no_persons_is_a_usage_error_not_a_bug(tmp_path, capsys, argv):
    argv = [a.replace("{tmp}", str(tmp_path / "out")) for a in argv]
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    line = _one_error_line(capsys, "argument --")
    assert "unexpected" not in line
    assert not (tmp_path / "out").exists()


def test_train_with_one_person_is_a_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["train", "--out", str(tmp_path / "m"), "--persons", "1"])
    assert stop.value.code == 2
    _one_error_line(capsys, "--persons", "at least 2")


def test_ctrl_d_at_the_package_question_writes_nothing(tmp_path, capsys, monkeypatch):
    import io
    import sys

    class ClosedTerminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", ClosedTerminal(""))  # input() meets end-of-file
    out = tmp_path / "leaver.coreview"
    assert main(["package", str(_export(tmp_path)), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "nothing written" in err and "unexpected" not in err
    assert not out.exists()
