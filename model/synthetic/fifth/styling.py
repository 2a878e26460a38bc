"""How people fill in the Position and Company fields of their profile: a headline rather than
a title, abbreviations, a stale or empty company, a legal form added, self-employment written
a dozen ways. The truth of a contact never depends on these choices."""

from __future__ import annotations

import random

from .words import (
    ABBREVIATIONS,
    BLANKISH,
    COMPANY_SUFFIXES,
    EMOJIS,
    HEADLINE_FORMS,
    HEADLINE_TOPICS,
    HELP_VERB,
    HELP_WHOM,
    NO_LEGAL_FORM,
    SEEKING,
)

# Sources whose people write marketing headlines more often than a plain title.
_LOUD = {"stranger": 3.0, "cold_pitch": 3.0, "recruiter": 2.5, "peer": 1.5, "client": 0.8}


def abbreviate(rnd: random.Random, title: str) -> str:
    """One of the usual shortenings ("Sr.", "Mgr", "VP", "CFO"), where the title has one."""
    options = [(long, short) for long, short in ABBREVIATIONS if long in title]
    if not options:
        return title
    long, short = rnd.choice(options)
    return title.replace(long, short, 1)


def headline(rnd: random.Random, title: str, company: str) -> str:
    """A LinkedIn headline built around ``title`` ("Advocaat | Arbeidsrecht | Speaker")."""
    form = rnd.choice(HEADLINE_FORMS)
    if "{company}" in form and not company:
        form = "{title} | {topic}"
    topic, topic2 = rnd.sample(HEADLINE_TOPICS, 2)
    return form.format(
        title=title,
        company=company,
        topic=topic,
        topic2=topic2,
        emoji=rnd.choice(EMOJIS),
        whom=rnd.choice(HELP_WHOM),
        verb=rnd.choice(HELP_VERB),
    )


def position_text(
    rnd: random.Random, title: str, company: str, source: str, loudness: float
) -> str:
    """What the contact's Position field shows for a person whose job is ``title``.

    ``loudness`` is the network's own taste for headlines (drawn per member): some networks
    are full of them, others almost plain."""
    if not title:
        return ""
    draw = rnd.random()
    p_headline = min(0.6, loudness * _LOUD.get(source, 1.0))
    if draw < p_headline:
        return headline(rnd, title, company)
    draw = rnd.random()
    if draw < 0.08:
        return abbreviate(rnd, title)
    if draw < 0.1:
        return title.lower()
    if draw < 0.11:
        return title.upper()
    return title


def seeking_or_blank(rnd: random.Random) -> tuple[str, str]:
    """(position, company) of someone between jobs or who wrote nothing useful."""
    if rnd.random() < 0.7:
        return rnd.choice(SEEKING), ""
    return rnd.choice(BLANKISH), ""


def company_text(rnd: random.Random, company: str) -> str:
    """``company`` as one profile writes it: mostly as is, sometimes with a legal form or a
    country, in lower case, or with a legal form dropped."""
    if not company:
        return ""
    draw = rnd.random()
    if company in NO_LEGAL_FORM:  # a ministry or a hospital is not a B.V.
        return company.lower() if draw < 0.02 else company
    if draw < 0.07 and not company.endswith((" B.V.", " N.V.")):
        return company + rnd.choice(COMPANY_SUFFIXES)
    if draw < 0.09:
        return company.lower()
    if draw < 0.11 and company.endswith((" B.V.", " N.V.")):
        return company[:-5]
    return company
