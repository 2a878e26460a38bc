"""Without any career (no Positions.csv, none inferred, none entered) the details pane says so
and where to add one, instead of an empty timeline axis with a lone year on it."""

from __future__ import annotations

from datetime import date

from desktop.details import DetailsPane
from model.career import Career, Position

from .contact_details import contact_details


def test_no_career_hides_the_strip_and_says_where_to_add_one(qtbot):
    pane = DetailsPane()
    qtbot.addWidget(pane)
    pane.set_career(Career())
    pane.show_contact(contact_details())
    assert not pane.strip.isVisibleTo(pane)
    caption = pane.strip_caption.text()
    assert "No career known" in caption and "Edit career and clients" in caption
    assert "red line" not in caption


def test_a_career_shows_the_strip_and_the_red_line(qtbot):
    pane = DetailsPane()
    qtbot.addWidget(pane)
    pane.set_career(Career(positions=[Position("Acme", "Buyer", date(2019, 1, 1), None)]))
    pane.show_contact(contact_details())
    assert pane.strip.isVisibleTo(pane)
    assert "red line" in pane.strip_caption.text()


def test_no_career_in_dutch(dutch, qtbot):
    pane = DetailsPane()
    qtbot.addWidget(pane)
    pane.set_career(Career())
    pane.show_contact(contact_details())
    assert "Loopbaan ▸ Loopbaan en klanten bewerken" in pane.strip_caption.text()
