"""The shipped classifier: output contract, held-out quality, and reasons that are true."""

from datetime import date

import numpy as np
import pandas as pd
import pytest

from model.career import Career, Position
from model.predictor import load_model
from model.schema import CATEGORIES, RESULT_COLUMNS, conform_contacts
from model.synthetic import generate_person
from model.training import TEST_SEED, make_dataset, score


@pytest.fixture(scope="module")
def model():
    return load_model()


CAREER = Career(
    positions=[
        Position("Globex Nederland B.V.", "Account Manager", date(2019, 1, 1), None),
        Position("Acme B.V.", "Sales Representative", date(2014, 3, 1), date(2018, 9, 30)),
    ],
    owner_name="Sanne van der Berg",
    registered_on=date(2010, 5, 1),
    exported_on=date(2024, 6, 1),
)


def _contacts(rows):
    cols = ["first_name", "last_name", "company", "position", "connected_on"]
    df = pd.DataFrame(rows, columns=cols)
    df["connected_on"] = pd.to_datetime(df["connected_on"])
    return conform_contacts(df)


HAND = _contacts(
    [
        ("Piet", "Berg", "Bakkerij Jansen", "Eigenaar", "2020-02-01"),  # family name
        ("Kees", "Smit", "Acme", "Inkoper", "2016-04-12"),  # former colleague firm
        ("Ria", "Kok", "", "", "2021-07-07"),  # nothing but a date
        ("Tom", "Vos", "Initech", "Hoofd Inkoop", None),  # no date
        ("Eva", "Mol", "Universiteit Utrecht", "Student", "2010-06-01"),  # first months, student
    ]
)


def test_output_contract(model):
    person = generate_person(3, "account_manager")
    out = model.classify(person.contacts, person.career)
    assert list(out.columns) == RESULT_COLUMNS and len(out) == len(person.contacts)
    assert out["p_work"].between(0, 1).all()
    threshold = model.estimator.threshold_
    assert 0.3 <= threshold <= 0.7 and model.card["threshold"] == threshold
    assert ((out["suggestion"] == "work") == (out["p_work"] >= threshold)).all()
    employers = {p.company for p in person.career.positions}
    work = out["suggestion"] == "work"
    assert set(out.loc[work, "employer"]) <= employers
    assert (out.loc[~work, "employer"] == "").all()
    assert set(out["category"]) <= set(CATEGORIES)
    assert (out.loc[~work, "category"] == "private").all()
    lo, hi = model.flag_band
    assert (out["flagged"] == out["p_work"].between(lo, hi)).all()
    assert out["reasons"].map(lambda r: 1 <= len(r) <= 3 and all(r)).all()


def test_held_out_quality(model):
    """Persons the model never saw (a seed range training never uses), grouped by person."""
    data = make_dataset(15, TEST_SEED + 500)
    figures = score(model.estimator, data)
    assert figures["persons"] == 15
    # measured 0.734 / 0.819 / 0.040 / 0.923 when the model shipped; a margin for retraining.
    # Lower than the 0.817 / 0.895 of the previous model because the held-out persons got
    # harder, not the model worse: they now draw their habits per person (when they joined
    # LinkedIn, how fast colleagues move on, ...), as the training persons do
    assert figures["macro_f1"] >= 0.70, figures
    assert figures["roc_auc"] >= 0.79, figures
    # p_work is calibrated on professions the model did not see (as every real network is),
    # so on its own generator's professions it is a little less sharp
    assert figures["ece"] <= 0.07, figures
    assert figures["employer_accuracy"] >= 0.9, figures


def test_reasons_are_true_and_specific(model):
    out = model.classify(HAND, CAREER)
    reasons = out["reasons"].tolist()
    assert out.loc[0, "suggestion"] == "private"
    assert "same surname as you" in reasons[0]
    assert "no company or title — decided on the date only" in reasons[2]
    assert not any("connected" in r for r in reasons[3])  # no date: no timing reason
    assert out.loc[1, "suggestion"] == "work"
    assert any("Acme" in r for r in reasons[1])


def test_during_job_reason_names_the_job(model):
    c = _contacts([("Jan", "Dekker", "Initech", "Inkoper", "2019-03-14")])
    out = model.classify(c, CAREER)
    assert out.loc[0, "suggestion"] == "work" and out.loc[0, "employer"] == "Globex Nederland B.V."
    text = " | ".join(out.loc[0, "reasons"])
    assert (
        "connected 14 Mar 2019, during your job at Globex Nederland B.V. (Jan 2019 – now)" in text
    )


def test_client_list_decides(model):
    c = _contacts([("Jan", "Dekker", "Umbrella Corp", "", "2021-03-14")] * 2)
    without = model.classify(c, CAREER)
    with_list = model.classify(c, CAREER, clients=["Umbrella Corporation B.V.", "Other"])
    assert with_list.loc[0, "p_work"] > without.loc[0, "p_work"]
    assert any("client list" in r for r in with_list.loc[0, "reasons"])


def test_no_career_still_classifies(model):
    out = model.classify(HAND, Career())
    assert len(out) == len(HAND) and (out.loc[out.suggestion == "work", "employer"] == "").all()


def test_cancel_stops(model):
    from model.errors import Cancelled

    with pytest.raises(Cancelled):
        model.classify(HAND, CAREER, cancel=lambda: True)


def test_progress_reaches_one(model):
    seen = []
    model.classify(HAND, CAREER, progress=lambda f, m="": seen.append(f))
    assert seen[-1] == 1.0 and seen == sorted(seen)


def test_empty_contacts(model):
    out = model.classify(conform_contacts(pd.DataFrame()), CAREER)
    assert len(out) == 0 and list(out.columns) == RESULT_COLUMNS


def test_card_describes_the_model(model):
    card = model.card
    for key in ("trained_on", "sklearn_version", "sha256", "metrics", "per_profession"):
        assert key in card
    assert card["metrics"]["macro_f1"] > 0.7
    assert np.isclose(
        sum(card["confusion"]["matrix"][0]) + sum(card["confusion"]["matrix"][1]),
        card["held_out"]["contacts"],
    )


def test_reasons_only_say_what_is_true(model):
    person = generate_person(8, "software_developer")
    out = model.classify(person.contacts, person.career)
    named = (person.contacts["first_name"] + person.contacts["last_name"]).str.strip() != ""
    said_hidden = out["reasons"].map(lambda r: any(t.startswith("hidden profile") for t in r))
    assert not (said_hidden & named).any()
    said_surname = out["reasons"].map(lambda r: "same surname as you" in r)
    from model.normalize import surname_keys

    owner_keys = surname_keys(person.career.owner_name.split(" ", 1)[1])
    shares = person.contacts["last_name"].map(lambda s: bool(surname_keys(s) & owner_keys))
    assert not (said_surname & ~shares).any()


def test_freelance_is_not_a_missing_company(model):
    c = _contacts([("Joost", "Prins", "Freelance", "Fotograaf", "2020-05-05")])
    reasons = model.classify(c, CAREER).loc[0, "reasons"]
    assert "no company given" not in reasons


def test_recruiter_approaching_a_salesperson_leans_private(model):
    c = _contacts(
        [
            ("Iris", "Wolf", "Talentbureau Noord", "Senior Recruiter", "2020-05-05"),
            ("Iris", "Wolf", "Initech", "Inkoper", "2020-05-05"),
        ]
    )
    out = model.classify(c, CAREER)
    assert out.loc[0, "p_work"] < out.loc[1, "p_work"]


def test_any_career_and_contacts_classify(model):
    """Odd careers (unknown starts, end before start, overlaps, duplicates) and odd contacts
    never crash the classifier, and the output contract holds."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    days = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)))
    text = st.text(max_size=30)
    positions = st.lists(
        st.builds(Position, company=text, title=text, start=days, end=days), max_size=5
    )
    rows = st.lists(st.tuples(text, text, text, text, days), min_size=0, max_size=25)

    @settings(max_examples=40, deadline=None)
    @given(positions, rows, st.one_of(st.none(), days), text)
    def check(jobs, contact_rows, joined, owner):
        contacts = _contacts([(a, b, c, d, e) for a, b, c, d, e in contact_rows])
        career = Career(
            positions=jobs, owner_name=owner, registered_on=joined, exported_on=date(2024, 6, 1)
        )
        out = model.classify(contacts, career)
        assert len(out) == len(contacts) and out["p_work"].between(0, 1).all()
        assert out["reasons"].map(lambda r: 1 <= len(r) <= 3).all()

    check()
