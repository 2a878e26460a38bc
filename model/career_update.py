"""A person's edited career brought up to date with a newer export of the same person.

The career the person edited in the app is kept with their review and comes back with a newer
download. That download may know more than the edit: a job started since, an end date now set,
a company renamed. Positions are merged three ways, against the export's own career at the time
of the edit (the *base*): what the person changed stays theirs, what only the export changed
follows the export.
"""

from __future__ import annotations

from dataclasses import replace

from .career import Career, Position


def _key(position: Position) -> tuple[str, str, object]:
    """Which job a position is: its company, title and first month (case and spaces aside)."""
    return (
        " ".join(position.company.casefold().split()),
        " ".join(position.title.casefold().split()),
        position.start,
    )


def _same_job(a: Position, b: Position) -> bool:
    """Whether two positions are one job written differently (by the person, or by a newer
    export): the same first month, and the same company (one name holding the other, as
    "Acme" and "Acme B.V.") or the same title."""
    if a.start is None or a.start != b.start:
        return False
    (company_a, title_a, _), (company_b, title_b, _) = _key(a), _key(b)
    same_company = bool(company_a and company_b) and (
        company_a in company_b or company_b in company_a
    )
    return same_company or (bool(title_a) and title_a == title_b)


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
    added = [
        p
        for key, p in export_by_key.items()
        if key not in base_by_key
        and key not in saved_keys
        and not any(_same_job(p, mine) for mine in own)  # one job, not two side by side
    ]
    career = replace(
        saved,
        positions=added + merged,
        owner_name=export.owner_name or saved.owner_name,
        registered_on=export.registered_on or saved.registered_on,
        exported_on=export.exported_on or saved.exported_on,
    )
    return career, added + taken
