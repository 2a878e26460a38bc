"""The files shipped inside the package: the trained model (``model/``) and the sample export
(``sample/``).

They are package data found through :mod:`importlib.resources`, so a wheel, a pipx install and
a frozen bundle find them beside the code wherever it was installed, not where a source
checkout happens to keep them.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def _folder(name: str) -> Path:
    root = files(__name__)
    # Installed packages (wheel, pipx, PyInstaller) are plain folders; a zipped package is not
    # supported, because numpy and skops read the model through real file paths.
    return Path(str(root.joinpath(name)))


MODEL_DIR = _folder("model")
SAMPLE_DIR = _folder("sample")


def sample_export() -> Path | None:
    """The shipped sample LinkedIn export (the newest zip), or None if it is missing."""
    zips = sorted(SAMPLE_DIR.glob("Basic_LinkedInDataExport_*.zip")) if SAMPLE_DIR.is_dir() else []
    return zips[-1] if zips else None
