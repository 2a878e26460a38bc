"""Title and company vocabulary signals, relative to the owner's own role.

The lexicons (model/lexicons.py) say what a title or company name is; this module turns that
into what it means for *this* owner: a buyer is a client-facing contact for a salesperson, a
hiring manager for a recruiter, and just another title for a nurse.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..career import Career
from ..normalize import is_placeholder_company, is_self_employed


def owner_role(career: Career) -> str:
    """The owner's role family, from the current (else latest) position's title."""
    from ..career import primary_role

    return primary_role(career)


def infer_role(titles) -> str:
    """The owner's likely role family when no career says it: the commonest work family among
    the contacts' titles (colleagues cluster in one's own field), if it stands out."""
    from .. import lexicons

    families = pd.Series(lexicons.title_families(titles))
    families = families[
        (families != "") & ~families.isin(lexicons.PRIVATE_FAMILIES) & (families != "management")
    ]
    if len(families) < 20:
        return ""
    counts = families.value_counts(normalize=True)
    return str(counts.index[0]) if counts.iloc[0] >= 0.15 else ""


def title_facts(titles, role: str) -> dict[str, np.ndarray]:
    """What each title is for an owner of ``role`` (see :func:`lexicons.title_relation`):
    client-facing, supplier, colleague-like, candidate or private/unrelated, plus seniority;
    each a bool array aligned with ``titles``."""
    from .. import lexicons

    relation, senior, family = lexicons.title_signals(role, titles)
    # Recruiters approach everyone about jobs: for an owner outside recruitment and HR that may
    # be the owner's own career, not the employer's business. ``relate`` clears it for
    # recruiters at the owner's employers or clients (stronger evidence always wins) and
    # tells the model whether the owner's role buys from staffing agencies.
    approached = (family == "recruitment") & (role not in ("recruitment", "hr"))
    return {
        "title_recruiter_approach": approached,
        "title_client": relation == "client",
        "title_supplier": relation == "supplier",
        "title_colleague": relation == "colleague",
        "title_candidate": relation == "candidate",
        "title_private": relation == "private",
        "title_senior": senior,
    }


def company_name_fact(name: str, sector: bool = True) -> tuple[bool, bool, str]:
    """What :func:`company_facts` needs of one company name: self-employed, blank or a
    placeholder, and sector ("" unasked: ``sector=False``)."""
    return (
        is_self_employed(name),
        # "Freelance" names no organisation but is not missing: it has a signal of its own
        not name.strip() or is_placeholder_company(name),
        _company_sector(name) if sector else "",
    )


def _company_sector(name: str) -> str:
    """lexicons.company_sector, imported at first use (the lexicons are built on import) and
    then called directly: an import statement per name cost ~1 us, for each of 120,000
    distinct names in a million contacts."""
    global _company_sector
    from ..lexicons import company_sector

    _company_sector = company_sector
    return company_sector(name)


def company_name_facts(per_name: list[tuple[bool, bool, str]]) -> tuple[np.ndarray, ...]:
    """:func:`company_name_fact` of distinct names as three arrays (for :func:`company_facts`)."""
    return (
        np.array([f[0] for f in per_name], dtype=bool),
        np.array([f[1] for f in per_name], dtype=bool),
        np.array([f[2] for f in per_name], dtype=object),
    )


def company_facts(
    companies,
    career: Career,
    job: np.ndarray,
    named: tuple[np.ndarray, tuple[np.ndarray, ...]] | None = None,
    coded: tuple[np.ndarray, pd.Index] | None = None,
) -> dict[str, np.ndarray]:
    """Company signals: empty, self-employed, and in the sector of the employer at the time.
    ``named``: each row's index into a list of names with their :func:`company_name_facts`,
    when already known (a large export related in chunks); ``coded``: ``pd.factorize`` of
    ``companies`` (missing ones as ""), when known."""
    from .. import lexicons

    employer_sectors = np.array(
        [lexicons.company_sector(p.company) for p in career.positions] + [""], dtype=object
    )
    at_time = employer_sectors[job]
    if named is None:  # one pass over the distinct names for all three signals
        if coded is None:
            coded = pd.factorize(pd.Series(companies, dtype=object).fillna(""), sort=False)
        codes, uniques = coded
        # factorize's -1 (a missing value) takes the last slot. A sector is worded only for
        # the names of contacts met during a job at an employer with a sector: "same_sector"
        # is false for every other row whatever its sector (~a fifth of relating, cold).
        asked = np.zeros(len(uniques) + 1, dtype=bool)
        asked[codes[at_time != ""]] = True
        per_name = map(company_name_fact, [*uniques, ""], asked.tolist())
        named = codes, company_name_facts(list(per_name))
    codes, (self_employed, placeholder, sectors) = named
    self_employed, placeholder, sectors = self_employed[codes], placeholder[codes], sectors[codes]
    empty = placeholder & ~self_employed
    return {
        "company_empty": empty.astype(bool),
        "company_self_employed": self_employed.astype(bool),
        "same_sector": (sectors == at_time) & (sectors != ""),
    }
