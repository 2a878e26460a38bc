"""One review journal, one app: an OS lock on ``<journal>.lock`` while a session is open.

Two app windows writing one journal lose decisions ("database is locked") and each shows a
stale view of the other's work. The lock is the operating system's (``flock`` or
``msvcrt.locking``, through filelock), so it goes with the process: a crash or ``kill -9``
never leaves a review locked. Within one process the lock is shared: a window that opens the
export it already shows again holds the journal twice for a moment, and that is fine.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from filelock import FileLock, Timeout

from .errors import InputError
from .messages import Message

IN_USE = Message("journal.in_use")

_guard = threading.Lock()
_held: dict[Path, tuple[FileLock, int]] = {}  # journal -> (its lock, sessions holding it)


class SessionInUse(InputError):
    """The export's review is open in another process of the app."""


def lock_path(journal: Path) -> Path:
    """Where the lock of ``journal`` lives: beside it, owner-only."""
    return journal.with_name(journal.name + ".lock")


def acquire(journal: Path, source: Path) -> None:
    """Lock ``journal`` for this process, or raise SessionInUse naming ``source``.

    Raises OSError when the lock file cannot be created (a read-only data folder).
    """
    key = Path(journal).resolve()
    with _guard:
        if key in _held:
            lock, count = _held[key]
            _held[key] = (lock, count + 1)
            return
        # thread_local=False: sessions are opened on a worker thread and closed on the GUI's
        lock = FileLock(lock_path(key), timeout=0, mode=0o600, thread_local=False)
        try:
            lock.acquire()
        except Timeout:
            raise SessionInUse(source, IN_USE) from None
        _held[key] = (lock, 1)


def release(journal: Path) -> None:
    """Give up one hold on ``journal``'s lock; the last one unlocks it. Never raises."""
    key = Path(journal).resolve()
    with _guard:
        if key not in _held:
            return
        lock, count = _held[key]
        if count > 1:
            _held[key] = (lock, count - 1)
            return
        del _held[key]
    with contextlib.suppress(OSError):  # the folder went away: the process's end frees it
        lock.release()
        # no stray lock files in the data folder (a session forgotten leaves nothing behind)
        lock_path(key).unlink(missing_ok=True)
