"""The readers' notes (import warnings) and errors in the interface language.

The readers write their notes and errors in English for the command line and the logs; the app
shows them translated. Each known text is recognised by its pattern and rebuilt from a
translated template with the same fields; an unknown one is shown as written.
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
    return _translated(text, _NOTES, _CONTEXT) or text


def _translated(text: str, table, context: str) -> str | None:
    """``text`` rebuilt from the first template of ``table`` whose pattern it matches."""
    for pattern, one, many in table:
        match = pattern.match(text)
        if match is None:
            continue
        fields = match.groupdict()
        template = one
        if many is not None and fields.get("n") != "1":
            template = many
        return QCoreApplication.translate(context, template).format(**fields)
    return None


# The problems of model.errors.InputError the readers raise (the text after "FILE: ").
_ERROR_CONTEXT = "ReaderErrors"
_ERRORS: tuple[tuple[re.Pattern, str, str | None], ...] = tuple(
    (re.compile(pattern), one, many)
    for pattern, one, many in (
        (
            r"^the file is empty$",
            QT_TRANSLATE_NOOP("ReaderErrors", "the file is empty"),
            None,
        ),
        (
            r"^no LinkedIn connections found: expected a header with First Name, Last Name, "
            r"Company, Position, Connected On \(or a Google or Outlook contacts export\)$",
            QT_TRANSLATE_NOOP(
                "ReaderErrors",
                "no LinkedIn connections found: expected a header with First Name, Last Name, "
                "Company, Position, Connected On (or a Google or Outlook contacts export)",
            ),
            None,
        ),
        (
            r"^no LinkedIn connections found: expected a header with First Name, Last Name, "
            r"Company, Position, Connected On$",
            QT_TRANSLATE_NOOP(
                "ReaderErrors",
                "no LinkedIn connections found: expected a header with First Name, Last Name, "
                "Company, Position, Connected On",
            ),
            None,
        ),
        (
            r"^no Connections\.csv found: expected LinkedIn's data export \(a zip or folder "
            r"holding Connections\.csv\) or a Connections\.csv file$",
            QT_TRANSLATE_NOOP(
                "ReaderErrors",
                "no Connections.csv found: expected LinkedIn's data export (a zip or folder "
                "holding Connections.csv) or a Connections.csv file",
            ),
            None,
        ),
        (
            r"^it holds (?P<inner>.+): unzip it and open that$",
            QT_TRANSLATE_NOOP("ReaderErrors", "it holds {inner}: unzip it and open that"),
            None,
        ),
        (
            r"^it holds (?P<inner>.+): open that$",
            QT_TRANSLATE_NOOP("ReaderErrors", "it holds {inner}: open that"),
            None,
        ),
        (
            r"^is not a text file \(it contains binary data\)$",
            QT_TRANSLATE_NOOP("ReaderErrors", "is not a text file (it contains binary data)"),
            None,
        ),
        (
            r"^is a web page \(HTML\), not a CSV export$",
            QT_TRANSLATE_NOOP("ReaderErrors", "is a web page (HTML), not a CSV export"),
            None,
        ),
        (r"^does not exist$", QT_TRANSLATE_NOOP("ReaderErrors", "does not exist"), None),
        (
            r"^is not a regular file or folder; expected a contacts export$",
            QT_TRANSLATE_NOOP(
                "ReaderErrors", "is not a regular file or folder; expected a contacts export"
            ),
            None,
        ),
        (
            r"^is a review package for HR, not a contacts export: open it in the app "
            r"\(contact-ownership open FILE\), or check it with contact-ownership verify$",
            QT_TRANSLATE_NOOP(
                "ReaderErrors",
                "is a review package for HR, not a contacts export: open it in the app "
                "(contact-ownership open FILE), or check it with contact-ownership verify",
            ),
            None,
        ),
        (
            r"^is not a zip file \(it may be damaged or only partly downloaded\)$",
            QT_TRANSLATE_NOOP(
                "ReaderErrors", "is not a zip file (it may be damaged or only partly downloaded)"
            ),
            None,
        ),
        (
            r"^cannot be read: permission denied$",
            QT_TRANSLATE_NOOP("ReaderErrors", "cannot be read: permission denied"),
            None,
        ),
        (
            r"^cannot be read \((?P<detail>.*)\)$",
            QT_TRANSLATE_NOOP("ReaderErrors", "cannot be read ({detail})"),
            None,
        ),
        (
            r"^is a damaged gzip file \((?P<detail>.*)\)$",
            QT_TRANSLATE_NOOP("ReaderErrors", "is a damaged gzip file ({detail})"),
            None,
        ),
        (
            r"^is a damaged zip file \((?P<detail>.*)\)$",
            QT_TRANSLATE_NOOP("ReaderErrors", "is a damaged zip file ({detail})"),
            None,
        ),
        (
            r"^is a tar archive; unpack it and open the export inside$",
            QT_TRANSLATE_NOOP(
                "ReaderErrors", "is a tar archive; unpack it and open the export inside"
            ),
            None,
        ),
        (
            r"^holds a zip file; unpack it \(gunzip\) and open that$",
            QT_TRANSLATE_NOOP("ReaderErrors", "holds a zip file; unpack it (gunzip) and open that"),
            None,
        ),
        (
            r"^has (?P<count>[\d,]+) entries; not a LinkedIn export$",
            QT_TRANSLATE_NOOP("ReaderErrors", "has {count} entries; not a LinkedIn export"),
            None,
        ),
        (
            r"^is a spreadsheet; save it as CSV \(Connections\.csv\) and open that$",
            QT_TRANSLATE_NOOP(
                "ReaderErrors", "is a spreadsheet; save it as CSV (Connections.csv) and open that"
            ),
            None,
        ),
        (
            r"^(?P<name>.+) is password-protected$",
            QT_TRANSLATE_NOOP("ReaderErrors", "{name} is password-protected"),
            None,
        ),
        (
            r"^unpacks to more than (?P<mb>\d+) MB$",
            QT_TRANSLATE_NOOP("ReaderErrors", "unpacks to more than {mb} MB"),
            None,
        ),
        (
            r"^(?P<name>.+) unpacks to more than (?P<mb>\d+) MB$",
            QT_TRANSLATE_NOOP("ReaderErrors", "{name} unpacks to more than {mb} MB"),
            None,
        ),
        (
            r"^(?P<name>.+) unpacks to (?P<mb>\d+) MB; not a LinkedIn export$",
            QT_TRANSLATE_NOOP("ReaderErrors", "{name} unpacks to {mb} MB; not a LinkedIn export"),
            None,
        ),
        (
            r"^(?P<name>.+) cannot be unpacked \((?P<detail>.*)\)$",
            QT_TRANSLATE_NOOP("ReaderErrors", "{name} cannot be unpacked ({detail})"),
            None,
        ),
        (
            r"^contains no readable contacts: (?P<n>\d+) malformed rows? "
            r"\(line (?P<line>\d+): (?P<reason>.*)\)$",
            QT_TRANSLATE_NOOP(
                "ReaderErrors",
                "contains no readable contacts: 1 malformed row (line {line}: {reason})",
            ),
            QT_TRANSLATE_NOOP(
                "ReaderErrors",
                "contains no readable contacts: {n} malformed rows (line {line}: {reason})",
            ),
        ),
        (
            r"^contains no contacts \(the header is there but no rows follow\)$",
            QT_TRANSLATE_NOOP(
                "ReaderErrors", "contains no contacts (the header is there but no rows follow)"
            ),
            None,
        ),
        (
            r"^contains no contacts with a name, e-mail or company$",
            QT_TRANSLATE_NOOP(
                "ReaderErrors", "contains no contacts with a name, e-mail or company"
            ),
            None,
        ),
        (
            r"^unpacks to (?P<mb>\d+) MB; not a contacts workbook$",
            QT_TRANSLATE_NOOP("ReaderErrors", "unpacks to {mb} MB; not a contacts workbook"),
            None,
        ),
        (
            r"^the zip holds (?P<n>\d+) files? with a name pointing outside it "
            r"\((?P<names>.*)\); ignored, nothing was unpacked$",
            QT_TRANSLATE_NOOP(
                "ReaderErrors",
                "the zip holds 1 file with a name pointing outside it ({names}); ignored, "
                "nothing was unpacked",
            ),
            QT_TRANSLATE_NOOP(
                "ReaderErrors",
                "the zip holds {n} files with a name pointing outside it ({names}); ignored, "
                "nothing was unpacked",
            ),
        ),
        (
            r"^is not a readable Excel workbook \((?P<kind>.*)\)$",
            QT_TRANSLATE_NOOP("ReaderErrors", "is not a readable Excel workbook ({kind})"),
            None,
        ),
    )
) + tuple(
    # One of our files or LinkedIn's, but not the contacts (model.readers.dispatch's words,
    # matched literally; tests/test_gui_qa_dutch.py checks they are still the model's).
    (re.compile("^" + re.escape(one).replace(r"\{suffix\}", r"(?P<suffix>\S+)") + "$"), one, None)
    for one in (
        QT_TRANSLATE_NOOP(
            "ReaderErrors",
            "is a review package for HR renamed to {suffix}, not a contacts export: rename it to "
            ".coreview and open it in the app's HR mode, or check it with contact-ownership "
            "verify (contact-ownership report writes its hand-over report)",
        ),
        QT_TRANSLATE_NOOP(
            "ReaderErrors",
            "holds an unzipped review package for HR, not a contacts export: open the "
            ".coreview file itself in the app's HR mode, or check it with contact-ownership "
            "verify",
        ),
        QT_TRANSLATE_NOOP(
            "ReaderErrors",
            "is LinkedIn's career file (Positions.csv), not the contacts: those are in "
            "Connections.csv of the same export; open that (or the whole export), and give "
            "Positions.csv to classify or package with --positions",
        ),
    )
)


def translated_problem(problem: str) -> str:
    """A reader's error (the problem after "FILE: ") in the interface language.

    A problem may be prefixed with the zip member it concerns ("Connections.csv: …") and
    followed by hints after "; " (a nested export); each known part is translated, an unknown
    one is kept as written.
    """
    text = " ".join(str(problem).split())
    whole = _translated(text, _ERRORS, _ERROR_CONTEXT)
    if whole is not None:
        return whole
    head, sep, tail = text.partition("; ")
    if sep and tail:  # "PROBLEM; HINT": each in turn
        return f"{translated_problem(head)}; {translated_problem(tail)}"
    label, sep, rest = text.partition(": ")
    if sep and rest and " " not in label:  # "Connections.csv: PROBLEM" from a zip's member
        return f"{label}: {translated_problem(rest)}"
    return text


def translated_error(exc: BaseException) -> str:
    """An error's one line ("FILE: PROBLEM") with a reader's problem in the interface language."""
    text = str(exc)
    problem = getattr(exc, "problem", None)
    if not isinstance(problem, str) or not text.endswith(problem):
        return text
    return text[: len(text) - len(problem)] + translated_problem(problem)


def translated_line(line: str, path: str) -> str:
    """A "PATH: PROBLEM" line (a batch result's error) with the problem in the interface
    language; any other line as written."""
    prefix = f"{path}: "
    if not line.startswith(prefix):
        return line
    return prefix + translated_problem(line[len(prefix) :])
