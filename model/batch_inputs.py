"""What one batch reads: the inputs found in the files and folders given, and those found in a
folder that are never opened (no export, an earlier output of this program, a named pipe, a
folder that cannot be listed), each with its one line why."""

from __future__ import annotations

import codecs
import csv
import os
import re
import stat
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError, os_reason
from .messages import Message
from .schema import LINKEDIN_HEADERS

INPUT_SUFFIXES = (".zip", ".csv", ".vcf", ".txt", ".tsv", ".xlsx", ".xlsm", ".gz")
# How this program's writers wrote its lists in every version (see git log of
# model/exports.py and model/vcard_writer.py): what tells an old list from an export.
_CONTACT_HEADERS = tuple(LINKEDIN_HEADERS.values())
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_CARD_NAME = re.compile(r"N:(?:[^;\\]|\\.)*;(?:[^;\\]|\\.)*;;;")
_CARD_PROPERTIES = ("ORG", "TITLE", "EMAIL;TYPE=INTERNET", "URL", "NOTE")
_SHEETML = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_OUR_NOTE = re.compile(r"\r\nNOTE:(LinkedIn connection since \d{4}-\d{2}-\d{2}|acquired for )")


def expand_inputs(inputs: Iterable[str | Path]) -> list[Path]:
    """Files as given; a folder holding an unzipped export counts as one input, any other
    folder contributes every file inside it (not recursively) and the export folders, in
    name order — files that are no export, the outputs of an earlier batch, named pipes and
    broken links and folders that cannot be listed among them, become a row ("skipped" and
    why), never vanish. Hidden files are left out."""
    out: list[Path] = []
    for item in map(Path, inputs):
        if item.is_dir() and not _is_export_folder(item):
            out += sorted(
                p
                for p in item.iterdir()
                if not p.name.startswith(".")
                and (not p.is_dir() or _is_export_folder(p) or _cannot_list(p))
            )
        else:
            out.append(item)
    return out


def unsupported_reason(source: Path) -> str:
    """Why ``source`` is not read at all ("" when it may be an export)."""
    if source.is_dir() or source.suffix.lower() in INPUT_SUFFIXES:
        return ""
    kinds = ", ".join(INPUT_SUFFIXES)
    what = Message("batch.suffix_file", suffix=source.suffix) if source.suffix else None
    what = what or Message("batch.no_suffix")
    return problem_line(source, Message("batch.unsupported", what=what, kinds=kinds))


def _own_output_kind(path: Path) -> str:
    """ "summary", "classified", "private", "handover" or "cards" when ``path`` is an output of
    this program: a batch summary; a classification table of ``classify``, ``batch`` or the
    app, or a work list; a private list; HR's hand-over list of a package (CSV or XLSX); a
    work or private list as vCards; "old_private" for a private list of a version before its
    note column, which a LinkedIn export saved again in a spreadsheet may look like. Told by
    the header (a vCard's PRODID), not by the name (a user names ``classify``'s output, and
    may rename ours), or for the lists of earlier versions by how our writers wrote them
    (:func:`own_cards`, :func:`old_private_list`); "" for anything else."""
    from .readers.own import is_own_output, own_list_kind

    if not path.is_file():
        return ""
    if path.suffix.lower() == ".vcf":
        return "cards" if own_cards(path) else ""
    head, rows = _head(path)  # the head is read once, for every question below
    cells = next(
        (
            cells
            for cells in rows
            if is_own_output(cells) or _is_summary_header(cells) or own_list_kind(cells)
        ),
        None,
    )
    if cells is None:  # no mark of ours: an old private list is told by its form alone
        return "old_private" if old_private_list(path, head) else ""
    if is_own_output(cells):
        return "classified"
    kind = own_list_kind(cells) or "summary"
    # The app writes its private list's header on the first line; a Connections.csv with a
    # Note column of the person's own has LinkedIn's "Notes:" lines first: an export, read.
    if kind == "private" and rows[0] != cells:
        return ""
    return kind


def _head(path: Path) -> tuple[bytes | None, list[list[str]]]:
    """``path``'s first bytes (None for a workbook, or when they cannot be read) and its
    first lines' normalised cells, from one read."""
    from .readers.head import head_bytes, head_rows

    try:
        data = head_bytes(path)
    except Exception:  # a damaged or unreadable file is no output of ours; its read says why
        return None, []
    return data, head_rows(path, data)


def own_cards(path: Path) -> bool:
    """True for a vCard list this program wrote: its PRODID, or, written before the writer
    added that line, every card in the file's head in the writer's exact shape (N then FN;
    only ORG, TITLE, EMAIL, URL and NOTE, in that order) and a note only ours writes."""
    from .readers.head import vcard_product
    from .vcard_writer import PRODID

    product = vcard_product(path)
    if product:
        return product == PRODID
    text = _head_text(path, bom=False).replace("\r\n ", "")  # lines unfolded
    cards = text.split("END:VCARD\r\n")[:-1]  # the whole cards in the head
    return bool(cards) and all(map(_old_card, cards)) and bool(_OUR_NOTE.search(text))


def _old_card(card: str) -> bool:
    lines = card.split("\r\n")[:-1]
    props = [line.split(":", 1)[0] for line in lines[4:]]
    return (
        lines[:2] == ["BEGIN:VCARD", "VERSION:3.0"]
        and bool(_CARD_NAME.fullmatch(lines[2]))
        and lines[3].startswith("FN:")
        and props == [p for p in _CARD_PROPERTIES if p in props]
    )


def old_private_list(path: Path, head: bytes | None = None) -> bool:
    """True for a private list this program wrote before the note column: LinkedIn's seven
    columns alone, as an export from 2018 has them too. Told by how our writers write,
    never by the name: a CSV with a byte-order mark, CRLF line ends and the header on its
    first line, or a workbook whose sheet is "Contacts"; in both every connection date in
    the head written YYYY-MM-DD (LinkedIn writes "15 Jan 2020"). ``head``: the file's first
    bytes, when already read."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        text = _head_text(path, bom=True, head=head)
        rows = list(csv.reader(text.split("\r\n")[:-1])) if "\r\n" in text else []
    else:
        rows = _contacts_sheet_rows(path) if suffix == ".xlsx" else []
    dates = [row[-1] for row in rows[1:] if len(row) == len(_CONTACT_HEADERS)]
    return (
        bool(rows)
        and rows[0] == list(_CONTACT_HEADERS)
        and len(dates) == len(rows) - 1
        and any(dates)
        and all(not day or _ISO_DAY.fullmatch(day) for day in dates)
    )


def _head_text(path: Path, *, bom: bool, head: bytes | None = None) -> str:
    """The file's first bytes (``head`` when already read) as UTF-8 text, bytes that are not
    UTF-8 dropped (our writers write UTF-8 only); "" when it cannot be read, or lacks the
    byte-order mark ``bom`` asks for (then not written by us)."""
    from .readers.head import HEAD_BYTES

    data = head
    if data is None:
        try:
            with open(path, "rb") as fh:
                data = fh.read(HEAD_BYTES)
        except OSError:
            return ""
    if bom and not data.startswith(codecs.BOM_UTF8):
        return ""
    return data.decode("utf-8-sig", errors="ignore")


def _contacts_sheet_rows(path: Path) -> list[list[str]]:
    """The first rows of a workbook whose one sheet is "Contacts" (write_table's), as text,
    a cell not written as text (a date, a number) as "?"; [] for any other workbook."""
    if _sheet_names(path) != ["Contacts"]:  # (openpyxl's load: ~0.7 s at 30,000 rows)
        return []
    import openpyxl

    from .readers.csvtext import HEADER_SCAN_LINES

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception:  # a damaged workbook is no output of ours; reading it will say why
        return []
    try:
        rows = book.worksheets[0].iter_rows(max_row=HEADER_SCAN_LINES, values_only=True)
        return [["" if v is None else v if isinstance(v, str) else "?" for v in r] for r in rows]
    finally:
        book.close()


def _sheet_names(path: Path) -> list[str]:
    """The sheet names a workbook's ``xl/workbook.xml`` lists ([] when it cannot be read)."""
    import xml.etree.ElementTree as ET
    import zipfile

    try:
        with zipfile.ZipFile(path) as book:
            root = ET.fromstring(book.read("xl/workbook.xml"))
    except Exception:  # a damaged workbook is no output of ours; reading it will say why
        return []
    return [sheet.get("name", "") for sheet in root.iter(f"{_SHEETML}sheet")]


def _is_summary_header(cells: list[str]) -> bool:
    """True for the (normalised) header of ``summary.csv``, as this and earlier versions wrote
    it: input and status first, an error column."""
    return cells[:2] == ["input", "status"] and "error" in cells


_OUTPUT_KINDS = {
    "summary": "batch.summary_file",
    "classified": "batch.classified_table",
    "private": "batch.private_list",
    "handover": "batch.handover_list",
    "cards": "batch.card_list",
}


# A file skipped as an old private list, which a re-saved export may look like: named, with why.
PERHAPS_EXPORT = "batch.perhaps_old_private_list"


def _earlier_output(source: Path) -> str:
    """Why ``source``, found in an input folder, is not read: an earlier output of this
    program ("" when it is not one). Named as an input, a classified table is read."""
    kind = _own_output_kind(source)
    if not kind:
        return ""
    if kind == "old_private":  # told by its form, not by a mark: perhaps an export after all
        book = source.suffix.lower() in (".xlsx", ".xlsm")
        form = Message("batch.old_private_book" if book else "batch.old_private_csv")
        return problem_line(source, Message(PERHAPS_EXPORT, form=form))
    what = Message(_OUTPUT_KINDS[kind])
    return problem_line(source, Message("batch.earlier_output", what=what))


def _not_a_file(source: Path) -> str:
    """Why ``source``, found in an input folder, is not read: a named pipe (opening one waits
    for a writer, maybe for ever), a socket or device, or a link whose target is gone ("" for
    a file or folder). Only its file-system entry is looked at, never its content."""
    try:
        mode = source.stat().st_mode
    except OSError:  # gone, or a link to nothing (or to itself)
        if not source.is_symlink():
            return ""  # reported as that input's error when it is read
        try:
            target = str(os.readlink(source))
        except OSError:
            target = "?"
        return problem_line(source, Message("batch.broken_link", target=target))
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return ""
    return problem_line(
        source, Message("batch.fifo" if stat.S_ISFIFO(mode) else "batch.special_file")
    )


def _cannot_list(folder: Path) -> str:
    """Why ``folder``, found in an input folder, is not read: its contents cannot be listed
    (no permission, say), so whether it holds an export is not known ("" when it can)."""
    try:
        next(iter(folder.iterdir()), None)
    except OSError as err:
        return problem_line(folder, Message("batch.unlisted_folder", reason=os_reason(err)))
    return ""


def _is_export_folder(folder: Path) -> bool:
    try:
        return any(p.name.lower() == "connections.csv" for p in folder.iterdir())
    except OSError:  # an unreadable folder is reported as that input's error
        return False


def problem_line(source: Path, problem: Message) -> Message:
    """ "SOURCE: PROBLEM", the one line of an input's error."""
    return Message("file.problem", file=str(source), problem=problem)


@dataclass
class Skips:
    """The inputs found in a folder that are not read, by index, each with its one line why:
    named pipes, sockets, devices and broken links (``odd``), folders whose contents cannot
    be listed (``unlisted``), outputs of an earlier run (``earlier``); ``unread`` is all of
    them, in that order. ``perhaps``: those of ``earlier`` told by their form alone (an old
    private list), which may be an export saved again in a spreadsheet."""

    odd: dict
    unlisted: dict
    earlier: dict
    unread: dict
    perhaps: dict = field(default_factory=dict)


def find_skips(sources: Sequence[Path], named: set[Path]) -> Skips:
    """Which of ``sources`` found in a folder (not ``named`` as inputs) are not read, and why."""
    found = [(i, s) for i, s in enumerate(sources) if s not in named]
    odd = _reasons(_not_a_file, found)
    unlisted = _reasons(_cannot_list, [(i, s) for i, s in found if i not in odd and s.is_dir()])
    odd_or_unlisted = odd | unlisted
    earlier = _reasons(_earlier_output, [(i, s) for i, s in found if i not in odd_or_unlisted])
    perhaps = {i: why for i, why in earlier.items() if why.fields["problem"].key == PERHAPS_EXPORT}
    return Skips(odd, unlisted, earlier, unread={**odd_or_unlisted, **earlier}, perhaps=perhaps)


def _reasons(why: Callable[[Path], object], found: Iterable[tuple[int, Path]]) -> dict:
    """``{i: why(source)}`` for the sources with a reason (``why`` gives "" for none)."""
    reasons = {i: why(s) for i, s in found}
    return {i: reason for i, reason in reasons.items() if reason}


def refuse_nothing_to_classify(inputs, sources: list[Path], skips: Skips, out: Path) -> None:
    """Raise InputError when nothing was found, or only folders were given and none holds
    anything like an export (a folder that cannot be listed might: it gets its row)."""
    only_folders = all(Path(i).is_dir() for i in inputs)
    if not sources or (
        only_folders
        and all(
            (bool(unsupported_reason(s)) or i in skips.unread) and i not in skips.unlisted
            for i, s in enumerate(sources)
        )
    ):
        kinds = ", ".join(INPUT_SUFFIXES)
        where = Path(inputs[0]) if len(inputs) == 1 else out
        nothing = Message("batch.nothing_to_classify", kinds=kinds)
        if skips.earlier:  # say why what was there was passed over, and how to read it anyway
            names = [sources[i].name for i in skips.earlier]
            shown = ", ".join(names[:3])
            if len(names) > 3:
                shown = Message("read.and_more", shown=shown, n=len(names) - 3)
            earlier = Message("cli.batch_earlier", n=len(names), names=shown)
            nothing = Message("batch.nothing_but_earlier", nothing=nothing, earlier=earlier)
        raise InputError(where, nothing)
