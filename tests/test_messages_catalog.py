"""Every message the core raises has a key, and every key is said in every language."""

from __future__ import annotations

import ast
import pickle
import string
from pathlib import Path

import pytest

from model.catalog import CATALOGS, SAME_IN_ALL, template
from model.errors import InputError, OwnershipError, os_reason
from model.messages import Message, localized

MODEL = Path(__file__).resolve().parent.parent / "model"
ENGLISH = CATALOGS["en"]
# The errors whose text a user reads (model.errors and its subclasses elsewhere in model/).
ERROR_CLASSES = {
    "OwnershipError",
    "InputError",
    "NotAnExport",
    "ModelFileError",
    "ReviewError",
    "IntegrityError",
    "JournalError",
    "SessionInUse",
    "ChainError",
}


def _forms(entry) -> list[str]:
    return list(entry.values()) if isinstance(entry, dict) else [entry]


def _fields(template: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("language", [code for code in CATALOGS if code != "en"])
def test_every_key_is_translated(language):
    """A key missing in a language, or left in English there, fails (fields-only keys aside)."""
    table = CATALOGS[language]
    missing = sorted(set(ENGLISH) - set(table))
    extra = sorted(set(table) - set(ENGLISH))
    untranslated = sorted(
        k
        for k in ENGLISH
        if k in table and k not in SAME_IN_ALL and (_forms(table[k]) == _forms(ENGLISH[k]))
    )
    assert (missing, extra, untranslated) == ([], [], [])


@pytest.mark.parametrize("language", list(CATALOGS))
def test_fields_are_the_same_in_every_language(language):
    """A template that drops, adds or misspells a field (or a plural form) fails."""
    table = CATALOGS[language]
    wrong = []
    for key, english in ENGLISH.items():
        theirs = table.get(key, english)
        if isinstance(english, dict) != isinstance(theirs, dict):
            wrong.append((key, "plural forms"))
            continue
        if isinstance(english, dict) and set(english) != set(theirs) != {"one", "other"}:
            wrong.append((key, "plural forms"))
        want = set().union(*map(_fields, _forms(english))) - {"n"}
        for form in _forms(theirs):
            if _fields(form) - {"n"} != want:
                wrong.append((key, form))
    assert wrong == []


def test_every_template_formats_in_every_language():
    """Each template fills in with its own fields (no stray brace, no bad format spec)."""
    for key, english in ENGLISH.items():
        fields = {f: 1 for form in _forms(english) for f in _fields(form)}
        for language in CATALOGS:
            for n in (1, 2):  # straight from the table: Message would fall back, not fail
                assert template(key, language, n).format(**{**fields, "n": n})


def _calls(*, synthetic: bool = True):
    """(file, node) for every call in model/'s code (the training generators' too unless
    ``synthetic`` is False)."""
    for path in MODEL.rglob("*.py"):
        if not synthetic and "synthetic" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                yield path, node


def _keys_used() -> dict[str, str]:
    """Every literal key given to Message(...) in model/, with where it is."""
    used = {}
    for path, node in _calls():
        if (
            isinstance(node.func, ast.Name)
            and node.func.id == "Message"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            used[node.args[0].value] = f"{path.relative_to(MODEL.parent)}:{node.lineno}"
    return used


def test_every_message_is_given_the_fields_its_words_use():
    """A raise that forgets a field would fail while saying the error: caught here instead."""
    short = []
    for path, node in _calls():
        if not (
            getattr(node.func, "id", "") == "Message"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and node.args[0].value in ENGLISH
        ):
            continue
        given = {k.arg for k in node.keywords}
        if None in given:  # **fields passed on
            continue
        wanted = set().union(*map(_fields, _forms(ENGLISH[node.args[0].value])))
        if wanted - given:
            short.append((f"{path.relative_to(MODEL.parent)}:{node.lineno}", wanted - given))
    assert short == []


def test_a_message_short_of_a_field_is_still_said():
    odd = Message("read.member_password")  # no name: the words cannot be filled in
    assert str(odd) == "read.member_password" and odd.text("nl") == "read.member_password"


def test_every_key_used_exists():
    from model import errors, paths

    used = _keys_used()
    assert {k: where for k, where in used.items() if k not in ENGLISH} == {}
    assert len(used) > 150  # the walk found the raising sites
    # keys chosen from a table at run time
    chosen = [*errors._OS_KEYS.values(), *errors._DB_KEYS.values(), *paths._ROLES.values()]
    chosen += [f"career.{f}" for f in ("company", "title", "description", "location")]
    assert [k for k in chosen if k not in ENGLISH] == []
    # every role read_capped is given has its own words (else it would stay English)
    roles = [
        node.args[2].value
        for path in MODEL.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", "") == "read_capped"
        and len(node.args) > 2
        and isinstance(node.args[2], ast.Constant)
    ]
    assert len(roles) >= 8
    assert [r for r in roles if r not in paths._ROLES] == []


def test_no_error_is_raised_with_bare_english():
    """The problem of every error raised in model/ is a Message (or a value passed on), never
    an English literal or f-string: an English-only text cannot be said in Dutch."""
    bare = []
    for path, node in _calls(synthetic=False):
        if not (isinstance(node.func, ast.Name) and node.func.id in ERROR_CLASSES):
            continue
        if any(
            isinstance(a, ast.Constant | ast.JoinedStr) and isinstance(getattr(a, "value", ""), str)
            for a in node.args[1:] or node.args[:1]
        ):
            bare.append(f"{path.relative_to(MODEL.parent)}:{node.lineno}")
    assert bare == []


def test_no_note_is_written_in_bare_english():
    """Readers' notes (``report.warnings.append``, ``report.note``, ``notes.append``…) are
    Messages too: the app shows them in its language."""
    bare = []
    for path, node in _calls(synthetic=False):
        if not (
            isinstance(node.func, ast.Attribute) and node.func.attr in ("append", "extend", "note")
        ):
            continue
        owner = node.func.value
        name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
        if name not in ("warnings", "notes", "report"):
            continue
        if name == "notes" and path.name == "handover.py":  # a vCard's NOTE: file content
            continue
        said = [a.elt if isinstance(a, ast.GeneratorExp) else a for a in node.args]
        if any(
            isinstance(a, ast.JoinedStr)
            or (isinstance(a, ast.Constant) and isinstance(a.value, str))
            for a in said
        ):
            bare.append(f"{path.relative_to(MODEL.parent)}:{node.lineno}")
    assert bare == []


def test_a_message_is_its_english_and_says_itself_in_dutch():
    problem = Message("read.malformed_rows", n=3, line=7, reason="odd")
    err = InputError("x.csv", problem)
    assert str(err) == "x.csv: contains no readable contacts: 3 malformed rows (line 7: odd)"
    assert (
        err.text("nl") == "x.csv: bevat geen leesbare contacten: 3 onjuiste regels (regel 7: odd)"
    )
    assert err.problem == problem and err.problem.key == "read.malformed_rows"
    again = pickle.loads(pickle.dumps(err.message))  # batch workers send results back pickled
    assert again.text("nl") == err.text("nl")
    assert localized("plain words", "nl") == "plain words"
    assert OwnershipError("plain words").text("nl") == "plain words"


def test_numbers_are_grouped_as_each_language_writes_them():
    entries = Message("read.too_many_entries", count=60_000)
    assert str(entries) == "has 60,000 entries; not a LinkedIn export"
    assert entries.text("nl") == "heeft 60.000 onderdelen; geen LinkedIn-export"
    assert Message("note.nameless", n=1, file="x.csv").text("nl").startswith("1 contact in x.csv")


def test_the_systems_reason_in_both_languages():
    import errno

    full = os_reason(OSError(errno.ENOSPC, "No space left on device"))
    assert (str(full), full.text("nl")) == ("No space left on device", "de schijf is vol")
    odd = os_reason(OSError(errno.ENXIO, "No such device or address"))
    assert odd.text("nl") == "No such device or address"  # no wording of ours: the system's words


def test_batch_errors_come_back_from_worker_processes_as_messages(tmp_path):
    """Each file's error crosses the process boundary with its key: the summary keeps the
    English line, the app can say it in Dutch."""
    import csv

    from model.batch import run_batch

    empty = tmp_path / "in" / "Connections.csv"
    empty.parent.mkdir()
    empty.write_bytes(b"")
    page = tmp_path / "in" / "page.csv"
    page.write_text("<html><body>Sign in</body></html>", encoding="utf-8")
    results = run_batch([empty, page], tmp_path / "out", jobs=2)
    said = {Path(r.input).name: r.error for r in results}
    assert all(isinstance(e, Message) for e in said.values())
    assert said["Connections.csv"].text("nl") == f"{empty}: het bestand is leeg"
    assert said["page.csv"].text("nl").endswith("is een webpagina (HTML), geen CSV-export")
    with open(tmp_path / "out" / "summary.csv", encoding="utf-8") as fh:
        rows = {Path(r["input"]).name: r["error"] for r in csv.DictReader(fh)}
    assert rows["Connections.csv"] == f"{empty}: the file is empty"


@pytest.mark.parametrize("kind", ["InputError", "NotAnExport", "ModelFileError"])
def test_a_file_error_crosses_a_process_intact(kind):
    import model.errors

    problem = Message("read.damaged_zip", detail="cut short")
    err = getattr(model.errors, kind)(Path("/data/export.zip"), problem)
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is type(err) and back.path == err.path
    assert str(back) == str(err) and back.text("nl") == err.text("nl")


def test_every_key_is_used():
    """No catalog entry outlives its last use (both languages would keep dead words): a key
    is a string in model/ or desktop/, or begins with the fixed start of an f-string there
    (``Message(f"cli.label.{label}")``)."""
    strings: set[str] = set()
    starts: set[str] = set()
    for path in [*MODEL.rglob("*.py"), *(MODEL.parent / "desktop").rglob("*.py")]:
        if "catalog" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                strings.add(node.value)
            elif isinstance(node, ast.JoinedStr) and node.values:
                first = node.values[0]
                if isinstance(first, ast.Constant) and "." in str(first.value):
                    starts.add(first.value)
    unused = [k for k in ENGLISH if k not in strings and not k.startswith(tuple(starts))]
    assert unused == []
