"""The app's own classification table ('Export all') of a generated export, before any decision:
the input the tests of its carried decisions start from."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from model.cli import main
from model.synthetic import write_sample


def undecided_table(tmp_path: Path, **sample) -> tuple[Path, Path, pd.DataFrame]:
    """The generated export (seed 15, 90 contacts, ``sample``'s other settings), the path of
    ``classify``'s table of it (``tmp_path/all.csv``), and that table with empty decision
    columns, as the app writes it before the person decides anything (write it back once
    decided)."""
    sample = {"seed": 15, "n_contacts": 90, **sample}
    zip_path, _ = write_sample(tmp_path, **sample)
    table_path = tmp_path / "all.csv"
    assert main(["classify", str(zip_path), "--out", str(table_path)]) == 0
    table = pd.read_csv(table_path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    table["decision"], table["note"] = "", ""
    table["decided_by"], table["decided_at"] = "", ""
    return zip_path, table_path, table
