"""A member's working life: jobs one after another with gaps, some at the same time, own
businesses, agency placements, family firms, seasonal work, bankruptcies and take-overs."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from .tracks import TRACK_NAMES, TRACKS, Track
from .words import AGENCIES, AGENCIES_BE
from .writing import bare, firm, pick, typo
from .writing import place as town

SCHOOL_JOBS = (("Vakkenvuller", "Albert Heijn {place}"), ("Afwasser", "Restaurant {surname}"),
               ("Bezorger", "Domino's {place}"), ("Kassamedewerker", "Jumbo {place}"),
               ("Medewerker bediening", "Strandpaviljoen {surname}"), ("Krantenbezorger", "DPG Media"),
               ("Aardbeienplukker", "Fruitbedrijf {surname}"), ("Medewerker", "McDonald's {place}"))  # fmt: skip
SEASONAL = (("Seizoensmedewerker", "Camping {surname}"), ("Oogstmedewerker", "Fruitteelt {surname}"),
            ("Medewerker bediening (seizoen)", "Strandpaviljoen {surname}"),
            ("Pakketbezorger (december)", "PostNL"), ("Kerstboomverkoper", "Tuincentrum {place}"),
            ("Medewerker inpak (seizoen)", "Kwekerij {surname}"), ("Animatieteam", "Landal {place}"))  # fmt: skip
# public employers: they neither go bankrupt nor get taken over
_PUBLIC = ("politie", "defensie", "brandweer", "buitendienst")


@dataclass
class Stint:
    """One job. ``company`` is how the member lists it; ``site`` where they actually work
    (the client of an agency placement, the franchise formula) — ``company`` when the same."""

    track: str
    company: str
    title: str
    start: date  # first day of a month
    end: date | None  # last day of a month; None while it runs
    kind: str = "employee"  # employee, own, agency, family, seasonal, side, school
    listed: bool = True
    site: str = ""
    agency: str = ""
    fate: str = ""  # "", "bankrupt", "taken_over"
    successor: str = ""
    place: str = ""
    description: str = ""

    def until(self, exported: date) -> date:
        """The last day worked (the export day while it runs)."""
        return self.end or exported

    @property
    def where(self) -> str:
        """The firm people at the workplace write."""
        return self.site or self.company


def month_start(d: date) -> date:
    """The first day of ``d``'s month."""
    return d.replace(day=1)


def month_end(d: date) -> date:
    """The last day of ``d``'s month."""
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def add_months(d: date, months: int) -> date:
    """The first day of the month ``months`` after ``d``'s."""
    y, m = divmod(d.month - 1 + months, 12)
    return date(d.year + y, m + 1, 1)


def day_between(rng, a: date, b: date) -> date:
    """A day from ``a`` to ``b`` inclusive (``a`` when b < a)."""
    span = (b - a).days
    return a if span <= 0 else a + timedelta(days=int(rng.integers(span + 1)))


@dataclass
class WorkLife:
    """A member's country, birth, LinkedIn join and export days, jobs and home town."""

    country: str
    born: date
    joined: date  # on LinkedIn
    exported: date
    stints: list[Stint]
    home: str
    track: str  # the member's own line of work


def _owner_title(rng, track: Track, kind: str, company: str, place: str) -> str:
    """What a member types as their own title: loose, sometimes a headline, sometimes nothing."""
    title = pick(rng, track.owner)
    if kind in ("own", "family") and rng.random() < 0.5:
        title = pick(rng, ("Eigenaar", "Eigenaar", "Eigenaresse", "Mede-eigenaar", "DGA", "Owner",
                           "Zelfstandig ondernemer", title))  # fmt: skip
    title = title.replace("{place}", place).replace("{company}", bare(company))
    draw = rng.random()
    if draw < 0.06:
        return ""
    if draw < 0.12:
        return f"{title} bij {bare(company)}"
    if draw < 0.16 and kind == "own":
        return f"ZZP | {title} | {pick(rng, ('Verbouw', 'Onderhoud', 'Nieuwbouw', 'Particulier en zakelijk', 'Regio ' + place))}"
    if draw < 0.19:
        return title.upper()
    if draw < 0.23:
        return typo(rng, title)
    if draw < 0.27:
        return f"Werkzaam bij {bare(company)}"
    return title


def _stint_firm(rng, track: Track, kind: str, country: str, place: str, surname: str) -> str:
    if kind in ("own", "family"):
        own = [p for p in track.firms if "{surname}" in p or "{given}" in p] or list(track.firms)
        return firm(rng, pick(rng, own), country, surname=surname.split(" ")[-1], place=place)
    return firm(rng, pick(rng, track.firms), country, place=place)


_HOMES = {
    "NL": ("Zwolle", "Hengelo", "Ede", "Westland", "Tilburg", "Emmen", "Venlo", "Goes",
           "Purmerend", "Almere", "Oss", "Drachten"),
    "BE": ("Gent", "Kortrijk", "Hasselt", "Geel", "Aalst", "Roeselare", "Lier"),
}  # fmt: skip


@dataclass
class _Plan:
    """What every job of one member draws on."""

    track: Track
    owner: tuple[str, str]
    country: str
    home: str
    exported: date
    zzp_later: bool
    family_name: str  # the family firm ("" when none)

    @property
    def surname(self) -> str:
        """The last word of the member's family name ("de Vries" -> "Vries")."""
        return self.owner[1].split(" ")[-1]


def make_worklife(rng, track: Track, owner: tuple[str, str], country: str) -> WorkLife:
    """The member's jobs from school until the export, newest last."""
    exported = date(2024, 9, 1) + timedelta(days=int(rng.integers(0, 760)))
    born = date(exported.year - int(rng.integers(19, 63)), int(rng.integers(1, 13)), 1)
    home = pick(rng, _HOMES[country])
    # joining LinkedIn late: a few early, most in the 2010s-2020s, some only last year
    earliest = max(date(2007, 1, 1), date(born.year + 16, born.month, 1))
    latest = exported - timedelta(days=60)
    share = float(rng.beta(2.2, 1.4))
    joined = earliest + timedelta(days=int(share * max((latest - earliest).days, 0)))
    start = date(born.year + int(rng.integers(16, 21)), int(rng.integers(1, 13)), 1)
    start = min(start, month_start(exported - timedelta(days=int(rng.integers(120, 700)))))
    stints = [_school_job(rng, born, country)] if rng.random() < 0.55 else []
    zzp_later = bool(rng.random() < track.zzp)
    family_name = ""
    if rng.random() < track.family:
        patterns = [p for p in track.firms if "{surname}" in p] or list(track.firms)
        family_name = firm(rng, pick(rng, patterns), country, surname=owner[1].split(" ")[-1])
    plan = _Plan(track, owner, country, home, exported, zzp_later, family_name)
    cursor = start
    while cursor < exported:
        years = float(np.clip(rng.lognormal(np.log(3.2), 0.75), 0.3, 25))
        end = month_end(add_months(cursor, max(int(years * 12), 2) - 1))
        stint = _main_job(rng, plan, stints, cursor, end)
        stints.append(stint)
        stints.extend(_extras(rng, plan, stint, years))
        gap = int(rng.integers(1, 19)) if rng.random() < 0.25 else 0
        cursor = add_months(end, gap + 1)
    _settle(rng, stints, joined, exported)
    for s in stints:
        s.description = _description(rng, s)
    return WorkLife(country, born, joined, exported, stints, home, track.name)


def _school_job(rng, born: date, country: str) -> Stint:
    """A job beside school: never a career, rarely listed."""
    title, pattern = pick(rng, SCHOOL_JOBS)
    s = date(born.year + int(rng.integers(14, 17)), int(rng.integers(1, 13)), 1)
    end = month_end(add_months(s, int(rng.integers(6, 36))))
    return Stint("school", firm(rng, pattern, country), title, s, end, kind="school",
                 listed=bool(rng.random() < 0.1))  # fmt: skip


def _main_job(rng, plan: _Plan, stints: list[Stint], cursor: date, end: date) -> Stint:
    """The next main job: its trade, kind, firm as listed, title and fate."""
    track, exported = plan.track, plan.exported
    here = track
    if rng.random() < 0.22 and end < exported - timedelta(days=3 * 365):  # an earlier trade
        here = TRACKS[pick(rng, TRACK_NAMES)]
    kind = _job_kind(rng, plan, here, stints, cursor)
    place = plan.home if rng.random() < 0.7 else town(rng, plan.country)
    company = plan.family_name if kind == "family" else _stint_firm(
        rng, here, kind, plan.country, place, plan.owner[1])  # fmt: skip
    stint = Stint(here.name, company, "", cursor, end, kind=kind, place=place)
    _as_listed(rng, plan, here, stint, company)
    stint.title = _owner_title(rng, here, kind, stint.company, place)
    if here.name not in _PUBLIC:
        _fate(rng, plan, here, stint, end)
    return stint


def _job_kind(rng, plan: _Plan, here: Track, stints: list[Stint], cursor: date) -> str:
    """How the member holds the next main job: "family", "own", "agency" or "employee"."""
    remaining = (plan.exported - cursor).days / 365.25
    first_main = not any(s.kind not in ("school", "seasonal", "side") for s in stints)
    if plan.family_name and here is plan.track and (first_main or rng.random() < 0.5):
        return "family"
    if plan.zzp_later and remaining < 12 and rng.random() < 0.6:
        return "own"
    if rng.random() < here.agency:
        return "agency"
    return "employee"


def _as_listed(rng, plan: _Plan, here: Track, stint: Stint, company: str) -> None:
    """The firm ``stint`` lists: a placement as the agency, the client or both; a franchise
    store as its legal owner or the formula."""
    if stint.kind == "agency":  # listed as the agency, the client or both
        stint.agency = pick(rng, AGENCIES_BE if plan.country == "BE" else AGENCIES)
        stint.site = company
        how = rng.random()
        if how < 0.45:
            stint.company = stint.agency
        elif how >= 0.8:
            stint.company = f"{bare(company)} via {stint.agency}"
    if plan.track.name == "franchise" and here is plan.track:  # the legal owner vs the formula
        stint.site = company
        if rng.random() < 0.5:
            stint.company = (f"{plan.surname} Supermarkten B.V." if rng.random() < 0.5
                             else f"{bare(company)} ({plan.surname} B.V.)")  # fmt: skip


def _fate(rng, plan: _Plan, here: Track, stint: Stint, end: date) -> None:
    """What became of a private firm later: bankrupt or taken over, by chance."""
    if (
        stint.kind in ("employee", "agency")
        and rng.random() < 0.07
        and end < plan.exported - timedelta(days=200)
    ):
        stint.fate = "bankrupt"
    elif stint.kind == "employee" and rng.random() < 0.08:
        stint.fate = "taken_over"
        stint.successor = _stint_firm(
            rng, here, "employee", plan.country, stint.place, plan.owner[1]
        )


def _extras(rng, plan: _Plan, main: Stint, years: float) -> list[Stint]:
    """A seasonal job after ``main`` and a second job beside it, each by chance."""
    out = []
    here = TRACKS[main.track]
    if rng.random() < here.seasonal and main.end and main.end < plan.exported - timedelta(days=400):
        title, pattern = pick(rng, SEASONAL)
        s = date(main.end.year + 1, int(rng.integers(3, 6)), 1)
        end = month_end(add_months(s, int(rng.integers(3, 7))))
        out.append(
            Stint(here.name, firm(rng, pattern, plan.country), title, s, end, kind="seasonal")
        )
    if rng.random() < plan.track.side * 0.5:  # a second job at the same time
        other = plan.track if rng.random() < 0.5 else TRACKS[pick(rng, TRACK_NAMES)]
        s = add_months(main.start, int(rng.integers(0, max(int(years * 12) // 2, 1))))
        end = month_end(add_months(s, int(rng.integers(4, 40))))
        company = _stint_firm(rng, other, "employee", plan.country, main.place, plan.owner[1])
        title = pick(rng, other.owner).replace("{place}", main.place)
        title = title.replace("{company}", bare(company))
        if rng.random() < 0.4:
            title = f"{title} (parttime)" if rng.random() < 0.5 else f"{title} - bijbaan"
        out.append(Stint(other.name, company, title, s, end, kind="side", place=main.place))
    return out


def _settle(rng, stints: list[Stint], joined: date, exported: date) -> None:
    """Cut the jobs at the export, keep the last main job running (mostly), and leave
    some old jobs out of the profile, as light users do."""
    exported_start = month_start(exported)
    for s in stints:
        s.start = min(s.start, exported_start)
        if s.end is not None and s.end >= exported_start:
            s.end = None  # still running at the export
        if s.end is None:
            s.fate = "" if s.fate == "bankrupt" else s.fate
    mains = [s for s in stints if s.kind not in ("school", "seasonal", "side")]
    if mains and mains[-1].end is not None and rng.random() < 0.85:
        mains[-1].end = None  # else the member is between jobs at the export
        mains[-1].fate = ""
    for s in stints:  # jobs long before LinkedIn are left out most
        if s.kind == "school" or (mains and s is mains[-1]):
            continue
        if s.until(exported) < joined and rng.random() < 0.25:
            s.listed = False


def _description(rng, s: Stint) -> str:
    """Most leave it empty; some write a line or two (with commas, quotes and a line break)."""
    if rng.random() < 0.78:
        return ""
    return pick(rng, (
        "Werkzaamheden: onderhoud, storingen en nieuwbouw.",
        "Verantwoordelijk voor planning, inkoop en personeel.\nDaarnaast BHV'er.",
        'Werken met "lean" methodes, 5S en dagstarts.',
        "Diverse werkzaamheden.",
        "Via uitzendbureau, later in vaste dienst.",
        "Nachtdiensten, weekenddiensten, feestdagen",
        "Eigen bedrijf gestart na faillissement van vorige werkgever.",
        "Klanten in de regio; particulier en zakelijk.",
    ))  # fmt: skip
