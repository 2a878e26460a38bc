"""Large generated exports for the scaling benchmarks (fictitious people only).

One generated person has at most 30,000 contacts, so a larger export joins the networks of
several generated people under the career of the first: a file as big and as varied as the
benchmark needs, made of the generator's own names, companies, titles and dates.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from model.synthetic.generator import generate_person
from model.synthetic.layouts import write_linkedin_zip

PER_PERSON = 30_000


def write_big_export(path: Path, n_contacts: int, *, seed: int = 0) -> Path:
    """Write a LinkedIn export zip of ``n_contacts`` contacts to ``path``; returns ``path``."""
    first = generate_person(seed, "recruiter", min(n_contacts, PER_PERSON))
    parts = [first.contacts]
    left, k = n_contacts - len(first.contacts), 1
    while left > 0:
        person = generate_person(seed * 1000 + k, None, min(left, PER_PERSON))
        parts.append(person.contacts)
        left -= len(person.contacts)
        k += 1
    contacts = pd.concat(parts, ignore_index=True)
    contacts = contacts.sort_values("connected_on", ascending=False, kind="stable")
    contacts["row"] = range(1, len(contacts) + 1)
    career = first.career
    return write_linkedin_zip(
        path,
        contacts.reset_index(drop=True),
        positions=career.positions,
        profile_name=career.owner_name,
        registered_on=career.registered_on,
        exported_on=career.exported_on,
    )
