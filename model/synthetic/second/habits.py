"""How one member uses LinkedIn: drawn per person, each range with the reason for it.

Real members differ more between each other than between professions: when they joined,
whether they add the whole school class or only people they work with, how long their
colleagues stay. A model trained on one fixed mix learns that mix, so every person draws
their own.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# When the member joined LinkedIn, relative to the career. Most Dutch and Flemish members
# joined while already working (LinkedIn became common there around 2009-2013); students
# joining before the first job are a minority, mostly of recent cohorts.
JOIN_STAGES = ("studying", "first_job", "mid_career", "late")
JOIN_STAGE_ODDS = (0.18, 0.22, 0.45, 0.15)


@dataclass(frozen=True)
class Habits:
    """One member's habits (see :func:`draw_habits` for the ranges and why)."""

    join_stage: str = "mid_career"
    sociability: float = 1.0  # multiplies the private part of the network
    work_reach: float = 1.0  # multiplies the work part
    burst_share: float = 0.5  # share of already-known people added in the weeks after joining
    burst_days: float = 30.0  # how long that catch-up lasts (mean, days)
    late_connect: float = 0.12  # share of work contacts added long after meeting
    farewell: float = 0.1  # share of a job's colleagues added around the leaving date
    turnover: float = 0.12  # yearly chance that a work contact moves to another company
    blank_company: float = 0.05  # contacts who show no company
    blank_title: float = 0.03  # contacts who show no title
    odd_title: float = 0.03  # headline instead of a title
    family_surname: float = 0.5  # share of relatives who carry the member's surname
    recruiter_pull: float = 1.0  # how many recruiters approach (multiplier)
    growth: float = 0.0  # >0: adds more people in recent years, <0: lapsed user
    employer_spelling: float = 0.35  # share of colleagues who write the employer differently
    study_friends: float = 1.0  # how many classmates (multiplier)


def draw_habits(rng: np.random.Generator) -> Habits:
    """One person's habits from wide ranges; each line says why it is that wide."""
    return Habits(
        join_stage=str(rng.choice(JOIN_STAGES, p=JOIN_STAGE_ODDS)),
        # some keep LinkedIn strictly professional, others accept every acquaintance
        sociability=float(rng.lognormal(0.0, 0.6)),
        # networkers versus people who only connect with their own team
        work_reach=float(rng.lognormal(0.0, 0.5)),
        # the "import your address book" moment: some add everyone at once, some never do
        burst_share=float(rng.beta(2, 3)),
        burst_days=float(rng.uniform(7, 120)),
        # many connect only when someone leaves or years later, on a reunion or a new project
        late_connect=float(rng.uniform(0.03, 0.3)),
        farewell=float(rng.uniform(0.0, 0.25)),
        # yearly job mobility in NL/BE is roughly 8-25 % depending on sector and age
        turnover=float(rng.uniform(0.06, 0.25)),
        # empty company fields: students, job seekers and people who never filled it in
        blank_company=float(rng.uniform(0.01, 0.15)),
        blank_title=float(rng.uniform(0.0, 0.08)),
        odd_title=float(rng.uniform(0.0, 0.07)),
        # married women may show their partner's name; in-laws and cousins carry other names
        family_surname=float(rng.uniform(0.2, 0.8)),
        # recruiters chase IT and finance people, leave teachers alone: scaled by trade later
        recruiter_pull=float(rng.lognormal(0.0, 0.7)),
        # some members became active recently (job hunt), others stopped after a while
        growth=float(rng.normal(0.0, 0.8)),
        employer_spelling=float(rng.uniform(0.1, 0.6)),
        study_friends=float(rng.lognormal(0.0, 0.6)),
    )
