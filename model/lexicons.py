"""What a job title or a company name says, in Dutch and English, and what that means for an
owner of a given role: a buyer is a client for a salesperson, an HR or hiring manager for a
recruiter, a developer a colleague for an IT consultant, and a student nobody's business.

Families and sectors come from :mod:`model.lexicon_data`; matching works on folded words
(lower case, no accents), phrases and Dutch compounds (by word start or end). Functions taking
one value are cached; the ``*_of`` helpers map an array once per distinct value.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import pandas as pd

from .lexicon_data import (
    SECTORS,
    SENIORITY_EXCEPTIONS,
    SENIORITY_WORDS,
    TITLE_EXCEPTIONS,
    TITLE_FAMILIES,
    WEAK_TIER,
)
from .normalize import fold

# a word: a run of letters and digits; findall of these is what splitting on the rest gives
# (no blank is a letter or digit), ~2x quicker than substituting a space and splitting
_WORD_RUN = re.compile(r"[^\W_]+")


def _tokens(text: str) -> list[str]:
    """Folded words; "&", dots and dashes separate ("P&O" → ["p", "o"])."""
    return _WORD_RUN.findall(fold(text)) if isinstance(text, str) else []


def _items(value: str) -> list[str]:
    # each phrase tokenised once: the three lexicons are built at every start (~3 ms saved)
    return [" ".join(words) for words in map(_tokens, value.split("|")) if words]


class _Lexicon:
    """Labels with tiered words, prefixes and suffixes; :meth:`label` picks the best match:
    highest tier, then longest match, then the label listed first."""

    def __init__(self, entries: dict[str, dict], exceptions: dict[str, str] | None = None):
        self.labels = tuple(entries)
        self.exceptions = {" ".join(_tokens(k)): v for k, v in (exceptions or {}).items()}
        self.words: dict[str, tuple[int, int, str]] = {}
        self.prefixes: dict[str, list[tuple[str, int, int, str]]] = {}
        self.suffixes: dict[str, list[tuple[str, int, int, str]]] = {}
        self.multi_after: dict[str, int] = {}  # first word → most words in a phrase of 2+
        self._token_cache: dict[str, tuple] = {}
        for order, (label, entry) in enumerate(entries.items()):
            tier = entry["tier"]
            phrases = [(p, tier) for p in _items(entry.get("words", ""))]
            phrases += [(p, WEAK_TIER) for p in _items(entry.get("weak", ""))]
            for phrase, phrase_tier in phrases:
                self.words.setdefault(phrase, (phrase_tier, -order, label))
                first, n = phrase.split()[0], len(phrase.split())
                if n > 1:
                    self.multi_after[first] = max(self.multi_after.get(first, 0), n)
            for stem in _items(entry.get("prefixes", "")):
                self.prefixes.setdefault(stem[:3], []).append((stem, tier, -order, label))
            for stem in _items(entry.get("suffixes", "")):
                self.suffixes.setdefault(stem[-3:], []).append((stem, tier, -order, label))

    def _token_score(self, token: str) -> tuple:
        """The best (tier, length, order, label) of one word: itself, or a stem inside it."""
        best: tuple = (0, 0, 0, "")
        hit = self.words.get(token)
        if hit:
            best = (hit[0], len(token), hit[1], hit[2])
        # compounds: a stem strictly inside a longer word ("inkoop" in "inkoopmanager")
        for stem, tier, order, label in self.prefixes.get(token[:3], ()):
            score = (tier, len(stem), order, label)
            if len(token) > len(stem) and token.startswith(stem) and score > best:
                best = score
        for stem, tier, order, label in self.suffixes.get(token[-3:], ()):
            score = (tier, len(stem), order, label)
            if len(token) > len(stem) and token.endswith(stem) and score > best:
                best = score
        if len(self._token_cache) > 200_000:  # hostile input: keep memory bounded
            self._token_cache.clear()
        self._token_cache[token] = best
        return best

    def label(self, text: str) -> str:
        """The best label for ``text``, or ""."""
        return self.label_tokens(_tokens(text))

    def label_tokens(self, tokens: list[str]) -> str:
        """The best label for words already made by :func:`_tokens` (several lexicons can
        share one tokenisation of a title)."""
        if not tokens:
            return ""
        if self.exceptions:  # the sectors have none: no join per company name
            whole = " ".join(tokens)
            if whole in self.exceptions:
                return self.exceptions[whole]
        cache = self._token_cache
        best = max([cache.get(t) or self._token_score(t) for t in tokens])
        multi_after = self.multi_after
        for i, token in enumerate(tokens):
            most = multi_after.get(token)
            if not most:
                continue
            for k in range(2, min(most, len(tokens) - i) + 1):
                phrase = " ".join(tokens[i : i + k])
                hit = self.words.get(phrase)
                if hit and (hit[0], len(phrase), hit[1], hit[2]) > best:
                    best = (hit[0], len(phrase), hit[1], hit[2])
        return best[3]


_TITLES = _Lexicon(TITLE_FAMILIES, TITLE_EXCEPTIONS)
_SENIORITY = _Lexicon(SENIORITY_WORDS, SENIORITY_EXCEPTIONS)
_SECTORS = _Lexicon(SECTORS)

FAMILIES: tuple[str, ...] = _TITLES.labels
SENIORITIES: tuple[str, ...] = ("executive", "manager", "senior", "junior")
SECTOR_NAMES: tuple[str, ...] = _SECTORS.labels

# Titles that say the person is not working for an organisation: private signals.
PRIVATE_FAMILIES = frozenset({"student", "retired", "jobseeker", "homemaker", "volunteer"})
WORK_FAMILIES = frozenset(FAMILIES) - PRIVATE_FAMILIES - {"management", "consulting"}


# --- titles ---------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def _title_labels(title: str) -> tuple[str, str, bool]:
    """(family, seniority, has words) of a title, tokenised once for both lexicons."""
    tokens = _tokens(title)
    level = _SENIORITY.label_tokens(tokens)
    return _TITLES.label_tokens(tokens), "" if level == "none" else level, bool(tokens)


def title_family(title: str) -> str:
    """The role family of a job title ("recruitment", "hr", "sales", "purchasing", "it", …,
    "student", "retired"), or "" when no word is recognised."""
    return _title_labels(title)[0]


def seniority(title: str) -> str:
    """The seniority of a job title: "executive", "manager", "senior", "junior" or ""."""
    return _title_labels(title)[1]


def is_senior(title: str) -> bool:
    """True for decision makers — managers and executives — who hire and buy."""
    return seniority(title) in ("executive", "manager")


def is_private_title(title: str) -> bool:
    """True for titles unrelated to any employer: student, retired, looking for work, …"""
    return title_family(title) in PRIVATE_FAMILIES


def owner_role(title: str) -> str:
    """The owner's role family from their own (current or last) job title."""
    return title_family(title)


def title_families(values) -> np.ndarray:
    """:func:`title_family` of each value (array-like of str), once per distinct value."""
    return _per_distinct(values, title_family)


def seniorities(values) -> np.ndarray:
    """:func:`seniority` of each value (array-like of str), once per distinct value."""
    return _per_distinct(values, seniority)


# --- what a title means for an owner of a role -------------------------------------------

# role → families of clients, suppliers and candidates, and (besides the role itself)
# colleague-like families.
_RELATIONS: dict[str, dict[str, str]] = {
    "recruitment": {"client": "hr management", "colleague": "recruitment"},
    "hr": {"client": "management", "supplier": "recruitment consulting", "colleague": "hr"},
    "sales": {"client": "purchasing management", "colleague": "sales marketing"},
    "purchasing": {"supplier": "sales", "colleague": "purchasing operations"},
    "consulting": {"client": "management", "colleague": "consulting"},
    "it": {"client": "management", "supplier": "sales", "colleague": "it"},
    "finance": {"client": "management", "colleague": "finance"},
    "legal": {"client": "management", "colleague": "legal"},
    "marketing": {"client": "management", "supplier": "creative", "colleague": "marketing"},
    "creative": {"client": "marketing management", "colleague": "creative"},
    "engineering": {"client": "operations", "colleague": "engineering construction"},
    "operations": {"supplier": "sales", "colleague": "operations engineering"},
    "management": {"supplier": "sales consulting recruitment", "colleague": "management"},
    "education": {"colleague": "education research"},
    "research": {"colleague": "research education"},
    "healthcare": {"colleague": "healthcare"},
    "public_sector": {"supplier": "consulting sales", "colleague": "public_sector"},
    "hospitality": {"colleague": "hospitality"},
    "retail": {"colleague": "retail"},
    "construction": {"client": "real_estate", "colleague": "construction engineering"},
    "real_estate": {"supplier": "construction", "colleague": "real_estate"},
    "administrative": {"colleague": "administrative"},
}

# Roles that buy from staffing agencies (they hire or buy people's time): for them a
# recruiter may be a supplier as well as someone approaching the owner about a job, so the
# recruiter rule is weaker evidence there.
BUYS_STAFFING = frozenset(
    {"purchasing", "it", "sales", "operations", "engineering", "management", "consulting"}
)

# Roles for which any manager or executive is a potential client (hiring managers for a
# recruiter, decision makers for sales and consultants).
SENIORITY_IS_CLIENT_FOR = frozenset(
    {"recruitment", "sales", "consulting", "it", "finance", "legal", "marketing", "creative"}
)


def _relation(role: str, kind: str) -> frozenset[str]:
    return frozenset(_RELATIONS.get(role, {}).get(kind, "").split())


def client_families(role: str) -> frozenset[str]:
    """Title families that are client-facing contacts for an owner of ``role``."""
    return _relation(role, "client")


def supplier_families(role: str) -> frozenset[str]:
    """Title families that sell to an owner of ``role`` (account managers for a buyer)."""
    return _relation(role, "supplier")


def colleague_families(role: str) -> frozenset[str]:
    """Title families that are colleague-like for ``role``: the same family and close ones."""
    if not role or role in PRIVATE_FAMILIES:
        return frozenset()
    return _relation(role, "colleague") | {role}


def candidate_families(role: str) -> frozenset[str]:
    """Title families a recruiter places: every working family but recruitment and HR, and
    people looking for work (the most typical candidate of all); empty for other roles."""
    if role != "recruitment":
        return frozenset()
    return (WORK_FAMILIES | {"consulting", "jobseeker"}) - {"recruitment", "hr"}


def title_relation(role: str, title: str) -> str:
    """What a contact with ``title`` is for an owner of ``role``: "private", "colleague",
    "client", "supplier", "candidate" or "" (unknown or unrelated)."""
    return _relation_of(role, *_title_labels(title))


@lru_cache(maxsize=256)
def _role_families(role: str) -> tuple[frozenset, frozenset, frozenset, frozenset]:
    """(candidate, client, colleague, supplier) families of ``role``, made once per role."""
    return (
        candidate_families(role),
        client_families(role),
        colleague_families(role),
        supplier_families(role),
    )


def _relation_of(role: str, family: str, level: str, has_words: bool) -> str:
    """:func:`title_relation` from a title's family, seniority and whether it has words."""
    candidates, clients, colleagues, suppliers = _role_families(role)
    senior = level in ("executive", "manager")
    # Who is a candidate depends on the owner's role, not on a list of titles: for a
    # recruiter anyone working (or looking for work) outside recruitment and HR.
    if family in candidates and (family == "jobseeker" or not senior):
        return "candidate"
    if family in PRIVATE_FAMILIES:
        return "private"
    if role == "recruitment" and not family and has_words:
        return "candidate"  # a title no lexicon knows is still someone a recruiter places
    if not family or not role:
        return ""
    if (family in clients and level != "junior") or (
        role in SENIORITY_IS_CLIENT_FOR and family != role and senior
    ):
        return "client"
    if family in colleagues:
        # an IT manager is an IT consultant's client; a sales manager stays a salesperson's peer
        if role in SENIORITY_IS_CLIENT_FOR - {"recruitment", "sales"} and senior:
            return "client"
        return "colleague"
    if family in suppliers:
        return "supplier"
    if family in candidates:
        return "client"  # a senior in the sector recruited for hires: a client
    return ""


def title_relations(role: str, values) -> np.ndarray:
    """:func:`title_relation` for each title (array-like of str), once per distinct value."""
    return _per_distinct(values, lambda t: title_relation(role, t))


def title_signals(role: str, values) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(:func:`title_relation`, :func:`is_senior`, :func:`title_family`) of each title
    (array-like of str) for an owner of ``role``, each title tokenised and matched once."""
    codes, uniques = pd.factorize(pd.Series(values, dtype=object).fillna(""), sort=False)
    relation, senior, family = [], [], []
    for u in uniques:
        if isinstance(u, str):
            labels = _title_labels(u)
            relation.append(_relation_of(role, *labels))
            senior.append(labels[1] in ("executive", "manager"))
            family.append(labels[0])
        else:
            relation.append("")
            senior.append(False)
            family.append("")
    # factorize gives -1 for a missing value: it lands on the extra empty slot
    return (
        np.array([*relation, ""], dtype=object)[codes],
        np.array([*senior, False], dtype=bool)[codes],
        np.array([*family, ""], dtype=object)[codes],
    )


# --- company sectors ----------------------------------------------------------------------


@lru_cache(maxsize=65536)
def company_sector(name: str) -> str:
    """The sector a company name suggests ("it", "finance", "healthcare", "education",
    "staffing", "retail", "government", "legal", "construction", "logistics", "energy",
    "media", …), or "" when its words say nothing."""
    return _SECTORS.label(name)


def company_sectors(values) -> np.ndarray:
    """:func:`company_sector` of each value (array-like of str), once per distinct value."""
    return _per_distinct(values, company_sector)


def _per_distinct(values, fn) -> np.ndarray:
    codes, uniques = pd.factorize(pd.Series(values, dtype=object).fillna(""), sort=False)
    mapped = np.array([fn(u) if isinstance(u, str) else "" for u in uniques] + [""], dtype=object)
    return mapped[codes]
