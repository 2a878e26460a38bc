"""Invitations.csv: who invited whom, for the connections of the export's last year.

The direction is a weak, honest signal: recruiters invite candidates, strangers invite the
owner, friends go both ways. Some invitations are still pending and never became contacts.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from .names import first_names, surnames
from .noise import slug

# P(the owner sent the invitation) per latent source.
OUTGOING = {"candidate": 0.75, "client": 0.6, "supplier": 0.25, "colleague": 0.5,
            "ex_colleague": 0.5, "colleague_friend": 0.5, "industry": 0.45, "family": 0.5,
            "school_friend": 0.5, "university_friend": 0.5, "friend": 0.5, "local": 0.4,
            "random": 0.15, "recruiter_contact": 0.1, "friend_at_work": 0.5}  # fmt: skip
_MESSAGES = (
    "Hoi {first}, leuk je gesproken te hebben! Graag voeg ik je toe aan mijn netwerk.",
    "Hi {first}, I'd like to add you to my professional network.",
    "Beste {first}, graag wil ik met je connecten.",
    "Hi {first}, great meeting you today. Let's stay in touch!",
    "Hallo {first}, ik kwam je profiel tegen en wil graag connecten.",
)
INVITATION_COLUMNS = ["name", "direction", "sent_on", "url", "message"]


def make_invitations(rng: np.random.Generator, contacts: pd.DataFrame, labels: pd.DataFrame,
                     exported_on: date) -> pd.DataFrame:  # fmt: skip
    """Invitations (INVITATION_COLUMNS) for the last year's connections plus a few pending."""
    since = pd.Timestamp(exported_on) - pd.Timedelta(days=365)
    recent = np.flatnonzero(
        (contacts["connected_on"] >= since).to_numpy() & (contacts["first_name"] != "").to_numpy()
        & ~contacts["duplicate"].to_numpy()
    )  # fmt: skip
    p_out = labels["source"].iloc[recent].map(OUTGOING).fillna(0.5).to_numpy()
    outgoing = rng.random(len(recent)) < p_out
    lag = pd.to_timedelta(rng.exponential(2.5, len(recent)) * 86400 + 8 * 3600, unit="s")
    sent = contacts["connected_on"].iloc[recent].to_numpy() - lag.to_numpy()
    first = contacts["first_name"].iloc[recent].to_numpy()
    accepted = pd.DataFrame({
        "name": (contacts["first_name"] + " " + contacts["last_name"]).iloc[recent].to_numpy(),
        "direction": np.where(outgoing, "outgoing", "incoming"),
        "sent_on": sent,
        "url": contacts["url"].iloc[recent].to_numpy(),
        "message": _messages(rng, first),
    })  # fmt: skip
    table = pd.concat([accepted, _pending(rng, exported_on, len(recent))], ignore_index=True)
    table["sent_on"] = pd.to_datetime(table["sent_on"]).dt.floor("min")
    return table.sort_values("sent_on", ascending=False, kind="stable").reset_index(drop=True)


def _messages(rng: np.random.Generator, first: np.ndarray) -> list[str]:
    with_message = rng.random(len(first)) < 0.12
    pick = rng.integers(0, len(_MESSAGES), len(first))
    return [_MESSAGES[k].format(first=f) if m else "" for f, m, k in
            zip(first, with_message, pick, strict=True)]  # fmt: skip


def _pending(rng: np.random.Generator, exported_on: date, n_recent: int) -> pd.DataFrame:
    n = int(rng.integers(0, 3 + n_recent // 15))
    first, last = first_names(rng, n), surnames(rng, n)
    end = pd.Timestamp(exported_on)
    seconds = rng.integers(3600, 21 * 86400, n)
    return pd.DataFrame({
        "name": [f"{a} {b}" for a, b in zip(first, last, strict=True)],
        "direction": np.where(rng.random(n) < 0.6, "incoming", "outgoing"),
        "sent_on": end - pd.to_timedelta(seconds, unit="s"),
        "url": [f"https://www.linkedin.com/in/{slug(f'{a} {b}')}-{rng.integers(0, 16**8):08x}"
                for a, b in zip(first, last, strict=True)],
        "message": [""] * n,
    })  # fmt: skip
