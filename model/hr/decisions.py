"""A person's decisions read back from a file the app exported ("Export all", CSV or XLSX), so
the command line can build a package from them."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import InputError
from ..journal import contact_keys, match_rows
from ..messages import Message
from ..paths import read_capped
from ..schema import DECISION_WORDS, LINKEDIN_HEADERS, SUGGESTIONS

MAX_DECISIONS_FILE = 200 * 2**20
_NEEDED = ("decision",)


def _unneutralise(value: str) -> str:
    """Undo the apostrophe our exports put before text a spreadsheet would run as a formula."""
    if value[:1] == "'" and value[1:2] in ("=", "+", "-", "@", "\t", "\r", "\n"):
        return value[1:]
    return value


def load_decisions(path: str | Path, contacts: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """Row-aligned decisions (decision, employer, note, decided_by, decided_at) for
    ``contacts`` from an exported classification table, matched by name and URL or company.

    Returns (decisions, how many decided rows of the file matched no contact). Raises
    InputError for an unreadable file, one without a decision column, or an unknown decision.
    """
    path = Path(path)
    data = read_capped(path, MAX_DECISIONS_FILE, "decisions file")
    import io

    try:
        if path.suffix.lower() == ".xlsx":
            table = pd.read_excel(io.BytesIO(data), dtype=str).fillna("")
        else:
            table = pd.read_csv(
                io.BytesIO(data), dtype=str, encoding="utf-8-sig", keep_default_na=False
            )
    except Exception:  # pandas raises many kinds for a damaged file
        raise InputError(path, Message("decisions.not_table")) from None
    missing = [c for c in (*_NEEDED, *LINKEDIN_HEADERS.values()) if c not in table]
    if missing:
        raise InputError(path, Message("decisions.no_column", column=missing[0]))
    table = table.map(lambda v: _unneutralise(str(v)))
    table["decision"] = [DECISION_WORDS.get(v.strip().casefold(), v) for v in table["decision"]]
    bad = set(table["decision"]) - {"", *SUGGESTIONS}
    if bad:
        raise InputError(path, Message("decisions.unknown", value=sorted(bad)[0][:40]))
    theirs = pd.DataFrame({col: table[h] for col, h in LINKEDIN_HEADERS.items()})
    mapping = match_rows(contact_keys(theirs)[0], contact_keys(contacts)[0])
    n = len(contacts)
    out = pd.DataFrame({c: np.full(n, "", dtype=object) for c in _columns()})
    for old, new in mapping.items():
        for col in _columns():
            if col in table:
                out.at[new, col] = table[col].iat[old]
    decided = np.flatnonzero(table["decision"].to_numpy(dtype=object) != "")
    unmatched = sum(1 for r in decided if int(r) not in mapping)
    out.loc[out["decision"] != "work", "employer"] = ""
    return out, unmatched


def _columns() -> tuple[str, ...]:
    return ("decision", "employer", "note", "decided_by", "decided_at")
