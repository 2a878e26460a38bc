"""Normalised keys for company names, surnames and e-mail domains.

Keys are deliberately conservative: they remove what varies between spellings of the same
organisation (casing, accents, punctuation, legal forms such as B.V. or GmbH, "Groep",
"(Nederland)") but never the words that tell two organisations apart, so "Plan A" stays apart
from "Plan" and "ING" from "Ingram". Work is done once per distinct value: contact tables repeat
the same companies many times.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import numpy as np
import pandas as pd

from .normalize_words import (
    COUNTRY_WORDS,
    DESCRIPTOR_WORDS,
    GENERIC_WORDS,
    LEGAL_ANYWHERE,
    LEGAL_END,
    LEGAL_START,
    NOISE_END,
    PERSONAL_MAIL_LABELS,
    PLACE_WORDS,
    PLACEHOLDER_PATTERN,
    PLACEHOLDERS,
    SELF_EMPLOYED,
    SELF_EMPLOYED_PATTERN,
    SURNAME_PARTICLES,
    SURNAME_TITLES,
    TWO_LEVEL_SUFFIXES,
)

MATCH_TIERS = ("", "weak", "strong", "exact")  # index = tier code of match_companies

_DOTTED_ABBREVIATION = re.compile(r"(?<![^\W_])(?:[^\W\d_]\.){1,4}(?:[^\W\d_](?![^\W_]))?")
_NON_WORD = re.compile(r"[\W_]+")
# a word: a run of letters and digits; findall of these is what substituting a space for
# every _NON_WORD run and splitting gives (no blank is a letter or digit), ~2x quicker
_WORD_RUN = re.compile(r"[^\W_]+")
_PAREN_NOISE = re.compile(
    r"\(\s*(?:the\s+)?(?:nederland|netherlands|holland|nl|benelux|europe|emea|international)"
    r"\s*\)"
)
_IRISH_O = re.compile(r"(?<![^\W_])o['’](?=[^\W\d_]{2})")
_SELF_EMPLOYED_RE = re.compile(SELF_EMPLOYED_PATTERN)
# Words that never make two names the same organisation when shared.
_NON_DISTINCTIVE = GENERIC_WORDS | DESCRIPTOR_WORDS | PLACE_WORDS
_LEGAL_FORMS = LEGAL_END | LEGAL_START
# Every word _strip_forms may drop: a name holding none of them keeps all its words.
_STRIPPABLE = frozenset(LEGAL_ANYWHERE | COUNTRY_WORDS | LEGAL_END | NOISE_END | LEGAL_START)
_PLACEHOLDER_RE = re.compile(PLACEHOLDER_PATTERN)


def fold(text: str) -> str:
    """``text`` case-folded with accents removed (é→e, ß→ss); other scripts are kept."""
    if text.isascii():
        return text.casefold()
    # compatibility forms first (𝐴→A, ﬁ→fi), so case folding sees plain letters
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def _clean_tokens(name: str) -> list[str]:
    """Folded words of ``name``: dotted abbreviations joined (b.v.→bv), punctuation dropped."""
    return list(_clean_tuple(name))


@lru_cache(maxsize=65536)  # every company signal starts here: clean each name once
def _clean_tuple(name: str) -> tuple[str, ...]:
    text = fold(name)
    # each pattern needs a "(" or a ".": most names have neither, and a search costs more
    if "(" in text:
        text = _PAREN_NOISE.sub(" ", text)
    if "." in text:
        text = _DOTTED_ABBREVIATION.sub(lambda m: m.group(0).replace(".", ""), text)
    text = text.replace("'", "").replace("’", "")  # zzp'er, McDonald's: apostrophes join
    return tuple(_WORD_RUN.findall(text))


def _acceptable(tokens: list[str]) -> bool:
    """A key may not be empty nor a single generic word."""
    return bool(tokens) and not (len(tokens) == 1 and tokens[0] in GENERIC_WORDS)


def _strip_forms(tokens: list[str]) -> list[str]:
    """Drop legal forms and noise words, stopping before the name would become unusable."""
    words = [t for t in tokens if t not in LEGAL_ANYWHERE and t not in COUNTRY_WORDS]
    if not _acceptable(words):
        words = [t for t in tokens if t not in LEGAL_ANYWHERE] or list(tokens)
        if not _acceptable(words):
            return list(tokens)
    while len(words) > 1 and (words[-1] in LEGAL_END or words[-1] in NOISE_END):
        if not _acceptable(words[:-1]):
            break
        words.pop()
    while len(words) > 1 and words[0] in LEGAL_START and _acceptable(words[1:]):
        words.pop(0)
    return words


# A million-contact export names ~120,000 distinct companies and is classified in chunks that
# each ask for theirs again: a cache smaller than that misses nearly every time (~30 MB full).
@lru_cache(maxsize=2**18)
def normalize_company(name: str) -> str:
    """The comparison key of a company name: folded, legal forms and noise words removed.

    Returns "" for an empty value or a placeholder such as "Self-employed" or "n/a".
    """
    if not isinstance(name, str):
        return ""
    if _company_flags(name)[1]:
        return ""
    if _STRIPPABLE.isdisjoint(_clean_tuple(name)):  # most names: nothing to strip
        return " ".join(_clean_tuple(name))
    tokens = _clean_tokens(name)
    words = _strip_forms(tokens)
    # "Student B.V." strips to "student": a key must not differ from its own key (unstripped
    # words were tested just above)
    return "" if words != tokens and _is_placeholder_tokens(words) else " ".join(words)


def _is_placeholder_tokens(tokens: list[str]) -> bool:
    joined = " ".join(tokens)
    return (
        joined in PLACEHOLDERS
        or joined in SELF_EMPLOYED
        or bool(_SELF_EMPLOYED_RE.fullmatch(joined))
        or bool(_PLACEHOLDER_RE.fullmatch(joined))
    )


@lru_cache(maxsize=65536)
def _company_flags(name: str) -> tuple[bool, bool]:
    """(self-employed, placeholder) of a name, tested once: the company key, the self-employed
    and the empty-company signals all ask."""
    tokens = _clean_tuple(name)
    joined = " ".join(tokens)
    self_employed = joined in SELF_EMPLOYED or bool(_SELF_EMPLOYED_RE.fullmatch(joined))
    # as _is_placeholder_tokens, reusing the self-employed test
    placeholder = (
        not tokens
        or self_employed
        or joined in PLACEHOLDERS
        or bool(_PLACEHOLDER_RE.fullmatch(joined))
    )
    return self_employed, placeholder


def is_self_employed(name: str) -> bool:
    """True when a company field says the person works for themselves (ZZP, freelance, …)."""
    if not isinstance(name, str):
        return False
    return _company_flags(name)[0]


def is_placeholder_company(name: str) -> bool:
    """True when a company field names no organisation: empty, "-", "n/a", student, retired,
    self-employed and the like."""
    if not isinstance(name, str):
        return True
    return _company_flags(name)[1]


def _distinctive(token: str) -> bool:
    return len(token) >= 2 and not token.isdigit() and token not in _NON_DISTINCTIVE


def _is_variant_marker(token: str) -> bool:
    # "Plan A" / "Plan B", "Studio 1" / "Studio 2": a lone letter or number names a different one
    return len(token) == 1 or token.isdigit()


def match_keys(a: str, b: str) -> str:
    """The match tier of two keys already made by :func:`normalize_company`."""
    if not a or not b:
        return ""
    if a == b:
        return "exact"
    ta, tb = a.split(), b.split()
    # a key keeps its legal form when the name is nothing else ("Holland B.V."): compare without
    bare_a, bare_b = (
        [t for t in ta if t not in _LEGAL_FORMS],
        [t for t in tb if t not in _LEGAL_FORMS],
    )
    if bare_a and bare_a == bare_b:
        return "exact"
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    extra = long_[len(short) :]
    if (
        long_[: len(short)] == short
        and any(_distinctive(t) for t in short)
        and not any(_is_variant_marker(t) for t in extra)
    ):
        return "strong"
    sa, sb = set(ta), set(tb)
    shared = sa & sb
    if any(_is_variant_marker(t) for t in sa ^ sb) and not (sa ^ sb) - {
        t for t in sa ^ sb if _is_variant_marker(t)
    }:
        return ""  # the names differ only by a letter or number
    # the name-giving word comes first ("Mosys College" / "Mosys Digital"); a shared word
    # further on usually says what the firm does ("Karant Executive Search" / "Waterland …")
    heads = {_first_distinctive(ta), _first_distinctive(tb)} - {""}
    distinctive = [t for t in shared if t in heads]
    if not distinctive:
        return ""
    if any(len(t) >= 4 for t in distinctive) or len(shared) / len(sa | sb) >= 0.5:
        return "weak"
    return ""


def _first_distinctive(tokens: list[str]) -> str:
    return next((t for t in tokens if _distinctive(t)), "")


def company_match(a: str, b: str) -> str:
    """How well two company names match: "exact" (same key), "strong" (one key extends the
    other, e.g. "KPN" and "KPN Zakelijk"), "weak" (a shared distinctive word) or ""."""
    return match_keys(normalize_company(a), normalize_company(b))


def match_companies(values, employers: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Match each of ``values`` (array-like of str) against ``employers``.

    Returns (tier codes int8: 0 none, 1 weak, 2 strong, 3 exact — see MATCH_TIERS; index of the
    best employer int64, -1 when none). Ties go to the employer listed first.
    """
    codes, uniques = pd.factorize(pd.Series(values, dtype=object).fillna(""), sort=False)
    emp_keys = [normalize_company(e) for e in employers]
    by_token: dict[str, list[int]] = {}
    for j, key in enumerate(emp_keys):
        for token in set(key.split()):
            by_token.setdefault(token, []).append(j)
    tier_of = {t: i for i, t in enumerate(MATCH_TIERS)}
    u_tier = np.zeros(len(uniques) + 1, dtype=np.int8)
    u_best = np.full(len(uniques) + 1, -1, dtype=np.int64)
    for i, value in enumerate(uniques):
        key = normalize_company(value) if isinstance(value, str) else ""
        if not key:
            continue
        # only employers sharing a word can match at any tier: skip the rest cheaply
        words = key.split()
        if by_token.keys().isdisjoint(words):
            continue
        candidates = sorted({j for t in words for j in by_token.get(t, ())})
        for j in candidates:
            tier = tier_of[match_keys(key, emp_keys[j])]
            if tier > u_tier[i]:
                u_tier[i], u_best[i] = tier, j
                if tier == 3:
                    break
    # factorize gives -1 for missing values: they land on the extra "no match" slot
    return u_tier[codes], u_best[codes]


def normalize_companies(values) -> np.ndarray:
    """:func:`normalize_company` of each value (array-like), computed once per distinct value."""
    codes, uniques = pd.factorize(pd.Series(values, dtype=object).fillna(""), sort=False)
    keys = [normalize_company(u) if isinstance(u, str) else "" for u in uniques]
    return np.array([*keys, ""], dtype=object)[codes]  # object from the start: no copy of 30k


# --- surnames ----------------------------------------------------------------------------


def _surname_parts(last_name: str) -> list[list[str]]:
    """Words of each part of a (possibly double) surname, particles and titles removed."""
    if not isinstance(last_name, str):
        return []
    text = fold(last_name)
    # "Jansen, MSc" and "Berg, van der": the name comes before the comma
    head = text.split(",", 1)[0]
    text = head if head.strip() else text.replace(",", " ")
    parts, kept_particles = [], []
    for chunk in re.split(r"[-/()&+]+", text):
        chunk = _IRISH_O.sub("o", chunk).replace("’", "'")  # O'Brien is one word, in 't Veld is not
        words = _WORD_RUN.findall(chunk.replace("'", " "))
        words = [w for w in words if w not in SURNAME_TITLES]
        core = [w for w in words if w not in SURNAME_PARTICLES]
        if core:
            parts.append(core)
        else:
            kept_particles.extend(words)
    if not parts and kept_particles:
        parts.append(kept_particles)  # a surname that is only a particle, e.g. "Ter"
    return parts


@lru_cache(maxsize=65536)
def surname_key(last_name: str) -> str:
    """The surname without accents, tussenvoegsels (van der, de, ter…) and titles (MSc…):
    "van der Berg" → "berg", "Jansen-de Vries" → "jansen vries"."""
    return " ".join(" ".join(p) for p in _surname_parts(last_name))


@lru_cache(maxsize=65536)
def surname_keys(last_name: str) -> frozenset[str]:
    """The keys of each part of a double surname: "Jansen-de Vries" → {"jansen", "vries"}."""
    return frozenset(" ".join(p) for p in _surname_parts(last_name))


def shares_surname(values, owner_keys: frozenset[str]) -> np.ndarray:
    """True where a last name (array-like) has one of ``owner_keys`` among its
    :func:`surname_keys`, worked out once per distinct value.

    A key's words are runs of word characters of the folded name (only punctuation is ever
    dropped), so a name whose letters, punctuation removed, hold no owner key's first word
    cannot match and is not parsed."""
    codes, uniques = pd.factorize(values, sort=False)
    firsts = {key.split()[0] for key in owner_keys}
    hits = [False] * (len(uniques) + 1)  # the last slot: factorize's -1 for a missing value
    for i, name in enumerate(uniques):
        if not isinstance(name, str):
            continue
        letters = _NON_WORD.sub("", fold(name))
        if any(word in letters for word in firsts):
            hits[i] = bool(surname_keys(name) & owner_keys)
    return np.array(hits, dtype=bool)[codes]


# --- e-mail -----------------------------------------------------------------------------

_EMAIL = re.compile(r"[^@\s<>(),;:\"]+@((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})")


@lru_cache(maxsize=16384)
def email_domain(email: str) -> str:
    """The lower-case domain of a well-formed address, "" otherwise."""
    if not isinstance(email, str):
        return ""
    m = _EMAIL.fullmatch(email.strip().casefold().rstrip("."))
    return m.group(1) if m else ""


def _registrable_label(domain: str) -> str:
    labels = domain.split(".")
    suffix_len = 2 if len(labels) >= 3 and ".".join(labels[-2:]) in TWO_LEVEL_SUFFIXES else 1
    return labels[-suffix_len - 1]


@lru_cache(maxsize=16384)
def email_kind(email: str) -> str:
    """ "personal" for consumer mail providers (gmail, hotmail, ziggo, kpnmail…), "work" for
    any other well-formed address, "" for an empty or invalid one."""
    domain = email_domain(email)
    if not domain:
        return ""
    return "personal" if _registrable_label(domain) in PERSONAL_MAIL_LABELS else "work"


def email_kinds(values) -> np.ndarray:
    """:func:`email_kind` of each value (array-like), computed once per distinct value."""
    codes, uniques = pd.factorize(pd.Series(values, dtype=object).fillna(""), sort=False)
    kinds = np.array([email_kind(u) if isinstance(u, str) else "" for u in uniques] + [""])
    return kinds[codes].astype(object)
