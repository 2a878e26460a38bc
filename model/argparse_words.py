"""argparse's own words ("usage:", "options", its errors) and the placeholders of values
("OUT", "POSITIONS") in the user's language.

argparse looks its words up through the ``_`` and ``ngettext`` it took from gettext, at the
moment it says them; :func:`argparse_speaking` swaps in lookups into our catalogs for as long
as our parser is built and parses, so that its usage, group titles and errors follow the
language the rest of the command line speaks.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator

from .messages import Message, current_language

# argparse's own words (its gettext message ids) and their catalog keys; argparse's remaining
# ids are programming errors of the parser's author, never shown to a user.
ARGPARSE_KEYS = {
    "usage: ": "argparse.usage",
    "positional arguments": "argparse.positionals",
    "options": "argparse.options",
    "show this help message and exit": "argparse.help",
    "argument %(argument_name)s: %(message)s": "argparse.argument",
    "the following arguments are required: %s": "argparse.required",
    "one of the arguments %s is required": "argparse.one_required",
    "unrecognized arguments: %s": "argparse.unrecognized",
    "not allowed with argument %s": "argparse.not_allowed",
    "ignored explicit argument %r": "argparse.ignored",
    "expected one argument": "argparse.expected_one",
    "expected at most one argument": "argparse.expected_at_most_one",
    "expected at least one argument": "argparse.expected_at_least_one",
    "expected %s argument": "argparse.expected_n",
    "ambiguous option: %(option)s could match %(matches)s": "argparse.ambiguous",
    "invalid %(type)s value: %(value)r": "argparse.invalid_value",
    "invalid choice: %(value)r (choose from %(choices)s)": "argparse.invalid_choice",
    "unexpected option string: %s": "argparse.unexpected_option",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "argparse.unknown_parser",
    "can't open '%(filename)s': %(error)s": "argparse.cannot_open",
}


def gettext(message: str) -> str:
    """argparse's ``_()``: its words in the language in force (as written when not ours)."""
    from .catalog import template

    key = ARGPARSE_KEYS.get(message)
    return template(key, current_language()) if key else message


def ngettext(singular: str, plural: str, n: int) -> str:
    """argparse's ``ngettext()``: the form for ``n`` in the language in force."""
    from .catalog import template

    key = ARGPARSE_KEYS.get(singular)
    if key is None:
        return singular if n == 1 else plural
    return template(key, current_language(), n)


@contextlib.contextmanager
def argparse_speaking() -> Iterator[None]:
    """Within: argparse says its words ("usage:", "options", its errors) from our catalogs in
    the language in force. argparse looks its words up through the ``_`` and ``ngettext`` it
    took from gettext, at the moment it says them; those two are swapped for ours here and put
    back after, so another parser in the process (pytest's) is left alone."""
    saved = {name: getattr(argparse, name, None) for name in ("_", "ngettext")}
    if None in saved.values():  # an argparse that finds its words otherwise: it speaks English
        yield
        return
    argparse._, argparse.ngettext = gettext, ngettext
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved["_"], saved["ngettext"]


def speak_metavars(parser: argparse.ArgumentParser) -> None:
    """Give ``parser``'s value placeholders ("OUT", "POSITIONS", an argument's "input") in the
    language in force: argparse shows an option's name in capitals (an argument's as it is)
    unless told otherwise, so each is looked up as ``metavar.<what argparse would show>``.
    English stays what argparse shows; options with choices keep their ``{a,b}``.

    An argument with choices is named in errors by its ``{a,b}`` too, as the usage line shows
    it, rather than by its dest (an English word under any language: "argument action")."""
    from .catalog import MESSAGES_EN

    for action in parser._actions:
        if action.choices is not None and action.metavar is None and not action.option_strings:
            action.metavar = "{" + ",".join(map(str, action.choices)) + "}"
        if action.nargs == 0 or (action.choices is not None and action.metavar is None):
            continue
        shown = action.metavar or (action.dest.upper() if action.option_strings else action.dest)
        if isinstance(shown, str) and f"metavar.{shown}" in MESSAGES_EN:
            action.metavar = Message(f"metavar.{shown}").text()
