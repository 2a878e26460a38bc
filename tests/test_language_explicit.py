"""The language is passed explicitly: batch workers write reasons in the chosen language."""

from __future__ import annotations

import pandas as pd
import pytest

from model import messages
from model.batch import run_batch
from model.synthetic import write_sample

DUTCH_WORDS = ("verbonden", "functie", "werkt bij", "geen ", "bedrijf", "tijdens je baan")
ENGLISH_WORDS = ("connected", "title", "works at", "no ", "company", "during your job")


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    out = tmp_path_factory.mktemp("exports")
    return [write_sample(out / f"p{i}", seed=20 + i, n_contacts=60)[0] for i in range(2)]


def reasons_of(folder):
    return " ".join(
        " ".join(pd.read_csv(f, encoding="utf-8-sig", keep_default_na=False)["reasons"])
        for f in sorted(folder.glob("*.classified.csv"))
    )


def test_messages_take_the_language_as_an_argument():
    assert messages.reason_text("same_surname", language="nl") == "zelfde achternaam als jij"
    assert messages.reason_text("same_surname", language="en") == "same surname as you"
    assert messages.months_text(1, language="nl") == "1 maand"
    before = messages.current_language()
    with messages.speaking("nl"):
        assert messages.reason_text("same_surname") == "zelfde achternaam als jij"
    assert messages.current_language() == before  # restored after the block


@pytest.mark.parametrize("jobs", [1, 2])
def test_batch_workers_write_the_chosen_language(exports, tmp_path, jobs, monkeypatch):
    # The GUI in Dutch: the parent's default is Dutch, the worker processes never saw it set.
    monkeypatch.setattr(messages, "LANGUAGE", "nl")
    results = run_batch(exports, tmp_path / "nl", jobs=jobs)
    assert [r.status for r in results] == ["ok", "ok"]
    text = reasons_of(tmp_path / "nl")
    assert any(w in text for w in DUTCH_WORDS)
    assert "connected " not in text and "during your job" not in text
    monkeypatch.setattr(messages, "LANGUAGE", "en")
    run_batch(exports, tmp_path / "en", jobs=jobs, language="en")
    english = reasons_of(tmp_path / "en")
    assert any(w in english for w in ENGLISH_WORDS) and "verbonden" not in english


def test_dates_in_reasons_follow_the_language():
    from datetime import date

    from model.explain import _fmt_day, _fmt_month

    with messages.speaking("nl"):
        assert _fmt_day(date(2021, 3, 5)) == "5 mrt 2021"
        assert _fmt_month(None) == "nu"
    with messages.speaking("en"):
        assert _fmt_day(date(2021, 3, 5)) == "5 Mar 2021"
        assert _fmt_month(date(2017, 10, 1)) == "Oct 2017"
