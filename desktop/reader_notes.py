"""The readers' notes (import warnings) in the interface language.

The readers write their notes in English for the command line and the logs; the app shows
them translated. Each known note is recognised by its pattern and rebuilt from a translated
template with the same fields; an unknown note is shown as written.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "ReaderNotes"
# (pattern, template for one, template for several — or None when it has no number)
_NOTES: tuple[tuple[re.Pattern, str, str | None], ...] = tuple(
    (re.compile(pattern), one, many)
    for pattern, one, many in (
        (
            r"^(?P<n>\d+) contacts? in (?P<file>.+) (?:have|has) no name "
            r"\(profiles hidden by LinkedIn\); kept$",
            QT_TRANSLATE_NOOP(
                "ReaderNotes",
                "1 contact in {file} has no name (a profile hidden by LinkedIn); kept",
            ),
            QT_TRANSLATE_NOOP(
                "ReaderNotes",
                "{n} contacts in {file} have no name (profiles hidden by LinkedIn); kept",
            ),
        ),
        (
            r"^(?P<n>\d+) duplicate (?:rows?|entries|entry) in (?P<file>.+); "
            r"kept and marked as duplicates$",
            QT_TRANSLATE_NOOP(
                "ReaderNotes", "1 duplicate row in {file}; kept and marked as a duplicate"
            ),
            QT_TRANSLATE_NOOP(
                "ReaderNotes", "{n} duplicate rows in {file}; kept and marked as duplicates"
            ),
        ),
        (
            r"^(?P<file>.+) has no connection dates; the suggestions rely on the rest$",
            QT_TRANSLATE_NOOP(
                "ReaderNotes", "{file} has no connection dates; the suggestions rely on the rest"
            ),
            None,
        ),
        (
            r"^only a contacts file was given: positions and the date of joining are unknown$",
            QT_TRANSLATE_NOOP(
                "ReaderNotes",
                "only a contacts file was given: positions and the date of joining are unknown",
            ),
            None,
        ),
        (
            r"^the zip's name has no export date; took (?P<date>\S+) from the dates of the "
            r"files in it$",
            QT_TRANSLATE_NOOP(
                "ReaderNotes",
                "the zip's name has no export date; took {date} from the dates of the files in it",
            ),
            None,
        ),
        (
            r"^the export has no Positions\.csv: the career is empty$",
            QT_TRANSLATE_NOOP(
                "ReaderNotes", "the export has no Positions.csv: the career is empty"
            ),
            None,
        ),
        (
            r"^(?P<file>.+) could not be read \((?P<problem>.*)\); left out$",
            QT_TRANSLATE_NOOP("ReaderNotes", "{file} could not be read ({problem}); left out"),
            None,
        ),
        (
            r"^(?P<file>.+) has no Connected On column; dates are unknown$",
            QT_TRANSLATE_NOOP(
                "ReaderNotes", "{file} has no Connected On column; dates are unknown"
            ),
            None,
        ),
        (
            r"^(?P<file>.+) line (?P<line>\d+): a position without a company; left out$",
            QT_TRANSLATE_NOOP(
                "ReaderNotes", "{file} line {line}: a position without a company; left out"
            ),
            None,
        ),
        (
            r"^(?P<file>.+) line (?P<line>\d+): unreadable start date of (?P<company>.+) "
            r"\((?P<value>.*)\); left empty$",
            QT_TRANSLATE_NOOP(
                "ReaderNotes",
                "{file} line {line}: unreadable start date of {company} ({value}); left empty",
            ),
            None,
        ),
        (
            r"^(?P<file>.+) line (?P<line>\d+): unreadable end date of (?P<company>.+) "
            r"\((?P<value>.*)\); kept as a past job whose end is unknown$",
            QT_TRANSLATE_NOOP(
                "ReaderNotes",
                "{file} line {line}: unreadable end date of {company} ({value}); kept as a "
                "past job whose end is unknown",
            ),
            None,
        ),
    )
)


def translated_note(note: str) -> str:
    """A reader's note in the interface language (as written when it is not a known one)."""
    text = " ".join(str(note).split())
    for pattern, one, many in _NOTES:
        match = pattern.match(text)
        if match is None:
            continue
        fields = match.groupdict()
        template = one
        if many is not None and fields.get("n") != "1":
            template = many
        return QCoreApplication.translate(_CONTEXT, template).format(**fields)
    return text
