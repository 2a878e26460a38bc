"""Issue 8's faults and issue 11 item 6, each on a generated person built to show it.

Every person here is made up in code: a career, a background network that looks like a real
one (colleagues clustered at the employer during the job, friends spread over the years) and
the few contacts the fault is about. Model-level checks run the shipped model.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from model.career import (
    Career,
    Position,
    career_from_dict,
    career_to_dict,
    inferred_role,
    primary_role,
    role_years,
)
from model.features.relate import relate
from model.schema import conform_contacts

EXPORTED = date(2025, 6, 1)


def _career(*positions, role="", name="Sam de Vries") -> Career:
    return Career(
        positions=list(positions),
        owner_name=name,
        registered_on=date(2010, 3, 1),
        exported_on=EXPORTED,
        role=role,
    )


def _person(career: Career, probes: list[tuple], seed: int = 0) -> pd.DataFrame:
    """A network: 40 colleagues of each job connected during it, 60 friends at any time, and
    ``probes`` — (first, last, company, title, date) — appended last."""
    rng = np.random.default_rng(seed)
    rows = []
    for k, p in enumerate(career.positions):
        lo = np.datetime64(max(p.start, career.registered_on), "D")
        hi = np.datetime64(p.end or EXPORTED, "D")
        for i in range(40):
            day = lo + rng.integers(0, max(int((hi - lo).astype(int)), 1))
            rows.append((f"Col{k}", f"League{i}", p.company, "Medewerker", day))
    friends = ["Leraar", "Verpleegkundige", "Student", "Kok", "Fotograaf", ""]
    for i in range(60):
        day = np.datetime64(career.registered_on, "D") + rng.integers(0, 5000)
        rows.append(("Friend", f"Number{i}", f"Bedrijf {i}", friends[i % len(friends)], day))
    rows += probes
    frame = pd.DataFrame(
        rows, columns=["first_name", "last_name", "company", "position", "connected_on"]
    )
    return conform_contacts(frame)


@pytest.fixture(scope="module")
def model():
    from model.predictor import load_model

    return load_model()


def _classify(model, career, probes, seed=0):
    contacts = _person(career, probes, seed)
    out = model.classify(contacts, career)
    return out.iloc[-len(probes) :].reset_index(drop=True), relate(contacts, career).iloc[
        -len(probes) :
    ].reset_index(drop=True)


# --- 1. the recruiter rule ------------------------------------------------------------------

BUYER = _career(
    Position("Van Dijk Metaal B.V.", "Inkoper", date(2014, 1, 1), date(2019, 12, 31)),
    Position("Hollandia Techniek", "Senior Inkoper", date(2020, 1, 1), None),
)


def test_the_recruiter_rule_never_outweighs_stronger_evidence(model):
    nurse = _career(Position("Isala", "Verpleegkundige", date(2012, 1, 1), None))
    results = {}
    for name, career in (("buyer", BUYER), ("nurse", nurse)):
        probes = [
            ("Rob", "Staffing", "Randstad", "Recruiter", np.datetime64("2021-05-04")),
            ("Ria", "Inhouse", career.positions[-1].company, "Corporate Recruiter",
             np.datetime64("2022-02-01")),
            ("Ron", "Stranger", "Hays", "Recruitment Consultant", np.datetime64("2011-05-01")),
        ]  # fmt: skip
        results[name] = _classify(model, career, probes)
    out, facts = results["buyer"]
    # a recruiter at the owner's own employer, connected during the job: a colleague
    assert facts["title_recruiter_approach"][1] == 0
    assert out["suggestion"][1] == "work" and out["category"][1] == "colleague"
    # a buyer buys from staffing agencies: the model is told, and learns how much that weakens
    # the rule from persons whose staffing suppliers it has seen
    assert facts["owner_buys_staffing"][0] == 1
    assert results["nurse"][1]["owner_buys_staffing"][0] == 0
    # the rule alone, during a job, never decides near-certainly; with stronger private
    # evidence (connected before the owner's first job) it leans private
    for out, _ in results.values():
        assert 0.05 <= out["p_work"][0] <= 0.95
        assert out["suggestion"][2] == "private"


# --- 2. the owner's role from the whole career --------------------------------------------


def test_role_is_read_from_the_whole_career_weighted_by_years():
    recruiter = _career(
        Position("Randstad", "Recruiter", date(2012, 1, 1), date(2016, 12, 31)),
        Position("Yacht", "Senior Recruitment Consultant", date(2017, 1, 1), date(2021, 6, 30)),
        Position("Yacht", "Vestigingsmanager", date(2021, 7, 1), None),
    )
    assert primary_role(recruiter) == "recruitment"  # not "management" from the last title
    nurse = _career(
        Position("UMC Utrecht", "Verpleegkundige", date(2010, 1, 1), date(2020, 1, 31)),
        Position("UMC Utrecht", "Praktijkopleider", date(2020, 2, 1), None),
    )
    assert primary_role(nurse) == "healthcare"
    hr = _career(
        Position("Gemeente Zwolle", "HR Adviseur", date(2015, 1, 1), None),
        Position("ROC Deltion", "Docent", date(2019, 1, 1), None),  # part-time side job
    )
    assert primary_role(hr) == "hr"
    years = role_years(hr)
    assert years["hr"] > 2 * years["education"]  # the overlapping side job counts half


def test_a_part_time_side_job_does_not_set_the_role():
    # a consultant of nine years with a concurrent one-year part-time teaching job
    consultant = _career(
        Position("Berenschot", "Consultant", date(2015, 1, 1), date(2019, 12, 31)),
        Position("Twynstra Gudde", "Senior Consultant", date(2020, 1, 1), None),
        Position("Hogeschool Utrecht", "Docent (part-time)", date(2023, 1, 1), date(2023, 12, 31)),
    )
    assert primary_role(consultant) == "consulting"
    # the same teaching job held beside both consulting jobs for ten years and still held,
    # as the bundled sample's consultant has it: the consultant stays a consultant
    consultant = _career(
        Position("Berenschot", "Consultant", date(2015, 1, 1), date(2020, 12, 31)),
        Position("ROC Midden Nederland", "Docent (deeltijd)", date(2015, 1, 1), None),
        Position("Twynstra Gudde", "Lead Consultant", date(2021, 9, 1), None),
    )
    assert primary_role(consultant) == "consulting"
    years = role_years(consultant)
    assert years["consulting"] > 3 * years["education"]
    # a side job started after the main job does not take the current job's extra weight
    hr = _career(
        Position("Gemeente Zwolle", "HR Adviseur", date(2021, 1, 1), None),
        Position("ROC Deltion", "Docent (deeltijd)", date(2022, 1, 1), None),
    )
    assert primary_role(hr) == "hr"
    # without a main job beside it, part-time teaching is still a teacher's career
    teacher = _career(Position("ROC Deltion", "Docent (deeltijd)", date(2012, 1, 1), None))
    assert primary_role(teacher) == "education"


def test_the_person_can_correct_the_role_and_it_is_kept_with_the_career():
    career = _career(Position("Yacht", "Vestigingsmanager", date(2015, 1, 1), None))
    assert inferred_role(career) == "management"
    career.role = "recruitment"
    assert primary_role(career) == "recruitment"
    restored = career_from_dict(career_to_dict(career))
    assert restored.role == "recruitment" and primary_role(restored) == "recruitment"
    # an old career file without a role reads the role from the career
    data = career_to_dict(career)
    del data["role"]
    assert career_from_dict(data).role == ""


# --- 3. loose title and sector matches -------------------------------------------------------


def test_a_line_of_work_match_alone_is_weak_evidence(model):
    buyer = _career(Position("Van Dijk Metaal B.V.", "Inkoper", date(2012, 1, 1), None))
    probes = [
        # a friend who is a buyer at a chip maker, added on a Sunday years ago: nothing but
        # the title ties them to the owner's work
        ("Pim", "Friend", "ASML", "Buyer", np.datetime64("2010-04-11")),
        ("Els", "Friend", "Zonnepanelen Oost", "Inkoper", np.datetime64("2010-05-02")),
    ]
    out, _ = _classify(model, buyer, probes)
    assert (out["p_work"] < 0.9).all()


# --- 4. a recruiter's candidates depend on the role ----------------------------------------

CARE_RECRUITER = _career(
    Position("Zorgwerk Uitzendbureau", "Recruiter Zorg", date(2013, 1, 1), date(2018, 12, 31)),
    Position("Care Talent B.V.", "Senior Recruiter", date(2019, 1, 1), None),
)


def test_a_recruiters_candidates_are_anyone_working_or_looking_for_work(model):
    probes = [
        ("Nina", "Nurse", "Isala", "Verpleegkundige", np.datetime64("2020-03-03")),
        ("Paul", "Psych", "GGZ Centraal", "GZ-psycholoog", np.datetime64("2021-06-07")),
        ("Dirk", "Doctor", "Zuyderland", "Arts", np.datetime64("2022-01-10")),
        ("Lot", "Seeker", "", "Looking for new opportunities", np.datetime64("2021-09-01")),
        ("Bas", "Zoeker", "", "Op zoek naar een nieuwe uitdaging", np.datetime64("2023-04-01")),
    ]
    out, facts = _classify(model, CARE_RECRUITER, probes)
    assert (facts["title_candidate"] == 1).all()
    assert (facts["title_private"] == 0).all()
    assert (out["suggestion"] == "work").all()


def test_looking_for_work_is_private_for_anyone_but_a_recruiter():
    from model import lexicons

    assert lexicons.title_relation("sales", "Looking for new opportunities") == "private"
    assert lexicons.title_relation("recruitment", "Op zoek naar een nieuwe uitdaging") == (
        "candidate"
    )


# --- 5. colleagues who moved on ----------------------------------------------------------------


def test_a_colleague_who_moved_on_is_known_by_the_weeks_they_connected_in(model):
    owner = _career(
        Position("Globex Software B.V.", "Software Developer", date(2016, 1, 1), None),
    )
    start = np.datetime64("2016-01-04")
    # the owner's first weeks at Globex: colleagues connect; one has since moved to Mars
    burst = [
        ("New", f"Colleague{i}", "Globex Software B.V.", "Developer", start + i) for i in range(25)
    ]
    moved = ("Mo", "Moved", "Mars", "Tester", start + 12)
    alone = ("Al", "Alone", "Mars", "Tester", np.datetime64("2019-08-18"))
    contacts = _person(owner, [*burst, moved, alone])
    facts = relate(contacts, owner)
    assert facts["colleagues_nearby"].iloc[-2] > 0.5
    assert facts["colleagues_nearby"].iloc[-1] < facts["colleagues_nearby"].iloc[-2]
    out = model.classify(contacts, owner)
    assert out["p_work"].iloc[-2] > out["p_work"].iloc[-1]
    assert out["suggestion"].iloc[-2] == "work"


# --- 6. over-confident private signals -----------------------------------------------------


def test_first_months_and_same_surname_are_not_near_certain(model):
    owner = _career(
        Position("Initech", "Accountmanager", date(2008, 1, 1), None),
        name="Sam Jansen",
    )
    probes = [
        ("Kees", "Jansen", "Initech", "Accountmanager", np.datetime64("2018-03-03")),
        ("Anna", "Early", "Initech", "Sales Manager", np.datetime64("2010-03-20")),
        ("Piet", "Jansen", "", "", np.datetime64("2015-06-06")),
    ]
    out, facts = _classify(model, owner, probes)
    assert facts["same_surname"][0] == 1 and facts["first_months"][1] == 1
    # a same-surname colleague at the owner's employer, and a colleague among the first
    # connections of someone who joined mid-career: the work evidence wins
    assert out["suggestion"][0] == "work" and out["suggestion"][1] == "work"
    # same surname with nothing else: private, yet not near-certain
    assert out["suggestion"][2] == "private" and out["p_work"][2] >= 0.03


# --- 7. date-only rows, and issue 11 item 6: one rule for employer, category, reasons -------


def test_categories_never_claim_more_than_the_facts(model):
    owner = _career(
        Position("Acme Consulting", "IT Consultant", date(2012, 1, 1), date(2017, 12, 31)),
        Position("Globex", "Senior IT Consultant", date(2018, 1, 1), None),
    )
    probes = [
        ("Date", "Only", "", "", np.datetime64("2019-05-05")),
        ("Buyer", "Atacme", "Acme Consulting", "Inkoper", np.datetime64("2014-05-05")),
        ("Dev", "Elsewhere", "Initrode", "Developer", np.datetime64("2019-05-06")),
    ]
    contacts = _person(owner, probes)
    out = model.classify(contacts, owner)
    facts = relate(contacts, owner)
    work = out["suggestion"] == "work"
    # date-only rows are never client, supplier or colleague
    date_only = (facts["company_empty"] > 0) & (facts["title_empty"] > 0)
    assert not out.loc[date_only & work, "category"].isin(["client", "supplier"]).any()
    assert out["category"].iloc[-3] in ("other work", "private")
    # people at the owner's own employers are colleagues, never client or supplier
    at_employer = facts["company_is_employer"] > 0
    assert set(out.loc[at_employer & work, "category"]) <= {"colleague"}
    # people at other companies are never colleagues
    elsewhere = (facts["company_empty"] == 0) & ~at_employer & (facts["company_weak_employer"] == 0)
    assert "colleague" not in set(out.loc[elsewhere & work, "category"])


def test_reasons_name_the_employer_the_contact_is_attributed_to(model):
    owner = _career(
        Position("Acme Consulting", "IT Consultant", date(2012, 1, 1), date(2017, 12, 31)),
        Position("Globex", "Senior IT Consultant", date(2018, 1, 1), None),
    )
    # works at the former employer Acme, connected while the owner was at Globex
    probes = [("Ex", "Acme", "Acme Consulting", "Developer", np.datetime64("2020-02-02"))]
    out, _ = _classify(model, owner, probes)
    assert out["employer"][0] == "Acme Consulting"
    assert not any("during your job at Globex" in r for r in out["reasons"][0])
    # over a whole network: a reason naming a job names the employer column's employer
    contacts = _person(owner, probes, seed=3)
    full = model.classify(contacts, owner)
    for employer, reasons in zip(full["employer"], full["reasons"], strict=True):
        for reason in reasons:
            if "during your job at" in reason or "after your job at" in reason:
                assert f"job at {employer}" in reason


def test_colleagues_nearby_is_the_same_in_chunks_as_in_one_piece():
    from model.features.relate import network_facts

    owner = _career(Position("Globex Software B.V.", "Software Developer", date(2016, 1, 1), None))
    contacts = _person(owner, [("Mo", "Moved", "Mars", "Tester", np.datetime64("2016-01-10"))])
    whole = relate(contacts, owner)["colleagues_nearby"].to_numpy()
    network = network_facts(contacts, owner)
    parts = [
        relate(contacts.iloc[k : k + 17], owner, network=network)["colleagues_nearby"]
        for k in range(0, len(contacts), 17)
    ]
    np.testing.assert_allclose(np.concatenate(parts), whole)
    assert whole.max() > 0


def test_a_colleague_is_told_as_working_at_your_employer_first(model):
    """Whatever the weight of the employer match in the model, the reason that makes someone a
    colleague comes first, and the employer is never said to be 'in the same sector as' itself."""
    career = _career(
        Position(
            "Genia Management Consultants Nederland B.V.", "Lead Consultant", date(2021, 9, 1)
        ),
        Position("Dexant b.v.", "Consultant", date(2014, 8, 1), date(2021, 8, 31)),
    )
    probes = [
        ("Ada", "Colleague", "Genia Management Consultants B.V.", "Adviseur", date(2023, 5, 1)),
        ("Bo", "Colleague", "Genia Management Consultants Group", "Inside Sales", date(2024, 2, 1)),
    ]
    out, _ = _classify(model, career, probes)
    companies = [p[2] for p in probes]
    for company, reasons, category in zip(companies, out["reasons"], out["category"], strict=True):
        assert category == "colleague"
        assert reasons[0].startswith(f"works at {company}")
        assert not any("same sector" in r for r in reasons)


def test_a_contact_with_only_a_name_says_so_and_is_flagged(model):
    """A card with nothing but a name (a vCard, an address book) gets the network's usual
    mix: the reason says there was nothing to go on, never "decided on company and title"."""
    owner = _career(Position("Globex", "IT Consultant", date(2018, 1, 1), None))
    probes = [
        ("Only", "Aname", "", "", pd.NaT),
        ("Dated", "Nobody", "", "", np.datetime64("2019-05-05")),
    ]
    out, _ = _classify(model, owner, probes)
    assert out.loc[0, "reasons"][0] == "only a name: no company, title or connection date to go on"
    assert out.loc[0, "flagged"]
    assert out.loc[0, "category"] in ("other work", "private")
    assert out.loc[1, "reasons"][0] == "no company or title — decided on the date only"
