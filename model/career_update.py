"""A person's edited career brought up to date with a newer export of the same person.

The career the person edited in the app is kept with their review and comes back with a newer
download. That download may know more than the edit: a job started since, an end date now set,
a company renamed. Positions are merged three ways, against the export's own career at the time
of the edit (the *base*): what the person changed stays theirs, what only the export changed
follows the export.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .career import Career, Position

_WORD = re.compile(r"\w+")


def _key(position: Position) -> tuple[str, str, object]:
    """Which job a position is: its company, title and first month (case and spaces aside)."""
    return (
        company_name_key(position.company),
        " ".join(position.title.casefold().split()),
        position.start,
    )


def _same_job(a: Position, b: Position) -> bool:
    """Whether two positions are one job written differently (by the person, or by a newer
    export). Both need a first month and periods that overlap. Then: the same company (its
    normalised name, or one name holding the other, as "Acme" and "Acme B.V.") with a
    similar title, or with the same first month unless just one of them is a side role
    ("Works council" beside "Engineer"); or the same first month and a similar title at a
    company renamed."""
    if a.start is None or b.start is None or not _overlap(a, b):
        return False
    same_start = a.start == b.start
    similar = _similar_titles(a.title, b.title)
    if _same_company(a, b):
        return similar or (same_start and a.is_side_job == b.is_side_job)
    return same_start and similar and bool(a.title.strip() and b.title.strip())


def _same_company(a: Position, b: Position) -> bool:
    if a.employer_key and a.employer_key == b.employer_key:
        return True
    company_a, company_b = _key(a)[0], _key(b)[0]
    return bool(company_a and company_b) and (company_a in company_b or company_b in company_a)


def _overlap(a: Position, b: Position) -> bool:
    """Whether the two periods share a day (an open end runs on)."""
    return a.start <= (b.end or date.max) and b.start <= (a.end or date.max)


def _similar_titles(a: str, b: str) -> bool:
    """Whether two titles name one role: the words of one hold the other's ("Engineer" and
    "Software Engineer"), or they share at least half their words; an empty title is similar
    to any."""
    words_a, words_b = set(_WORD.findall(a.casefold())), set(_WORD.findall(b.casefold()))
    if not words_a or not words_b:
        return True
    shared = len(words_a & words_b)
    return shared == min(len(words_a), len(words_b)) or shared * 2 >= len(words_a | words_b)


def _months_apart(a: Position, b: Position) -> int:
    return abs((a.start.year - b.start.year) * 12 + a.start.month - b.start.month)


def same_jobs(new: list[Position], own: list[Position]) -> dict[int, int]:
    """Which of ``new`` are one of ``own`` written differently (:func:`_same_job`): index in
    ``new`` -> index in ``own``. One position stands for at most one other, the closest in
    first month, so a promotion at one company stays two jobs."""
    pairs = sorted(
        (_months_apart(p, m), i, j)
        for i, p in enumerate(new)
        for j, m in enumerate(own)
        if _same_job(p, m)
    )
    paired: dict[int, int] = {}
    for _, i, j in pairs:
        if i not in paired and j not in paired.values():
            paired[i] = j
    return paired


def follow_export(saved: Career, base: Career, export: Career) -> tuple[Career, list[Position]]:
    """``saved`` (the person's edit of ``base``) with what ``export`` changed since ``base``.

    Returns the merged career and the positions it took from ``export`` (new or changed there).
    A position the person left as it was follows the export (updated, or gone if the export
    dropped it); one the person edited, added or deleted stays as the person left it; a
    position new in the export is added, unless it is one the person typed or edited, written
    differently (:func:`_same_job`). The export's dates (export, registration) and owner name
    are facts of the newer export and are taken from it; the role stays the person's.
    """
    base_by_key = {_key(p): p for p in base.positions}
    export_by_key = {_key(p): p for p in export.positions}
    saved_keys = {_key(p) for p in saved.positions}
    merged: list[Position] = []
    own: list[Position] = []  # the person's edits and additions
    taken: list[Position] = []
    for position in saved.positions:
        key = _key(position)
        if base_by_key.get(key) != position:  # the person's own edit or addition
            merged.append(position)
            own.append(position)
        elif key in export_by_key:  # untouched by the person: the export's version
            newer = export_by_key[key]
            merged.append(newer)
            if newer != position:
                taken.append(newer)
        # untouched by the person and gone from the export: it goes
    fresh = [
        p for key, p in export_by_key.items() if key not in base_by_key and key not in saved_keys
    ]
    written_again = same_jobs(fresh, own)  # one job, not two side by side
    added = [p for i, p in enumerate(fresh) if i not in written_again]
    career = replace(
        saved,
        positions=added + merged,
        owner_name=export.owner_name or saved.owner_name,
        registered_on=export.registered_on or saved.registered_on,
        exported_on=export.exported_on or saved.exported_on,
    )
    return career, added + taken


def renamed_companies(old: Career, new: Career, in_use: Career) -> dict[str, str]:
    """The companies ``new`` (a newer export) renamed from ``old`` (the earlier one's career):
    the name (:func:`company_name_key`) of a company ``new`` and ``in_use`` (the career in use)
    no longer name -> the name ``new`` gives the same job (:func:`same_jobs`)."""
    old_names = {company_name_key(p.company) for p in old.positions}
    named = {company_name_key(p.company) for p in (*new.positions, *in_use.positions)}
    gone = [
        p for p in old.positions if p.company.strip() and company_name_key(p.company) not in named
    ]
    fresh = [
        p
        for p in new.positions
        if p.company.strip() and company_name_key(p.company) not in old_names
    ]
    renamed: dict[str, str] = {}
    for i, j in same_jobs(fresh, gone).items():
        renamed.setdefault(company_name_key(gone[j].company), fresh[i].company)
    return renamed


def company_name_key(name: str) -> str:
    """A company's name as written, case and spaces aside."""
    return " ".join(str(name).casefold().split())
