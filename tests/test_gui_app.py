"""Starting the app: arguments, and a real process that shows its window and exits cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.app import _parse

ROOT = Path(__file__).resolve().parents[1]

# Runs desktop.app.main() as `contact-ownership` does, closes the window once it is exposed.
_CHILD = """
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QWindow
from desktop.app import main, make_app

class CloseWhenShown(QObject):
    def eventFilter(self, obj, event):
        if isinstance(obj, QWindow) and event.type() == QEvent.Type.Expose and obj.isExposed():
            from desktop.main_window import top_window
            app.removeEventFilter(self)
            print("shown:", top_window().windowTitle(), flush=True)
            top_window().close()
        return False

app = make_app()
closer = CloseWhenShown()
app.installEventFilter(closer)
sys.exit(main(sys.argv[1:]))
"""


def test_arguments():
    assert _parse([]).file is None
    assert _parse(["export.zip"]).file == "export.zip"
    assert _parse(["open", "export.zip"]).file == "export.zip"  # `contact-ownership open FILE`
    assert _parse(["open"]).file is None


def test_a_real_start_shows_the_window_and_exits_cleanly(tmp_path):
    env = {**os.environ, "CONTACT_OWNERSHIP_DATA": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _CHILD],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "shown: Contact Ownership" in done.stdout
    assert "Traceback" not in done.stderr
    assert (tmp_path / "desktop.ini").is_file()  # geometry saved on close


def test_dutch_interface(qtbot, qapp):
    from PySide6.QtCore import QCoreApplication, QLocale

    from desktop.app import install_translators
    from desktop.main_window import MainWindow
    from desktop.table_data import build_table_data
    from desktop.table_model import COL, ContactsTableModel
    from tests.test_gui_table_model import make_frames

    default = QLocale()
    translators = install_translators(qapp, "nl")
    try:
        assert translators, "desktop/i18n/contact_ownership_nl.qm is missing"
        window = MainWindow()
        qtbot.addWidget(window)
        titles = [a.text() for a in window.menuBar().actions()]
        assert "&Bestand" in titles and "&Loopbaan" in titles
        assert window.start_page.open_button.text() == "Export openen…"
        model = ContactsTableModel()
        assert model.headerData(COL["connected"], Qt.Orientation.Horizontal) == "Verbonden op"
        model.set_table(build_table_data(*make_frames()))
        assert model.data(model.index(0, COL["category"])) == "klant"  # client
        assert model.data(model.index(1, COL["suggestion"])) == "privé"
        from desktop.details import ContactDetails, DetailsPane

        pane = DetailsPane()
        qtbot.addWidget(pane)
        info = ContactDetails(0, "An", "Acme", "Buyer", None, "work", 0.8, False, "Acme", "client")
        pane.show_contact(info)
        assert "p(werk) = 0.80" in pane.suggestion.text()  # no English in the Dutch pane
        from datetime import UTC, datetime

        event = {"when": datetime(2026, 1, 2, tzinfo=UTC), "who": "An", "action": "undo decide"}
        info.history.append({**event, "decision": "work", "employer": "Acme"})
        pane.show_contact(info)
        assert "ongedaan: besloten → werk (Acme)" in pane.history.text()  # not "undo decide"
        info.history.append({**event, "decision": "", "employer": "Acme"})
        pane.show_contact(info)
        assert pane.history.text().endswith("ongedaan: besloten → onbeslist")  # no employer
        from desktop.fmt import Count

        assert f"{Count(1095):,}" == "1.095"
        from model import messages

        assert messages.reason_text("same_surname") == "zelfde achternaam als jij"
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(default)
        from model import messages

        messages.set_language("en")


def test_no_display_is_one_line_not_a_core_dump(tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["CONTACT_OWNERSHIP_DATA"] = str(tmp_path / "data")
    proc = subprocess.run(
        [sys.executable, "-m", "desktop"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.strip().startswith("contact-ownership: error: no display")
    assert proc.stderr.strip().count("\n") == 0
