"""Draw the application icon: an SVG written here, rendered to PNGs (and ICO/ICNS) with QtSvg.

    .venv/bin/python packaging/make_icons.py
Writes desktop/icons/ (what the app loads, and what both installers lay out in the hicolor
theme: packaging/stage.sh and `contact-ownership desktop-entry`) and the ICO/ICNS of the
Windows and macOS builds to assets/icons/. Two contact cards: the private one
(orange) behind the work one (blue) — the app's two answers, in its colour-blind-safe colours.
Small sizes get a simpler drawing, because text lines turn into mush below 48 pixels.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
NAME = "contact-ownership"
SIZES = (16, 24, 32, 48, 64, 128, 256)
APP_DIR = ROOT / "desktop" / "icons"
ASSET_DIR = ROOT / "assets" / "icons"

BLUE, BLUE_EDGE = "#0072B2", "#005585"
ORANGE, ORANGE_EDGE = "#E69F00", "#A87400"

FULL = f"""<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <title>Contact Ownership</title>
  <g transform="rotate(-9 96 104)">
    <rect x="16" y="40" width="160" height="116" rx="18" fill="{ORANGE}"
          stroke="{ORANGE_EDGE}" stroke-width="5"/>
    <circle cx="58" cy="82" r="17" fill="#fff"/>
    <path d="M30 134 a28 24 0 0 1 56 0 z" fill="#fff"/>
  </g>
  <rect x="70" y="98" width="170" height="126" rx="18" fill="{BLUE}"
        stroke="{BLUE_EDGE}" stroke-width="5"/>
  <circle cx="118" cy="146" r="21" fill="#fff"/>
  <path d="M84 204 a34 30 0 0 1 68 0 z" fill="#fff"/>
  <rect x="166" y="134" width="56" height="12" rx="6" fill="#fff"/>
  <rect x="166" y="158" width="46" height="12" rx="6" fill="#fff" fill-opacity="0.8"/>
  <rect x="166" y="182" width="52" height="12" rx="6" fill="#fff" fill-opacity="0.8"/>
</svg>
"""

# Below 48 px: bigger shapes, no text lines, no tilt (a tilted edge only blurs at 16 px).
SMALL = f"""<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <title>Contact Ownership</title>
  <rect x="8" y="20" width="176" height="150" rx="28" fill="{ORANGE}"/>
  <circle cx="60" cy="74" r="26" fill="#fff"/>
  <rect x="72" y="88" width="176" height="156" rx="28" fill="{BLUE}"
        stroke="#fff" stroke-width="10"/>
  <circle cx="160" cy="146" r="34" fill="#fff"/>
  <path d="M104 240 a56 50 0 0 1 112 0 z" fill="#fff"/>
</svg>
"""


def render(svg: str, size: int) -> QImage:
    """``svg`` drawn on a transparent ``size`` x ``size`` image."""
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    if not renderer.isValid():
        raise ValueError("the icon SVG does not parse")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)  # noqa: F841 - QPainter needs it
    APP_DIR.mkdir(parents=True, exist_ok=True)
    ASSET_DIR.mkdir(parents=True, exist_ok=True)
    (APP_DIR / f"{NAME}.svg").write_text(FULL, encoding="utf-8")
    (APP_DIR / f"{NAME}-small.svg").write_text(SMALL, encoding="utf-8")
    images = {}
    for size in SIZES:
        images[size] = render(SMALL if size < 48 else FULL, size)
        if not images[size].save(str(APP_DIR / f"{NAME}-{size}.png")):
            raise OSError(f"could not write the {size} px icon")
    # Windows and macOS installers want one multi-size file; Qt's own image plugins write them.
    images[256].save(str(ASSET_DIR / f"{NAME}.ico"))
    images[256].save(str(ASSET_DIR / f"{NAME}.icns"))
    print(f"wrote {len(SIZES)} PNG sizes and the SVGs to {APP_DIR}, ICO and ICNS to {ASSET_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
