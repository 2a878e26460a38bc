"""The person chooses how much to review: the most uncertain share of contacts."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from model.flagging import most_uncertain, with_share


def test_most_uncertain_takes_the_share_closest_to_a_half():
    p = np.array([0.9, 0.52, 0.1, 0.45, 0.7, 0.49, 0.02, 0.6, 0.35, 0.99])
    assert list(np.flatnonzero(most_uncertain(p, 0.2))) == [1, 5]
    assert most_uncertain(p, 0.3).sum() == 3 and most_uncertain(p, 0.3)[3]
    assert most_uncertain(p, 0.0).sum() == 0 and most_uncertain(p, 1.0).all()
    with pytest.raises(ValueError):
        most_uncertain(p, 1.5)


def test_the_share_is_who_is_most_likely_wrong_not_who_is_nearest_a_half():
    # threshold 0.6: at 0.58 a private suggestion is wrong 58 % of the time, at 0.47 only 47 %
    p = np.array([0.47, 0.58, 0.9, 0.1])
    work = p >= 0.6
    assert list(np.flatnonzero(most_uncertain(p, 0.25, work))) == [1]
    assert list(np.flatnonzero(most_uncertain(p, 0.25))) == [0]  # no sides given: nearest 0.5
    results = pd.DataFrame({"p_work": p, "suggestion": np.where(work, "work", "private")})
    assert list(np.flatnonzero(with_share(results, 0.25)["flagged"])) == [1]


def test_with_share_keeps_the_input_and_restores_the_band():
    results = pd.DataFrame({"p_work": [0.5, 0.9, 0.4, 0.1], "flagged": [True, False, True, False]})
    band = results["flagged"].copy()
    quarter = with_share(results, 0.25)
    assert list(quarter["flagged"]) == [True, False, False, False]
    assert list(results["flagged"]) == [True, False, True, False]
    assert list(with_share(quarter, None, band)["flagged"]) == list(band)
