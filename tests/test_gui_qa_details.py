"""The details pane as a newcomer without a career sees it: a work contact whose employer is
not known is not shown as "none (private)"."""

from __future__ import annotations

from desktop.details import DetailsPane
from model.career import Career, Position
from tests.contact_details import contact_details


def test_a_work_contact_without_an_employer_is_not_shown_as_private(qtbot):
    pane = DetailsPane()
    qtbot.addWidget(pane)
    pane.set_career(Career(positions=[Position(company="Fality B.V.")]))
    chosen = []
    pane.employerChosen.connect(chosen.append)
    pane.show_contact(contact_details())
    combo = pane.employer
    assert combo.currentIndex() == -1 and "private" not in combo.currentText()
    assert combo.placeholderText() == "— not known: choose one —"
    combo.activated.emit(combo.findData("Fality B.V."))  # choosing one still works
    assert chosen == ["Fality B.V."]
    # a private contact (suggested or decided) still shows "none (private)"
    pane.show_contact(contact_details(suggestion="private", category="private"))
    assert combo.currentText() == "— none (private) —"
    pane.show_contact(contact_details(decision="private"))
    assert combo.currentText() == "— none (private) —" and combo.placeholderText() == ""
    pane.show_contact(contact_details(employer="Fality B.V."))
    assert combo.currentText() == "Fality B.V."


def test_the_duplicates_the_import_report_counts_can_be_found(qtbot, main_window, tmp_path):
    """The banner says duplicates are "kept and marked": the details of each say so."""
    path = tmp_path / "Connections.csv"
    row = "Anna,Smit,https://www.linkedin.com/in/anna-smit,,Acme B.V.,Inkoper,05 Mar 2021\n"
    path.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        + row
        + "Bram,Jansen,https://www.linkedin.com/in/bram,,Acme B.V.,Verkoper,06 Mar 2021\n"
        + row
    )
    main_window.open_path(path)
    qtbot.waitUntil(lambda: main_window.opened is not None, timeout=60_000)
    ws = main_window.workspace
    assert "1 duplicate row" in ws.report_bar.summary()
    shown = []
    for display_row in range(3):
        ws.review.select_display_row(display_row)
        shown.append(("A duplicate" in ws.details.subtitle.text(), ws.review.current_source_row()))
    assert sorted(shown, key=lambda s: s[1]) == [(False, 0), (False, 1), (True, 2)]
