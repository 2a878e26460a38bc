"""Per-person habits of generated members: varied for training, the fixed mix otherwise."""

from __future__ import annotations

from dataclasses import fields

import numpy as np
import pandas as pd

from model.features.relate import _same_surname
from model.synthetic import generate_person
from model.synthetic.behaviour import (
    JOIN_STAGES,
    SOCIAL_HABITS,
    Behaviour,
    typical_behaviour,
    varied_behaviour,
)
from model.synthetic.careers import _join_at_stage


def test_fixed_mix_is_the_default_and_reproducible():
    a = generate_person(21, "accountant")
    b = generate_person(21, "accountant", varied=False)
    assert a.behaviour == typical_behaviour() == Behaviour()
    pd.testing.assert_frame_equal(a.contacts, b.contacts)


def test_varied_habits_are_reproducible_and_differ_between_persons():
    a = generate_person(21, "accountant", varied=True)
    b = generate_person(21, "accountant", varied=True)
    c = generate_person(22, "accountant", varied=True)
    pd.testing.assert_frame_equal(a.contacts, b.contacts)
    assert a.behaviour == b.behaviour != c.behaviour


def test_varied_habits_span_their_ranges():
    draws = [varied_behaviour(np.random.default_rng(s), vary_social=True) for s in range(400)]
    assert {d.join_stage for d in draws} == set(JOIN_STAGES)
    for name in ("private_weight", "family_weight", "colleague_turnover", "recruiter_weight",
                 "join_colleagues", "friends_in_trade", "family_surname"):  # fmt: skip
        values = np.array([getattr(d, name) for d in draws])
        assert values.max() > 2 * max(values.min(), 0.01), name  # a wide range, not one value
        assert np.isfinite(values).all() and (values >= 0).all(), name
    assert 0.05 < np.mean([d.relatives_at_work > 0 for d in draws]) < 0.2
    lo = np.array([d.empty_company[0] for d in draws])
    hi = np.array([d.empty_company[1] for d in draws])
    assert (lo < hi).all() and hi.max() <= 0.45 and lo.min() >= 0.01
    assert {f.name for f in fields(Behaviour)} >= {"join_stage", "burst_days"}


def test_training_habits_keep_friends_and_relatives_at_the_fixed_mix():
    fixed = typical_behaviour()
    for seed in range(50):
        drawn = varied_behaviour(np.random.default_rng(seed))
        assert all(getattr(drawn, name) == getattr(fixed, name) for name in SOCIAL_HABITS)
    draws = [varied_behaviour(np.random.default_rng(s)) for s in range(50)]
    assert len({d.colleague_turnover for d in draws}) > 40  # the rest is drawn (some clipped)


def test_join_stages_place_the_join_date_on_the_career():
    rng = np.random.default_rng(0)
    first = pd.Timestamp("2012-09-01").date()
    exported = pd.Timestamp("2025-03-01").date()
    student = [_join_at_stage(rng, "student", first, exported) for _ in range(50)]
    starter = [_join_at_stage(rng, "starter", first, exported) for _ in range(50)]
    mid = [_join_at_stage(rng, "mid_career", first, exported) for _ in range(50)]
    assert all(d < first for d in student)
    assert all(abs((d - first).days) <= 366 for d in starter)
    assert all(d > first for d in mid) and max(mid).year >= 2017


def test_a_member_who_joined_during_a_job_adds_its_colleagues_first():
    habits = Behaviour(join_stage="mid_career", join_colleagues=0.5)
    plain = Behaviour(join_stage="mid_career")
    early = {}
    for name, behaviour in (("burst", habits), ("plain", plain)):
        shares = []
        for seed in range(30):
            person = _person(seed, behaviour)
            days = person.contacts["connected_on"] - pd.Timestamp(person.career.registered_on)
            first = days.dt.days.to_numpy() < 90
            colleague = (person.labels["source"] == "colleague").to_numpy()
            if colleague.any():
                shares.append(first[colleague].mean())
        early[name] = np.mean(shares)
    # pooled over all jobs (most colleagues belong to later ones): 0.19 -> 0.27 measured
    assert early["burst"] > early["plain"] + 0.05, early


def test_family_habits_change_the_same_surname_share():
    many = Behaviour(family_weight=5.0, family_surname=0.75)
    few = Behaviour(family_weight=0.1, family_surname=0.2)
    share = {}
    for name, behaviour in (("many", many), ("few", few)):
        shares = []
        for seed in range(12):
            person = _person(seed, behaviour)
            same = _same_surname(person.contacts["last_name"], person.career.owner_name)
            shares.append(same.mean())
        share[name] = np.mean(shares)
    assert share["many"] > 3 * share["few"], share


def _person(seed: int, behaviour: Behaviour):
    """A generated teacher with the given habits (generate_person draws them; here they are
    set, to show what each one does)."""
    from unittest import mock

    with mock.patch("model.synthetic.generator.varied_behaviour", return_value=behaviour):
        return generate_person(seed, "teacher", varied=True)
