"""The LinkedIn importer: every era and Excel variant, zips, folders, bad files, row details."""

from __future__ import annotations

import io
import os
import zipfile
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from model.career import Position
from model.errors import Cancelled, InputError
from model.readers import dispatch as dispatch_module
from model.readers import read_export
from model.schema import CONTACT_COLUMNS, CONTACT_DTYPES, conform_contacts
from model.synthetic.layouts import (
    EXCEL_VARIANTS,
    LAYOUTS,
    connection_bytes,
    linkedin_members,
    write_connections,
    write_linkedin_zip,
)

TEXT = ["first_name", "last_name", "email", "company", "position"]


def made_up_contacts() -> pd.DataFrame:
    """Six invented people; dates include days above 12, so every file settles its order."""
    return conform_contacts(
        pd.DataFrame(
            {
                "first_name": ["Anouk", "Émile", "Joris", "", "Saskia", "Bram"],
                "last_name": ["van der Berg", "Zoë-Dekker", "Ölmez", "", "de Wit", "Jansen"],
                "url": [
                    "https://www.linkedin.com/in/anouk-vdberg-x1",
                    "https://www.linkedin.com/in/emile-zd-x2",
                    "https://www.linkedin.com/in/joris-o-x3",
                    "",
                    "https://www.linkedin.com/in/saskia-dw-x5",
                    "https://www.linkedin.com/in/bram-j-x6",
                ],
                "email": ["", "emile@example.org", "", "", "", ""],
                "company": ["Voorbeeld Groep B.V.", "Fictief, Inc.", "", "", "Testbank N.V.", "X"],
                "position": ["Inkoper", "Recruiter", "", "", 'Teamleider "Zuid"', ""],
                "connected_on": pd.to_datetime(
                    [
                        "2021-09-16 14:03",
                        "2018-01-08 18:14",
                        "2019-03-05 09:00",
                        "2020-12-24 23:59",
                        "2015-07-31 00:00",
                        "2023-02-01 12:30",
                    ]
                ),
            }
        )
    )


POSITIONS = [
    Position("Voorbeeld Groep B.V.", "Inkoper", date(2019, 3, 1), None, "Buying", "Utrecht"),
    Position("Testbank N.V.", "Analist", date(2015, 1, 1), date(2019, 4, 30)),  # overlaps
    Position("Oud Bedrijf", "Stagiair", date(2012, 9, 1), date(2013, 2, 28)),
]
INVITATIONS = pd.DataFrame(
    {
        "name": ["Lotte Bakker", "Kees Smit"],
        "direction": ["incoming", "outgoing"],
        "sent_on": pd.to_datetime(["2023-11-12 15:04", "2023-11-02 08:15"]),
        "url": ["https://www.linkedin.com/in/lotte-x7", "https://www.linkedin.com/in/kees-x8"],
    }
)


def assert_same_contacts(got: pd.DataFrame, want: pd.DataFrame, *, url: bool, time: bool):
    assert list(got.columns) == CONTACT_COLUMNS
    assert {c: str(t) for c, t in got.dtypes.items()} == CONTACT_DTYPES
    for col in TEXT + (["url"] if url else []):
        assert got[col].tolist() == want[col].tolist(), col
    if not url:
        assert (got["url"] == "").all()
    expected = want["connected_on"] if time else want["connected_on"].dt.normalize()
    assert got["connected_on"].tolist() == expected.tolist()
    assert not got["duplicate"].any()


@pytest.mark.parametrize("excel", [None, *EXCEL_VARIANTS])
@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_era_and_excel_variant_round_trips(tmp_path, layout, excel):
    contacts = made_up_contacts()
    path = tmp_path / "Connections.csv"
    write_connections(contacts, path, layout=layout, excel=excel)
    export = read_export(path)
    assert export.format == "linkedin-csv"
    keeps_time = layout == "2018" and excel in (None, "utf8-bom", "cp1252", "utf16-tab", "crlf")
    assert_same_contacts(export.contacts, contacts, url=layout == "current", time=keeps_time)
    report = export.report
    assert report.rows_read == report.imported == 6
    assert report.skipped == [] and report.duplicates == 0 and report.hidden_profiles == 1
    assert report.delimiter == {"utf16-tab": "\t", "semicolon": ";", "dots": ";"}.get(
        excel, ";" if excel == "dutch-month" else ","
    )
    assert report.encoding == {
        "utf8-bom": "utf-8-sig",
        "dmy-abbr": "utf-8-sig",
        "iso": "utf-8-sig",
        "cp1252": "cp1252",
        "semicolon": "cp1252",
        "dots": "cp1252",
        "dutch-month": "cp1252",
        "utf16-tab": "utf-16-le",
    }.get(excel, "utf-8")
    assert not any("could not be read" in w or "could be day" in w for w in report.warnings)
    # rows point at the records' lines: the preamble takes 4 lines in the current and 2019 eras
    first = 5 if layout != "2018" else 2
    assert export.contacts["row"].tolist() == list(range(first, first + 6))


@pytest.mark.parametrize(
    ("folder_inside", "complete", "prefix"),
    [(False, False, "Basic"), (True, False, "Basic"), (False, True, "Complete")],
)
def test_export_zip_gives_contacts_and_career(tmp_path, folder_inside, complete, prefix):
    contacts = made_up_contacts()
    path = write_linkedin_zip(
        tmp_path,
        contacts,
        positions=POSITIONS,
        profile_name="Marieke van Dijk",
        registered_on=date(2010, 3, 14),
        exported_on=date(2024, 2, 29),
        invitations=INVITATIONS,
        folder_inside=folder_inside,
        complete=complete,
    )
    assert path.name == f"{prefix}_LinkedInDataExport_02-29-2024.zip"
    export = read_export(path)
    assert export.format == "linkedin-zip"
    assert_same_contacts(export.contacts, contacts, url=True, time=False)
    assert export.positions == POSITIONS
    assert export.profile_name == "Marieke van Dijk"
    assert export.registered_on == date(2010, 3, 14)
    assert export.exported_on == date(2024, 2, 29)
    assert export.report.exported_on_source == "file name"
    career = export.career
    assert career.owner_name == "Marieke van Dijk" and len(career.positions) == 3
    inv = export.invitations
    assert inv["name"].tolist() == ["Lotte Bakker", "Kees Smit"]
    assert inv["direction"].tolist() == ["incoming", "outgoing"]
    assert inv["sent_on"].tolist() == INVITATIONS["sent_on"].tolist()
    assert inv["url"].tolist() == INVITATIONS["url"].tolist()
    assert len(export.report.files) == 5
    # LinkedIn's own US dates in Registration/Invitations are not an ambiguity worth a warning
    assert not any("could be day" in w for w in export.report.warnings)


def _zip(path: Path, members: dict[str, bytes], date_time=(2023, 5, 17, 10, 0, 0)) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(zipfile.ZipInfo(name, date_time=date_time), data)
    return path


def test_zip_member_names_match_case_insensitively_and_date_falls_back(tmp_path):
    members = linkedin_members(made_up_contacts(), positions=POSITIONS, profile_name="A B")
    renamed = {name.upper().replace(".CSV", ".csv"): data for name, data in members.items()}
    renamed["__MACOSX/._CONNECTIONS.csv"] = b"\x00\x05\x16\x07 resource fork"
    path = _zip(tmp_path / "my linkedin.zip", renamed)
    export = read_export(path)
    assert len(export.contacts) == 6 and export.positions == POSITIONS
    assert export.exported_on == date(2023, 5, 17)
    assert export.report.exported_on_source == "zip entry dates"


def test_folder_input_reads_the_unzipped_files(tmp_path):
    folder = tmp_path / "Basic_LinkedInDataExport_11-12-2023"
    (folder / "inner").mkdir(parents=True)
    members = linkedin_members(made_up_contacts(), positions=POSITIONS, profile_name="A B")
    for name, data in members.items():
        (folder / "inner" / name.lower()).write_bytes(data)
    export = read_export(folder)
    assert export.format == "linkedin-folder"
    assert len(export.contacts) == 6 and export.positions == POSITIONS
    assert export.exported_on == date(2023, 11, 12)


def test_loose_csv_with_any_name(tmp_path):
    path = tmp_path / "connections (1).csv"
    path.write_bytes(connection_bytes(made_up_contacts(), excel="semicolon"))
    export = read_export(path)
    assert export.format == "linkedin-csv" and len(export.contacts) == 6
    assert export.positions == [] and export.exported_on is None


def test_ambiguous_dates_are_reported(tmp_path):
    contacts = made_up_contacts().iloc[[1, 2]]  # 8 Jan and 5 Mar: every day is 12 or less
    us_path, nl_path = tmp_path / "us.csv", tmp_path / "nl.csv"
    write_connections(contacts, us_path, layout="2018")
    write_connections(contacts, nl_path, excel="semicolon")
    us, nl = read_export(us_path), read_export(nl_path)
    assert us.report.date_order == "MDY" and nl.report.date_order == "DMY"
    for export in (us, nl):
        assert any("could be day/month or month/day" in w for w in export.report.warnings)
        assert export.contacts["connected_on"].dt.date.tolist() == [
            date(2018, 1, 8),
            date(2019, 3, 5),
        ]


def test_duplicates_and_hidden_profiles_are_kept_and_counted(tmp_path):
    contacts = made_up_contacts()
    doubled = pd.concat([contacts, contacts.iloc[[0, 0, 3]]], ignore_index=True)
    path = tmp_path / "Connections.csv"
    write_connections(doubled, path)
    export = read_export(path)
    assert len(export.contacts) == 9
    assert export.contacts["duplicate"].tolist() == [False] * 6 + [True, True, False]
    assert export.report.duplicates == 2
    assert export.report.hidden_profiles == 2  # two nameless rows: two people, no duplicate
    assert any("2 duplicate rows" in w for w in export.report.warnings)
    assert any("2 contacts" in w and "no name" in w for w in export.report.warnings)


def test_malformed_rows_are_skipped_with_line_and_reason(tmp_path):
    text = (
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Anouk,Berg,,,Acme,CEO,05 Mar 2021\n"
        "Broken,Row,,,Acme,CEO,05 Mar 2021,surplus,more\n"
        "Padded,Row,,,Acme,CEO,06 Mar 2021,,\n"
        "\n"
        ",,,,,,\n"
        'Multi,Line,,,"Acme\nEast",CEO,07 Mar 2021\n'
        "Last,One,,,Acme,CEO,not a date\n"
    )
    path = tmp_path / "Connections.csv"
    path.write_text(text, encoding="utf-8")
    export = read_export(path)
    got = export.contacts
    assert got["first_name"].tolist() == ["Anouk", "Padded", "Multi", "Last"]
    assert got["row"].tolist() == [2, 4, 7, 9]
    assert got["company"].tolist()[2] == "Acme\nEast"
    assert pd.isna(got["connected_on"].iloc[3])
    skipped = {(s.row, s.reason) for s in export.report.skipped}
    assert (3, "9 fields where the header has 7") in skipped
    assert (6, "empty row") in skipped
    assert export.report.rows_read == 6 and export.report.imported == 4
    assert any("1 date" in w and "not a date" in w for w in export.report.warnings)


def test_positions_years_current_jobs_and_missing_companies(tmp_path):
    members = linkedin_members(made_up_contacts())
    members["Positions.csv"] = (
        b"Company Name,Title,Description,Location,Started On,Finished On\n"
        b"Nu B.V.,Adviseur,,,Mar 2020,\n"
        b"Jaar B.V.,Junior,,,2015,2016\n"
        b",Vrijwilliger,,,Jan 2014,Dec 2014\n"
        b"Nederlands B.V.,Stagiair,,,mrt 2013,feb 2014\n"
        b"Raar B.V.,X,,,someday,\n"
    )
    export = read_export(_zip(tmp_path / "Basic_LinkedInDataExport_01-02-2024.zip", members))
    assert export.positions == [
        Position("Nu B.V.", "Adviseur", date(2020, 3, 1), None),
        Position("Jaar B.V.", "Junior", date(2015, 1, 1), date(2016, 12, 31)),
        Position("Nederlands B.V.", "Stagiair", date(2013, 3, 1), date(2014, 2, 28)),
        Position("Raar B.V.", "X", None, None),
    ]
    warnings = " ".join(export.report.warnings)
    assert "Positions.csv line 4: a position without a company" in warnings
    assert "Positions.csv line 6: unreadable start date of Raar B.V. (someday)" in warnings


def _bad_inputs(tmp: Path) -> dict[str, Path]:
    files = {
        "binary": ("photo.csv", bytes(range(256)) * 20),
        "empty": ("Connections.csv", b""),
        "html": ("Connections.csv", b"<!DOCTYPE html><html><body>Sign in</body></html>"),
        "no header": ("contacts.csv", b"name;phone\nAnouk;0612345678\n"),
        "header only": (
            "Connections.csv",
            b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n",
        ),
        "fake zip": ("Basic_LinkedInDataExport_01-02-2024.zip", b"this is not a zip"),
        "spreadsheet": ("Connections.ods", b"not really"),
        "empty vcard": ("contacts.vcf", b"BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n"),
        "google without people": (
            "contacts.csv",
            b"First Name,Middle Name,Last Name,Organization Name,Phone 1 - Value\n,,,,+31600000000\n",
        ),
        "broken workbook": ("Connections.xlsx", b"not really"),
    }
    paths = {}
    for kind, (name, data) in files.items():
        folder = tmp / kind.replace(" ", "_")
        folder.mkdir()
        paths[kind] = folder / name
        paths[kind].write_bytes(data)
    no_connections = tmp / "no_connections.zip"
    _zip(no_connections, {"Positions.csv": b"Company Name,Title\nA,B\n"})
    paths["zip without connections"] = no_connections
    bad_member = tmp / "bad_member.zip"
    _zip(bad_member, {"Connections.csv": b"Nothing,to,see\n1,2,3\n"})
    paths["zip with a bad connections file"] = bad_member
    traversal = tmp / "traversal.zip"
    _zip(traversal, {"../../etc/x/Connections.csv": connection_bytes(made_up_contacts())})
    paths["only a traversal path"] = traversal
    paths["missing"] = tmp / "does-not-exist.csv"
    return paths


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("binary", "not a text file"),
        ("empty", "empty"),
        ("html", "web page"),
        ("no header", "expected a header with First Name, Last Name"),
        ("header only", "contains no contacts"),
        ("fake zip", "not a zip file"),
        ("spreadsheet", "save it as CSV"),
        ("empty vcard", "contains no contacts"),
        ("google without people", "contains no contacts"),
        ("broken workbook", "is not an Excel workbook"),
        ("zip without connections", "no Connections.csv found"),
        ("zip with a bad connections file", "Connections.csv: no LinkedIn connections found"),
        ("only a traversal path", "no Connections.csv found"),
        ("missing", "does not exist"),
    ],
)
def test_bad_files_give_one_line_errors_naming_the_file(tmp_path, kind, expected):
    path = _bad_inputs(tmp_path)[kind]
    before = (path.read_bytes(), path.stat().st_mtime_ns) if path.exists() else None
    with pytest.raises(InputError) as err:
        read_export(path)
    message = str(err.value)
    assert path.name in message and expected in message
    assert "\n" not in message
    if before is not None:
        assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert not (tmp_path / "etc").exists()


def test_zip_members_over_the_size_cap_are_refused(tmp_path, monkeypatch):
    path = write_linkedin_zip(tmp_path, made_up_contacts(), exported_on=date(2024, 1, 2))
    monkeypatch.setattr(dispatch_module, "MAX_MEMBER_BYTES", 200)
    with pytest.raises(InputError, match=r"Connections\.csv unpacks to"):
        read_export(path)


def test_inputs_are_never_modified(tmp_path):
    zip_path = write_linkedin_zip(tmp_path, made_up_contacts(), positions=POSITIONS)
    csv_path = tmp_path / "Connections.csv"
    write_connections(made_up_contacts(), csv_path, excel="utf16-tab")
    for path in (zip_path, csv_path):
        os.utime(path, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
        before = (path.read_bytes(), path.stat().st_mtime_ns)
        read_export(path)
        assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([zip_path.name, csv_path.name])


def test_header_is_found_by_scanning_not_by_fixed_skip(tmp_path):
    body = connection_bytes(made_up_contacts(), layout="2019").decode()
    text = "Exported by me\n\nsome note; with; semicolons\n" + body.replace(
        "First Name,Last Name", "first  name , LAST NAME"
    )
    path = tmp_path / "Connections.csv"
    path.write_text(text, encoding="utf-8")
    export = read_export(path)
    assert export.contacts["first_name"].tolist() == made_up_contacts()["first_name"].tolist()


def test_progress_is_reported_and_cancel_stops(tmp_path):
    path = write_linkedin_zip(tmp_path, made_up_contacts(), positions=POSITIONS)
    seen = []
    read_export(path, progress=lambda f, msg="": seen.append(f))
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(Cancelled):
        read_export(path, cancel=lambda: True)


def test_utf16_big_endian_and_bomless_cp1252_are_decoded(tmp_path):
    text = connection_bytes(made_up_contacts(), excel="crlf").decode("utf-8")
    big_endian = tmp_path / "be.csv"
    big_endian.write_bytes(b"\xfe\xff" + text.encode("utf-16-be"))
    assert read_export(big_endian).contacts["last_name"].iloc[1] == "Zoë-Dekker"
    assert read_export(big_endian).report.encoding == "utf-16-be"
    buffer = io.BytesIO(text.encode("cp1252"))
    ansi = tmp_path / "ansi.csv"
    ansi.write_bytes(buffer.getvalue())
    assert read_export(ansi).contacts["first_name"].iloc[1] == "Émile"


# --- address books -------------------------------------------------------------------------

GOOGLE_NEW = (
    "First Name,Middle Name,Last Name,Phonetic First Name,Nickname,File As,Organization Name,"
    "Organization Title,Organization Department,Birthday,Notes,Labels,E-mail 1 - Label,"
    "E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value\n"
    "Anouk,,van der Berg,,,,Voorbeeld Groep B.V.,Inkoper,,,,* myContacts,* Work,"
    "anouk@voorbeeld.example,,\n"
    ",,,,,,,,,,,* myContacts,,,Mobile,+31 6 00000000\n"
    "Émile,,Zoë-Dekker,,,,,,,,,* myContacts,* Home,emile@example.org,,\n"
)
GOOGLE_OLD = (
    "Name,Given Name,Additional Name,Family Name,Yomi Name,Nickname,Group Membership,"
    "E-mail 1 - Type,E-mail 1 - Value,Organization 1 - Type,Organization 1 - Name,"
    "Organization 1 - Title\n"
    "Joris Ölmez,,,,,,* My Contacts,* Other,joris@example.net,,Testbank N.V.,Analist\n"
)
OUTLOOK_NL = (
    "Voornaam;Middelste naam;Achternaam;Titel;Achtervoegsel;Bedrijf;Afdeling;Functie;"
    "E-mailadres;Telefoon op werk\r\n"
    "Saskia;;de Wit;;;Testbank N.V.;;Teamleider;saskia@testbank.example;\r\n"
)
OUTLOOK_EN = (
    "Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,"
    "E-mail Address,E-mail Type,E-mail Display Name\n"
    ",Bram,,Jansen,,X,,Developer,bram@x.example,SMTP,Bram Jansen (bram@x.example)\n"
    ",Bram,,Jansen,,X,,Developer,bram@x.example,SMTP,Bram Jansen (bram@x.example)\n"
)
VCARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:van der Berg;Anouk;;;\r\nFN:Anouk van der Berg\r\n"
    "ORG:Voorbeeld Groep B.V.;Inkoop\r\nTITLE:Senior inkoper\\, regio Zuid\r\n"
    "item1.EMAIL;TYPE=INTERNET:anouk@voorbeeld.example\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Zo=C3=AB-Dekker;=C3=89mile;;;\r\n"
    "ORG:Fictief\r\n  Inc.\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Kees Smit\r\nEND:VCARD\r\n"
)


@pytest.mark.parametrize(
    ("name", "text", "encoding", "fmt", "expected"),
    [
        (
            "contacts.csv",
            GOOGLE_NEW,
            "utf-8",
            "google-csv",
            [
                (
                    "Anouk",
                    "van der Berg",
                    "anouk@voorbeeld.example",
                    "Voorbeeld Groep B.V.",
                    "Inkoper",
                ),
                ("Émile", "Zoë-Dekker", "emile@example.org", "", ""),
            ],
        ),
        (
            "google.csv",
            GOOGLE_OLD,
            "utf-8",
            "google-csv",
            [("Joris", "Ölmez", "joris@example.net", "Testbank N.V.", "Analist")],
        ),
        (
            "outlook.csv",
            OUTLOOK_NL,
            "cp1252",
            "outlook-csv",
            [("Saskia", "de Wit", "saskia@testbank.example", "Testbank N.V.", "Teamleider")],
        ),
        (
            "outlook.csv",
            OUTLOOK_EN,
            "utf-8",
            "outlook-csv",
            [("Bram", "Jansen", "bram@x.example", "X", "Developer")] * 2,
        ),
        (
            "contacts.vcf",
            VCARDS,
            "utf-8",
            "vcard",
            [
                (
                    "Anouk",
                    "van der Berg",
                    "anouk@voorbeeld.example",
                    "Voorbeeld Groep B.V.",
                    "Senior inkoper, regio Zuid",
                ),
                ("Émile", "Zoë-Dekker", "", "Fictief Inc.", ""),
                ("Kees", "Smit", "", "", ""),
            ],
        ),
    ],
)
def test_address_books_read_into_the_same_schema(tmp_path, name, text, encoding, fmt, expected):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    export = read_export(path)
    assert export.format == fmt
    got = export.contacts
    assert list(got.columns) == CONTACT_COLUMNS
    assert list(zip(*(got[c] for c in TEXT), strict=True)) == expected
    assert got["connected_on"].isna().all() and (got["url"] == "").all()
    assert export.report.imported == len(expected)
    assert any("no connection dates" in w for w in export.report.warnings)


def test_address_book_details_rows_duplicates_and_skips(tmp_path):
    google, outlook, cards = (tmp_path / n for n in ("g.csv", "o.csv", "c.vcf"))
    google.write_text(GOOGLE_NEW, encoding="utf-8")
    outlook.write_text(OUTLOOK_EN, encoding="utf-8")
    cards.write_text(VCARDS, encoding="utf-8")
    g = read_export(google)
    assert g.contacts["row"].tolist() == [2, 4]
    assert [(s.row, s.reason) for s in g.report.skipped] == [(3, "no name, e-mail or company")]
    o = read_export(outlook)
    assert o.contacts["duplicate"].tolist() == [False, True] and o.report.duplicates == 1
    c = read_export(cards)
    assert c.contacts["row"].tolist() == [1, 9, 15]  # the BEGIN:VCARD lines


# --- any text survives every writer ----------------------------------------------------------

# cp1252's bytes 0x80-0xBF are left out: after a lead byte such as "é" they can form valid
# UTF-8 by chance ("Â¡" is "á"), the one ambiguity no decoder can settle.
_CHARS = st.characters(
    codec="cp1252",
    categories=("L", "N", "P", "S", "Zs"),
    exclude_characters="\x7f" + bytes(range(0x80, 0xC0)).decode("cp1252", errors="ignore"),
)
_cell = st.text(_CHARS, max_size=12).map(str.strip)
_person = st.tuples(
    _cell,
    _cell,
    _cell,
    _cell,
    st.dates(min_value=date(2003, 5, 1), max_value=date.today()),  # others are damage
)


@pytest.mark.parametrize("excel", [None, "cp1252", "utf16-tab", "semicolon", "dutch-month"])
@settings(max_examples=25, deadline=None)
@given(people=st.lists(_person, min_size=1, max_size=8))
def test_any_text_round_trips_through_every_writer(tmp_path_factory, excel, people):
    first, last, company, position, when = zip(*people, strict=True)
    contacts = conform_contacts(
        pd.DataFrame(
            {
                "first_name": first,
                "last_name": last,
                "company": company,
                "position": position,
                "connected_on": pd.to_datetime(list(when)),
            }
        )
    )
    path = tmp_path_factory.mktemp("any") / "Connections.csv"
    write_connections(contacts, path, excel=excel)
    got = read_export(path).contacts
    for col in ("first_name", "last_name", "company", "position", "connected_on"):
        assert got[col].tolist() == contacts[col].tolist(), col


@pytest.mark.parametrize(
    "header",
    [
        "Voornaam;Achternaam;URL;E-mailadres;Bedrijf;Functie;Verbonden op",
        "first name;last name;url;email;company;job title;connected on",
    ],
)
def test_relabelled_linkedin_headers_stay_linkedin(tmp_path, header):
    body = connection_bytes(made_up_contacts(), excel="semicolon").decode("cp1252")
    lines = body.split("\r\n")
    lines[3] = header
    path = tmp_path / "Connections.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    export = read_export(path)
    assert export.format == "linkedin-csv"
    assert export.contacts["company"].tolist() == made_up_contacts()["company"].tolist()
    assert export.contacts["connected_on"].notna().all()


def test_a_file_of_only_malformed_rows_says_so(tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text(
        "First Name,Last Name,Company,Position,Connected On\na,b,c,d,e,f,g\nh,i,j,k,l,m,n\n"
    )
    with pytest.raises(InputError, match=r"no readable contacts: 2 malformed rows \(line 2: 7 f"):
        read_export(path)


def test_connections_saved_as_an_excel_workbook(tmp_path):
    import csv

    import openpyxl

    contacts = made_up_contacts()
    text = connection_bytes(contacts).decode("utf-8")
    book = openpyxl.Workbook()
    for row in csv.reader(io.StringIO(text)):
        if row and row[-1][:2].isdigit():  # Excel turns "16 Sep 2021" into a real date
            row[-1] = pd.Timestamp(row[-1]).to_pydatetime()
        book.active.append(row)
    path = tmp_path / "Connections.xlsx"
    book.save(path)
    export = read_export(path)
    assert export.format == "linkedin-xlsx" and export.report.encoding == "xlsx"
    assert_same_contacts(export.contacts, contacts, url=True, time=False)


def test_damaged_zips_are_input_errors(tmp_path):
    good = write_linkedin_zip(tmp_path, made_up_contacts(), exported_on=date(2024, 1, 2))
    data = bytearray(good.read_bytes())
    central = data.index(b"PK\x01\x02")
    data[central + 6 : central + 8] = (141).to_bytes(2, "little")  # "needs zip version 14.1"
    newer = tmp_path / "newer.zip"
    newer.write_bytes(bytes(data))
    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes(good.read_bytes()[:200])
    for path in (newer, truncated):
        with pytest.raises(InputError, match=path.name):
            read_export(path)


def test_loose_files_over_the_size_cap_are_refused(tmp_path, monkeypatch):
    path = tmp_path / "Connections.csv"
    write_connections(made_up_contacts(), path)
    monkeypatch.setattr(dispatch_module, "MAX_MEMBER_BYTES", 200)
    with pytest.raises(InputError, match=r"Connections\.csv: is larger than"):
        read_export(path)


def test_an_unclosed_quote_is_reported_not_silently_swallowed(tmp_path):
    rows = [f"Name{i},Last,,,Acme,CEO,0{1 + i % 9} Mar 2021" for i in range(30)]
    rows[3] = '"Stray,Last,,,Acme,CEO,05 Mar 2021'
    path = tmp_path / "Connections.csv"
    path.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        + "\n".join(rows)
        + "\n"
    )
    export = read_export(path)
    # the stray quote costs nothing: its row is read without it, reading goes on after it
    expected = [f"Name{i}" if i != 3 else "Stray" for i in range(30)]
    assert export.contacts["first_name"].tolist() == expected
    assert export.report.skipped == []
    assert any("line 5: a quote that never closes" in w for w in export.report.warnings)


def test_positions_written_with_bare_years_read_back_as_whole_years(tmp_path):
    positions = [
        Position("Jaar B.V.", "Junior", date(2015, 1, 1), date(2016, 12, 31)),
        Position("Nu B.V.", "Adviseur", date(2017, 1, 1), None),
    ]
    path = write_linkedin_zip(tmp_path, made_up_contacts(), positions=positions, year_only=[0, 1])
    with zipfile.ZipFile(path) as zf:
        assert zf.read("Positions.csv").decode().split("\n")[1:3] == [
            "Jaar B.V.,Junior,,,2015,2016",
            "Nu B.V.,Adviseur,,,2017,",
        ]
    assert read_export(path).positions == positions


def test_conform_contacts_gives_the_schema_without_touching_its_input():
    """Every column in the schema's dtype and order, missing text as "", other values as
    text, a fresh 0-based index; writing to the result leaves the input as it was."""
    import numpy as np
    import pandas as pd

    from model.schema import CONTACT_COLUMNS, CONTACT_DTYPES, conform_contacts

    given = pd.DataFrame(
        {
            "last_name": pd.Series(["Jansen", None, "de Vries"], dtype="str", index=[10, 11, 12]),
            "first_name": ["Anna", np.nan, 42],
            "connected_on": ["2020-03-01", None, "not a date"],
            "row": np.array([7, 8, 9]),
        },
        index=[10, 11, 12],
    )
    out = conform_contacts(given)
    assert list(out.columns) == CONTACT_COLUMNS
    assert [str(out[c].dtype) for c in CONTACT_COLUMNS] == [
        "str" if t == "str" else t for t in CONTACT_DTYPES.values()
    ]
    assert list(out.index) == [0, 1, 2]
    assert out["last_name"].tolist() == ["Jansen", "", "de Vries"]
    assert out["first_name"].tolist() == ["Anna", "", "42"]
    assert out["company"].tolist() == ["", "", ""]
    assert out["connected_on"].isna().tolist() == [False, True, True]
    assert out["row"].tolist() == [7, 8, 9] and not out["duplicate"].any()
    out.loc[0, "last_name"] = "changed"
    out.loc[0, "row"] = 99
    assert given["last_name"].iloc[0] == "Jansen" and given["row"].iloc[0] == 7


def test_sheets_with_formatted_but_empty_cells_are_passed_over(tmp_path):
    """A sheet whose cells are formatted but hold nothing (one column of them is written as
    '""' lines) is as empty as a new one: the contacts are read from the next sheet, and a
    workbook of nothing else is "empty", as a new workbook is."""
    import openpyxl
    from openpyxl.styles import Font

    book = openpyxl.Workbook()
    for row in range(1, 4):
        book.active.cell(row, 1).font = Font(bold=True)  # formatted, no value
    sheet = book.create_sheet("Contacts")
    sheet.append(["First Name", "Last Name", "URL", "Email Address", "Company", "Position"])
    sheet.append(["Anna", "Smit", "", "", "Acme B.V.", "Inkoper"])
    path = tmp_path / "contacts.xlsx"
    book.save(path)
    assert read_export(path).contacts["last_name"].tolist() == ["Smit"]

    book.remove(sheet)
    book.create_sheet("Two").cell(2, 3).font = Font(bold=True)
    blank, new = tmp_path / "blank.xlsx", tmp_path / "new.xlsx"
    book.save(blank)
    openpyxl.Workbook().save(new)
    problems = []
    for file in (blank, new):
        with pytest.raises(InputError) as raised:
            read_export(file)
        problems.append(raised.value.problem)
    assert problems[0] == problems[1]
