"""The owner's contacts for the independent evaluation generator: who they are, when they
connected, what their profile says today, and why (the truth we score against).
"""

from __future__ import annotations

import math
import random
import unicodedata
from dataclasses import dataclass
from datetime import date

from . import companies, names, titles
from .careers import STUDENT_TITLES, add_days

PRIVATE_SECTORS = ("care", "education", "hospitality", "misc", "retail")
BUSINESS_SECTORS = ("it", "finance", "misc", "fmcg", "consulting", "logistics", "government")
OTHER_ROLES = ("business", "tech", "consultant", "hr", "creative", "engineer", "planner")


@dataclass
class Contact:
    """One row of Connections.csv with its truth."""

    first: str
    last: str
    url: str
    email: str
    company: str
    title: str
    connected_on: date
    job: int | None  # index of the owner's position it was acquired for; None = private
    category: str
    source: str


def work_contacts(ctx, n: int) -> list[Contact]:
    """``n`` contacts acquired through the owner's jobs (spread by how long each ran)."""
    rng = ctx.rng
    weights = [_job_weight(ctx, j) for j in ctx.jobs]
    if not any(weights):
        return []
    pools: dict[tuple[int, str], list[str]] = {}
    out = []
    for _ in range(n):
        i = rng.choices(range(len(ctx.jobs)), weights)[0]
        job = ctx.jobs[i]
        sources = ctx.prof.sources if job.kind == "main" else ctx.prof.sources[:1]
        src = rng.choices(sources, [s.weight for s in sources])[0]
        when, timing = _work_date(ctx, job, src.category)
        if src.category == "colleague":
            company, title, moved = _colleague_profile(ctx, job, src, when)
        else:
            pool = pools.setdefault((i, src.tag), _client_pool(rng, src, ctx.country))
            company = _zipf_pick(rng, pool)
            title = titles.pick(rng, rng.choice(src.roles))
            company, title, moved = _maybe_moved(ctx, company, title, src, when, rate=7.0)
        tag = f"{src.tag}{'/moved' if moved else ''}{timing}"
        out.append(_contact(ctx, company, title, when, i, src.category, tag, private=False))
    return out


def private_contacts(ctx, n: int) -> list[Contact]:
    """``n`` contacts from the owner's private life (and recruiters who approached them)."""
    rng = ctx.rng
    prof = ctx.prof
    mix = {
        "classmate": 0.36,
        "family": 0.06,
        "hobby": 0.16,
        "friend": 0.22,
        "stranger": 0.06,
        "friend-in-field": 0.05,
        "recruiter": prof.recruiter_share * 2.5,
    }
    out = []
    for _ in range(n):
        kind = rng.choices(list(mix), list(mix.values()))[0]
        out.append(_private_one(ctx, kind))
    return out


# --- work -----------------------------------------------------------------------------------


def _job_weight(ctx, job) -> float:
    end = job.last_day(ctx.exported)
    months = max(1.0, (end - job.start).days / 30.4)
    on_linkedin = max(0.0, (end - max(job.start, ctx.registered)).days / 30.4)
    # jobs before the owner joined LinkedIn only yield the old colleagues they look up later
    weight = on_linkedin + 0.25 * (months - on_linkedin)
    weight = math.sqrt(weight) * 3  # people add many in a first job too, not only in long ones
    return weight * {"main": 1.0, "student": 0.25, "side": 0.12}[job.kind]


def _work_date(ctx, job, category: str) -> tuple[date, str]:
    rng = ctx.rng
    end = job.last_day(ctx.exported)
    roll = rng.random()
    if end < ctx.registered:
        # an old job: the contact is looked up when the owner joins, or found years later
        if roll < 0.6:
            return ctx.burst(ctx.registered, 70), "/catch-up"
        return ctx.when(ctx.registered, ctx.exported), "/late"
    if category == "colleague" and roll < 0.05:
        return ctx.when(add_days(job.start, -100), job.start), "/before-start"
    if roll < 0.30:
        return ctx.burst(job.start, 45), ""
    if job.end and roll < 0.40:
        return ctx.when(job.end, add_days(job.end, 270)), "/after-end"
    return ctx.when(job.start, end), ""


def _colleague_profile(ctx, job, src, when: date) -> tuple[str, str, bool]:
    rng = ctx.rng
    company = job.company
    if company in companies.SECTORS["selfemployed"] or job.sector == "selfemployed":
        # a freelancer's "colleagues" are the crews they work with at agencies and studios
        company = companies.pick(rng, "media")
    elif rng.random() < 0.12 and job.company in companies.ALIASES:
        company = rng.choice(companies.ALIASES[job.company])
    else:
        company = companies.variant(rng, company, ctx.country)
    if job.kind == "student":
        title = rng.choice(STUDENT_TITLES.get(job.sector, STUDENT_TITLES["misc"]))
    else:
        title = titles.pick(rng, rng.choice(src.roles))
    left = job.end is not None and rng.random() < 0.5
    return _maybe_moved(ctx, company, title, src, when, rate=4.0, left=left, home=job.sector)


def _maybe_moved(ctx, company, title, src, when, rate, left=False, home=None):
    """The profile today: a contact may have moved on since they connected."""
    rng = ctx.rng
    years = (ctx.exported - when).days / 365.25
    if not left and rng.random() > 1 - math.exp(-years / rate):
        return company, _dress(rng, title, company, src), False
    old = company
    roll = rng.random()
    sector = home or (src.sectors[0] if src.sectors else "misc")
    if roll < 0.6 and sector in companies.SECTORS:
        company = companies.pick(rng, sector)  # the same trade elsewhere, often the same title
        if rng.random() < 0.2:
            title = titles.pick(rng, rng.choice(OTHER_ROLES))
    else:
        if roll < 0.85:
            company = companies.pick(rng, rng.choice(BUSINESS_SECTORS))
        elif roll < 0.93:
            company = companies.pick(rng, "selfemployed")
        else:
            company = companies.small_firm(rng, ctx.country)
        if rng.random() < 0.7:
            title = titles.pick(rng, rng.choice(OTHER_ROLES))
    if rng.random() < 0.08:
        title = f"{title} | ex-{old}"
    return company, _dress(rng, title, company, src), True


def _client_pool(rng: random.Random, src, country: str) -> list[str]:
    size = rng.randint(3, 14)
    pool = [companies.pick(rng, rng.choice(src.sectors)) for _ in range(size)]
    # clients write their own company in several ways too
    return [companies.variant(rng, c, country) if rng.random() < 0.3 else c for c in pool]


def _zipf_pick(rng: random.Random, pool: list[str]) -> str:
    return rng.choices(pool, [1 / (k + 1) for k in range(len(pool))])[0]


def _dress(rng, title, company, src) -> str:
    role = src.roles[0] if src and src.roles else "private"
    return titles.dress(rng, title, company, role)


# --- private --------------------------------------------------------------------------------


def _private_one(ctx, kind: str) -> Contact:
    rng = ctx.rng
    prof = ctx.prof
    when = ctx.when(ctx.registered, ctx.exported)
    last = None
    country = None
    if kind == "classmate":
        when = ctx.burst(ctx.registered, 120) if rng.random() < 0.6 else when
        if rng.random() < prof.field_friends:
            company = companies.pick(rng, rng.choice(prof.field_sectors))
            title = titles.pick(rng, rng.choice(prof.field_roles))
            kind = "classmate-in-field"
        else:
            company, title = _random_profile(rng, ctx)
        if when.year >= ctx.exported.year - 1 and rng.random() < 0.25:
            company, title = companies.pick(rng, "education"), "Student"
    elif kind == "family":
        if rng.random() < 0.6:
            last = ctx.owner_last
            kind = "family-same-surname"
        company, title = _random_profile(rng, ctx)
        if rng.random() < 0.2:
            company, title = "", rng.choice(("Gepensioneerd", "Retired", "Rentner", "Student"))
    elif kind == "recruiter":
        jobs = [j for j in ctx.jobs if j.kind == "main"]
        job = rng.choice(jobs)
        when = ctx.when(job.start, job.last_day(ctx.exported))
        company = companies.pick(rng, "recruitment")
        title = titles.dress(rng, titles.pick(rng, "recruiter"), company, "business")
    elif kind == "stranger":
        country = "INT"
        company = (
            companies.small_firm(rng, "INT")
            if rng.random() < 0.5
            else companies.pick(rng, "startup")
        )
        title = titles.dress(
            rng,
            titles.pick(rng, rng.choice(("founder", "investor", "business"))),
            company,
            "founder",
        )
    elif kind == "friend-in-field":
        # a friend who happens to work at a client-like company: still private
        src = rng.choice(prof.sources[1:] or prof.sources)
        sector = rng.choice(src.sectors or prof.employer_sectors)
        company = companies.pick(rng, sector)
        title = titles.pick(rng, rng.choice(src.roles))
    else:  # hobby, friend
        company, title = _random_profile(rng, ctx)
        if kind == "hobby" and rng.random() < 0.3:
            when = ctx.burst(ctx.registered, 200)
    return _contact(
        ctx, company, title, when, None, "private", kind, private=True, last=last, country=country
    )


def _random_profile(rng: random.Random, ctx) -> tuple[str, str]:
    if rng.random() < 0.4:
        company = companies.pick(rng, rng.choice(PRIVATE_SECTORS))
        title = titles.pick(rng, "private")
    else:
        sector = rng.choice((*BUSINESS_SECTORS, "startup", "industry", "hospital", "media"))
        company = companies.pick(rng, sector)
        title = titles.pick(rng, rng.choice(OTHER_ROLES))
    if rng.random() < 0.05:
        company = companies.pick(rng, "selfemployed")
    return company, titles.dress(rng, title, company, "private")


# --- the row --------------------------------------------------------------------------------


def _contact(
    ctx, company, title, when, job, category, source, private, last=None, country=None
) -> Contact:
    rng = ctx.rng
    country = country or names.pick_country(rng, ctx.country)
    first, surname = names.person_name(rng, country)
    surname = last or surname
    first, surname = names.mess_name(rng, first, surname)
    roll = rng.random()
    if roll < 0.05:
        company = ""
    elif roll < 0.08:
        title = ""
    elif roll < 0.10:
        company = title = ""
    elif roll < 0.12 and company and title:
        # older profiles: the headline carries the employer, the company field is empty
        word = {"NL": "bij", "BE": "bij", "DE": "bei"}.get(country, "at")
        title, company = f"{title} {word} {company}", ""
    slug = _ascii(f"{first}-{surname}").lower().replace(" ", "-").replace(".", "")
    url = f"https://www.linkedin.com/in/{slug}-{rng.randrange(16**6):06x}"
    email = ""
    if rng.random() < 0.03:
        domain = rng.choice(names.PERSONAL_MAIL[country])
        if not private and company and rng.random() < 0.6:
            domain = _ascii(company.split()[0]).lower().strip(".,()") + ".com"
        email = f"{_ascii(first).lower()}.{_ascii(surname).lower().replace(' ', '')}@{domain}"
    if rng.random() < 0.004:
        first = surname = company = title = url = email = ""  # a profile LinkedIn hides
    return Contact(first, surname, url, email, company, title, when, job, category, source)


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
