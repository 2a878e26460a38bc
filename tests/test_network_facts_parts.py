"""The network facts' shortcuts over a whole network (a million contacts: every row counts)
give what their general forms give."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from model.career import Career, Position
from model.features import relate
from model.synthetic import generate_person


def test_pair_counts_are_those_of_every_row_sorted():
    rng = np.random.default_rng(3)
    for n in (0, 1, 40, 20_000):
        key = rng.integers(0, max(n // 5, 1), n).astype(np.intp)
        job = rng.integers(-1, 4, n)
        width = 5
        names = [str(k) for k in range(n)]
        key_codes, _, pair, pairs = relate._company_keys(None, job, (key, names))
        got = relate._pair_counts(key_codes, job, pair, len(pairs), width)
        expected = np.unique(key_codes * width + (job + 1), return_counts=True)
        for a, b in zip(got, expected, strict=True):
            assert a.dtype == b.dtype and np.array_equal(a, b)


@pytest.mark.parametrize("span", ["linkedin", "centuries"])
def test_dated_running_count_sorts_as_a_stable_sort_of_the_days(span):
    rng = np.random.default_rng(5)
    start, days = (12_000, 9_000) if span == "linkedin" else (-60_000, 150_000)
    d = (start + rng.integers(0, days, 5_000)).astype("datetime64[D]")
    d[rng.random(5_000) < 0.1] = np.datetime64("NaT")
    flags = rng.random(5_000) < 0.3
    got_days, got_running = relate._dated_running_count(d, flags)
    known = ~np.isnat(d)
    plain = d[known].astype(np.int64)
    order = np.argsort(plain, kind="stable")
    assert np.array_equal(got_days, plain[order])
    assert np.array_equal(got_running, np.concatenate([[0], np.cumsum(flags[known][order])]))


@pytest.mark.parametrize("career", ["own", "promoted", "none"])
def test_job_employer_of_the_network_is_the_employer_facts(career):
    person = generate_person(6, "it_consultant", 400)
    owner = person.career
    if career == "promoted":  # two positions at one employer: compared by key, not by index
        first = owner.positions[0]
        again = Position(company=first.company.upper(), title="Lead", start=first.start)
        owner = dataclasses.replace(owner, positions=(*owner.positions, again))
    elif career == "none":
        owner = Career()
    contacts = person.contacts
    if "duplicate" in contacts:
        contacts = contacts[~contacts["duplicate"].to_numpy(dtype=bool)]
    timing = relate.network_timing(contacts, owner)
    company = contacts["company"].to_numpy(dtype=object)
    table, rows, _ = relate._company_table(company, timing.job, owner)
    matched = (table.tier[rows], table.best[rows]) if owner.positions else None
    expected = relate._employer_facts(company, owner, timing.facts, timing.dates, matched)
    got = relate._at_job_employer(table, rows, owner, timing.facts["job"])
    assert np.array_equal(got, expected["company_is_job_employer"])
    assert career == "none" or got.any()


def test_network_for_pieces_relates_its_own_pieces_alike_and_refuses_a_stranger():
    """A helper process is sent the network without its counts by key text (each piece's
    companies are in the table): the same facts for a piece of the network; a company not
    in the table is refused (the helper fails that piece, the command relates it), not
    counted as nobody's."""
    import pandas as pd

    person = generate_person(7, "recruiter", 400)
    contacts, career = person.contacts, person.career
    network = relate.network_facts(contacts, career)
    slim = network.for_pieces()
    assert slim.company_counts is None and slim.companies is network.companies
    piece = contacts.iloc[100:180]
    pd.testing.assert_frame_equal(
        relate.relate(piece, career, network=slim), relate.relate(piece, career, network=network)
    )
    stranger = piece.copy()
    stranger.iloc[0, stranger.columns.get_loc("company")] = "Nowhere In This Network BV"
    relate.relate(stranger, career, network=network)  # counted by its key text
    with pytest.raises(ValueError, match="not in the network"):
        relate.relate(stranger, career, network=slim)
