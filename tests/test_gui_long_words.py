"""A name, title or company of one long unbroken word (LinkedIn lets people type anything)
wraps in the details pane instead of widening it past its edge, where the reasons, the
note and the career strip were cut off behind a horizontal scroll bar."""

from __future__ import annotations

import pytest

from desktop.details import DetailsPane
from desktop.fmt import breakable

from .contact_details import contact_details

WORD = "Verzekeringsmaatschappijenarbeidsongeschiktheid" * 6  # 282 letters, no space


def test_breakable_lets_only_long_runs_break_and_keeps_the_text():
    assert breakable("Inkoper at Acme B.V.") == "Inkoper at Acme B.V."
    long = breakable(WORD + " and more")
    assert long.replace("\u200b", "") == WORD + " and more"
    assert max(len(run) for run in long.replace("\u200b", " ").split()) <= 24
    # never inside a cluster: a joiner, a combining mark or a variation selector stays attached
    family = "👩\u200d👩\u200d👧" * 12 + "e\u0301" * 12
    cut = breakable(family)
    for i, ch in enumerate(cut):
        if ch == "\u200b":
            assert cut[i - 1] != "\u200d" and cut[i + 1] not in "\u200d\u0301\ufe0f"


@pytest.mark.parametrize("field", ["name", "position", "company"])
def test_a_long_unbroken_word_wraps_in_the_details_pane(qtbot, field):
    pane = DetailsPane()
    qtbot.addWidget(pane)
    pane.resize(320, 700)
    pane.show()
    qtbot.waitExposed(pane)
    pane.show_contact(contact_details(**{field: WORD}))
    # what the content needs at least (computed now, not when the layout next runs)
    assert pane.widget().minimumSizeHint().width() <= pane.viewport().width()
    shown = pane.title.text() + pane.subtitle.text() + pane.reasons.text()
    assert WORD[:20] in shown.replace("\u200b", "")  # the whole word is still there
