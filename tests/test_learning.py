"""The personal layer: decisions fix what the base model gets wrong, never touch decided
contacts, order the review usefully, and are saved as plain arrays."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from model.learning import PersonalLayer, personal_inputs, personalize, review_order
from model.learning.store import load_layer, save_layer, sidecar_path
from model.predictor import load_model
from tests.learning_networks import beekeeper

THRESHOLD = load_model().threshold


def macro_f1(y, pred) -> float:
    from sklearn.metrics import f1_score

    return float(f1_score(y, pred, average="macro"))


@pytest.fixture(scope="module")
def network():
    contacts, career, y = beekeeper()
    results = load_model().classify(contacts, career)
    return contacts, career, y, results, personal_inputs(contacts, results, career)


def _decide_in_order(results, inputs, y, k: int, step: int = 10):
    decisions = np.full(len(y), "", dtype=object)
    out = personalize(results, inputs, decisions, threshold=THRESHOLD)
    while (decisions != "").sum() < k:
        order = out.review_order
        nxt = np.flatnonzero(order > 0)[np.argsort(order[order > 0])][:step]
        decisions[nxt] = np.where(y[nxt] == 1, "work", "private")
        out = personalize(results, inputs, decisions, threshold=THRESHOLD)
    return decisions, out


def test_decisions_fix_a_profession_the_base_model_gets_wrong(network):
    _contacts, _career, y, results, inputs = network
    base = (results["suggestion"] == "work").to_numpy().astype(int)
    assert macro_f1(y, base) < 0.5  # the base model calls the friends work too
    decisions, out = _decide_in_order(results, inputs, y, 30)
    rest = decisions == ""
    pred = (out.results["suggestion"] == "work").to_numpy().astype(int)
    assert macro_f1(y[rest], pred[rest]) > macro_f1(y[rest], base[rest]) + 0.4
    assert macro_f1(y[rest], pred[rest]) > 0.9
    assert out.n_changed > 50  # and the app has something to say


def test_a_decision_never_changes_a_decided_contact(network):
    _contacts, _career, y, results, inputs = network
    decisions, out = _decide_in_order(results, inputs, y, 20)
    decided = decisions != ""
    for column in ("suggestion", "p_work", "employer", "category", "flagged"):
        assert out.results[column][decided].tolist() == results[column][decided].tolist()
    assert not out.changed[decided].any()
    assert (out.review_order[decided] == 0).all()
    undecided = np.flatnonzero(~decided)
    assert sorted(out.review_order[undecided]) == list(range(1, len(undecided) + 1))


def test_no_decisions_is_the_base_model(network):
    _contacts, _career, y, results, inputs = network
    out = personalize(results, inputs, np.full(len(y), "", dtype=object), threshold=THRESHOLD)
    assert out.n_changed == 0
    np.testing.assert_array_equal(out.results["p_work"], results["p_work"])
    assert out.results["suggestion"].tolist() == results["suggestion"].tolist()


def test_overwhelming_priors_keep_the_base_logit(network):
    _contacts, _career, y, _results, inputs = network
    rows = np.arange(40)
    strict = {k: 1e9 for k in ("slope", "intercept", "category", "word", "company", "timing")}
    layer = PersonalLayer(priors=strict).fit(inputs, rows, y[rows])
    np.testing.assert_allclose(layer.decision_function(inputs), inputs.logit, atol=1e-5)
    free = PersonalLayer().fit(inputs, rows, y[rows])
    assert np.abs(free.decision_function(inputs) - inputs.logit).max() > 1.0


def test_changed_suggestions_say_which_decisions_moved_them(network):
    _contacts, _career, y, results, inputs = network
    _decisions, out = _decide_in_order(results, inputs, y, 20)
    first = [r[0] for r in out.results["reasons"][out.changed]]
    assert first and all(r.startswith("your decisions") for r in first)
    # the model's own reasons argued for the side the contact no longer has: said so
    rest = [r for rs in out.results["reasons"][out.changed] for r in rs[1:]]
    assert rest and all(r.startswith("against it: ") for r in rest)
    assert not any(r.startswith("against it: against it") for r in rest)
    flipped = out.changed & (out.results["suggestion"] == "private").to_numpy()
    assert (out.results["employer"][flipped] == "").all()
    assert (out.results["category"][flipped] == "private").all()


def test_review_order_spreads_over_companies():
    from model.learning.inputs import PersonalInputs

    n = 40
    company = np.repeat(np.arange(4), 10)  # four companies of ten identical contacts
    inputs = PersonalInputs(
        logit=np.zeros(n),
        rows=np.zeros(0, np.int64),
        cols=np.zeros(0, np.int64),
        names=np.zeros(0, dtype=str),
        company=company,
        company_names=np.array(["a", "b", "c", "d"], dtype=object),
        title=np.full(n, -1),
        employer=np.full(n, "", dtype=object),
    )
    p = np.full(n, 0.5)
    p[company == 0] = 0.49  # the first company is the most uncertain, by a hair
    order = review_order(p, inputs, np.zeros(n, bool), 0.5)
    first_four = company[np.argsort(order)][:4]
    assert sorted(first_four) == [0, 1, 2, 3]  # not four of one company in a row


@pytest.mark.parametrize("groups", [20, 70_000])  # one radix pass, and two (> 65,535 codes)
def test_review_order_counts_earlier_contacts_of_a_group_as_a_plain_loop_does(groups):
    """The earlier contacts of each company and title, counted by a radix sort of the
    codes, and the halving per repeat, give the order a plain count and power give."""
    from model.learning.inputs import Groups
    from model.learning.order import REPEAT, _occurrence, usefulness

    def plain(p, inputs, decided, threshold):
        worth = usefulness(p, inputs, ~decided, threshold)
        rows = np.flatnonzero(~decided)
        rows = rows[np.argsort(-worth[rows], kind="stable")]
        for codes in (inputs.company, inputs.title):
            counted: dict[int, int] = {}
            seen = []
            for code in codes[rows].tolist():
                seen.append(counted.get(code, 0) if code >= 0 else 0)
                counted[code] = counted.get(code, 0) + 1
            worth[rows] *= np.array([REPEAT**k for k in seen], dtype=float)
            rows = rows[np.argsort(-worth[rows], kind="stable")]
        order = np.zeros(len(decided), dtype=np.int64)
        order[rows] = np.arange(1, len(rows) + 1)
        return order

    rng = np.random.default_rng(groups)
    for n in (0, 1, 7, 300, 3_000):
        company = rng.integers(-1, groups, n)
        title = rng.integers(-1, min(groups, 50), n)
        p = np.round(rng.random(n), 2)
        decided = rng.random(n) < 0.2
        inputs = Groups(company, title)
        assert np.array_equal(
            review_order(p, inputs, decided, 0.55), plain(p, inputs, decided, 0.55)
        )
    codes = np.array([3, -1, 3, 70_001, -1, 3, 70_001])
    assert _occurrence(codes).tolist() == [0, 0, 1, 0, 0, 2, 1]


def test_the_models_threshold_is_used_not_read_off_the_results(network):
    """personalize is given the model's threshold: with none of the base results near it, a
    guess from the results (the lowest p_work suggested work) would move the line."""
    _contacts, _career, _y, results, inputs = network
    none = np.full(len(results), "", dtype=object)
    out = personalize(results, inputs, none, threshold=THRESHOLD)
    assert out.n_changed == 0  # no decisions: every suggestion stands
    p = results["p_work"].to_numpy()
    assert ((p >= THRESHOLD) == (out.results["suggestion"] == "work").to_numpy()).all()
    higher = personalize(results, inputs, none, threshold=0.9)
    moved = (p >= THRESHOLD) & (p < 0.9)
    assert moved.any()
    assert (higher.results["suggestion"].to_numpy()[moved] == "private").all()
    assert higher.n_changed == int(moved.sum())


def test_layer_is_saved_as_plain_arrays_and_reset(network, tmp_path):
    _contacts, _career, y, _results, inputs = network
    rows = np.arange(30)
    layer = PersonalLayer().fit(inputs, rows, y[rows])
    path = sidecar_path(tmp_path / "abc.sqlite")
    save_layer(path, layer, inputs.names, np.array([3, 4]))
    with np.load(path, allow_pickle=False) as data:  # nothing in it needs pickle
        assert all(data[k].dtype != object for k in data.files)
    saved = load_layer(path, inputs.names)
    np.testing.assert_allclose(
        saved.layer.decision_function(inputs), layer.decision_function(inputs)
    )
    assert saved.forgotten.tolist() == [3, 4]
    other = load_layer(path, inputs.names[:-1])  # features changed: refit, keep the resets
    assert other.layer is None and other.forgotten.tolist() == [3, 4]
    path.write_bytes(b"not a zip")
    assert load_layer(path, inputs.names).layer is None


def test_inputs_are_generic_facts(network):
    contacts, career, _y, results, inputs = network
    kinds = set(inputs.kinds)
    assert {"category", "word", "company", "timing"} <= kinds
    assert "word:imker" in set(inputs.names)
    assert "company:imkerij zonnedauw" in set(inputs.names) or any(
        n.startswith("company:") for n in inputs.names
    )
    # the employer a work decision goes to: the job holding the connection date
    assert set(inputs.employer) == {"Imkerij Zonnedauw"}
    with pytest.raises(ValueError):
        personal_inputs(contacts, results.iloc[:-1], career)


def test_refit_of_200_decisions_is_plain_and_correct_shape():
    """Not a timing test (bench/learning.py measures that): a big table fits and predicts."""
    rng = np.random.default_rng(1)
    n = 3000
    contacts = pd.DataFrame(
        {
            "company": [f"Firm {i % 300}" for i in range(n)],
            "position": [f"Role {i % 50} manager" for i in range(n)],
            "connected_on": pd.NaT,
        }
    )
    results = pd.DataFrame(
        {
            "suggestion": "private",
            "p_work": rng.uniform(0, 1, n),
            "employer": "",
            "category": "private",
            "flagged": False,
            "reasons": [()] * n,
        }
    )
    inputs = personal_inputs(contacts, results)
    decisions = np.full(n, "", dtype=object)
    decisions[:200] = np.where(rng.random(200) < 0.5, "work", "private")
    out = personalize(results, inputs, decisions, threshold=THRESHOLD)
    assert len(out.results) == n and np.isfinite(out.results["p_work"]).all()


def test_session_update_rows_agrees_with_a_full_update(tmp_path):
    from model.readers import read_export
    from model.session import ReviewSession
    from model.synthetic import write_sample

    path, _ = write_sample(tmp_path / "x", seed=5, profession="accountant", n_contacts=120)
    export = read_export(path)
    results = load_model().classify(export.contacts, export.career)
    inputs = personal_inputs(export.contacts, results, export.career)
    sessions = [
        ReviewSession.open(path, export.contacts, results, journal_dir=tmp_path / d)
        for d in ("a", "b")
    ]
    try:
        for s in sessions:
            s.decide([0, 1, 2], "private")
            s.decide([3], "work")
        out = personalize(
            results, inputs, np.asarray(sessions[0].decision, dtype=object), threshold=THRESHOLD
        )
        flipped = out.results["suggestion"].to_numpy() != results["suggestion"].to_numpy()
        moved = np.flatnonzero(flipped | (out.results["employer"] != results["employer"]))
        assert len(moved) > 0
        sessions[0].update_rows(out.results, moved)
        sessions[1].update_results(out.results)
        a, b = sessions
        assert a.states().tolist() == b.states().tolist()
        assert list(a.employer) == list(b.employer)
        assert a.counts() == b.counts()
    finally:
        for s in sessions:
            s.close()


def test_one_decision_against_a_confident_suggestion_does_not_shake_the_table():
    """One "private" on a contact the model calls work at p >= 0.85 must not halve every
    logit: the slope stays near 1 and only a few percent of the other suggestions move."""
    from model.readers import read_export
    from model.shipped import sample_export

    export = read_export(sample_export())
    career = export.career
    results = load_model().classify(export.contacts, career)
    inputs = personal_inputs(export.contacts, results, career)
    confident = np.flatnonzero(results["p_work"].to_numpy() >= 0.85)
    decisions = np.full(len(results), "", dtype=object)
    decisions[confident[0]] = "private"
    out = personalize(results, inputs, decisions, threshold=THRESHOLD)
    assert out.layer.slope_ > 0.8
    assert out.n_changed <= 0.06 * len(results)


def _unrelated_flips(contacts, results, inputs, row: int) -> list[int]:
    """Rows whose suggestion one "private" on ``row`` flips although they are at another
    company (or none) and share no title word with it."""
    from model.learning.inputs import title_words

    decisions = np.full(len(results), "", dtype=object)
    decisions[row] = "private"
    out = personalize(results, inputs, decisions, threshold=THRESHOLD)
    words = set(title_words(str(contacts["position"].iloc[row])))
    company = inputs.company
    return [
        int(r)
        for r in np.flatnonzero(out.changed)
        if (company[r] < 0 or company[r] != company[row])
        and not words & set(title_words(str(contacts["position"].iloc[r])))
    ]


@pytest.fixture(scope="module")
def generated():
    from model.synthetic import generate_person

    person = generate_person(970_101, profession="it_consultant")
    results = load_model().classify(person.contacts, person.career)
    inputs = personal_inputs(person.contacts, results, person.career)
    y = (person.labels["label"] == "work").to_numpy().astype(np.int64)
    return person.contacts.reset_index(drop=True), results, inputs, y


def test_one_decision_moves_only_what_it_is_evidence_about(generated):
    """One "private" on each of the most confident "work" suggestions in turn: no suggestion
    at another company with an unrelated title flips (before: up to 20 did, through the
    slope, intercept, category and period terms each decision nudged), yet the contacts at
    the decided contact's own company do move toward private."""
    contacts, results, inputs, _y = generated
    p = results["p_work"].to_numpy()
    confident = np.argsort(-p)[:8]
    flips = {int(r): _unrelated_flips(contacts, results, inputs, r) for r in confident}
    assert all(not rows for rows in flips.values()), flips
    with_peers = [r for r in confident if (inputs.company == inputs.company[r]).sum() > 1]
    assert with_peers
    row = with_peers[0]
    decisions = np.full(len(results), "", dtype=object)
    decisions[row] = "private"
    out = personalize(results, inputs, decisions, threshold=THRESHOLD)
    peers = np.flatnonzero(inputs.company == inputs.company[row])
    peers = peers[peers != row]
    from model.learning.inputs import base_logit

    moved = base_logit(out.results["p_work"].to_numpy()[peers]) - base_logit(p[peers])
    assert (moved < -0.5).all()


def test_consistent_decisions_still_move_the_calibration(generated):
    """Twenty-five "private" decisions on contacts the model calls work, all at different
    companies: that is evidence about the model's calibration for this person, and the layer
    moves contacts it has no company or word evidence on."""
    _contacts, results, inputs, _y = generated
    p = results["p_work"].to_numpy()
    order = np.argsort(-p)
    chosen, seen = [], set()
    for r in order:
        c = int(inputs.company[r])
        if c >= 0 and c not in seen and p[r] < 0.95:
            chosen.append(int(r))
            seen.add(c)
        if len(chosen) == 25:
            break
    decisions = np.full(len(results), "", dtype=object)
    decisions[chosen] = "private"
    out = personalize(results, inputs, decisions, threshold=THRESHOLD)
    assert out.layer.intercept_ < -0.1 or out.layer.slope_ < 0.9
    elsewhere = ~np.isin(inputs.company, list(seen)) & (decisions == "")
    assert (out.changed & elsewhere).sum() >= 10


def test_a_layer_saved_by_the_previous_release_still_opens(network, tmp_path):
    """The gates changed how the layer is fitted, not what is saved: a file written with the
    previous release's keys (ungated numbers) opens as it was saved."""
    _contacts, _career, _y, _results, inputs = network
    n = len(inputs.names)
    coef = np.linspace(-1.0, 1.0, n)
    path = sidecar_path(tmp_path / "old.sqlite")
    with open(path, "wb") as fh:
        np.savez(
            fh,
            format=np.array([1], dtype=np.int64),
            names=np.asarray(inputs.names, dtype=str),
            forgotten=np.array([7], dtype=np.int64),
            **{
                "layer.slope": np.array([0.8]),
                "layer.intercept": np.array([-0.3]),
                "layer.coef": coef,
                "layer.n_decisions": np.array([12], dtype=np.int64),
            },
        )
    saved = load_layer(path, inputs.names)
    assert saved.layer is not None and saved.forgotten.tolist() == [7]
    expected = 0.8 * inputs.logit - 0.3 + saved.layer.terms(inputs)
    np.testing.assert_allclose(saved.layer.decision_function(inputs), expected)
    np.testing.assert_array_equal(saved.layer.coef_, coef)


def test_a_decision_against_the_suggestion_marks_its_reasons_as_against():
    from model.learning.labels import Labels
    from model.learning.output import _with_labels

    results = pd.DataFrame(
        {
            "suggestion": ["work", "work"],
            "p_work": [0.9, 0.8],
            "employer": ["Acme", "Acme"],
            "category": ["client", "client"],
            "flagged": [False, False],
            "reasons": [("title “Inkoper” is typical of work contacts",), ("works at Acme",)],
        }
    )
    empty = np.array(["", ""], dtype=object)
    labels = Labels(np.array(["private", "work"], dtype=object), empty, empty, 2, 0)
    out = _with_labels(results, labels, np.array(["Acme", "Acme"], dtype=object), "en")
    assert out["reasons"][0] == (
        "decided by you: private",
        "against it: title “Inkoper” is typical of work contacts",
    )
    assert out["reasons"][1] == ("decided by you: work", "works at Acme")  # agreed: as it was


def _newer_layer(path):
    """A layer file as a newer version of the app might write it (format 2, other keys)."""
    with open(path, "wb") as fh:
        np.savez(
            fh,
            format=np.array([2], dtype=np.int64),
            names=np.array(["something new"]),
            forgotten=np.array([5], dtype=np.int64),
            **{"layer.weights_v2": np.array([0.1, 0.2])},
        )
    return path.read_bytes()


def test_a_layer_saved_by_a_newer_version_is_never_written_over(network, tmp_path):
    from model.learning.store import NewerLayerError, carry_forgotten

    _contacts, _career, y, _results, inputs = network
    path = sidecar_path(tmp_path / "abc.sqlite")
    before = _newer_layer(path)
    saved = load_layer(path, inputs.names)
    assert saved.newer and saved.layer is None and len(saved.forgotten) == 0
    layer = PersonalLayer().fit(inputs, np.arange(30), y[:30])
    with pytest.raises(NewerLayerError):
        save_layer(path, layer, inputs.names, np.array([1]))
    old = sidecar_path(tmp_path / "old.sqlite")  # a reset carried from an earlier export
    save_layer(old, None, np.zeros(0, dtype=str), np.array([1, 2]))
    assert carry_forgotten(old, path, {1: 1, 2: 2}) == 0
    assert path.read_bytes() == before
    # an ordinary older or damaged file is still replaced
    path.write_bytes(b"not a zip")
    save_layer(path, layer, inputs.names, np.array([1]))
    assert not load_layer(path, inputs.names).newer
