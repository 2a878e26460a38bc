"""The suggestion badge: a small coloured pill, so work and private read at a glance."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .table_model import FlaggedRole, LabelRole

# Okabe-Ito blue and orange, as in the timeline chart: colour-blind readers tell them apart.
BADGE_COLOURS = {"work": QColor("#0072B2"), "private": QColor("#E69F00")}
FLAG_COLOUR = QColor("#B00020")


class BadgeDelegate(QStyledItemDelegate):
    """Paints the suggestion column's text inside a rounded, coloured badge."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        label = index.data(LabelRole)
        if label not in BADGE_COLOURS:
            super().paint(painter, option, index)
            return
        # Let the style draw the selection/alternate background, then our badge on top.
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "").removesuffix(" ?")
        metrics = option.fontMetrics
        height = metrics.height() + 2
        width = metrics.horizontalAdvance(text) + 14
        rect = QRectF(option.rect.x() + 4, option.rect.center().y() - height / 2 + 1, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BADGE_COLOURS[label])
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor("white") if label == "work" else QColor("black"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        if index.data(FlaggedRole):
            painter.setPen(FLAG_COLOUR)
            flag = QRectF(rect.right() + 4, rect.top(), metrics.horizontalAdvance("?") + 4, height)
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(flag, Qt.AlignmentFlag.AlignCenter, "?")
        painter.restore()
