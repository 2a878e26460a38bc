"""A review saved by a newer version of the app, carried over to a newer export as far as this
version can read it.

A newer version may add tables, columns or kinds of step; its journal is never opened for
writing here. What this version's own columns hold (contacts, steps, changes, log) is copied
into a new journal of this version's format, and the newer file is left exactly as it was.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path


def is_newer(version: str | None) -> bool:
    """Whether a journal's ``schema_version`` is one a newer version of the app wrote."""
    from .journal import SCHEMA_VERSION

    return str(version).isdigit() and int(str(version)) > int(SCHEMA_VERSION)


def carry_newer(previous: Path, path: Path) -> bool:
    """Start ``path`` as a journal of this version holding what it can read of ``previous``,
    a journal a newer version saved (only read). Returns False, writing nothing, when
    ``previous`` lacks a table or column this version needs or cannot be read."""
    from .journal import _SCHEMA, SCHEMA_VERSION, _private_file

    columns = _columns(_SCHEMA)
    try:
        with contextlib.closing(
            sqlite3.connect(f"{previous.resolve().as_uri()}?mode=ro", uri=True)
        ) as old:
            held = {t: {c[1] for c in old.execute(f"PRAGMA table_info({t})")} for t in columns}
            if any(not set(need) <= held[t] for t, need in columns.items()):
                return False
            data = {
                t: old.execute(f"SELECT {', '.join(need)} FROM {t}").fetchall()
                for t, need in columns.items()
            }
    except sqlite3.Error:
        return False
    _private_file(path)
    with contextlib.closing(sqlite3.connect(path)) as new:
        new.executescript(_SCHEMA)
        for table, rows in data.items():
            names = columns[table]
            places = ", ".join("?" * len(names))
            new.executemany(f"INSERT INTO {table}({', '.join(names)}) VALUES ({places})", rows)
        new.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
        new.commit()
    return True


def _columns(schema: str) -> dict[str, list[str]]:
    """The columns of each table of ``schema``, as SQLite reads them."""
    with contextlib.closing(sqlite3.connect(":memory:")) as conn:
        conn.executescript(schema)
        tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {
            t: [c[1] for c in conn.execute(f"PRAGMA table_info({t})")]
            for t in tables
            if not t.startswith("sqlite_")
        }
