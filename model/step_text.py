"""Undo and redo texts of a review session's steps ("Mark 3 contacts as work"), in English
and Dutch: what the Edit menu says undo or redo would do."""

from __future__ import annotations

from . import messages
from .journal import StepInfo
from .schema import CATEGORY_NL

# Undo/redo menu texts, (one, many) per action, in the language model.messages selects.
_STEP_TEXT = {
    "en": {
        "decide": ("Mark {n} contact as {arg}", "Mark {n} contacts as {arg}"),
        "employer": (
            "Set employer of {n} contact to {arg}",
            "Set employer of {n} contacts to {arg}",
        ),
        "note": ("Edit note", "Edit notes of {n} contacts"),
        "clear": ("Clear decision of {n} contact", "Clear decisions of {n} contacts"),
        "category": (
            "Set category of {n} contact to {arg}",
            "Set category of {n} contacts to {arg}",
        ),
        "import": ("Restore {n} decision from {arg}", "Restore {n} decisions from {arg}"),
        # a step of a kind only a newer version knows (its review carried over)
        "other": ("Change {n} contact", "Change {n} contacts"),
    },
    "nl": {
        "decide": ("{n} contact markeren als {arg}", "{n} contacten markeren als {arg}"),
        "employer": (
            "Werkgever van {n} contact instellen op {arg}",
            "Werkgever van {n} contacten instellen op {arg}",
        ),
        "note": ("Notitie bewerken", "Notities van {n} contacten bewerken"),
        "clear": ("Besluit over {n} contact wissen", "Besluiten over {n} contacten wissen"),
        "category": (
            "Categorie van {n} contact instellen op {arg}",
            "Categorie van {n} contacten instellen op {arg}",
        ),
        "import": ("{n} besluit uit {arg} terugzetten", "{n} besluiten uit {arg} terugzetten"),
        "other": ("{n} contact wijzigen", "{n} contacten wijzigen"),
    },
}
_DECISION_WORDS = {"nl": {"work": "werk", "private": "privé"}}
_CATEGORY_WORDS = {"nl": CATEGORY_NL}


def step_text(info: StepInfo | None, language: str | None = None) -> str:
    """A short description of an undo step for a menu ("Mark 3 contacts as work"); "" if None.

    ``language`` "en" or "nl"; None takes the one :mod:`model.messages` was last set to."""
    if info is None:
        return ""
    language = messages.supported(language or messages.current_language())
    texts = _STEP_TEXT.get(language, _STEP_TEXT["en"])
    one, many = texts.get(info.action, texts["other"])
    arg = info.arg or "—"
    if info.action == "decide":
        arg = _DECISION_WORDS.get(language, {}).get(arg, arg)
    elif info.action == "category":
        arg = _CATEGORY_WORDS.get(language, {}).get(arg, arg)
    return (one if info.n == 1 else many).format(n=info.n, arg=arg)
