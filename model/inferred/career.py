"""The owner's likely career, read from the network when no career is given.

A person who gives only Connections.csv still tells us a lot: the company where an unusual
share of the contacts work is almost always an employer (the colleagues one adds in the first
weeks of a job, many of whom stay), and the dates those contacts were added tell roughly when
the job was held. :class:`CareerInference` turns that into a :class:`~model.career.Career` of
:class:`InferredPosition` rows, each with the evidence it rests on, so that the classifier's
timing and employer signals light up and every reason can say the employer is inferred.

Only what stands out is inferred: one company must clearly dominate the network (at least
twice the contacts of the next one, or a tenth of all contacts with a company). The job starts
when its colleagues start coming in (the day by which 5 % of them had been added: a stray
friend who joined the company later does not move it years back, while the first wave of a
long-held job is not mistaken for its latest burst); it is current while its contacts are still
being added, else it ended when nearly all of them had been. How bursty a company is does not
decide whether it is an employer: a client or a friends' employer can come in bursts too, so
measured on the development networks it told employers apart no better than size.

A career is a sequence, so earlier employers are looked for too, by the same rule applied to
their own time: a company whose contacts stopped coming a year or more before the latest
connection, and that dominates the contacts added during its own core period (the middle 80 %
of its connection dates: at least 8, twice the next company's, and a tenth of all added then)
outside the periods already found. A client or a friends' employer seldom dominates a period
that way; the rule is strict because a wrong employer costs more than a missing one.

The rest of the time on LinkedIn becomes periods of an unknown employer (an empty company):
most people hold a job all along, so a contact added then is not "between jobs" or "before
your first job" for the classifier, and no employer is named for it. A network without a
dominant company gets only such a period. A given career is never replaced.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np
import pandas as pd

from ..career import Career, Position
from ..messages import Message
from ..normalize import normalize_companies
from .bursts import NO_DAY, company_bursts, connection_days

MIN_CONTACTS = 8  # fewer colleagues than this is no evidence of an employer
DOMINANCE = 2.0  # the employer holds at least this many times the next company's contacts
DOMINANT_SHARE = 0.10  # ... or at least this share of all contacts with a company
CURRENT_WITHIN_DAYS = 365  # contacts there added this close to the latest: still working there
END_QUANTILE = 0.95  # a former job ends where nearly all its colleagues had been added
START_QUANTILE = 0.05  # ... and starts where its colleagues start coming in
CORE = (0.10, 0.90)  # an earlier employer's period: the middle of its connection dates
CANDIDATES = 20  # the largest companies looked at as earlier employers


@dataclass(frozen=True)
class InferredPosition(Position):
    """A position read from the network, not given by the person: ``contacts`` work at its
    company (``share`` of all contacts with a company), ``peak_year`` is when most of them
    were added (``peak_contacts`` of them). An empty ``company`` is a period in which the
    owner probably worked, for an employer the network does not show."""

    contacts: int = 0
    share: float = 0.0
    peak_year: int = 0
    peak_contacts: int = 0


@dataclass
class InferredCareer(Career):
    """A career inferred from the network (see :class:`CareerInference`). It may hold no
    positions: the network showed no employer, or the person cleared the suggestion; either
    way it stops inference from running again on that network."""

    declined: bool = False  # the person cleared the suggestion: classify as without a career
    searched: bool = False  # the network was searched (False: only the person's choice kept)
    evidence: pd.DataFrame = field(default_factory=pd.DataFrame, repr=False, compare=False)

    def employers_found(self) -> list[InferredPosition]:
        """The inferred positions that name an employer (what the app offers as a suggestion)."""
        return [p for p in self.positions if p.company]


def is_inferred(career: Career | None) -> bool:
    """True when ``career`` was inferred from the network rather than given by the person."""
    return isinstance(career, InferredCareer)


class CareerInference:
    """Infer the owner's employers and their periods from a contacts table, scikit-learn
    style: ``CareerInference().fit(contacts).career_``.

    Parameters are the rules' thresholds (see the module constants). After ``fit``:
    ``career_`` (an :class:`InferredCareer`), ``bursts_`` (per-company statistics of
    :func:`model.inferred.bursts.company_bursts`) and ``joined_`` (the earliest connection,
    the best estimate of the LinkedIn join date; None without dates).
    """

    def __init__(
        self,
        min_contacts: int = MIN_CONTACTS,
        dominance: float = DOMINANCE,
        dominant_share: float = DOMINANT_SHARE,
        current_within_days: int = CURRENT_WITHIN_DAYS,
    ):
        self.min_contacts = min_contacts
        self.dominance = dominance
        self.dominant_share = dominant_share
        self.current_within_days = current_within_days

    def get_params(self, deep: bool = True) -> dict:
        """The thresholds, as scikit-learn's ``get_params``."""
        return {
            "min_contacts": self.min_contacts,
            "dominance": self.dominance,
            "dominant_share": self.dominant_share,
            "current_within_days": self.current_within_days,
        }

    def fit(self, contacts: pd.DataFrame, y=None, *, base: Career | None = None):
        """Infer from ``contacts`` (model.schema columns; only ``company`` and
        ``connected_on`` are read). ``base`` supplies the owner's name and export date."""
        base = base or Career()
        days = connection_days(contacts)
        dated = np.sort(days[days != NO_DAY])
        self.joined_ = _day(dated[0]) if len(dated) else None
        # the rule compares the largest company with the next one: two are enough
        keys = normalize_companies(contacts["company"].to_numpy(dtype=object))
        codes, uniques = pd.factorize(keys)  # shared: factorizing 30,000 names takes a while
        self.bursts_ = company_bursts(contacts, min_contacts=1, top=2, factorized=(codes, uniques))
        with_company = self.bursts_.attrs["with_company"]
        self.bursts_["share"] = self.bursts_["contacts"] / max(with_company, 1)
        employers = [self._position(row, keys, days, dated) for row in self._employers()]
        dominant = len(employers)  # the evidence rows: the dominant company's, if any
        if len(dated):
            employers += self._earlier(contacts, (codes, uniques), days, dated, employers)
        positions = employers + _unknown_periods(employers, self.joined_)
        self.career_ = InferredCareer(
            positions=positions,
            owner_name=base.owner_name,
            registered_on=base.registered_on,
            exported_on=base.exported_on,
            role=base.role,
            searched=True,
            evidence=self.bursts_.head(dominant).copy(),
        )
        return self

    def _employers(self) -> list:
        """The network's dominant company, when one stands out enough to be called the
        employer (the most recent or longest job: an empty list or one row)."""
        b = self.bursts_
        if b.empty or b["contacts"].iloc[0] < self.min_contacts:
            return []
        top = b.iloc[0]
        runner_up = int(b["contacts"].iloc[1]) if len(b) > 1 else 0
        dominant = top["contacts"] >= self.dominance * max(runner_up, 1)
        if not (dominant or top["share"] >= self.dominant_share):
            return []
        return [top]

    def _position(self, row, keys, days, dated: np.ndarray) -> InferredPosition:
        """The position of one inferred employer: its dates are where most of its contacts
        were added; a job whose colleagues are still being added near the latest connection
        is taken to be the current one."""
        days = days[(keys == row["key"]) & (days != NO_DAY)]
        start = end = None
        if len(days):
            # the job starts when its colleagues start coming in; a few contacts added
            # earlier are friends or business contacts who joined the company later
            lo, hi = np.quantile(days, [START_QUANTILE, END_QUANTILE])
            start = _day(int(lo)).replace(day=1)
            latest = int(dated[-1])
            if latest - int(days.max()) > self.current_within_days:
                end = _month_end(_day(int(hi)))
        return InferredPosition(
            company=str(row["company"]),
            start=start,
            end=end,
            contacts=int(row["contacts"]),
            share=float(row["share"]),
            peak_year=int(row["peak_year"]) if pd.notna(row["peak_year"]) else 0,
            peak_contacts=int(row["peak_year_contacts"])
            if pd.notna(row["peak_year_contacts"])
            else 0,
        )

    def _earlier(self, contacts, factorized, days, dated, found: list) -> list[InferredPosition]:
        """Earlier employers: companies that dominate the contacts added in their own core
        period, a period that ended long before the latest connection and overlaps none
        already found. Looks at the CANDIDATES largest companies (vectorised per company).
        ``factorized``: ``pd.factorize`` of the normalised company names of ``contacts``."""
        codes, uniques = factorized
        blank = np.flatnonzero(np.asarray(uniques) == "")  # no company: never an employer
        ok = (days != NO_DAY) & (codes >= 0) & ~np.isin(codes, blank)
        if not ok.any():
            return []
        # every dated contact with a company, in date order: a period is then a slice
        order = np.flatnonzero(ok)[np.argsort(days[ok], kind="stable")]
        day, codes = days[order], codes[order]
        spelled = contacts["company"].to_numpy(dtype=object)[order]
        sizes = np.bincount(codes, minlength=len(uniques))
        taken = [
            (_ordinal(p.start), _ordinal(p.end) if p.end else int(dated[-1]))
            for p in found
            if p.start
        ]
        known = {p.employer_key for p in found}
        out = []
        for c in np.argsort(-sizes, kind="stable")[:CANDIDATES]:
            if sizes[c] < self.min_contacts:
                break
            if uniques[c] in known:
                continue
            rows = np.flatnonzero(codes == c)
            lo, hi = (int(day[rows[int(q * (len(rows) - 1))]]) for q in CORE)
            if int(dated[-1]) - hi <= self.current_within_days:  # still being added
                continue
            if any(lo <= end and hi >= start for start, end in taken):
                continue
            first, last = np.searchsorted(day, lo, "left"), np.searchsorted(day, hi, "right")
            during = np.bincount(codes[first:last], minlength=len(uniques))
            mine, total = int(during[c]), last - first
            during[c] = 0
            if (
                mine < self.min_contacts
                or mine < self.dominance * max(int(during.max()), 1)
                or mine < self.dominant_share * total
            ):
                continue
            names, counts = np.unique(spelled[rows].astype(str), return_counts=True)
            out.append(
                InferredPosition(
                    company=str(names[np.argmax(counts)]),
                    start=_day(lo).replace(day=1),
                    end=_month_end(_day(hi)),
                    contacts=int(sizes[c]),
                    share=float(sizes[c]) / max(self.bursts_.attrs["with_company"], 1),
                    **_peak(day[rows]),
                )
            )
            taken.append((lo, hi))
        return out


def _peak(days: np.ndarray) -> dict:
    """The year most of ``days`` fall in and how many (the earliest of equally busy years)."""
    years, per_year = np.unique(
        days.astype("datetime64[D]").astype("datetime64[Y]").astype(int) + 1970,
        return_counts=True,
    )
    peak = int(np.argmax(per_year))
    return {"peak_year": int(years[peak]), "peak_contacts": int(per_year[peak])}


def _ordinal(day: date) -> int:
    """``day`` as days since 1970, as :func:`~model.inferred.bursts.connection_days` gives."""
    return (day - date(1970, 1, 1)).days


def _unknown_periods(employers: list[InferredPosition], joined: date | None) -> list:
    """Positions of an unknown employer for the time on LinkedIn no inferred employer
    covers: most people on LinkedIn hold a job all along, so a contact added then is not
    "between jobs" or "before your first job"; only the employer is unknown (its company is
    empty, so no contact is attributed to it by name)."""
    if joined is None:
        return []
    start = joined.replace(day=1)
    out = []
    for p in sorted(employers, key=lambda p: p.start or date.max):
        if p.start is None:
            continue
        if p.start > start:
            out.append(InferredPosition(company="", start=start, end=p.start - timedelta(days=1)))
        if p.end is None:
            return out
        start = max(start, p.end + timedelta(days=1))
    out.append(InferredPosition(company="", start=start))
    return out


def infer_career(contacts: pd.DataFrame, career: Career | None = None) -> Career:
    """``career`` when it has positions, was already inferred or the person declined the
    suggestion; otherwise the career inferred from ``contacts`` (an :class:`InferredCareer`,
    possibly without positions)."""
    career = career or Career()
    if career.positions or (is_inferred(career) and (career.declined or career.searched)):
        return career
    return CareerInference().fit(contacts, base=career).career_


def shown_positions(career: Career) -> list[Position]:
    """The positions a view shows: all of a person's own career; of an inferred one only the
    employers it names, earliest first (a period of an unknown employer serves classification
    only)."""
    if not is_inferred(career):
        return list(career.positions)
    return sorted((p for p in career.positions if p.company), key=lambda p: p.start or date.min)


def declined_career(career: Career | None = None) -> InferredCareer:
    """An empty inferred career that stops inference: the person cleared the suggestion."""
    career = career or Career()
    return InferredCareer(
        owner_name=career.owner_name,
        registered_on=career.registered_on,
        exported_on=career.exported_on,
        role=career.role,
        declined=True,
    )


def _day(value: int) -> date:
    return date(1970, 1, 1) + timedelta(days=int(value))


def _month_end(day: date) -> date:
    following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)


def choice_of(career: Career) -> tuple[Career, str]:
    """How to save ``career``: (a career holding only what the person gave, the person's
    choice about an inferred career: "declined", "suggested" or "" for a career of their
    own). Inferred positions are never saved as the person's own."""
    if not is_inferred(career):
        return career, ""
    saved = Career(
        owner_name=career.owner_name,
        registered_on=career.registered_on,
        exported_on=career.exported_on,
        role=career.role,
    )
    return saved, "declined" if career.declined else "suggested"


def restore_choice(career: Career, choice: str) -> Career:
    """The inverse of :func:`choice_of`: a declined suggestion comes back declined, a kept
    one as an inferred career to infer again (the network decides it); anything else as is."""
    if choice == "declined":
        return declined_career(career)
    if choice == "suggested":
        return InferredCareer(
            owner_name=career.owner_name,
            registered_on=career.registered_on,
            exported_on=career.exported_on,
            role=career.role,
        )
    return career


def describe(career: InferredCareer, given: str = "") -> Message:
    """One line for the command line on what was inferred (a Message: said in the command
    line's language); ``given``: the positions file the person gave that held none (said
    instead of "no career given", which it would contradict)."""
    found = career.employers_found()
    lead = Message("inferred.lead_given", file=given) if given else Message("inferred.lead")
    if not found:
        advice = "inferred.advice_check" if given else "inferred.advice_positions"
        return Message("inferred.none", lead=lead, advice=Message(advice))
    parts = tuple(
        Message(
            "inferred.employer",
            company=p.company,
            start=_month_year(p.start) if p.start else "?",
            end=Message("inferred.now") if p.end is None else _month_year(p.end),
            n=p.contacts,
        )
        for p in found
    )
    advice = "inferred.advice_give_file" if given else "inferred.advice_give"
    return Message("inferred.found", lead=lead, employers=parts, advice=Message(advice))


def _month_year(day) -> Message:
    """ "Mar 2019" ("mrt 2019")."""
    return Message("inferred.month_year", month=Message(f"month.{day.month}"), year=str(day.year))
