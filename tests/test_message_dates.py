"""Dates in the readers' warnings follow the message's language: "1 jan 1900" and "mrt 2020"
in Dutch, "1 Jan 1900" and "Mar 2020" in English (the form the reasons use), never the C
locale's English month in a Dutch sentence."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

from model.career import Position
from model.messages import Message, day_message, month_message, speaking
from model.readers import read_export

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
ROW = "A,B,https://www.linkedin.com/in/ab,,Acme,Dev,{day}\n"


def _texts(warnings, language):
    return [w.text(language) if isinstance(w, Message) else str(w) for w in warnings]


def test_day_and_month_are_said_in_the_messages_language():
    assert day_message(date(1900, 1, 1)).text("nl") == "1 jan 1900"
    assert day_message(date(1900, 1, 1)).text("en") == "1 Jan 1900"
    assert month_message(date(2020, 3, 31)).text("nl") == "mrt 2020"
    assert str(month_message(date(2020, 3, 31))) == "Mar 2020"
    with speaking("nl"):  # as the Dutch interface says it
        assert month_message(date(2021, 10, 1)).text() == "okt 2021"


def test_connection_dates_before_linkedin_and_in_the_future_in_dutch(tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text(
        HEADER + ROW.format(day="01 Jan 1900") + ROW.format(day="12 Mar 2019"), encoding="utf-8"
    )
    dutch = _texts(read_export(path).report.warnings, "nl")
    assert any("1 jan 1900" in w for w in dutch), dutch
    assert not any("Jan" in w for w in dutch), dutch


def test_positions_and_registration_warnings_in_dutch(tmp_path):
    path = tmp_path / "Basic_LinkedInDataExport_01-02-2025.zip"
    positions = "Company Name,Title,Description,Location,Started On,Finished On\n"
    positions += "Acme B.V.,Engineer,,,Mar 2020,Jan 2019\nFuture B.V.,Dev,,,Oct 2039,\n"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("Connections.csv", HEADER + ROW.format(day="12 Mar 2019"))
        zf.writestr("Positions.csv", positions)
        zf.writestr(
            "Registration.csv",
            'Registered At,Registration Ip,Subscription Types\n"6/11/39, 12:00 AM",192.0.2.1,\n',
        )
    export = read_export(path)
    dutch = " | ".join(_texts(export.report.warnings, "nl"))
    english = " | ".join(_texts(export.report.warnings, "en"))
    assert "(jan 2019)" in dutch and "(mrt 2020)" in dutch, dutch
    assert "okt 2039" in dutch and "11 jun 2039" in dutch, dutch
    for month in ("Jan", "Mar", "Oct", "Jun"):
        assert month not in dutch
    assert "ends (Jan 2019) before it starts (Mar 2020)" in english
    assert "Oct 2039" in english and "11 Jun 2039" in english


def test_a_position_given_the_wrong_way_round_is_said_in_dutch():
    from model.context import _in_order

    warnings: list = []
    _in_order(
        [Position("Acme", start=date(2020, 3, 1), end=date(2019, 1, 31))], Path("p"), warnings
    )
    [said] = warnings
    assert "(jan 2019)" in said.text("nl") and "(mrt 2020)" in said.text("nl")
    assert "Jan" not in said.text("nl")


def test_the_month_filter_chip_is_in_the_interface_language(qtbot):
    from desktop.filter_bar import FilterBar

    bar = FilterBar()
    qtbot.addWidget(bar)
    with speaking("nl"):
        bar.set_month((2021, 3))
    assert bar.month_chip.text().startswith("mrt 2021"), bar.month_chip.text()


def test_the_export_date_taken_from_the_zip_is_said_in_the_same_form(tmp_path):
    path = tmp_path / "export.zip"  # no date in the name: the members' dates are used
    with zipfile.ZipFile(path, "w") as zf:
        info = zipfile.ZipInfo("Connections.csv", date_time=(2025, 3, 4, 12, 0, 0))
        zf.writestr(info, HEADER + ROW.format(day="12 Mar 2019"))
    export = read_export(path)
    [note] = [n for n in export.report.notes if "zip" in str(n)]
    assert "4 mrt 2025" in note.text("nl") and "4 Mar 2025" in str(note), str(note)
