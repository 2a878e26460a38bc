"""Duplicate rows (one person listed many times) are one contact in the network's counts:
the company peers, colleagues nearby and the inferred employer; every row keeps its facts."""

from __future__ import annotations

import pandas as pd
import pytest

from model.career import Career
from model.features.relate import network_facts, relate
from model.inferred import infer_career
from model.predictor import load_model
from model.readers import read_export
from model.scale.chunked import classify_stream_to_file, classify_to_file
from model.synthetic import generate_person
from model.synthetic.layouts import connection_bytes

COPIES = 30


@pytest.fixture(scope="module")
def person():
    return generate_person(5, "it_consultant", 300)


def with_copies(contacts: pd.DataFrame, row: int, copies: int = COPIES) -> pd.DataFrame:
    """``contacts`` with ``copies`` more of row ``row`` at the end, marked as the readers do."""
    extra = contacts.iloc[[row] * copies].copy()
    extra["duplicate"] = True
    return pd.concat([contacts, extra], ignore_index=True)


def frame_equal(a: pd.DataFrame, b: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True))


@pytest.mark.parametrize("keep_career", [True, False])
def test_copies_of_a_contact_change_no_facts_and_get_their_originals(person, keep_career):
    career = person.career if keep_career else Career()
    row = int(person.contacts["company"].ne("").to_numpy().argmax())
    base = relate(person.contacts, career)
    doubled = relate(with_copies(person.contacts, row), career)
    n = len(person.contacts)
    frame_equal(doubled.iloc[:n], base)
    frame_equal(doubled.iloc[n:], base.iloc[[row] * COPIES])
    # a chunk related against the whole network's facts agrees
    network = network_facts(with_copies(person.contacts, row), career)
    frame_equal(relate(person.contacts, career, network=network), base)


def test_copies_change_no_structural_facts(person):
    row = int(person.contacts["company"].ne("").to_numpy().argmax())
    base = relate(person.contacts, person.career, structure=True)
    doubled = relate(with_copies(person.contacts, row), person.career, structure=True)
    frame_equal(doubled.iloc[: len(base)], base)
    network = network_facts(with_copies(person.contacts, row), person.career, structure=True)
    frame_equal(relate(person.contacts, person.career, network=network, structure=True), base)


def test_one_person_listed_thirty_times_is_not_an_employer(person):
    contacts = person.contacts.iloc[:40].copy()
    contacts["company"] = [f"Firm {i} BV" for i in range(len(contacts))]
    contacts.loc[[0, 1], "company"] = "Acme Holding"
    copied = with_copies(contacts, 0)
    assert not infer_career(copied, Career()).employers_found()
    # without the marks the 31 rows would dominate: what the marks prevent
    unmarked = copied.assign(duplicate=False)
    assert infer_career(unmarked, Career()).employers_found()[0].contacts == COPIES + 2


def test_the_inferred_career_counts_each_contact_once(person):
    contacts = person.contacts
    inferred = infer_career(contacts, Career())
    found = inferred.employers_found()
    assert found, "the generated network should show an employer"
    at = contacts.index[contacts["company"] == found[0].company][0]
    doubled = infer_career(with_copies(contacts, int(at)), Career())
    assert doubled.positions == inferred.positions
    assert doubled.employers_found()[0].contacts == found[0].contacts


def test_a_read_export_with_copies_suggests_as_without(tmp_path, person):
    model = load_model()
    row = int(person.contacts["company"].ne("").to_numpy().argmax())
    plain, copied = tmp_path / "plain.csv", tmp_path / "copied.csv"
    plain.write_bytes(connection_bytes(person.contacts))
    copied.write_bytes(connection_bytes(with_copies(person.contacts, row).drop(columns="row")))
    a, b = read_export(plain), read_export(copied)
    assert b.report.duplicates == COPIES
    first = model.classify(a.contacts, a.career)
    second = model.classify(b.contacts, b.career)
    n = len(first)
    cols = ["suggestion", "p_work"]
    frame_equal(second[cols].iloc[:n], first[cols])
    frame_equal(second[cols].iloc[n:], first[cols].iloc[[row] * COPIES])
    # the large-file paths agree with the one piece: in chunks, and streamed
    one, chunked, streamed = (tmp_path / f"{k}.csv" for k in ("one", "chunked", "streamed"))
    classify_to_file(model, b.contacts, b.career, one)
    classify_to_file(model, b.contacts, b.career, chunked, chunk_rows=37)
    s = read_export(copied, stream_above=37, chunk_rows=37)
    assert s.stream is not None
    classify_stream_to_file(model, s.stream, s.career, streamed)
    assert one.read_bytes() == chunked.read_bytes() == streamed.read_bytes()


def test_two_processes_count_duplicates_as_one_piece(tmp_path, person, monkeypatch):
    from model.scale import helper

    monkeypatch.setattr(helper, "cpus", lambda: 2)  # a CPU to spare: the helper is used
    monkeypatch.setattr(helper, "load", lambda: 0.5)
    model = load_model()
    row = int(person.contacts["company"].ne("").to_numpy().argmax())
    copied = tmp_path / "copied.csv"
    copied.write_bytes(connection_bytes(with_copies(person.contacts, row).drop(columns="row")))
    whole = read_export(copied)
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    classify_to_file(model, whole.contacts, whole.career, one)
    s = read_export(copied, stream_above=30, chunk_rows=30)
    assert s.stream.chunks >= helper.MIN_CHUNKS
    classify_stream_to_file(model, s.stream, s.career, two, parallel=True)
    assert one.read_bytes() == two.read_bytes()
