"""Mojibake repair: text decoded with the wrong encoding somewhere before us ("MÃ¼ller").

Excel and CRM round trips often save UTF-8 text that was read as cp1252, so names arrive as
"MÃ¼ller" or "Priuï¿½ï¿½". ftfy (a well-kept library for exactly this) undoes it. It costs
tens of microseconds a string, so only the distinct values that look like mojibake (a UTF-8
lead byte's character followed by a continuation byte's, as cp1252/Latin-1 show them) go
through it; clean text is never touched.
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
import pandas as pd

from ..schema import TEXT_COLUMNS
from .result import Export

# A character of a UTF-8 lead byte (Â..ô in Latin-1/cp1252) followed by one of a
# continuation byte (0x80-0xBF in Latin-1, or the cp1252 characters of 0x80-0x9F).
CONTINUATION = "".join(map(chr, range(0x80, 0xC0))) + "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
SUSPECT_LEADS = "".join(map(chr, range(0xC2, 0xF5)))
_SUSPECT = re.compile(f"[{SUSPECT_LEADS}][{CONTINUATION}]")


def repair_text(values: pd.Series) -> tuple[pd.Series, int]:
    """``values`` with mojibake repaired, and how many values changed."""
    # One scan of all the text at C speed: nearly every export has no mojibake at all, and
    # most columns (URLs, e-mail addresses) are plain ASCII, which cannot hold any.
    if not _may_hold_mojibake(values):
        return values, 0
    import ftfy  # only now: its import costs more than the scan of 30,000 contacts

    text = values.fillna("").astype("str")
    suspect = text.str.contains(_SUSPECT, regex=True)
    if not suspect.any():
        return values, 0
    fixed = {v: ftfy.fix_text(v) for v in pd.unique(text[suspect])}
    repaired = text[suspect].map(fixed)
    changed = repaired != text[suspect]
    if not changed.any():
        return values, 0
    out = values.copy()
    out.loc[repaired.index[changed]] = repaired[changed]
    return out, int(changed.sum())


def repair_values(values: np.ndarray) -> tuple[np.ndarray, int]:
    """:func:`repair_text` for an object array of strings (none missing): the same values
    and count, without a pandas Series around them (the chunks of a large file)."""
    if "\n".join(values.tolist()).isascii():
        return values, 0
    if _SUSPECT.search("\n".join(pd.unique(values).tolist())) is None:
        return values, 0
    fixed, n = repair_text(pd.Series(values, dtype="str"))
    return (fixed.to_numpy(dtype=object), n) if n else (values, 0)


def _may_hold_mojibake(values: pd.Series) -> bool:
    dtype = values.dtype
    text_dtype = pd.api.types.is_string_dtype(dtype) and not pd.api.types.is_object_dtype(dtype)
    # the usual case: joining every value is cheaper than finding the distinct ones
    if text_dtype and "\n".join(values.to_numpy(dtype=object, na_value="").tolist()).isascii():
        return False
    # the distinct values as a plain list: joining pandas' array would fetch them one by one
    uniques = np.asarray(pd.unique(values.fillna("").astype("str")), dtype=object).tolist()
    return _SUSPECT.search("\n".join(uniques)) is not None


def repair_export(export: Export, contacts: bool = True) -> int:
    """Repair the contacts' text columns (unless ``contacts`` is False: known to need none)
    and the positions' company and title in place; counts the repaired values in
    ``export.report.repaired`` and returns that count."""
    total = 0
    frame = export.contacts
    for column in TEXT_COLUMNS if contacts else []:
        if column in frame:
            frame[column], n = repair_text(frame[column])
            total += n
    if export.positions:
        for field in ("company", "title"):
            values = pd.Series([getattr(p, field) for p in export.positions], dtype="str")
            fixed, n = repair_text(values)
            if n:
                total += n
                export.positions = [
                    replace(p, **{field: str(v)})
                    for p, v in zip(export.positions, fixed, strict=True)
                ]
    export.report.repaired += total
    return total
