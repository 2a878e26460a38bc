"""An inferred career written down for someone else (the HR review package): the employers
read from the network, marked as inferred, so that whoever reads it sees they are not the
person's own statement."""

from __future__ import annotations

from pathlib import Path

from ..career import Career, career_from_dict, career_to_dict
from .career import InferredCareer, is_inferred

INFERRED_KEY = "inferred_from_network"


def career_record(career: Career) -> dict:
    """:func:`model.career.career_to_dict` of ``career``; an inferred one keeps only the
    employers it names (its periods of an unknown employer only serve classification) and
    says it is inferred."""
    if not is_inferred(career):
        return career_to_dict(career)
    named = Career(
        positions=[p for p in career.positions if p.company],
        owner_name=career.owner_name,
        registered_on=career.registered_on,
        exported_on=career.exported_on,
        role=career.role,
    )
    return career_to_dict(named) | {INFERRED_KEY: True}


def career_from_record(data, path: str | Path = "<career>") -> Career:
    """The inverse of :func:`career_record` (an :class:`InferredCareer` when it says so);
    raises InputError naming ``path`` as :func:`model.career.career_from_dict` does."""
    career = career_from_dict(data, path)
    if data.get(INFERRED_KEY) is not True:
        return career
    return InferredCareer(
        positions=career.positions,
        owner_name=career.owner_name,
        registered_on=career.registered_on,
        exported_on=career.exported_on,
        role=career.role,
        searched=True,
    )
