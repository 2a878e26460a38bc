"""Turn the bytes of a CSV someone exported (or Excel re-saved) into a table of strings.

Decoding sniffs byte-order marks, then tries UTF-8, then cp1252. The header is found by
scanning the first lines for one a caller recognises (never a fixed skip) and the delimiter is
the one that header uses. The body is parsed by pandas' C engine, or line by line
(``linewise``) when records span lines or a quote is broken; the source line of every record
is tracked so the import report can point at it.
"""

from __future__ import annotations

import csv
import io
import re
import warnings
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..errors import InputError
from ..messages import Message
from .linewise import HUGE_FIELD, MAX_FIELD_CHARS, read_records, too_many
from .result import SkippedRow
from .screen import may_need_repair

HEADER_SCAN_LINES = 20
BINARY_SAMPLE = 100_000  # characters looked at to tell text from binary data
BLOCK_BYTES = 8 * 2**20  # a body is scanned for line ends a block at a time
# bytes that make a line non-blank on their own: ASCII, not whitespace as str.strip sees it
_SOLID = np.ones(256, dtype=np.uint8)
_SOLID[[9, 10, 11, 12, 13, 28, 29, 30, 31, 32]] = 0
_SOLID[128:] = 0
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")
DELIMITERS = (",", ";", "\t")
_BOMS = (  # UTF-32's before UTF-16's: UTF-32-LE's mark starts with UTF-16-LE's
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


@dataclass
class Table:
    """A parsed CSV: string columns named as in the file, and each record's source line."""

    frame: pd.DataFrame
    rows: np.ndarray  # 1-based line number of each record in the decoded file
    header: list[str]
    header_line: int  # 1-based
    delimiter: str
    encoding: str
    skipped: list[SkippedRow] = field(default_factory=list)
    repaired: list[int] = field(default_factory=list)  # lines read without a stray quote
    cut_short: int = 0  # line of a last record the file ends inside (0: none)
    # False when a scan of the whole text found nothing mojibake repair or the removal of
    # direction controls could change in any of its values (:mod:`.screen`)
    may_need_repair: bool = True


@dataclass
class Lines:
    """What the lines of a CSV's body tell before it is parsed."""

    records: np.ndarray  # 1-based line (the header is line 1) of each non-blank line below it
    widest: int  # fields of the widest line, counting every delimiter
    longest: int  # bytes of the longest line (>= its characters)


def decode(data: bytes, name: str, notes: list[str] | None = None) -> tuple[str, str]:
    """Bytes to text and the encoding used; raises InputError for binary or empty data.

    What the person should know about the decoding (NUL bytes dropped, a fall-back to cp1252)
    is appended to ``notes``.
    """
    text, encoding, _ = decoded(data, name, notes)
    return text, encoding


def decoded(
    data: bytes, name: str, notes: list[str] | None = None
) -> tuple[str, str, bytes | None]:
    """:func:`decode`, and the text's UTF-8 bytes when they are ``data`` itself (UTF-8
    without a byte-order mark, nothing dropped or changed): :func:`read_table` then parses
    those instead of encoding the text again (3-10 ms at 30,000 contacts, where one emoji
    makes the whole text four bytes a character)."""
    notes = [] if notes is None else notes
    if not data.strip():
        raise InputError(name, Message("read.empty"))
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(encoding.replace("-sig", ""), errors="replace")
            return _checked(text, name, notes), encoding, None
    encoding = _bomless_utf32(data) or _bomless_utf16(data)
    if encoding:
        return _checked(data.decode(encoding, errors="replace"), name, notes), encoding, None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text, encoding = _utf8_and_cp1252(data)
        if encoding == "cp1252":
            notes.append(Message("note.cp1252", file=name))
        else:
            notes.append(Message("note.mixed_encoding", file=name))
        return _checked(text, name, notes), encoding, None
    checked = _checked(text, name, notes)
    return checked, "utf-8", data if checked is text else None  # the same object: unchanged


_BAD_UTF8 = re.compile("[\udc80-\udcff]+")  # the bytes surrogateescape could not decode


def _utf8_and_cp1252(data: bytes) -> tuple[str, str]:
    """Text of a file that is not all UTF-8: each line that is not is read as cp1252.

    Files pasted together from two sources (or edited in two editors) mix the two; reading
    the whole file as cp1252 would garble every accent of its UTF-8 lines.
    """
    text = data.decode("utf-8", errors="surrogateescape")
    pieces: list[str] = []  # UTF-8 stretches at even indices, re-read lines at odd ones
    done = 0
    for match in _BAD_UTF8.finditer(text):
        if match.start() < done:
            continue  # on a line already re-read
        start = text.rfind("\n", 0, match.start()) + 1
        stop = text.find("\n", match.end())
        stop = len(text) if stop < 0 else stop
        raw = text[start:stop].encode("utf-8", errors="surrogateescape")
        # cp1252 leaves five bytes undefined; a stray one must not lose the whole file
        pieces += [text[done:start], raw.decode("cp1252", errors="replace")]
        done = stop
    pieces.append(text[done:])
    mixed = not all(piece.isascii() for piece in pieces[0::2])
    return "".join(pieces), "utf-8 and cp1252" if mixed else "cp1252"


def _bomless_utf32(data: bytes) -> str:
    """ "utf-32-le"/"utf-32-be" for text of four bytes a character without a byte-order mark
    (three of every four bytes zero, as Latin text has them); "" otherwise."""
    sample = data[: 4000 - 4000 % 4]
    if len(sample) < 8 or len(sample) % 4 or sample.count(0) < len(sample) // 2:
        return ""
    quarter = len(sample) // 4
    zeros = [sample[k::4].count(0) for k in range(4)]
    if min(zeros[1:]) > 0.9 * quarter and zeros[0] < 0.1 * quarter:
        return "utf-32-le"
    if min(zeros[:3]) > 0.9 * quarter and zeros[3] < 0.1 * quarter:
        return "utf-32-be"
    return ""


def _bomless_utf16(data: bytes) -> str:
    sample = data[:4000]
    if len(sample) < 4 or sample.count(0) < len(sample) // 4:
        return ""
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > 3 * even:
        return "utf-16-le"
    if even > 3 * odd:
        return "utf-16-be"
    return ""


def _checked(text: str, name: str, notes: list[str]) -> str:
    # one line-end convention from here on: Excel writes CRLF, old Macs a bare CR
    if "\r" in text:  # one scan, not two copies, for the usual file without any
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    sample = text[:BINARY_SAMPLE]
    if len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise InputError(name, Message("read.binary"))
    if "\x00" in text:  # a stray NUL (a damaged copy) means nothing; where it sits must not matter
        count = text.count("\x00")
        text = text.replace("\x00", "")
        notes.append(Message("note.nul_bytes", file=name, n=count))
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html", "<?xml", "<head", "<body")):
        raise InputError(name, Message("read.html"))
    return text


def header_cells(line: str) -> tuple[list[str], str]:
    """Split a candidate header line on its most frequent delimiter; returns (cells, delimiter)."""
    delimiter = max(DELIMITERS, key=line.count)
    if not line.count(delimiter):
        return [_clean_cell(line)], delimiter
    try:
        cells = next(csv.reader([line], delimiter=delimiter))
    except csv.Error:  # a field past the csv module's limit is no header
        return [], delimiter
    return [_clean_cell(c) for c in cells], delimiter


def _clean_cell(cell: str) -> str:
    return " ".join(cell.strip().strip('"').replace("\ufeff", "").split())


def normalise_header(cell: str) -> str:
    """Lower-case, single-spaced, without quotes, BOM, underscores or a trailing colon."""
    return " ".join(_clean_cell(cell).lower().replace("_", " ").rstrip(":").split())


def find_header(
    text: str, name: str, accept: Callable[[list[str]], bool], expected: str
) -> tuple[int, list[str], str]:
    """Index of the first line (of the first ~20) that ``accept`` takes as the header.

    Returns (0-based line index, cells, delimiter); raises InputError naming ``expected``.
    """
    for index, line in enumerate(_first_lines(text, HEADER_SCAN_LINES)):
        cells, delimiter = header_cells(line.rstrip("\r"))
        if accept([normalise_header(c) for c in cells]):
            return index, cells, delimiter
    raise InputError(name, expected)


def _first_lines(text: str, count: int) -> list[str]:
    """The first ``count`` lines of ``text``, as ``text.split("\n")[:count]`` gives them,
    without copying the rest of the file (split's last piece: ~10 ms for 30,000 contacts)."""
    lines: list[str] = []
    start = 0
    while len(lines) < count:
        end = text.find("\n", start)
        if end < 0:
            lines.append(text[start:])
            break
        lines.append(text[start:end])
        start = end + 1
    return lines


def read_table(
    text: str,
    name: str,
    header_index: int,
    delimiter: str,
    encoding: str = "",
    used: Collection[str] | None = None,
    utf8: bytes | None = None,
) -> Table:
    """Parse the records below line ``header_index`` (0-based) of :func:`decode`'s text with
    pandas' C engine; returns a :class:`Table` of the columns :func:`kept_columns` keeps
    (``used``: the normalised header names the caller reads; None: every column). ``utf8``:
    the text's UTF-8 bytes if at hand (:func:`decoded`)."""
    offset = _line_offset(text, header_index)
    end = text.find("\n", offset)
    header = header_of(text[offset:] if end < 0 else text[offset:end], delimiter)
    # pandas gets bytes: a text buffer (StringIO) would hold four bytes a character; the
    # lines above the header are cut off the bytes (a copy of the text costs more)
    raw = text.encode("utf-8", errors="replace") if utf8 is None else utf8
    if offset:
        raw = raw[len(text[:offset].encode("utf-8", errors="replace")) :]
    lines = scan_lines(raw, 0, delimiter, encoded=True)
    needs_repair = may_need_repair(raw)
    huge: list[int] = []
    if lines.longest > MAX_FIELD_CHARS:  # a line long enough to hold a field no contact has
        raw, huge = without_huge_fields(raw, delimiter)
        if huge:
            lines = scan_lines(raw, 0, delimiter, encoded=True)
    table = None
    if lines.widest <= 2 * len(header) + 20:  # a few absurdly wide lines go the careful way
        keep = kept_columns(header, max(lines.widest, len(header)), used)
        table = _read_c(raw, delimiter, len(header), keep, lines.records, name)
    if table is None:  # records spanning lines (or a tokenizer failure): exact line tracking
        table = _read_python(raw.decode("utf-8"), delimiter, name, header, used)
    short = cut_short(raw, delimiter, len(header))
    del raw
    if huge:
        table.skipped = sorted(
            [*table.skipped, *(SkippedRow(n, HUGE_FIELD, name) for n in huge)], key=lambda s: s.row
        )
    table = finished(table, header, header_index, encoding, name, lines.longest > MAX_FIELD_CHARS)
    if short and len(table.rows):
        table.cut_short = int(table.rows[-1])
    table.may_need_repair = needs_repair
    return table


def cut_short(raw: bytes, delimiter: str, width: int) -> bool:
    """True when ``raw`` (a header line and its records) ends inside a record: no line end
    after its last line, and fewer fields there than the header has (a download or copy
    stopped half-way). Exports write every field of every record, empty ones too."""
    if raw.endswith((b"\n", b"\r")):
        return False
    last = raw[raw.rfind(b"\n") + 1 :].decode("utf-8", errors="replace")  # only the tail
    if not last.strip():
        return False
    cells = next(csv.reader([last], delimiter=delimiter), [])
    return 0 < len(cells) < width


def cut_short_warning(name: str, line: int) -> str:
    """The warning for a file that ends in the middle of its last record."""
    return Message("note.cut_short", file=name, line=line)


def kept_columns(header: list[str], columns: int, used: Collection[str] | None) -> list[int]:
    """Which of ``columns`` fields (0-based) a table keeps under ``header``: with ``used``
    (normalised header names a caller reads), the first column of each of those names and
    every field past the header (a record that fills one is skipped); without, all. A header
    repeating one name 100,000 times, or naming 100,000 columns nobody reads, then costs its
    header line, not 100,000 columns of strings."""
    if used is None:
        return list(range(columns))
    seen: set[str] = set()
    keep = []
    for i, cell in enumerate(header[:columns]):
        normal = normalise_header(cell)
        if normal not in seen and normal in used:
            keep.append(i)
        seen.add(normal)
    return keep + list(range(len(header), columns))


def header_of(line: str, delimiter: str) -> list[str]:
    """The cleaned cells of a body's first line (its header)."""
    return [_clean_cell(c) for c in next(csv.reader([line], delimiter=delimiter), [""])]


def finished(
    table: Table, header: list[str], header_index: int, encoding: str, name: str, huge: bool
) -> Table:
    """``table`` (records parsed below the header, lines counted from it) with records that
    are no contact dropped — fields past MAX_FIELD_CHARS (looked for when ``huge``), the
    header repeated — its lines counted in the file and its columns named after the header."""
    if huge:
        _skip_huge_fields(table, name)
    _skip_repeated_header(table, header, name)
    table.header, table.encoding = header, encoding
    table.header_line = header_index + 1
    table.rows = table.rows + header_index
    table.skipped = [SkippedRow(s.row + header_index, s.reason, s.file) for s in table.skipped]
    table.repaired = [line + header_index for line in table.repaired]
    # the frame's columns are numbered as in the file (kept_columns may leave some out)
    names = _unique_names(header, max(table.frame.columns, default=-1) + 1)
    table.frame.columns = [names[i] for i in table.frame.columns]
    return table


REPEATED_HEADER = Message("row.repeated_header")


def _skip_repeated_header(table: Table, header: list[str], name: str) -> None:
    """Drop records that repeat the header: they are column names, not a contact."""
    frame = table.frame
    kept = [i for i in frame.columns if i < len(header)]  # numbered as in the file
    width = len(kept)
    if not len(frame) or width < 2:
        return
    wanted = [normalise_header(header[i]) for i in kept]
    # a hashed look-up finds the candidates (a million rows cost no per-row Python call);
    # the whole line, normalised, confirms them
    first = header[0]
    spellings = {first, "\ufeff" + first, first.lower(), first.upper(), first.title()}
    candidates = frame.iloc[:, 0].isin(spellings).to_numpy()
    repeated = np.zeros(len(frame), dtype=bool)
    for i in np.flatnonzero(candidates):
        cells = frame.iloc[i, :width].tolist()
        repeated[i] = [normalise_header(c) for c in cells] == wanted
    if not repeated.any():
        return
    table.skipped += [SkippedRow(int(r), REPEATED_HEADER, name) for r in table.rows[repeated]]
    table.skipped.sort(key=lambda s: s.row)
    table.frame = frame.loc[~repeated].reset_index(drop=True)
    table.rows = table.rows[~repeated]


def scan_lines(data: bytes, offset: int, delimiter: str, *, encoded: bool = False) -> Lines | None:
    """What splitting ``data`` (UTF-8) into lines from ``offset`` on (the header line) would
    tell, found a block at a time without making a string of each line; None when the bytes
    are not all UTF-8. ``encoded``: ``data`` was made by encoding a str, so it is UTF-8 and
    is not decoded again to check (~14 ms of a 30,000-contact file)."""
    array = np.frombuffer(data, dtype=np.uint8)
    sep = ord(delimiter)
    records, widest, longest, line = [], 0, 0, 0  # line: 0-based index of the block's first
    start = offset
    while start < len(data):
        stop = data.find(b"\n", min(start + BLOCK_BYTES, len(data)))
        stop = len(data) if stop < 0 else stop + 1
        block = array[start:stop]
        ends = np.flatnonzero(block == 10)
        starts = np.concatenate(([0], ends + 1))
        if starts[-1] == len(block):
            starts = starts[:-1]  # the block ends with a line end
        raw = data[start:stop]
        if not encoded and not raw.isascii():
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                return None
        # a printable ASCII byte (33-127) makes a line non-blank: nearly every line has one
        solid = np.maximum.reduceat((block - np.uint8(33)) < 95, starts)
        if not solid.all():  # blank lines, or lines of other bytes only: decide exactly
            high = np.maximum.reduceat(block >= 128, starts)
            solid |= np.maximum.reduceat(_SOLID[block], starts).astype(bool)
            for i in np.flatnonzero(high & ~solid):  # only unicode spaces, or text: ask str.strip
                j = starts[i + 1] if i + 1 < len(starts) else len(block)
                solid[i] = bool(raw[starts[i] : j].decode("utf-8").strip())
        del raw
        records.append(np.flatnonzero(solid) + line + 1)
        # delimiters per line: where each line's first would fall among the block's
        at = np.searchsorted(np.flatnonzero(block == sep), np.append(starts, len(block)))
        widest = max(widest, int(np.diff(at).max()))
        longest = max(longest, int(np.diff(np.append(starts, len(block))).max()))
        line += len(starts)
        start = stop
    found = np.concatenate(records).astype(np.int64) if records else np.zeros(0, np.int64)
    return Lines(found[found > 1], widest + 1, longest)  # the header (line 1) is no record


def _line_offset(text: str, index: int) -> int:
    offset = 0
    for _ in range(index):
        offset = text.index("\n", offset) + 1
    return offset


def without_huge_fields(raw: bytes, delimiter: str) -> tuple[bytes, list[int]]:
    """``raw`` (UTF-8, its first line the header) with every later line that holds a field
    over MAX_FIELD_CHARS made blank, and those lines (1-based). Done on the bytes before any
    parser builds the field: an 80 MB field, quoted or not, costs one scan, not a gigabyte."""
    run = re.compile(rb"[^%s\n]{%d,}" % (re.escape(delimiter.encode()), MAX_FIELD_CHARS + 1))
    pieces, huge, kept, line, counted = [], [], 0, 1, 0
    start = raw.find(b"\n") + 1 if b"\n" in raw else len(raw)  # never the header
    for match in run.finditer(raw, start):
        if match.start() < kept:  # a second run on a line already blanked
            continue
        size = match.end() - match.start()
        if size <= 4 * MAX_FIELD_CHARS and len(match.group().decode("utf-8")) <= MAX_FIELD_CHARS:
            continue  # bytes, not characters: a field of accented letters may still be short
        first = raw.rfind(b"\n", 0, match.start()) + 1
        end = raw.find(b"\n", match.end())
        end = len(raw) if end < 0 else end
        line += raw.count(b"\n", counted, first)
        counted = first
        huge.append(line)
        pieces.append(raw[kept:first])
        kept = end  # the line end stays: the lines after keep their numbers
    if not huge:
        return raw, []
    pieces.append(raw[kept:])
    return b"".join(pieces), huge


def _skip_huge_fields(table: Table, name: str) -> None:
    """Drop records with a field longer than any contact's: they are damage or an attack, and
    would cost every later step (features, outputs) their size again."""
    # one pass over the cells, not one pandas call per column: a header can be 20,000 wide
    cells = table.frame.to_numpy(dtype=object)
    huge = (_lengths(cells) > MAX_FIELD_CHARS).any(axis=1)
    if not huge.any():
        return
    table.skipped += [SkippedRow(int(r), HUGE_FIELD, name) for r in table.rows[huge]]
    table.skipped.sort(key=lambda s: s.row)
    table.frame = table.frame.loc[~huge].reset_index(drop=True)
    table.rows = table.rows[~huge]


_lengths = np.frompyfunc(len, 1, 1)
_stripped_lengths = np.frompyfunc(lambda v: len(v.strip()), 1, 1)


def _read_c(
    raw: bytes, delimiter: str, width: int, keep: list[int], record_lines: np.ndarray, name: str
) -> Table | None:
    """The C engine's parse, or None when its records do not map one-to-one onto lines.

    Columns are named up to the widest line so that no line is "bad" to pandas (which would
    otherwise turn the surplus leading fields of a long first row into an index); records
    with text beyond the header's width are skipped here, empty surplus is Excel's padding.
    Only the columns ``keep`` lists (:func:`kept_columns`) become strings.
    """
    try:
        with warnings.catch_warnings():
            # a record spanning lines can outgrow every line; its parse is dropped just below
            warnings.simplefilter("ignore", pd.errors.ParserWarning)
            frame = c_parse(io.BytesIO(raw), delimiter, keep)
    except (pd.errors.ParserError, ValueError):
        return None
    if len(frame) != len(record_lines):
        return None
    return without_surplus(frame, width, record_lines, delimiter, name)


def c_parse(source, delimiter: str, keep: list[int], chunksize: int | None = None):
    """pandas' C engine on UTF-8 ``source`` (a binary file positioned at the header line):
    the records below the header as strings in the columns ``keep`` (numbered from 0 as in
    the file, :func:`kept_columns`; the last one the widest line's), blank lines skipped;
    with ``chunksize``, an iterator of frames of that many records."""
    columns = keep[-1] + 1 if keep else 1
    # usecols only when it leaves columns out: pandas checks it against each chunk's width
    usecols = None if keep == list(range(columns)) else keep or [0]
    return pd.read_csv(
        source,
        encoding="utf-8",
        sep=delimiter,
        dtype=str,
        header=None,
        skiprows=1,
        names=range(columns),
        usecols=usecols,
        index_col=False,
        na_filter=False,
        engine="c",
        skip_blank_lines=True,
        chunksize=chunksize,
    )


def without_surplus(
    frame: pd.DataFrame, width: int, record_lines: np.ndarray, delimiter: str, name: str
) -> Table:
    """The C engine's records cut to the header's ``width`` as a Table; records with text
    beyond it are skipped (empty surplus is Excel's padding). ``record_lines`` are their lines;
    the frame's columns are numbered as in the file, every one past the header kept."""
    surplus = np.zeros(len(frame), dtype=np.int64)  # fields used beyond the header
    inside = int(np.count_nonzero(np.asarray(frame.columns) < width))
    if frame.shape[1] > inside:
        extra = frame.iloc[:, inside:].to_numpy(dtype=object)
        used = _stripped_lengths(extra) > 0
        last_used = extra.shape[1] - np.argmax(used[:, ::-1], axis=1)
        surplus = np.where(used.any(axis=1), last_used, 0).astype(np.int64)
    bad = surplus > 0
    skipped = [
        SkippedRow(int(line), too_many(width + int(extra), width), name)
        for line, extra in zip(record_lines[bad], surplus[bad], strict=True)
    ]
    frame = (
        frame.iloc[~bad, :inside].reset_index(drop=True) if bad.any() else frame.iloc[:, :inside]
    )
    return Table(frame, record_lines[~bad].astype(np.int64), [], 0, delimiter, "", skipped)


def _read_python(
    body: str, delimiter: str, name: str, header: list[str], used: Collection[str] | None
) -> Table:
    """The line-by-line parse (:func:`.linewise.read_records`) as a Table of the columns
    :func:`kept_columns` keeps."""
    found = read_records(body, delimiter, name)
    keep = kept_columns(header, found.width, used)
    records = [[record[i] for i in keep] for record in found.records]
    frame = pd.DataFrame(records, columns=keep, dtype="str")
    if not found.records:
        frame = pd.DataFrame({i: pd.Series([], dtype="str") for i in keep})
    rows = np.array(found.rows, dtype=np.int64)
    return Table(frame, rows, [], 0, delimiter, "", found.skipped, found.repaired)


def _unique_names(header: list[str], width: int) -> list[str]:
    """Column names made unique with " (2)", " (3)"…, in time linear in ``width``: a header
    repeating one name 20,000 times must not cost 20,000² comparisons."""
    names: list[str] = []
    seen: set[str] = set()
    next_number: dict[str, int] = {}  # per base name, the first suffix not yet tried
    for i in range(width):
        base = header[i] if i < len(header) and header[i] else f"column {i + 1}"
        candidate, n = base, next_number.get(base, 2)
        while candidate in seen:
            candidate, n = f"{base} ({n})", n + 1
        next_number[base] = n
        seen.add(candidate)
        names.append(candidate)
    return names
