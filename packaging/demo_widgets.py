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


def demo_card() -> dict:
    """A model card shaped like the one model.training writes, with made-up figures."""
    figures = {"macro_f1": 0.912, "accuracy": 0.921, "roc_auc": 0.968, "brier": 0.061}
    figures |= {"ece": 0.018, "employer_accuracy": 0.944, "category_accuracy": 0.87}
    per = {
        name: {**figures, "contacts": 4000 + 97 * k, "macro_f1": 0.88 + k / 100}
        for k, name in enumerate(("consultant", "recruiter", "sales", "engineer", "teacher"))
    }
    return {
        "name": "Contact Ownership classifier",
        "created": "2026-11-23T11:02:00+00:00",
        "trained_on": {
            "source": "generated persons (model.synthetic), never real people",
            "persons": 240,
            "contacts": 151_200,
            "professions": sorted(per),
        },
        "held_out": {"persons": 60, "contacts": 37_950},
        "metrics": {**figures, "contacts": 37_950},
        "per_profession": per,
        "flag_band": [0.3, 0.7],
        "sklearn_version": "1.9.0",
        "sha256": "3f5a9c0e" * 8,
    }


def demo_batch():
    """The batch dialog part-way through nine made-up exports (one of them broken)."""
    import tempfile
    import time

    import model.batch
    from desktop.batch_dialog import BatchDialog
    from model.batch import BatchResult

    folder = Path(tempfile.mkdtemp(prefix="batch-demo-"))
    names = [f"export_{name}.zip" for name in ("anna", "bram", "chris", "dewi", "eva")]
    names += ["contacts_2019.csv", "export_floor.zip", "export_gijs.zip", "team.vcf"]
    for name in names:
        (folder / name).write_bytes(b"demo")

    def scripted(inputs, out_dir, *, cancel, on_result, **_kwargs):
        sources = model.batch.expand_inputs(inputs)
        rng = np.random.default_rng(2)
        for i, source in enumerate(sources[:5]):
            time.sleep(0.15)
            if source.suffix == ".csv":
                error = f"{source}: no header with First Name/Last Name found in the first 40 lines"
                on_result(i, BatchResult(str(source), "error", error=error))
                continue
            n = int(rng.integers(300, 3000))
            work = int(n * rng.uniform(0.3, 0.7))
            output = str(Path(out_dir) / f"{source.stem}.classified.csv")
            on_result(i, BatchResult(str(source), "ok", n, work, n - work, n // 12, "", output))
        while not cancel():
            time.sleep(0.05)
        return []

    model.batch.run_batch = scripted
    dialog = BatchDialog()
    dialog.add_inputs([folder])
    dialog.set_output_folder(folder / "classified")
    dialog.jobs.setValue(dialog.jobs.maximum())
    dialog.start()
    return dialog


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
    elif which == "batch":
        widget = demo_batch()
    elif which == "about":
        from desktop.about import AboutDialog

        widget = AboutDialog(demo_card(), model_path=Path("model/shipped/model/ownership.skops"))
    else:
        raise SystemExit(f"unknown widget {which!r}")
    widget.setWindowTitle(f"Contact Ownership — {widget.windowTitle() or which}")
    widget.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "career"))
