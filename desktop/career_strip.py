"""A small timeline strip: the owner's positions as bands, a marker where a date falls."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from model.career import Career, Position
from model.inferred import InferredPosition, shown_positions

from .fmt import Count, month_text

_LANE_H = 16
_AXIS_H = 14
_BAND_COLOURS = ("#cfe0f5", "#d9ecd2", "#f3e1c7", "#e5d8f0", "#f5d3d8")


def _ordinal(d: date) -> float:
    return float(d.toordinal())


def lanes(career: Career) -> list[int]:
    """A lane per position so that overlapping jobs do not hide each other (greedy packing)."""
    ends: list[float] = []
    out: list[int] = []
    for pos in career.positions:
        start = _ordinal(pos.start) if pos.start else float("-inf")
        lane = next((i for i, e in enumerate(ends) if e < start), len(ends))
        end = _ordinal(pos.end) if pos.end else float("inf")
        if lane == len(ends):
            ends.append(end)
        else:
            ends[lane] = end
        out.append(lane)
    return out


def _month(d: date | None, default: str) -> str:
    return month_text(d) if d else default


def position_text(pos: Position) -> str:
    """ "Acme B.V. — Consultant (Mar 2015 – now)" for a tooltip; a position inferred from
    the network says so, with the evidence."""
    title = f"{pos.company} — {pos.title}" if pos.title else pos.company
    now = QCoreApplication.translate("CareerStrip", "now")
    end = "?" if pos.end_unknown else now  # a past job whose end could not be read
    text = f"{title} ({_month(pos.start, '?')} – {_month(pos.end, end)})"
    if isinstance(pos, InferredPosition):
        text += "\n" + QCoreApplication.translate(
            "CareerStrip",
            "Inferred from your network ({n:,} of your contacts work there), not stated by you",
        ).format(n=Count(pos.contacts))  # "2.466" in Dutch
    return text


def band_label(pos: Position) -> str:
    """The text on a position's band: the company, marked when it was inferred."""
    if isinstance(pos, InferredPosition):
        return QCoreApplication.translate("CareerStrip", "{company} (inferred)").format(
            company=pos.company
        )
    return pos.company


class CareerStrip(QWidget):
    """Paints the career's positions on a time axis and a marker at :meth:`set_marker`'s date."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._career = Career()
        self._positions: list[Position] = []
        self._lanes: list[int] = []
        self._marker: date | None = None
        self._rects: list[tuple[QRectF, Position]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(160)

    def set_career(self, career: Career) -> None:
        """Show ``career``'s positions (of an inferred career the employers it names)."""
        self._career = career
        self._positions = shown_positions(career)
        self._lanes = lanes(Career(positions=self._positions))
        self.updateGeometry()
        self.update()

    def set_marker(self, when: date | None) -> None:
        """Mark ``when`` (a contact's connection date); None hides the marker."""
        self._marker = when
        self.update()

    def sizeHint(self) -> QSize:
        n = max(self._lanes, default=0) + 1
        return QSize(300, n * _LANE_H + _AXIS_H + 10)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.sizeHint().height())

    def _span(self) -> tuple[float, float]:
        career = self._career
        days = [d for p in self._positions for d in (p.start, p.end) if d is not None]
        days += [d for d in (career.registered_on, career.exported_on, self._marker) if d]
        if any(p.is_current for p in self._positions) or not days:
            days.append(date.today())
        lo, hi = _ordinal(min(days)) - 120, _ordinal(max(days)) + 60
        return lo, max(hi, lo + 365)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        lo, hi = self._span()
        width = self.width() - 2
        if width <= 0:
            return
        scale = width / (hi - lo)
        self._rects: list[tuple[QRectF, Position]] = []

        def x_of(d: date | None, default: float) -> float:
            return 1 + ((_ordinal(d) if d else default) - lo) * scale

        metrics = QFontMetrics(self.font())
        for i, (pos, lane) in enumerate(zip(self._positions, self._lanes, strict=True)):
            x0 = x_of(pos.start, lo)
            # a past job with an unknown end: to the next job's start, else its own month
            known = (self._career.effective_end(pos) or pos.start) if pos.end_unknown else None
            x1 = x_of(pos.end or known, hi)
            rect = QRectF(x0, 2 + lane * _LANE_H, max(x1 - x0, 2), _LANE_H - 2)
            self._rects.append((rect, pos))
            painter.fillRect(rect, QColor(_BAND_COLOURS[i % len(_BAND_COLOURS)]))
            if isinstance(pos, InferredPosition):  # not the person's own: a dashed outline
                painter.setPen(QPen(QColor("#555555"), 1, Qt.PenStyle.DashLine))
                painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
            painter.setPen(QColor("#333333"))
            label = metrics.elidedText(
                band_label(pos), Qt.TextElideMode.ElideRight, int(rect.width()) - 4
            )
            painter.drawText(rect.adjusted(3, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter, label)
        self._paint_axis(painter, lo, hi, scale, metrics)
        if self._marker is not None:
            x = x_of(self._marker, lo)
            painter.setPen(QPen(QColor("#c0392b"), 2))
            painter.drawLine(int(x), 0, int(x), self.height() - _AXIS_H)
        painter.end()

    def position_at(self, point) -> Position | None:
        """The position whose band is under ``point`` (as last painted), or None."""
        return next((p for r, p in self._rects if r.contains(point)), None)

    def event(self, event) -> bool:
        # A tooltip names the position under the mouse: the bands are too narrow for titles.
        if event.type() == QEvent.Type.ToolTip:
            pos = event.position() if hasattr(event, "position") else event.pos()
            hit = self.position_at(pos)
            if hit is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), position_text(hit), self)
            return True
        return super().event(event)

    def _paint_axis(self, painter: QPainter, lo: float, hi: float, scale: float, metrics) -> None:
        y = self.height() - _AXIS_H
        painter.setPen(QColor("#888888"))
        painter.drawLine(0, y, self.width(), y)
        first, last = date.fromordinal(int(lo)).year + 1, date.fromordinal(int(hi)).year
        for year in range(first, last + 1):
            x = 1 + (_ordinal(date(year, 1, 1)) - lo) * scale
            painter.drawLine(int(x), y, int(x), y + 3)
        for x, text in self.axis_labels(lo, hi, scale, metrics):
            painter.drawText(x, self.height() - 2, text)

    def axis_labels(self, lo: float, hi: float, scale: float, metrics) -> list[tuple[int, str]]:
        """(x, year) of the axis labels: every k-th year so that none overlap, and none cut
        off at the right edge (a clipped "202" reads as a year)."""
        first, last = date.fromordinal(int(lo)).year + 1, date.fromordinal(int(hi)).year
        step = max(1, int(metrics.horizontalAdvance("20000") / max(scale * 365, 1)) + 1)
        labels = []
        for year in range(first, last + 1, step):
            x = int(1 + (_ordinal(date(year, 1, 1)) - lo) * scale) + 2
            if x + metrics.horizontalAdvance(str(year)) <= self.width():
                labels.append((x, str(year)))
        return labels
