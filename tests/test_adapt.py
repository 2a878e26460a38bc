"""Per-person adaptation (model.adapt) and the review band's rule (model.flagging)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import f1_score

import model.adapt.person as adapt_person
from model.adapt import (
    LabelShiftAdapter,
    estimate_share,
    sample_rows,
    shift_posteriors,
    source_share,
)
from model.adapt.label_shift import EPS
from model.flagging import choose_band
from model.messages import speaking
from model.predictor import load_model
from model.readers import read_export
from model.scale.chunked import classify_stream_to_file, classify_to_file
from model.schema import LINKEDIN_HEADERS
from model.synthetic import generate_person
from model.training import TEST_SEED, flag_band, make_dataset


@pytest.fixture
def model():
    m = load_model()
    m.adapt = True
    return m


def _posteriors(rng, n: int, share: float, source: float = 0.5):
    """Exact posteriors at ``source`` of scores from two unit Gaussians (work at +1, private
    at -1), for ``n`` contacts of whom a ``share`` are work: label shift by construction."""
    y = rng.random(n) < share
    x = rng.normal(np.where(y, 1.0, -1.0), 1.0)
    odds = source / (1 - source) * np.exp(2 * x)  # likelihood ratio of the two Gaussians
    return y, odds / (1 + odds)


def test_shifting_to_the_source_share_changes_nothing_and_odds_move_by_the_prior_ratio():
    p = np.array([0.1, 0.5, 0.9])
    assert np.allclose(shift_posteriors(p, 0.6, 0.6), p)
    q = shift_posteriors(p, 0.5, 0.8)
    assert np.allclose(q / (1 - q), 4 * p / (1 - p))
    with pytest.raises(ValueError, match="between 0 and 1"):
        shift_posteriors(p, 0.5, 1.0)


def test_em_recovers_the_share_of_a_label_shifted_network_better_than_the_mean():
    rng = np.random.default_rng(3)
    for truth in (0.15, 0.85):
        _y, p = _posteriors(rng, 20_000, truth)
        plain = estimate_share(p, 0.5, strength=0)
        assert plain.converged and abs(plain.share - truth) < 0.02
        # the plain mean of the posteriors is pulled towards the source share
        assert abs(p.mean() - truth) > 0.08
        bounded = estimate_share(p, 0.5, strength=100)
        assert abs(bounded.share - truth) < 0.03


@pytest.mark.parametrize(
    "p",
    [[], [0.9], [0.2, 0.3], np.full(40, 1e-9), np.full(40, 1.0), [np.nan, 0.99, 0.98]],
    ids=["empty", "one", "two", "all private", "all work", "with nan"],
)
def test_em_converges_and_stays_bounded_on_tiny_and_one_sided_networks(p):
    source = 0.575
    estimate = estimate_share(p, source, strength=100)
    assert estimate.converged
    assert 0.0 < estimate.share < 1.0
    n = int(np.sum(~np.isnan(np.asarray(p, dtype=float))))
    assert estimate.contacts == n
    # a prior of 100 contacts holds a network of at most 40 within 29 % of the way to 0 or 1
    assert abs(estimate.share - source) <= n / (n + 100) + 1e-9
    plain = estimate_share(p, source, strength=0)
    assert plain.converged and EPS <= plain.share <= 1 - EPS


def test_the_share_is_fitted_on_every_row_up_to_the_limit_then_on_every_kth():
    assert list(sample_rows(5)) == [0, 1, 2, 3, 4]
    assert len(sample_rows(30_000)) == 30_000
    rows = sample_rows(1_000_000)
    assert rows[0] == 0 and np.all(np.diff(rows) == 34) and len(rows) <= 30_000


def test_a_model_without_a_training_share_is_not_adapted():
    assert source_share({"trained_on": {"work_share": 0.575}}) == 0.575
    assert source_share({}) is None and source_share({"trained_on": {"work_share": 1}}) is None
    with pytest.raises(RuntimeError):
        LabelShiftAdapter(0.5).transform([0.5])


@pytest.mark.parametrize(
    "profession,kept,share_of_others",
    [("it_consultant", "work", 0.25), ("account_manager", "private", 0.15)],
)
def test_a_network_with_a_shifted_work_share_is_adapted_towards_it(
    model, profession, kept, share_of_others
):
    """A generated person whose network keeps all its ``kept`` contacts and a small share of
    the others: the same contacts, another work share (label shift)."""
    person = generate_person(11, profession)
    rng = np.random.default_rng(0)
    label = person.labels["label"].to_numpy()
    keep = (label == kept) | (rng.random(len(label)) < share_of_others)
    contacts = person.contacts[keep].reset_index(drop=True)
    y = label[keep] == "work"
    model.adapt = False
    base = model.classify(contacts, person.career)
    model.adapt = True
    adapted = model.classify(contacts, person.career)
    # fitted on each contact once: a row marked a duplicate of an earlier one is left out
    counted = base["p_work"].where(~contacts["duplicate"].astype(bool))
    adapter = model.adapter_for(counted.to_numpy())
    truth, source = y.mean(), adapter.source
    assert abs(adapter.share_ - truth) < abs(source - truth) - 0.05
    before = f1_score(y, base["suggestion"] == "work", average="macro")
    after = f1_score(y, adapted["suggestion"] == "work", average="macro")
    # (the mixture-trained model starts higher on this network: 0.912 -> 0.920)
    assert after > before + 0.005
    # p_work is the model's re-weighted to the share, sides at the model's threshold
    assert np.allclose(adapted["p_work"], adapter.transform(base["p_work"]))
    assert ((adapted["suggestion"] == "work") == (adapted["p_work"] >= model.threshold)).all()


def test_a_contact_the_adaptation_moved_says_so_first_in_both_languages(model):
    person = generate_person(11, "it_consultant")
    label = person.labels["label"].to_numpy()
    keep = (label == "work") | (np.random.default_rng(0).random(len(label)) < 0.25)
    contacts = person.contacts[keep].reset_index(drop=True)
    model.adapt = False
    base = model.classify(contacts, person.career)
    model.adapt = True
    moved = {}
    for language in ("en", "nl"):
        with speaking(language):
            out = model.classify(contacts, person.career)
        crossed = (out["suggestion"] != base["suggestion"]).to_numpy()
        assert crossed.sum() >= 5
        first = out["reasons"].map(lambda r: r[0])
        moved[language] = first[crossed]
        assert not first[~crossed].str.contains("network as a whole|netwerk als geheel").any()
        assert (out.loc[crossed, "suggestion"] == "work").all()  # a mostly-work network
    assert moved["en"].str.startswith("your network as a whole looks more work").all()
    assert moved["en"].str.endswith("tips this contact to work").all()
    assert moved["nl"].str.startswith("je netwerk als geheel lijkt meer werk").all()
    assert moved["nl"].str.endswith("doorslag naar werk").all()


@pytest.mark.parametrize("keep_career", [True, False])
def test_chunks_adapt_with_the_whole_files_share(tmp_path, model, monkeypatch, keep_career):
    # a small sampling limit, so that chunks and the one pass both sample every k-th row
    monkeypatch.setattr(adapt_person, "SAMPLE_ROWS", 100)
    person = generate_person(3, "recruiter", 600)
    career = person.career if keep_career else person.career.__class__()
    one, chunked = tmp_path / "one.csv", tmp_path / "chunked.csv"
    a = classify_to_file(model, person.contacts, career, one)
    b = classify_to_file(model, person.contacts, career, chunked, chunk_rows=37)
    assert one.read_bytes() == chunked.read_bytes()
    pd.testing.assert_frame_equal(a, b)
    results = model.classify(person.contacts, career)
    pd.testing.assert_series_equal(a["p_work"], results["p_work"], check_names=False)
    model.adapt = False
    assert not np.allclose(model.classify(person.contacts, career)["p_work"], results["p_work"])


def test_a_streamed_file_adapts_as_the_one_piece(tmp_path, model, monkeypatch):
    monkeypatch.setattr(adapt_person, "SAMPLE_ROWS", 90)
    person = generate_person(4, "recruiter", 400)
    source = tmp_path / "Connections.csv"
    person.contacts.assign(connected_on=person.contacts["connected_on"].dt.strftime("%d %b %Y"))[
        list(LINKEDIN_HEADERS)
    ].rename(columns=LINKEDIN_HEADERS).to_csv(source, index=False)
    whole = read_export(source)
    streamed = read_export(source, stream_above=37, chunk_rows=37)
    assert streamed.stream is not None
    one, chunked = tmp_path / "one.csv", tmp_path / "streamed.csv"
    a = classify_to_file(model, whole.contacts, whole.career, one, chunk_rows=37)
    b = classify_stream_to_file(model, streamed.stream, streamed.career, chunked)
    assert one.read_bytes() == chunked.read_bytes()
    pd.testing.assert_frame_equal(a, b)


def test_the_review_band_flags_what_is_more_likely_wrong_than_the_average():
    """Calibrated p_work spread evenly: a suggestion at p is wrong with chance min(p, 1 - p),
    on average 1/4, so the rule's band is 0.25-0.75."""
    rng = np.random.default_rng(5)
    p = rng.random(200_000)
    y = rng.random(len(p)) < p
    low, high = choose_band(y, p, 0.5)
    assert abs(low - 0.25) <= 0.02 and abs(high - 0.75) <= 0.02
    # a threshold off the middle keeps both edges on their own side of it
    low, high = choose_band(y, p, 0.8)
    assert low <= 0.8 <= high
    assert choose_band([1, 0], [0.9, 0.1], 0.5) == (0.5, 0.5)  # nothing wrong, nothing flagged
    assert flag_band(0.5, y, p) == [round(e, 2) for e in choose_band(y, p, 0.5)]
    assert flag_band(0.57) == [0.42, 0.72]  # without held-out data: the default's width


@pytest.mark.slow
def test_the_shipped_card_flags_the_rules_band():
    """The card's band is the one training's rule gives on its own held-out persons (the
    full export's 60 and 30 each without career and without dates)."""
    m = load_model()
    assert not m.adapt  # measured not to gain (bench/adapt.py): an option only
    ys, ps = [], []
    for scenario, n in (("full", 60), ("no_career", 30), ("no_dates", 30)):
        data = make_dataset(n, TEST_SEED, scenario=scenario)
        ys.append(data.y)
        ps.append(m.estimator.predict_proba(data.facts)[:, 1])
    band = flag_band(m.threshold, np.concatenate(ys), np.concatenate(ps))
    assert list(m.flag_band) == band
    assert band[0] <= m.threshold <= band[1] and band != [0.42, 0.72]


def test_the_review_band_with_every_suggestion_on_one_side():
    """All held-out suggestions work (or all private) with some wrong: the empty side keeps
    the threshold as its edge, the other side's edge is chosen by the rule as usual."""
    assert choose_band([1, 0, 0], [0.9, 0.8, 0.7], 0.5) == (0.5, 0.8)
    low, high = choose_band([0, 1, 1], [0.1, 0.2, 0.3], 0.5)
    assert 0.1 < low <= 0.2 and high == 0.5  # any edge flagging 0.2 and 0.3 but not 0.1
    assert choose_band([1, 0], [0.5, 0.5], 0.5) == (0.5, 0.5)  # as likely wrong as average


def test_the_adaptation_reason_says_whose_share_is_which():
    """The network's estimated share and the training data's are both said, each beside its
    own (the number after "training data" was the network's)."""
    from model.adapt import adaptation_reason

    en = adaptation_reason("work", 0.71, 0.58, "en")
    assert "looks more work (about 71 %) than the model's training data (58 %)" in en
    nl = adaptation_reason("private", 0.40, 0.58, "nl")
    assert "minder werk te bevatten (ongeveer 40 %) dan de trainingsdata van het model (58 %)" in nl
    assert nl.endswith("doorslag naar privé")


def test_the_share_counts_a_contact_listed_many_times_once(tmp_path, model, monkeypatch):
    """Rows the reader marks as duplicates are one contact in the work share, as in the
    network's counts (model.features.relate.counted_rows): 150 more copies of a work contact
    would otherwise pull the share towards work and move other contacts with it."""
    from model.synthetic.layouts import connection_bytes

    person = generate_person(5, "it_consultant", 300)
    base = model.classify(person.contacts, person.career)
    row = int(np.flatnonzero(base["p_work"].to_numpy() > 0.9)[0])
    extra = person.contacts.iloc[[row] * 150].assign(duplicate=True)
    copied = pd.concat([person.contacts, extra], ignore_index=True)
    out = model.classify(copied, person.career)
    n = len(person.contacts)
    pd.testing.assert_series_equal(out["p_work"].iloc[:n], base["p_work"])
    assert (out["p_work"].iloc[n:] == base["p_work"].iloc[row]).all()
    # every path of a large file fits the same share: in chunks and streamed, sampled too
    monkeypatch.setattr(adapt_person, "SAMPLE_ROWS", 100)
    source = tmp_path / "Connections.csv"
    source.write_bytes(connection_bytes(copied.drop(columns="row")))
    whole = read_export(source)
    assert whole.report.duplicates == 150
    streamed = read_export(source, stream_above=37, chunk_rows=37)
    files = [tmp_path / f"{k}.csv" for k in ("one", "chunked", "streamed")]
    one = classify_to_file(model, whole.contacts, whole.career, files[0])
    classify_to_file(model, whole.contacts, whole.career, files[1], chunk_rows=37)
    classify_stream_to_file(model, streamed.stream, streamed.career, files[2])
    assert files[0].read_bytes() == files[1].read_bytes() == files[2].read_bytes()
    # sampled: every k-th row of the file, its duplicates left out
    picked = adapt_person.sample_rows(len(copied))
    picked = picked[~whole.contacts["duplicate"].to_numpy()[picked]]
    model.adapt = False
    plain = model.classify(whole.contacts, whole.career)["p_work"].to_numpy()
    fitted = LabelShiftAdapter(source_share(model.card)).fit(plain[picked])
    assert np.allclose(one["p_work"], fitted.transform(plain))
