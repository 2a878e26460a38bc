"""The application icon, drawn by packaging/make_icons.py (SVG plus PNGs of 16-256 px).

from desktop.icons import app_icon
app.setWindowIcon(app_icon())
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from PySide6.QtGui import QIcon

ICON_DIR = Path(str(files(__name__)))  # package data: a checkout, a wheel or a frozen bundle
NAME = "contact-ownership"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def icon_path(size: int = 256) -> Path:
    """The PNG of the app icon at ``size`` pixels (one of SIZES)."""
    return ICON_DIR / f"{NAME}-{size}.png"


def app_icon() -> QIcon:
    """The app icon with every drawn size, so each window decoration gets a crisp one."""
    icon = QIcon()
    for size in SIZES:
        icon.addFile(str(icon_path(size)))
    return icon
