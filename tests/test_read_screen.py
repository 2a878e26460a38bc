"""The whole-file scan (model/readers/screen.py) that lets clean files skip the mojibake and
direction-control repairs: it never misses a value those repairs would change, and a file
that needs them is repaired exactly as without the scan, whatever its encoding."""

from __future__ import annotations

import random
import zipfile

import pandas as pd
import pytest

from model.messages import Message
from model.readers import csvtext, read_export
from model.readers.bidi import _DIRECTION_CONTROLS
from model.readers.mojibake import _SUSPECT
from model.readers.screen import may_need_repair

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
CLEAN = [
    "Anna,de Vries,https://www.linkedin.com/in/anna,anna@example.nl,Acme B.V.,Inkoper,05 Mar 2021",
    "Zoë,Öztürk,,,Café Ñandú,Coördinator,06 Mar 2021",
    "Bram,Jansen,,,Acme B.V.,Buyer,07 Mar 2021",
]
# the text-direction controls the readers remove, and mojibake ftfy repairs ("â€®" is the
# cp1252 reading of U+202E's UTF-8: its repair makes a direction control)
DIRTY = ["\u202eAnn", "x\u2066y", "MÃ¼ller", "Ã–sterreich AG", "â€®Ann", "CafÃ\u00a9"]
FIELDS = 6  # the text columns of HEADER (not the date)


def _rows_with(value: str, column: int) -> list[str]:
    cells = CLEAN[1].split(",")
    cells[column] = f'"{value}"' if "," in value else value
    return [HEADER, CLEAN[0], ",".join(cells), CLEAN[2]]


def _read_both(path, monkeypatch):
    """The export read with the scan, then with every file taken to need the repairs (the
    code as it was before the scan)."""
    screened = read_export(path)
    with monkeypatch.context() as m:
        m.setattr(csvtext, "may_need_repair", lambda raw: True)
        unscreened = read_export(path)
    return screened, unscreened


def _same(a, b) -> None:
    pd.testing.assert_frame_equal(a.contacts, b.contacts)
    assert a.report.warnings == b.report.warnings
    assert a.report.repaired == b.report.repaired


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "cp1252"])
@pytest.mark.parametrize("column", range(FIELDS))
@pytest.mark.parametrize("value", DIRTY)
def test_a_file_needing_repair_is_repaired_as_without_the_scan(
    tmp_path, monkeypatch, encoding, column, value
):
    rows = _rows_with(value, column)
    text = "\n".join(rows) + "\n"
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:  # not in cp1252: UTF-8 with one cp1252 line (read line by line)
        data = text.encode("utf-8") + "Jos,Müller,,,Acme,Buyer,08 Mar 2021\n".encode(encoding)
    path = tmp_path / "Connections.csv"
    path.write_bytes(data)
    screened, unscreened = _read_both(path, monkeypatch)
    assert encoding in screened.report.encoding  # "utf-16-le", "utf-8 and cp1252"
    assert not screened.screened_clean
    _same(screened, unscreened)
    for column_name in ("first_name", "last_name", "company", "position", "url", "email"):
        for text_value in screened.contacts[column_name]:
            assert _DIRECTION_CONTROLS.search(text_value) is None


def test_mojibake_that_hides_a_direction_control_loses_both(tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text("\n".join(_rows_with("â€®Ann", 0)) + "\n", encoding="utf-8")
    export = read_export(path)
    assert export.contacts["first_name"].iloc[1] == "Ann"
    assert export.report.repaired == 1
    controls = Message("note.direction_controls", file="Connections.csv", n=1)
    assert controls in export.report.warnings


def test_a_clean_file_skips_the_repairs_and_reads_the_same(tmp_path, monkeypatch):
    path = tmp_path / "Connections.csv"
    path.write_text("\n".join([HEADER, *CLEAN]) + "\n", encoding="utf-8")
    screened, unscreened = _read_both(path, monkeypatch)
    assert screened.screened_clean
    _same(screened, unscreened)


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16"])
def test_a_file_in_another_encoding_is_scanned_after_decoding(tmp_path, encoding):
    """Mojibake in a cp1252 or UTF-16 file has other bytes than in UTF-8: still found."""
    path = tmp_path / "Connections.csv"
    path.write_bytes(("\n".join(_rows_with("MÃ¼ller", 1)) + "\n").encode(encoding))
    export = read_export(path)
    assert not export.screened_clean
    assert export.contacts["last_name"].iloc[1] == "Müller"


def test_the_scan_flags_every_value_a_repair_would_look_at():
    """Random text from the characters that matter: whenever a value (quotes taken out, as
    CSV parsing and the stray-quote repair do) holds a mojibake signature or a direction
    control, the scan of its bytes says so."""
    pool = list(
        'ab ,"é\u00c2\u00c3\u00e2\u00f4\u00f5\u00c1\u0080\u00a9\u00bf\u00c0€™Ÿ\u0153\u202e\u2069\u202f\u200e\n'
    )
    rng = random.Random(14)
    flagged = 0
    for _ in range(20_000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(1, 8)))
        value = text.replace('"', "")
        needs = _SUSPECT.search(value) is not None or _DIRECTION_CONTROLS.search(value) is not None
        if needs:
            flagged += 1
            assert may_need_repair(text.encode("utf-8")), repr(text)
    assert flagged > 1000  # the pool makes the cases that matter common
    assert not may_need_repair("Zoë Öztürk, Café ✨ 🚀 Ñandú ·\u200e".encode())


POSITIONS_HEADER = "Company Name,Title,Description,Location,Started On,Finished On"


def _zip(path, connections: list[str], positions: list[str]):
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("Connections.csv", "\n".join(connections) + "\n")
        zf.writestr("Positions.csv", "\n".join([POSITIONS_HEADER, *positions]) + "\n")
    return path


@pytest.mark.parametrize("value", DIRTY)
def test_a_zip_needing_repair_is_repaired_as_without_the_scan(tmp_path, monkeypatch, value):
    clean_job = "Acme B.V.,Buyer,,,Jan 2019,"
    path = _zip(tmp_path / "export.zip", _rows_with(value, 4), [clean_job])
    screened, unscreened = _read_both(path, monkeypatch)
    assert not screened.screened_clean
    _same(screened, unscreened)
    assert screened.positions == unscreened.positions


def test_a_clean_zip_still_repairs_its_positions(tmp_path, monkeypatch):
    """The scan spares only the contacts: mojibake or a direction control in the owner's
    Positions.csv is repaired as before."""
    jobs = ["MÃ¼ller GmbH,Inkoper,,,Jan 2019,", "Acme B.V.,\u202eBuyer,,,Jan 2017,Dec 2018"]
    path = _zip(tmp_path / "export.zip", [HEADER, *CLEAN], jobs)
    screened, unscreened = _read_both(path, monkeypatch)
    assert screened.screened_clean
    _same(screened, unscreened)
    assert [(p.company, p.title) for p in screened.positions] == [
        ("Müller GmbH", "Inkoper"),
        ("Acme B.V.", "Buyer"),
    ]
    assert screened.positions == unscreened.positions
    assert screened.report.repaired == 1
