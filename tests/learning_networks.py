"""A hand-made network of a profession no model of ours was trained on (a beekeeper), for the
personal-layer tests: the base model calls nearly all of it work, the person does not."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from model.career import Career, Position
from model.schema import conform_contacts

_FIRMS = ["De Korf", "Zonnedauw", "Heidebloem", "Raat", "Lindebloesem", "Klaver", "Bijenhof",
          "Het Vlieggat", "Nectar", "De Zwerm", "Honingraat", "Koninginnedal"]  # fmt: skip
_WORK_TITLES = ["Imker", "Bijenteler", "Honingverwerker", "Koninginnenteler",
                "Imker en bestuivingsadviseur"]  # fmt: skip
_FRIEND_TITLES = ["Software Engineer", "Consultant", "Account Manager", "Projectleider",
                  "Business Analyst", "Sales Manager"]  # fmt: skip
_FRIEND_FIRMS = [f"{a} {b}" for a in ("Noord", "Zuid", "Oost", "West", "Groot", "Klein")
                 for b in ("Solutions", "Groep", "Partners", "Digital", "Services")]  # fmt: skip


def beekeeper(seed: int = 0, n: int = 110) -> tuple[pd.DataFrame, Career, np.ndarray]:
    """(contacts, career, truth 1 work / 0 private): ``n`` fellow beekeepers (work) and ``n``
    friends with office titles (private), all connected during the owner's one job."""
    rng = np.random.default_rng(seed)
    days = pd.date_range("2016-01-01", "2024-01-01", freq="D")
    rows = []
    for i in range(n):
        rows.append(
            {
                "first_name": f"Wim{i}",
                "last_name": "Jansen",
                "url": f"https://www.linkedin.com/in/w{i}",
                "company": f"Imkerij {_FIRMS[i % len(_FIRMS)]}",
                "position": _WORK_TITLES[rng.integers(len(_WORK_TITLES))],
                "connected_on": days[rng.integers(len(days))],
                "label": 1,
            }
        )
        rows.append(
            {
                "first_name": f"Pien{i}",
                "last_name": "Bakker",
                "url": f"https://www.linkedin.com/in/p{i}",
                "company": _FRIEND_FIRMS[rng.integers(len(_FRIEND_FIRMS))],
                "position": _FRIEND_TITLES[rng.integers(len(_FRIEND_TITLES))],
                "connected_on": days[rng.integers(len(days))],
                "label": 0,
            }
        )
    frame = pd.DataFrame(rows).sample(frac=1, random_state=seed).reset_index(drop=True)
    career = Career(
        positions=[Position(company="Imkerij Zonnedauw", title="Imker", start=date(2015, 9, 1))],
        owner_name="Anna de Vries",
        registered_on=date(2012, 3, 1),
        exported_on=date(2024, 6, 1),
    )
    return conform_contacts(frame), career, frame["label"].to_numpy()
