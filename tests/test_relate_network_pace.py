"""Issue 8 (career case): evidence that holds in networks unlike the training generator.

Each check runs on a generated person built to show it: a career, colleagues added in a burst
when each job started, friends trickling in over the years, and the few contacts a check is
about. Model-level checks run the shipped model.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from model.career import Career, Position
from model.features.relate import (
    FEATURE_INPUT_COLUMNS,
    busy_period,
    network_facts,
    relate,
)
from model.features.vocab import shares_owner_words
from model.schema import conform_contacts

EXPORTED = date(2025, 6, 1)
JOBS = (
    Position("Qantor Systems", "Software Engineer", date(2012, 3, 1), date(2017, 8, 31)),
    Position("Veldmark B.V.", "Lead Software Developer", date(2017, 9, 1), None),
)


def _career(registered_on=date(2010, 3, 1)) -> Career:
    return Career(
        positions=list(JOBS),
        owner_name="Sam de Vries",
        registered_on=registered_on,
        exported_on=EXPORTED,
    )


def _network(career: Career, probes: list[tuple], seed: int = 0) -> pd.DataFrame:
    """40 colleagues per job, most added in the job's first six weeks; 80 friends spread
    evenly from 2012 on; ``probes`` — (first, last, company, title, day) — appended last."""
    rng = np.random.default_rng(seed)
    rows = []
    for k, p in enumerate(career.positions):
        start = np.datetime64(p.start, "D")
        for i in range(40):
            day = start + int(rng.integers(0, 42) if i < 32 else rng.integers(0, 1500))
            rows.append((f"Col{k}", f"League{i}", p.company, "Medewerker", day))
    titles = ["Leraar", "Verpleegkundige", "Kok", "Fotograaf", "Timmerman", ""]
    for i in range(80):
        day = np.datetime64("2012-01-01") + int(rng.integers(0, 4700))
        rows.append(("Friend", f"Number{i}", f"Bedrijf {i}", titles[i % len(titles)], day))
    rows += probes
    frame = pd.DataFrame(
        rows, columns=["first_name", "last_name", "company", "position", "connected_on"]
    )
    return conform_contacts(frame)


def test_a_contact_added_in_a_burst_reads_busy_and_one_in_a_quiet_spell_does_not():
    career = _career()
    probes = [
        ("Moved", "On", "Elders BV", "Tester", np.datetime64("2017-09-20")),  # in the burst
        ("Quiet", "Friend", "Ergens BV", "Tester", np.datetime64("2015-05-20")),
        ("No", "Date", "Ergens BV", "Tester", np.datetime64("NaT")),
    ]
    facts = relate(_network(career, probes), career).iloc[-3:]
    busy = facts["busy_period"].to_numpy()
    assert busy[0] > 3 * busy[1]  # several times the owner's usual pace
    assert busy[0] > 2 and busy[1] < 1.5
    assert np.isnan(busy[2])
    assert "busy_period" in FEATURE_INPUT_COLUMNS


def test_busy_period_is_the_same_in_chunks_as_in_one_piece():
    career = _career()
    contacts = _network(career, [])
    whole = busy_period(contacts["connected_on"].to_numpy())
    network = network_facts(contacts, career)
    parts = [
        relate(contacts.iloc[a : a + 37], career, network=network)["busy_period"]
        for a in range(0, len(contacts), 37)
    ]
    np.testing.assert_allclose(pd.concat(parts).to_numpy(), whole)


def test_a_title_sharing_a_word_of_the_owners_own_titles_is_known_without_a_lexicon():
    titles = [
        "Senior Software Architect",  # shares "software"
        "Ontwikkelaar bij de gemeente",
        "Senior Manager",  # rank words only
        "Developer and Engineer",  # the owner's words, in another title
        "Bakker",
        "",
        None,
    ]
    got = shares_owner_words(pd.Series(titles, dtype=object), _career()).tolist()
    assert got == [True, False, False, True, False, False, False]
    no_career = Career(owner_name="Sam", registered_on=date(2010, 3, 1), exported_on=EXPORTED)
    assert not shares_owner_words(pd.Series(titles, dtype=object), no_career).any()


@pytest.fixture(scope="module")
def model():
    from model.predictor import load_model

    return load_model()


def _logit(p):
    return np.log(p / (1 - p))


def test_a_colleague_who_moved_on_outranks_a_friend_who_shares_nothing(model):
    """All three now work somewhere the owner never did. The colleague was added in the weeks
    the owner's new team was, with a title in the owner's own words; the friend in the same
    field in a quiet spell; the other friend in a quiet spell with a title of another trade."""
    career = _career()
    probes = [
        ("Moved", "On", "Elders BV", "Backend Developer", np.datetime64("2017-09-25")),
        ("Old", "Friend", "Ergens BV", "Backend Developer", np.datetime64("2015-05-20")),
        ("Other", "Friend", "Nergens BV", "Kapper", np.datetime64("2015-07-14")),
    ]
    out = model.classify(_network(career, probes), career).iloc[-3:]
    p = out["p_work"].to_numpy()
    assert _logit(p[0]) > _logit(p[1]) + 1.0  # the busy weeks count, whatever the company
    assert p[2] < p[1] - 0.3 and out["suggestion"].iloc[2] == "private"
    assert out["suggestion"].iloc[0] == "work"
    assert any("Backend Developer" in r for r in out["reasons"].iloc[0])


def test_how_long_the_owner_had_been_on_linkedin_does_not_move_a_suggestion(model):
    """The same network of an owner who joined LinkedIn in 2010 or in 2011: contacts added
    years later are the same evidence, and get the same p_work."""
    probes = [
        ("Moved", "On", "Elders BV", "Backend Developer", np.datetime64("2017-09-25")),
        ("Old", "Friend", "Ergens BV", "Kapper", np.datetime64("2021-05-20")),
    ]
    early, late = _career(date(2010, 3, 1)), _career(date(2011, 9, 1))
    contacts = _network(early, probes)
    a = model.classify(contacts, early)["p_work"].to_numpy()
    b = model.classify(contacts, late)["p_work"].to_numpy()
    np.testing.assert_allclose(a, b, atol=1e-9)
