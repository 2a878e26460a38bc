"""The personal layer's user-visible texts, in English and Dutch (language passed explicitly)."""

from __future__ import annotations

from .. import messages

_REASONS = {
    "en": {
        "word": "your decisions on titles with “{word}” point to {side}",
        "company": "your decisions on other contacts at {company} point to {side}",
        "timing": "your decisions on contacts from the same period point to {side}",
        "overall": "your decisions so far move contacts like this one to {side}",
        "decided": "decided by you: {side}",
        "against": "against it: {reason}",
    },
    "nl": {
        "word": "je besluiten over functies met “{word}” wijzen op {side}",
        "company": "je besluiten over andere contacten bij {company} wijzen op {side}",
        "timing": "je besluiten over contacten uit dezelfde periode wijzen op {side}",
        "overall": "je besluiten tot nu toe verschuiven contacten zoals dit naar {side}",
        "decided": "door jou besloten: {side}",
        "against": "daartegen: {reason}",
    },
}
_SIDES = {"en": {"work": "work", "private": "private"}, "nl": {"work": "werk", "private": "privé"}}


def against_prefixes() -> dict[str, str]:
    """The "against it: " prefix of each language (a reason that argues for the other side)."""
    return {code: table["against"].split("{reason}")[0] for code, table in _REASONS.items()}


def turned(reason: str, language: str | None = None) -> str:
    """``reason``, which argued for the side a contact no longer has, marked as arguing
    against it; a reason already marked so argues for it again and loses its mark."""
    for prefix in against_prefixes().values():
        if reason.startswith(prefix):
            return reason[len(prefix) :]
    return personal_reason("against", "", language, reason=reason)


def language_or_default(language: str | None) -> str:
    """``language`` if we have it, else the reason texts' current language, else English."""
    code = language or getattr(messages, "LANGUAGE", "en")
    return code if code in _REASONS else "en"


def personal_reason(key: str, side: str, language: str | None = None, **fields) -> str:
    """The reason ``key`` ("word", "company", "timing", "overall", "decided") for ``side``."""
    code = language_or_default(language)
    return _REASONS[code][key].format(side=_SIDES[code].get(side, side), **fields)
