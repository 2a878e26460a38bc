"""The timeline chart: aggregation, bands, tooltips and clicks on a real widget (offscreen)."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from desktop.timeline import TimelineChart
from model.career import Career, Position

CAREER = Career(
    positions=[
        Position("Acme B.V.", "Consultant", date(2015, 3, 1), date(2018, 12, 31)),
        Position("Globex", "Manager", date(2019, 1, 1), None),
        Position("Side Gig", "Advisor", date(2020, 1, 1), date(2020, 6, 30)),
    ],
    registered_on=date(2014, 6, 15),
    exported_on=date(2021, 5, 1),
)


def data() -> tuple[np.ndarray, np.ndarray]:
    dates = np.array(
        ["2015-03-02", "2015-03-20", "2015-03-31", "2019-07-04", "NaT", "2021-05-01"],
        dtype="datetime64[ns]",
    )
    suggestion = np.array(["work", "private", "work", "private", "work", "work"], dtype=object)
    return dates, suggestion


@pytest.fixture
def chart(qtbot) -> TimelineChart:
    widget = TimelineChart()
    qtbot.addWidget(widget)
    widget.resize(900, 320)
    widget.set_data(*data(), CAREER)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_aggregates_per_month_and_suggestion(chart):
    assert chart.counts(2015, 3) == (2, 1)
    assert chart.counts(2019, 7) == (0, 1)
    assert chart.counts(2021, 5) == (1, 0)
    assert chart.counts(2016, 1) == (0, 0)
    # From the LinkedIn join month to the last connection, inclusive.
    assert chart.month_count() == (2021 - 2014) * 12 + (5 - 6) + 1
    assert chart._undated == 1


def test_bands_follow_the_career_with_overlaps_in_lanes(chart):
    bands = {b.company: b for b in chart.bands()}
    assert bands["Acme B.V."].period.endswith("2018")
    assert bands["Globex"].period.endswith("now")
    assert bands["Globex"].last == chart.month_count() - 1  # a current job runs to the end
    assert bands["Side Gig"].lane != bands["Globex"].lane  # concurrent jobs do not hide each other
    assert bands["Acme B.V."].lane == 0


def test_month_tooltip_counts_and_position(chart):
    x = chart.month_x(2015, 3)
    assert chart.month_at(x) == (2015, 3)
    text = chart.tooltip_at(QPointF(x, chart.height() - 40))
    assert "3 connections (2 work, 1 private)" in text
    assert "At Acme B.V." in text


def test_band_tooltip_names_company_and_period(chart):
    text = chart.tooltip_at(QPointF(chart.month_x(2016, 1), chart.band_y()))
    assert text.startswith("Acme B.V. — Consultant")
    assert "2015" in text and "2018" in text


def test_click_on_a_month_emits_it(qtbot, chart):
    point = QPoint(round(chart.month_x(2019, 7)), chart.height() - 40)
    with qtbot.waitSignal(chart.monthClicked) as signal:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=point)
    assert signal.args == [2019, 7]


def test_click_outside_the_bars_emits_nothing(qtbot, chart):
    with qtbot.assertNotEmitted(chart.monthClicked):
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(5, chart.height() - 40))


def test_renders_without_error_and_draws_both_colours(chart):
    image = chart.grab().toImage()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }
    assert "#0072b2" in colours and "#e69f00" in colours


def test_empty_and_undated_data(qtbot):
    widget = TimelineChart()
    qtbot.addWidget(widget)
    widget.set_data(np.array(["NaT"], dtype="datetime64[ns]"), np.array(["work"]), CAREER)
    assert widget.month_count() == 0
    assert widget.month_at(100) is None
    widget.grab()  # paints the empty state
    with pytest.raises(ValueError, match="2 dates but 1 suggestions"):
        widget.set_data(np.array(["2020-01-01"] * 2, dtype="datetime64[ns]"), np.array(["w"]), None)


def test_thirty_thousand_contacts_aggregate_exactly(qtbot):
    rng = np.random.default_rng(5)
    days = rng.integers(0, 365 * 15, 30_000).astype("timedelta64[D]")
    dates = (np.datetime64("2008-01-01") + days).astype("datetime64[ns]")
    suggestion = np.where(rng.random(30_000) < 0.4, "work", "private")
    widget = TimelineChart()
    qtbot.addWidget(widget)
    widget.set_data(dates, suggestion, None)
    work = sum(widget.counts(y, m)[0] for y in range(2008, 2024) for m in range(1, 13))
    private = sum(widget.counts(y, m)[1] for y in range(2008, 2024) for m in range(1, 13))
    assert (work, private) == ((suggestion == "work").sum(), (suggestion == "private").sum())


def test_marker_accepts_dates_and_none(chart):
    chart.set_marker(date(2019, 7, 4))
    assert chart._marker == pytest.approx(chart.month_count() - 1 - 22 + 3 / 31, abs=1e-9)
    chart.set_marker(None)
    assert chart._marker is None


def test_mouse_over_a_month_highlights_it(qtbot, chart):
    qtbot.mouseMove(chart, QPoint(round(chart.month_x(2019, 7)), chart.height() - 40))
    qtbot.waitUntil(
        lambda: chart.month_at(chart.month_x(2019, 7)) == (2019, 7) and chart._hover >= 0
    )
    assert chart._hover == chart.month_count() - 1 - 22
