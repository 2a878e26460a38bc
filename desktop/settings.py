"""The desktop app's settings in one place: recent files, window geometry, language.

Stored as an INI file in the app's data folder (``model.paths.data_dir()``), so the
``CONTACT_OWNERSHIP_DATA`` override keeps tests hermetic and nothing lands in the registry.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from model.paths import data_dir

MAX_RECENT = 8
SCHEMA_VERSION = 1


class Settings:
    """Typed access to the app's QSettings; every key is named here and nowhere else."""

    def __init__(self, path: Path | None = None):
        path = path or data_dir() / "desktop.ini"
        _owner_only(path)
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)
        if int(self._qs.value("schema", 0) or 0) != SCHEMA_VERSION:
            self._qs.setValue("schema", SCHEMA_VERSION)

    # -- recent files -----------------------------------------------------------------------
    def recent_files(self) -> list[Path]:
        """Recently opened exports, newest first, only those that still exist."""
        return [p for p in self._recent_raw() if p.exists()]

    def add_recent(self, path: str | Path) -> None:
        """Put ``path`` at the top of the recent files (at most ``MAX_RECENT`` kept)."""
        path = Path(path).resolve()
        items = [p for p in self._recent_raw() if p != path]
        self._qs.setValue("recent/files", [str(p) for p in [path, *items][:MAX_RECENT]])

    def remove_recent(self, path: str | Path) -> None:
        """Forget ``path`` (it could not be opened)."""
        path = Path(path).resolve()
        self._qs.setValue("recent/files", [str(p) for p in self._recent_raw() if p != path])

    def _recent_raw(self) -> list[Path]:
        value = self._qs.value("recent/files", [])
        if isinstance(value, str):  # QSettings returns a lone string for a one-item list
            value = [value]
        return [Path(v) for v in value or [] if v]

    # -- folders and language ---------------------------------------------------------------
    def last_dir(self) -> str:
        """The folder the last file dialog was in, absolute ("" = the home folder). A relative
        one (stored by older versions) would mean another folder from another start folder."""
        value = str(self._qs.value("files/last_dir", "") or "")
        if not value or not Path(value).is_absolute() or _is_sample_folder(value):
            return ""  # the program's own folder (the bundled sample's) is no place for lists
        return value

    def set_last_dir(self, folder: str | Path) -> None:
        """Remember ``folder`` as an absolute path."""
        self._qs.setValue("files/last_dir", str(Path(folder).resolve()))

    def review_share(self) -> float | None:
        """How much to review: a share of the most uncertain contacts, or None for the
        model's own uncertain band."""
        value = str(self._qs.value("review/share", "") or "")
        try:
            share = float(value)
        except ValueError:
            return None
        return share if 0.0 < share <= 1.0 else None

    def set_review_share(self, share: float | None) -> None:
        self._qs.setValue("review/share", "" if share is None else f"{share:g}")

    def language(self) -> str:
        """The interface language code ("" = follow the system)."""
        return str(self._qs.value("ui/language", "") or "")

    def set_language(self, code: str) -> None:
        self._qs.setValue("ui/language", code)

    # -- window state -----------------------------------------------------------------------
    def geometry(self, name: str) -> QByteArray | None:
        """Saved geometry/state bytes for ``name`` (e.g. "main/geometry"), or None."""
        value = self._qs.value(f"window/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self._qs.setValue(f"window/{name}", value)

    def sync(self) -> None:
        """Write pending changes to disk now."""
        self._qs.sync()


def _is_sample_folder(folder: str) -> bool:
    """Whether ``folder`` is where the bundled sample export lives (inside the installation)."""
    from model.shipped import sample_export

    sample = sample_export()
    return sample is not None and Path(folder).resolve() == sample.parent.resolve()


def _owner_only(path: Path) -> None:
    """Make ``path`` readable by its owner alone (created empty if missing): it names the
    exports opened (recent files, their folder), and QSettings would create it with the umask's
    0644 and keep whatever mode it finds when it rewrites it. A folder that cannot be written is
    left to QSettings, which then keeps the settings in memory."""
    with contextlib.suppress(OSError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
        if path.stat().st_mode & 0o077:  # written by an earlier version
            path.chmod(0o600)
