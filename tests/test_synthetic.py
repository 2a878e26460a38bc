"""The sample-export generator: reproducible, consistent ground truth, plausible networks."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from model.schema import CATEGORIES, CONTACT_COLUMNS
from model.synthetic import PROFESSIONS, generate_person, iter_people, read_labels, write_sample
from model.synthetic.professions import PRIVATE_SOURCES, WORK_SOURCES


@pytest.fixture(scope="module")
def people():
    """One person per profession, generated once for the module."""
    return {p: generate_person(seed=11, profession=p) for p in PROFESSIONS}


def test_same_seed_same_person_and_different_seed_differs():
    a = generate_person(7, "recruiter", 400)
    b = generate_person(7, "recruiter", 400)
    c = generate_person(8, "recruiter", 400)
    pd.testing.assert_frame_equal(a.contacts, b.contacts)
    pd.testing.assert_frame_equal(a.labels, b.labels)
    assert a.career == b.career
    assert not a.contacts["last_name"].equals(c.contacts["last_name"])


def test_written_labels_are_byte_identical_for_the_same_seed(tmp_path):
    _, first = write_sample(tmp_path / "a", seed=3, profession="accountant")
    _, second = write_sample(tmp_path / "b", seed=3, profession="accountant")
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.parametrize("profession", PROFESSIONS)
def test_every_profession_generates_a_schema_frame_with_aligned_labels(people, profession):
    person = people[profession]
    assert person.profession == profession
    assert list(person.contacts.columns) == CONTACT_COLUMNS
    assert len(person.contacts) > 0
    assert len(person.labels) == len(person.contacts)
    assert (person.labels.index == person.contacts.index).all()
    assert person.contacts["connected_on"].notna().all()
    # newest connection first, as LinkedIn lists them
    assert person.contacts["connected_on"].is_monotonic_decreasing


@pytest.mark.parametrize("profession", PROFESSIONS)
def test_labels_categories_and_employers_are_consistent(people, profession):
    person = people[profession]
    labels = person.labels
    work = labels["label"] == "work"
    assert set(labels["label"]) <= {"work", "private"}
    assert set(labels["category"]) <= set(CATEGORIES)
    assert set(labels["source"]) <= set(WORK_SOURCES) | set(PRIVATE_SOURCES)
    assert (labels.loc[~work, "category"] == "private").all()
    assert (labels.loc[~work, "employer"] == "").all()
    assert (labels.loc[~work, "position_index"] == -1).all()
    assert (labels.loc[work, "category"] != "private").all()
    companies = [p.company for p in person.career.positions]
    for idx, employer in zip(labels.loc[work, "position_index"], labels.loc[work, "employer"],
                             strict=True):  # fmt: skip
        assert companies[idx] == employer
    expected = labels["source"].map(lambda s: WORK_SOURCES.get(s, "private"))
    assert (labels["category"] == expected).all()


def test_connections_lie_between_joining_and_exporting(people):
    for person in people.values():
        dates = person.contacts["connected_on"].dt.date
        assert dates.min() >= person.career.registered_on
        assert dates.max() <= person.career.exported_on


def test_colleagues_connect_during_or_just_after_their_job():
    person = generate_person(21, "it_consultant", 3000)
    labels, dates = person.labels, person.contacts["connected_on"].dt.date
    colleagues = labels["source"] == "colleague"
    assert colleagues.sum() > 50
    inside = 0
    for i in np.flatnonzero(colleagues):
        pos = person.career.positions[labels["position_index"].iat[i]]
        end = pos.end or person.career.exported_on
        inside += (
            pos.start <= dates.iat[i] <= end
            or pos.end is None
            or (end < person.career.registered_on)
        )
    assert inside / colleagues.sum() > 0.95


def test_recruiters_have_candidates_and_students_are_mostly_private():
    for seed in range(5):
        recruiter = generate_person(seed, "recruiter").labels
        if (recruiter["position_index"] >= 0).any():
            assert (recruiter["category"] == "candidate").mean() > 0.15
            assert (recruiter["label"] == "work").mean() > 0.4
        student = generate_person(seed, "student").labels
        assert (student["label"] == "private").mean() > 0.6
        teacher = generate_person(seed, "teacher").labels
        assert "candidate" not in set(teacher["category"])


def test_network_sizes_vary_by_profession():
    students = [len(generate_person(s, "student").contacts) for s in range(8)]
    recruiters = [len(generate_person(s, "recruiter").contacts) for s in range(8)]
    assert all(50 <= n <= 300 for n in students)
    assert np.median(recruiters) > 3 * np.median(students)


def test_family_shares_the_owners_surname_often():
    person = generate_person(4, "teacher", 2000)
    family = person.labels["source"] == "family"
    owner_last = person.career.owner_name.split(" ", 1)[1]
    same = person.contacts.loc[family, "last_name"].str.contains(
        owner_last.split()[-1], regex=False
    )
    assert family.sum() >= 10
    assert same.mean() > 0.3


def test_messy_fields_are_present_in_a_large_network():
    person = generate_person(5, "account_manager", 5000)
    c = person.contacts
    assert 0.03 < (c["company"] == "").mean() < 0.25
    assert 0.02 < (c["position"] == "").mean() < 0.25
    hidden = (c["first_name"] == "") & (c["last_name"] == "")
    assert 0 < hidden.mean() < 0.03
    assert c["email"].str.contains("@").mean() < 0.06
    assert c["company"].str.contains(r"B\.V\.|BV|N\.V\.|Groep|Group|Holding", regex=True).any()
    assert c["last_name"].str.match(r"^(van|de|ter|ten|in 't|van 't) ").any()
    assert c["position"].str.contains("|", regex=False).any()


def test_employer_appears_under_several_spellings():
    person = generate_person(6, "it_consultant", 4000)
    colleagues = person.labels["source"] == "colleague"
    idx = person.labels.loc[colleagues, "position_index"].mode().iat[0]
    mine = colleagues & (person.labels["position_index"] == idx)
    spellings = set(person.contacts.loc[mine, "company"]) - {""}
    assert person.career.positions[idx].company in spellings
    assert len(spellings) > 3


def test_forced_size_of_thirty_thousand():
    person = generate_person(9, "recruiter", n_contacts=30_000)
    assert len(person.contacts) == 30_000
    assert len(person.labels) == 30_000
    assert person.contacts["url"].str.len().gt(0).mean() > 0.95


def test_duplicates_are_copies_of_the_row_before():
    person = generate_person(12, "recruiter", 20_000)
    c = person.contacts
    dup = np.flatnonzero(c["duplicate"].to_numpy())
    assert len(dup) > 0
    for i in dup[:20]:
        assert c.iloc[i][["first_name", "last_name", "url"]].equals(
            c.iloc[i - 1][["first_name", "last_name", "url"]]
        )
        assert person.labels.iloc[i].equals(person.labels.iloc[i - 1])


def test_bad_arguments_are_refused():
    with pytest.raises(ValueError, match="profession"):
        generate_person(1, "astronaut")
    with pytest.raises(ValueError, match="n_contacts"):
        generate_person(1, "nurse", 30_001)


def test_labels_file_matches_the_person(tmp_path):
    zip_path, labels_path = write_sample(tmp_path, seed=2, profession="lawyer")
    person = generate_person(2, "lawyer")
    labels = read_labels(labels_path)
    assert zip_path.name.startswith("Basic_LinkedInDataExport_")
    assert list(labels["row"]) == list(range(len(person.contacts)))
    assert list(labels["first_name"]) == list(person.contacts["first_name"])
    assert list(labels["label"]) == list(person.labels["label"])


@pytest.mark.parametrize(
    ("layout", "excel"), [("current", None), ("2019", "semicolon"), ("2018", "utf16-tab")]
)
def test_zip_reads_back_with_the_same_rows(tmp_path, layout, excel):
    readers = pytest.importorskip("model.readers.dispatch", reason="readers not committed yet")
    zip_path, labels_path = write_sample(
        tmp_path, seed=5, profession="recruiter", n_contacts=700, layout=layout, excel=excel
    )
    export = readers.read_export(zip_path)
    labels = read_labels(labels_path)
    person = generate_person(5, "recruiter", 700)
    assert len(export.contacts) == len(labels) == 700
    # Excel's ANSI saves turn what cp1252 lacks into "?": compare the names it keeps.
    expected = person.contacts["last_name"]
    keeps = expected.map(lambda s: s == s.encode("cp1252", "replace").decode("cp1252"))
    got = export.contacts["last_name"]
    assert keeps.mean() > 0.9
    assert list(got[keeps]) == list(expected[keeps])
    assert (export.contacts["connected_on"].dt.normalize() == person.contacts["connected_on"]).all()
    assert [p.company for p in export.positions] == [p.company for p in person.career.positions]
    assert export.registered_on == person.career.registered_on


def test_recruiters_approaching_the_owner_are_private_and_look_like_recruiters():
    person = generate_person(13, "it_consultant", 6000)
    labels, contacts = person.labels, person.contacts
    approached = labels["source"] == "recruiter_contact"
    assert approached.sum() > 20
    assert (labels.loc[approached, "label"] == "private").all()
    titles = contacts.loc[approached, "position"].str.lower()
    titles = titles[titles != ""]
    pattern = "recruit|werving|talent|intercedent|headhunter|sourcer|consulent|consultant"
    assert titles.str.contains(pattern).mean() > 0.9


def test_invitations_cover_the_last_year_and_go_both_ways():
    person = generate_person(3, "recruiter", 3000)
    inv = person.invitations
    assert list(inv.columns) == ["name", "direction", "sent_on", "url", "message"]
    assert set(inv["direction"]) == {"incoming", "outgoing"}
    last_year = pd.Timestamp(person.career.exported_on) - pd.Timedelta(days=380)
    assert (inv["sent_on"] >= last_year).all()
    # recruiters invite their candidates more often than candidates invite them
    urls = dict(zip(person.contacts["url"], person.labels["source"], strict=True))
    sources = inv["url"].map(urls)
    candidates = inv[sources == "candidate"]
    assert len(candidates) > 10
    assert (candidates["direction"] == "outgoing").mean() > 0.5


def test_tiny_networks_and_people_without_jobs_work():
    for seed in range(30):
        person = generate_person(seed, "student", n_contacts=1)
        assert len(person.contacts) == len(person.labels) == 1
    no_jobs = [p for p in iter_people(60, seed=1, n_contacts=50) if not p.career.positions]
    for person in no_jobs:
        assert (person.labels["label"] == "private").all()


def test_iter_people_cycles_through_professions():
    people = list(iter_people(len(PROFESSIONS) + 1, seed=2, n_contacts=40))
    assert [p.profession for p in people[:-1]] == list(PROFESSIONS)
    assert people[-1].profession == PROFESSIONS[0]
    assert people[0].contacts["url"].iat[0] != people[-1].contacts["url"].iat[0]


def test_profession_specs_name_known_fields_and_sectors():
    from model.synthetic.companies import SECTORS
    from model.synthetic.professions import PROFESSION_SPECS
    from model.synthetic.titles import TITLES

    for spec in PROFESSION_SPECS.values():
        fields = [*spec.colleague_fields, *spec.client_fields, *spec.supplier_fields,
                  *spec.industry_fields, *(f for group in spec.candidate_fields for f in group)]  # fmt: skip
        assert set(fields) <= set(TITLES), spec.name
        sectors = [*spec.sectors, *(spec.client_sectors or ()), *(spec.supplier_sectors or ())]
        assert set(sectors) <= set(SECTORS), spec.name
        assert set(spec.mix) <= set(WORK_SOURCES) | set(PRIVATE_SOURCES), spec.name


def test_clients_are_a_few_recurring_organisations_under_several_spellings():
    from model.normalize import normalize_company

    person = generate_person(2, "account_manager", 3000)
    contacts, source = person.contacts, person.labels["source"]
    # clients met lately still work there; earlier ones have often moved on
    since = pd.Timestamp(person.career.exported_on) - pd.DateOffset(years=2)
    recent = (contacts["connected_on"] > since) & (contacts["company"] != "")
    clients = contacts.loc[recent & (source == "client"), "company"]
    private = contacts.loc[recent & (person.labels["label"] == "private"), "company"]
    assert len(clients) > 50 and len(private) > 50
    keys, private_keys = clients.map(normalize_company), private.map(normalize_company)
    assert keys.value_counts().head(5).sum() > 0.2 * len(keys)  # big accounts
    assert keys.nunique() / len(keys) < private_keys.nunique() / len(private_keys) - 0.2
    assert clients.nunique() > keys.nunique()  # one organisation, several spellings
    assert clients.str.contains("B.V.", regex=False).any()


def test_client_lists_hold_most_clients_and_some_prospects():
    from model.normalize import normalize_company

    person = generate_person(2, "account_manager", 3000)
    assert set(person.client_lists) <= set(range(len(person.career.positions)))
    labels, contacts = person.labels, person.contacts
    idx = labels.loc[labels["source"] == "client", "position_index"].mode().iat[0]
    listed = {normalize_company(name) for name in person.clients(idx)}
    since = pd.Timestamp(person.career.exported_on) - pd.DateOffset(years=1)
    met = contacts.loc[
        (labels["source"] == "client") & (labels["position_index"] == idx)
        & (contacts["connected_on"] > since) & (contacts["company"] != ""),
        "company",
    ].map(normalize_company)  # fmt: skip
    assert len(met) > 20
    assert 0.4 < met.isin(listed).mean() < 0.95  # moved-on clients and gaps in the list
    assert person.clients(len(person.career.positions) + 5) == []


def test_promotions_are_separate_positions_at_one_employer_without_ex_colleagues():
    people = list(iter_people(60, seed=4, n_contacts=150))
    promoted = 0
    for person in people:
        positions = person.career.positions
        for k, later in enumerate(positions[:-1]):
            earlier = positions[k + 1]  # newest first
            if earlier.company != later.company or earlier.end is None:
                continue
            if 0 <= (later.start - earlier.end).days <= 62:
                promoted += 1
                sources = person.labels.loc[person.labels["position_index"] == k + 1, "source"]
                assert "ex_colleague" not in set(sources)
    assert promoted >= 6


@pytest.mark.parametrize("profession", PROFESSIONS)
def test_careers_are_valid_for_many_seeds(profession):
    from model.synthetic.careers import make_career
    from model.synthetic.professions import PROFESSION_SPECS

    for seed in range(300):
        career, jobs = make_career(np.random.default_rng(seed), PROFESSION_SPECS[profession],
                                   "Anna", "de Vries")  # fmt: skip
        assert len(jobs) == len(career.positions) <= 7
        assert 2005 <= career.registered_on.year <= 2024
        assert 2019 <= career.exported_on.year <= 2026
        assert career.registered_on < career.exported_on
        starts = [p.start for p in career.positions]
        assert starts == sorted(starts, reverse=True)  # newest first, like Positions.csv
        for p in career.positions:
            assert p.start <= (p.end or career.exported_on) <= career.exported_on
        if profession != "student":
            assert career.positions


def test_forced_sizes_hold_for_every_profession_and_seed_900020():
    # seed 900020 once gave a nurse a job that began after the export
    person = generate_person(900_020, "nurse")
    assert len(person.contacts) == len(person.labels) > 0
    for k, profession in enumerate(PROFESSIONS):
        assert len(generate_person(500 + k, profession, n_contacts=77).contacts) == 77


def test_year_only_positions_read_back_as_the_listed_career(tmp_path):
    readers = pytest.importorskip("model.readers.dispatch", reason="readers not committed yet")
    people = [p for p in iter_people(150, seed=8, n_contacts=30) if p.year_only]
    assert len(people) >= 5
    person = people[0]
    for i in person.year_only:
        listed, true = person.career.positions[i], person.jobs[i].position
        assert (listed.start.month, listed.start.day) == (1, 1)
        assert listed.start <= true.start and (listed.end is None) == (true.end is None)
    zip_path, _ = write_sample(tmp_path, seed=person.seed, profession=person.profession,
                               n_contacts=30)  # fmt: skip
    export = readers.read_export(zip_path)
    assert export.positions == person.career.positions
