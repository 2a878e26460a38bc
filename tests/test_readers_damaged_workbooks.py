"""A file named .xlsx that is not a workbook, and a damaged workbook: one plain line naming the
file, never a Python class name such as "(BadZipFile)"; a contacts CSV or vCard renamed .xlsx is
read as what it is, with a note to rename it (as one renamed .zip is)."""

from __future__ import annotations

import zipfile

import pytest

from model.errors import InputError
from model.readers import read_export

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
NOTES = 'Notes:\n"When exporting your connection data, you may notice..."\n\n'


def _damaged_workbooks(tmp_path):
    """(name, bytes) of files named .xlsx that no reader can take as a workbook."""
    bad_xml = tmp_path / "scratch.xlsx"
    with zipfile.ZipFile(bad_xml, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types")
        zf.writestr("xl/workbook.xml", "<<<")
    no_sheet = tmp_path / "scratch2.xlsx"
    with zipfile.ZipFile(no_sheet, "w") as zf:
        zf.writestr("hello.txt", "hi")
    return [
        ("bad_xml.xlsx", bad_xml.read_bytes()),
        ("no_workbook_inside.xlsx", no_sheet.read_bytes()),
        ("cut_short.xlsx", bad_xml.read_bytes()[:40]),
        ("garbage.xlsx", b"PK\x03\x04garbage" * 50),
        ("words.xlsx", b"just some words\n" * 3),
        ("binary.xlsx", bytes(range(256)) * 4),
    ]


@pytest.mark.parametrize("index", range(6))
def test_a_damaged_or_false_workbook_is_one_plain_line(tmp_path, index):
    name, data = _damaged_workbooks(tmp_path)[index]
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_export(path)
    english, dutch = str(caught.value), caught.value.problem.text("nl")
    assert name in english and "\n" not in english
    for text in (english, dutch):  # no exception class names shown to a user
        for kind in ("BadZipFile", "KeyError", "ParseError", "Error)", "Exception"):
            assert kind not in text, text
    assert "Excel" in english and "Excel" in dutch
    assert english.split(": ", 1)[1] != dutch  # the Dutch line is Dutch
    assert path.read_bytes() == data  # never changed


def test_a_linkedin_csv_named_xlsx_is_read_with_a_note_to_rename_it(tmp_path):
    path = tmp_path / "Connections.xlsx"
    rows = "".join(
        f"Ann{i},Smith,https://www.linkedin.com/in/a{i},,Acme B.V.,Engineer,05 Mar 2021\n"
        for i in range(3)
    )
    data = (NOTES + HEADER + "\n" + rows).encode("utf-8")
    path.write_bytes(data)
    export = read_export(path)
    assert len(export.contacts) == 3
    note = next(n for n in export.report.notes if "Connections.xlsx" in n)
    assert "not an Excel workbook" in note and "rename it to .csv" in note
    assert "hernoem" in note.text("nl")
    assert path.read_bytes() == data
