"""The second, independently written training generator: reproducible, labelled by its own
conventions, written as exports our readers read back, and mixed into training."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from model.readers import read_export
from model.schema import CONTACT_COLUMNS
from model.synthetic.second import TRADE_NAMES, make_person, write_export
from model.training import TEST_SEED, fit, make_dataset, score, second_generator_persons
from tests.generated_labels import assert_labels_consistent


def test_same_seed_same_person_and_other_seed_another():
    a, b = make_person(11, "installer"), make_person(11, "installer")
    pd.testing.assert_frame_equal(a.contacts, b.contacts)
    pd.testing.assert_frame_equal(a.labels, b.labels)
    assert a.career == b.career
    c = make_person(12, "installer")
    assert not (len(c.contacts) == len(a.contacts) and c.contacts.equals(a.contacts))


@pytest.mark.parametrize("trade", TRADE_NAMES)
def test_every_trade_makes_a_network_labelled_by_its_conventions(trade):
    p = make_person(TRADE_NAMES.index(trade) * 37 + 5, trade)
    assert list(p.contacts.columns) == CONTACT_COLUMNS
    assert len(p.contacts) == len(p.labels) >= 15
    assert_labels_consistent(p)
    lab, positions = p.labels, p.career.positions
    work = (lab["label"] == "work").to_numpy()
    idx = lab["position_index"].to_numpy()
    # nobody from an unpaid volunteer role is work, and only recruiters have candidates
    volunteer = {i for i, pos in enumerate(positions) if any(
        s.volunteer and s.position == pos for s in p.life.stints)}  # fmt: skip
    assert not volunteer & set(idx[work])
    assert ("candidate" in set(lab["category"])) <= (trade == "agency_recruiter")
    # dates: on LinkedIn between joining and the export, newest first
    days = p.contacts["connected_on"]
    assert days.min() >= pd.Timestamp(p.career.registered_on)
    assert days.max() <= pd.Timestamp(p.career.exported_on)
    assert days.is_monotonic_decreasing


def test_conventions_hold_over_many_persons():
    """Relatives with the member's surname are private; work met in a job is attributed to
    it even when added after the job ended; recruiters approaching are private."""
    persons = [make_person(500 + k) for k in range(25)]
    after_end = 0
    for p in persons:
        lab = p.labels
        family = lab["source"] == "family"
        assert (lab["label"][family] == "private").all()
        assert (lab["label"][lab["source"] == "recruiter"] == "private").all()
        for i, pos in enumerate(p.career.positions):
            mine = (lab["position_index"] == i).to_numpy()
            if pos.end is not None and mine.any():
                after_end += int((p.contacts["connected_on"][mine] > pd.Timestamp(pos.end)).sum())
    same = sum(
        (p.contacts["last_name"][p.labels["source"] == "family"] == p.career.owner_name.split(" ", 1)[1]).sum()
        for p in persons
    )  # fmt: skip
    assert same > 0 and after_end > 0
    shares = [float((p.labels["label"] == "work").mean()) for p in persons]
    assert 0.35 < np.mean(shares) < 0.8 and np.std(shares) > 0.08  # members differ


def test_sizes_and_bad_arguments():
    assert len(make_person(3, "chef", n_contacts=40).contacts) == 40
    with pytest.raises(ValueError, match="unknown trade"):
        make_person(3, "astronaut")
    with pytest.raises(ValueError, match="n_contacts"):
        make_person(3, "chef", n_contacts=0)


def test_written_export_reads_back_as_generated(tmp_path):
    p = make_person(21, "sales_engineer")
    export = read_export(write_export(p, tmp_path))
    for column in ("first_name", "last_name", "company", "position", "connected_on"):
        assert (export.contacts[column].to_numpy() == p.contacts[column].to_numpy()).all(), column
    assert export.career.positions == p.career.positions
    assert export.career.registered_on == p.career.registered_on
    assert export.career.exported_on == p.career.exported_on
    assert not export.report.warnings


def test_mixture_split_is_even_and_bounded():
    assert second_generator_persons(4, 0.5).tolist() == [False, True, False, True]
    assert second_generator_persons(6, 1 / 3).sum() == 2
    assert not second_generator_persons(5, 0.0).any() and second_generator_persons(5, 1.0).all()
    with pytest.raises(ValueError):
        second_generator_persons(3, 1.5)


def test_training_on_a_small_mixture_uses_both_generators_and_scores_on_each():
    data = make_dataset(8, TEST_SEED + 700, augment=True, second_share=0.5)
    kinds = set(data.profession)
    assert kinds & set(TRADE_NAMES) and kinds - set(TRADE_NAMES)
    assert len(np.unique(data.person)) == 8
    model = fit(data, cv=2)
    for share in (0.0, 1.0):
        held = make_dataset(3, TEST_SEED + 800, second_share=share)
        figures = score(model, held)
        assert figures["roc_auc"] > 0.6, (share, figures)
