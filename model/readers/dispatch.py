"""Find the files of an export — in a zip, a folder or a single CSV — and read them.

Zip members are read in memory, never extracted, with a cap on their decompressed size, so
path-traversal names cannot write anywhere and a zip bomb cannot fill the memory. Input files
are only ever opened for reading.
"""

from __future__ import annotations

import gzip
import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from datetime import date
from pathlib import Path, PurePosixPath
from typing import NoReturn

import pandas as pd

from ..errors import InputError, NotAnExport, os_reason
from ..messages import Message, day_message
from ..paths import read_capped
from ..progress import CancelFn, ProgressFn, checkpoint
from ..schema import empty_contacts
from . import addressbook, linkedin, own, spreadsheet
from .bidi import strip_direction_controls
from .csvtext import cut_short_warning, decoded, find_header, normalise_header, read_table
from .mojibake import repair_export
from .name_date import name_date
from .result import Export, ImportReport

MAX_MEMBER_BYTES = 200 * 2**20  # LinkedIn's largest Connections.csv is a few MB
MAX_ZIP_ENTRIES = 50_000
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
GZIP_MAGIC = b"\x1f\x8b"
NO_CONTACTS = Message("read.no_contacts")
NO_CONNECTIONS_FILE = Message("read.no_connections_file")

# model.hr's package suffix, spelled here because readers sit below hr in the layers
REVIEW_PACKAGE_SUFFIX = ".coreview"
REVIEW_PACKAGE = Message("read.review_package")
# the members every review package holds (model.hr.package.REQUIRED), spelled here likewise
REVIEW_PACKAGE_MEMBERS = frozenset({"manifest.json", "career.json", "contacts.json", "audit.jsonl"})
UNZIPPED_REVIEW_PACKAGE = Message("read.unzipped_review_package")
POSITIONS_GIVEN = Message("read.positions_given")


def read_export(
    path,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    *,
    stream_above: int = 0,
    chunk_rows: int = 0,
    split=None,
) -> Export:
    """Read a LinkedIn export zip, its unzipped folder or a loose Connections.csv (or an
    address book, or the app's own classification table); mojibake in names, companies and
    titles is repaired and counted in the report.

    With ``stream_above``, a clean LinkedIn Connections.csv of more contacts than that comes
    as ``export.stream`` (chunks of ``chunk_rows``, :mod:`.stream`) and ``export.contacts``
    is empty; the report is complete either way. ``split``: asked, when such a file's
    records are about to be parsed, for a helper process to parse the second half of them
    (:func:`.stream.stream_connections`).

    Returns an :class:`Export`; raises InputError naming the file and the problem.
    """
    stream = (stream_above, chunk_rows or stream_above, split) if stream_above > 0 else None
    export = _read_export(path, progress, cancel, stream)
    # nearly every file is clean (readers/screen.py): its contacts' columns are not looked at
    contacts = not export.screened_clean
    repair_export(export, contacts=contacts)  # first: a repair can make a direction control
    strip_direction_controls(export, Path(path).name, contacts=contacts)
    return export


# (contacts above which to stream, contacts per chunk, split: see stream_connections)
Streaming = tuple[int, int, Callable | None] | None


def _streamed(
    data: bytes,
    name: str,
    report: ImportReport,
    stream: Streaming,
    accept=linkedin.is_connections_header,
):
    """``data`` as a ContactStream when ``stream`` asks for one and the file is large and
    clean (:mod:`.stream`); None otherwise."""
    if stream is None:
        return None
    from .stream import stream_connections

    return stream_connections(data, name, report, stream[0], stream[1], accept, stream[2])


def _read_export(
    path, progress: ProgressFn | None, cancel: CancelFn | None, stream: Streaming = None
) -> Export:
    path = Path(path)
    checkpoint(progress, cancel, 0.0, Message("progress.reading"))
    try:
        if not path.exists():
            raise InputError(path, Message("file.missing"))
        if not (path.is_dir() or path.is_file()):  # a FIFO or device would block or never end
            raise InputError(path, Message("read.not_file_or_folder"))
        if path.is_dir():
            members, fmt = _folder_members(path), "linkedin-folder"
        elif path.suffix.lower() == REVIEW_PACKAGE_SUFFIX:
            raise InputError(path, REVIEW_PACKAGE)
        elif _is_gzip(path):
            return _read_gzip(path, progress, cancel, stream)
        elif _is_zip(path) and _check_entry_count(path) and not spreadsheet.is_workbook(path):
            return _read_zip(path, progress, cancel, stream)
        elif path.suffix.lower() == ".zip":
            return _read_misnamed_zip(path, progress, cancel, stream)
        else:
            return _read_loose_csv(path, progress, cancel, stream)
        exported_on, source = name_date(path.name)
        export = _read_members(path, members, fmt, exported_on, progress, cancel, stream)
        export.report.exported_on_source = source
        others = _other_folder_exports(path, members["connections.csv"][0])
        if others:
            export.report.warnings.append(others)
        return export
    except PermissionError:
        raise InputError(path, Message("read.permission")) from None
    except OSError as err:
        raise InputError(path, Message("file.cannot_read", reason=os_reason(err))) from None


# --- sources ------------------------------------------------------------------------------

Loader = Callable[[], bytes]


def _is_zip(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(4) in ZIP_MAGIC


def _is_gzip(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(2) == GZIP_MAGIC


def _read_gzip(path: Path, progress, cancel, stream: Streaming = None) -> Export:
    """A contacts file compressed with gzip (``Connections.csv.gz``), unpacked in memory with
    the same cap as a zip member."""
    try:
        with gzip.open(path, "rb") as fh:
            data = fh.read(MAX_MEMBER_BYTES + 1)
    except (OSError, EOFError, zlib.error) as err:
        if isinstance(err, PermissionError):
            raise
        if isinstance(err, EOFError):  # the stream ends before its end marker
            raise InputError(path, Message("read.incomplete_gzip")) from None
        raise InputError(path, Message("read.damaged_gzip")) from None
    if len(data) > MAX_MEMBER_BYTES:
        raise InputError(path, Message("read.unpacks_too_large", mb=MAX_MEMBER_BYTES // 2**20))
    if data[257:262] == b"ustar":
        raise InputError(path, Message("read.tar"))
    if data[:4] in ZIP_MAGIC:
        raise InputError(path, Message("read.gzip_zip"))
    inner = path.name[:-3] if path.name.lower().endswith(".gz") else path.name
    return _contacts_export(path, data, inner, False, progress, cancel, stream)


def _check_entry_count(path: Path) -> bool:
    """Refuse a zip with too many entries before anything lists them (which costs memory and
    time per entry); True otherwise. The count is read from the end-of-archive record."""
    try:
        with open(path, "rb") as fh:
            end = zipfile._EndRecData(fh)  # the stdlib's own reader of that record
    except (OSError, AttributeError, ValueError, struct.error):
        return True  # a damaged zip is reported by the zip reader
    if end and end[zipfile._ECD_ENTRIES_TOTAL] > MAX_ZIP_ENTRIES:
        count = end[zipfile._ECD_ENTRIES_TOTAL]
        raise InputError(path, Message("read.too_many_entries", count=count))
    return True


def _read_misnamed_zip(path: Path, progress, cancel, stream: Streaming = None) -> Export:
    """A ``.zip`` that is no zip: read as the contacts file it is when its text has a contacts
    header (a CSV or vCard renamed, say by a mail filter), with a note to rename it; else
    "not a zip file". Reading changes nothing and only a recognised header is taken, so a
    damaged zip is never read as contacts."""
    return _read_misnamed(path, _read_file(path), "zip", progress, cancel, stream)


def _read_misnamed(path: Path, data: bytes, kind: str, progress, cancel, stream) -> Export:
    """The contacts file ``data`` named as a ``kind`` ("zip" or "xlsx") it is not, with a note
    to rename it; "not a zip file" / "not an Excel workbook" when it has no contacts header."""
    try:
        export = _contacts_export(path, data, path.name, False, progress, cancel, stream)
    except InputError:
        raise InputError(path, Message(f"read.not_{kind}")) from None
    suffix = ".vcf" if export.format == "vcard" else ".csv"
    export.report.note(Message(f"note.contacts_named_{kind}", file=path.name, suffix=suffix))
    return export


def _read_loose_csv(path: Path, progress, cancel, stream: Streaming = None) -> Export:
    if path.suffix.lower() in (".xls", ".numbers", ".ods"):
        raise InputError(path, Message("read.spreadsheet"))
    data = _read_file(path)
    workbook = spreadsheet.is_workbook(path)
    if workbook and data[:4] not in ZIP_MAGIC:  # a CSV or vCard renamed .xlsx, or no file at all
        return _read_misnamed(path, data, "xlsx", progress, cancel, stream)
    lost: list = []  # formula cells without a saved value: said, never dropped silently
    if workbook:
        data = spreadsheet.workbook_csv(path, data, lost)
    try:
        export = _contacts_export(path, data, path.name, workbook, progress, cancel, stream)
    except InputError as err:  # its header may be what the formulas hid
        if not lost:
            raise
        problem = Message("joined", first=err.problem, second=lost[0].fields["problem"])
        raise type(err)(err.path, problem) from None
    export.report.warnings.extend(lost)
    return export


def _contacts_export(
    path: Path,
    data: bytes,
    name: str,
    workbook: bool,
    progress,
    cancel,
    stream: Streaming = None,
) -> Export:
    """The export of one loose contacts file whose bytes are ``data`` (named ``name``)."""
    report = ImportReport()
    checkpoint(progress, cancel, 0.3, Message("progress.reading_contacts"))
    found: dict = {}
    try:
        chunks = _streamed(data, name, report, stream, _contact_header)
        if chunks is not None:
            contacts, fmt = empty_contacts(), "linkedin-csv"
        else:
            contacts, fmt = read_contacts(data, name, report, found)
    except InputError as err:  # named after the file given (keeping the kind of error)
        raise type(err)(path, err.problem) from None
    if workbook:
        fmt, report.encoding, report.delimiter = fmt.replace("-csv", "-xlsx"), "xlsx", ""
    if fmt.startswith("linkedin") and "decisions" not in found:
        report.note(Message("note.contacts_only"))
    checkpoint(progress, cancel, 1.0, Message("progress.read"))
    export = Export(source=path, format=fmt, contacts=contacts, report=report, stream=chunks)
    export.decisions = found.get("decisions")
    export.screened_clean = found.get("screened_clean", False)
    return export


def _is_positions(text: str, name: str) -> bool:
    """True when ``text`` has LinkedIn's Positions.csv header (a company and its dates)."""

    def accept(cells: list[str]) -> bool:
        return {"company name", "started on"} <= set(cells) or {
            "company name",
            "finished on",
        } <= set(cells)

    try:
        find_header(text, name, accept, "")
    except InputError:
        return False
    return True


def _contact_header(cells: list[str]) -> bool:
    """The headers :func:`read_contacts` takes: an address book's or LinkedIn's."""
    return bool(addressbook.address_book_kind(cells)) or linkedin.is_connections_header(cells)


def read_contacts(
    data: bytes, name: str, report: ImportReport, found: dict | None = None
) -> tuple[pd.DataFrame, str]:
    """Contacts and format of one file: LinkedIn's Connections.csv, a Google or Outlook CSV,
    a vCard file, or the app's own classification table (its review decisions go into
    ``found["decisions"]``). Raises InputError when it holds none of them."""
    text, encoding, utf8 = decoded(data, name, report.warnings)
    report.encoding = encoding
    if addressbook.is_vcard(text):
        return addressbook.read_vcards(text, name, report), "vcard"

    try:
        index, cells, delimiter = find_header(text, name, _contact_header, NO_CONTACTS)
    except InputError as err:  # readable text, but no contacts in it: batch may skip it
        if _is_positions(text, name):
            raise NotAnExport(err.path, POSITIONS_GIVEN) from None
        raise NotAnExport(err.path, err.problem) from None
    table = read_table(text, name, index, delimiter, encoding, linkedin.CONTACT_HEADERS, utf8)
    report.delimiter = delimiter
    normal = [normalise_header(c) for c in cells]
    # a dated LinkedIn file stays LinkedIn's even if someone relabelled Position "Job Title"
    dated = linkedin.is_connections_header(normal) and linkedin.has_date_column(normal)
    kind = "" if dated else addressbook.address_book_kind(normal)
    if kind:
        if table.cut_short:
            report.warnings.append(cut_short_warning(name, table.cut_short))
        return addressbook.contacts_from_address_book(table, kind, name, report), kind
    report.files.append(name)
    contacts = linkedin.contacts_from_table(table, name, report)
    if found is not None:  # every text value is a piece of the table's text (.screen)
        found["screened_clean"] = not table.may_need_repair
    if own.is_own_output(normal):
        contacts = own.own_contacts(contacts)
        if found is not None and own.has_decisions(normal):
            rows = contacts["row"].to_numpy()
            found["decisions"] = own.decisions_from_table(table, rows, report, name)
        return contacts, "classified-csv"
    return contacts, "linkedin-csv"


def _read_file(path: Path) -> bytes:
    return read_capped(path, MAX_MEMBER_BYTES, "contacts export")


def _folder_members(folder: Path) -> dict[str, tuple[str, Loader]]:
    """LinkedIn's files in ``folder`` or one folder below it, by lower-case name."""
    found: dict[str, tuple[str, Loader]] = {}
    candidates = sorted(p for p in folder.iterdir() if p.is_file())
    for sub in sorted(p for p in folder.iterdir() if p.is_dir()):
        try:
            candidates += sorted(p for p in sub.iterdir() if p.is_file())
        except OSError:  # an unreadable subfolder cannot hold the export we were given
            continue
    connections = [f for f in candidates if f.name.lower() == "connections.csv"]
    if len(connections) > 1:  # two exports side by side: one of them, as in a zip
        chosen = min(connections, key=lambda f: (len(f.relative_to(folder).parts), -_mtime(f)))
        candidates = [f for f in candidates if f.parent == chosen.parent]
    for file in candidates:  # shallowest first, so the root copy wins
        key = file.name.lower()
        if key.endswith(".csv") and not key.startswith("._") and key not in found:
            label = str(file.relative_to(folder))
            found[key] = (label, lambda file=file: _read_file(file))
    return found


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _two_levels(folder: Path) -> list[Path] | None:
    """What ``folder`` and its subfolders hold (where an export's files can be), or None
    when a folder cannot be listed."""
    try:
        entries = list(folder.iterdir())
        return entries + [p for sub in entries if sub.is_dir() for p in sub.iterdir()]
    except OSError:
        return None


# A browser's or file manager's second copy: "Connections (1).csv", "Connections - Copy.csv",
# "Copy of Connections.csv", "Connections-2.csv" (Dutch systems: "kopie")
_CONNECTIONS_COPY = re.compile(
    r"(?:(?:copy of|kopie van) )?connections"
    r"(?:\s*\(\d+\)|\s*-\s*(?:copy|kopie)(?:\s*\(\d+\))?|[ _-]\d+)?\.csv",
    re.IGNORECASE,
)


def is_connections_file(name: str) -> bool:
    """Whether a file name is LinkedIn's Connections.csv or a copy of one saved beside it
    ("Connections (1).csv"): never read beside the export's own (it may be another download,
    even another person's), but always named in the notes, so no contacts go unmentioned."""
    return _CONNECTIONS_COPY.fullmatch(name) is not None


def _other_folder_exports(folder: Path, read: str) -> Message | None:
    """ "the folder holds another Connections.csv, not read: …" (see :func:`_one_export`)."""
    entries = _two_levels(folder)
    if entries is None:
        return None
    others = sorted(
        str(p.relative_to(folder))
        for p in entries
        if is_connections_file(p.name) and p.is_file() and str(p.relative_to(folder)) != read
    )
    if not others:
        return None
    return Message("note.other_connections_folder", n=len(others), names=_names(others), file=read)


def _odd_connections_entry(folder: Path) -> Path | None:
    """A Connections.csv in ``folder`` or one below that is no regular file (a named pipe, a
    device, a broken link), which :func:`_folder_members` passes over; never opened."""
    entries = _two_levels(folder)
    if entries is None:
        return None
    return next(
        (p for p in entries if p.name.lower() == "connections.csv" and not p.is_file()), None
    )


def _read_zip(path: Path, progress, cancel, stream: Streaming = None) -> Export:
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_ZIP_ENTRIES:
                raise InputError(path, Message("read.too_many_entries", count=len(infos)))
            if {i.filename for i in infos} >= REVIEW_PACKAGE_MEMBERS:
                suffix = path.suffix or "a name without .coreview"
                raise InputError(path, Message("read.renamed_review_package", suffix=suffix))
            members = _zip_members(zf, infos, path)
            entries = _latest_entry_date(infos)  # the day the export was made, near enough
            exported_on, source = name_date(path.name, entries)
            unsafe = _unsafe_note([i.filename for i in infos if _unsafe_name(i.filename)])
            try:
                export = _read_members(
                    path, members, "linkedin-zip", exported_on, progress, cancel, stream
                )
            except InputError as err:  # say what was refused: it may be the file looked for
                if unsafe:
                    raise InputError(
                        err.path, Message("joined", first=err.problem, second=unsafe)
                    ) from None
                raise
            if unsafe:
                export.report.warnings.append(unsafe)
            others = _other_exports_note(infos, members["connections.csv"][0])
            if others:
                export.report.warnings.append(others)
            if export.exported_on is None:
                export.exported_on = entries
                source = "zip entry dates" if export.exported_on else ""
                if export.exported_on:
                    export.report.note(
                        Message("note.zip_date", date=day_message(export.exported_on))
                    )
            export.report.exported_on_source = source
            return export
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        OSError,
        NotImplementedError,
        ValueError,
    ) as err:
        if isinstance(err, PermissionError):
            raise
        raise InputError(path, _zip_damage(err)) from None


def _zip_damage(err: Exception) -> Message:
    """What is wrong with a zip the zip reader refused: a zip without its end record (the
    index written last) was cut short — said plainly, not as Python's "File is not a zip
    file"; other damage plainly too (the reader's own words are English jargon)."""
    if isinstance(err, EOFError) or (
        isinstance(err, zipfile.BadZipFile)
        and str(err) in ("File is not a zip file", "Truncated central directory")
    ):
        return Message("read.incomplete_zip")
    return Message("read.damaged_zip")


def _zip_members(zf: zipfile.ZipFile, infos, path: Path) -> dict[str, tuple[str, Loader]]:
    """CSV members at the root or in one folder, shallowest first, by lower-case base name."""
    found: dict[str, tuple[str, Loader]] = {}
    usable = []
    for info in infos:
        parts = PurePosixPath(info.filename.replace("\\", "/")).parts
        if info.is_dir() or not parts or len(parts) > 2 or parts[0].lower() == "__macosx":
            continue
        if _unsafe_name(info.filename):  # never read as part of the export; warned about
            continue
        base = parts[-1].lower()
        if base.endswith(".csv") and not base.startswith("._"):
            usable.append((len(parts), base, info))
    usable = _one_export(usable)
    for _depth, base, info in sorted(usable, key=lambda t: t[0]):
        if base not in found:
            found[base] = (info.filename, lambda info=info: _read_member(zf, info, path))
    return found


def _one_export(usable: list) -> list:
    """The members of one export when the zip holds several Connections.csv (two exports
    zipped together): the top-level one, else the most recent by the zip's dates, with only
    the files beside it, so two people's contacts and careers are never mixed. The others
    are left for the user to open on their own (:func:`_other_exports_note`)."""
    connections = [u for u in usable if u[1] == "connections.csv"]
    if len(connections) < 2:
        return usable
    chosen = min(connections, key=lambda u: (u[0], tuple(-v for v in u[2].date_time)))
    folder = _folder_of(chosen[2])
    return [u for u in usable if _folder_of(u[2]) == folder]


def _folder_of(info: zipfile.ZipInfo) -> str:
    return PurePosixPath(info.filename.replace("\\", "/")).parent.as_posix()


def _other_exports_note(infos, read: str) -> Message | None:
    """ "the zip holds another Connections.csv, not read: …" when the zip holds more than
    the one read (``read``): never lose contacts silently."""
    others = [
        i.filename
        for i in infos
        if is_connections_file(PurePosixPath(i.filename.replace("\\", "/")).name)
        and not i.is_dir()
        and i.filename != read
        and not i.filename.lower().startswith("__macosx/")
        and not _unsafe_name(i.filename)  # warned about on its own
    ]
    if not others:
        return None
    return Message("note.other_connections", n=len(others), names=_names(others), file=read)


def _unsafe_note(unsafe: list[str]) -> str:
    """The sentence about members refused for their names ("" when there are none)."""
    if not unsafe:
        return ""
    return Message("read.unsafe_names", n=len(unsafe), names=_names(unsafe))


def _names(names: list[str], shown: int = 3) -> str:
    """The first ``shown`` names quoted, and how many more ("'a', 'b', 'c' and 2 more")."""
    text = ", ".join(repr(n) for n in names[:shown])
    if len(names) > shown:
        return Message("read.and_more", shown=text, n=len(names) - shown)
    return text


def _unsafe_name(name: str) -> bool:
    """True for a member name that would land outside the folder it is unpacked into: an
    absolute path, a drive letter or a ``..`` step (a zip-slip attack or a broken archiver)."""
    name = name.replace("\\", "/")
    parts = PurePosixPath(name).parts
    return name.startswith("/") or bool(re.match(r"[A-Za-z]:", name)) or ".." in parts


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> bytes:
    name = info.filename
    if info.flag_bits & 0x1:
        raise InputError(path, Message("read.member_password", name=name))
    if info.file_size > MAX_MEMBER_BYTES:
        mb = info.file_size // 2**20
        raise InputError(path, Message("read.member_too_large", name=name, mb=mb))
    try:
        with zf.open(info) as fh:
            data = fh.read(MAX_MEMBER_BYTES + 1)
    except NotImplementedError:  # AES and other methods the standard library cannot unpack
        raise InputError(path, Message("read.member_method", name=name)) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError):  # the library's words are
        raise InputError(path, Message("read.member_damaged", name=name)) from None  # English
    if len(data) > MAX_MEMBER_BYTES:
        raise InputError(
            path, Message("read.member_unpacks_too_large", name=name, mb=MAX_MEMBER_BYTES // 2**20)
        )
    return data


def _about(label: str, problem: str) -> str:
    """``problem`` prefixed with the member's name, unless it already starts with it."""
    return (
        problem
        if problem.startswith(label)
        else Message("read.member", name=label, problem=problem)
    )


# A member's problem that names the member ("X is password-protected"), said without the
# name where the sentence names it already ("X could not be read (is password-protected)").
_UNNAMED = {
    "read.member_password": "read.password",
    "read.member_too_large": "read.too_large_unnamed",
    "read.member_damaged": "read.damaged_unnamed",
    "read.member_method": "read.method_unnamed",
    "read.member_unpacks_too_large": "read.unpacks_too_large",
    "read.member": None,  # "X: PROBLEM": the problem itself
}


def _without_name(problem: str) -> str:
    """``problem`` without the member's name it starts with (as it is when it has none)."""
    key = getattr(problem, "key", None)
    if key not in _UNNAMED:
        return problem
    fields = {k: v for k, v in problem.fields.items() if k != "name"}
    return fields["problem"] if _UNNAMED[key] is None else Message(_UNNAMED[key], **fields)


def _nested_hint(path: Path) -> Message | None:
    """ "it holds X.zip: open that" when the export sits one zip (or folder) deeper."""
    try:
        if path.is_dir():
            names = [p.name for p in path.iterdir()]
        else:
            with zipfile.ZipFile(path) as zf:
                names = zf.namelist()
    except (OSError, zipfile.BadZipFile, ValueError):
        return None
    inner = sorted(n for n in names if n.lower().endswith(".zip"))
    if not inner:
        return None
    hint = "read.nested_unzip" if path.suffix.lower() == ".zip" else "read.nested_open"
    return Message(hint, inner=inner[0])


def _latest_entry_date(infos) -> date | None:
    dates = [date(*i.date_time[:3]) for i in infos if i.date_time[0] > 1980]
    return max(dates) if dates else None


# --- reading the files ----------------------------------------------------------------------


def _read_members(
    path: Path,
    members: dict[str, tuple[str, Loader]],
    fmt: str,
    exported_on: date | None,
    progress,
    cancel,
    stream: Streaming = None,
) -> Export:
    report = ImportReport()
    if "connections.csv" not in members and not _lone_copy_as_connections(members, report):
        _refuse_without_connections(path)
    report.exported_on_source = "file name" if exported_on else ""
    checkpoint(progress, cancel, 0.1, Message("progress.reading_contacts"))
    contacts, chunks, found = _read_connections(path, members["connections.csv"], report, stream)
    checkpoint(progress, cancel, 0.8, Message("progress.reading_career"))
    export = Export(
        source=path,
        format=fmt,
        contacts=contacts,
        report=report,
        exported_on=exported_on,
        stream=chunks,
        screened_clean=found.get("screened_clean", False),
    )
    _read_optional_members(export, members, report)
    _check_registration(export, members, report)
    checkpoint(progress, cancel, 1.0, Message("progress.read"))
    return export


def _check_registration(export: Export, members: dict, report) -> None:
    """Say so when the date of joining LinkedIn is later than the first connection: one of
    the two is wrong (which is not known, so both are kept as read). A streamed export's
    dates are not all at hand here, and are not checked."""
    if export.registered_on is None or "registration.csv" not in members:
        return
    dates = export.contacts.get("connected_on")
    if dates is None or not dates.notna().any():
        return
    first = dates.min()
    if export.registered_on > first.date():
        report.warnings.append(
            Message(
                "note.registration_after_connection",
                file=members["registration.csv"][0],
                date=day_message(export.registered_on),
                connections=members["connections.csv"][0],
                first=day_message(first),
            )
        )


def _lone_copy_as_connections(members: dict, report: ImportReport) -> bool:
    """Take the one copy-named Connections file of ``members`` ("Connections (1).csv", as a
    browser saves a second download) as the export's Connections.csv (added to ``members``,
    which the caller reads on), said in a note. False when there is no such copy or more
    than one (which of them is the person's is not known)."""
    copies = [key for key in members if is_connections_file(key)]
    if len(copies) != 1:
        return False
    members["connections.csv"] = members[copies[0]]
    report.note(
        Message("note.connections_copy_read", file=PurePosixPath(members[copies[0]][0]).name)
    )
    return True


def _refuse_without_connections(path: Path) -> NoReturn:
    """Raise NotAnExport (or InputError) for an export without a Connections.csv, saying what
    it is instead where that is known: an unzipped review package, an odd entry, a nest."""
    if path.is_dir() and {p.name for p in path.iterdir()} >= REVIEW_PACKAGE_MEMBERS:
        raise NotAnExport(path, UNZIPPED_REVIEW_PACKAGE)
    if path.is_dir() and (odd := _odd_connections_entry(path)) is not None:
        raise InputError(odd, Message("read.not_a_regular_file"))
    hint = _nested_hint(path)
    raise NotAnExport(
        path,
        Message("joined", first=NO_CONNECTIONS_FILE, second=hint) if hint else NO_CONNECTIONS_FILE,
    )


def _read_connections(path: Path, member: tuple[str, Loader], report, stream: Streaming):
    """Connections.csv read whole (contacts, None, what the reader found) or to be streamed
    (empty contacts, its chunks, {}); a problem is InputError naming ``path`` and the member."""
    label, load = member
    found: dict = {}
    try:
        data = load()
        chunks = _streamed(data, label, report, stream)
        if chunks is None:
            contacts = linkedin.read_connections(data, label, report, found)
        else:
            contacts = empty_contacts()
        del data
    except InputError as err:
        raise InputError(path, _about(label, err.problem)) from None
    return contacts, chunks, found


_OPTIONAL_MEMBERS = (
    ("positions.csv", "positions", linkedin.read_positions),
    ("profile.csv", "profile_name", linkedin.read_profile_name),
    ("registration.csv", "registered_on", linkedin.read_registered_on),
    ("invitations.csv", "invitations", linkedin.read_invitations),
)


def _read_optional_members(export: Export, members: dict, report) -> None:
    """Positions, profile, registration and invitations into ``export`` where present; one
    that cannot be read is left out with a note (no positions: a note too)."""
    for key, attribute, reader in _OPTIONAL_MEMBERS:
        if key not in members:
            if key == "positions.csv":
                report.note(Message("note.no_positions"))
            continue
        label, load = members[key]
        said = len(report.warnings)
        try:
            setattr(export, attribute, reader(load(), label, report))
        except InputError as err:
            # what the failed read said on its way (say "read as cp1252" of binary junk) is
            # moot: the file is left out, and that is all there is to say
            del report.warnings[said:]
            report.warnings.append(
                Message("note.left_out", file=label, problem=_without_name(err.problem))
            )
