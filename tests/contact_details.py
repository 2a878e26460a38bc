"""One contact as the details pane shows it, for the GUI tests: Anna, a buyer at Acme."""

from __future__ import annotations

import pandas as pd

from desktop.details import ContactDetails


def contact_details(**kw) -> ContactDetails:
    """A work contact (client, p_work 0.8, connected 3 May 2021); ``kw`` overrides any field."""
    values = dict(
        row=0,
        name="Anna",
        company="Acme",
        position="Inkoper",
        connected_on=pd.Timestamp("2021-05-03").date(),
        suggestion="work",
        p_work=0.8,
        flagged=False,
        employer="",
        category="client",
    )
    return ContactDetails(**{**values, **kw})
