"""The top reasons behind each suggestion, in plain words tied to the owner's career.

The classifier is linear, so a contact's work logit is a sum of terms, one per feature. Terms
are pooled into reason groups (all timing features of "during a job" form one reason), the
groups pushing towards the suggestion are ranked, and the best 1–3 are worded with the
contact's own date, company and title and the career's employers and periods.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
from scipy import sparse

from .career import Career
from .messages import months_text, reason_text

MAX_REASONS = 3
MIN_TERM = 0.05  # a group must move the logit at least this much to be worth saying

# Feature name (or its stem before "_known"/"_log"/bins) → reason group.
_GROUP_OF_STEM = {
    "months_since_joined": "first_months",
    "months_into_job": "during_job",
    "months_after_job": "after_job",
    "months_before_first_job": "before_first_job",
    "no_date": "no_date",
    "in_job": "during_job",
    "in_gap": "gap",
    "before_first_job": "before_first_job",
    "first_months": "first_months",
    "company_is_employer": "works_at_employer",
    "company_is_job_employer": "works_at_employer",
    "company_is_earlier_employer": "works_at_employer",
    "company_is_later_employer": "works_at_later_employer",
    "company_weak_employer": "company_like_employer",
    "company_is_client": "client_list",
    "company_weak_client": "client_list",
    "same_sector": "same_sector",
    "company_empty": "no_company",
    "company_self_employed": "self_employed",
    "title_empty": "no_title",
    "title_client": "client_title",
    "title_colleague": "colleague_title",
    "title_candidate": "candidate_title",
    "title_private": "private_title",
    "title_senior": "client_title",
    "hidden": "hidden",
    "same_surname": "same_surname",
    "email_personal": "personal_email",
    "email_work": "work_email",
    "email_employer_domain": "employer_email",
    "owner_recruiter": None,
    "owner_sales": None,
    "owner_no_career": "no_career",
}
# An interaction is told as its more specific half.
_INTERACTION_GROUP = {
    "in_job": 1,
    "in_gap": 1,
    "before_first_job": 1,
    "first_months": 1,
    "owner_recruiter": 1,
    "owner_sales": 1,
    "no_date": 1,
    "company_is_employer": 0,
}


def group_of(name: str) -> str | None:
    """The reason group a feature name belongs to (None: never said on its own)."""
    if name.startswith("title:"):
        return "title_words"
    if name.startswith("company:"):
        return "company_words"
    if "*" in name:
        a, b = name.split("*", 1)
        return group_of((a, b)[_INTERACTION_GROUP.get(a, 1)])
    for stem, group in _GROUP_OF_STEM.items():
        if name == stem or name.startswith(stem + "_"):
            return group
    return None


def _fmt_day(value) -> str:
    return pd.Timestamp(value).strftime("%-d %b %Y")


def _fmt_month(value: date | None) -> str:
    return value.strftime("%b %Y") if value else "now"


def _period(career: Career, i: int) -> str:
    p = career.positions[i]
    return f"{_fmt_month(p.start) if p.start else '?'} – {_fmt_month(p.end)}"


def explain(estimator, facts: pd.DataFrame, p_work: np.ndarray, career: Career) -> np.ndarray:
    """A tuple of 1–3 reason texts per row of ``facts`` (object array aligned with it)."""
    terms, names = estimator.contributions(facts)
    groups = sorted({g for g in map(group_of, names) if g})
    index = {g: k for k, g in enumerate(groups)}
    cols = [(j, index[g]) for j, g in enumerate(map(group_of, names)) if g]
    pool = sparse.csr_matrix(
        (np.ones(len(cols)), ([j for j, _ in cols], [k for _, k in cols])),
        shape=(len(names), len(groups)),
    )
    pooled = np.asarray((sparse.csr_matrix(terms) @ pool).todense())
    direction = np.where(p_work >= 0.5, 1.0, -1.0)[:, None]
    score = pooled * direction
    top = np.argsort(-score, axis=1)[:, :MAX_REASONS]
    top_score = np.take_along_axis(score, top, axis=1)
    return _word_all(facts, career, p_work, [groups[k] for k in range(len(groups))], top, top_score)


def _word_all(facts, career, p_work, groups, top, top_score) -> np.ndarray:
    dates = facts.get("connected_on")
    ctx = _Context(facts, career)
    out = np.empty(len(facts), dtype=object)
    cache: dict = {}
    for r in range(len(facts)):
        side = "work" if p_work[r] >= 0.5 else "private"
        keys = [groups[k] for k, s in zip(top[r], top_score[r], strict=True) if s >= MIN_TERM]
        keys = _fixups(keys, ctx, r) or ["no_date" if ctx.no_date[r] else "during_job"]
        texts = []
        for key in keys[:MAX_REASONS]:
            sig = ctx.signature(key, r)
            text = cache.get((key, side, sig))
            if text is None:
                text = cache[(key, side, sig)] = ctx.word(key, r, side)
            if text and text not in texts:
                texts.append(text)
        out[r] = tuple(texts)
    del dates
    return out


def _fixups(keys: list[str], ctx: _Context, r: int) -> list[str]:
    """Make the reasons true and specific: timing reasons only with a date; no company and no
    title said as one reason."""
    if ctx.company_empty[r] and ctx.title_empty[r] and not ctx.hidden[r]:
        keys = ["no_company_title"] + [k for k in keys if k not in ("no_company", "no_title")]
    keys = [k for k in keys if not (k in _NEEDS_DATE and ctx.no_date[r])]
    keys = [k for k in keys if not (k in _NEEDS_TITLE and ctx.title_empty[r])]
    keys = [k for k in keys if not (k in _NEEDS_COMPANY and ctx.company_empty[r])]
    if "during_job" in keys and ctx.job[r] < 0:
        keys = [
            ("gap" if ctx.in_gap[r] else "before_first_job" if ctx.before[r] else "no_date")
            if k == "during_job"
            else k
            for k in keys
        ]
    if "after_job" in keys and ctx.previous[r] < 0:
        keys.remove("after_job")
    return list(dict.fromkeys(keys))


_NEEDS_DATE = {"during_job", "after_job", "gap", "before_first_job", "first_months"}
_NEEDS_TITLE = {
    "client_title",
    "colleague_title",
    "candidate_title",
    "private_title",
    "title_words",
}
_NEEDS_COMPANY = {
    "works_at_employer",
    "works_at_later_employer",
    "company_like_employer",
    "client_list",
    "company_words",
    "same_sector",
}


class _Context:
    """Column arrays the wording needs, pulled out of the facts frame once."""

    def __init__(self, facts: pd.DataFrame, career: Career):
        self.career = career
        self.no_date = facts["no_date"].to_numpy() > 0
        self.in_gap = facts["in_gap"].to_numpy() > 0
        self.before = facts["before_first_job"].to_numpy() > 0
        self.company_empty = facts["company_empty"].to_numpy() > 0
        self.title_empty = facts["title_empty"].to_numpy() > 0
        self.hidden = facts["hidden"].to_numpy() > 0
        self.job = facts["job"].to_numpy()
        self.previous = facts["previous_job"].to_numpy()
        self.employer = facts["employer_index"].to_numpy()
        self.after = facts["months_after_job"].to_numpy()
        self.company = facts["company"].to_numpy()
        self.title = facts["position"].to_numpy()
        self.dates = facts["connected_on"].to_numpy() if "connected_on" in facts else None
        joined = career.registered_on
        self.joined = _fmt_month(joined) if joined else "?"

    def signature(self, key: str, r: int):
        if key in _NEEDS_DATE:
            return (self.dates[r], self.job[r], self.previous[r])
        if key in (
            "works_at_employer",
            "company_like_employer",
            "client_list",
            "company_words",
            "works_at_later_employer",
        ):
            return self.company[r]
        if key in _NEEDS_TITLE:
            return self.title[r]
        if key == "same_sector":
            return self.employer[r]
        return None

    def word(self, key: str, r: int, side: str) -> str:
        c = self.career
        fields = {
            "side": side,
            "company": self.company[r],
            "title": self.title[r],
            "joined": self.joined,
        }
        if self.dates is not None and not self.no_date[r]:
            fields["date"] = _fmt_day(self.dates[r])
        if key == "during_job":
            fields.update(employer=c.positions[self.job[r]].company, period=_period(c, self.job[r]))
        elif key == "after_job":
            fields.update(
                employer=c.positions[self.previous[r]].company, months=months_text(self.after[r])
            )
        elif key == "same_sector":
            if self.employer[r] < 0:
                return ""
            fields.update(employer=c.positions[self.employer[r]].company)
        elif key == "works_at_employer" and self.job[r] >= 0 and self.employer[r] != self.job[r]:
            key = "works_at_former_employer"
        try:
            return reason_text(key, **fields)
        except (KeyError, IndexError):
            return ""
