"""The wording of every error and note the core raises, one table per language, key for key.

model.messages.Message carries a key of these tables and its fields; the tables are plain
``str.format`` templates (or a ``{"one": …, "other": …}`` pair chosen by the field ``n``).
Keys are grouped by where they are raised: ``file.*`` any file, ``os.*`` the system's reason,
``read.*`` the readers' errors, ``note.*`` their notes, ``package.*``/``review.*``/
``integrity.*`` HR's files, ``write.*`` outputs, ``batch.*``, ``cli.*``, ``model.*``,
``desktop.*`` the menu entry of a pip install.
"""

from __future__ import annotations

from .en import MESSAGES_EN
from .nl import MESSAGES_NL

CATALOGS: dict[str, dict[str, str | dict[str, str]]] = {"en": MESSAGES_EN, "nl": MESSAGES_NL}

# Keys whose Dutch is rightly the same as the English (only fields and punctuation).
SAME_IN_ALL = frozenset(
    {
        "file.problem",
        "integrity.part",
        "os.other",
        "text",
        "joined",
        "read.member",
        "package.contact",
        "note.in_file",
        "cli.employer_count",
        "argparse.argument",  # "argument --seed: …" reads the same in Dutch
        "inspect.count",  # a bare number: only its thousands separator differs
        "inferred.month_year",  # "Mar 2019" / "mrt 2019": the month's own key differs
        "date.day",  # "1 Jan 1900" / "1 jan 1900": likewise
        "date.month",
    }
)


def template(key: str, language: str, n=None) -> str:
    """The template of ``key`` in ``language`` (English when that language lacks it); for a
    count-dependent pair, the form for ``n``. Raises KeyError for a key no catalog has."""
    entry = CATALOGS.get(language, MESSAGES_EN).get(key) or MESSAGES_EN[key]
    if isinstance(entry, dict):
        return entry["one"] if n == 1 else entry["other"]
    return entry
