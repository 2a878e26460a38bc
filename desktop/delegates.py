"""The suggestion badge: a small coloured pill, so work and private read at a glance."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .table_model import FlaggedRole, LabelRole

# Okabe-Ito blue and orange, as in the timeline chart: colour-blind readers tell them apart.
BADGE_COLOURS = {"work": QColor("#0072B2"), "private": QColor("#E69F00")}
TEXT_COLOURS = {"work": QColor("white"), "private": QColor("black")}
FLAG_COLOUR = QColor("#B00020")


class BadgeDelegate(QStyledItemDelegate):
    """Paints the suggestion column's text inside a rounded, coloured badge.

    A badge is drawn once per (text, flag, font, pixel ratio) into a cached pixmap: painting a
    visible page of the table then costs a blit per row, not an antialiased path.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._cache: dict[tuple, QPixmap] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        label = index.data(LabelRole)
        if label not in BADGE_COLOURS:
            super().paint(painter, option, index)
            return
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:  # the selection or alternate-row background only
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget
            )
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "").removesuffix(" ?")
        flagged = bool(index.data(FlaggedRole))
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        key = (label, text, flagged, option.font.key(), ratio)
        pixmap = self._cache.get(key)
        if pixmap is None:
            pixmap = self._cache[key] = _badge(label, text, flagged, option, ratio)
        y = option.rect.y() + (option.rect.height() - pixmap.height() / ratio) / 2
        painter.drawPixmap(int(option.rect.x() + 4), int(y), pixmap)


def _badge(label: str, text: str, flagged: bool, option: QStyleOptionViewItem, ratio: float):
    metrics = option.fontMetrics
    height = metrics.height() + 2
    width = metrics.horizontalAdvance(text) + 14
    flag_width = metrics.horizontalAdvance("?") + 8 if flagged else 0
    pixmap = QPixmap(int((width + flag_width) * ratio), int(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(option.font)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BADGE_COLOURS[label])
    rect = QRectF(0, 0, width, height)
    painter.drawRoundedRect(rect, height / 2, height / 2)
    painter.setPen(TEXT_COLOURS[label])
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    if flagged:
        font = option.font
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(FLAG_COLOUR)
        painter.drawText(QRectF(width, 0, flag_width, height), Qt.AlignmentFlag.AlignCenter, "?")
    painter.end()
    return pixmap
