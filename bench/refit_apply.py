"""Benchmark: what a personal-layer refit costs the GUI thread. Prints figures.

    .venv/bin/python bench/refit_apply.py [--contacts 30000] [--rounds 8]

Opens a generated export in the app (offscreen), then, round after round, decides 40 more
contacts, runs the refit itself (the worker's part, timed apart) and times
``PersonalLearning._apply``: the part that runs on the GUI thread and stalls the event loop.
Measured on the shared 2-core machine at 30,000 contacts (noisy): before the refit prepared
the session's rows, the flags of the chosen share and the table on the worker, the GUI part
took a median of 44 ms (19-57 ms); after, 10-20 ms (the refit itself ~160 ms on the worker).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=30_000)
    parser.add_argument("--rounds", type=int, default=8)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="refit-bench-"))
    os.environ["CONTACT_OWNERSHIP_DATA"] = str(folder / "data")  # a fresh review
    try:
        run(folder, args.contacts, args.rounds)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run(folder: Path, contacts: int, rounds: int) -> None:
    import numpy as np
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from desktop import personal
    from desktop.jobs import get_model
    from desktop.main_window import MainWindow
    from model.synthetic import write_sample

    path, _labels = write_sample(folder, seed=2, n_contacts=contacts)
    window = MainWindow()
    window.show()

    def wait(condition, timeout: float = 600.0) -> None:
        end = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > end:
                raise TimeoutError("the app did not get there in time")
            app.processEvents()
            time.sleep(0.005)

    window.open_path(path)
    wait(lambda: window.opened is not None)
    ws = window.workspace
    learning = ws.personal
    wait(lambda: learning.inputs is not None and not window.runner.is_running())
    session = window.opened.session
    rng = np.random.default_rng(0)
    worker, gui, moved = [], [], []
    for k in range(rounds):
        rows = rng.choice(len(session), 40, replace=False).tolist()
        session.decide(rows, "private" if k % 2 else "work")
        learning._timer.stop()  # the refit is run here, not by the app's timer
        model = get_model()
        start = time.perf_counter()
        result = personal.refit(
            window.opened.export.contacts,
            learning.base,
            window.opened.results,
            learning.inputs,
            np.asarray(session.decision, dtype=object).copy(),
            learning.forgotten,
            model.flag_band,
            model.threshold,
            None,
            session=session,
            share=ws.share,
            previous=window.opened.table,
        )
        worker.append(time.perf_counter() - start)
        app.processEvents()
        start = time.perf_counter()
        learning._apply(window.opened, result, True)
        gui.append(time.perf_counter() - start)
        moved.append(len(result.moved))
        app.processEvents()
    window.close()
    ms = [round(1000 * t, 1) for t in gui]
    print(f"{contacts:,} contacts, {rounds} refits of 40 more decisions each")
    print(f"  suggestions moved per refit: {moved}")
    print(f"  worker (refit):        median {1000 * float(np.median(worker)):7.1f} ms")
    print(f"  GUI thread (_apply):   median {1000 * float(np.median(gui)):7.1f} ms  {ms}")


if __name__ == "__main__":
    main()
