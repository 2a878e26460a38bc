"""Mojibake repaired with ftfy on reading, counted in the report; clean text untouched."""

from __future__ import annotations

import pandas as pd

from model.readers import read_export
from model.readers.mojibake import repair_text


def test_repair_text_fixes_only_mojibake():
    values = pd.Series(
        ["MÃ¼ller", "Zoë", "Jansen", "Priuï¿½ï¿½", "", "CafÃ© de Paris"], dtype="str"
    )
    fixed, n = repair_text(values)
    assert list(fixed) == ["Müller", "Zoë", "Jansen", "Priu��", "", "Café de Paris"]
    assert n == 3


def test_reading_repairs_and_counts(tmp_path):
    path = tmp_path / "Connections.csv"
    rows = [
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
        "Anna,MÃ¼ller,,,Ã–sterreich AG,Inkoper,05 Mar 2021",
        "Zoë,Jansen,,,Acme B.V.,Buyer,06 Mar 2021",
        "Bram,Priuï¿½ï¿½ï¿½ï¿½,,,Acme B.V.,Buyer,07 Mar 2021",
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    before = path.read_bytes()
    export = read_export(path)
    assert list(export.contacts["last_name"]) == ["Müller", "Jansen", "Priu����"]
    assert export.contacts["company"].iloc[0] == "Österreich AG"
    assert export.contacts["first_name"].iloc[1] == "Zoë"
    assert export.report.repaired == 3
    assert path.read_bytes() == before  # the input file is never changed
