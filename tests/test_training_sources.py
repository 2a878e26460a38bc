"""Training mixes that name any number of generators by share: the shipped mix's dataset stays
the very same (persons, seeds, features, order), and new generators only take persons that were
the first generator's."""

from __future__ import annotations

import hashlib
import sys

import numpy as np
import pandas as pd
import pytest

from model.training import (
    SOURCES,
    TRAIN_SEED,
    generator_of_persons,
    make_dataset,
    second_generator_persons,
    source_generator,
    sources_of_persons,
    training_shares,
)


def _old_generator_of_persons(n, second_share, third_share):
    """How persons were dealt before shares were generalised (kept here as the reference)."""
    which = np.where(second_generator_persons(n, second_share), 2, 1)
    rest = np.flatnonzero(which == 1)
    share = min(third_share / (1.0 - second_share), 1.0) if second_share < 1.0 else 0.0
    which[rest[second_generator_persons(len(rest), share)]] = 3
    return which


def _digest(data) -> str:
    h = hashlib.sha256()
    h.update(pd.util.hash_pandas_object(data.facts, index=True).to_numpy().tobytes())
    h.update(str(list(data.facts.columns)).encode())
    for a in (data.y, data.category, data.employer_index, data.person, data.profession):
        a = np.asarray(a)
        h.update("|".join(map(str, a)).encode() if a.dtype == object else a.tobytes())
    h.update(repr(data.persons).encode())
    return h.hexdigest()


@pytest.mark.parametrize(
    ("n", "second", "third"), [(240, 0.25, 0.0), (60, 0.2, 0.2), (37, 1 / 3, 0.1), (10, 0.0, 0.5)]
)
def test_persons_are_dealt_as_before_for_the_second_and_third(n, second, third):
    names = sources_of_persons(n, {"second": second, "third": third})
    old = _old_generator_of_persons(n, second, third)
    assert ((names == "second") == (old == 2)).all()
    assert ((names == "third") == (old == 3)).all()
    assert (generator_of_persons(n, second, third) == old).all()


def test_later_generators_only_take_the_first_generators_persons():
    before = sources_of_persons(240, {"second": 0.25})
    after = sources_of_persons(240, {"second": 0.25, "fourth": 0.1, "fifth": 0.15})
    assert ((before == "second") == (after == "second")).all()
    moved = before != after
    assert (before[moved] == "first").all()
    assert {k: int((after == k).sum()) for k in ("first", "second", "fourth", "fifth")} == {
        "first": 120, "second": 60, "fourth": 24, "fifth": 36,
    }  # fmt: skip
    equal = sources_of_persons(10, dict.fromkeys(("first", *SOURCES), 0.2))
    assert np.unique(equal, return_counts=True)[1].tolist() == [2, 2, 2, 2, 2]


# make_dataset(12, TRAIN_SEED, augment=True, second_share=0.25) as produced by the code before
# shares were generalised (main 22ca2b3): the shipped mix's training persons, seeds, features
# and order, pinned. Re-pinned once since: the facts' employer_index column (the attributed
# employer, no model input) of 192 rows met while two jobs ran (relate's _concurrent_jobs);
# every other column identical (e1cf8554a1feb1c9dd9499870ccb8b1230e23905b9cfe6d48abc8eed3d013ad5).
SHIPPED_MIX_DIGEST = "fd5cb2cf3e93a6a1984987b625190ff37a05e5aeccda373e87a75bd0264fafe5"


def test_the_shipped_mix_gives_the_same_dataset_either_way():
    by_share = make_dataset(12, TRAIN_SEED, augment=True, second_share=0.25)
    by_mapping = make_dataset(12, TRAIN_SEED, augment=True, shares={"first": 0.75, "second": 0.25})
    assert _digest(by_share) == _digest(by_mapping) == SHIPPED_MIX_DIGEST
    assert [seed for seed, _, _ in by_mapping.persons] == list(range(TRAIN_SEED, TRAIN_SEED + 12))
    assert training_shares() == {"second": 0.25}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"shares": {"sixth": 0.1}}, "unknown generator 'sixth'"),
        ({"shares": {"second": 0.7, "third": 0.4}}, "sum to 1.1"),
        ({"shares": {"second": -0.1}}, "between 0 and 1"),
        ({"shares": {"first": 0.5, "second": 0.25}}, "not what the others leave"),
        ({"shares": {"second": 0.25}, "second_share": 0.25}, "given twice"),
    ],
)
def test_bad_shares_are_refused_with_a_clear_message(kwargs, message):
    with pytest.raises(ValueError, match=message):
        make_dataset(2, TRAIN_SEED, **kwargs)


def test_a_missing_generator_package_is_named(monkeypatch):
    monkeypatch.setitem(sys.modules, "model.synthetic.fifth", None)
    with pytest.raises(ValueError, match=r"the fifth generator \(model.synthetic.fifth\) is not"):
        source_generator("fifth")
    with pytest.raises(ValueError, match="fifth generator"):
        make_dataset(2, TRAIN_SEED, shares={"fifth": 0.5})
    assert make_dataset(2, TRAIN_SEED, shares={"fifth": 0.0}).persons  # an unused one is not needed


@pytest.mark.parametrize("name", SOURCES)
def test_each_present_generator_makes_its_share_of_a_dataset(name):
    try:
        _, professions = source_generator(name)
    except ValueError:
        pytest.skip(f"model.synthetic.{name} is not installed")
    data = make_dataset(4, TRAIN_SEED + 40, shares={name: 0.5})
    made = [prof for _, prof, _ in data.persons]
    assert sum(p in professions for p in made) == 2
    assert len(data.y) == len(data.facts) and 0 < data.y.mean() < 1
