"""Structural facts relative to the person's own network (model.features.structure): what each
computes on a small network built to show it, the same in chunks as in one piece, and a model
trained with them predicting the same through its compiled twin."""

from datetime import date

import numpy as np
import pandas as pd
import pytest

from model.career import Career, Position
from model.classifier import OwnershipClassifier, build_features
from model.compiled import compile_classifier, load_compiled, save_compiled
from model.features.relate import network_facts, relate
from model.features.structure import STRUCTURE_COLUMNS, TIME_WINDOW_DAYS
from model.synthetic import generate_person
from model.training import make_dataset, person_weights

CAREER = Career(
    positions=[
        Position("Acme B.V.", "Consultant", date(2015, 1, 1), date(2017, 12, 31)),
        Position("Globex", "Senior consultant", date(2018, 1, 1), None),
    ],
    owner_name="Sam de Vries",
    registered_on=date(2010, 5, 10),
    exported_on=date(2024, 1, 15),
)


def _network() -> pd.DataFrame:
    rows = []
    # a client met during the Acme job: four contacts within weeks of each other
    for k, day in enumerate(["2016-03-01", "2016-03-08", "2016-03-20", "2016-04-02"]):
        rows.append(("Client", f"C{k}", "Client Co", "Buyer", day))
    # where friends happen to work: added before the first job, at Acme and at Globex
    for k, day in enumerate(["2012-06-01", "2016-09-01", "2020-12-01"]):
        rows.append(("Friend", f"F{k}", "Friends Bank", "Analyst", day))
    # ten contacts at companies of their own, a year apart
    for k in range(10):
        rows.append(("Single", f"S{k}", f"Own Firm {k}", "Owner", f"{2011 + k}-07-15"))
    rows.append(("No", "Company", "", "Student", "2013-01-01"))
    rows.append(("No", "Date", "Own Firm 99", "Owner", None))
    # an address-book import: five contacts on one day
    for k in range(5):
        rows.append(("Import", f"I{k}", f"Import Firm {k}", "", "2014-02-02"))
    frame = pd.DataFrame(
        rows, columns=["first_name", "last_name", "company", "position", "connected_on"]
    )
    frame["connected_on"] = pd.to_datetime(frame["connected_on"])
    frame["email"] = ""
    frame["url"] = ""
    return frame


@pytest.fixture(scope="module")
def facts():
    contacts = _network()
    return contacts, relate(contacts, CAREER, structure=True)


def _where(contacts, company):
    return (contacts["company"] == company).to_numpy()


def test_company_rank_is_the_companys_size_as_a_percentile_of_the_network(facts):
    contacts, f = facts
    rank = f["company_rank"].to_numpy()
    with_company = 4 + 3 + 10 + 1 + 5  # every contact but the one without a company
    # four at the client: 19 contacts in smaller companies, half of its own four
    assert rank[_where(contacts, "Client Co")] == pytest.approx([(19 + 2) / with_company] * 4)
    assert rank[_where(contacts, "Friends Bank")] == pytest.approx([(16 + 1.5) / with_company] * 3)
    assert rank[_where(contacts, "Own Firm 3")] == pytest.approx([8 / with_company])
    assert np.isnan(rank[_where(contacts, "")]).all()


def test_rank_does_not_change_with_the_networks_size(facts):
    """The same network twice over: raw counts double, the percentiles stay."""
    contacts, f = facts
    twice = pd.concat([contacts, contacts.assign(company=contacts["company"] + " II")])
    twice.loc[twice["company"] == " II", "company"] = ""
    g = relate(twice.reset_index(drop=True), CAREER, structure=True)
    first = g.iloc[: len(contacts)]
    np.testing.assert_allclose(first["company_rank"], f["company_rank"], rtol=0, atol=1e-12)
    assert (first["company_peers"].fillna(-1) == f["company_peers"].fillna(-1)).all()


def test_a_company_tied_to_one_job_against_one_spread_over_the_years(facts):
    contacts, f = facts
    client, friends = _where(contacts, "Client Co"), _where(contacts, "Friends Bank")
    job_share = f["company_job_share"].to_numpy()
    assert (job_share[client] == 1.0).all()  # every other client contact came in the same job
    assert (job_share[friends] == 0.0).all()  # each friend in another part of the career
    time_share = f["company_time_share"].to_numpy()
    # the client's others all within half a year, when few of the network's were: near 1
    assert (time_share[client] > 0.8).all()
    assert (time_share[friends] == 0.0).all()  # no other friend there within half a year


def test_a_company_share_needs_two_other_dated_contacts_and_a_date(facts):
    contacts, f = facts
    alone = ~(_where(contacts, "Client Co") | _where(contacts, "Friends Bank"))
    for column in ("company_job_share", "company_time_share"):
        assert f[column][alone].isna().all(), column
    undated = contacts["connected_on"].isna().to_numpy()
    assert f["day_rank"][undated].isna().all()
    assert f["day_rank"][~undated].notna().all()


def test_day_rank_puts_an_import_day_above_days_of_one(facts):
    contacts, f = facts
    day = f["day_rank"].to_numpy()
    imported = contacts["first_name"].eq("Import").to_numpy()
    dated = contacts["connected_on"].notna().to_numpy()
    assert day[imported].min() > day[dated & ~imported].max()
    # 23 dated contacts: 18 on days of their own, five on the import day
    assert day[imported] == pytest.approx([(18 + 2.5) / 23] * 5)
    assert day[dated & ~imported] == pytest.approx([9 / 23] * 18)


def test_time_share_is_the_companys_clustering_against_the_networks():
    """c / (c + n): a company whose other contacts came with this one while the network's
    did not is near 1, one as clustered as the whole network 0.5."""
    days = ["2016-01-01", "2016-01-05", "2016-01-09", "2016-01-13"]
    contacts = pd.DataFrame(
        {
            "first_name": list("abcd"),
            "last_name": list("abcd"),
            "company": ["Same"] * 3 + ["Other"],
            "position": [""] * 4,
            "connected_on": pd.to_datetime(days),
            "email": "",
            "url": "",
        }
    )
    f = relate(contacts, CAREER, structure=True)
    # everyone within the window: the company's share 1, the network's 1 -> 0.5
    assert f["company_time_share"][:3].tolist() == [0.5, 0.5, 0.5]
    assert TIME_WINDOW_DAYS >= 12


def test_without_structure_relate_does_not_compute_them(facts):
    contacts, _ = facts
    plain = relate(contacts, CAREER)
    assert not set(STRUCTURE_COLUMNS) & set(plain.columns)
    network = network_facts(contacts, CAREER)
    assert network.structure is None
    with pytest.raises(ValueError, match="structure=True"):
        relate(contacts.iloc[:5], CAREER, network=network, structure=True)


def test_chunks_get_the_values_of_the_whole_network():
    p = generate_person(4321, varied=True)
    whole = relate(p.contacts, p.career, structure=True)
    network = network_facts(p.contacts, p.career, structure=True)
    parts = pd.concat(
        [
            relate(p.contacts.iloc[i : i + 37], p.career, network=network, structure=True)
            for i in range(0, len(p.contacts), 37)
        ]
    )
    for column in STRUCTURE_COLUMNS:
        np.testing.assert_allclose(parts[column], whole[column], rtol=0, atol=1e-12)
    assert whole["company_job_share"].notna().any()


@pytest.fixture(scope="module")
def trained():
    data = make_dataset(8, 4400, structure=True)
    estimator = OwnershipClassifier(cv=3, structure=("company_rank", "company_time_share")).fit(
        data.facts,
        data.y,
        categories=data.category,
        groups=data.person,
        sample_weight=person_weights(data.person, 1.0),
    )
    return data, estimator


def test_a_model_with_structure_uses_its_block_and_its_twin_predicts_the_same(trained, tmp_path):
    data, estimator = trained
    names = list(estimator.features_.get_feature_names_out())
    assert "company_rank_known" in names and "company_time_share_log" in names
    assert not any(n.startswith(("company_job_share", "day_rank")) for n in names)
    twin = load_compiled(save_compiled(compile_classifier(estimator), tmp_path / "m.npz"))
    np.testing.assert_allclose(
        twin.predict_proba(data.facts), estimator.predict_proba(data.facts), rtol=0, atol=1e-9
    )
    ours = estimator.predict_category_z(estimator.transform_features(data.facts))
    assert (twin.predict_category(data.facts) == ours).all()


def test_the_default_model_has_no_structure_block():
    assert OwnershipClassifier().get_params()["structure"] is None
    names = [name for name, _, _ in build_features().transformers]
    assert "structure" not in names
    with pytest.raises(ValueError, match="unknown structure"):
        build_features(structure=("company_size",))


def test_job_colleague_share_is_the_jobs_additions_at_its_employer():
    """Of the other contacts added during the same job, the share at that job's employer."""
    days = ["2016-02-01", "2016-03-01", "2016-04-01", "2016-05-01", "2019-01-01", "2019-02-01"]
    contacts = pd.DataFrame(
        {
            "first_name": list("abcdef"),
            "last_name": list("abcdef"),
            "company": ["Acme B.V.", "Acme", "Elsewhere", "Other", "Globex", "Third"],
            "position": [""] * 6,
            "connected_on": pd.to_datetime(days),
            "email": "",
            "url": "",
        }
    )
    f = relate(contacts, CAREER, structure=True)
    share = f["job_colleague_share"].to_numpy()
    # during Acme: four contacts, two at Acme; each counts the other three
    np.testing.assert_allclose(share[:4], [1 / 3, 1 / 3, 2 / 3, 2 / 3])
    assert np.isnan(share[4:]).all()  # only one other contact during Globex


def test_the_app_relates_the_facts_only_for_a_model_that_uses_them(trained, tmp_path):
    """OwnershipModel asks relate for the facts when its model (or its compiled twin) has a
    structure block, and training's persons hold them only when asked, so a model fitted
    without them never needs columns the app does not compute."""
    from model.predictor import OwnershipModel

    _, estimator = trained
    twin = load_compiled(save_compiled(compile_classifier(estimator), tmp_path / "m.npz"))
    p = generate_person(4777, varied=True)
    facts = relate(p.contacts, p.career, structure=True)
    expected = estimator.predict_proba(facts)[:, 1]
    for model in (OwnershipModel(estimator), OwnershipModel(twin)):
        assert model.uses_structure
        result = model.classify(p.contacts, p.career)
        np.testing.assert_allclose(result["p_work"], expected, rtol=0, atol=1e-9)
    plain = OwnershipModel(OwnershipClassifier())
    assert not plain.uses_structure
    assert not set(STRUCTURE_COLUMNS) & set(make_dataset(2, 4500).facts.columns)
