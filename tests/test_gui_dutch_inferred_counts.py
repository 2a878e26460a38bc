"""Counts in the inferred career's texts follow the interface language like every other count:
"2.466 van je contacten" in Dutch (it was "2,466", English grouping, in a Dutch sentence)."""

from __future__ import annotations

from datetime import date

from desktop.career_editor import CareerEditor
from desktop.career_strip import position_text
from model.inferred.career import InferredCareer, InferredPosition


def _inferred() -> InferredCareer:
    position = InferredPosition(
        "Lindeinga Mode", "", date(2021, 6, 1), None, contacts=2466, share=0.4, peak_year=2021
    )
    return InferredCareer(positions=[position], searched=True)


def test_the_strip_and_the_editor_group_thousands_in_dutch(dutch, qtbot):
    career = _inferred()
    assert "(2.466 van je contacten" in position_text(career.positions[0])
    editor = CareerEditor(career, suggestion=career)
    qtbot.addWidget(editor)
    assert "2.466 van je contacten" in editor.suggestion_label.text()


def test_and_in_english_with_a_comma(qapp, qtbot):
    from PySide6.QtCore import QLocale

    default = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English))
    try:
        career = _inferred()
        assert "(2,466 of your contacts work there)" in position_text(career.positions[0])
        editor = CareerEditor(career, suggestion=career)
        qtbot.addWidget(editor)
        assert "2,466 of your contacts work there" in editor.suggestion_label.text()
    finally:
        QLocale.setDefault(default)
