"""Reader findings of the outside QA pass: extra columns beside LinkedIn's, a file cut short,
an unsafe member that is the file looked for, a position dropped for a huge field."""

from __future__ import annotations

import zipfile

import pytest

from model.errors import InputError
from model.readers import read_export

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
NOTES = 'Notes:\n"When exporting your connection data, you may notice..."\n\n'


def _rows(n: int) -> str:
    return "".join(
        f"Ann{i},Smith{i},https://www.linkedin.com/in/a{i},,Acme B.V.,Engineer,05 Mar 2021\n"
        for i in range(n)
    )


@pytest.mark.parametrize("extra", [10, 25])
def test_columns_added_beside_linkedins_keep_it_a_linkedin_file_with_its_dates(tmp_path, extra):
    added = ",".join(f"c{i}" for i in range(extra))
    path = tmp_path / "Connections.csv"
    body = "".join(line + "," * extra + "\n" for line in _rows(30).splitlines())
    path.write_text(NOTES + f"{HEADER},{added}\n" + body, encoding="utf-8")
    export = read_export(path)
    assert export.format == "linkedin-csv"
    assert len(export.contacts) == 30
    assert export.contacts["connected_on"].notna().all()


def test_a_file_cut_short_inside_its_last_contact_says_so_with_the_line(tmp_path):
    path = tmp_path / "Connections.csv"
    text = NOTES + HEADER + "\n" + _rows(5) + "Louis,Hoogstra,"
    path.write_text(text, encoding="utf-8")
    export = read_export(path)
    assert len(export.contacts) == 6  # read as far as it goes, not lost
    [warning] = [w for w in export.report.warnings if "cut short" in w]
    assert warning.startswith("Connections.csv line 10:")


def test_a_whole_file_without_a_final_line_end_is_not_called_cut_short(tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text(NOTES + HEADER + "\n" + _rows(5).rstrip("\n"), encoding="utf-8")
    export = read_export(path)
    assert len(export.contacts) == 5
    assert not [w for w in export.report.warnings if "cut short" in w]


def test_a_refused_member_that_is_the_export_is_named_in_the_error(tmp_path):
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("../../Connections.csv", NOTES + HEADER + "\n" + _rows(2))
    with pytest.raises(InputError) as err:
        read_export(path)
    message = str(err.value)
    assert "no Connections.csv found" in message and "'../../Connections.csv'" in message
    assert type(err.value) is InputError  # an error, not a file batch would skip


def test_a_position_left_out_for_a_huge_field_is_said_with_its_line(tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "Connections.csv").write_text(NOTES + HEADER + "\n" + _rows(3), encoding="utf-8")
    (folder / "Positions.csv").write_text(
        "Company Name,Title,Description,Location,Started On,Finished On\n"
        + "A" * 50_000
        + ",Sales,,,Jan 2019,\nAcme,Sales,,,Jan 2015,Dec 2018\n",
        encoding="utf-8",
    )
    export = read_export(folder)
    assert [p.company for p in export.career.positions] == ["Acme"]
    [warning] = [w for w in export.report.warnings if w.startswith("Positions.csv line 2:")]
    assert "left out" in warning
