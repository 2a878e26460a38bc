"""The mess of real exports: empty fields, hidden profiles, odd names, the rare e-mail, copies."""

from __future__ import annotations

import unicodedata

import numpy as np

from .companies import domain_of
from .names import NAME_SUFFIXES, core_surname
from .titles import messy_titles

PERSONAL_DOMAINS = ("gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com",
                    "live.nl", "planet.nl", "xs4all.nl", "icloud.com", "hotmail.nl",
                    "home.nl", "yahoo.com", "upcmail.nl", "casema.nl")  # fmt: skip
_DOMAIN_P = np.array([30, 18, 8, 6, 8, 5, 3, 3, 4, 5, 2, 3, 2, 1], dtype=float)
_DOMAIN_P /= _DOMAIN_P.sum()
_NO_COMPANY = {"Gepensioneerd", "Retired", "Huisvrouw", "Thuisblijfmoeder", "Werkzoekend",
               "Op zoek naar een nieuwe uitdaging", "Looking for new opportunities",
               "Open to work", "Mantelzorger", "Scholier"}  # fmt: skip
_NAME_EMOJI = ("🌻", "☀️", "🌈", "🇳🇱", "⚽")


def slug(text: str) -> str:
    """ASCII, lower-case, hyphenated: "Zoë van der Berg" -> "zoe-van-der-berg"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out, dash = [], False
    for ch in ascii_text.lower():
        if ch.isalnum():
            out.append(ch)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


_SELF_EMPLOYED = ("Self-employed", "Eigen onderneming", "Zelfstandig ondernemer", "Freelance",
                  "ZZP", "Eigen bedrijf", "Freelancer", "Zelfstandige")  # fmt: skip


def messy_fields(rng: np.random.Generator, cols: dict[str, np.ndarray],
                 empty_company: tuple[float, float] = (0.04, 0.14)) -> None:  # fmt: skip
    """Titles as typed, companies as typed or left empty, in place; rates vary per person
    (the share without a company within ``empty_company``)."""
    n = len(cols["title"])
    cols["title"] = messy_titles(rng, cols["title"])
    # Freelancers write no company name, whoever they are to the owner.
    free = np.flatnonzero(rng.random(n) < rng.uniform(0.01, 0.04))
    pick = rng.integers(0, len(_SELF_EMPLOYED), len(free))
    for k, i in enumerate(free):
        cols["company"][i] = _SELF_EMPLOYED[pick[k]]
        if cols["title"][i] and pick[k] % 2:
            cols["title"][i] = f"Freelance {cols['title'][i]}"
        elif pick[k] % 3 == 0:
            cols["title"][i] = ("Eigenaar", "Owner", "ZZP'er", "Zelfstandig professional")[k % 4]
    case = rng.random(n)
    for i in np.flatnonzero(case < 0.03):
        cols["company"][i] = cols["company"][i].lower()
    for i in np.flatnonzero(case > 0.993):
        cols["company"][i] = cols["company"][i].upper()
    empty_rate = rng.uniform(*empty_company)
    no_company = rng.random(n) < empty_rate
    no_title = np.where(no_company, rng.random(n) < 0.5, rng.random(n) < empty_rate * 0.4)
    unemployed = np.isin(cols["title"], list(_NO_COMPANY)) & (rng.random(n) < 0.85)
    cols["company"][no_company | unemployed] = ""
    cols["title"][no_title] = ""


def messy_names(rng: np.random.Generator, first: np.ndarray, last: np.ndarray) -> None:
    """Names as people fill them in, in place: particles in the first name, letters, initials."""
    n = len(first)
    u = rng.random((5, n))
    pick = rng.integers(0, 1 << 30, n)
    for i in np.flatnonzero(u[0] < 0.03):
        core = core_surname(last[i])
        if core != last[i]:  # "Jan van der" + "Berg"
            first[i] = f"{first[i]} {last[i][: len(last[i]) - len(core)].strip()}"
            last[i] = core
    for i in np.flatnonzero(u[1] < 0.02):
        last[i] = f"{last[i]} {NAME_SUFFIXES[pick[i] % len(NAME_SUFFIXES)]}"
    for i in np.flatnonzero(u[2] < 0.006):
        last[i] = last[i][:1].upper() + "."
    for i in np.flatnonzero(u[3] < 0.008):
        first[i], last[i] = first[i].upper(), last[i].upper()
    for i in np.flatnonzero(u[4] < 0.003):
        first[i] = f"{first[i]} {_NAME_EMOJI[pick[i] % len(_NAME_EMOJI)]}"


def urls(rng: np.random.Generator, first: np.ndarray, last: np.ndarray) -> np.ndarray:
    """Public profile addresses; most carry LinkedIn's random suffix."""
    n = len(first)
    suffix = rng.integers(0, 16**8, n)
    plain = rng.random(n) < 0.35
    out = np.empty(n, dtype=object)
    for i in range(n):
        base = slug(f"{first[i]} {last[i]}") or "member"
        out[i] = f"https://www.linkedin.com/in/{base}" + ("" if plain[i] else f"-{suffix[i]:08x}")
    return out


def emails(rng: np.random.Generator, first: np.ndarray, last: np.ndarray, company: np.ndarray,
           work: np.ndarray) -> np.ndarray:  # fmt: skip
    """The rare e-mail address: personal domains for friends, mostly work domains for work."""
    n = len(first)
    out = np.full(n, "", dtype=object)
    rate = rng.uniform(0.0, 0.04)
    has = np.flatnonzero(rng.random(n) < rate)
    personal = PERSONAL_DOMAINS
    domains = rng.choice(len(personal), len(has), p=_DOMAIN_P)
    use_work = rng.random(len(has)) < np.where(work[has], 0.6, 0.08)
    for k, i in enumerate(has):
        local = slug(f"{first[i]} {last[i]}").replace("-", ".") or "info"
        if use_work[k] and company[i]:
            out[i] = f"{local}@{domain_of(company[i])}"
        else:
            out[i] = (
                f"{local}{rng.integers(1, 99) if rng.random() < 0.3 else ''}@{personal[domains[k]]}"
            )
    return out


def hide_profiles(rng: np.random.Generator, cols: dict[str, np.ndarray]) -> None:
    """About 1% of members hide everything but the date, in place."""
    hidden = rng.random(len(cols["first"])) < rng.uniform(0.004, 0.016)
    for key in ("first", "last", "company", "title", "url", "email"):
        cols[key][hidden] = ""


def duplicate_rows(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    """(order, is_copy): row indices with a few rows repeated right after themselves."""
    copies = rng.random(n) < rng.uniform(0.0, 0.005)
    order = np.repeat(np.arange(n), 1 + copies)
    is_copy = np.zeros(len(order), dtype=bool)
    is_copy[1:] = order[1:] == order[:-1]
    return order, is_copy
