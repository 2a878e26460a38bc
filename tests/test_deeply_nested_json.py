"""JSON nested thousands deep (a hand-made or hostile file) is "not valid JSON" like any other
broken file: never an "unexpected RecursionError … please report it" naming another file."""

from __future__ import annotations

import pytest

from model.cli import main
from model.synthetic import write_sample

DEEP = "[" * 100_000 + "]" * 100_000


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    zip_path, _labels = write_sample(tmp_path_factory.mktemp("sample"), seed=7, n_contacts=40)
    return zip_path


def _one_line_error(capsys) -> str:
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "unexpected" not in err and "Recursion" not in err
    return err


def test_a_saved_career_nested_too_deep(export, tmp_path, capsys):
    career = tmp_path / "career.json"
    career.write_text(DEEP, encoding="utf-8")
    argv = ["classify", str(export), "--out", str(tmp_path / "o.csv"), "--positions", str(career)]
    assert main(argv) == 2
    assert _one_line_error(capsys) == (
        f"contact-ownership: error: {career}: is not valid JSON (line 1)"
    )
    assert not (tmp_path / "o.csv").exists()


def test_the_career_editor_says_so_too(qtbot, tmp_path):
    from desktop.career_editor import CareerEditor

    career = tmp_path / "career.json"
    career.write_text(DEEP, encoding="utf-8")
    editor = CareerEditor()
    qtbot.addWidget(editor)
    assert not editor.open_career(career)
    assert editor.message.text() == f"{career}: is not valid JSON (line 1)"


@pytest.mark.parametrize("where", ["beside", "given"])
def test_an_hr_review_file_with_a_header_nested_too_deep(where, package, capsys):
    review = package.with_name(package.stem + ".hr-review.jsonl")
    review.write_text(DEEP + "\n{}\n{}\n", encoding="utf-8")
    argv = ["verify", str(package)] + (["--review", str(review)] if where == "given" else [])
    assert main(argv) == 2
    assert _one_line_error(capsys) == (
        f"contact-ownership: error: {review}: is not an HR review file (no header)"
    )


def test_an_audit_entry_nested_too_deep_breaks_the_chain():
    from model.hr.audit import ChainError, parse_trail

    with pytest.raises(ChainError) as err:
        parse_trail((DEEP + "\n").encode())
    assert err.value.index == 1


def test_a_review_file_nested_too_deep_is_not_taken_for_this_package(package):
    from model.hr.review import _reviews

    other = package.with_name("other.hr-review.jsonl")
    other.write_text(DEEP + "\n", encoding="utf-8")
    assert _reviews(other, package) is False
