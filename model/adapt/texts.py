"""The adaptation's user-visible reason, in English and Dutch (language passed explicitly)."""

from __future__ import annotations

from .. import messages

_REASON = {
    "en": (
        "your network as a whole looks {more} work than the model's training data (about "
        "{share} % work): that tips this contact to {side}"
    ),
    "nl": (
        "je netwerk als geheel lijkt {more} werk te bevatten dan de trainingsdata van het model "
        "(ongeveer {share} % werk): dat geeft bij dit contact de doorslag naar {side}"
    ),
}
_MORE = {"en": ("more", "less"), "nl": ("meer", "minder")}
_SIDES = {"en": {"work": "work", "private": "private"}, "nl": {"work": "werk", "private": "privé"}}


def adaptation_reason(side: str, share: float, source: float, language: str | None = None) -> str:
    """Why a contact is on ``side`` only after adapting to the network's work ``share``."""
    code = language or messages.current_language()
    code = code if code in _REASON else "en"
    more = _MORE[code][0 if share > source else 1]
    return _REASON[code].format(more=more, share=round(100 * share), side=_SIDES[code][side])
