"""`contact-ownership open FILE.coreview`: HR's window is the only one, and closing it ends the
app (the empty start page stayed open behind it, and the app ran on once HR closed it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QInputDialog

from desktop.app import open_first
from desktop.hr.window import HrWindow
from desktop.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]

# Runs desktop.app.main() as `contact-ownership open FILE` does: gives the reviewer's name when
# asked, says which windows show once HR's is on screen, then closes HR's window. If that does
# not end the app, the windows still shown are said and closed (the test fails, not hangs).
_CHILD = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog
from desktop.app import main, make_app
from desktop.hr.window import HrWindow

def shown():
    return sorted(type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible())

def after_close():
    if shown():
        print("still shown:", shown(), flush=True)
        app.closeAllWindows()

class Driver(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Show and isinstance(obj, QInputDialog):
            QTimer.singleShot(0, lambda: (obj.setTextValue("Anne de Vries"), obj.accept()))
        if event.type() == QEvent.Type.Show and isinstance(obj, HrWindow):
            def close():
                print("shown:", shown(), flush=True)
                obj.close()
                QTimer.singleShot(500, after_close)
            QTimer.singleShot(0, close)
        return False

app = make_app()
driver = Driver()
app.installEventFilter(driver)
status = main(sys.argv[1:])
print("exited", status, flush=True)
sys.exit(status)
"""


def test_a_package_opened_at_start_is_the_only_window_and_closing_it_quits(package, tmp_path):
    env = {**os.environ, "CONTACT_OWNERSHIP_DATA": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, "open", str(package)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    assert "shown: ['HrWindow']" in done.stdout, done.stdout
    assert "still shown" not in done.stdout, done.stdout
    assert "exited 0" in done.stdout and done.returncode == 0, done.stdout + done.stderr[-2000:]


def _shown() -> list[str]:
    return sorted(type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible())


def test_an_export_opened_at_start_still_shows_the_main_window(qtbot, tmp_path):
    window = open_first(str(tmp_path / "missing.zip"))
    qtbot.addWidget(window)
    assert window.isVisible()
    window.close()


def test_a_damaged_package_shows_the_start_page_with_the_reason(qtbot, tmp_path):
    damaged = tmp_path / "leaver.coreview"
    damaged.write_bytes(b"not a zip at all")
    window = open_first(str(damaged))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.isVisible() and bool(window.last_error), timeout=10_000)
    assert "leaver.coreview" in window.last_error
    assert damaged.read_bytes() == b"not a zip at all"
    window.close()


def test_declining_the_reviewer_name_shows_the_start_page(qtbot, package):
    window = open_first(str(package))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: isinstance(getattr(window, "reviewer_dialog", None), QInputDialog))
    assert _shown() == ["QInputDialog"]  # no empty start page behind the question
    window.reviewer_dialog.reject()
    qtbot.waitUntil(window.isVisible)
    assert not window.findChildren(HrWindow)
    window.close()


def test_hr_window_alone_then_closed_closes_the_hidden_main_window(qtbot, package):
    window = open_first(str(package))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: isinstance(getattr(window, "reviewer_dialog", None), QInputDialog))
    window.reviewer_dialog.setTextValue("Anne de Vries")
    window.reviewer_dialog.accept()
    qtbot.waitUntil(lambda: getattr(window, "hr_window", None) is not None, timeout=30_000)
    hr = window.hr_window
    qtbot.waitExposed(hr)
    assert _shown() == ["HrWindow"]
    assert isinstance(window, MainWindow) and not window.isVisible()
    with qtbot.waitSignal(hr.closed):
        hr.close()
    assert not window.isVisible() and window.closed_alone
