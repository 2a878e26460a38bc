"""Issue 13: no contact lost without a word, no small file that hangs. Every input is
generated here; each test names the item of the issue it guards."""

from __future__ import annotations

import io
import zipfile

from model.readers import csvtext, read_export

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
NOTES = 'Notes:\n"When exporting your connection data, you may notice..."\n\n'


def _row(i: int, day: int = 5) -> str:
    return (
        f"Ann{i},Smith{i},https://www.linkedin.com/in/a{i},,Acme B.V.,Engineer,{day:02d} Mar 2021\n"
    )


# --- item 4: every reader step linear in the input ----------------------------------------


class _CountingSet(set):
    lookups = 0

    def __contains__(self, item) -> bool:
        type(self).lookups += 1
        return super().__contains__(item)


def test_repeated_header_names_cost_a_linear_number_of_lookups(monkeypatch):
    monkeypatch.setattr(csvtext, "set", _CountingSet, raising=False)
    _CountingSet.lookups = 0
    names = csvtext._unique_names(["x"] * 20_000 + ["x (3)", "y"], 20_003)
    assert len(set(names)) == 20_003
    assert names[:4] == ["x", "x (2)", "x (3)", "x (4)"]
    assert names[-3:] == ["x (3) (2)", "y", "column 20003"]
    assert _CountingSet.lookups < 3 * 20_003  # the old loop made some 200 million


def test_a_positions_file_with_20000_repeated_column_names_still_gives_its_position(tmp_path):
    header = ",".join(["Company Name", "Title", "Started On", *["Title"] * 20_000])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("Connections.csv", NOTES + HEADER + _row(1))
        zf.writestr("Positions.csv", header + "\nAcme B.V.,Engineer,Jan 2019\n")
    path = tmp_path / "Basic_LinkedInDataExport_03-01-2024.zip"
    path.write_bytes(buf.getvalue())
    assert len(buf.getvalue()) < 10_000  # the few KB that used to keep classify busy
    export = read_export(path)
    assert [(p.company, p.title) for p in export.positions] == [("Acme B.V.", "Engineer")]
