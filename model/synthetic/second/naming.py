"""Filling name patterns and writing a company the many ways people write it."""

from __future__ import annotations

import numpy as np

from .trades import MINISTRIES, REGIONS
from .words import ACTIVITIES, BRAND_ENDS, BRAND_STEMS, FAMILY, GIVEN, LEGAL_FORMS, PLACES


def pick(rng: np.random.Generator, items) -> str:
    """One item of ``items``, uniformly."""
    return items[int(rng.integers(len(items)))]


def brand(rng: np.random.Generator) -> str:
    """An invented brand name ("Korion", "Velara"); now and then two words ("Lum Nexa")."""
    name = pick(rng, BRAND_STEMS) + pick(rng, BRAND_ENDS)
    if rng.random() < 0.15:
        name += " " + (pick(rng, BRAND_STEMS) + pick(rng, BRAND_ENDS)).capitalize()
    return name


def fill(rng: np.random.Generator, pattern: str) -> str:
    """``pattern`` with {brand}, {place}, {family}, {given}, {region} and {ministry} filled in."""
    if "{" not in pattern:
        return pattern
    family = pick(rng, FAMILY)
    family = family[0].upper() + family[1:]  # "van Dalen" -> "Van Dalen" at the start of a name
    family2 = pick(rng, FAMILY)
    return pattern.format(
        brand=brand(rng), place=pick(rng, PLACES), family=family, given=pick(rng, GIVEN),
        region=pick(rng, REGIONS), ministry=pick(rng, MINISTRIES), activity=pick(rng, ACTIVITIES),
        family2=family2[0].upper() + family2[1:],
    )  # fmt: skip


def spelling(rng: np.random.Generator, company: str) -> str:
    """``company`` as one person might type it: legal form added or dropped, another case, a
    branch or country added, or shortened to its initials."""
    if not company:
        return company
    words = company.split()
    kind = rng.random()
    if kind < 0.3:  # a legal form people add (or drop, if it has one)
        if words[-1] in LEGAL_FORMS and len(words) > 1:
            return " ".join(words[:-1])
        return f"{company} {pick(rng, LEGAL_FORMS)}"
    if kind < 0.45:
        return company.upper() if len(company) < 14 else company.lower()
    if kind < 0.65:  # the branch or country people work at
        return f"{company} {pick(rng, ('Nederland', 'Belgium', 'België', 'Benelux', pick(rng, PLACES)))}"
    if kind < 0.8 and len(words) >= 2:  # initials: "Zorggroep Deventer" -> "ZD"
        return "".join(w[0].upper() for w in words if w[0].isalpha())
    if kind < 0.9:
        return f"{company} ({pick(rng, PLACES)})"
    return company.replace(" ", "") if len(words) > 1 else company + " Group"
