"""Reasons stored as text, shown in another language.

A review package carries each contact's reasons as the sentences the person saw, in the
person's language. A Dutch report of an English package (or the other way round) re-renders
each sentence that is one of our templates (model.messages, the personal layer's texts): it
is matched against the templates of every language, its fields are read back (dates, months,
periods and sides in their own language; names, companies and titles as they are) and the
same template is filled in the target language. A sentence no template explains — from an
older or newer version — is shown as it was written, so every package still opens.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from .. import messages
from ..learning import texts as personal_texts

_DASH = " – "
# How each field looks in the text; anything else is free text (a company, a title…).
_FIELD_PATTERNS = {
    "date": r"\d{1,2} \w+ \d{4}",
    "joined": r"\w+ \d{4}",
    "period": r"\w+ \d{4} – \w+(?: \d{4})?",
    "peers": r"\d[\d,.]*",
    "contacts": r"\d[\d,.]*",
    "start": r"\w+ \d{4}|\?",  # an inferred job's start: a month, or "?" when unknown
    "year": r"\d{4}|\?",
    "side": r"\w+?",
}
_FIELD = re.compile(r"\{(\w+)\}")


def _templates(language: str) -> dict[tuple[str, str], str]:
    """Every reason template of ``language``, keyed by (source, key)."""
    reasons, _sides = messages._TABLES[language]
    out = {("model", key): text for key, text in reasons.items()}
    out.update({("personal", k): t for k, t in personal_texts._REASONS[language].items()})
    return out


def _pattern(template: str) -> re.Pattern:
    """A full-match pattern of ``template`` with a named group per field."""
    parts, pos = [], 0
    for m in _FIELD.finditer(template):
        parts.append(re.escape(template[pos : m.start()]))
        name = m.group(1)
        parts.append(f"(?P<{name}>{_FIELD_PATTERNS.get(name, '.+?')})")
        pos = m.end()
    parts.append(re.escape(template[pos:]))
    return re.compile("".join(parts), re.DOTALL)


@lru_cache(maxsize=4)
def _matchers(language: str) -> list[tuple[re.Pattern, tuple[str, str]]]:
    """The templates of ``language`` as patterns, the most literal first (so that a short
    template never swallows a longer one's text)."""
    items = _templates(language)
    order = sorted(items, key=lambda k: -len(_FIELD.sub("", items[k])))
    return [(_pattern(items[k]), k) for k in order]


def _month_number(name: str, language: str) -> int:
    names = [messages.month_abbr(m, language) for m in range(1, 13)]
    return names.index(name) + 1  # ValueError when it is no month name of that language


def _month_year(text: str, source: str, target: str) -> str:
    if text == messages.now_word(source):
        return messages.now_word(target)
    name, year = text.split(" ")
    return f"{messages.month_abbr(_month_number(name, source), target)} {int(year)}"


def _date(text: str, source: str, target: str) -> str:
    day, rest = text.split(" ", 1)
    return f"{int(day)} {_month_year(rest, source, target)}"


def _period(text: str, source: str, target: str) -> str:
    start, end = text.split(_DASH)
    return f"{_month_year(start, source, target)}{_DASH}{_month_year(end, source, target)}"


def _months(text: str, source: str, target: str) -> str:
    first = text.split(" ", 1)[0]
    n = int(first) if first.isdigit() else 0
    if messages.months_text(n, source) != text:  # not a duration we wrote
        raise ValueError(text)
    return messages.months_text(n, target)


def _side(text: str, source: str, target: str) -> str:
    sides = {**messages._TABLES[source][1], **personal_texts._SIDES[source]}
    key = next((k for k, v in sides.items() if v == text), None)
    if key is None:
        raise ValueError(text)
    return messages._TABLES[target][1][key]


def _start(text: str, source: str, target: str) -> str:
    return text if text == "?" else _month_year(text, source, target)


_CONVERTERS: dict[str, Callable[[str, str, str], str]] = {
    "date": _date,
    "joined": _month_year,
    "start": _start,
    "period": _period,
    "months": _months,
    "side": _side,
}


@lru_cache(maxsize=65536)  # reasons repeat: a few thousand distinct texts per package
def reason_in(text: str, language: str) -> str:
    """``text`` (one reason, in any of our languages) in ``language``; unchanged when it is
    already in that language or no template of ours explains it."""
    target = messages.supported(language)
    for prefix in personal_texts.against_prefixes().values():
        if text.startswith(prefix):  # "against it: <a reason>": the reason inside too
            inner = reason_in(text[len(prefix) :], target)
            return personal_texts.personal_reason("against", "", target, reason=inner)
    for pattern, _key in _matchers(target):
        if pattern.fullmatch(text):
            return text
    for source in messages.LANGUAGES:
        if source == target:
            continue
        wanted = _templates(target)
        for pattern, key in _matchers(source):
            m = pattern.fullmatch(text)
            if m is None:
                continue
            try:
                fields = {
                    name: _CONVERTERS.get(name, lambda v, _s, _t: v)(value, source, target)
                    for name, value in m.groupdict().items()
                }
            except (ValueError, KeyError, IndexError):
                continue  # the fields do not read as this template's: try the next
            return wanted[key].format(**fields)
    return text


def reasons_in(reasons: Iterable[str], language: str) -> list[str]:
    """Each of ``reasons`` in ``language`` (see :func:`reason_in`)."""
    return [reason_in(str(r), language) for r in reasons]
