"""How people write names, firms and titles on LinkedIn: loosely, in their own way."""

from __future__ import annotations

import numpy as np

from .words import (
    ELSEWHERE,
    GIVEN_BE,
    GIVEN_NL,
    LEGAL_BE,
    LEGAL_NL,
    PLACES_BE,
    PLACES_NL,
    PROVINCE,
    SCHOOLS,
    SURNAMES_BE,
    SURNAMES_NL,
)

_LEGAL = (" B.V.", " BV", " b.v.", " B.V", " V.O.F.", " vof", " NV", " bvba", " BVBA", " CommV")


def pick(rng: np.random.Generator, items):
    """One item of a non-empty sequence."""
    return items[int(rng.integers(len(items)))]


def person_name(rng, country: str) -> tuple[str, str]:
    """A given name and a surname, mostly of ``country`` ("NL" or "BE")."""
    local = rng.random() < 0.85
    belgian = (country == "BE") == local
    given = pick(rng, GIVEN_BE if belgian else GIVEN_NL)
    surname = pick(rng, SURNAMES_BE if belgian else SURNAMES_NL)
    return given, surname


def place(rng, country: str) -> str:
    """A town, mostly of ``country``."""
    local = rng.random() < 0.9
    return pick(rng, PLACES_BE if (country == "BE") == local else PLACES_NL)


def fill(rng, pattern: str, country: str, **known) -> str:
    """``pattern`` with ``{surname}``, ``{place}``, ``{province}``, ``{given}``, ``{school}``
    and ``{company}`` filled (``known`` values first, then drawn)."""
    if "{" not in pattern:
        return pattern
    given, surname = person_name(rng, country)
    values = {
        "surname": known.get("surname") or surname.split(" ")[-1] if "{surname}" in pattern else "",
        "given": given,
        "place": known.get("place") or place(rng, country),
        "province": pick(rng, PROVINCE[country]),
        "company": known.get("company", ""),
    }
    if "{school}" in pattern:
        values["school"] = fill(rng, pick(rng, SCHOOLS), country)
    if "{surname}" in pattern and not known.get("surname") and rng.random() < 0.5:
        values["surname"] = surname  # "Van den Berg Bouw" as often as "Berg Bouw"
        values["surname"] = values["surname"][:1].upper() + values["surname"][1:]
    return pattern.format(**values).strip()


def firm(rng, pattern: str, country: str, **known) -> str:
    """A firm's name from ``pattern``: the legal form added the way its owners write it."""
    name = fill(rng, pattern, country, **known)
    if name and "{surname}" in pattern and rng.random() < 0.55:
        name += pick(rng, LEGAL_BE if country == "BE" else LEGAL_NL)
    return name


def elsewhere(rng, country: str) -> str:
    """A firm outside the member's trade (where friends and family work)."""
    return fill(rng, pick(rng, ELSEWHERE), country)


def bare(name: str) -> str:
    """``name`` without a trailing legal form."""
    for legal in _LEGAL:
        if name.endswith(legal):
            return name[: -len(legal)]
    return name


def typo(rng, text: str) -> str:
    """One slip of the keyboard: a letter dropped, doubled or swapped."""
    if len(text) < 5:
        return text
    k = int(rng.integers(1, len(text) - 2))
    how = rng.random()
    if how < 0.4:
        return text[:k] + text[k + 1 :]
    if how < 0.7:
        return text[:k] + text[k] + text[k:]
    return text[:k] + text[k + 1] + text[k] + text[k + 2 :]


def company_as_written(rng, name: str, where: str = "") -> str:
    """How a contact writes their employer ``name``: as is mostly, else without or with
    another legal form, with the branch's town, in capitals or lower case, or mistyped."""
    if not name:
        return name
    draw = rng.random()
    if draw < 0.55:
        return name
    if draw < 0.7:
        return bare(name)
    if draw < 0.78 and where and where not in name:
        return (
            f"{bare(name)} {where}" if rng.random() < 0.6 else f"{bare(name)} - vestiging {where}"
        )
    if draw < 0.84:
        return bare(name) + pick(rng, (" B.V.", " BV", " bv", " Groep", " Nederland"))
    if draw < 0.88:
        return name.upper()
    if draw < 0.93:
        return name.lower()
    if draw < 0.97:
        return typo(rng, name)
    words = bare(name).split()
    if len(words) > 1:  # initials: "Transportbedrijf Van Dijk" -> "TVD"
        return "".join(w[0] for w in words if w[:1].isalpha()).upper()
    return name


def title_as_written(rng, title: str, company: str) -> str:
    """How a contact writes their ``title`` in their headline or current position."""
    if not title:
        return title
    draw = rng.random()
    if draw < 0.72:
        return title
    if draw < 0.78 and company:
        return f"{title} bij {bare(company)}"
    if draw < 0.81 and company:
        return f"{title} @ {bare(company)}"
    if draw < 0.85:
        return title.lower()
    if draw < 0.87:
        return title.upper()
    if draw < 0.91:
        return typo(rng, title)
    if draw < 0.94:
        return f"{title} | {pick(rng, ('VCA', 'BHV', 'Rijbewijs B/C/E', 'Vakman', 'Allround', 'Flexibel'))}"
    if draw < 0.97:
        return (
            pick(rng, ("Senior ", "Junior ", "Allround ", "Ervaren ", "Leerling "))
            + title[:1].lower()
            + title[1:]
        )
    return f"{title} (parttime)" if rng.random() < 0.5 else f"{title} a.i."
