"""The fifth training generator (model.synthetic.fifth): determinism, shapes, label shares,
each labelling convention of its docstring on generated members, its own export writer read
back by the product's reader, and its members related and scored like the other generators'."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import roc_auc_score

from model.features.relate import FEATURE_INPUT_COLUMNS, relate
from model.readers import read_export
from model.schema import CONTACT_COLUMNS
from model.synthetic import third
from model.synthetic.fifth import (
    LABEL_COLUMNS,
    TRACK_NAMES,
    export_files,
    iter_persons,
    make_person,
    write_export,
)
from model.synthetic.fifth.words import RENAMED
from tests.generated_labels import assert_labels_consistent


def _days(person) -> np.ndarray:
    return person.contacts["connected_on"].to_numpy().astype("datetime64[D]")


def _rows(source: str, tracks=TRACK_NAMES, seeds=range(40), n=400):
    """(person, row indices) of the first members showing ``source`` in their labels."""
    for seed in seeds:
        for track in tracks:
            p = make_person(seed, track, n)
            rows = np.flatnonzero(p.labels["source"].to_numpy() == source)
            if len(rows):
                yield p, rows


def _first(source: str, **kw):
    found = next(_rows(source, **kw), None)
    assert found is not None, f"no member shows {source}"
    return found


def _covers(position, day: np.datetime64, exported: date) -> bool:
    end = position.end or exported
    return np.datetime64(position.start) <= day <= np.datetime64(end)


# --- determinism, shapes, shares -----------------------------------------------------------


def test_same_seed_same_person_and_another_seed_another():
    a, b, c = make_person(5, "lawyer"), make_person(5, "lawyer"), make_person(6, "lawyer")
    pd.testing.assert_frame_equal(a.contacts, b.contacts)
    pd.testing.assert_frame_equal(a.labels, b.labels)
    assert a.career == b.career and a.export_style == b.export_style
    assert a.clients(0) == b.clients(0)
    assert not a.contacts["last_name"].equals(c.contacts["last_name"])
    assert make_person(9).profession == make_person(9).profession in TRACK_NAMES


@pytest.mark.parametrize("track", TRACK_NAMES)
def test_every_track_makes_a_consistent_network(track):
    p = make_person(2, track, n_contacts=250)
    assert list(p.contacts.columns) == CONTACT_COLUMNS
    assert list(p.labels.columns) == LABEL_COLUMNS
    assert len(p.contacts) == len(p.labels) == 250
    assert_labels_consistent(p)
    days = _days(p)
    assert (np.diff(days.astype(np.int64)) <= 0).all()  # newest first
    assert days.min() >= np.datetime64(p.career.registered_on)
    assert days.max() <= np.datetime64(p.career.exported_on)
    assert p.contacts["url"].is_unique
    assert (p.contacts["email"] == "").mean() > 0.9  # LinkedIn shows few addresses
    starts = [q.start for q in p.career.positions]
    assert starts == sorted(starts, reverse=True)  # newest position first, as read
    assert p.career.positions and p.career.positions[-1].start < p.career.exported_on


def test_bad_arguments_are_refused_and_sizes_range_from_light_to_heavy():
    with pytest.raises(ValueError, match="unknown track"):
        make_person(1, "astronaut")
    with pytest.raises(ValueError, match="n_contacts"):
        make_person(1, "lawyer", n_contacts=0)
    sizes = [len(p.contacts) for p in iter_persons(30, seed=100)]
    assert min(sizes) < 200 and max(sizes) > 2000
    assert [p.profession for p in iter_persons(3, seed=0)] == TRACK_NAMES[:3]


def test_label_shares_are_plausible_per_track():
    share = {t: np.mean([(make_person(s, t, 300).labels["label"] == "work").mean()
                         for s in range(4)]) for t in TRACK_NAMES}  # fmt: skip
    assert all(0.25 < v < 0.85 for v in share.values()), share
    # consultants work for clients; teachers have none and keep more of their network private
    assert share["consultant"] > share["teacher"] + 0.1
    consultant = pd.concat([make_person(s, "consultant", 300).labels for s in range(4)])
    work = consultant[consultant["label"] == "work"]
    assert (work["category"] == "client").mean() > 0.25
    teacher = pd.concat([make_person(s, "teacher", 300).labels for s in range(4)])
    assert not (teacher["category"] == "client").any()


# --- the labelling conventions (one test each) -----------------------------------------------


def test_unsolicited_recruiters_are_private():
    p, rows = _first("recruiter")
    lab = p.labels.iloc[rows]
    assert (lab["label"] == "private").all() and (lab["position_index"] == -1).all()


def test_cold_pitching_salespeople_are_suppliers_of_the_job_held_then():
    p, rows = _first("cold_pitch")
    days = _days(p)
    for k in rows:
        row = p.labels.iloc[k]
        assert row["label"] == "work" and row["category"] == "supplier"
        position = p.career.positions[row["position_index"]]
        assert _covers(position, days[k], p.career.exported_on) or (
            position.end and np.datetime64(position.end) < np.datetime64(p.career.registered_on)
        )


def test_conference_acquaintances_are_other_work_of_the_job_held_then():
    p, rows = _first("conference")
    lab = p.labels.iloc[rows]
    assert (lab["label"] == "work").all() and (lab["category"] == "other work").all()
    companies = p.contacts["company"].to_numpy()[rows]
    employers = lab["employer"].to_numpy()
    assert (companies != employers).all()  # at other organisations than the member's


def test_classmates_who_later_became_clients_stay_private():
    p, rows = _first("alumni_client", tracks=("consultant", "lawyer", "auditor"))
    lab = p.labels.iloc[rows]
    assert (lab["label"] == "private").all()
    accounts = {a.lower() for names in p.accounts.values() for a in names}
    shown = [c.lower() for c in p.contacts["company"].to_numpy()[rows] if c]
    assert shown and all(any(c.startswith(a) for a in accounts) for c in shown)


def test_a_client_who_followed_the_member_belongs_to_the_job_where_it_began():
    for p, rows in _rows("client_followed_member", tracks=("consultant", "lawyer", "marketer")):
        days = _days(p)
        for k in rows:
            row = p.labels.iloc[k]
            assert row["label"] == "work" and row["category"] == "client"
            position = p.career.positions[row["position_index"]]
            # connected during the earlier job, which is not the newest one
            assert row["position_index"] > 0
            assert _covers(position, days[k], p.career.exported_on) or position.start < (
                p.career.registered_on
            )
        return
    pytest.fail("no member with a client who followed them")


def test_former_colleagues_added_after_leaving_belong_to_the_shared_job():
    p, rows = _first("colleague_after_leaving")
    days = _days(p)
    for k in rows:
        row = p.labels.iloc[k]
        assert row["label"] == "work" and row["category"] == "colleague"
        position = p.career.positions[row["position_index"]]
        assert position.end is not None and days[k] >= np.datetime64(position.end)


def test_colleagues_showing_the_renamed_employer_belong_to_the_old_name():
    p, rows = _first("colleague_renamed_employer", tracks=("banker", "medical_specialist",
                                                           "auditor", "consultant"))  # fmt: skip
    lab = p.labels.iloc[rows]
    assert (lab["label"] == "work").all()
    assert set(lab["employer"]) <= set(RENAMED)  # the position keeps the old name
    new = {RENAMED[e] for e in lab["employer"]}
    shown = p.contacts["company"].to_numpy()[rows]
    assert any(any(s.startswith(n) for n in new) for s in shown)


def test_contacts_at_the_client_of_a_secondment_are_clients_of_the_seconding_job():
    p, rows = _first("client_during_secondment", tracks=("consultant",))
    lab = p.labels.iloc[rows]
    assert (lab["label"] == "work").all() and (lab["category"] == "client").all()
    at_client = 0
    for k in rows:
        listed = p.life.listed()
        stint = next(s for i, s in enumerate(p.life.stints)
                     if listed[i] == p.labels["position_index"].iat[k])  # fmt: skip
        assert stint.side == "own" and stint.seconded_to  # the consultancy's position
        assert stint.company == p.labels["employer"].iat[k] != stint.seconded_to
        at_client += p.contacts["company"].iat[k].lower().startswith(stint.seconded_to.lower())
    assert at_client > len(rows) / 4  # many still sit at that client (others moved on)


def test_colleagues_named_after_the_client_they_sit_at_are_colleagues_of_the_employer():
    p, rows = _first("colleague_seconded", tracks=("consultant",))
    lab = p.labels.iloc[rows]
    assert (lab["label"] == "work").all() and (lab["category"] == "colleague").all()
    seconded = {s.seconded_to for s in p.life.stints if s.seconded_to}
    employers = {s.company for s in p.life.stints if s.seconded_to}
    assert set(lab["employer"]) <= employers
    shown = p.contacts["company"].to_numpy()[rows]
    assert any(c.lower().startswith(tuple(x.lower() for x in seconded)) for c in shown if c)


def test_work_contacts_belong_to_the_position_held_on_the_day_of_connecting():
    checked, twice = 0, 0
    for seed in range(300, 340):
        p = make_person(seed, TRACK_NAMES[seed % len(TRACK_NAMES)], 300)
        days, lab, career = _days(p), p.labels, p.career
        index = lab["position_index"].to_numpy()
        work = (lab["label"] == "work").to_numpy() & (lab["source"] != "colleague_after_leaving")
        starts = np.array([q.start for q in career.positions], dtype="datetime64[D]")
        ends = np.array([q.end or career.exported_on for q in career.positions],
                        dtype="datetime64[D]")  # fmt: skip
        joined = np.datetime64(career.registered_on)
        inside = (starts[index] <= days) & (days <= ends[index])
        looked_up_later = ends[index] < joined  # a job before joining LinkedIn
        assert (inside | looked_up_later)[work].all()
        checked += int(work.sum())
        # a member with two positions at one employer gets contacts in both
        companies = [q.company for q in career.positions]
        for company in {c for c in companies if companies.count(c) > 1}:
            mine = {i for i, c in enumerate(companies) if c == company}
            twice += len(mine & set(index[work])) >= 2
    assert checked > 3000 and twice >= 1


def test_friends_working_where_the_member_went_later_are_private():
    p, rows = _first("friend_at_employer")
    days = _days(p)
    for k in rows:
        assert p.labels["label"].iat[k] == "private"
        company = p.contacts["company"].iat[k]
        starts = [q.start for q in p.career.positions
                  if company and (q.company == company or company.startswith(q.company))]  # fmt: skip
        assert not starts or days[k] < np.datetime64(min(starts))


def test_applicants_to_a_scaleup_are_candidates_whether_hired_or_not():
    p, rows = _first("candidate", tracks=("scaleup",))
    lab = p.labels.iloc[rows]
    assert (lab["label"] == "work").all() and (lab["category"] == "candidate").all()


def test_freelancers_working_with_a_one_person_business_are_its_colleagues():
    p, rows = _first("associate")
    lab = p.labels.iloc[rows]
    assert (lab["label"] == "work").all() and (lab["category"] == "colleague").all()
    businesses = {s.company for s in p.life.stints if s.side == "business"}
    assert set(lab["employer"]) <= businesses


@pytest.mark.parametrize("source", ["stranger", "second_degree", "ex_pupil", "family", "alumni"])
def test_private_circles_stay_private_whatever_their_titles(source):
    p, rows = _first(source, tracks=("teacher", "researcher", "lawyer"))
    lab = p.labels.iloc[rows]
    assert (lab["label"] == "private").all() and (lab["category"] == "private").all()


def test_colleagues_who_moved_on_are_still_work():
    p = make_person(8, "consultant", 1500)
    lab = p.labels
    colleague = (lab["category"] == "colleague").to_numpy()
    elsewhere = colleague & (p.contacts["company"].to_numpy() != lab["employer"].to_numpy())
    assert elsewhere.sum() > 10 and (lab["label"].to_numpy()[elsewhere] == "work").all()


# --- what real profiles look like ------------------------------------------------------------


def test_position_fields_hold_headlines_abbreviations_and_seekers():
    titles = pd.concat([make_person(s, t, 400).contacts["position"]
                        for s in range(3) for t in TRACK_NAMES])  # fmt: skip
    assert titles.str.contains(" \\| ").mean() > 0.03
    assert titles.str.contains(r"\b(?:Sr\.|Jr\.|VP|Mgr)\b").any()
    assert titles.isin(["Open to work", "Op zoek naar een nieuwe uitdaging"]).any()
    assert (titles == "").mean() > 0.005
    companies = pd.concat([make_person(s, t, 400).contacts["company"]
                           for s in range(3) for t in TRACK_NAMES])  # fmt: skip
    assert companies.isin(["Self-employed", "Eigen bedrijf", "Freelance"]).any()
    assert 0.01 < (companies == "").mean() < 0.2
    p = make_person(1, "lawyer", 3000)
    assert p.contacts["first_name"].str.match(r"(?:mr|dr|drs|ir|prof)\. ").any()
    assert p.contacts["last_name"].str.contains(r" (?:MSc|RA|MBA|PhD)$").any()
    assert "." not in p.career.owner_name  # the owner's own name is plain


# --- the export, read back by the product ----------------------------------------------------


def test_written_exports_read_back_as_generated(tmp_path):
    seen = {}
    for seed in range(19):  # seeds 0-18 hold every way of writing (7: no Positions.csv)
        p = make_person(seed, TRACK_NAMES[seed % len(TRACK_NAMES)], n_contacts=80)
        export = read_export(write_export(p, tmp_path / str(seed)))
        for column in ("first_name", "last_name", "url", "email", "company", "position",
                       "connected_on"):  # fmt: skip
            assert (export.contacts[column].to_numpy() == p.contacts[column].to_numpy()).all()
        assert export.exported_on == p.career.exported_on
        assert export.career.registered_on == p.career.registered_on
        assert not export.report.problems and not export.report.skipped  # read without a warning
        if p.export_style["positions"]:
            assert export.career.positions == p.career.positions
        else:
            assert export.career.positions == []
        for key, value in p.export_style.items():
            seen.setdefault(key, set()).add(value)
    assert all(values == {True, False} for values in seen.values()), seen


def test_the_export_looks_like_linkedins():
    persons = [make_person(seed, "banker", 60) for seed in range(30)]
    p = next(q for q in persons if q.export_style["notes"] and not q.export_style["quote_all"])
    text = export_files(p)["Connections.csv"].lstrip("\ufeff")
    assert text.startswith("Notes:\n") or text.startswith("Notes:\r\n")
    header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
    assert header in text
    day = pd.Timestamp(p.contacts["connected_on"].iat[0]).strftime("%d %b %Y")
    assert day in text
    missing = next(q for q in persons if not q.export_style["positions"])
    assert "Positions.csv" not in export_files(missing)


# --- through the product's features ----------------------------------------------------------


def test_members_are_related_and_scored_like_the_third_generators():
    from model.predictor import load_model

    ours = make_person(4, "consultant", 500)
    theirs = third.make_person(4, n_contacts=300)
    facts = relate(ours.contacts, ours.career, ours.clients(0) or None, structure=True)
    other = relate(theirs.contacts, theirs.career, theirs.clients(0) or None, structure=True)
    assert list(facts.columns) == list(other.columns)
    assert set(FEATURE_INPUT_COLUMNS) <= set(facts.columns) and len(facts) == 500
    assert (facts.dtypes == other.dtypes).all()
    model = load_model()
    y = (ours.labels["label"] == "work").to_numpy()
    p_work = model.p_work(ours.contacts, ours.career, ours.clients(0) or None)
    assert np.isfinite(p_work).all() and roc_auc_score(y, p_work) > 0.6


_DUTCH_MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def test_the_export_is_the_same_whatever_the_locale_and_the_clock(tmp_path, monkeypatch):
    """LinkedIn writes English month names, and the zip's entries carry the day the export was
    made: neither may follow the process's LC_TIME (Qt sets it from the desktop's language)
    nor today's clock, or one seed writes other bytes in another process."""
    import time
    import zipfile

    p = next(q for q in (make_person(s, "banker", 40) for s in range(30)) if q.career.positions)
    english = export_files(p)
    first = (write_export(p, tmp_path / "a")).read_bytes()
    english_strftime = time.strftime

    def dutch(fmt, *when):  # what %b gives under nl_NL (datetime.strftime calls time.strftime)
        fmt = fmt.replace("%b", _DUTCH_MONTHS[when[0].tm_mon - 1]) if when else fmt
        return english_strftime(fmt, *when)

    monkeypatch.setattr(time, "strftime", dutch)
    monkeypatch.setattr(time, "time", lambda: 2_000_000_000.0)  # another day on the clock
    assert export_files(p) == english
    again = write_export(p, tmp_path / "b")
    assert again.read_bytes() == first
    with zipfile.ZipFile(again) as zf:
        made = p.career.exported_on.timetuple()[:3]
        assert {info.date_time[:3] for info in zf.infolist()} == {made}
