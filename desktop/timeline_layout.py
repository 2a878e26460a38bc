"""The timeline chart's arithmetic, without painting: months as integers, career bands in
lanes, the span to show and axis steps. Months are counted from January 1970."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

import numpy as np
from PySide6.QtCore import QCoreApplication, QDate, QLocale

from model.career import Career
from model.inferred import InferredPosition, shown_positions

MONTH_FORMAT = "MMM yyyy"


@dataclass(frozen=True)
class Band:
    """A position drawn behind the bars: month indices ``first..last`` (inclusive)."""

    first: int
    last: int
    lane: int
    company: str
    title: str
    period: str
    inferred: bool = False  # read from the network, not the person's own position


def month_number(value) -> int:
    """Months since January 1970 of a date / datetime64 (the chart's x unit)."""
    return int(np.datetime64(value, "M").astype("int64"))


def month_label(number: int, fmt: str = MONTH_FORMAT) -> str:
    """``number`` (months since 1970) as text, e.g. "Mar 2021" in the user's locale."""
    year, month = divmod(number, 12)
    return QLocale().toString(QDate(1970 + year, month + 1, 1), fmt)


def span(numbers: np.ndarray, career: Career) -> tuple[int | None, int]:
    """First and last month to show: the data, the positions and the join date together;
    (None, 0) when there are no dated connections (bands alone make no chart)."""
    if not numbers.size:
        return None, 0
    marks = [int(numbers.min()), int(numbers.max())]
    shown = shown_positions(career)
    marks += [month_number(d) for p in shown for d in (p.start, p.end) if d]
    if career.registered_on:
        marks.append(month_number(career.registered_on))
    if any(p.is_current for p in shown) and career.exported_on:
        marks.append(month_number(career.exported_on))
    return min(marks), max(marks)


def layout_bands(career: Career, first: int, last: int) -> list[Band]:
    """Lay the positions out as bands, in lanes so that overlapping jobs stay readable (of an
    inferred career the employers it names, marked as inferred)."""
    bands: list[Band] = []
    lane_ends: list[int] = []
    ordered = sorted(shown_positions(career), key=lambda p: p.start or date.min)
    for position in ordered:
        start = month_number(position.start) - first if position.start else 0
        # a past job whose end is unknown runs to the next job's start, else its own month
        known_end = position.end or (
            (career.effective_end(position) or position.start) if position.end_unknown else None
        )
        end = month_number(known_end) - first if known_end else last - first
        if end < start:
            continue
        lane = next((i for i, e in enumerate(lane_ends) if e < start), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(end)
        else:
            lane_ends[lane] = end
        if position.start:
            begin = month_label(month_number(position.start))
        else:
            begin = QCoreApplication.translate("TimelineChart", "unknown")
        if position.end:
            finish = month_label(month_number(position.end))
        elif position.end_unknown:
            finish = QCoreApplication.translate("TimelineChart", "unknown")
        else:
            finish = QCoreApplication.translate("TimelineChart", "now")
        inferred = isinstance(position, InferredPosition)
        period = f"{begin} – {finish}"
        bands.append(Band(start, end, lane, position.company, position.title, period, inferred))
    return bands


def band_label(band: Band) -> str:
    """The text on a band: the company, marked when it was inferred from the network."""
    if band.inferred:
        return QCoreApplication.translate("TimelineChart", "{company} (inferred)").format(
            company=band.company
        )
    return band.company


def band_text(band: Band) -> str:
    """A band's tooltip: company, title and period (and that it was inferred)."""
    title = f" — {band.title}" if band.title else ""
    text = f"{band.company}{title}\n{band.period}"
    if band.inferred:
        text += "\n" + QCoreApplication.translate(
            "TimelineChart", "Inferred from your network, not stated by you"
        )
    return text


def fractional_month(value) -> float:
    """Months since 1970 including the fraction of the month, for day-precise lines."""
    day = np.datetime64(value, "D")
    month = day.astype("datetime64[M]")
    days = ((month + 1).astype("datetime64[D]") - month.astype("datetime64[D]")).astype(int)
    return float(month.astype(np.int64)) + float((day - month).astype(int)) / days


def nice_step(top: int) -> int:
    """A 1-2-5 step that gives three to five grid lines up to ``top``."""
    raw = max(top / 4, 1)
    power = 10 ** math.floor(math.log10(raw))
    return int(next(m * power for m in (1, 2, 5, 10) if m * power >= raw))


def year_step(year_width: float, label_width: float) -> int:
    """Label every n-th year so that year labels never overlap."""
    return next((n for n in (1, 2, 5, 10, 20, 50) if n * year_width >= label_width), 100)
