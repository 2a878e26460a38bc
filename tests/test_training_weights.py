"""Training weighs every person the same: a few large networks must not decide the weights."""

from __future__ import annotations

import numpy as np

from model.training import TEST_SEED, fit, make_dataset, person_weights


def test_person_weights_give_every_person_the_same_total():
    person = np.array([1] * 90 + [2] * 10)
    w = person_weights(person, 1.0)
    assert np.isclose(w.mean(), 1.0)
    assert np.isclose(w[person == 1].sum(), w[person == 2].sum())
    half = person_weights(person, 0.5)
    assert w[person == 1].sum() < half[person == 1].sum() < 90 * half.mean()
    assert person_weights(person, 0.0) is None


def test_balanced_fit_changes_the_weights_and_keeps_p_work_calibrated_per_contact():
    data = make_dataset(4, TEST_SEED + 900)
    plain = fit(data, person_balance=0.0, cv=2)
    balanced = fit(data, person_balance=1.0, cv=2)
    assert not np.allclose(plain.logistic_.coef_, balanced.logistic_.coef_)
    p = balanced.predict_proba(data.facts)[:, 1]
    assert 0.3 <= balanced.threshold_ <= 0.7
    # calibrated on contacts, not persons: on its own training data the mean p_work is
    # close to the share of work contacts
    assert abs(p.mean() - data.y.mean()) < 0.1, (p.mean(), data.y.mean())


def test_fit_trains_with_the_recorded_regularisation_unless_told_otherwise():
    from model.training import REGULARISATION

    data = make_dataset(4, TEST_SEED + 900)
    recorded = fit(data, cv=2)
    weak = fit(data, C=1.0, cv=2)
    assert REGULARISATION["C"] == recorded.C
    assert weak.C == 1.0
    # a smaller C pulls the weights towards zero
    assert np.abs(recorded.logistic_.coef_).sum() < np.abs(weak.logistic_.coef_).sum()
