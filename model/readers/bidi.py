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
UTF8_CONTROLS = re.compile(rb"\xe2(?:\x80[\xaa-\xae]|\x81[\xa6-\xa9])")  # the same, encoded


def utf8_holds_controls(data: bytes) -> bool:
    """True when UTF-8 ``data`` holds a text-direction control anywhere: one scan of the
    bytes (~20-60 ms a million contacts) spares a large file's chunks every other check."""
    return UTF8_CONTROLS.search(data) is not None


def strip_values(values: np.ndarray) -> tuple[np.ndarray, int]:
    """An object array of texts (none missing) without text-direction controls, each
    changed value stripped of the spaces around it, and how many values changed. The one
    function both readers use: the whole file's columns and a streamed file's chunks."""
    plain = values.tolist()
    joined = "\n".join(map(str, plain))
    if joined.isascii() or _DIRECTION_CONTROLS.search(joined) is None:  # nearly always
        return values, 0
    out, n = values.copy(), 0
    for i, value in enumerate(plain):
        if _DIRECTION_CONTROLS.search(str(value)) is not None:
            out[i] = _DIRECTION_CONTROLS.sub("", str(value)).strip()
            n += 1
    return out, n


def without_direction_controls(values: pd.Series) -> tuple[pd.Series, int]:
    """``values`` without text-direction controls (:func:`strip_values`), and how many
    values changed; missing values stay missing."""
    plain = values.to_numpy(dtype=object, na_value="")
    fixed, n = strip_values(plain)
    if not n:
        return values, 0
    changed = fixed != plain
    out = values.copy()
    out.loc[changed] = fixed[changed]
    return out, n


def strip_direction_controls(export: Export, name: str, contacts: bool = True) -> int:
    """Remove them from the contacts' text (unless ``contacts`` is False: known to hold
    none) and the positions' company and title in place; a warning naming ``name`` says how
    many values held some (a streamed file's contacts lost theirs as they were read: counted
    here too). Returns that count."""
    total = getattr(export.stream, "direction_controls", 0)
    frame = export.contacts
    for column in TEXT_COLUMNS if contacts else []:
        if column in frame:
            frame[column], n = without_direction_controls(frame[column])
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
