"""The fourth training generator (model.synthetic.fourth): reproducible, shaped like the other
generators' persons, labelled by its own written conventions, exported as the product reads it."""

from __future__ import annotations

import re
import zipfile
from datetime import timedelta

import numpy as np
import pandas as pd
import pytest

from model.features.relate import relate
from model.readers import read_export
from model.schema import CONTACT_COLUMNS
from model.synthetic import fourth
from model.synthetic.fourth import (
    LABEL_COLUMNS,
    TRACK_NAMES,
    export_files,
    make_person,
    write_export,
)
from model.synthetic.fourth.export import variant_of
from model.training import TEST_SEED, Dataset, fit, make_dataset, score
from tests.generated_labels import assert_labels_consistent

READ_BACK = ["first_name", "last_name", "url", "email", "company", "position", "connected_on"]


def _persons(n: int, seed: int) -> list:
    return list(fourth.iter_persons(n, seed=seed))


@pytest.fixture(scope="module")
def crowd() -> list:
    """Three members of every track (57), from seeds no other test uses."""
    return _persons(3 * len(TRACK_NAMES), 40_000)


def _with_source(crowd, source: str):
    """(person, rows) for each member of the crowd who has contacts of ``source``."""
    for p in crowd:
        rows = np.flatnonzero((p.labels["source"] == source).to_numpy())
        if len(rows):
            yield p, rows


# --- the person --------------------------------------------------------------------------


def test_same_seed_same_person_and_another_seed_another():
    a, b = make_person(7, "kapper"), make_person(7, "kapper")
    pd.testing.assert_frame_equal(a.contacts, b.contacts)
    pd.testing.assert_frame_equal(a.labels, b.labels)
    assert a.career.positions == b.career.positions and a.client_lists == b.client_lists
    assert export_files(a) == export_files(b)
    c = make_person(8, "kapper")
    assert not c.contacts["url"].isin(a.contacts["url"]).all()
    assert make_person(7).profession == make_person(7).profession  # the drawn track too


def test_shapes_columns_and_sizes(crowd):
    for p in crowd:
        assert list(p.contacts.columns) == CONTACT_COLUMNS
        assert list(p.labels.columns) == LABEL_COLUMNS
        assert len(p.contacts) == len(p.labels) >= 1
        assert_labels_consistent(p)
        days = p.contacts["connected_on"]
        assert days.notna().all() and days.is_monotonic_decreasing  # newest first, as LinkedIn
        assert days.min().date() >= p.career.registered_on
        assert days.max().date() <= p.career.exported_on
        assert p.contacts["url"].is_unique
        assert p.career.positions and p.career.positions[0].start is not None
    sized = make_person(3, "politie", n_contacts=250)
    assert len(sized.contacts) == 250
    with pytest.raises(ValueError, match="unknown track"):
        make_person(1, "astronaut")
    with pytest.raises(ValueError, match="n_contacts"):
        make_person(1, "kapper", n_contacts=30_001)
    assert [p.profession for p in crowd[:3]] == TRACK_NAMES[:3]


def test_light_users_beside_a_few_heavy_ones(crowd):
    sizes = np.array([len(p.contacts) for p in crowd])
    assert 40 <= np.median(sizes) <= 250
    assert sizes.min() < 40 and sizes.max() > 400


def test_work_share_plausible_per_track(crowd):
    share = (
        pd.Series(
            [(p.labels["label"] == "work").mean() for p in crowd],
            index=[p.profession for p in crowd],
        )
        .groupby(level=0)
        .mean()
    )
    assert set(share.index) == set(TRACK_NAMES)
    assert share.between(0.15, 0.85).all(), share
    # a franchise owner's network is mostly business; a childcare worker's mostly not
    assert share["franchise"] > share["kinderopvang"] + 0.2
    overall = np.mean([(p.labels["label"] == "work").mean() for p in crowd])
    assert 0.3 <= overall <= 0.6


def test_titles_and_employers_written_loosely(crowd):
    titles = pd.concat([p.contacts["position"] for p in crowd])
    own = [pos.title for p in crowd for pos in p.career.positions]
    assert (titles == "").mean() > 0.02  # some leave it empty
    assert titles.str.contains(r" bij | @ ", regex=True).mean() > 0.02  # headline style
    assert (titles.str.isupper() & (titles.str.len() > 3)).any()
    assert any(t == "" for t in own) and any(" bij " in t or "|" in t for t in own)
    companies = pd.concat([p.contacts["company"] for p in crowd])
    assert companies.str.contains(r"B\.V\.|BV|bvba|vof", regex=True).any()
    assert (companies.str.contains(r"B\.V\.|BV|b\.v\.") == False).any()  # noqa: E712


def test_careers_hold_gaps_parallel_jobs_and_agency_placements(crowd):
    kinds = {s.kind for p in crowd for s in p.life.stints}
    assert {"employee", "own", "agency", "family", "seasonal", "side", "school"} <= kinds
    overlaps = 0
    for p in crowd:
        spans = [(pos.start, pos.end or p.career.exported_on) for pos in p.career.positions]
        overlaps += any(
            a[0] < b[1] and b[0] < a[1] for i, a in enumerate(spans) for b in spans[i + 1 :]
        )
    assert overlaps >= 3
    fates = {s.fate for p in crowd for s in p.life.stints}
    assert {"bankrupt", "taken_over"} <= fates


# --- the labelling conventions (one test each, as the package's docstring numbers them) -----


def test_convention_1_work_contacts_name_the_job_as_listed(crowd):
    for p in crowd:
        work = p.labels[p.labels["label"] == "work"]
        for idx, employer in zip(work["position_index"], work["employer"], strict=True):
            assert employer == p.stint_of(idx).company == p.career.positions[idx].company


def test_convention_2_agency_placement_colleagues_and_intercedent_are_work(crowd):
    seen = 0
    for p, rows in _with_source(crowd, "agency_staff"):
        for r in rows:
            stint = p.stint_of(p.labels["position_index"].iat[r])
            assert stint.kind == "agency"
            assert p.labels["label"].iat[r] == "work"
            seen += 1
    assert seen
    placed = [
        (p, i) for p in crowd for s, i in p.listed.items() if p.life.stints[s].kind == "agency"
    ]
    colleagues = [
        (p.labels["position_index"] == i) & (p.labels["category"] == "colleague") for p, i in placed
    ]
    assert sum(int(c.sum()) for c in colleagues) > 0


def test_convention_3_an_agency_that_did_not_place_you_is_private(crowd):
    seen = 0
    for p, rows in _with_source(crowd, "recruiter"):
        assert (p.labels["label"].iloc[rows] == "private").all()
        seen += len(rows)
    assert seen > 10


def test_convention_4_customers_of_own_business_are_work_clients(crowd):
    seen = 0
    for p, rows in _with_source(crowd, "customer"):
        lab = p.labels.iloc[rows]
        assert (lab["label"] == "work").all() and (lab["category"] == "client").all()
        seen += sum(p.stint_of(i).kind in ("own", "family") for i in lab["position_index"])
    assert seen > 10


def test_convention_5_friends_who_became_customers_stay_private(crowd):
    listed_as_client = 0
    for p, rows in _with_source(crowd, "friend_customer"):
        assert (p.labels["label"].iloc[rows] == "private").all()
        clients = {c for lst in p.client_lists.values() for c in lst}
        listed_as_client += int(p.contacts["company"].iloc[rows].isin(clients).sum())
    assert listed_as_client, "some such friends' firms are on the business's customer list"


def test_convention_6_relatives_in_the_family_firm_are_private(crowd):
    seen = 0
    for p, rows in _with_source(crowd, "family_business"):
        surname = p.career.owner_name.split(" ", 1)[1]
        assert (p.labels["label"].iloc[rows] == "private").all()
        assert (p.contacts["last_name"].iloc[rows] == surname).all()
        seen += len(rows)
    assert seen


def test_convention_7_colleagues_connected_after_leaving_are_work(crowd):
    after = 0
    for p, rows in _with_source(crowd, "colleague_late"):
        lab = p.labels.iloc[rows]
        assert (lab["label"] == "work").all() and (lab["category"] == "colleague").all()
        for idx, day in zip(
            lab["position_index"], p.contacts["connected_on"].iloc[rows], strict=True
        ):
            end = p.career.positions[idx].end
            assert end is not None
            after += day.date() > end
    assert after > 10


def test_convention_8_colleagues_of_unlisted_jobs_are_private(crowd):
    seen = 0
    for p, rows in _with_source(crowd, "unlisted_job"):
        assert (p.labels["label"].iloc[rows] == "private").all()
        assert any(not s.listed and s.kind != "school" for s in p.life.stints)
        seen += len(rows)
    assert seen


def test_convention_9_school_job_colleagues_are_private_even_when_listed():
    found = False
    for seed in range(300):
        p = make_person(seed, "hovenier")
        school = [s for s in p.life.stints if s.kind == "school"]
        rows = (p.labels["source"] == "school_job").to_numpy()
        if rows.any():
            assert (p.labels["label"][rows] == "private").all()
        if school and school[0].listed and rows.any():
            found = True  # listed, and still no work contact points at it
            index = next(k for s, k in p.listed.items() if p.life.stints[s] is school[0])
            assert not (p.labels["position_index"] == index).any()
            break
    assert found


def test_convention_10_course_mates_are_other_work_for_that_job(crowd):
    seen = 0
    for p, rows in _with_source(crowd, "course"):
        lab = p.labels.iloc[rows]
        assert (lab["label"] == "work").all() and (lab["category"] == "other work").all()
        assert lab["position_index"].nunique() == 1
        days = p.contacts["connected_on"].iloc[rows]
        assert days.max() - days.min() <= timedelta(days=7)
        seen += 1
    assert seen >= 3


def test_convention_11_colleagues_of_a_bankrupt_or_taken_over_firm_stay_work(crowd):
    seen = {"bankrupt": 0, "taken_over": 0}
    for p in crowd:
        lab = p.labels
        for k in np.flatnonzero((lab["category"] == "colleague").to_numpy()):
            stint = p.stint_of(lab["position_index"].iat[k])
            if stint.fate:
                assert lab["label"].iat[k] == "work"
                seen[stint.fate] += 1
                if stint.fate == "bankrupt":  # nobody works there any more
                    assert p.contacts["company"].iat[k] != stint.company
    assert all(seen.values()), seen


def test_convention_12_applicants_of_a_hiring_member_are_work_candidates(crowd):
    seen = 0
    for p, rows in _with_source(crowd, "candidate"):
        lab = p.labels.iloc[rows]
        assert (lab["label"] == "work").all() and (lab["category"] == "candidate").all()
        seen += len(rows)
    assert seen


# --- the export --------------------------------------------------------------------------


def _variants_person(want) -> object:
    for seed in range(200):
        p = make_person(seed, TRACK_NAMES[seed % len(TRACK_NAMES)], n_contacts=60)
        if want(variant_of(p)):
            return p
    raise AssertionError("no such variant in 200 seeds")


@pytest.mark.parametrize(
    "want",
    [
        lambda v: v.newline == "\r\n" and v.notes and not v.bom,
        lambda v: v.newline == "\n" and not v.notes,
        lambda v: v.bom and v.quote_all,
        lambda v: v.complete,
    ],
    ids=["crlf-notes", "lf-old-layout", "bom-quoted", "complete"],
)
def test_the_product_reads_the_export_back_unchanged(tmp_path, want):
    p = _variants_person(want)
    path = write_export(p, tmp_path)
    with zipfile.ZipFile(path) as zf:
        raw = zf.read("Connections.csv").decode("utf-8-sig")
        assert zf.getinfo("Connections.csv").date_time[:3] == p.career.exported_on.timetuple()[:3]
    v = variant_of(p)
    assert raw.startswith("Notes:") == v.notes
    assert ("\r\n" in raw) == (v.newline == "\r\n")
    assert re.search(
        r",\"?\d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\"?\r?\n", raw
    )
    export = read_export(path)
    got = export.contacts[READ_BACK].reset_index(drop=True)
    pd.testing.assert_frame_equal(got, p.contacts[READ_BACK].reset_index(drop=True))
    career = export.career
    assert career.positions == p.career.positions
    assert career.owner_name == p.career.owner_name
    assert career.registered_on == p.career.registered_on
    assert career.exported_on == p.career.exported_on
    assert not export.report.problems


# --- training ----------------------------------------------------------------------------


def _related(persons) -> Dataset:
    """The persons' facts as make_dataset relates them (a third with a client list)."""
    parts = []
    for k, p in enumerate(persons):
        clients = p.clients(0) if k % 3 == 0 else None
        parts.append((relate(p.contacts, p.career, clients), p))
    return Dataset(
        facts=pd.concat([f for f, _ in parts], ignore_index=True),
        y=np.concatenate([(p.labels["label"] == "work").to_numpy(dtype=int) for _, p in parts]),
        category=np.concatenate([p.labels["category"].to_numpy(dtype=object) for _, p in parts]),
        employer_index=np.concatenate([p.labels["position_index"].to_numpy() for _, p in parts]),
        person=np.concatenate([np.full(len(f), -(p.seed + 1)) for f, p in parts]),
        profession=np.concatenate([np.full(len(f), p.profession, dtype=object) for f, p in parts]),
        persons=[(p.seed, p.profession, len(p.contacts)) for _, p in parts],
    )


def _joined(a: Dataset, b: Dataset) -> Dataset:
    return Dataset(
        facts=pd.concat([a.facts, b.facts], ignore_index=True),
        y=np.concatenate([a.y, b.y]),
        category=np.concatenate([a.category, b.category]),
        employer_index=np.concatenate([a.employer_index, b.employer_index]),
        person=np.concatenate([a.person, b.person]),
        profession=np.concatenate([a.profession, b.profession]),
        persons=a.persons + b.persons,
    )


def test_training_fits_on_fourth_persons_mixed_with_the_first_generators():
    # small on purpose: the classifier's fit dominates this file's time
    mine = [
        make_person(TEST_SEED + 950 + k, t, n_contacts=100) for k, t in enumerate(TRACK_NAMES[:6])
    ]
    first = make_dataset(2, TEST_SEED + 935)  # two persons, ~1,000 contacts
    data = _joined(first, _related(mine))
    assert list(data.facts.columns) == list(first.facts.columns)
    assert len(set(data.person)) == 8
    model = fit(data, cv=2)
    held = _related([make_person(TEST_SEED + 970 + k, t, n_contacts=100)
                     for k, t in enumerate(TRACK_NAMES[8:14])])  # fmt: skip
    figures = score(model, held)
    assert figures["roc_auc"] > 0.65, figures
