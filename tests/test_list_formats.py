"""The work and private lists take .csv, .xlsx or .vcf, from the API and the command line alike,
and a wrong name says so (not ".csv or .xlsx", which hides the address cards)."""

from __future__ import annotations

import pytest

from model.cli import main
from model.errors import InputError
from model.exports import classification_table, final_ownership, write_contact_list
from model.predictor import load_model
from model.synthetic import generate_person, write_sample


@pytest.fixture(scope="module")
def table():
    person = generate_person(4, "it_consultant", n_contacts=40)
    return classification_table(
        person.contacts, load_model().classify(person.contacts, person.career)
    )


@pytest.mark.parametrize("which", ["work", "private"])
def test_a_wrong_list_name_lists_what_a_list_takes(table, tmp_path, which):
    with pytest.raises(InputError) as caught:
        write_contact_list(table, tmp_path / "list.pdf", which)
    message = str(caught.value)
    assert "list.pdf" in message and ".csv, .xlsx or .vcf" in message
    assert ".vcf" in caught.value.problem.text("nl")
    assert not (tmp_path / "list.pdf").exists()


@pytest.mark.parametrize("which", ["work", "private"])
def test_the_api_writes_a_list_as_vcards(table, tmp_path, which):
    path = tmp_path / "list.vcf"
    n = write_contact_list(table, path, which)
    assert n == int((final_ownership(table) == which).sum()) > 0
    text = path.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == n
    assert ("acquired for" in text) == (which == "work")


def test_the_command_line_refuses_a_wrong_name_before_classifying(tmp_path, capsys):
    zip_path, _labels = write_sample(tmp_path, seed=2, n_contacts=30)
    code = main(
        ["handover", str(zip_path), "--employer", "Nobody", "--out", str(tmp_path / "l.pdf")]
    )
    err = capsys.readouterr().err
    assert code == 2 and ".csv, .xlsx or .vcf" in err and "l.pdf" in err
    assert "Nobody" not in err  # the name was refused first, not the employer after a classify


def test_the_cards_notes_speak_the_language_of_the_app(table, tmp_path):
    """A Dutch person's address book gets Dutch notes (qa7: they were English in either)."""
    from model.messages import speaking

    path = tmp_path / "werk.vcf"
    with speaking("nl"):
        write_contact_list(table, path, "work")
    text = path.read_text(encoding="utf-8")
    assert "LinkedIn-connectie sinds" in text and "verworven voor" in text
    assert "acquired for" not in text and "connection since" not in text
