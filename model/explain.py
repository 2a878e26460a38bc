"""The top reasons behind each suggestion, in plain words tied to the owner's career.

The classifier is linear, so a contact's work logit is a sum of terms, one per feature. Terms
are pooled into reason groups (all timing features of "during a job" form one reason), groups
that would not be true of the contact are ruled out (no "during your job" without a date),
the groups pushing towards the suggestion are ranked, and the best 1–3 are worded with the
contact's own date, company and title and the career's employers and periods. Wording is done
once per distinct (reason, date, company, …) and column-wise: a template's literal parts and
its field columns are concatenated for all those cases at once (30,000 contacts with a career
have ~12,000 distinct reason texts), then spread to the rows of each case.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from string import Formatter

import numpy as np
import pandas as pd

from .career import Career
from .inferred import is_inferred
from .messages import (
    current_language,
    month_abbr,
    months_text,
    now_word,
    reason_template,
    side_word,
)
from .scale.heap import collection_paused

MAX_REASONS = 3
MIN_TERM = 0.05  # a group must move the logit at least this much to be worth saying
AFTER_JOB_MONTHS = 12  # "N months after your job ended" is a reason only this soon after

# Feature name (or its stem before "_known"/"_log"/bins) → reason group.
_GROUP_OF_STEM = {
    "months_since_joined": "first_months",
    "months_into_job": "during_job",
    "months_after_job": "after_job",
    "months_before_first_job": "before_first_job",
    "company_peers": "company_peers",
    "colleagues_nearby": "colleagues_nearby",
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
    "title_supplier": "supplier_title",
    "title_colleague": "colleague_title",
    "title_candidate": "candidate_title",
    "title_private": "private_title",
    "title_senior": "client_title",
    "title_recruiter_approach": "recruiter_approach",
    "joined_mid_career": None,
    "owner_buys_staffing": None,
    "hidden": "hidden",
    "same_surname": "same_surname",
    "email_personal": "personal_email",
    "email_work": "work_email",
    "email_employer_domain": "employer_email",
    "owner_no_career": "no_career",
}
# An interaction is told as its more specific half (index into "a*b").
_INTERACTION_HALF = {
    "in_job": 1,
    "in_gap": 1,
    "before_first_job": 1,
    "first_months": 1,
    "owner_recruiter": 1,
    "owner_sales": 1,
    "owner_buys_staffing": 1,
    "no_date": 1,
    "company_is_employer": 0,
    "colleagues_nearby": 0,
    "title_recruiter_approach": 0,
}
_NEEDS_DATE = {
    "during_job",
    "after_job",
    "gap",
    "before_first_job",
    "first_months",
    "colleagues_nearby",
}
NEARBY_SAID = 0.25  # "in the same weeks as your colleagues" only when a quarter of them were
_NEEDS_TITLE = {
    "client_title",
    "supplier_title",
    "colleague_title",
    "candidate_title",
    "private_title",
    "title_words",
}
_NEEDS_COMPANY = {
    "company_peers",
    "works_at_employer",
    "works_at_later_employer",
    "company_like_employer",
    "client_list",
    "company_words",
    "same_sector",
}


# Reasons that argue one way only: said for that suggestion only.
_WORK_ONLY = {
    "company_peers",
    "colleagues_nearby",
    "during_job",
    "after_job",
    "works_at_employer",
    "works_at_later_employer",
    "company_like_employer",
    "client_list",
    "same_sector",
    "client_title",
    "supplier_title",
    "colleague_title",
    "candidate_title",
    "work_email",
    "employer_email",
}
_PRIVATE_ONLY = {
    "recruiter_approach",
    "before_first_job",
    "first_months",
    "gap",
    "private_title",
    "same_surname",
    "personal_email",
    "hidden",
}
_TITLE_FACTS = {
    "client_title": "title_client",
    "supplier_title": "title_supplier",
    "colleague_title": "title_colleague",
    "candidate_title": "title_candidate",
    "private_title": "title_private",
}


# A group is said only when its fact is true of the contact (columns of the facts frame).
_REQUIRES = {
    "works_at_employer": ("company_is_employer",),
    "works_at_later_employer": ("company_is_later_employer",),
    "company_like_employer": ("company_weak_employer",),
    "client_list": ("company_is_client", "company_weak_client"),
    "same_sector": ("same_sector",),
    "self_employed": ("company_self_employed",),
    "client_title": ("title_client",),
    "supplier_title": ("title_supplier",),
    "colleague_title": ("title_colleague",),
    "candidate_title": ("title_candidate",),
    "private_title": ("title_private",),
    "recruiter_approach": ("title_recruiter_approach",),
    "hidden": ("hidden",),
    "same_surname": ("same_surname",),
    "personal_email": ("email_personal",),
    "work_email": ("email_work",),
    "employer_email": ("email_employer_domain",),
    "no_company": ("company_empty",),
    "no_title": ("title_empty",),
}


def group_of(name: str) -> str | None:
    """The reason group a feature name belongs to (None: never said on its own)."""
    if name.startswith("title:"):
        return "title_words"
    if name.startswith("company:"):
        return "company_words"
    if "*" in name:
        halves = name.split("*", 1)
        first = _INTERACTION_HALF.get(halves[0], 1)
        return group_of(halves[first]) or group_of(halves[1 - first])
    for stem, group in _GROUP_OF_STEM.items():
        if name == stem or name.startswith(stem + "_"):
            return group
    return None


def explain(contributions, facts: pd.DataFrame, work: np.ndarray, career: Career) -> np.ndarray:
    """A tuple of 1–3 reason texts per row of ``facts`` (object array aligned with it).

    ``contributions`` is ``(terms, names)`` from the classifier: each feature's term in each
    row's work logit; ``work`` says which rows are suggested work (reasons argue for it).
    """
    terms, names = contributions
    named = [(j, g) for j, g in enumerate(map(group_of, names)) if g]
    groups = sorted(
        {g for _, g in named} | {"no_company_title", "no_date", "name_only", "weak_signals"}
    )
    col = {g: k for k, g in enumerate(groups)}
    pool = np.zeros((len(names), len(groups)))  # features × groups: a few thousand × ~40
    pool[[j for j, _ in named], [col[g] for _, g in named]] = 1.0
    pooled = np.asarray(terms @ pool)  # scipy rows or the compiled model's FeatureRows
    work = np.asarray(work, dtype=bool)
    score = pooled * np.where(work, 1.0, -1.0)[:, None]
    ctx = _Context(facts, career, work)
    _rule_out(score, col, ctx)
    order, _, keep = _strongest(score, MAX_REASONS)
    slots = [np.where(keep[:, s], order[:, s], -1) for s in range(order.shape[1])]
    # Nothing true stands out: say so rather than nothing.
    slots[0] = np.where(slots[0] < 0, col["weak_signals"], slots[0])
    texts = [_word_slot(slot, groups, ctx) for slot in slots]
    return _assemble(texts, len(facts))


def _kept(best: np.ndarray) -> np.ndarray:
    """Which of the strongest groups are said: those that move the logit enough, and always
    at least one thing: the strongest true reason even if it is weak."""
    first = (np.arange(best.shape[1]) == 0)[None, :]
    return (best >= MIN_TERM) | (first & np.isfinite(best))


def _strongest(score: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``order = np.argsort(-score, axis=1)[:, :k]``, the scores there (``best``) and which of
    them are said (:func:`_kept`), found by k passes of ``argmax`` instead of sorting every
    row (~2x quicker). Only the groups said matter: a row where one of them ties another
    score (where a sort may put either first), or holding NaN, is sorted as before."""
    n, m = score.shape
    if m <= k:
        order = np.argsort(-score, axis=1)[:, :k]
        best = np.take_along_axis(score, order, axis=1)
        return order, best, _kept(best)
    left = score.copy()  # the scores not taken yet
    rows = np.arange(n)
    order = np.empty((n, k), dtype=np.intp)
    best = np.empty((n, k))
    for s in range(k):
        order[:, s] = taken = left.argmax(axis=1)  # the first of the highest (NaN first)
        best[:, s] = left[rows, taken]
        left[rows, taken] = -np.inf
    keep = _kept(best)
    # a said group must be strictly above the next score (ties with an earlier one are
    # caught there: the groups said are the first ones)
    following = np.column_stack([best[:, 1:], left.max(axis=1)])
    unsure = np.flatnonzero((keep & ~(best > following)).any(axis=1) | np.isnan(best[:, 0]))
    if len(unsure):
        again = np.argsort(-score[unsure], axis=1)[:, :k]
        order[unsure] = again
        best[unsure] = np.take_along_axis(score[unsure], again, axis=1)
        keep[unsure] = _kept(best[unsure])
    return order, best, keep


def _rule_out(score: np.ndarray, col: dict, ctx: _Context) -> None:
    """Set to -inf every group that would not be true of a row, and lift facts that must be
    said (no company and no title: the date decided)."""
    rules = _RuleOuts(score, col)
    _rule_out_missing_facts(rules.off, ctx)
    _rule_out_timing(rules.off, ctx)
    _rule_out_by_class(rules.off, ctx)
    rules.flush()
    _title_said_once(score, col, ctx)
    if "works_at_employer" in col:
        rules.flush()
        _at_employer_first(rules.off, score, col, ctx)
    _say_what_is_missing(rules, score, col, ctx)


class _RuleOuts:
    """Rule-outs gathered per column of ``score``: one masked write each (see :meth:`flush`)."""

    def __init__(self, score: np.ndarray, col: dict) -> None:
        self.score = score
        self.col = col
        self.pending: dict[int, np.ndarray] = {}  # column -> rows to rule out, not yet written

    def off(self, group: str, mask: np.ndarray) -> None:
        """Rule ``group`` out for the rows of ``mask`` (when the model has that group)."""
        if group in self.col:
            k = self.col[group]
            self.pending[k] = self.pending[k] | mask if k in self.pending else mask

    def flush(self) -> None:
        """Write the gathered rule-outs: before ``score`` is read or set directly."""
        for k, mask in self.pending.items():  # through the column's view: 4x quicker than [mask, k]
            self.score[:, k][mask] = -np.inf
        self.pending.clear()


def _rule_out_missing_facts(off, ctx: _Context) -> None:
    """Groups whose facts are zero, or whose date, title or company is empty."""
    for g, columns in _REQUIRES.items():
        off(g, ~np.any([ctx.facts[c].to_numpy() > 0 for c in columns], axis=0))
    for g in _NEEDS_DATE:
        off(g, ctx.no_date)
    for g in _NEEDS_TITLE:
        off(g, ctx.title_empty)
    for g in _NEEDS_COMPANY:
        off(g, ctx.company_empty)


def _rule_out_timing(off, ctx: _Context) -> None:
    """The career's timing groups where the connection date does not fall so, or where they
    would name another employer than the one the row is attributed to."""
    off("during_job", ctx.job < 0)
    off("gap", ~ctx.in_gap)
    off("before_first_job", ~ctx.before)
    off("first_months", ~ctx.first_months)
    off(
        "after_job",
        ~((ctx.previous >= 0) & (np.nan_to_num(ctx.after, nan=1e9) <= AFTER_JOB_MONTHS)),
    )
    off("same_sector", ctx.employer < 0)
    # The reasons cite the facts the employer column was decided from: no "during your job at
    # X" or "after your job at X" when the contact is attributed to another employer.
    off("during_job", ctx.employer != ctx.job)
    off("after_job", ctx.employer != ctx.previous)
    off("colleagues_nearby", (ctx.nearby < NEARBY_SAID) | (ctx.employer != ctx.job))
    if ctx.inferred:
        # an inferred career's unknown-employer periods only keep timing neutral: no reason
        # names them ("during your job at ?")
        unknown = ~ctx.named
        for group, index in (
            ("during_job", ctx.job),
            ("colleagues_nearby", ctx.job),
            ("after_job", ctx.previous),
            ("same_sector", ctx.employer),
            ("works_at_employer", ctx.employer),
        ):
            off(group, unknown[index])


def _rule_out_by_class(off, ctx: _Context) -> None:
    """Groups said only of work (or only of private) suggestions, or only with peers or
    without a career."""
    off("company_peers", ctx.peers < 2)
    off("no_career", ~ctx.no_career)
    for g in _WORK_ONLY:
        off(g, ~ctx.work)
    for g in _PRIVATE_ONLY:
        off(g, ctx.work)


def _title_said_once(score: np.ndarray, col: dict, ctx: _Context) -> None:
    """A title the lexicon knows is said once, as what it is; its words' weight joins in."""
    if "title_words" in col:
        for group, fact in _TITLE_FACTS.items():
            if group in col:
                rows = ctx.title_flags[fact]
                score[rows, col[group]] += np.where(
                    np.isfinite(score[rows, col["title_words"]]), score[rows, col["title_words"]], 0
                )
                score[rows, col["title_words"]] = -np.inf


def _at_employer_first(off, score: np.ndarray, col: dict, ctx: _Context) -> None:
    """Working at one of your employers is what makes a colleague: said first, whatever its
    weight in the model, and never "the same sector as" that employer itself."""
    at_employer = ctx.work & np.isfinite(score[:, col["works_at_employer"]])
    score[at_employer, col["works_at_employer"]] = np.inf
    off("same_sector", at_employer)
    if ctx.inferred:  # the inferred employer's reason already counts its contacts
        off("company_peers", at_employer)


def _say_what_is_missing(rules: _RuleOuts, score: np.ndarray, col: dict, ctx: _Context) -> None:
    """No company and no title: the date decided, said first; no date: said; nothing but a
    name: said instead of everything else."""
    off, flush = rules.off, rules.flush
    both_empty = ctx.company_empty & ctx.title_empty
    off("no_company", both_empty)
    off("no_title", both_empty)
    off("no_company_title", ~(both_empty & ~ctx.hidden & ~ctx.no_date))
    flush()
    score[both_empty & ~ctx.hidden & ~ctx.no_date, col["no_company_title"]] = np.inf
    off("no_date", ~ctx.no_date)
    off("weak_signals", np.ones(len(score), dtype=bool))  # only ever the fallback
    flush()
    score[ctx.no_date, col["no_date"]] = np.maximum(score[ctx.no_date, col["no_date"]], MIN_TERM)
    # Nothing but a name: the suggestion is the network's usual mix, and the reason says so
    # rather than "decided on company and title" (there are none).
    only_name = both_empty & ~ctx.hidden & ctx.no_date
    off("name_only", ~only_name)
    flush()
    score[only_name, col["name_only"]] = np.inf
    off("no_date", only_name)
    flush()


def _assemble(texts: list[np.ndarray], n: int) -> np.ndarray:
    """Each row's said texts as a tuple, empty slots and repeats dropped. Rows are grouped by
    which slots they keep (a handful of patterns), and each group is zipped in one pass."""
    keep = []
    for i, slot in enumerate(texts):
        said = slot != ""
        for earlier in texts[:i]:
            said &= slot != earlier
        keep.append(said)
    pattern = np.zeros(n, dtype=np.int64)
    for i, said in enumerate(keep):
        pattern |= said.astype(np.int64) << i
    out = np.empty(n, dtype=object)
    with collection_paused():
        _fill_tuples(out, pattern, texts)
    return out


def _fill_tuples(out: np.ndarray, pattern: np.ndarray, texts: list[np.ndarray]) -> None:
    """Set ``out`` to each row's tuple of kept slot texts (bit i of ``pattern``: slot i)."""
    for code in np.flatnonzero(np.bincount(pattern)):
        rows = np.flatnonzero(pattern == code)
        kept = [slot[rows] for i, slot in enumerate(texts) if code >> i & 1]
        if not kept:  # nothing said at all
            for r in rows:
                out[r] = ()
            continue
        out[rows] = np.fromiter(zip(*kept, strict=True), dtype=object, count=len(rows))


def _fmt_day(value) -> str:
    return _fmt_day_in(value, current_language())


@lru_cache(maxsize=8192)  # a few thousand distinct days; each formatted once per language
def _fmt_day_in(value, language: str) -> str:
    ts = pd.Timestamp(value)
    return f"{ts.day} {month_abbr(ts.month, language)} {ts.year}"


def _fmt_month(value: date | None) -> str:
    return f"{month_abbr(value.month)} {value.year}" if value else now_word()


class _Context:
    """Column arrays the rules and the wording need, pulled out of the facts frame once."""

    def __init__(self, facts: pd.DataFrame, career: Career, work: np.ndarray):
        def flag(name):
            return facts[name].to_numpy() > 0

        self.career = career
        self.facts = facts
        self.work = work
        self.title_flags = {f: flag(f) for f in _TITLE_FACTS.values()}
        self.no_date, self.in_gap, self.before = (
            flag("no_date"),
            flag("in_gap"),
            flag("before_first_job"),
        )
        self.first_months = flag("first_months")
        self.company_empty, self.title_empty = flag("company_empty"), flag("title_empty")
        self.hidden, self.no_career = flag("hidden"), flag("owner_no_career")
        self.job = facts["job"].to_numpy()
        self.previous = facts["previous_job"].to_numpy()
        self.employer = facts["employer_index"].to_numpy()
        self.after = facts["months_after_job"].to_numpy()
        self.company = facts["company"].to_numpy(dtype=object)
        self.title = facts["position"].to_numpy(dtype=object)
        self.dates = facts["connected_on"].to_numpy()
        self.nearby = facts["colleagues_nearby"].to_numpy()
        self.peers = np.nan_to_num(facts["company_peers"].to_numpy(), nan=0).astype(int)
        self.joined = _fmt_month(career.registered_on) if career.registered_on else "?"
        self.language = current_language()
        self._codes: dict[str, tuple] = {}
        self.inferred = is_inferred(career)
        # per position (and -1 = none): does it name an employer?
        self.named = np.array([bool(p.company) for p in career.positions] + [False])

    def signature(self, group: str, rows: np.ndarray) -> list[np.ndarray]:
        """The columns a group's text depends on, for ``rows`` (text columns as codes)."""
        if group in ("during_job", "colleagues_nearby"):
            return [self.codes("dates")[rows], self.job[rows]]
        if group == "after_job":
            return [self.codes("dates")[rows], self.previous[rows], self.job[rows] >= 0]
        if group in ("gap", "before_first_job"):
            return [self.codes("dates")[rows]]
        if self.inferred and group in ("works_at_employer", "company_like_employer"):
            # + its evidence
            return [self.codes("company")[rows], self.employer[rows], self.job[rows]]
        if self.inferred and group == "employer_email":
            return [self.employer[rows]]
        if group == "works_at_employer":
            return [self.codes("company")[rows], self.employer[rows] == self.job[rows]]
        if group in ("title_words", "company_words"):
            field = "title" if group == "title_words" else "company"
            return [self.codes(field)[rows], self.work[rows]]
        if group == "company_peers":
            return [self.codes("company")[rows], self.peers[rows]]
        if group == "same_sector":  # names the employer, not the contact's company
            return [self.employer[rows]]
        if group in _NEEDS_COMPANY:
            return [self.codes("company")[rows]]
        if group in _NEEDS_TITLE:
            return [self.codes("title")[rows]]
        return [np.zeros(len(rows))]

    def codes(self, column: str) -> np.ndarray:
        """One integer per distinct value of ``column`` ("dates", "company", "title"), made
        once: each reason slot's signatures then combine integers, not strings."""
        if column not in self._codes:
            values = getattr(self, column)
            self._codes[column] = pd.factorize(pd.Series(values), use_na_sentinel=False)
        return self._codes[column][0]

    def day_texts(self) -> np.ndarray:
        """Each row's connection day as the reasons say it ("" without a date), each distinct
        day worded once."""
        if "day_texts" not in self._codes:
            codes = self.codes("dates")
            uniques = np.asarray(self._codes["dates"][1], dtype="datetime64[D]")
            texts = _day_texts(uniques, self.language)[codes]
            self._codes["day_texts"] = (np.where(self.no_date, "", texts).astype(object), None)
        return self._codes["day_texts"][0]

    def words(self, group: str, rows: np.ndarray) -> np.ndarray:
        """The text of ``group`` for each of ``rows`` (object array), worded column-wise."""
        keys = np.full(len(rows), group, dtype=object)
        if group == "after_job":  # the date is said with the job
            short = (self.job[rows] >= 0) & (self.employer[rows] == self.job[rows])
            keys[short] = "after_job_short"
        elif group == "first_months" and self.joined == "?":
            keys[:] = "first_months_plain"  # the join date is unknown: do not print "?"
        elif group == "works_at_employer":
            keys[self.employer[rows] != self.job[rows]] = "works_at_former_employer"
        out = np.empty(len(rows), dtype=object)
        for key in dict.fromkeys(keys.tolist()):
            sel = keys == key
            fields = _FieldColumns(self, group, rows[sel], key)
            out[sel] = _render(reason_template(self._wording(key), self.language), fields)
        return out

    def _wording(self, key: str) -> str:
        """The template of ``key``: when the employer was inferred from the network, the one
        that says the employer is "probably" one, with the evidence behind it."""
        if not self.inferred or key not in _INFERRED_WORDING:
            return key
        if key == "no_career" and not self.named.any():
            return key  # nothing was read from the network but periods of no name
        return _INFERRED_WORDING[key]


class _FieldColumns:
    """The fields of a reason template for some rows, each an object array made on demand."""

    def __init__(self, ctx: _Context, group: str, rows: np.ndarray, key: str | None = None):
        self.ctx, self.group, self.rows, self.key = ctx, group, rows, key or group

    def __getitem__(self, name: str) -> np.ndarray:
        ctx, rows, language = self.ctx, self.rows, self.ctx.language
        if name == "side":
            return np.where(
                ctx.work[rows], side_word("work", language), side_word("private", language)
            ).astype(object)
        if name in ("company", "title"):
            return getattr(ctx, name)[rows]
        if name == "joined":
            return np.full(len(rows), ctx.joined, dtype=object)
        if name == "date":
            said = ctx.day_texts()[rows]
            if self.key == "after_job_short":  # its inferred wording says a date, "?" if none
                said = np.where(ctx.no_date[rows], "?", said).astype(object)
            return said
        positions = ctx.career.positions
        if name == "employer" and self.group in ("company_like_employer", "employer_email"):
            # (inferred wording) the employer attributed, else the first one with a name
            first = next((p.company for p in positions if p.company), None)
            return np.array(
                [
                    positions[j].company if j >= 0 and positions[j].company else first
                    for j in ctx.employer[rows]
                ],
                dtype=object,
            )
        if name == "employer":
            which = {"after_job": ctx.previous, "same_sector": ctx.employer}.get(
                self.group, ctx.job
            )
            return np.array([positions[j].company for j in which[rows]], dtype=object)
        if name in ("contacts", "year"):  # (inferred wording) the evidence for the employer
            held = [positions[j] for j in ctx.employer[rows]]
            if name == "contacts":
                return np.array([f"{p.contacts:,}" for p in held], dtype=object)
            return np.array([format(p.peak_year or "?", "") for p in held], dtype=object)
        if name == "start":  # (inferred wording) since when the job is inferred
            return np.array(
                [
                    _fmt_month(positions[j].start) if positions[j].start else "?"
                    for j in ctx.job[rows]
                ],
                dtype=object,
            )
        if name == "period":
            periods = [
                f"{_fmt_month(p.start) if p.start else '?'} – "
                f"{'?' if p.end_unknown and p.end is None else _fmt_month(p.end)}"
                for p in positions
            ]
            return np.array([periods[j] for j in ctx.job[rows]], dtype=object)
        if name == "months":
            return np.array([months_text(a, language) for a in ctx.after[rows]], dtype=object)
        if name == "peers":
            return np.array([f"{p:,}" for p in ctx.peers[rows]], dtype=object)
        raise KeyError(name)


def _render(template: str, fields) -> np.ndarray:
    """``template.format(**fields)`` for every row at once: the template's literal parts and
    field columns are concatenated column-wise (the same text, a few array additions)."""
    text = None
    for literal, name, spec, conversion in Formatter().parse(template):
        pieces = [literal] if literal else []
        if name is not None:
            column = fields[name]
            if spec or conversion:  # not in our templates; str.format's own way, row by row
                convert = {"r": repr, "s": str, "a": ascii}.get(conversion, lambda v: v)
                column = np.array([format(convert(v), spec or "") for v in column], dtype=object)
            pieces.append(column)
        for piece in pieces:
            text = piece if text is None else text + piece
    if text is None or isinstance(text, str):  # no fields at all: the same text for every row
        return np.full(len(fields.rows), text or "", dtype=object)
    return text


# How a reason is worded when the career was inferred from the network (model.inferred).
_INFERRED_WORDING = {
    "works_at_employer": "inferred_employer",
    "works_at_former_employer": "inferred_employer",
    "works_at_later_employer": "inferred_later_employer",
    "company_like_employer": "inferred_like_employer",
    "employer_email": "inferred_employer_email",
    "during_job": "inferred_during_job",
    "after_job": "inferred_after_job",
    "after_job_short": "inferred_after_job",
    "colleagues_nearby": "inferred_colleagues_nearby",
    "no_career": "inferred_no_career",
}


def _word_slot(slot: np.ndarray, groups: list[str], ctx: _Context) -> np.ndarray:
    """The text of one reason slot for every row ("" where the slot is empty): worded once
    per distinct case of each reason, then spread to the rows of that case."""
    out = np.full(len(slot), "", dtype=object)
    for k in np.flatnonzero(np.bincount(slot[slot >= 0])):  # the groups said, counted (no sort)
        rows = np.flatnonzero(slot == k)
        group = groups[k]
        codes, n_unique = _combined_codes(ctx.signature(group, rows))
        first = np.zeros(n_unique, dtype=np.int64)
        first[codes[::-1]] = rows[::-1]  # the first row of each distinct signature
        out[rows] = ctx.words(group, first)[codes]
    return out


def _combined_codes(columns: list[np.ndarray]) -> tuple[np.ndarray, int]:
    """One code per distinct combination of integer ``columns`` (codes, indices, flags)."""
    combined = np.zeros(len(columns[0]), dtype=np.int64)
    for column in columns:
        values = np.asarray(column).astype(np.int64)
        if len(values):
            low = values.min()
            combined = combined * (int(values.max() - low) + 1) + (values - low)
    codes = _ranks(combined)
    return codes, int(codes.max()) + 1 if len(codes) else 0


def _ranks(values: np.ndarray) -> np.ndarray:
    """Each value's rank among the distinct ``values`` (non-negative integers): the inverse
    ``np.unique(values, return_inverse=True)`` gives, found by marking the values present
    instead of sorting them when their range is small (as it is: codes × a few columns)."""
    if len(values) and int(values.max()) <= 4 * len(values) + 1024:
        present = np.zeros(int(values.max()) + 1, dtype=bool)
        present[values] = True
        return (np.cumsum(present) - 1)[values]
    return np.unique(values, return_inverse=True)[1].ravel()


def _day_texts(days: np.ndarray, language: str) -> np.ndarray:
    """ "5 Mar 2021" for each day (as :func:`_fmt_day_in` says it), "" for NaT, column-wise."""
    days = np.asarray(days, dtype="datetime64[D]")
    known = ~np.isnat(days)
    month_start = days.astype("datetime64[M]")
    day = (days - month_start).astype(np.int64) + 1
    month = month_start.astype(np.int64) % 12
    year = month_start.astype("datetime64[Y]").astype(np.int64) + 1970
    months = np.array([month_abbr(m, language) for m in range(1, 13)], dtype=object)
    numbers = np.array([str(i) for i in range(32)], dtype=object)
    years, where = np.unique(np.where(known, year, 0), return_inverse=True)
    year_text = np.array([str(y) for y in years.tolist()], dtype=object)[where.ravel()]
    text = numbers[np.where(known, day, 0)] + " " + months[np.where(known, month, 0)] + " "
    return np.where(known, text + year_text, "").astype(object)
