"""What a screen reader says for each control (qa6, 2026-11-30). The search box and the note
field had no name at all ("edit text, blank"), the report's close button was read as "✕",
the career editor's month fields and "current" boxes, the batch dialog's fields and the
tables had no name either: a blind consultant or HR officer could not tell them apart.

A control's name is what Qt's accessibility bridge reports; a combo box on Linux reports its
current value as its name and its label through a "label" relation, so it needs a label (a
buddy) or a name of its own."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.one_contact import one_contact_export

CONTROLS = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
)


def _labels(iface) -> list[str]:
    return [
        other.text(QAccessible.Text.Name)
        for other, relation in iface.relations()
        if relation & QAccessible.RelationFlag.Label
    ]


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader announces for ``widget`` (a combo box: its label's)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    if isinstance(widget, QComboBox):
        return widget.accessibleName() or " ".join(_labels(iface))
    return iface.text(QAccessible.Text.Name).strip()


def unnamed(window: QWidget) -> list[str]:
    """The visible controls of ``window`` without a name a person can understand."""
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget, QHeaderView):
            continue
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # the line edit inside an editable combo or spin box
        if widget.objectName() == "qt_tableview_cornerbutton":
            continue  # Qt's own "select all" corner of a table
        name = spoken_name(widget)
        if not any(ch.isalpha() for ch in name):
            found.append(f"{type(widget).__name__} {widget.objectName()!r} named {name!r}")
    return found


def _show(qtbot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)


@pytest.mark.parametrize("language", ["en", "nl"])
def test_every_control_of_the_main_window_has_a_name(qtbot, qapp, main_window, tmp_path, language):
    from desktop.app import install_translators

    install_translators(qapp, language)
    try:
        main_window.open_path(one_contact_export(tmp_path))
        qtbot.waitUntil(lambda: main_window.opened is not None, timeout=60_000)
        assert main_window.workspace.report_bar.isVisible()
        assert not unnamed(main_window), unnamed(main_window)
        workspace = main_window.workspace
        assert spoken_name(workspace.details.note) == ("Note:" if language == "en" else "Notitie:")
        search = spoken_name(workspace.filter_bar.search)
        assert search.startswith("Search" if language == "en" else "Zoek")
        close = spoken_name(workspace.report_bar.close_button)
        assert close == ("Hide this report" if language == "en" else "Dit verslag verbergen")
        bar = workspace.filter_bar
        assert spoken_name(bar.employer) == ("Employer:" if language == "en" else "Werkgever:")
        wanted = "Filter: work or private" if language == "en" else "Filter: werk of privé"
        assert spoken_name(bar.suggestion) == wanted
    finally:
        install_translators(qapp, "en")


def test_every_control_of_the_career_editor_has_a_name(qtbot):
    from desktop.career_editor import CareerEditor
    from model.career import Career, Position

    career = Career(
        [
            Position("Acme", "Developer", date(2019, 1, 1), date(2020, 6, 30)),
            Position("Initech", "Lead", date(2020, 7, 1), None),
        ]
    )
    dialog = CareerEditor(career, ["Initech"])
    _show(qtbot, dialog)
    assert not unnamed(dialog), unnamed(dialog)
    # the month fields say which position they belong to, not only "Start" on every row
    start = spoken_name(dialog._edit(1, 2))
    assert "Start" in start and "Initech" in start
    assert "Initech" in spoken_name(dialog.current_box(1))


def test_every_control_of_the_batch_dialog_has_a_name(qtbot):
    from desktop.batch_dialog import BatchDialog

    dialog = BatchDialog()
    _show(qtbot, dialog)
    assert not unnamed(dialog), unnamed(dialog)
    assert spoken_name(dialog.output).startswith("Output folder")


def test_every_control_of_the_hr_window_has_a_name(qtbot, package):
    from desktop.hr.window import HrWindow
    from model.hr.review import HrReview

    hr = HrWindow(HrReview.open(package, "Anne"), "en")
    _show(qtbot, hr)
    assert not unnamed(hr), unnamed(hr)
    hr.close()


def test_every_control_of_hrs_dialogs_has_a_name(qtbot):
    from desktop.hr.package_dialog import PackageDialog
    from desktop.hr.window import SignOffDialog
    from model.hr import plan_package
    from model.predictor import load_model
    from model.synthetic import generate_person

    person = generate_person(21, "it_consultant", n_contacts=70)
    results = load_model().classify(person.contacts, person.career)
    for dialog in (
        PackageDialog(plan_package(person.contacts, results, person.career)),
        SignOffDialog("Anne"),
    ):
        _show(qtbot, dialog)
        assert not unnamed(dialog), (type(dialog).__name__, unnamed(dialog))
        dialog.close()
