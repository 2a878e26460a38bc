"""The outside QA pass's second round of reader findings: a file that is one of ours or
LinkedIn's but not the contacts says what it is and how to open it; a Positions.csv whose end
date cannot be read keeps a past job; an oversized quoted field fails fast in house words."""

from __future__ import annotations

import zipfile

import pytest

from model.cli import main
from model.errors import InputError
from model.readers import read_export

POSITIONS = (
    "Company Name,Title,Description,Location,Started On,Finished On\n"
    "Acme,Engineer,,,Aug 2014,Jun 2019\n"
)


def test_a_review_package_renamed_to_zip_is_named_a_review_package(tmp_path, capsys):
    path = tmp_path / "handover.zip"
    with zipfile.ZipFile(path, "w") as zf:  # the members of a .coreview (model.hr.package)
        for name in ("manifest.json", "career.json", "contacts.json", "audit.jsonl"):
            zf.writestr(name, "{}")
    before = path.read_bytes()
    with pytest.raises(InputError) as err:
        read_export(path)
    problem = err.value.problem
    assert "review package" in problem and "Connections.csv" not in problem
    assert ".coreview" in problem and "verify" in problem and "HR mode" in problem
    assert main(["inspect", str(path)]) == 2
    out = capsys.readouterr().err
    assert str(path) in out and "review package" in out and out.count("\n") == 1
    assert path.read_bytes() == before


def test_positions_csv_given_as_the_contacts_says_it_is_the_career(tmp_path, capsys):
    path = tmp_path / "Positions.csv"
    path.write_text(POSITIONS, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_export(path)
    problem = err.value.problem
    assert "Positions.csv" in problem and "Connections.csv" in problem
    assert "--positions" in problem and "no LinkedIn connections found" not in problem
    assert main(["inspect", str(path)]) == 2
    out = capsys.readouterr().err
    assert str(path) in out and "career" in out and out.count("\n") == 1


def test_a_renamed_positions_file_is_still_recognised_by_its_header(tmp_path):
    path = tmp_path / "my jobs.csv"
    path.write_text(POSITIONS, encoding="utf-8")
    with pytest.raises(InputError, match=r"Positions\.csv"):
        read_export(path)
