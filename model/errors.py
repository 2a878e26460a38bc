"""Typed errors whose text is fit to show a user as one line.

Each carries a :class:`model.messages.Message` (a catalog key and its fields): ``str(err)`` is
the English line for the command line and logs, :meth:`OwnershipError.text` says it in the
interface language.
"""

from __future__ import annotations

from pathlib import Path

from .messages import Message, localized


class OwnershipError(Exception):
    """Base of every error the core raises on purpose; ``str(err)`` is a user-facing line."""

    def __init__(self, message: str = "", *args):
        super().__init__(message, *args)
        self.message = message

    def text(self, language: str | None = None) -> str:
        """The error's line in ``language`` (default: the current one); a plain-text message
        is shown as written."""
        return localized(self.message, language)


class InputError(OwnershipError):
    """A file the user gave cannot be used: names the file and the problem."""

    def __init__(self, path: str | Path, problem: str):
        self.path = Path(path)
        self.problem = problem
        super().__init__(Message("file.problem", file=str(self.path), problem=problem))

    def __reduce__(self):
        # rebuilt from what __init__ takes, so the error crosses a process (joblib, Dask)
        return (self.__class__, (self.path, self.problem))


class NotAnExport(InputError):
    """A readable file that holds no contacts export at all (no contacts header, no
    Connections.csv): batch skips such a file found in a folder, e.g. a sample's labels.csv."""


class ModelFileError(InputError):
    """A model file is unsafe, damaged or made by another scikit-learn version."""


class Cancelled(Exception):
    """The user asked to stop a long task; raised from the cancel checkpoint."""


_OS_KEYS = {
    "ENOSPC": "os.no_space",
    "EDQUOT": "os.quota",
    "EACCES": "os.permission",
    "EPERM": "os.not_permitted",
    "EROFS": "os.read_only",
    "ENOENT": "os.not_found",
    "EISDIR": "os.is_folder",
    "ENOTDIR": "os.not_folder",
    "ENAMETOOLONG": "os.name_too_long",
    "EBUSY": "os.busy",
    "EEXIST": "os.exists",
    "ENOTEMPTY": "os.not_empty",
    "EIO": "os.io",
    "ELOOP": "os.loop",
}


def os_reason(err: BaseException) -> Message:
    """Why the system refused (``err`` an OSError): a message for the usual reasons (disk
    full, permission denied…), else the system's own words."""
    import errno

    name = errno.errorcode.get(getattr(err, "errno", None) or -1, "")
    words = getattr(err, "strerror", None) or str(err)
    if name in _OS_KEYS:
        return Message(_OS_KEYS[name], strerror=words)
    return Message("os.other", strerror=words)


# SQLite's result codes (extended ones, e.g. SQLITE_IOERR_WRITE, by their base), keyed; the
# English of each is SQLite's own wording of that code.
_DB_KEYS = {
    "SQLITE_FULL": "db.full",
    "SQLITE_READONLY": "db.read_only",
    "SQLITE_CANTOPEN": "db.cannot_open",
    "SQLITE_CORRUPT": "db.damaged",
    "SQLITE_NOTADB": "db.not_a_database",
    "SQLITE_IOERR": "db.io_error",
    "SQLITE_BUSY": "db.busy",
    "SQLITE_LOCKED": "db.busy",
    "SQLITE_PERM": "db.permission",
}


def db_reason(err: BaseException) -> Message:
    """Why the review journal's database refused (``err`` a sqlite3.Error or an OSError): a
    message for the usual codes (disk full, read-only…), else SQLite's own words."""
    if isinstance(err, OSError):
        return os_reason(err)
    name = getattr(err, "sqlite_errorname", "") or ""
    base = next((k for k in _DB_KEYS if name == k or name.startswith(k + "_")), None)
    return Message(_DB_KEYS[base]) if base else Message("text", text=str(err))
