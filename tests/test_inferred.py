"""The owner's career inferred from Connections.csv alone (model/inferred), and how
classification uses it, on generated networks built to show each behaviour."""

from __future__ import annotations

import re
from datetime import date

import numpy as np
import pandas as pd
import pytest

from model.career import Career, Position
from model.inferred import (
    CareerInference,
    InferredCareer,
    company_bursts,
    declined_career,
    infer_career,
    is_inferred,
)
from model.messages import speaking
from model.schema import conform_contacts

# Made-up names, none from any generator's pools.
EMPLOYER = "Qorvanta Logistics B.V."
SCATTERED = [f"Firma {word} {n}" for n, word in enumerate(["Aldo", "Brix", "Cove", "Dune"] * 60)]
TITLES = ["Planner", "Teacher", "Nurse", "Accountant", "Designer", "Engineer", "Baker"]


def _days(rng, start: str, end: str, n: int) -> np.ndarray:
    lo, hi = np.datetime64(start, "D"), np.datetime64(end, "D")
    return lo + rng.integers(0, int((hi - lo).astype(int)) + 1, n)


def network(
    burst: int = 40,
    burst_from: str = "2019-02-01",
    burst_to: str = "2019-11-30",
    later_at_employer: int = 0,
    background: int = 220,
    seed: int = 1,
) -> pd.DataFrame:
    """A network from 2012 to 2024 where every background contact works at a company of its
    own, plus ``burst`` contacts at EMPLOYER added between ``burst_from`` and ``burst_to`` and
    ``later_at_employer`` more at EMPLOYER added steadily until the end."""
    rng = np.random.default_rng(seed)
    companies = [SCATTERED[k % len(SCATTERED)] + f"-{k}" for k in range(background)]
    days = list(_days(rng, "2012-03-01", "2024-10-31", background))
    companies += [EMPLOYER] * burst
    days += list(_days(rng, burst_from, burst_to, burst))
    companies += [EMPLOYER] * later_at_employer
    days += list(_days(rng, burst_to, "2024-10-31", later_at_employer))
    n = len(companies)
    return conform_contacts(
        pd.DataFrame(
            {
                "first_name": [f"Voornaam{k}" for k in range(n)],
                "last_name": [f"Achternaam{k}" for k in range(n)],
                "company": companies,
                "position": [TITLES[k % len(TITLES)] for k in range(n)],
                "connected_on": pd.to_datetime(np.array(days, dtype="datetime64[D]")),
            }
        )
    )


def test_a_burst_of_colleagues_in_2019_is_a_former_employer_with_those_dates():
    career = infer_career(network())
    assert is_inferred(career)
    (job,) = career.employers_found()
    assert job.company == EMPLOYER
    assert job.contacts == 40 and job.peak_year == 2019
    assert date(2019, 1, 1) <= job.start <= date(2019, 4, 1)
    # nobody was added there after 2019: the job ended, around the end of the burst
    assert job.end is not None and date(2019, 9, 1) <= job.end <= date(2020, 1, 31)


def test_colleagues_still_being_added_make_the_job_current():
    (job,) = infer_career(network(later_at_employer=15)).employers_found()
    assert job.company == EMPLOYER and job.end is None
    assert date(2019, 1, 1) <= job.start <= date(2019, 4, 1)


def test_no_company_cluster_means_no_inferred_employer():
    contacts = network(burst=0)
    career = infer_career(contacts)
    assert is_inferred(career) and career.employers_found() == []
    # the time on LinkedIn is a period of an unknown employer: nothing is named
    assert all(p.company == "" for p in career.positions)


def test_a_cluster_that_does_not_dominate_is_not_an_employer():
    # two companies of 20 each, added in the same months: neither stands out, not even in
    # the period they were added in
    contacts = network(burst=20)
    other = network(burst=20, background=0, seed=2).assign(company="Velmora Retail")
    contacts = pd.concat([contacts, other], ignore_index=True)
    assert infer_career(contacts).employers_found() == []


def _with_earlier_job(contacts: pd.DataFrame, company: str, n: int, start: str, end: str):
    """``contacts`` plus ``n`` contacts at ``company`` added between ``start`` and ``end``."""
    rng = np.random.default_rng(7)
    days = np.sort(_days(rng, start, end, n))
    extra = contacts.iloc[:n].assign(
        company=company, connected_on=pd.to_datetime(days.astype("datetime64[D]"))
    )
    return pd.concat([contacts, extra], ignore_index=True)


def test_an_earlier_employer_is_found_where_its_colleagues_dominate_its_own_years():
    # a current job whose colleagues came in from 2019 on, and 20 colleagues of 2014-2016
    contacts = _with_earlier_job(
        network(later_at_employer=15), "Brenvik Installatietechniek", 20, "2014-03-01", "2016-06-30"
    )
    career = infer_career(contacts)
    current, earlier = career.employers_found()
    assert current.company == EMPLOYER and current.end is None
    assert earlier.company == "Brenvik Installatietechniek" and earlier.contacts == 20
    assert date(2014, 3, 1) <= earlier.start <= date(2014, 9, 1)
    assert date(2016, 1, 1) <= earlier.end <= date(2016, 6, 30)
    assert earlier.peak_year in (2014, 2015, 2016)
    # a contact of those years at that company belongs to that job, and is named for it
    t = career.timing(np.array(["2015-05-01"], dtype="datetime64[D]"))
    assert career.positions[t.position[0]].company == earlier.company

    from model.predictor import load_model

    results = load_model().classify(contacts, career)
    at = (contacts["company"] == earlier.company).to_numpy()
    named = results.loc[at & (results["suggestion"] == "work").to_numpy(), "employer"]
    assert len(named) and (named == earlier.company).all()


def test_a_company_still_being_added_or_overlapping_the_employer_is_no_earlier_employer():
    base = network(later_at_employer=15)
    # 20 contacts at a client added all along: never stopped, so not a former job
    steady = _with_earlier_job(base, "Cardell Retail", 20, "2012-06-01", "2024-10-01")
    assert [p.company for p in infer_career(steady).employers_found()] == [EMPLOYER]
    # 12 contacts in the months the current job started: inside a period already found
    overlap = _with_earlier_job(base, "Cardell Retail", 12, "2019-03-01", "2019-08-31")
    assert [p.company for p in infer_career(overlap).employers_found()] == [EMPLOYER]
    # 6 contacts of 2014: fewer than an employer's colleagues
    few = _with_earlier_job(base, "Cardell Retail", 6, "2014-03-01", "2014-09-30")
    assert [p.company for p in infer_career(few).employers_found()] == [EMPLOYER]


def test_the_earliest_connection_is_the_join_date_and_the_timeline_has_no_gaps():
    contacts = network()
    fitted = CareerInference().fit(contacts)
    assert fitted.joined_ == contacts["connected_on"].min().date()
    career = fitted.career_
    t = career.timing(contacts["connected_on"].to_numpy())
    # every dated contact falls in some period: none is "between jobs" or "before the first"
    assert (t.position >= 0).all()
    assert not t.in_gap.any() and not t.before_first_job.any()


def test_a_given_career_is_never_replaced(monkeypatch):
    given = Career(positions=[Position("Helvik Bouw", "Planner", date(2015, 1, 1))])
    contacts = network()
    assert infer_career(contacts, given) is given

    from model.predictor import load_model

    model = load_model()
    before = model.classify(contacts, given)

    def refuse(*_a, **_k):
        raise AssertionError("inference ran although a career was given")

    monkeypatch.setattr(CareerInference, "fit", refuse)
    after = model.classify(contacts, given)
    pd.testing.assert_frame_equal(before, after)
    assert not any("probably" in r for reasons in after["reasons"] for r in reasons)


@pytest.fixture(scope="module")
def model():
    from model.predictor import load_model

    return load_model()


def test_classify_without_career_uses_and_marks_the_inferred_employer(model):
    contacts = network()
    results = model.classify(contacts, Career())
    at = (contacts["company"] == EMPLOYER).to_numpy()
    work_at = at & (results["suggestion"] == "work").to_numpy()
    assert work_at.sum() >= 30  # colleagues at the inferred employer read as work
    # the employer column names the guess only for who works there
    assert set(results.loc[work_at, "employer"]) == {EMPLOYER}
    assert (results.loc[~at, "employer"] == "").all()
    said = [r for reasons in results.loc[work_at, "reasons"] for r in reasons]
    expected = (
        f"works at {EMPLOYER}, probably your employer: 40 of your contacts work there, "
        "most added in 2019"
    )
    assert expected in said
    everything = {r for reasons in results["reasons"] for r in reasons}
    assert any(
        f"probably during a job at {EMPLOYER} (inferred from your network, since Feb 2019)" in r
        for r in everything
    )
    assert (
        "no career given: your employer was read from your network; add your positions "
        "for better suggestions" in everything
    )
    with speaking("nl"):
        dutch = model.classify(contacts, Career())
    said_nl = [r for reasons in dutch.loc[work_at, "reasons"] for r in reasons]
    assert (
        f"werkt bij {EMPLOYER}, waarschijnlijk je werkgever: 40 van je contacten werken er, "
        "de meeste toegevoegd in 2019"
    ) in said_nl


def test_the_inferred_employer_lifts_its_contacts_above_declining_it(model):
    contacts = network()
    at = (contacts["company"] == EMPLOYER).to_numpy()
    inferred = model.classify(contacts, Career())["p_work"].to_numpy()
    declined = model.classify(contacts, declined_career())["p_work"].to_numpy()
    assert inferred[at].mean() > declined[at].mean() + 0.1


def test_unknown_periods_are_never_named_in_reasons(model):
    results = model.classify(network(burst=0), Career())
    assert (results["employer"] == "").all()
    text = " ".join(r for reasons in results["reasons"] for r in reasons)
    for phrase in ("probably", "between jobs", "before your first job", "your job at"):
        assert phrase not in text


def test_declining_the_suggestion_classifies_as_without_a_career(model):
    contacts = network()
    results = model.classify(contacts, declined_career(Career(owner_name="An Jansen")))
    assert (results["employer"] == "").all()
    assert not any("probably" in r for reasons in results["reasons"] for r in reasons)
    assert isinstance(declined_career(), InferredCareer) and declined_career().declined


def test_chunked_classification_infers_once_for_the_whole_export(model, tmp_path):
    from model.scale.chunked import classify_to_file

    contacts = network(later_at_employer=10)
    whole = model.classify(contacts, Career())
    summary = classify_to_file(model, contacts, Career(), tmp_path / "out.csv", chunk_rows=37)
    assert summary["suggestion"].tolist() == whole["suggestion"].tolist()
    assert summary["employer"].tolist() == whole["employer"].tolist()


def test_company_bursts_finds_the_window_where_a_company_grew_faster_than_the_network():
    bursts = company_bursts(network(), min_contacts=5)
    top = bursts.iloc[0]
    assert top["key"] and top["contacts"] == 40
    start = np.datetime64(int(top["burst_start"]), "D")
    assert np.datetime64("2019-02-01") <= start <= np.datetime64("2019-03-31")
    assert top["burst_contacts"] >= 35 and top["burst_expected"] < 10
    assert bursts.attrs["with_company"] == 260


def test_no_dates_infers_no_periods():
    contacts = network().assign(connected_on=pd.NaT)
    career = infer_career(contacts)
    assert all(p.start is None for p in career.positions)


def write_connections(contacts: pd.DataFrame, path) -> None:
    """``contacts`` as a LinkedIn Connections.csv (dates as LinkedIn writes them)."""
    lines = ["First Name,Last Name,URL,Email Address,Company,Position,Connected On"]
    for row in contacts.itertuples():
        day = row.connected_on.strftime("%d %b %Y")
        lines.append(f"{row.first_name},{row.last_name},,,{row.company},{row.position},{day}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_the_command_line_says_what_it_inferred_and_uses_it(tmp_path, capsys):
    from model.cli import main

    csv = tmp_path / "Connections.csv"
    write_connections(network(later_at_employer=12), csv)
    out = tmp_path / "out.csv"
    assert main(["classify", str(csv), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    # the job starts when its colleagues start coming in (the burst opened in February)
    assert re.search(
        rf"employer inferred from the network, probably {re.escape(EMPLOYER)} "
        r"\((Feb|Mar) 2019 - now",
        err,
    )
    table = pd.read_csv(out, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    at = table["Company"] == EMPLOYER
    assert (table.loc[at & (table["suggestion"] == "work"), "employer"] == EMPLOYER).all()
    assert (table.loc[~at, "employer"] == "").all()

    write_connections(network(burst=0), csv)
    assert main(["classify", str(csv), "--out", str(out)]) == 0
    assert "no employer stands out" in capsys.readouterr().err


def test_the_persons_choice_on_the_suggestion_is_saved_never_its_positions(tmp_path):
    from model.session import ReviewSession
    from tests.test_session import make_results

    contacts = network(later_at_employer=5)
    path = tmp_path / "Connections.csv"
    path.write_text("First Name,Last Name\nAn,Jansen\n", encoding="utf-8")
    results = make_results(len(contacts))
    session = ReviewSession.open(path, contacts, results, career=Career(owner_name="An Jansen"))
    suggestion = infer_career(contacts, Career(owner_name="An Jansen", role="sales"))
    session.set_context(suggestion, [])
    session.close()
    session = ReviewSession.open(path, contacts, results, career=Career())
    kept, _ = session.context()
    # kept as a choice: the network decides the positions again, the role stays
    assert is_inferred(kept) and not kept.positions and not kept.declined
    assert kept.role == "sales"
    again = infer_career(contacts, kept)
    assert [p.company for p in again.employers_found()] == [EMPLOYER] and again.role == "sales"
    session.set_context(declined_career(kept), [])
    session.close()
    session = ReviewSession.open(path, contacts, results, career=Career())
    cleared, _ = session.context()
    assert is_inferred(cleared) and cleared.declined
    assert infer_career(contacts, cleared) is cleared  # no inference after a "clear"
    own = Career(positions=[Position(EMPLOYER, "Planner", date(2019, 2, 1))])
    session.set_context(own, [])
    session.close()
    session = ReviewSession.open(path, contacts, results, career=Career())
    assert session.context()[0] == own
    session.close()


def test_the_hr_package_and_report_say_the_career_was_inferred(tmp_path):
    import subprocess

    from model.hr import plan_package
    from model.hr.package import write_package
    from model.hr.report import write_report
    from model.hr.unpack import load_package
    from model.predictor import load_model

    contacts = network(later_at_employer=12)
    career = infer_career(contacts, Career(exported_on=date(2024, 11, 2)))
    results = load_model().classify(contacts, career)
    plan = plan_package(contacts, results, career, [], prepared_by="owner")
    path = write_package(plan, tmp_path / "leaver")
    package = load_package(path)
    assert is_inferred(package.career)
    # only the employer it names travels: the unknown-employer periods serve classification
    assert [p.company for p in package.career.positions] == [EMPLOYER]
    out = write_report(path, tmp_path / "report.pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    assert "these positions were inferred from their network" in flat
    assert f"{EMPLOYER}: current position" in flat

    # a career of the person's own travels as it is, without the note
    own = Career(positions=[Position(EMPLOYER, "Planner", date(2019, 2, 1))])
    plan = plan_package(contacts, load_model().classify(contacts, own), own, [], prepared_by="o")
    package = load_package(write_package(plan, tmp_path / "own"))
    assert not is_inferred(package.career) and package.career.positions[0].title == "Planner"


def test_the_package_command_carries_the_inferred_career(tmp_path, capsys):
    from model.cli import main
    from model.hr.unpack import load_package

    csv = tmp_path / "Connections.csv"
    write_connections(network(later_at_employer=12), csv)
    assert main(["package", str(csv), "--out", str(tmp_path / "mine"), "--yes"]) == 0
    career = load_package(tmp_path / "mine.coreview").career
    assert is_inferred(career) and [p.company for p in career.positions] == [EMPLOYER]
