"""Inputs too large to classify in one piece still get their review_order column, the same
as the one-piece output (written in chunks, ranked once every p_work is known)."""

from __future__ import annotations

import pandas as pd
import pytest

import model.scale.chunked as chunked
from model.learning.output import classify_personal_to_file
from model.predictor import load_model
from model.synthetic import generate_person


@pytest.fixture(scope="module")
def person():
    person = generate_person(7, "recruiter", 400)
    contacts = person.contacts.copy()
    # quoted line breaks and quotes in fields: the column copy must keep records whole
    contacts.loc[3, "last_name"] = 'de "Vries"\r\nJr'
    contacts.loc[5, "company"] = "Acme\nHolding B.V."
    contacts.loc[8, "position"] = '"Inkoper", a "buyer"'
    return contacts, person.career


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_chunked_output_has_the_one_piece_review_order(tmp_path, monkeypatch, person, suffix):
    contacts, career = person
    model = load_model()
    one = tmp_path / f"one{suffix}"
    many = tmp_path / f"many{suffix}"
    _results, personal = classify_personal_to_file(model, contacts, career, one)
    assert personal is not None  # small enough: personalised in one piece
    monkeypatch.setattr(chunked, "CHUNK_ROWS", 60)  # now 400 contacts are "too many"
    summary, none = classify_personal_to_file(model, contacts, career, many)
    assert none is None and len(summary) == len(contacts)
    if suffix == ".csv":
        assert many.read_bytes() == one.read_bytes()
        table = pd.read_csv(many, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    else:
        read = lambda p: pd.read_excel(p, dtype=str, keep_default_na=False)  # noqa: E731
        table = read(many)
        pd.testing.assert_frame_equal(table, read(one))
    assert table.columns[-1] == "review_order"
    assert sorted(map(int, table["review_order"])) == list(range(1, len(contacts) + 1))
    assert len(table) == len(contacts)
    assert any('"Vries"' in v and "Jr" in v for v in table.iloc[3])  # one record, whole
    assert not list(tmp_path.glob(".*"))  # no scratch file left behind
