"""A contacts file renamed ``.zip`` (a CSV or vCard, say by a mail filter) is read as what it is,
with a note to rename it; anything else named .zip that is no zip stays "not a zip file"."""

from __future__ import annotations

import pytest

from model.errors import InputError
from model.readers import read_export

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
NOTES = 'Notes:\n"When exporting your connection data, you may notice..."\n\n'


def test_a_linkedin_csv_named_zip_is_read_with_a_note_to_rename_it(tmp_path):
    path = tmp_path / "Connections.zip"
    rows = "".join(
        f"Ann{i},Smith,https://www.linkedin.com/in/a{i},,Acme B.V.,Engineer,05 Mar 2021\n"
        for i in range(4)
    )
    data = (NOTES + HEADER + "\n" + rows).encode("utf-8")
    path.write_bytes(data)
    export = read_export(path)
    assert len(export.contacts) == 4
    note = next(n for n in export.report.notes if "Connections.zip" in n)
    assert "rename it to .csv" in note and "hernoem" in note.text("nl")
    assert path.read_bytes() == data  # never changed


def test_a_vcard_named_zip_is_told_to_be_a_vcf(tmp_path):
    path = tmp_path / "cards.zip"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Smith\r\nN:Smith;Ann;;;\r\nEND:VCARD\r\n")
    export = read_export(path)
    assert len(export.contacts) == 1
    assert any("rename it to .vcf" in n for n in export.report.notes)


@pytest.mark.parametrize(
    "data",
    [bytes(range(256)) * 4, b"\x00\x01garbage" * 50, b"just some words\n" * 3, b""],
)
def test_anything_else_named_zip_is_not_a_zip(tmp_path, data):
    path = tmp_path / "export.zip"
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_export(path)
    assert "export.zip" in str(caught.value)
    assert "is not a zip file" in str(caught.value)
