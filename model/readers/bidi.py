"""Characters that turn text around (U+202A-U+202E embeddings and overrides, U+2066-U+2069
isolates): no real name, company or title needs them, and one hidden in a name makes the app
and every spreadsheet show other text than the file holds ("Ann Jansen" as "nesnaJ nnA").
Arabic or Hebrew names need none of them: their direction comes from the letters."""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
import pandas as pd

from ..messages import Message
from ..schema import TEXT_COLUMNS
from .result import Export

_DIRECTION_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def without_direction_controls(values: pd.Series) -> tuple[pd.Series, int]:
    """``values`` without text-direction controls, and how many values changed."""
    plain = values.to_numpy(dtype=object, na_value="").tolist()
    joined = "\n".join(map(str, plain))
    if joined.isascii() or _DIRECTION_CONTROLS.search(joined) is None:  # nearly always
        return values, 0
    text = values.fillna("").astype("str")
    hit = text.str.contains(_DIRECTION_CONTROLS, regex=True)
    out = values.copy()
    out.loc[hit] = text[hit].str.replace(_DIRECTION_CONTROLS, "", regex=True).str.strip()
    return out, int(hit.sum())


def strip_direction_controls(export: Export, name: str) -> int:
    """Remove them from the contacts' text and the positions' company and title in place;
    a warning naming ``name`` says how many values held some. Returns that count."""
    total = 0
    contacts = export.contacts
    for column in TEXT_COLUMNS:
        if column in contacts:
            contacts[column], n = without_direction_controls(contacts[column])
            total += n
    for field in ("company", "title"):
        values = pd.Series([getattr(p, field) for p in export.positions], dtype=object)
        fixed, n = without_direction_controls(values)
        if n:
            total += n
            export.positions = [
                replace(p, **{field: str(v)})
                for p, v in zip(export.positions, np.asarray(fixed), strict=True)
            ]
    if total:
        export.report.warnings.append(Message("note.direction_controls", file=name, n=total))
    return total
