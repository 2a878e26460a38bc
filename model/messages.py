"""Every user-visible reason text, in one place so it can be translated; and the
:class:`Message` that carries every error and note of the core as a key of model/catalog with
its fields (the English for the command line and logs, any language for the app).

Texts are ``str.format`` templates; the fields they may use are given beside each group.
Dutch follows English key for key. The language is passed explicitly: every function takes
``language``; without it, the one :func:`speaking` set for the running code is used, else the
process default (:func:`set_language`, the interface language). Batch workers in other
processes never see a default set in the parent, so the batch passes the language along.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator, Mapping
from contextvars import ContextVar

# Fields: date (e.g. "14 Mar 2019"), employer, period ("Jan 2017 – Jun 2021"), months,
# company (the contact's), title (the contact's), joined ("Mar 2012").
REASONS_EN: dict[str, str] = {
    "during_job": "connected {date}, during your job at {employer} ({period})",
    "after_job": "connected {date}, {months} after your job at {employer} ended",
    "after_job_short": "{months} after your job at {employer} ended",
    "gap": "connected {date}, between jobs",
    "before_first_job": "connected {date}, before your first job",
    "first_months": "connected in your first months on LinkedIn (joined {joined})",
    "first_months_plain": "connected in your first months on LinkedIn",
    "no_date": "no connection date — decided on company and title only",
    "works_at_employer": "works at {company}, your employer then",
    "works_at_former_employer": "works at {company}, one of your employers",
    "works_at_later_employer": "works at {company}, where you started later",
    "company_like_employer": "company {company} resembles one of your employers",
    "client_list": "{company} is on the client list",
    "company_peers": "{peers} other contacts of yours work at {company}",
    "colleagues_nearby": "connected in the same weeks as your colleagues at {employer}",
    "same_sector": "works in the same sector as {employer}",
    "client_title": "title “{title}” fits a client or business contact of your role",
    "supplier_title": "title “{title}” fits a supplier of your role",
    "colleague_title": "title “{title}” is in your own line of work",
    "candidate_title": "title “{title}” fits a candidate for a recruiter",
    "private_title": "title “{title}” is unrelated to your work",
    "recruiter_approach": "a recruiter: approaches about jobs concern your own career",
    "title_words": "title “{title}” is typical of {side} contacts",
    "company_words": "company “{company}” is typical of {side} contacts",
    "self_employed": "self-employed or freelance",
    "same_surname": "same surname as you",
    "personal_email": "personal e-mail address",
    "work_email": "work e-mail address",
    "employer_email": "e-mail address at one of your employers",
    "hidden": "hidden profile: no name, company or title",
    "no_company_title": "no company or title — decided on the date only",
    "name_only": "only a name: no company, title or connection date to go on",
    "no_company": "no company given",
    "no_title": "no title given",
    "no_career": "no career known: add your positions for better suggestions",
    "weak_signals": "no single strong sign: several weak ones together",
    # The career was inferred from the network (no career given): every employer is a guess.
    # Fields: contacts (how many work there), year (most were added then), start ("Mar 2019").
    "inferred_employer": "works at {company}, probably your employer: {contacts} of your "
    "contacts work there, most added in {year}",
    "inferred_during_job": "connected {date}, probably during a job at {employer} "
    "(inferred from your network, since {start})",
    "inferred_after_job": "connected {date}, {months} after your job at {employer} probably ended",
    "inferred_colleagues_nearby": "connected in the same weeks as your contacts at {employer}, "
    "probably your employer then",
    "inferred_later_employer": "works at {company}, probably your employer later",
    "inferred_like_employer": "company {company} resembles {employer}, probably your employer",
    "inferred_employer_email": "e-mail address at {employer}, probably your employer",
    "inferred_no_career": "no career given: your employer was read from your network; "
    "add your positions for better suggestions",
}
SIDES_EN = {"work": "work", "private": "private"}

REASONS_NL: dict[str, str] = {
    "during_job": "verbonden op {date}, tijdens je baan bij {employer} ({period})",
    "after_job": "verbonden op {date}, {months} nadat je baan bij {employer} eindigde",
    "after_job_short": "{months} nadat je baan bij {employer} eindigde",
    "gap": "verbonden op {date}, tussen twee banen",
    "before_first_job": "verbonden op {date}, vóór je eerste baan",
    "first_months": "verbonden in je eerste maanden op LinkedIn (lid sinds {joined})",
    "first_months_plain": "verbonden in je eerste maanden op LinkedIn",
    "no_date": "geen verbindingsdatum — besloten op bedrijf en functie",
    "works_at_employer": "werkt bij {company}, toen je werkgever",
    "works_at_former_employer": "werkt bij {company}, een van je werkgevers",
    "works_at_later_employer": "werkt bij {company}, waar je later begon",
    "company_like_employer": "bedrijf {company} lijkt op een van je werkgevers",
    "client_list": "{company} staat op de klantenlijst",
    "company_peers": "nog {peers} van je contacten werken bij {company}",
    "colleagues_nearby": "verbonden in dezelfde weken als je collega's bij {employer}",
    "same_sector": "werkt in dezelfde sector als {employer}",
    "client_title": "functie “{title}” past bij een klant of zakelijk contact van jouw rol",
    "supplier_title": "functie “{title}” past bij een leverancier van jouw rol",
    "colleague_title": "functie “{title}” is in je eigen vakgebied",
    "candidate_title": "functie “{title}” past bij een kandidaat voor een recruiter",
    "private_title": "functie “{title}” staat los van je werk",
    "recruiter_approach": "een recruiter: benaderingen over banen gaan over je eigen loopbaan",
    "title_words": "functie “{title}” is typisch voor {side}contacten",
    "company_words": "bedrijf “{company}” is typisch voor {side}contacten",
    "self_employed": "zelfstandig of freelance",
    "same_surname": "zelfde achternaam als jij",
    "personal_email": "privé-e-mailadres",
    "work_email": "zakelijk e-mailadres",
    "employer_email": "e-mailadres bij een van je werkgevers",
    "hidden": "verborgen profiel: geen naam, bedrijf of functie",
    "no_company_title": "geen bedrijf of functie — besloten op de datum",
    "name_only": "alleen een naam: geen bedrijf, functie of verbindingsdatum om op af te gaan",
    "no_company": "geen bedrijf opgegeven",
    "no_title": "geen functie opgegeven",
    "no_career": "geen loopbaan bekend: voeg je functies toe voor betere suggesties",
    "weak_signals": "geen enkel sterk teken: meerdere zwakke samen",
    "inferred_employer": "werkt bij {company}, waarschijnlijk je werkgever: {contacts} van je "
    "contacten werken er, de meeste toegevoegd in {year}",
    "inferred_during_job": "verbonden op {date}, waarschijnlijk tijdens een baan bij {employer} "
    "(afgeleid uit je netwerk, sinds {start})",
    "inferred_after_job": "verbonden op {date}, {months} nadat je baan bij {employer} "
    "waarschijnlijk eindigde",
    "inferred_colleagues_nearby": "verbonden in dezelfde weken als je contacten bij {employer}, "
    "waarschijnlijk toen je werkgever",
    "inferred_later_employer": "werkt bij {company}, waarschijnlijk later je werkgever",
    "inferred_like_employer": "bedrijf {company} lijkt op {employer}, waarschijnlijk je werkgever",
    "inferred_employer_email": "e-mailadres bij {employer}, waarschijnlijk je werkgever",
    "inferred_no_career": "geen loopbaan opgegeven: je werkgever is uit je netwerk afgeleid; "
    "voeg je functies toe voor betere suggesties",
}
SIDES_NL = {"work": "werk", "private": "privé"}

_TABLES = {"en": (REASONS_EN, SIDES_EN), "nl": (REASONS_NL, SIDES_NL)}
LANGUAGES = tuple(_TABLES)
LANGUAGE = "en"  # the process default: the interface language
_SPEAKING: ContextVar[str | None] = ContextVar("language", default=None)


def supported(code: str | None) -> str:
    """``code`` if it is a language we have texts for, else "en"."""
    return code if code in _TABLES else "en"


def set_language(code: str) -> None:
    """Choose the process default language ("en" or "nl"; others fall back to English)."""
    global LANGUAGE
    LANGUAGE = supported(code)


def locale_language(environ: Mapping[str, str] | None = None) -> str:
    """The language the user's locale asks for, the POSIX and GNU gettext way: the first set
    of LC_ALL, LC_MESSAGES, LANG names the locale ("nl_BE.UTF-8" is Dutch); unless that is C
    or POSIX (or none is set), LANGUAGE's list ("fr:nl:en") comes first and its first entry we
    have texts for wins (none: English, as gettext shows the untranslated text). Anything else
    is English. ``environ`` defaults to ``os.environ``."""
    env = os.environ if environ is None else environ
    locale = next((env[name] for name in _LOCALE_VARIABLES if env.get(name)), "")
    if _language_of(locale) in ("", "c", "posix"):
        return "en"
    if env.get("LANGUAGE"):
        wanted = (_language_of(entry) for entry in env["LANGUAGE"].split(":"))
        return next((code for code in wanted if code in _TABLES), "en")
    return supported(_language_of(locale))


_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def _language_of(locale: str) -> str:
    """ "nl" of "nl_BE.UTF-8@euro" (lower case); "c" of "C.UTF-8"; "" of ""."""
    return re.split(r"[_.@-]", locale.strip(), maxsplit=1)[0].lower()


def current_language() -> str:
    """The language in force here: the one :func:`speaking` set, else the process default."""
    return _SPEAKING.get() or LANGUAGE


@contextlib.contextmanager
def speaking(language: str | None) -> Iterator[str]:
    """Within the block, texts are in ``language`` (None: unchanged); yields the language."""
    if language is None:
        yield current_language()
        return
    token = _SPEAKING.set(supported(language))
    try:
        yield current_language()
    finally:
        _SPEAKING.reset(token)


def reason_text(key: str, language: str | None = None, **fields) -> str:
    """The reason ``key`` in ``language`` (default: :func:`current_language`) with ``fields``
    filled in."""
    if "side" in fields:
        fields["side"] = side_word(fields["side"], language)
    return reason_template(key, language).format(**fields)


def reason_template(key: str, language: str | None = None) -> str:
    """The ``str.format`` template of reason ``key`` in ``language`` (English if it has none)."""
    return _TABLES[supported(language or current_language())][0].get(key, REASONS_EN[key])


def side_word(side: str, language: str | None = None) -> str:
    """ "work"/"private" as the reason texts say it in ``language`` (others unchanged)."""
    return _TABLES[supported(language or current_language())][1].get(side, side)


_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
}
_NOW = {"en": "now", "nl": "nu"}


def month_abbr(month: int, language: str | None = None) -> str:
    """The short name of ``month`` (1-12) in ``language`` ("Mar", "mrt")."""
    return _MONTHS[supported(language or current_language())][month - 1]


def now_word(language: str | None = None) -> str:
    """ "now" (the end of a current job's period) in ``language``."""
    return _NOW[supported(language or current_language())]


def months_text(months: float, language: str | None = None) -> str:
    """A duration in whole months ("3 months", "1 maand") in ``language``."""
    n = max(round(months), 0)
    if supported(language or current_language()) == "nl":
        return "minder dan een maand" if n == 0 else f"{n} maand" + ("en" if n != 1 else "")
    return "less than a month" if n == 0 else f"{n} month" + ("s" if n != 1 else "")


# --- messages carried as a key and its fields ---------------------------------------------------
# Errors and notes of the core are raised as a Message: the key of a template in
# model/catalog (one table per language) and the fields to fill in. Its ``str`` value is the
# English line for the command line, the logs and the tests; an interface in another language
# words it from the key and fields with :meth:`Message.text` — never by parsing the English.


class Message(str):
    """A user-facing text as a catalog ``key`` and its ``fields``; the ``str`` is the English.

    A field may itself be a Message (said in the same language), a tuple of them (said one
    after another, "; " between) or a number; a template whose
    wording depends on a count is a ``{"one": …, "other": …}`` pair chosen by the field ``n``.
    """

    key: str
    fields: dict

    def __new__(cls, key: str, /, **fields) -> Message:
        self = super().__new__(cls, message_text(key, "en", **fields))
        self.key, self.fields = key, fields
        return self

    def text(self, language: str | None = None) -> str:
        """The message in ``language`` (default: :func:`current_language`)."""
        return message_text(self.key, language, **self.fields)

    def __reduce__(self):  # pickled across batch processes with its key, not as plain text
        return (_rebuilt, (self.key, self.fields))


def day_message(day) -> Message:
    """A calendar day as said in a message, in the message's own language: "1 Jan 1900",
    "1 jan 1900" (the form the reasons use); ``day``: a date or Timestamp."""
    ts = _timestamp(day)
    return Message(
        "date.day", day=str(ts.day), month=Message(f"month.{ts.month}"), year=str(ts.year)
    )


def month_message(day) -> Message:
    """The month of ``day`` as said in a message, in its own language: "Mar 2019", "mrt 2019"."""
    ts = _timestamp(day)
    return Message("date.month", month=Message(f"month.{ts.month}"), year=str(ts.year))


def _timestamp(value):
    import pandas as pd  # only when a date is said: the messages load without pandas

    return pd.Timestamp(value)


def _rebuilt(key: str, fields: dict) -> Message:
    return Message(key, **fields)


def message_text(key: str, language: str | None = None, /, **fields) -> str:
    """The catalog message ``key`` in ``language`` with ``fields`` filled in (nested
    messages in the same language); English when the language has no wording for it."""
    from .catalog import template

    language = supported(language or current_language())
    said = {k: _said(v, language) for k, v in fields.items()}
    try:
        return template(key, language, fields.get("n")).format(**said)
    except (KeyError, IndexError, ValueError):  # a field missing or odd: never fail the error
        if language != "en":
            return message_text(key, "en", **fields)
        return "; ".join([key, *(f"{k}={v}" for k, v in said.items())])


def _said(value, language: str):
    if isinstance(value, tuple):
        return "; ".join(localized(v, language) for v in value)
    if isinstance(value, int) and not isinstance(value, bool) and language in _GROUPING:
        return _Grouped(value, _GROUPING[language])
    return value.text(language) if isinstance(value, Message) else value


_GROUPING = {"nl": "."}  # the thousands separator where it is not English's ","


class _Grouped(int):
    """A whole number whose ``{n:,}`` groups thousands the way ``language`` writes them."""

    def __new__(cls, value: int, separator: str):
        self = super().__new__(cls, value)
        self.separator = separator
        return self

    def __format__(self, spec: str) -> str:
        text = format(int(self), spec)
        return text.replace(",", self.separator) if "," in spec else text


def localized(text: str, language: str | None = None) -> str:
    """``text`` in ``language`` when it is a :class:`Message`; any other text as written."""
    return text.text(language) if isinstance(text, Message) else str(text)
