"""Calibration by scenario: a person who gave a career and one whose career is inferred from the
network (or missing) each get p_work from their own sigmoid, in the estimator and in its
compiled twin; models and twins from before it keep one sigmoid, a broken second one is refused."""

import numpy as np
import pandas as pd
import pytest

from model.classifier import SCENARIO_FEATURE
from model.compiled import compile_classifier, load_compiled, save_compiled
from model.errors import ModelFileError
from model.persist import save_model
from model.predictor import OwnershipModel, load_model
from model.synthetic import generate_person
from model.training import make_dataset, person_weights


@pytest.fixture(scope="module")
def fitted():
    """A small model trained on persons with their career and persons through the inferred one."""
    from model.classifier import OwnershipClassifier

    given = make_dataset(10, 4000)
    bare = make_dataset(6, 4100, scenario="no_career", infer_no_career=True)
    facts = pd.concat([given.facts, bare.facts], ignore_index=True)
    y = np.concatenate([given.y, bare.y])
    person = np.concatenate([given.person, bare.person])
    est = OwnershipClassifier(cv=3, by_scenario=True).fit(
        facts, y, groups=person, sample_weight=person_weights(person, 1.0)
    )
    return est, facts


def _two_ways(seed=7, profession="recruiter"):
    """One generated person with the career and from its Connections.csv alone."""
    from model.career import Career

    person = generate_person(seed, profession)
    bare = Career(
        owner_name=person.career.owner_name,
        registered_on=person.career.registered_on,
        exported_on=person.career.exported_on,
    )
    return person, bare


def test_each_scenario_is_fitted_and_used_on_its_own_rows(fitted):
    est, facts = fitted
    own, inferred = est.calibrator_, est.calibrator_inferred_
    assert inferred is not None
    assert (own.a_, own.b_) != pytest.approx((inferred.a_, inferred.b_), abs=1e-3)
    scores = est.logistic_.decision_function(est.transform_features(facts))
    p = est.predict_proba(facts)[:, 1]
    no_career = facts[SCENARIO_FEATURE].to_numpy(dtype=bool)
    assert no_career.any() and (~no_career).any()
    np.testing.assert_allclose(p[~no_career], own.predict(scores[~no_career]), atol=1e-12)
    np.testing.assert_allclose(p[no_career], inferred.predict(scores[no_career]), atol=1e-12)


def test_a_person_with_a_career_and_one_without_get_their_own_sigmoid(fitted):
    est, _ = fitted
    model = OwnershipModel(est)
    person, bare = _two_ways()
    with_career = model.classify(person.contacts, person.career)
    without = model.classify(person.contacts, bare)
    for career, result, sigmoid in (
        (person.career, with_career, est.calibrator_),
        (bare, without, est.calibrator_inferred_),
    ):
        from model.features.relate import relate
        from model.inferred import infer_career

        facts = relate(person.contacts, infer_career(person.contacts, career))
        scores = est.logistic_.decision_function(est.transform_features(facts))
        np.testing.assert_allclose(result["p_work"], sigmoid.predict(scores), atol=1e-12)


def test_the_compiled_twin_chooses_the_same_sigmoid(fitted, tmp_path):
    est, facts = fitted
    save_model(est, {"name": "test"}, tmp_path)
    fast, slow = load_model(tmp_path, compiled=True), load_model(tmp_path, compiled=False)
    assert "sigmoid_inferred" in fast.estimator.arrays
    np.testing.assert_allclose(
        fast.estimator.predict_proba(facts), slow.estimator.predict_proba(facts), atol=1e-9
    )
    person, bare = _two_ways(8, "nurse")
    for career in (person.career, bare):
        a = fast.classify(person.contacts, career)
        b = slow.classify(person.contacts, career)
        np.testing.assert_allclose(a["p_work"], b["p_work"], rtol=0, atol=1e-9)
        assert (a["reasons"] == b["reasons"]).all()


def test_an_older_estimator_without_the_second_sigmoid_uses_one_for_all(fitted):
    import copy

    est, facts = fitted
    old = copy.deepcopy(est)
    del old.calibrator_inferred_, old.scenario_column_  # as pickled before this change
    scores = old.logistic_.decision_function(old.transform_features(facts))
    np.testing.assert_allclose(
        old.predict_proba(facts)[:, 1], old.calibrator_.predict(scores), atol=1e-12
    )


def test_an_older_twin_loads_with_one_sigmoid(fitted, tmp_path):
    est, facts = fitted
    arrays = compile_classifier(est)
    del arrays["sigmoid_inferred"]
    twin = load_compiled(save_compiled(arrays, tmp_path / "old.npz"))
    assert twin.scenario_column is None
    scores = est.logistic_.decision_function(est.transform_features(facts))
    np.testing.assert_allclose(
        twin.predict_proba(facts)[:, 1], est.calibrator_.predict(scores), atol=1e-9
    )


def test_a_broken_second_sigmoid_is_refused_in_one_line(fitted, tmp_path):
    est, _ = fitted
    arrays = compile_classifier(est)
    arrays["sigmoid_inferred"] = np.array([1.0, 2.0, 3.0])
    path = save_compiled(arrays, tmp_path / "three.npz")
    with pytest.raises(ModelFileError, match="sigmoid_inferred") as err:
        load_compiled(path)
    assert "\n" not in str(err.value) and "three.npz" in str(err.value)
    arrays = compile_classifier(est)
    names = arrays["feature_names"].copy()
    names[names == SCENARIO_FEATURE] = "renamed"
    arrays["feature_names"] = names
    with pytest.raises(ModelFileError, match=SCENARIO_FEATURE):
        load_compiled(save_compiled(arrays, tmp_path / "nameless.npz"))


def test_one_scenario_only_fits_one_sigmoid():
    from model.classifier import OwnershipClassifier

    bare = make_dataset(4, 4200, scenario="no_career", infer_no_career=True)
    est = OwnershipClassifier(cv=2, by_scenario=True).fit(bare.facts, bare.y, groups=bare.person)
    assert est.calibrator_inferred_ is None
    assert est.predict_proba(bare.facts).shape == (len(bare.y), 2)


def test_no_career_persons_are_related_through_the_inferred_career_as_classification_does():
    from model.career import Career
    from model.features.relate import relate
    from model.inferred import infer_career

    inferred = make_dataset(3, 4300, scenario="no_career", infer_no_career=True)
    empty = make_dataset(3, 4300, scenario="no_career", infer_no_career=False)
    assert inferred.facts[SCENARIO_FEATURE].all() and empty.facts[SCENARIO_FEATURE].all()
    assert not empty.facts["in_job"].any() and inferred.facts["in_job"].any()
    from model.synthetic import PROFESSIONS, vocabulary

    with vocabulary("train"):  # the first person, as make_dataset draws them
        person = generate_person(4300, profession=PROFESSIONS[0], varied=True)
    bare = Career(
        owner_name=person.career.owner_name,
        registered_on=person.career.registered_on,
        exported_on=person.career.exported_on,
    )
    facts = relate(person.contacts, infer_career(person.contacts, bare))
    first = inferred.facts.iloc[: len(facts)].reset_index(drop=True)
    pd.testing.assert_frame_equal(first, facts.reset_index(drop=True), check_dtype=False)


def test_weights_from_given_careers_leave_the_inferred_rows_to_their_calibrator(fitted):
    from model.classifier import OwnershipClassifier

    _, facts = fitted
    given = make_dataset(10, 4000)
    bare = make_dataset(6, 4100, scenario="no_career", infer_no_career=True)
    y = np.concatenate([given.y, bare.y])
    person = np.concatenate([given.person, bare.person])
    split = OwnershipClassifier(cv=3, by_scenario=True, weights_from_given=True).fit(
        facts, y, groups=person
    )
    alone = OwnershipClassifier(cv=3).fit(given.facts, given.y, groups=given.person)
    np.testing.assert_allclose(split.logistic_.coef_, alone.logistic_.coef_, atol=1e-8)
    assert split.calibrator_inferred_ is not None
    assert split.logistic_.coef_.ravel()[split.scenario_column_] == 0.0  # never seen set


def test_held_out_scores_without_groups_use_the_folds_cross_val_predict_uses(fitted):
    """Without groups, weights_from_given's held-out scores come from the same (stratified)
    folds as the default path's cross_val_predict, so the two differ only in what they learn."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_predict
    from sklearn.pipeline import Pipeline

    from model.classifier import _held_out_scores, build_features

    _, facts = fitted
    facts = facts.iloc[::7].reset_index(drop=True)
    y = np.asarray(facts["in_job"], dtype=int) ^ (np.arange(len(facts)) % 3 == 0)
    pipeline = Pipeline(
        [("features", build_features()), ("logistic", LogisticRegression(C=0.03, max_iter=3000))]
    )
    everyone = np.ones(len(y), bool)
    expected = cross_val_predict(pipeline, facts, y, cv=3, method="decision_function")
    got = _held_out_scores(pipeline, facts, y, 3, None, everyone)
    np.testing.assert_allclose(got, expected, atol=1e-9)


def test_the_shipped_estimator_from_before_the_options_still_has_its_parameters():
    """The shipped .skops was saved before ``by_scenario`` and ``weights_from_given`` existed:
    loaded, it has them at their defaults, so get_params, repr and clone work as before."""
    from sklearn.base import clone

    est = load_model(compiled=False).estimator
    params = est.get_params()
    assert params["by_scenario"] is False and params["weights_from_given"] is False
    assert "OwnershipClassifier(" in repr(est)
    assert clone(est).get_params() == params
