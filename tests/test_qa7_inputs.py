"""Hostile and odd inputs qa7 found read wrongly, each failing before its fix."""

from __future__ import annotations

import pandas as pd

from model.readers import read_export

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


def test_connection_dates_before_linkedin_existed_are_unknown(tmp_path):
    """01 Jan 1900 is Excel's day 1 (an emptied cell), 2002 is before LinkedIn's launch: no
    connection was made then, so the date is damage, said and treated as unknown, in one
    piece and streamed alike."""
    rows = [
        f"P{i},Q,https://www.linkedin.com/in/p{i},,Acme,Dev,{day}"
        for i, day in enumerate(["01 Jan 1900", "12 Mar 2002", "12 Mar 2019"] * 20)
    ]
    path = tmp_path / "Connections.csv"
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    for export in (read_export(path), read_export(path, stream_above=7, chunk_rows=7)):
        dates = (
            export.contacts["connected_on"]
            if export.stream is None
            else pd.concat(list(export.stream), ignore_index=True)["connected_on"]
        )
        assert dates.isna().sum() == 40 and (dates.dropna() == pd.Timestamp("2019-03-12")).all()
        said = [str(w) for w in export.report.warnings]
        assert any(
            "40 connection dates in Connections.csv lie before LinkedIn existed" in w
            and "01 Jan 1900" in w
            for w in said
        ), said
