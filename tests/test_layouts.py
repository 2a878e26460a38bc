"""The synthetic writers produce LinkedIn's and Excel's byte-level shapes."""

from __future__ import annotations

import zipfile
from datetime import date

import pandas as pd
import pytest

from model.career import Position
from model.schema import conform_contacts
from model.synthetic.layouts import (
    NOTES_SENTENCE,
    connection_bytes,
    connections_text,
    write_linkedin_zip,
)


@pytest.fixture
def contacts() -> pd.DataFrame:
    return conform_contacts(
        pd.DataFrame(
            {
                "first_name": ["Anouk", ""],
                "last_name": ["Vermeulen", ""],
                "url": ["https://www.linkedin.com/in/anouk-x1", ""],
                "company": ["Voorbeeld, Groep B.V.", ""],
                "position": ["Inkoper", ""],
                "connected_on": pd.to_datetime(["2021-03-05 18:14", "2018-01-08 00:00"]),
            }
        )
    )


def test_current_layout_is_linkedins_file(contacts):
    assert connections_text(contacts).split("\n") == [
        "Notes:",
        f'"{NOTES_SENTENCE}"',
        "",
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
        'Anouk,Vermeulen,https://www.linkedin.com/in/anouk-x1,,"Voorbeeld, Groep B.V.",'
        "Inkoper,05 Mar 2021",
        ",,,,,,08 Jan 2018",
        "",
    ]


def test_older_eras_drop_the_url_and_2018_the_preamble(contacts):
    lines_2019 = connections_text(contacts, layout="2019").split("\n")
    assert lines_2019[:4] == [
        "Notes:",
        f'"{NOTES_SENTENCE}"',
        "",
        "First Name,Last Name,Email Address,Company,Position,Connected On",
    ]
    lines_2018 = connections_text(contacts, layout="2018").split("\n")
    assert lines_2018[0] == "First Name,Last Name,Email Address,Company,Position,Connected On"
    assert lines_2018[1].endswith(',Inkoper,"3/5/21, 6:14 PM"')
    assert lines_2018[2] == ',,,,,"1/8/18, 12:00 AM"'


@pytest.mark.parametrize(
    ("excel", "starts", "line_end", "last_line"),
    [
        ("utf8-bom", b"\xef\xbb\xbfNotes:,,,,,,\r\n", b"\r\n", ",,,,,,08 Jan 2018"),
        ("cp1252", b"Notes:,,,,,,\r\n", b"\r\n", ",,,,,,08 Jan 2018"),
        (
            "utf16-tab",
            "\ufeffNotes:\t\t\t\t\t\t\r\n".encode("utf-16-le"),
            None,
            "\t" * 6 + "08 Jan 2018",
        ),
        ("semicolon", b"Notes:;;;;;;\r\nWhen exporting", b"\r\n", ";;;;;;8-1-2018"),
        ("dots", b"Notes:;;;;;;\r\n", b"\r\n", ";;;;;;08.01.2018"),
        ("dmy-abbr", b"\xef\xbb\xbfNotes:,,,,,,\r\n", b"\r\n", ",,,,,,8-jan-18"),
        ("dutch-month", b"Notes:;;;;;;\r\n", b"\r\n", ";;;;;;8 jan 2018"),
        ("iso", b"\xef\xbb\xbfNotes:,,,,,,\r\n", b"\r\n", ",,,,,,2018-01-08"),
        ("crlf", b'Notes:\r\n"When', b"\r\n", ",,,,,,08 Jan 2018"),
    ],
)
def test_excel_variants_have_excels_bytes(contacts, excel, starts, line_end, last_line):
    data = connection_bytes(contacts, excel=excel)
    assert data.startswith(starts)
    text = data.decode("utf-16" if excel == "utf16-tab" else "cp1252")
    if line_end:
        assert data.count(line_end) == data.count(b"\n") == 6
    assert text.count("\r\n") == text.count("\n") == 6
    assert text.rstrip("\r\n").split("\r\n")[-1] == last_line


def test_zip_holds_every_file_with_linkedins_headers(tmp_path, contacts):
    invitations = pd.DataFrame(
        {
            "name": ["Kees Smit"],
            "direction": ["outgoing"],
            "sent_on": [pd.Timestamp("2023-11-12 15:04")],
            "url": ["https://www.linkedin.com/in/kees-x8"],
        }
    )
    path = write_linkedin_zip(
        tmp_path,
        contacts,
        positions=[Position("Voorbeeld Groep B.V.", "Inkoper", date(2015, 3, 1), None)],
        profile_name="Marieke van Dijk",
        registered_on=date(2010, 3, 14),
        exported_on=date(2024, 1, 2),
        invitations=invitations,
        folder_inside=True,
    )
    assert path.name == "Basic_LinkedInDataExport_01-02-2024.zip"
    with zipfile.ZipFile(path) as zf:
        prefix = "Basic_LinkedInDataExport_01-02-2024/"
        files = {n[len(prefix) :]: zf.read(n).decode() for n in zf.namelist() if n.endswith(".csv")}
        assert all(i.date_time[:3] == (2024, 1, 2) for i in zf.infolist())
    assert files["Positions.csv"].split("\n")[:2] == [
        "Company Name,Title,Description,Location,Started On,Finished On",
        "Voorbeeld Groep B.V.,Inkoper,,,Mar 2015,",
    ]
    assert files["Profile.csv"].split("\n")[1].startswith("Marieke,van Dijk,")
    assert files["Registration.csv"].split("\n")[:2] == [
        "Registered At,Registration Ip,Subscription Types",
        '"3/14/10, 12:00 AM",192.0.2.17,',
    ]
    assert files["Invitations.csv"].split("\n")[:2] == [
        "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl",
        'Marieke van Dijk,Kees Smit,"11/12/23, 3:04 PM",,OUTGOING,'
        "https://www.linkedin.com/in/marieke-van-dijk,https://www.linkedin.com/in/kees-x8",
    ]


def test_unknown_layouts_and_variants_are_refused(contacts):
    with pytest.raises(ValueError, match="layout"):
        connections_text(contacts, layout="1999")
    with pytest.raises(ValueError, match="excel"):
        connections_text(contacts, excel="lotus")
