"""A damaged model file, model card or saved career is one plain line in the user's language,
never a Python class name ("(BadZipFile)", "(JSONDecodeError)", "(UnicodeDecodeError)")."""

from __future__ import annotations

import shutil

import pytest

from model.career import load_career
from model.errors import InputError
from model.persist import SHIPPED_DIR, load_model

CLASS_NAMES = ("BadZipFile", "JSONDecodeError", "UnicodeDecodeError", "Error)", "ValueError")


def _plain(err: InputError, name: str) -> tuple[str, str]:
    en, nl = str(err), err.problem.text("nl")
    assert name in en and "\n" not in en
    for text in (en, nl):
        assert not any(word in text for word in CLASS_NAMES), text
    assert en.split(": ", 1)[1] != nl
    return en, nl


@pytest.fixture
def model_copy(tmp_path):
    folder = tmp_path / "model"
    shutil.copytree(SHIPPED_DIR, folder)
    return folder


def test_a_model_file_that_is_no_zip_is_said_plainly(model_copy):
    (model_copy / "ownership.skops").write_bytes(b"\x80\x04 not a model at all" * 10)
    with pytest.raises(InputError) as caught:
        load_model(model_copy / "ownership.skops")
    en, nl = _plain(caught.value, "ownership.skops")
    assert "model file" in en and "modelbestand" in nl


def test_a_model_card_that_is_no_json_is_said_plainly(model_copy):
    (model_copy / "card.json").write_text("{not json")
    with pytest.raises(InputError) as caught:
        load_model(model_copy / "ownership.skops")
    en, nl = _plain(caught.value, "card.json")
    assert "model card" in en and "modelkaart" in nl


def test_a_saved_career_that_is_no_text_is_said_plainly(tmp_path):
    path = tmp_path / "career.json"
    path.write_bytes(b"\xff\xfe\x00\x81binary")
    with pytest.raises(InputError) as caught:
        load_career(path)
    _plain(caught.value, "career.json")


@pytest.mark.parametrize(
    "what", ["Positions.csv", "review package", "HR review file", "decisions file"]
)
def test_a_file_that_cannot_be_read_is_good_dutch_whatever_its_role(tmp_path, what):
    from model.paths import read_capped

    blocker = tmp_path / "not_a_folder"
    blocker.write_text("x")
    with pytest.raises(InputError) as caught:  # a path through a file: the OS refuses it
        read_capped(blocker / "file.csv", 2**20, what)
    nl = caught.value.problem.text("nl")
    # these are het-words: "de Positions-bestand", "de reviewpakket" is wrong Dutch
    for neuter in ("Positions-bestand", "reviewpakket", "reviewbestand", "bestand met"):
        assert f"de {neuter}" not in nl, nl
    assert "file.csv" in str(caught.value)


@pytest.mark.parametrize(
    "name, data",
    [
        ("decisions.csv", b""),
        ("decisions.csv", bytes(range(256)) * 8),
        ("decisions.csv", b'a,b\n"x,y\n1,2,3,4,5\n' * 3 + b'"'),
        ("decisions.xlsx", b"PK\x03\x04 damaged" * 20),
    ],
)
def test_a_decisions_file_that_is_no_table_is_said_plainly(tmp_path, name, data):
    import pandas as pd

    from model.hr.decisions import load_decisions

    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        load_decisions(path, pd.DataFrame())
    en, nl = _plain(caught.value, name)
    assert "Export all" in en and "Alles exporteren" in nl
    for kind in ("EmptyDataError", "ParserError", "ParseError", "BadZipFile"):
        assert kind not in en and kind not in nl
