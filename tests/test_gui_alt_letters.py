"""Keyboard-only use (qa6, 2026-11-30): no two items of a menu, and no two buttons or labels of
a window, share an Alt letter. Where they did, the letter only moved between them and never
chose one: Review ▸ "&Clear decision", "this &company" and "&changed by my decisions" in
English, File ▸ "Bewaarde &beoordelingen" and "&Batch classificeren" in Dutch; Alt+R in
the career editor (Remove / Your role), Alt+O in the batch dialog, Alt+A in HR's window."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu, QWidget

from tests.one_contact import one_contact_export


def mnemonic(text: str) -> str | None:
    """The Alt letter of a Qt text ("Open &recent" → "r"), None without one."""
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _clashes(texts: list[str]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = {}
    for text in texts:
        letter = mnemonic(text)
        if letter:
            by_letter.setdefault(letter, []).append(text)
    return {k: v for k, v in by_letter.items() if len(v) > 1}


def menu_clashes(menu: QMenu, path: str = "") -> list[str]:
    """Letters shared by two items of ``menu`` or of any menu below it."""
    items = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
    found = [f"{path}{menu.title()}: {v}" for v in _clashes([a.text() for a in items]).values()]
    for action in items:
        if action.menu():
            found += menu_clashes(action.menu(), f"{path}{menu.title()} ▸ ")
    return found


def window_clashes(window: QWidget) -> list[str]:
    """Letters shared by two visible buttons or labels of ``window``, and by its menus."""
    texts = [
        w.text()
        for w in window.findChildren(QWidget)
        if w.isVisibleTo(window)
        and (isinstance(w, QAbstractButton) or (isinstance(w, QLabel) and w.buddy() is not None))
    ]  # a label's & is an Alt letter only with a buddy
    found = [str(v) for v in _clashes(texts).values()]
    if hasattr(window, "menuBar"):
        bar = window.menuBar()
        found += [str(v) for v in _clashes([a.text() for a in bar.actions()]).values()]
        for action in bar.actions():
            found += menu_clashes(action.menu())
    return found


@pytest.fixture(params=["en", "nl"])
def language(request, qapp):
    from desktop.app import install_translators

    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")


def test_the_main_windows_menus_have_one_item_per_alt_letter(qtbot, language, tmp_path):
    from desktop.main_window import MainWindow

    window = MainWindow()  # made after the language is set: its menus are in it
    qtbot.addWidget(window)
    window.show()
    window.open_path(one_contact_export(tmp_path))
    qtbot.waitUntil(lambda: window.opened is not None, timeout=60_000)
    assert not window_clashes(window), window_clashes(window)
    window.close()


def test_the_dialogs_have_one_control_per_alt_letter(qtbot, language, package):
    from desktop.batch_dialog import BatchDialog
    from desktop.career_editor import CareerEditor
    from desktop.hr.window import HrWindow
    from model.career import Career, Position
    from model.hr.review import HrReview

    career = Career([Position("Acme", "Developer", date(2019, 1, 1), None)])
    for window in (
        CareerEditor(career, ["Initech"]),
        BatchDialog(),
        HrWindow(HrReview.open(package, "Anne"), language),
    ):
        qtbot.addWidget(window)
        window.show()
        assert not window_clashes(window), (type(window).__name__, window_clashes(window))
        window.close()
