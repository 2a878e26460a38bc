"""The details pane's career strip: lanes for overlapping jobs, a tooltip per position."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QPointF
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from desktop.career_strip import CareerStrip, lanes, position_text
from model.career import Career, Position

CAREER = Career(
    positions=[
        Position("Acme B.V.", "Consultant", date(2015, 3, 1), date(2018, 12, 31)),
        Position("Side gig", "Teacher", date(2017, 1, 1), date(2017, 12, 31)),
        Position("Globex", "Manager", date(2019, 2, 1), None),
    ]
)


def test_overlapping_jobs_get_their_own_lane():
    assert lanes(CAREER) == [0, 1, 0]


def test_position_text():
    assert position_text(CAREER.positions[0]) == "Acme B.V. — Consultant (Mar 2015 – Dec 2018)"
    assert position_text(CAREER.positions[2]).endswith("(Feb 2019 – now)")


def test_tooltip_names_the_position_under_the_mouse(qtbot):
    strip = CareerStrip()
    qtbot.addWidget(strip)
    strip.set_career(CAREER)
    strip.set_marker(date(2016, 6, 1))
    strip.resize(400, strip.sizeHint().height())
    strip.show()
    qtbot.waitExposed(strip)
    strip.grab()  # paints, which lays the bands out
    band = strip._rects[2][0]  # Globex
    point = band.center().toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, point, strip.mapToGlobal(point))
    QApplication.sendEvent(strip, event)
    assert "Globex — Manager" in QToolTip.text()
    QToolTip.hideText()
    assert strip.position_at(QPointF(2, strip.height() - 2)) is None  # the axis: no band
    assert strip.position_at(strip._rects[1][0].center()).company == "Side gig"


def test_no_axis_year_is_cut_off_at_the_right_edge(qtbot):
    from PySide6.QtGui import QFontMetrics

    strip = CareerStrip()
    qtbot.addWidget(strip)
    strip.set_career(CAREER)
    metrics = QFontMetrics(strip.font())
    for width in range(160, 420, 7):  # some widths put a year's label at the very edge
        strip.resize(width, strip.sizeHint().height())
        lo, hi = strip._span()
        scale = (width - 2) / (hi - lo)
        labels = strip.axis_labels(lo, hi, scale, metrics)
        assert labels, width
        for x, text in labels:
            assert x + metrics.horizontalAdvance(text) <= width, (width, text)
