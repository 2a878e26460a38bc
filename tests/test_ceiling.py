"""bench/ceiling.py's helpers: folds keep each person whole, no learner sees the person it
scores, and macro-F1 from counts is scikit-learn's."""

from __future__ import annotations

from typing import ClassVar

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import f1_score

from bench.ceiling import Networks, macro_f1_counts, out_of_fold, per_person_counts, person_folds


def _persons(sizes):
    return np.repeat(np.arange(100, 100 + len(sizes)), sizes)


@pytest.mark.parametrize("n_folds", [2, 5])
def test_every_person_is_in_one_test_fold_and_never_trained_on_there(n_folds):
    rng = np.random.default_rng(3)
    person = rng.permutation(_persons(rng.integers(1, 300, size=17)))
    folds = person_folds(person, n_folds)
    assert len(folds) == n_folds
    tested = np.concatenate([test for _, test in folds])
    assert sorted(tested) == list(range(len(person)))  # every row scored exactly once
    for train, test in folds:
        assert not set(person[train]) & set(person[test])
        assert set(person[train]) | set(person[test]) == set(person)
    fold_of = {}
    for k, (_, test) in enumerate(folds):
        for p in person[test]:
            assert fold_of.setdefault(p, k) == k


def test_fewer_persons_than_folds_gives_one_fold_per_person():
    person = np.array([7, 7, 8, 9, 9, 9])
    folds = person_folds(person, 5)
    assert len(folds) == 3
    assert sorted(len(test) for _, test in folds) == [1, 2, 3]


class _Spy:
    """Remembers the persons it was fitted on and predicts its fit's work share."""

    seen: ClassVar[list] = []

    def fit(self, facts, y, groups):
        self.persons_ = set(groups)
        self.share_ = y.mean()
        _Spy.seen.append(self.persons_)
        return self

    def predict(self, facts):
        assert not set(facts["person"]) & self.persons_, "scored a person it was fitted on"
        p = np.full(len(facts), self.share_)
        return p, (p >= 0.5).astype(int)


def test_out_of_fold_scores_each_person_with_a_model_that_never_saw_it():
    rng = np.random.default_rng(5)
    person = _persons([40, 10, 25, 60, 5, 30])
    y = rng.integers(0, 2, len(person))
    data = Networks(
        facts=pd.DataFrame({"person": person}),
        y=y,
        person=person,
        shipped_p=np.zeros(len(y)),
        shipped_pred=np.zeros(len(y), dtype=int),
    )
    _Spy.seen = []
    p, _ = out_of_fold(_Spy(), data, person_folds(person, 3))
    assert len(_Spy.seen) == 3 and not np.isnan(p).any()
    for train, test in person_folds(person, 3):
        assert np.allclose(p[test], y[train].mean())


def test_macro_f1_from_counts_is_scikit_learns_per_person_and_pooled():
    rng = np.random.default_rng(11)
    person = _persons([50, 30, 8, 20, 12])
    y = rng.integers(0, 2, len(person))
    pred = rng.integers(0, 2, len(person))
    y[person == 102], pred[person == 102] = 1, 1  # only work, all right: sklearn says 1.0
    y[person == 103], pred[person == 103] = 0, 1  # no work at all, all suggested work: 0.0
    counts = per_person_counts(y, pred, person)
    mine = macro_f1_counts(*(counts[c].to_numpy() for c in ("tp", "fp", "fn", "tn")))
    theirs = [f1_score(y[person == k], pred[person == k], average="macro") for k in counts.index]
    assert np.allclose(mine, theirs)
    assert mine[2] == 1.0 and mine[3] == 0.0
    pooled = macro_f1_counts(*counts.sum().to_numpy())
    assert pooled == pytest.approx(f1_score(y, pred, average="macro"))
