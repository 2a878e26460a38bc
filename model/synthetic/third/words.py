"""Names, companies and places of the third generator: a Belgian and international market.

Written apart from the other two generators' word lists (see the package docstring).
"""

from __future__ import annotations

import numpy as np

# Flemish, Walloon and international given names: expat and multinational networks mix them.
GIVEN = (
    "Jens", "Lotte", "Wout", "Femke", "Pieter-Jan", "Ine", "Stijn", "Elke", "Koen", "Sien",
    "Bram", "Nele", "Jef", "Hanne", "Joren", "Ruth", "Dries", "Lien", "Seppe", "Fien",
    "Mathilde", "Thibault", "Céline", "Gauthier", "Amandine", "Quentin", "Manon", "Arnaud",
    "Priya", "Ahmed", "Oleksandr", "Aisha", "Mateo", "Wei", "Kwame", "Ingrid", "Youssef",
    "Sofia", "Rahul", "Agnieszka", "Luca", "Fatima", "Tomás", "Yuki", "Emre", "Chiara",
)  # fmt: skip
FAMILY = (
    "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
    "Wouters", "De Smet", "Van Damme", "Vermeulen", "Verhoeven", "Dierckx", "Van den Broeck",
    "De Backer", "Van Hoof", "Cools", "Segers", "Lenaerts", "D'hondt", "Verstraete",
    "Dubois", "Lambert", "Lejeune", "Dupont", "Leclercq", "Renard", "Simon", "Collignon",
    "Kowalski", "Haddad", "Nguyen", "Okafor", "García", "Müller", "Papadopoulos", "Sharma",
    "El Amrani", "Yilmaz", "Rossi", "Tanaka", "Novak", "O'Brien",
)  # fmt: skip

# Company stems and the words after them; legal forms as Belgian, Dutch and foreign registers
# write them (reason: the same employer shows up as "X NV", "X nv", "X SA/NV" and "X").
STEMS = (
    "Scheldt", "Kempen", "Brabo", "Leie", "Meuse", "Ardenne", "Zenne", "Nervia", "Belvia",
    "Flandria", "Campina", "Hageland", "Westhoek", "Polder", "Lys", "Durme", "Ostra",
    "Vesta", "Arcus", "Norvel", "Quadrant", "Helix", "Corvus", "Lumin", "Tessel", "Orbis",
)  # fmt: skip
LEGAL_FORMS = ("NV", "nv", "BV", "bv", "BVBA", "SA", "SA/NV", "SRL", "Ltd", "GmbH", "Inc.", "")
PLACES = (
    "Antwerp, Flemish Region, Belgium", "Ghent, Flemish Region, Belgium", "Brussels, Belgium",
    "Leuven", "Mechelen", "Hasselt Area", "Kortrijk", "Liège, Wallonia, Belgium",
    "Luxembourg", "Amsterdam Area", "London, United Kingdom", "Paris, Île-de-France, France",
    "Singapore", "Dubai, United Arab Emirates", "Munich, Bavaria, Germany", "Remote",
)  # fmt: skip
ABROAD = PLACES[8:]  # places of an expat move
PERSONAL_DOMAINS = ("gmail.com", "hotmail.com", "telenet.be", "skynet.be", "outlook.com")
SCHOOLS = ("KU Leuven", "UGent", "Universiteit Antwerpen", "VUB", "UCLouvain", "ULB",
           "Vlerick Business School", "Hogeschool Gent", "Thomas More", "AP Hogeschool")  # fmt: skip


def pick(rng: np.random.Generator, pool):
    """One element of ``pool``."""
    return pool[int(rng.integers(len(pool)))]


def company(rng: np.random.Generator, sector_words: tuple[str, ...]) -> str:
    """A company of a sector: a stem (sometimes two) and a sector word, without legal form."""
    stem = pick(rng, STEMS)
    if rng.random() < 0.3:
        stem = f"{stem} {pick(rng, STEMS)}"
    return f"{stem} {pick(rng, sector_words)}"


def with_form(rng: np.random.Generator, name: str) -> str:
    """``name`` with a legal form drawn from the registers' variants (or none)."""
    form = pick(rng, LEGAL_FORMS)
    return f"{name} {form}".strip()


def abbreviation(name: str) -> str:
    """The initials a company is known by ("Scheldt Port Logistics" -> "SPL"); one-word names
    keep their first four letters upper-cased."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
    return "".join(w[0] for w in words).upper() if len(words) > 1 else name[:4].upper()
