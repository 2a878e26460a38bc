"""With no decision made, the window's first view of the bundled sample, the personal layer's
first pass and ``classify``'s output are one and the same (flags, sides, p_work): a consultant
must not see the flagged count move while deciding nothing. Then one decision may move flags
only where the decided contact's company or title words are."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from desktop.jobs import get_model, open_and_classify
from desktop.personal import prepare, refit
from desktop.start_page import bundled_sample
from model.learning.output import classify_personal_to_file
from model.learning.store import sidecar_path


@pytest.fixture
def opened(_data_dir):  # a session in the test's own data folder
    sample = bundled_sample()
    assert sample is not None, "model/shipped/sample/*.zip is missing"
    opened = open_and_classify(sample)
    yield opened
    opened.close()


def _same_suggestions(a: pd.DataFrame, b: pd.DataFrame) -> None:
    a, b = a.reset_index(drop=True), b.reset_index(drop=True)
    assert (a["flagged"].to_numpy(bool) == b["flagged"].to_numpy(bool)).all()
    assert (a["suggestion"].astype(str).to_numpy() == b["suggestion"].astype(str).to_numpy()).all()
    np.testing.assert_allclose(a["p_work"].to_numpy(float), b["p_work"].to_numpy(float), atol=1e-9)


def test_first_view_is_what_classify_writes_and_the_first_pass_keeps(opened, tmp_path):
    model = get_model()
    contacts, shown = opened.export.contacts, opened.results
    n = len(contacts)
    assert 0 < int(shown["flagged"].sum()) < n
    lo, hi = model.flag_band
    p = shown["p_work"].to_numpy(float)
    # the first view flags the model's own band and suggests work from the model's threshold
    assert (shown["flagged"].to_numpy(bool) == ((p >= lo) & (p <= hi))).all()
    assert ((shown["suggestion"] == "work").to_numpy() == (p >= model.threshold)).all()

    # what `classify` writes for the same export
    out = tmp_path / "classified.csv"
    written, _personal = classify_personal_to_file(model, contacts, opened.career(), out)
    _same_suggestions(shown, written)
    table = pd.read_csv(out)
    assert int(table["flagged"].sum()) == int(shown["flagged"].sum())
    assert (table["suggestion"].to_numpy() == shown["suggestion"].to_numpy()).all()

    # the personal layer's first pass, as the app runs it, with zero decisions
    none = np.full(n, "", dtype=object)
    sidecar = sidecar_path(opened.session.journal_path)
    prepared = prepare(contacts, shown, opened.career(), sidecar, none, model.threshold)
    first = refit(
        contacts,
        shown,
        shown,
        prepared.inputs,
        none,
        prepared.forgotten,
        model.flag_band,
        model.threshold,
    )
    _same_suggestions(shown, first.results)
    assert len(first.changed) == 0 and len(first.moved) == 0


def test_one_decision_moves_flags_only_near_the_decided_contact(opened):
    model = get_model()
    contacts, shown = opened.export.contacts, opened.results
    n = len(contacts)
    none = np.full(n, "", dtype=object)
    sidecar = sidecar_path(opened.session.journal_path)
    prepared = prepare(contacts, shown, opened.career(), sidecar, none, model.threshold)
    row = int(np.argmin(np.where(prepared.order > 0, prepared.order, np.iinfo(np.int64).max)))
    inputs = prepared.inputs

    def words(r):
        return set(f"{contacts['company'].iloc[r]} {contacts['position'].iloc[r]}".lower().split())

    for side in ("work", "private"):
        decisions = none.copy()
        decisions[row] = side
        out = refit(
            contacts,
            shown,
            shown,
            inputs,
            decisions,
            prepared.forgotten,
            model.flag_band,
            model.threshold,
        )
        flips = np.flatnonzero(
            out.results["flagged"].to_numpy(bool) != shown["flagged"].to_numpy(bool)
        )
        flips = flips[flips != row]
        same_company = inputs.company[flips] == inputs.company[row]
        shares_word = np.array([bool(words(r) & words(row)) for r in flips], dtype=bool)
        assert (same_company | shares_word).all(), contacts.iloc[
            flips[~(same_company | shares_word)]
        ]
        assert len(flips) < 0.05 * n  # one decision is local, not a re-flagging of the network
