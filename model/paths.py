"""Where the app keeps its data, and atomic writes.

The data folder is the platform's user data folder (``CONTACT_OWNERSHIP_DATA`` overrides it,
which keeps tests hermetic) and is created owner-only: contacts are third parties' data.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

APP_NAME = "contact-ownership"
ENV_DATA = "CONTACT_OWNERSHIP_DATA"


# The roles read_capped names a file by (its callers' ``what``), as catalog keys.
_ROLES = {
    "review package": "what.review_package",
    "HR review file": "what.review_file",
    "decisions file": "what.decisions_file",
    "model card": "what.model_card",
    "contacts export": "what.contacts_export",
    "saved career (.json)": "what.saved_career",
    "client list": "what.client_list",
    "Positions.csv": "what.positions",
}


def read_capped(path: str | Path, limit: int, what: str) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes.

    Raises InputError for anything else: a FIFO or device would block or never end, and a
    file's reported size can lie (/dev/zero, a growing file), so at most limit + 1 bytes are
    ever read. ``what`` names the file's role in the message ("client list").
    """
    from .errors import InputError, os_reason
    from .messages import Message

    path = Path(path)
    role = Message(_ROLES[what]) if what in _ROLES else Message("text", text=what)
    too_large = Message("file.too_large", mb=limit // 2**20, what=role)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise InputError(path, Message("file.not_regular", what=role))
        if info.st_size > limit:
            raise InputError(path, too_large)
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as err:
        reason = os_reason(err)
        raise InputError(path, Message("file.cannot_read_what", what=role, reason=reason)) from err
    if len(data) > limit:
        raise InputError(path, too_large)
    return data


def refuse_overwriting(out: str | Path, inputs) -> None:
    """Raise InputError if ``out`` is one of ``inputs`` (by path, or the same file reached by
    another name): an output must never replace what was read."""
    from .errors import InputError
    from .messages import Message

    out = Path(out)
    for source in map(Path, inputs):
        try:
            same = out.resolve() == source.resolve() or (
                out.exists() and source.exists() and out.samefile(source)
            )
        except OSError:
            same = False
        if same:
            raise InputError(out, Message("file.overwrites_input", source=str(source)))


def user_name() -> str:
    """The login name of whoever runs the app ("" where the system has none: odd containers,
    Windows services); it names who decided, prepared or reviewed."""
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # getpass raises whatever its last fallback raises
        return ""


def data_dir() -> Path:
    """The user's data folder for this app, created with mode 0o700 if missing.

    A folder that cannot be created is returned all the same, like a read-only one: each
    writer then fails on its own terms (the review keeps its decisions in memory and says
    so), and the app still starts and opens exports.
    """
    override = os.environ.get(ENV_DATA)
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_path

        path = user_data_path(APP_NAME, appauthor=False)
    with contextlib.suppress(OSError):
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        path.chmod(0o700)
    return path


@contextlib.contextmanager
def atomic_write(path: str | Path, mode: str = "w", **kwargs) -> Iterator:
    """Open a temporary file beside ``path``; on success fsync it and replace ``path``.

    A crash or an exception leaves the old file untouched and no partial file behind.
    """
    with _atomic_path(Path(path)) as tmp, open(tmp, mode, **kwargs) as fh:
        yield fh


def atomic_path(path: str | Path) -> contextlib.AbstractContextManager[Path]:
    """Like :func:`atomic_write` for writers that want a file name (pandas, openpyxl)."""
    return _atomic_path(Path(path))


@contextlib.contextmanager
def _atomic_path(path: Path) -> Iterator[Path]:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
