"""Generate a person, their career and their network, and write it as a LinkedIn export.

:func:`generate_person` is seeded and pure: the same seed gives the same person, contacts and
labels. :func:`write_sample` writes the export zip and a ``labels.csv`` aligned with the
contacts in input order.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..career import Career
from ..paths import atomic_write
from ..schema import conform_contacts
from .behaviour import Behaviour, typical_behaviour, varied_behaviour
from .careers import Job, listed_career, make_career
from .invitations import make_invitations
from .names import first_names, surnames
from .network import Block, Network
from .noise import duplicate_rows, emails, hide_profiles, messy_fields, messy_names, urls
from .professions import PRIVATE_SOURCES, PROFESSION_SPECS, PROFESSIONS, WORK_SOURCES, Profession
from .sources import WORK_BUILDERS, private

LABEL_COLUMNS = ["label", "employer", "position_index", "category", "source"]
LABELS_FILE_COLUMNS = ["row", "first_name", "last_name", *LABEL_COLUMNS]
MAX_CONTACTS = 30_000  # LinkedIn's limit on connections
_CIRCLE_CAPS = {"family": 70, "school_friend": 350, "university_friend": 600, "friend": 500,
                "local": 300, "friend_at_work": 60}  # fmt: skip


@dataclass
class SyntheticPerson:
    """A generated LinkedIn member: career, contacts (input order) and aligned ground truth."""

    seed: int
    profession: str
    career: Career  # as listed in Positions.csv (newest first), as a reader sees it
    contacts: pd.DataFrame  # model.schema.CONTACT_COLUMNS, newest connection first
    labels: pd.DataFrame  # LABEL_COLUMNS, row for row with contacts
    jobs: list[Job]
    invitations: pd.DataFrame  # name, direction, sent_on, url, message (Invitations.csv)
    client_lists: dict[int, list[str]]  # position index -> the employer's client list
    year_only: tuple[int, ...] = ()  # positions listed with bare years (true months in jobs)
    behaviour: Behaviour = field(default_factory=Behaviour)  # the habits it was drawn with

    def clients(self, position_index: int = 0) -> list[str]:
        """The client list the employer of ``position_index`` would hand over ([] if none)."""
        return list(self.client_lists.get(position_index, []))

    def labels_table(self) -> pd.DataFrame:
        """The labels as written to labels.csv: row (0-based), names, then LABEL_COLUMNS."""
        table = self.labels.copy()
        table.insert(0, "row", np.arange(len(table), dtype=np.int64))
        table.insert(1, "first_name", self.contacts["first_name"].to_numpy())
        table.insert(2, "last_name", self.contacts["last_name"].to_numpy())
        return table[LABELS_FILE_COLUMNS]


def generate_person(seed: int, profession: str | None = None, n_contacts: int | None = None,
                    *, varied: bool = False) -> SyntheticPerson:  # fmt: skip
    """A reproducible person of ``profession`` (random when None) with ``n_contacts`` contacts.

    ``varied`` draws the member's habits (when they joined LinkedIn, how many friends and
    relatives they add, how fast colleagues move on, ...) per person from wide ranges
    (:func:`.behaviour.varied_behaviour`, for training); otherwise everybody has the same
    fixed mix. Raises ValueError for an unknown profession or a size outside 1..30,000.
    """
    rng = np.random.default_rng(seed)
    # its own stream, so that the fixed mix draws exactly what it always drew
    habits = np.random.default_rng([seed, 31])
    behaviour = varied_behaviour(habits) if varied else typical_behaviour()
    if profession is None:
        profession = PROFESSIONS[rng.integers(len(PROFESSIONS))]
    if profession not in PROFESSION_SPECS:
        raise ValueError(f"unknown profession {profession!r}; expected one of {PROFESSIONS}")
    if n_contacts is not None and not 1 <= n_contacts <= MAX_CONTACTS:
        raise ValueError(f"n_contacts must be between 1 and {MAX_CONTACTS}, not {n_contacts}")
    spec = PROFESSION_SPECS[profession]
    owner_first = str(first_names(rng, 1)[0])
    owner_last = str(surnames(rng, 1)[0])
    career, jobs = make_career(rng, spec, owner_first, owner_last, behaviour)
    n_total = n_contacts if n_contacts is not None else _network_size(rng, spec, career)
    net = Network(rng, spec, career, jobs, owner_last, n_total, behaviour)
    blocks = _blocks(net, _source_counts(net, n_total))
    contacts, labels = _assemble(rng, blocks, jobs, n_total, behaviour)
    invitations = make_invitations(rng, contacts, labels, career.exported_on)
    client_lists = net.client_lists()
    listed, year_only = listed_career(rng, career)
    return SyntheticPerson(seed, profession, listed, contacts, labels, jobs, invitations,
                           client_lists, year_only, behaviour)  # fmt: skip


def iter_people(n: int, *, seed: int = 0, professions: tuple[str, ...] | None = None,
                n_contacts: int | None = None) -> Iterator[SyntheticPerson]:  # fmt: skip
    """``n`` different people, cycling through ``professions`` (all by default), for training.

    Person ``k`` is ``generate_person(seed * 1_000_003 + k, ...)``: any one can be regenerated.
    """
    professions = professions or PROFESSIONS
    for k in range(n):
        yield generate_person(seed * 1_000_003 + k, professions[k % len(professions)], n_contacts)


def _network_size(rng: np.random.Generator, spec: Profession, career: Career) -> int:
    median, sigma, lo, hi = spec.size
    years = max(0.3, (career.exported_on - career.registered_on).days / 365.25)
    usual = 3 if spec.name == "student" else 8  # years on LinkedIn of a typical member
    scale = min(1.5, (years / usual) ** 0.5)  # networks grow with the years on LinkedIn
    return int(np.clip(rng.lognormal(np.log(median * scale), sigma), lo, min(hi, MAX_CONTACTS)))


def _source_counts(net: Network, n_total: int) -> dict[str, int]:
    """How many contacts each latent source gives; work sources need a job to come from."""
    sources = [*WORK_SOURCES, *PRIVATE_SOURCES]
    weights = np.array([net.spec.mix.get(s, 0.0) for s in sources])
    weights *= net.rng.gamma(6.0, 1 / 6.0, len(sources))  # people differ within a profession
    b = net.behaviour
    for k, source in enumerate(sources):  # sociability: friends, relatives, recruiters
        if source in PRIVATE_SOURCES and source != "recruiter_contact":
            weights[k] *= b.private_weight * (b.family_weight if source == "family" else 1.0)
        elif source == "recruiter_contact":
            weights[k] *= b.recruiter_weight
    for k, source in enumerate(sources):
        if _job_weights(net, source).sum() <= 0:
            weights[k] = 0.0
    if weights.sum() == 0:
        weights[sources.index("friend")] = 1.0
    counts = net.rng.multinomial(n_total, weights / weights.sum())
    # Nobody has a thousand cousins: personal circles saturate, big networks grow at work
    # (or with strangers, for those without work sources).
    caps = np.array([_CIRCLE_CAPS.get(s, n_total) for s in sources])
    excess = int(np.maximum(counts - caps, 0).sum())
    counts = np.minimum(counts, caps)
    if excess:
        open_ = np.where(caps >= n_total, weights, 0.0)
        if open_.sum() == 0:
            open_[sources.index("random")] = 1.0
        counts += net.rng.multinomial(excess, open_ / open_.sum())
    return dict(zip(sources, (int(c) for c in counts), strict=True))


def _job_weights(net: Network, source: str) -> np.ndarray:
    """Relative share of each job in a work source's contacts (all zero: none possible)."""
    if source == "friend_at_work":
        return np.ones(1) if net.jobs else np.zeros(1)
    if source not in WORK_SOURCES:
        return np.ones(1)
    order = np.argsort([j.position.start for j in net.jobs]) if net.jobs else []
    seniority = np.empty(len(net.jobs))
    seniority[order] = np.arange(len(net.jobs))
    out = np.zeros(len(net.jobs))
    for i, job in enumerate(net.jobs):
        lo, hi = net.window(i)
        days = max(hi - lo, 0)
        if lo > hi and source in ("colleague", "colleague_friend"):
            pre = job.position.end and job.position.start
            days = 0.08 * (job.position.end - job.position.start).days if pre else 0
        weight = days * (1 + 0.3 * seniority[i])
        if source == "ex_colleague":
            ended = job.position.end is not None and lo <= hi and hi < net.export - 30
            ended = ended and not net.continued(i)
            weight = weight if ended else 0.0
        if source == "candidate" and (job.side or job.own_business):
            weight = 0.0
        if job.side:
            weight *= 0.1
        if job.own_business:
            weight *= {"colleague": 0.05, "ex_colleague": 0.0, "client": 1.5}.get(source, 1.0)
        out[i] = weight
    return out


def _blocks(net: Network, counts: dict[str, int]) -> list[Block]:
    blocks = []
    for source, count in counts.items():
        if count == 0:
            continue
        if source in WORK_SOURCES:
            weights = _job_weights(net, source)
            if weights.sum() <= 0:  # no job can host this source (e.g. only side jobs)
                continue
            per_job = net.rng.multinomial(count, weights / weights.sum())
            for i, n in enumerate(per_job):
                if n:
                    blocks.append(WORK_BUILDERS[source](net, i, int(n)))
        else:
            blocks.append(private(net, source, count))
    return blocks


def _assemble(rng: np.random.Generator, blocks: list[Block], jobs: list[Job], n_total: int,
              behaviour: Behaviour) -> tuple[pd.DataFrame, pd.DataFrame]:  # fmt: skip
    cols = {
        "first": np.concatenate([b.first for b in blocks]),
        "last": np.concatenate([b.last for b in blocks]),
        "company": np.concatenate([b.company for b in blocks]),
        "title": np.concatenate([b.title for b in blocks]),
    }
    day = np.concatenate([b.day for b in blocks])
    position_index = np.concatenate([b.position_index for b in blocks])
    source = np.concatenate([np.full(len(b.day), b.source, dtype=object) for b in blocks])
    label = np.concatenate([np.full(len(b.day), b.label, dtype=object) for b in blocks])
    category = np.concatenate([np.full(len(b.day), b.category, dtype=object) for b in blocks])
    work = label == "work"
    messy_fields(rng, cols, behaviour.empty_company)
    messy_names(rng, cols["first"], cols["last"])
    cols["url"] = urls(rng, cols["first"], cols["last"])
    cols["email"] = emails(rng, cols["first"], cols["last"], cols["company"], work)
    hide_profiles(rng, cols)
    # LinkedIn lists the newest connection first; same-day contacts in no particular order.
    shuffle = rng.permutation(len(day))
    order = shuffle[np.argsort(-day[shuffle], kind="stable")]
    # Copies keep the total at n_total: drop from the end what the copies add.
    rows, is_copy = duplicate_rows(rng, len(order))
    rows, is_copy = rows[:n_total], is_copy[:n_total]
    take = order[rows]
    employer_names = np.array([j.position.company for j in jobs] + [""], dtype=object)
    contacts = conform_contacts(pd.DataFrame({
        "first_name": cols["first"][take], "last_name": cols["last"][take],
        "url": cols["url"][take], "email": cols["email"][take],
        "company": cols["company"][take], "position": cols["title"][take],
        "connected_on": (day[take].astype("datetime64[D]")).astype("datetime64[ns]"),
        "row": np.arange(1, len(take) + 1), "duplicate": is_copy,
    }))  # fmt: skip
    labels = pd.DataFrame({
        "label": pd.array(label[take], dtype="str"),
        "employer": pd.array(employer_names[position_index[take]], dtype="str"),
        "position_index": position_index[take].astype(np.int64),
        "category": pd.array(category[take], dtype="str"),
        "source": pd.array(source[take], dtype="str"),
    })  # fmt: skip
    return contacts, labels


def write_sample(out_dir, *, seed: int = 0, profession: str | None = None,
                 n_contacts: int | None = None, layout: str = "current",
                 excel: str | None = None) -> tuple[Path, Path]:  # fmt: skip
    """Generate a person and write their LinkedIn export zip and ``labels.csv`` to ``out_dir``.

    Returns (zip path, labels path); the zip gets LinkedIn's own file name. ``layout`` and
    ``excel`` choose the Connections.csv era and Excel mangling (see ``layouts``).
    """
    from .layouts import write_linkedin_zip

    person = generate_person(seed, profession, n_contacts)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    contacts = person.contacts
    if layout == "2018":  # that era's export has a time of day on every connection
        minutes = np.random.default_rng(seed).integers(7 * 60, 23 * 60, len(contacts))
        contacts = contacts.assign(
            connected_on=contacts["connected_on"] + pd.to_timedelta(minutes, unit="min")
        )
    zip_path = write_linkedin_zip(
        out,
        contacts,
        positions=person.career.positions,
        profile_name=person.career.owner_name,
        registered_on=person.career.registered_on,
        exported_on=person.career.exported_on,
        invitations=person.invitations,
        layout=layout,
        year_only=person.year_only,
        excel=excel,
    )
    labels_path = out / "labels.csv"
    with atomic_write(labels_path, "w", encoding="utf-8", newline="") as fh:
        person.labels_table().to_csv(fh, index=False, lineterminator="\n")
    return zip_path, labels_path


def read_labels(path) -> pd.DataFrame:
    """A labels.csv written by :func:`write_sample`, with text as ``str`` and no NaN."""
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    table["row"] = table["row"].astype(np.int64)
    table["position_index"] = table["position_index"].astype(np.int64)
    return table
