"""One rule for the work category, from the same facts the employer column and the reasons use.

The category model proposes; these facts decide what it may claim, so the table never
contradicts itself: a contact at one of the owner's employers is a colleague (never a client
or supplier); a contact at another company is never a colleague; a row with only a date
(no company, no title) claims no more than "other work".
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def consistent_categories(proposed, facts: pd.DataFrame) -> np.ndarray:
    """The work category of each row of ``facts`` (see :func:`model.features.relate.relate`):
    ``proposed`` (the category model's choice) where the facts allow it, else the category
    the facts themselves support. Returns an object array aligned with ``facts``."""

    def flag(name: str) -> np.ndarray:
        return facts[name].to_numpy() > 0

    out = np.asarray(proposed, dtype=object).copy()
    at_employer = flag("company_is_employer")
    company_empty, title_empty = flag("company_empty"), flag("title_empty")
    elsewhere = ~company_empty & ~at_employer & ~flag("company_weak_employer")
    from_title = np.select(
        [flag("title_client"), flag("title_supplier"), flag("title_candidate")],
        ["client", "supplier", "candidate"],
        "other work",
    ).astype(object)
    out[elsewhere & (out == "colleague")] = from_title[elsewhere & (out == "colleague")]
    out[at_employer] = "colleague"
    out[company_empty & title_empty] = "other work"
    return out
