"""Headers of tens of thousands of columns: only the columns a reader uses become strings,
the contacts and the skipped rows are what a narrow file gives, and a wrong header fails
with the message it always had. (Their speed is measured by bench/wide_headers.py.)"""

from __future__ import annotations

import io
import zipfile

import pytest

from model.errors import InputError
from model.readers import read_export
from model.readers.csvtext import find_header, kept_columns, read_table
from model.readers.linkedin import CONTACT_HEADERS, is_connections_header
from model.schema import LINKEDIN_HEADERS

LINKEDIN = list(LINKEDIN_HEADERS.values())
ROWS = [
    "Ann,Smith,https://www.linkedin.com/in/ann,,Acme B.V.,Engineer,05 Mar 2021",
    "Bob,Jones,https://www.linkedin.com/in/bob,,Globex,Buyer,06 Mar 2021",
]
WIDTH = 60_000


def _wide_connections(extra: list[str], rows: list[str]) -> str:
    return ",".join(LINKEDIN + extra) + "\n" + "".join(r + "," * len(extra) + "\n" for r in rows)


def test_kept_columns_are_the_first_of_each_used_name_and_every_surplus_field():
    header = ["First Name", "Notes", "first_name", "Company", "Notes", "Other"]
    assert kept_columns(header, 8, {"first name", "company", "notes"}) == [0, 1, 3, 6, 7]
    assert kept_columns(header, 6, None) == [0, 1, 2, 3, 4, 5]


@pytest.mark.parametrize("repeated", [True, False])
def test_a_connections_file_with_a_huge_header_reads_its_contacts(tmp_path, repeated):
    extra = ["Notes"] * WIDTH if repeated else [f"Note {i}" for i in range(WIDTH)]
    path = tmp_path / "Connections.csv"
    path.write_text(_wide_connections(extra, ROWS))
    narrow = tmp_path / "narrow" / "Connections.csv"
    narrow.parent.mkdir()
    narrow.write_text(_wide_connections([], ROWS))
    wide, plain = read_export(path), read_export(narrow)
    assert wide.contacts.equals(plain.contacts)
    assert wide.contacts["company"].tolist() == ["Acme B.V.", "Globex"]
    assert wide.report.imported == 2 and not wide.report.skipped


def test_the_table_of_a_huge_header_holds_only_the_columns_read():
    text = _wide_connections(["Notes"] * WIDTH, ROWS)
    index, _cells, delimiter = find_header(text, "c.csv", is_connections_header, "")
    table = read_table(text, "c.csv", index, delimiter, "utf-8", CONTACT_HEADERS)
    assert list(table.frame.columns) == LINKEDIN
    assert table.frame.shape == (2, 7)


def test_a_field_past_a_huge_header_is_still_skipped_with_its_reason(tmp_path):
    extra = ["Notes"] * 5_000
    surplus = ROWS[0].replace("Ann", "Cy") + "," * len(extra) + ",surplus\n"
    path = tmp_path / "Connections.csv"
    path.write_text(_wide_connections(extra, ROWS) + surplus)
    export = read_export(path)
    assert export.report.imported == 2
    [skipped] = export.report.skipped
    width = len(LINKEDIN) + len(extra)
    assert (skipped.row, skipped.reason) == (4, f"{width + 1} fields where the header has {width}")


def test_a_positions_file_repeating_a_column_name_gives_its_positions(tmp_path):
    header = ",".join(["Company Name", "Title", "Started On", *["Title"] * WIDTH])
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("Connections.csv", _wide_connections([], ROWS))
        zf.writestr("Positions.csv", header + "\nAcme B.V.,Engineer,Jan 2019\n")
    [position] = read_export(path).career.positions
    assert (position.company, position.title) == ("Acme B.V.", "Engineer")


def test_a_google_file_with_a_huge_header_reads_its_contacts(tmp_path):
    names = ["Name", "Given Name", "Family Name", "E-mail 1 - Value", "Organization 1 - Name"]
    path = tmp_path / "google.csv"
    header = ",".join([*names, *[f"Custom {i}" for i in range(WIDTH)]])
    path.write_text(header + "\nAnn Smith,Ann,Smith,ann@example.org,Acme\n")
    export = read_export(path)
    assert export.contacts[["first_name", "company", "email"]].values.tolist() == [
        ["Ann", "Acme", "ann@example.org"]
    ]


def test_a_huge_header_of_no_export_fails_as_a_narrow_one(tmp_path):
    wide, narrow = tmp_path / "wide.csv", tmp_path / "narrow.csv"
    wide.write_text(",".join(["Foo", "Bar", *["Baz"] * WIDTH]) + "\n1,2\n")
    narrow.write_text("Foo,Bar,Baz\n1,2\n")
    messages = []
    for path in (wide, narrow):
        with pytest.raises(InputError) as err:
            read_export(path)
        messages.append(err.value.problem)
    assert messages[0] == messages[1]


def test_a_huge_header_in_a_zip_reads_like_a_file(tmp_path):
    text = _wide_connections(["Notes"] * WIDTH, ROWS)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("Connections.csv", text)
    path = tmp_path / "export.zip"
    path.write_bytes(buf.getvalue())
    assert read_export(path).contacts["last_name"].tolist() == ["Smith", "Jones"]
