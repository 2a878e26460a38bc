"""The third, independently written training generator: reproducible, labelled by its own
conventions, written as exports our readers read back, and mixed into training."""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pandas as pd
import pytest

from model.readers import read_export
from model.schema import CONTACT_COLUMNS
from model.synthetic.third import TRACK_NAMES, make_person, write_export
from model.training import generator_of_persons, make_dataset, second_generator_persons
from tests.generated_labels import assert_labels_consistent


def test_same_seed_same_person_and_other_seed_another():
    a, b = make_person(11, "events"), make_person(11, "events")
    pd.testing.assert_frame_equal(a.contacts, b.contacts)
    pd.testing.assert_frame_equal(a.labels, b.labels)
    assert a.career == b.career and a.habits == b.habits
    c = make_person(12, "events")
    assert not (len(c.contacts) == len(a.contacts) and c.contacts.equals(a.contacts))


@pytest.mark.parametrize("track", TRACK_NAMES)
def test_every_track_makes_a_network_labelled_by_its_conventions(track):
    p = make_person(TRACK_NAMES.index(track) * 41 + 3, track, n_contacts=150)
    assert list(p.contacts.columns) == CONTACT_COLUMNS
    assert len(p.contacts) == len(p.labels) == 150
    assert_labels_consistent(p)
    positions = p.career.positions
    # newest first, and nobody connects before joining LinkedIn or after the export
    days = p.contacts["connected_on"].dt.date
    assert p.contacts["connected_on"].is_monotonic_decreasing
    assert (days >= p.career.registered_on).all() and (days <= p.career.exported_on).all()
    starts = [q.start for q in positions]
    assert starts == sorted(starts, reverse=True)


def test_conventions_hold_over_many_persons():
    seen = {"after_end": 0, "gap": 0, "alumni": 0, "recruiter": 0, "engagement": 0}
    for seed in range(40):
        p = make_person(seed, TRACK_NAMES[seed % len(TRACK_NAMES)], n_contacts=120)
        lab, c, career = p.labels, p.contacts, p.career
        for k in np.flatnonzero((lab["label"] == "work").to_numpy()):
            pos = career.positions[lab["position_index"][k]]
            day = c["connected_on"][k].date()
            assert day >= max(pos.start, career.registered_on)
            end = pos.end or career.exported_on
            assert day <= end + timedelta(days=183)  # work of a position: during it or just after
            seen["after_end"] += day > end
            if lab["source"][k] == "engagement":  # a freelancer's engagement: its clients
                assert lab["category"][k] == "client"
                seen["engagement"] += 1
        for source in ("gap", "alumni", "recruiter"):
            rows = lab["source"] == source
            assert (lab["label"][rows] == "private").all()
            seen[source] += int(rows.sum())
        family = (lab["source"] == "family").to_numpy()
        owner_surname = career.owner_name.split(" ", 1)[1]
        assert (c["last_name"][family] == owner_surname).all()
    assert all(seen.values()), seen


def test_users_range_from_light_to_heavy_and_bad_arguments_are_refused():
    sizes = [len(make_person(s, "talent_acquisition").contacts) for s in range(12)]
    assert min(sizes) < 300 and max(sizes) > 1000
    with pytest.raises(ValueError, match="unknown track"):
        make_person(1, "astronaut")
    with pytest.raises(ValueError, match="n_contacts"):
        make_person(1, "events", n_contacts=0)


def test_written_export_reads_back_as_generated(tmp_path):
    p = make_person(21, "it_freelance", n_contacts=200)
    export = read_export(write_export(p, tmp_path))
    for column in ("first_name", "last_name", "company", "position", "connected_on"):
        assert (export.contacts[column].to_numpy() == p.contacts[column].to_numpy()).all(), column
    assert export.career.positions == p.career.positions
    assert export.career.registered_on == p.career.registered_on
    assert export.career.exported_on == p.career.exported_on


def test_three_way_split_keeps_the_second_and_adds_the_third_evenly():
    which = generator_of_persons(100, 0.2, 0.2)
    assert np.bincount(which, minlength=4)[1:].tolist() == [60, 20, 20]
    assert ((which == 2) == second_generator_persons(100, 0.2)).all()
    assert ((generator_of_persons(40, 0.25, 0.0) == 2) == second_generator_persons(40, 0.25)).all()
    with pytest.raises(ValueError, match="third_share"):
        generator_of_persons(10, 0.6, 0.5)


def test_a_dataset_with_a_third_share_holds_its_persons():
    data = make_dataset(6, 500, second_share=1 / 3, third_share=1 / 3)
    tracks = {prof for _, prof, _ in data.persons} & set(TRACK_NAMES)
    assert len(tracks) == 2
    assert len(data.y) == len(data.facts) and 0 < data.y.mean() < 1
