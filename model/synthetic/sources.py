"""The latent sources of a network: who the owner knows, from where, and the ground truth.

Each source (family, school friends, colleagues of one employer, that employer's clients, ...)
yields a :class:`~.network.Block` of contacts with names, current company and title, the day
they connected and the label, employer and category a person who knows the story would give.
"""

from __future__ import annotations

import numpy as np

from .names import first_names, surnames
from .network import Block, Network, day_number
from .population import pick_fields, random_fields, titles_for
from .professions import PRIVATE_SOURCES, WORK_SOURCES

# Professions whose work involves hiring or buying people's time (IT, sales, projects, HR).
HIRES_THROUGH_AGENCIES = frozenset(
    {"it_consultant", "account_manager", "software_developer", "project_manager", "hr_advisor",
     "marketing_manager"}
)  # fmt: skip


def _names(net: Network, n: int) -> tuple[np.ndarray, np.ndarray]:
    return first_names(net.rng, n), surnames(net.rng, n)


def _block(net: Network, source: str, n: int, company, title, day, position: int = -1) -> Block:
    first, last = _names(net, n)
    return Block(source, first, last, np.asarray(company, dtype=object),
                 np.asarray(title, dtype=object), np.asarray(day, dtype=np.int64),
                 np.full(n, position, dtype=np.int64))  # fmt: skip


# -- work sources ---------------------------------------------------------------------------
def _colleague_fields(net: Network, n: int) -> np.ndarray:
    # Half the colleagues do what the owner does; the rest are support and management.
    fields = pick_fields(net.rng, net.spec.colleague_fields, n)
    same = net.rng.random(n) < 0.5
    fields[same] = net.spec.colleague_fields[0]
    return fields


def colleagues(net: Network, i: int, n: int) -> Block:
    """``n`` colleagues of job ``i``: met during it (many in its first months); some moved on."""
    b = net.behaviour
    days = net.in_job(i, n, early=0.0 if net.promoted(i) else b.colleague_early)
    start = day_number(net.jobs[i].position.start)
    if start - 90 > net.join and not net.promoted(i):
        # interviewers and future teammates connect before the first day: still colleagues
        before = net.rng.random(n) < 0.04
        days[before] = start - net.rng.integers(1, 90, before.sum())
    hi = net.window(i)[1]
    if b.join_colleagues > 0 and start < net.join <= hi:
        # joined LinkedIn during this job: the people around them are among the first added
        first = net.rng.random(n) < b.join_colleagues
        days[first] = np.minimum(net.burst(int(first.sum())), hi)
    fields = _colleague_fields(net, n)
    company = net.employer_names(i, n)
    left = net.moved_on(days, b.colleague_turnover)
    company[left] = net.elsewhere(fields[left])
    block = _block(net, "colleague", n, company, titles_for(net.rng, fields), days, i)
    if b.relatives_at_work > 0:  # a family business: some colleagues are relatives
        relatives = net.rng.random(n) < b.relatives_at_work
        block.last[relatives] = net.owner_last
    return block


def ex_colleagues(net: Network, i: int, n: int) -> Block:
    """``n`` colleagues of job ``i`` who connect just after it ended: work for that job."""
    end = net.jobs[i].position.end
    base = max(day_number(end), net.join) if end else net.export
    days = np.minimum(base + net.rng.exponential(40, n).astype(np.int64), net.export)
    fields = _colleague_fields(net, n)
    company = net.employer_names(i, n)
    left = net.rng.random(n) < net.behaviour.ex_colleague_left
    company[left] = net.elsewhere(fields[left])
    return _block(net, "ex_colleague", n, company, titles_for(net.rng, fields), days, i)


def colleague_friends(net: Network, i: int, n: int) -> Block:
    """``n`` colleagues of job ``i`` who became friends and connected any time later."""
    # Met at work, became friends, connected whenever: label work, yet most clues say private.
    lo, _ = net.window(i)
    lo = min(lo, net.export)
    days = net.sample_days(lo, net.export, n)
    fields = np.where(net.rng.random(n) < 0.5, pick_fields(net.rng, net.spec.colleague_fields, n),
                      random_fields(net.rng, n))  # fmt: skip
    company = net.elsewhere(fields)
    stayed = net.rng.random(n) < net.behaviour.colleague_friend_stayed
    company[stayed] = net.employer_names(i, int(stayed.sum()))
    return _block(net, "colleague_friend", n, company, titles_for(net.rng, fields), days, i)


def partners(net: Network, kind: str, i: int, n: int) -> Block:
    """``n`` contacts at clients or suppliers (``kind``) of job ``i``, met during it."""
    days = net.in_job(i, n)
    end = net.jobs[i].position.end
    if end is not None and net.join <= day_number(end) < net.export and not net.continued(i):
        # Former clients connect after the owner's move: still work for the old employer.
        late = net.rng.random(n) < 0.1
        after = day_number(end) + net.rng.exponential(75, late.sum()).astype(np.int64)
        days[late] = np.minimum(after, net.export)
    spec = net.spec
    if kind == "client":
        fields = pick_fields(net.rng, spec.client_fields or ("management",), n)
    else:
        fields = pick_fields(net.rng, spec.supplier_fields, n)
    company = net.partners(kind, i, n)
    if kind == "supplier" and spec.name in HIRES_THROUGH_AGENCIES:
        # owners who hire or buy people's time deal with staffing agencies: their recruiters
        # are suppliers, not people approaching the owner about a job
        staffing = net.rng.random(n) < 0.15
        fields[staffing] = "recruitment"
        company[staffing] = net.population.companies(
            np.full(int(staffing.sum()), "recruitment", dtype=object)
        )
    left = net.moved_on(days, net.behaviour.partner_turnover)
    if kind == "client" and spec.private_clients:
        # consumers (house buyers, mortgage clients): any job, any employer
        consumer = net.rng.random(n) < spec.private_clients
        fields[consumer] = random_fields(net.rng, int(consumer.sum()))
        left |= consumer
    company[left] = net.elsewhere(fields[left])
    return _block(net, kind, n, company, titles_for(net.rng, fields), days, i)


def recruiter_contacts(net: Network, n: int) -> Block:
    """Recruiters who approach the owner about jobs: private, often around job changes."""
    days = net.any_time(n)
    starts = [day_number(j.position.start) for j in net.jobs if j.position.start]
    starts = [d for d in starts if net.join < d <= net.export]
    if starts:  # job hunting: the months before a new job
        near = net.rng.random(n) < net.behaviour.recruiter_near_start
        picked = np.array(starts)[net.rng.integers(0, len(starts), near.sum())]
        before = picked - net.rng.integers(0, 120, near.sum())
        days[near] = np.clip(before, net.join, net.export)
    fields = np.full(n, "recruitment", dtype=object)
    company = net.population.companies(np.full(n, "recruitment", dtype=object))
    return _block(net, "recruiter_contact", n, company, titles_for(net.rng, fields), days)


def candidates(net: Network, i: int, n: int) -> Block:
    """``n`` candidates of a recruiter's job ``i``, with titles of the recruiter's specialism."""
    days = net.in_job(i, n)
    fields = pick_fields(net.rng, net.specialism or ("sales",), n)
    titles = titles_for(net.rng, fields)
    company = net.elsewhere(fields)
    looking = net.rng.random(n) < 0.08
    titles[looking] = titles_for(net.rng, np.full(looking.sum(), "other", dtype=object))
    return _block(net, "candidate", n, company, titles, days, i)


def industry(net: Network, i: int, n: int) -> Block:
    """``n`` people met at events during job ``i``: work, "other work"."""
    days = net.in_job(i, n)
    fields = pick_fields(net.rng, net.spec.industry_fields or net.spec.colleague_fields, n)
    sectors = np.array(net.spec.sectors, dtype=object)[
        net.rng.integers(0, len(net.spec.sectors), n)
    ]
    other = net.rng.random(n) < 0.4
    sectors[other] = net.population.sectors_for(fields[other])
    company = net.population.companies(sectors)
    return _block(net, "industry", n, company, titles_for(net.rng, fields), days, i)


# -- private sources ------------------------------------------------------------------------
def private(net: Network, source: str, n: int) -> Block:
    """``n`` contacts of the private ``source`` (family, friends, strangers, ...)."""
    rng, b = net.rng, net.behaviour
    if source == "recruiter_contact":
        return recruiter_contacts(net, n)
    if source in ("school_friend", "university_friend"):
        days = np.where(rng.random(n) < b.burst_friends, net.burst(n), net.any_time(n))
    elif source == "family":
        days = np.where(rng.random(n) < b.burst_family, net.burst(n), net.any_time(n))
    else:
        days = net.any_time(n)
    fields = random_fields(rng, n)
    if source == "university_friend":  # studied the same: they often work in the owner's field
        same = rng.random(n) < b.university_in_trade
        fields[same] = pick_fields(rng, net.spec.colleague_fields, int(same.sum()))
    if b.friends_in_trade > 0 and source in ("school_friend", "friend", "local"):
        same = rng.random(n) < b.friends_in_trade  # friends who share the owner's trade
        fields[same] = pick_fields(rng, net.spec.colleague_fields, int(same.sum()))
    if net.spec.name == "student" and source in ("school_friend", "university_friend", "friend"):
        young = rng.random(n) < 0.6  # a student's friends are mostly students themselves
        fields[young] = pick_fields(rng, ("student", "student", "student_job"), int(young.sum()))
    if source == "family":
        old = rng.random(n) < 0.25
        fields[old] = "other"
    if source == "random":  # open networkers and strangers from abroad
        fields[rng.random(n) < 0.3] = "networker"
    company = net.elsewhere(fields)
    if source == "friend_at_work" and net.jobs:
        company = _friends_at_work_companies(net, n)
    block = _block(net, source, n, company, titles_for(rng, fields), days)
    if source == "family":
        block.last = _family_names(net, block.last)
    return block


def _friends_at_work_companies(net: Network, n: int) -> np.ndarray:
    rng = net.rng
    jobs = rng.integers(0, len(net.jobs), n)
    out = np.empty(n, dtype=object)
    for i in np.unique(jobs):
        rows = np.flatnonzero(jobs == i)
        if net.spec.client_fields and rng.random() < 0.5:
            out[rows] = net.partners("client", int(i), len(rows))
        else:
            out[rows] = net.employer_names(int(i), len(rows))
    return out


def _family_names(net: Network, last: np.ndarray) -> np.ndarray:
    rng = net.rng
    owner = net.owner_last
    kind = rng.random(len(last))
    out = last.copy()
    share = net.behaviour.family_surname
    out[kind < share] = owner
    core = owner.split()[-1]
    married = (kind >= share) & (kind < share + 0.12)
    out[married] = [f"{a.split()[-1]}-{core}" if rng.random() < 0.5 else f"{core}-{a}"
                    for a in last[married]]  # fmt: skip
    return out


WORK_BUILDERS = {
    "colleague": colleagues,
    "ex_colleague": ex_colleagues,
    "colleague_friend": colleague_friends,
    "client": lambda net, i, n: partners(net, "client", i, n),
    "supplier": lambda net, i, n: partners(net, "supplier", i, n),
    "candidate": candidates,
    "industry": industry,
}
SOURCES: tuple[str, ...] = (*WORK_SOURCES, *PRIVATE_SOURCES)
