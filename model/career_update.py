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


def follow_export(saved: Career, base: Career, export: Career) -> tuple[Career, list[Position]]:
    """``saved`` (the person's edit of ``base``) with what ``export`` changed since ``base``.

    Returns the merged career and the positions it took from ``export`` (new or changed there).
    A position the person left as it was follows the export (updated, or gone if the export
    dropped it); one the person edited, added or deleted stays as the person left it; a
    position new in the export is added. The export's dates (export, registration) and owner
    name are facts of the newer export and are taken from it; the role stays the person's.
    """
    base_by_key = {_key(p): p for p in base.positions}
    export_by_key = {_key(p): p for p in export.positions}
    saved_keys = {_key(p) for p in saved.positions}
    merged: list[Position] = []
    taken: list[Position] = []
    for position in saved.positions:
        key = _key(position)
        if base_by_key.get(key) != position:  # the person's own edit or addition
            merged.append(position)
        elif key in export_by_key:  # untouched by the person: the export's version
            newer = export_by_key[key]
            merged.append(newer)
            if newer != position:
                taken.append(newer)
        # untouched by the person and gone from the export: it goes
    added = [
        p for key, p in export_by_key.items() if key not in base_by_key and key not in saved_keys
    ]
    career = replace(
        saved,
        positions=added + merged,
        owner_name=export.owner_name or saved.owner_name,
        registered_on=export.registered_on or saved.registered_on,
        exported_on=export.exported_on or saved.exported_on,
    )
    return career, added + taken
