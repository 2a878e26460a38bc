"""The adaptation's user-visible reason, in English and Dutch (language passed explicitly)."""

from __future__ import annotations

from .. import messages

_REASON = {
    "en": (
        "your network as a whole looks {more} work (about {share} %) than the model's training "
        "data ({source} %): that tips this contact to {side}"
    ),
    "nl": (
        "je netwerk als geheel lijkt {more} werk te bevatten (ongeveer {share} %) dan de "
        "trainingsdata van het model ({source} %): dat geeft bij dit contact de doorslag naar "
        "{side}"
    ),
}
_MORE = {"en": ("more", "less"), "nl": ("meer", "minder")}


def adaptation_reason(side: str, share: float, source: float, language: str | None = None) -> str:
    """Why a contact is on ``side`` only after adapting to the network's work ``share``."""
    code = messages.supported(language or messages.current_language())
    more = _MORE[code][0 if share > source else 1]
    side = messages.side_word(side, code)
    shares = {"share": round(100 * share), "source": round(100 * source)}
    return _REASON[code].format(more=more, side=side, **shares)
