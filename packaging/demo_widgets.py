"""Show one of the desktop widgets on generated data, for screenshots and a quick look.

    .venv/bin/python packaging/demo_widgets.py career|timeline|batch|about
No real person's data: everything shown is made up here.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np
from PySide6.QtWidgets import QApplication

from model.career import Career, Position


def demo_career() -> Career:
    """A made-up career of three positions, the last one current."""
    return Career(
        positions=[
            Position(
                "Van der Berg Advies", "Junior consultant", date(2011, 9, 1), date(2014, 8, 31)
            ),
            Position("Noordlicht Consulting", "Consultant", date(2014, 10, 1), date(2019, 1, 31)),
            Position("Delta Werving & Selectie", "Senior recruiter", date(2019, 2, 1), None),
        ],
        owner_name="Sam Voorbeeld",
        registered_on=date(2010, 3, 15),
        exported_on=date(2026, 11, 1),
    )


def demo_connections(n: int = 3000, seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """Made-up connection dates and suggestions: a burst after joining, then jobs."""
    rng = np.random.default_rng(seed)
    start = np.datetime64("2010-03-15")
    days = np.concatenate([rng.integers(0, 120, n // 6), rng.integers(0, 6000, n - n // 6)])
    dates = start + days.astype("timedelta64[D]")
    p_work = np.where(days < 120, 0.1, np.where(days > 560, 0.7, 0.4))
    suggestion = np.where(rng.random(n) < p_work, "work", "private")
    return dates.astype("datetime64[ns]"), suggestion


def main(which: str) -> int:
    app = QApplication(sys.argv)
    if which == "career":
        from desktop.career_editor import CareerEditor

        widget = CareerEditor(demo_career(), ["Client A", "Client B"])
    elif which == "timeline":
        from desktop.timeline import TimelineChart

        widget = TimelineChart()
        widget.set_data(*demo_connections(), demo_career())
        widget.resize(1100, 380)
    else:
        raise SystemExit(f"unknown widget {which!r}")
    widget.setWindowTitle(f"Contact Ownership — {widget.windowTitle() or which}")
    widget.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "career"))
