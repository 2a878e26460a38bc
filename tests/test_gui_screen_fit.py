"""Windows stay on the screen; the last folder is stored absolute."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect

from desktop.main_window import MainWindow
from desktop.screen_fit import available_rect, clamp_rect
from desktop.settings import Settings
from tests.test_gui_main_window import (  # noqa: F401 - fixtures
    open_and_wait,
    rule_model,
    sample,
    window,
)


def inside(rect: QRect, area: QRect) -> bool:
    return area.contains(rect.topLeft()) and area.contains(rect.bottomRight())


def test_clamp_rect_shrinks_and_moves_inside():
    area = QRect(0, 0, 1024, 768)
    assert clamp_rect(QRect(900, 700, 400, 300), area) == QRect(624, 468, 400, 300)
    assert clamp_rect(QRect(-50, -20, 2000, 1500), area) == area
    assert clamp_rect(QRect(10, 10, 100, 100), area) == QRect(10, 10, 100, 100)


def test_a_window_saved_on_a_larger_screen_opens_on_this_one(qtbot):
    settings = Settings()
    first = MainWindow(settings)
    qtbot.addWidget(first)
    area = available_rect(first)
    first.setGeometry(area.right() - 100, area.bottom() - 50, area.width() * 2, area.height() * 2)
    settings.set_geometry("main/geometry", first.saveGeometry())
    first.close()
    second = MainWindow(settings)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    qtbot.waitUntil(lambda: inside(second.frameGeometry(), available_rect(second)))


def test_the_timeline_opens_on_the_screen(qtbot, window, sample):  # noqa: F811
    open_and_wait(qtbot, window, sample)
    area = available_rect(window)
    window.move(area.right() - 200, area.top())
    window.show_timeline()
    chart = window.workspace._timeline
    qtbot.waitExposed(chart)
    qtbot.waitUntil(lambda: inside(chart.frameGeometry(), available_rect(chart)))
    chart.close()


def test_last_folder_is_stored_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sample").mkdir()
    settings = Settings()
    settings.set_last_dir("sample")
    assert settings.last_dir() == str(tmp_path / "sample")
    assert Path(settings.last_dir()).is_absolute()
    settings._qs.setValue("files/last_dir", "relative/from/elsewhere")  # an older version's
    assert settings.last_dir() == ""
