"""The contacts table model on its own: rows, roles, sort, filter and dataChanged."""

from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtCore import Qt

from desktop.table_data import FilterSpec, build_table_data
from desktop.table_model import (
    COL,
    COLUMNS,
    ContactsTableModel,
    DecidedRole,
    FlaggedRole,
    LabelRole,
    SourceRowRole,
)
from model.schema import conform_contacts
from model.session import ReviewSession

DISPLAY = Qt.ItemDataRole.DisplayRole


def make_frames() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Six generated contacts and hand-made results (the table model needs no classifier)."""
    contacts = conform_contacts(
        pd.DataFrame(
            {
                "first_name": ["Anna", "bram", "Carla", "Daan", "Eva", "Fleur"],
                "last_name": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Mulder"],
                "company": ["Acme B.V.", "", "Globex", "acme b.v.", "Initech", "Globex"],
                "position": ["Buyer", "Student", "Recruiter", "", "Teacher", "HR manager"],
                "connected_on": pd.to_datetime(
                    ["2021-03-05", "2015-01-10", None, "2019-07-01", "2023-11-30", "2020-02-02"]
                ),
            }
        )
    )
    results = pd.DataFrame(
        {
            "suggestion": pd.array(
                ["work", "private", "work", "work", "private", "work"], dtype="str"
            ),
            "p_work": [0.93, 0.08, 0.55, 0.81, 0.2, 0.53],
            "employer": pd.array(["Acme B.V.", "", "Globex", "Acme B.V.", "", "Globex"], "str"),
            "category": pd.array(
                ["client", "private", "colleague", "client", "private", "colleague"], "str"
            ),
            "flagged": [False, False, True, False, False, True],
            "reasons": [("works at Acme B.V.",), ("student",), (), ("a",), ("b",), ("c", "d")],
        }
    )
    return contacts, results


@pytest.fixture
def model(qtmodeltester):
    contacts, results = make_frames()
    m = ContactsTableModel()
    m.set_table(build_table_data(contacts, results))
    qtmodeltester.check(m)
    return m


def column(model: ContactsTableModel, name: str) -> list:
    return [model.data(model.index(r, COL[name]), DISPLAY) for r in range(model.rowCount())]


def test_rows_columns_and_roles(model):
    assert model.rowCount() == 6
    assert model.columnCount() == len(COLUMNS)
    assert column(model, "name")[:2] == ["Anna de Vries", "bram Jansen"]
    assert column(model, "connected") == [
        "05 Mar 2021",
        "10 Jan 2015",
        "",
        "01 Jul 2019",
        "30 Nov 2023",
        "02 Feb 2020",
    ]
    assert column(model, "suggestion")[:3] == ["work", "private", "work ?"]
    # Confidence is that of the suggestion: 1 - p_work for a private one.
    assert column(model, "confidence")[:2] == ["93 %", "92 %"]
    index = model.index(2, COL["suggestion"])
    assert model.data(index, SourceRowRole) == 2
    assert model.data(index, LabelRole) == "work"
    assert model.data(index, FlaggedRole) is True
    assert model.data(index, DecidedRole) == ""
    assert "uncertain" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    tip = model.data(model.index(0, COL["suggestion"]), Qt.ItemDataRole.ToolTipRole)
    assert "works at Acme B.V." in tip
    assert model.headerData(0, Qt.Orientation.Horizontal, DISPLAY) == "Name"


def test_sort_text_case_insensitive_with_empties_last(model):
    model.sort(COL["company"], Qt.SortOrder.AscendingOrder)
    # "Acme B.V." and "acme b.v." tie and keep input order; the empty company goes last.
    assert column(model, "company") == ["Acme B.V.", "acme b.v.", "Globex", "Globex", "Initech", ""]
    model.sort(COL["company"], Qt.SortOrder.DescendingOrder)
    assert column(model, "company")[0] == "Initech"
    assert column(model, "company")[-1] == ""


def test_sort_dates_and_confidence(model):
    model.sort(COL["connected"], Qt.SortOrder.AscendingOrder)
    assert column(model, "connected")[:2] == ["10 Jan 2015", "01 Jul 2019"]
    assert column(model, "connected")[-1] == ""  # a missing date sorts last
    model.sort(COL["confidence"], Qt.SortOrder.DescendingOrder)
    assert column(model, "confidence")[:4] == ["93 %", "92 %", "81 %", "80 %"]
    # the flagged ones say so instead of a percentage, and come last: least sure
    assert column(model, "confidence")[-2:] == ["uncertain", "uncertain"]
    model.sort(COL["confidence"], Qt.SortOrder.AscendingOrder)
    assert column(model, "name")[:2] == ["Fleur Mulder", "Carla Bakker"]  # 0.53, then 0.55


def test_confidence_never_contradicts_the_suggestion():
    """With a work threshold of 0.55, p_work 0.52 is suggested private: shown "<50 %" it
    would argue against itself. It says "uncertain" even when not flagged (a narrow band)."""
    contacts, results = make_frames()
    results.loc[1, "p_work"] = 0.52  # private, below the threshold, above one half
    results["flagged"] = False
    m = ContactsTableModel()
    m.set_table(build_table_data(contacts, results))
    assert column(m, "suggestion")[1] == "private"
    assert column(m, "confidence")[1] == "uncertain"
    assert column(m, "confidence")[2] == "55 %"  # work at 0.55: more likely than not
    for text in column(m, "confidence"):
        assert text == "uncertain" or int(text.rstrip(" %")) >= 50
    m.sort(COL["confidence"], Qt.SortOrder.AscendingOrder)
    assert column(m, "confidence")[:2] == ["uncertain", "53 %"]


def test_filters(model):
    model.set_filter(FilterSpec(text="acme"))
    assert model.rowCount() == 2
    model.set_filter(FilterSpec(text="GLOBEX  hr"))  # every word must match
    assert column(model, "name") == ["Fleur Mulder"]
    model.set_filter(FilterSpec(suggestion="private"))
    assert column(model, "name") == ["bram Jansen", "Eva Smit"]
    model.set_filter(FilterSpec(flagged_only=True))
    assert model.rowCount() == 2
    model.set_filter(FilterSpec(employer="Globex", category="colleague"))
    assert model.rowCount() == 2
    model.set_filter(FilterSpec(employer=""))
    assert model.rowCount() == 2  # the private ones have no employer
    model.set_filter(FilterSpec(month=(2021, 3)))
    assert column(model, "name") == ["Anna de Vries"]
    model.set_filter(FilterSpec(month=(2022, 3)))
    assert model.rowCount() == 0
    model.set_filter(FilterSpec(text="nobody at all"))
    assert model.rowCount() == 0
    model.set_filter(FilterSpec())
    assert model.rowCount() == 6


def test_filter_and_sort_combine(model):
    model.sort(COL["name"], Qt.SortOrder.DescendingOrder)
    model.set_filter(FilterSpec(suggestion="work"))
    assert column(model, "name") == ["Fleur Mulder", "Daan Visser", "Carla Bakker", "Anna de Vries"]
    assert model.source_row(0) == 5
    assert model.display_row(1) == -1  # private: hidden by the filter
    assert model.display_row(3) == 1


def record_changes(model: ContactsTableModel) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, *_: spans.append((a.row(), b.row())))
    model.modelReset.connect(lambda: spans.append(("reset",)))
    return spans


def with_session(model, tmp_path):
    """A real review session on the model's rows; the model looks decisions up in it."""
    contacts, results = make_frames()
    source = tmp_path / "Connections.csv"
    source.write_text("x\n", encoding="utf-8")
    session = ReviewSession.open(source, contacts, results, journal_dir=tmp_path / "j")
    model.set_table(model.table(), session)
    return session


def test_review_emits_data_changed_for_changed_rows_only(model, tmp_path):
    session = with_session(model, tmp_path)
    model.sort(COL["name"], Qt.SortOrder.AscendingOrder)
    spans = record_changes(model)
    changed = session.decide([0, 4], "work")
    model.review_changed(changed)
    assert list(changed) == [0, 4]
    # Sorted by name: Anna (src 0) shows at row 0, Eva (src 4) at row 4; no reset.
    assert sorted(spans) == [(0, 0), (4, 4)]
    assert column(model, "review")[0] == "✓ work"
    assert column(model, "review")[4] == "✎ work"
    # Eva was suggested private; decided work, her category follows the session's rule.
    assert column(model, "category")[4] == "other work"
    assert model.data(model.index(4, 0), DecidedRole) == "work"
    counts = model.counts()
    assert counts == {
        "contacts": 6,
        "shown": 6,
        "work": 5,
        "private": 1,
        "flagged": 2,
        "decided": 2,
    }
    session.close()


def test_undo_shows_the_category_of_the_session_never_a_stale_one(model, tmp_path):
    session = with_session(model, tmp_path)
    model.review_changed(session.decide([4], "work"))
    model.review_changed(session.decide([4], "private"))
    assert column(model, "category")[4] == "private"
    model.review_changed(session.undo())
    model.review_changed(session.undo())
    assert column(model, "category")[4] == "private"  # the model's own category again
    assert column(model, "review")[4] == ""
    model.review_changed(session.decide([0], "private"))
    model.review_changed(session.undo())
    assert column(model, "category")[0] == "client"
    session.close()


def test_review_of_adjacent_rows_is_one_signal_and_undecided_filter(model, tmp_path):
    session = with_session(model, tmp_path)
    spans = record_changes(model)
    model.review_changed(session.decide([0, 1, 2], "private"))
    assert spans == [(0, 2)]
    assert column(model, "category")[:3] == ["private", "private", "private"]
    model.set_filter(FilterSpec(undecided_only=True))
    assert model.rowCount() == 3
    model.set_filter(FilterSpec(suggestion="private"))
    assert column(model, "name") == ["Anna de Vries", "bram Jansen", "Carla Bakker", "Eva Smit"]
    session.close()


def test_employer_change_updates_column_and_sort(model, tmp_path):
    session = with_session(model, tmp_path)
    changed = session.set_employer([2], "Acme B.V.")
    model.review_changed(changed)
    assert list(changed) == [2]
    assert column(model, "employer")[2] == "Acme B.V."
    model.set_filter(FilterSpec(employer="Acme B.V."))
    assert model.rowCount() == 3
    assert model.employers() == ["Acme B.V.", "Globex"]
    model.set_filter(FilterSpec())
    model.sort(COL["employer"], Qt.SortOrder.AscendingOrder)
    assert column(model, "employer")[:3] == ["Acme B.V."] * 3
    session.close()


def test_confidence_is_never_shown_as_100_percent(model):
    from desktop.table_model import confidence_text, shown_probability

    assert f"{shown_probability(0.998):.2f}" == "0.99"
    assert f"{shown_probability(0.001):.2f}" == "0.01"
    assert confidence_text(0.9999) == "99 %"
    assert confidence_text(0.5) == "50 %"
    assert all(text != "100 %" for text in column(model, "confidence"))


def test_empty_table():
    contacts, results = make_frames()
    m = ContactsTableModel()
    assert m.rowCount() == 0
    m.set_table(build_table_data(contacts.iloc[:0], results.iloc[:0]))
    assert m.rowCount() == 0
    assert m.counts()["contacts"] == 0


def test_painted_cells_show_what_data_answers(model, qtbot, tmp_path):
    """What the view's delegates get to paint is what data() answers, role by role (text,
    alignment, the colour of a decision against the suggestion), sorted and filtered too."""
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView

    session = with_session(model, tmp_path)
    model.review_changed(session.decide([4], "work"))  # Eva was suggested private
    model.review_changed(session.decide([0], "work"))  # Anna: the suggestion confirmed
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = QStyledItemDelegate(view)  # the view's own kind of delegate
    overridden = QColor("#9a5b00")

    def painted(row: int, col: int) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, model.index(row, col))
        return option

    for spec in (FilterSpec(), FilterSpec(text="a")):
        model.set_filter(spec)
        model.sort(COL["name"], Qt.SortOrder.DescendingOrder)
        assert model.rowCount() > 2
        for row in range(model.rowCount()):
            for col in range(model.columnCount()):
                option = painted(row, col)
                assert option.text == model.data(model.index(row, col), DISPLAY)
                right = COLUMNS[col] == "confidence"
                assert bool(option.displayAlignment & Qt.AlignmentFlag.AlignRight) == right
    model.set_filter(FilterSpec())
    eva = model.display_row(4)
    anna = model.display_row(0)
    assert painted(eva, COL["review"]).text == "✎ work"
    assert painted(eva, COL["review"]).palette.color(QPalette.ColorRole.Text) == overridden
    assert painted(anna, COL["review"]).text == "✓ work"
    assert painted(anna, COL["review"]).palette.color(QPalette.ColorRole.Text) != overridden
    session.close()
