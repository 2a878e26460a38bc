"""A penalty per feature group: ``OwnershipClassifier(block_weights=...)`` multiplies a block's
columns (ColumnTransformer's ``transformer_weights``), which divides that block's L2 penalty by
the weight squared. Off by default (today's arrays); the compiled twin predicts the same."""

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone

from model.classifier import OwnershipClassifier
from model.compiled import compile_classifier, load_compiled, save_compiled
from model.predictor import load_model
from model.training import make_dataset, person_weights

# title words weighed down, and the signals (which hold the 0/1 owner_no_career column that
# picks the calibrator) below 0.5 so that the scenario cut must follow the weight
WEIGHTS = {"title": 0.25, "signals": 0.4}


@pytest.fixture(scope="module")
def data():
    given = make_dataset(10, 4000)
    bare = make_dataset(6, 4100, scenario="no_career", infer_no_career=True)
    facts = pd.concat([given.facts, bare.facts], ignore_index=True)
    y = np.concatenate([given.y, bare.y])
    person = np.concatenate([given.person, bare.person])
    categories = np.concatenate([given.category, bare.category])
    return facts, y, person, categories


def _fit(data, **params):
    facts, y, person, categories = data
    return OwnershipClassifier(cv=3, by_scenario=True, **params).fit(
        facts, y, categories=categories, groups=person, sample_weight=person_weights(person, 1.0)
    )


@pytest.fixture(scope="module")
def plain(data):
    return _fit(data)


@pytest.fixture(scope="module")
def weighted(data):
    return _fit(data, block_weights=WEIGHTS)


def test_default_is_todays_model(data, plain):
    """No weights and weights of 1 for every block give the same features and the same fit."""
    facts = data[0]
    assert plain.get_params()["block_weights"] is None
    assert plain.features_.transformer_weights is None
    ones = _fit(data, block_weights={b: 1.0 for b in ("timing", "network", "signals", "title")})
    a, b = plain.transform_features(facts), ones.transform_features(facts)
    assert (a != b).nnz == 0
    np.testing.assert_allclose(ones.logistic_.coef_, plain.logistic_.coef_, rtol=0, atol=1e-12)
    np.testing.assert_array_equal(plain.column_scale(), np.ones(a.shape[1]))
    # the twin of a model without weights has its coefficients as they are
    np.testing.assert_array_equal(compile_classifier(plain)["work_coef"], plain.logistic_.coef_[0])


def test_weights_scale_the_block_and_change_the_fit(data, plain, weighted):
    facts = data[0]
    title = weighted.features_.output_indices_["title"]
    signals = weighted.features_.output_indices_["signals"]
    timing = weighted.features_.output_indices_["timing"]
    a = plain.transform_features(facts).toarray()
    b = weighted.transform_features(facts).toarray()
    np.testing.assert_allclose(b[:, title], 0.25 * a[:, title], atol=1e-12)
    np.testing.assert_allclose(b[:, signals], 0.4 * a[:, signals], atol=1e-12)
    np.testing.assert_array_equal(b[:, timing], a[:, timing])
    # the title words' effective weights (coefficient times column factor) shrink: a penalty
    # sixteen times stronger on that block
    effective = weighted.logistic_.coef_[0] * weighted.column_scale()
    shrink = np.linalg.norm(effective[title]) / np.linalg.norm(plain.logistic_.coef_[0][title])
    assert shrink < 0.5
    assert not np.allclose(weighted.predict_proba(facts), plain.predict_proba(facts), atol=1e-3)


def test_each_scenario_keeps_its_calibrator_with_a_weighted_scenario_column(data, weighted):
    facts = data[0]
    est = weighted
    scores = est.logistic_.decision_function(est.transform_features(facts))
    no_career = facts["owner_no_career"].to_numpy(dtype=bool)
    p = est.predict_proba(facts)[:, 1]
    np.testing.assert_allclose(p[no_career], est.calibrator_inferred_.predict(scores[no_career]))
    np.testing.assert_allclose(p[~no_career], est.calibrator_.predict(scores[~no_career]))


def test_compiled_twin_agrees(data, weighted, tmp_path):
    facts = data[0]
    twin = load_compiled(save_compiled(compile_classifier(weighted), tmp_path / "w.npz"))
    np.testing.assert_allclose(
        twin.predict_proba(facts), weighted.predict_proba(facts), rtol=0, atol=1e-9
    )
    assert weighted.category_ is not None
    np.testing.assert_array_equal(
        twin.predict_category_z(twin.transform_features(facts)),
        weighted.predict_category_z(weighted.transform_features(facts)),
    )
    # each feature's term in the logit, as the reasons use them
    terms, names = weighted.contributions_z(weighted.transform_features(facts))
    pool = np.eye(terms.shape[1])[:, :40]
    twin_terms, twin_names = twin.contributions_z(twin.transform_features(facts))
    np.testing.assert_allclose(twin_terms @ pool, terms @ pool, atol=1e-9)
    assert list(twin_names) == list(names)


def test_clone_and_params(weighted):
    params = weighted.get_params()
    assert params["block_weights"] == WEIGHTS
    copy = clone(weighted)
    assert copy.get_params() == params
    assert copy.block_weights is not weighted.block_weights  # clone copies, never shares
    assert copy.set_params(block_weights={"title": 0.5}).block_weights == {"title": 0.5}
    assert "'title': 0.25" in repr(weighted)


def test_unknown_block_is_refused(data):
    facts, y, person, _ = data
    with pytest.raises(ValueError, match="unknown feature blocks \\['titles'\\]"):
        OwnershipClassifier(cv=2, block_weights={"titles": 0.5}).fit(facts, y, groups=person)


def test_the_shipped_model_loads_without_block_weights():
    est = load_model(compiled=False).estimator
    assert est.get_params()["block_weights"] is None
    assert clone(est).get_params() == est.get_params()


def test_training_fits_with_the_recorded_block_weights(monkeypatch):
    """model.training.fit passes BLOCK_WEIGHTS (None as shipped) unless told otherwise."""
    import model.training as training

    data = make_dataset(4, 4200)
    assert training.fit(data, cv=2).block_weights is training.BLOCK_WEIGHTS is None
    monkeypatch.setattr(training, "BLOCK_WEIGHTS", {"title": 0.5})
    est = training.fit(data, cv=2)
    assert est.block_weights == {"title": 0.5}
    assert est.features_.transformer_weights == {"title": 0.5}
    assert training.fit(data, cv=2, block_weights=None).block_weights is None
