"""The independent evaluation generator: reproducible, and its zips read back as written."""

from __future__ import annotations

import pandas as pd

from bench.independent import LABEL_COLUMNS, generate_person, write_person
from model.normalize import normalize_company
from model.readers import read_export


def test_same_seed_same_person_and_other_seed_differs():
    a = generate_person(11, "pharmacist")
    b = generate_person(11, "pharmacist")
    c = generate_person(12, "pharmacist")
    pd.testing.assert_frame_equal(a.contacts, b.contacts)
    pd.testing.assert_frame_equal(a.labels, b.labels)
    assert a.positions == b.positions
    assert not a.contacts["position"].equals(c.contacts["position"])


def test_labels_are_consistent_with_the_career():
    person = generate_person(5, "hr_business_partner")
    labels = person.labels
    assert list(labels.columns) == LABEL_COLUMNS
    assert len(labels) == len(person.contacts)
    work = labels["label"] == "work"
    assert 0 < work.mean() < 1
    assert (labels.loc[~work, "category"] == "private").all()
    assert (labels.loc[~work, "position_index"] == -1).all()
    pairs = zip(labels.loc[work, "position_index"], labels.loc[work, "employer"], strict=True)
    for idx, employer in pairs:
        assert person.positions[idx].company == employer
    starts = [p.start for p in person.positions]
    assert starts == sorted(starts, reverse=True)  # newest first, as written


def test_zip_reads_back_with_the_same_contacts_and_positions(tmp_path):
    person = generate_person(3, "police_officer")
    person.layout, person.excel = "current", "excel-nl"  # a re-saved file must read back too
    export = read_export(write_person(person, tmp_path))
    assert len(export.contacts) == len(person.contacts)
    assert [p.company for p in export.positions] == [p.company for p in person.positions]
    assert export.contacts["last_name"].tolist() == [
        s.encode("cp1252", "replace").decode("cp1252") for s in person.contacts["last_name"]
    ]
    read_days = export.contacts["connected_on"].dt.normalize()
    assert (read_days.to_numpy() == person.contacts["connected_on"].to_numpy()).all()
    keys = {normalize_company(p.company) for p in export.positions}
    assert {normalize_company(e) for e in person.labels["employer"] if e} <= keys
