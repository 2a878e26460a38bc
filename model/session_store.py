"""The stored review sessions in the data folder: list them, and forget one.

Each session's journal keeps a copy of the person's decisions (and keys of the contacts they
are about) until the person forgets it; this module is how they see and remove them.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from . import journal_lock
from .errors import os_reason
from .journal import DECIDED_ROWS, JournalError, _sidecars
from .messages import Message
from .paths import data_dir


@dataclass(frozen=True)
class StoredSession:
    """One stored review, as a list of sessions shows it."""

    path: Path  # the journal
    person: str  # the export's profile name, "" if unknown
    source_name: str  # the export's file name
    source_path: str
    exported_on: str  # ISO date of the export, "" if unknown
    decided: int
    total: int
    changed: datetime  # when the journal was last written (UTC)


def sessions_folder() -> Path:
    """Where the review journals live."""
    return data_dir() / "sessions"


def list_sessions(folder: Path | None = None) -> list[StoredSession]:
    """Every readable stored session in ``folder`` (default: the data folder's), the most
    recently changed first. Unreadable or damaged files are left out, never changed."""
    folder = Path(folder) if folder is not None else sessions_folder()
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.sqlite"):
        try:
            found.append(_describe(path))
        except (sqlite3.Error, OSError, ValueError):
            continue
    return sorted(found, key=lambda s: s.changed, reverse=True)


def _describe(path: Path) -> StoredSession:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        decided = conn.execute(DECIDED_ROWS).fetchone()[0]
    finally:
        conn.close()
    changed = max(p.stat().st_mtime for p in _written(path))
    return StoredSession(
        path=path,
        person=meta.get("owner", ""),
        source_name=meta.get("source_name", path.name),
        source_path=meta.get("source_path", ""),
        exported_on=meta.get("exported_on", ""),
        decided=int(decided),
        total=int(meta.get("n_rows", 0) or 0),
        changed=datetime.fromtimestamp(changed, UTC),
    )


def _written(path: Path) -> list[Path]:
    """The journal's files that hold what was written: SQLite's index (-shm) and an empty
    log (-wal) are made by merely reading it, and say nothing of when it last changed."""
    parts = [p for p in _sidecars(path) if p.exists() and not p.name.endswith("-shm")]
    return [p for p in parts if p == path or p.stat().st_size or not p.name.endswith("-wal")]


def forget_session(path: Path) -> None:
    """Delete a stored session (its journal and the journal's side files).

    Raises JournalError naming the file if it cannot be removed, SessionInUse if another
    app has the review open (its decisions would vanish under it)."""
    path = Path(path)
    try:
        journal_lock.acquire(path, path)
    except OSError:  # a folder where no lock can be made: nothing else can hold one either
        locked = False
    else:
        locked = True
    try:
        for part in _sidecars(path):
            part.unlink(missing_ok=True)
    except OSError as err:
        raise JournalError(path, Message("file.cannot_delete", reason=os_reason(err))) from err
    finally:
        if locked:
            journal_lock.release(path)


__all__ = ["StoredSession", "forget_session", "list_sessions", "sessions_folder"]
