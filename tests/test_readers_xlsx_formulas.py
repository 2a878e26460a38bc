"""Connections.csv saved as a workbook with formula cells: the values the workbook saved with
them are read; cells whose formula has no saved value (a workbook written by a program that
does not calculate) are said in one line naming the file, never dropped without a word."""

from __future__ import annotations

import openpyxl
import pytest
import xlsxwriter

from model.cli import main
from model.errors import InputError
from model.readers import read_export

HEADER = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]
ANNA = ["Anna", "Jansen", "", "", "Acme", "Engineer", "05 Mar 2021"]


def _uncalculated(path, rows):
    """A workbook as openpyxl writes it: formulas without a saved value."""
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_saved_values_of_formulas_are_read_without_a_warning(tmp_path):
    path = tmp_path / "Connections.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, HEADER)
    sheet.write_row(1, 0, ANNA)
    sheet.write_formula(2, 0, '=PROPER("bert")', None, "Bert")  # Excel saves what it shows
    sheet.write_formula(2, 1, '="Sm"&"it"', None, "Smit")
    sheet.write_row(2, 4, ["Globex", "Manager", "12 Jan 2020"])
    book.close()
    export = read_export(path)
    assert export.contacts["first_name"].tolist() == ["Anna", "Bert"]
    assert export.contacts["last_name"].tolist() == ["Jansen", "Smit"]
    assert not any("formula" in str(w) for w in export.report.warnings)


def test_formulas_without_a_value_are_said_naming_the_file(tmp_path):
    bert = ['="Bert"', '="Smit"', "", "", '="Globex"', "Manager", "12 Jan 2020"]
    path = _uncalculated(tmp_path / "Connections.xlsx", [HEADER, ANNA, bert])
    export = read_export(path)
    assert len(export.contacts) == 2  # the row is kept, its formula cells empty
    said = [w for w in export.report.problem_lines() if "formula" in str(w)]
    assert [str(w) for w in said] == [
        "Connections.xlsx: 3 cells are formulas without a saved value and were read as empty "
        "(the first in row 3); open the workbook in Excel or LibreOffice and save it again to "
        "keep what they show"
    ]
    assert said[0].text("nl").startswith("Connections.xlsx: 3 cellen zijn formules zonder")


def test_classify_warns_in_one_line(tmp_path, capsys):
    row = ["=A2", "Smit", "", "", "Globex", "Manager", "12 Jan 2020"]
    path = _uncalculated(tmp_path / "Connections.xlsx", [HEADER, ANNA, row])
    assert main(["classify", str(path), "-o", str(tmp_path / "out.csv")]) == 0
    lines = [line for line in capsys.readouterr().err.splitlines() if "formula" in line]
    assert lines == [
        "contact-ownership: warning: Connections.xlsx: 1 cell is a formula without a saved value "
        "and was read as empty (row 3); open the workbook in Excel or LibreOffice and save it "
        "again to keep what it shows"
    ]


def test_a_header_of_formulas_is_said_with_the_error(tmp_path):
    header = [f'="{name}"' for name in HEADER]
    path = _uncalculated(tmp_path / "Connections.xlsx", [header, ANNA])
    with pytest.raises(InputError) as raised:
        read_export(path)
    assert "7 cells are formulas without a saved value" in str(raised.value)


def test_a_formula_whose_saved_value_is_empty_is_no_lost_value(tmp_path):
    """=IF(B2="","",B2) saved by Excel as an empty text (<v></v>) has its value: no warning;
    a formula cell with no <v> at all beside it is still said."""
    import zipfile

    path = tmp_path / "written.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, [*HEADER, "Extra"])
    sheet.write_row(1, 0, ANNA)
    sheet.write_formula(1, 7, '=IF(B2="","",B2)', None, "")
    sheet.write_row(2, 0, ["Bert", "Smit", "", "", "Globex", "Manager", "12 Jan 2020"])
    sheet.write_formula(2, 7, "=A3", None, "Bert")
    book.close()
    excel = tmp_path / "Connections.xlsx"  # as Excel writes an empty text result: t="str"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(excel, "w") as out:
        for name in src.namelist():
            data = src.read(name)
            if name == "xl/worksheets/sheet1.xml":
                assert b'<c r="H2"><f>' in data and b"<v></v>" in data
                data = data.replace(b'<c r="H2"><f>', b'<c r="H2" t="str"><f>')
            out.writestr(name, data)
    export = read_export(excel)
    assert len(export.contacts) == 2
    assert not any("formula" in str(w) for w in export.report.warnings)
    bare = tmp_path / "bare.xlsx"  # the same cell with no saved value at all
    with zipfile.ZipFile(excel) as src, zipfile.ZipFile(bare, "w") as out:
        for name in src.namelist():
            data = src.read(name)
            if name == "xl/worksheets/sheet1.xml":
                data = data.replace(b'B2="","",B2)</f><v></v>', b'B2="","",B2)</f>')
            out.writestr(name, data)
    said = [str(w) for w in read_export(bare).report.warnings if "formula" in str(w)]
    assert len(said) == 1 and "1 cell is a formula" in said[0] and "row 2" in said[0]
