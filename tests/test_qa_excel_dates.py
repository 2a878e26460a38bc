"""Positions.csv after Excel: it turns "Sep 2021" into the 1st of that month and saves it in the
style of its locale. The career must survive that (it was read as unknown dates, and a past job
with an unreadable end became the current one)."""

from __future__ import annotations

from datetime import date

import pytest

from model.career_dates import parse_month
from model.readers import read_export

CONNECTIONS = (
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Anna,Smit,,,Genia B.V.,Inkoper,05 Mar 2019\n"
)


@pytest.mark.parametrize(
    "started,finished",
    [
        ("Aug 2014", "Jan 2021"),  # as LinkedIn writes it
        ("Aug-14", "Jan-21"),  # Excel, English: mmm-yy
        ("aug-14", "jan-21"),  # Excel, Dutch
        ("1-8-2014", "1-1-2021"),  # Excel, day first (nl)
        ("8/1/2014", "1/1/2021"),  # Excel, month first (US)
        ("01-08-14", "01-01-21"),
        ("41852", "44197"),  # a date cell saved as General
    ],
)
def test_excel_saved_positions_keep_their_months(tmp_path, started, finished):
    (tmp_path / "Connections.csv").write_text(CONNECTIONS)
    (tmp_path / "Positions.csv").write_text(
        "Company Name,Title,Description,Location,Started On,Finished On\n"
        f"Dexant Data b.v.,Consultant,,,{started},{finished}\n"
    )
    export = read_export(tmp_path)
    (position,) = export.career.positions
    assert (position.start, position.end) == (date(2014, 8, 1), date(2021, 1, 31))
    assert not [w for w in export.report.warnings if "Positions.csv" in w]


def test_a_real_day_is_not_mistaken_for_a_month():
    # only the 1st of a month is Excel's month; other days go to the general date reader
    assert parse_month("5-9-2021") is None and parse_month("1-13-2021") is None
    assert parse_month("Sep-21", end=True) == date(2021, 9, 30)
