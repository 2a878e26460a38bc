"""A large Connections.csv read in chunks, so its contacts need not be held as a table.

A clean file — UTF-8, one record per line, as LinkedIn writes it — is parsed by pandas' C
engine a chunk of records at a time, once. What depends on the whole file is decided at the
end: the order of day and month (over every date), duplicates (a hash of each contact's
fields), the network facts (companies and titles). Each contact's fields are kept in compact
form — companies, titles and dates as one string object per distinct value, the names,
URLs and e-mails of a chunk as one string — and the file's bytes are let go; iterating the
stream rebuilds each chunk exactly as the one-piece reader (:mod:`.linkedin`) reads those
rows, and the import report is complete before the first chunk. (Until 2026-11-30 the file
was parsed a second time for the chunks: ~2.2 s of CPU per million contacts more, for about
the same memory as the bytes it kept.) Any other file — another encoding, a record spanning
lines, a broken quote — is not streamed: the careful reader reads it whole.
"""

from __future__ import annotations

import io
import pickle
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..dates import parse_coded_dates
from ..errors import InputError
from ..messages import Message
from ..scale.heap import HEAP_CHUNKS, keep_freed_memory
from ..schema import CONTACT_COLUMNS, TEXT_COLUMNS
from ..schema import STR_DTYPE as _STR
from . import linkedin
from .bidi import strip_values, utf8_holds_controls
from .csvtext import (
    BINARY_SAMPLE,
    HEADER_SCAN_LINES,
    MAX_FIELD_CHARS,
    Lines,
    Table,
    c_parse,
    cut_short,
    cut_short_warning,
    decode,
    find_header,
    finished,
    header_of,
    kept_columns,
    normalise_header,
    scan_lines,
    without_surplus,
)
from .mojibake import repair_values
from .result import ImportReport, SkippedRow

HEAD_BYTES = 16 * 2**20  # at most this much is decoded to find the header
_NETWORK_FIELDS = ("company", "position")
# kept as one string per chunk (the network facts need only companies and titles whole)
_PACKED = ("first_name", "last_name", "url", "email")
# a packed string's offset of every MARK_ROWS-th value: a piece of a chunk is cut from it
# without splitting the whole chunk's string (4 splits of a chunk per quarter piece cost
# ~27 ms each time: ~0.8 s of CPU per million contacts)
MARK_ROWS = 1024


@dataclass
class ContactStream:
    """The contacts of one Connections.csv, chunk by chunk (iterate it, as often as needed);
    :meth:`network_contacts` gives the columns the network facts are counted on."""

    count: int  # contacts (rows read minus rows skipped)
    _sizes: list[int] = field(repr=False)  # contacts per chunk
    _text: dict[str, np.ndarray] = field(repr=False)  # company, position: stripped, repaired
    _packed: dict[str, list[str]] = field(repr=False)  # per chunk, its values joined by "\n"
    _rows: np.ndarray = field(repr=False)
    _dates: np.ndarray = field(repr=False)
    _duplicate: np.ndarray = field(repr=False)
    direction_controls: int = 0  # values that held text-direction controls, removed (.bidi)
    # per packed field and chunk, where every MARK_ROWS-th value starts (:func:`_marks`)
    _marks: dict[str, list[np.ndarray]] = field(default_factory=dict, repr=False)
    # each contact's code into the distinct companies, and those (:meth:`company_codes`)
    _company: tuple[np.ndarray, np.ndarray] | None = field(default=None, repr=False)

    def network_contacts(self) -> pd.DataFrame:
        """Every contact's company, position (mojibake repaired), connected_on and duplicate
        flag (the network's counts count each contact once)."""
        network = {f: self._text[f] for f in _NETWORK_FIELDS}
        return pd.DataFrame({**network, "connected_on": self._dates, "duplicate": self._duplicate})

    def company_codes(self) -> tuple[np.ndarray, pd.Index] | None:
        """Each contact's code into the distinct company names, and those names: what
        :func:`model.features.relate.company_codes` gives for :meth:`network_contacts`'
        companies, found from each chunk's distinct names as it was read (~30 ms at a
        million contacts, against ~0.18 s over every contact); None when not known."""
        if self._company is None:
            return None
        codes, names = self._company
        return codes.astype(np.intp), pd.Index(names, dtype=object)

    def __iter__(self) -> Iterator[pd.DataFrame]:
        for k in range(len(self._sizes)):
            yield contacts_of(self.piece(k))

    def let_go(self) -> None:
        """Let go of the names, URLs and e-mails (~90 MB per million contacts), once every
        piece is classified: :meth:`network_contacts` still works, the chunks are not made
        again (:meth:`piece` raises ValueError)."""
        self._packed = {f: [] for f in self._packed}
        self._marks = {}
        self._company = None

    @property
    def chunks(self) -> int:
        """How many chunks iterating the stream gives."""
        return len(self._sizes)

    def chunk_size(self, k: int) -> int:
        """How many contacts chunk ``k`` holds."""
        return self._sizes[k]

    def piece(self, k: int, rows: slice | None = None) -> dict:
        """Chunk ``k`` (0-based) in compact form, or only ``rows`` of it (a slice with start
        and stop): what :func:`contacts_of` makes its contacts of. Cheap to send to another
        process: names, URLs and e-mails as the chunk's one string each (cut in
        :func:`contacts_of`), companies and titles as one object per distinct value."""
        n = self._sizes[k]
        if any(len(v) <= k for v in self._packed.values()):
            raise ValueError("the stream's names were let go (ContactStream.let_go)")
        done = sum(self._sizes[:k])
        inner = slice(0, n) if rows is None else rows
        part = slice(done + inner.start, done + inner.stop)
        piece = {f: v[part] for f, v in self._text.items()}
        piece["connected_on"] = self._dates[part]
        piece["row"] = self._rows[part]
        piece["duplicate"] = self._duplicate[part]
        whole = (inner.start, inner.stop) == (0, n)
        if whole or any(f not in self._marks for f in self._packed):
            piece.update({f: v[k] for f, v in self._packed.items()})
            piece["packed_rows"] = (n, inner.start, inner.stop)
            return piece
        for f, v in self._packed.items():  # only the rows' values: a quarter of the bytes
            piece[f] = _cut(v[k], self._marks[f][k], n, inner.start, inner.stop)
        piece["packed_rows"] = (inner.stop - inner.start, 0, inner.stop - inner.start)
        return piece


def contacts_of(piece: dict) -> pd.DataFrame:
    """The contacts of a :meth:`ContactStream.piece`, as the one-piece reader reads them."""
    n, start, stop = piece["packed_rows"]
    text = {f: piece[f] for f in TEXT_COLUMNS}
    for f in _PACKED:
        values = _unpacked(text[f], n)
        text[f] = values if (start, stop) == (0, n) else values[start:stop]
    # the schema's columns built directly: every text is a str already, none missing
    columns = {f: pd.array(text[f], dtype=_STR) for f in TEXT_COLUMNS}
    for f in ("connected_on", "row", "duplicate"):
        columns[f] = piece[f]
    return pd.DataFrame(columns, index=pd.RangeIndex(stop - start), columns=CONTACT_COLUMNS)


def stream_connections(
    data: bytes,
    name: str,
    report: ImportReport,
    min_records: int,
    chunk_rows: int,
    accept: Callable[[list[str]], bool] = linkedin.is_connections_header,
    split: Callable[[], object | None] | None = None,
) -> ContactStream | None:
    """The contacts of a LinkedIn Connections.csv (``data``) as a :class:`ContactStream`,
    filling ``report`` as :func:`.linkedin.read_connections` would; None — ``report``
    untouched — when the file has ``min_records`` lines or fewer below its header, or is not
    clean (see the module), or its first header ``accept`` takes is not LinkedIn's.

    ``split``: asked, once the file is found clean and large, for a helper process
    (:class:`model.scale.helper.Helper`) to parse the second half of its chunks meanwhile
    (None: this process parses them all); the stream is the same either way.

    Raises InputError when no contact is left after the skipped rows.
    """
    if data.count(b"\n") <= min_records:  # so few lines, so few records: no scan (~15 ms at 30k)
        return None
    if b"\x00" in data:  # decode() drops NUL bytes with a warning
        return None
    if b"\r" in data:
        data = data.replace(b"\r\n", b"\n")  # what decode() does; a bare CR is an old Mac's
        if b"\r" in data:
            return None
    head = _head(data)
    if head is None:
        return None
    notes: list[str] = []
    try:
        text, encoding = decode(head, name, notes)
        index, cells, delimiter = find_header(text, name, accept, "")
    except InputError:
        return None  # the careful reader says what is wrong, as it always did
    normal = [normalise_header(c) for c in cells]
    if notes or encoding not in ("utf-8", "utf-8-sig") or not _is_linkedin(normal):
        return None
    offset = _offset(data, index, bom=3 if encoding == "utf-8-sig" else 0)
    end = data.find(b"\n", offset)
    header_line = data[offset : len(data) if end < 0 else end].decode("utf-8")
    header = header_of(header_line, delimiter)
    lines = scan_lines(data, offset, delimiter)
    if lines is None or len(lines.records) <= min_records:
        return None
    if lines.widest > 2 * len(header) + 20:  # the careful reader takes such files
        return None
    if len(lines.records) > HEAP_CHUNKS * chunk_rows:  # chunk after chunk reuses memory
        keep_freed_memory()
    spec = {
        "name": name,
        "header": header,
        "header_index": index,
        "delimiter": delimiter,
        "encoding": encoding,
        "lines": lines,
        "chunk_rows": chunk_rows,
    }
    first = _first_pass(data, offset, spec, name, utf8_holds_controls(data), split)
    if first is None:
        return None
    report.encoding, report.delimiter = encoding, delimiter
    report.files.append(name)
    return _stream(data, spec, first, name, report)


def _is_linkedin(normal: list[str]) -> bool:
    """True for the header :func:`.dispatch.read_contacts` reads as LinkedIn's Connections
    (not an address book, not the app's own table)."""
    from . import addressbook, own

    if not linkedin.is_connections_header(normal) or own.is_own_output(normal):
        return False
    return linkedin.has_date_column(normal) or not addressbook.address_book_kind(normal)


def _head(data: bytes) -> bytes | None:
    """The start of ``data`` that decode() checks and find_header() scans in the whole file:
    HEADER_SCAN_LINES + 1 lines and BINARY_SAMPLE characters at least, cut at a line end;
    None when that is more than HEAD_BYTES."""
    end = 0
    for _ in range(HEADER_SCAN_LINES + 1):
        end = data.find(b"\n", end) + 1
        if end <= 0:
            return data
    end = max(end, data.find(b"\n", 4 * BINARY_SAMPLE) + 1 or len(data))
    return data[:end] if end <= HEAD_BYTES else None


def _offset(data: bytes, index: int, bom: int) -> int:
    offset = bom
    for _ in range(index):
        offset = data.index(b"\n", offset) + 1
    return offset


def _tables(
    parts: list,
    *,
    name: str,
    header: list[str],
    header_index: int,
    delimiter: str,
    encoding: str,
    lines: Lines,
    chunk_rows: int,
) -> Iterator[tuple[Table, dict[str, np.ndarray], np.ndarray]]:
    """Each chunk's records in ``parts`` (bytes from the header line on, read one after
    another) as :func:`.csvtext.read_table` would read them, their stripped
    contact fields and which are empty rows. Raises ValueError when records and lines do not
    pair up one to one (a record spans lines: the file is not for streaming)."""
    source = io.BufferedReader(_Joined(parts), 1 << 20)
    width, done = len(header), 0
    # the columns the one-piece reader keeps (the same records are skipped for huge fields)
    keep = kept_columns(header, max(lines.widest, width), linkedin.CONTACT_HEADERS)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", pd.errors.ParserWarning)
        for frame in c_parse(source, delimiter, keep, chunk_rows):
            at = lines.records[done : done + len(frame)]
            if len(at) != len(frame):
                raise ValueError("more records than lines")
            done += len(frame)
            table = without_surplus(frame, width, at, delimiter, name)
            huge = lines.longest > MAX_FIELD_CHARS
            table = finished(table, header, header_index, encoding, name, huge)
            stripped, empty = linkedin.stripped_fields(table.frame)
            yield table, stripped, empty
    if done != len(lines.records):
        raise ValueError("fewer records than lines")


@dataclass
class _First:
    rows_read: int = 0
    skipped: list[SkippedRow] = field(default_factory=list)
    empty: list[SkippedRow] = field(default_factory=list)
    rows: list[np.ndarray] = field(default_factory=list)
    # per chunk, its stripped date texts as codes into its distinct ones (:func:`_coded`)
    dates: list[tuple[np.ndarray, np.ndarray]] = field(default_factory=list)
    hashes: list[np.ndarray] = field(default_factory=list)
    nameless: list[np.ndarray] = field(default_factory=list)
    text: dict[str, list[np.ndarray]] = field(default_factory=dict)  # repaired, per chunk
    marks: dict[str, list[np.ndarray]] = field(default_factory=dict)  # packed: :func:`_marks`
    # per chunk, its companies as codes into its distinct names, and those (:func:`_coded`)
    companies: list[tuple[np.ndarray, np.ndarray]] = field(default_factory=list)
    sizes: list[int] = field(default_factory=list)  # contacts per chunk (none empty)
    repaired: int = 0
    direction_controls: int = 0
    has_dates: bool = False
    last_row: int = 0  # line of the last record read (empty ones too), as read_table counts
    # parsed in the helper: per chunk, its contacts and the values a repair changed (_hashed)
    unhashed: list[tuple[int, dict[str, np.ndarray]]] = field(default_factory=list)


def _first_pass(
    data: bytes, offset: int, spec: dict, name: str, controls: bool = False, split=None
) -> _First | None:
    """What the whole file decides, in compact arrays; None when it is not for streaming.
    ``controls``: the file holds text-direction controls, to be removed (:mod:`.bidi`).
    ``split``: see :func:`stream_connections`."""
    lines, rows = spec["lines"], spec["chunk_rows"]
    chunks = -(-len(lines.records) // rows)
    aide = split() if split is not None and chunks >= 2 else None
    whole = memoryview(data)
    if aide is None:
        return _pass([whole[offset:]], spec, name, controls)
    # the chunks are the same records wherever they are parsed: each process parses
    # whole chunks, the helper from the first line of its first record on
    cut = chunks // 2 * rows  # records parsed here
    start = _line_start(data, offset, int(lines.records[cut]))
    header = data[offset : data.index(b"\n", offset) + 1]
    theirs = dict(spec, lines=Lines(lines.records[cut:], lines.widest, lines.longest))
    # pickled straight from this file's bytes: no copy of the half is made here
    aide.call(tail_pass, header, pickle.PickleBuffer(whole[start:]), theirs, name, controls)
    # this half bounded at the helper's first byte: a record spanning lines, or a quote
    # left open, makes fewer records than lines here, as it does in the whole file
    mine = dict(spec, lines=Lines(lines.records[:cut], lines.widest, lines.longest))
    first = _pass([whole[offset:start]], mine, name, controls)
    second: _First | None = _new_first()
    step = Message("progress.opening")
    while True:  # the helper's chunks hashed here as they come, while it parses the next
        more, part = aide.part(None, None, 0.0, step)
        if not more:
            break
        if part is None or second is None:
            second = None  # not for streaming (the helper stops after it)
        else:
            _merged(second, _hashed(part))
    done, _ = aide.reply(None, None, 0.0, step)
    if not done:  # it failed or died: its half here
        aide.stop()
        second = _pass([header, whole[start:]], theirs, name, controls)
    if first is None or second is None:
        return None
    return _merged(first, second)


def tail_pass(
    header: bytes, body: bytes, spec: dict, name: str, controls: bool
) -> Iterator[_First | None]:
    """The first pass over the last chunks of a file (in the helper process), one chunk's
    :class:`_First` at a time as each is parsed (sent on at once: the process reading the
    file hashes each while the helper parses the next), a None when the file is not for
    streaming: ``body`` is the bytes from the chunks' first record on, ``header`` the
    file's header line, ``spec`` the file's with those records' lines. Its hashes are left
    to the process that reads the file (:func:`_hashed`): Python's hash of a str differs
    from process to process."""
    yield from _chunk_passes([header, body], spec, name, controls, hashed=False)


def _line_start(data: bytes, offset: int, line: int) -> int:
    """Where 1-based ``line`` of ``data`` begins, counting the line at ``offset`` as 1."""
    need, at, block = line - 1, offset, 1 << 22
    while need and at < len(data):
        stop = min(at + block, len(data))
        found = data.count(b"\n", at, stop)
        if found >= need:
            ends = np.flatnonzero(np.frombuffer(data, np.uint8, stop - at, at) == 10)
            return at + int(ends[need - 1]) + 1
        need, at = need - found, stop
    return at


def _pass(parts: list, spec: dict, name: str, controls: bool, hashed: bool = True) -> _First | None:
    """:func:`_first_pass` of ``parts`` (the bytes from a header line on) in this process;
    without ``hashed``, each chunk's pre-repair values, where a repair changed them, are
    kept in ``unhashed`` instead of its hashes."""
    whole = _new_first()
    for first in _chunk_passes(parts, spec, name, controls, hashed):
        if first is None:
            return None
        _merged(whole, first)
    return whole


def _new_first() -> _First:
    return _First(text={c: [] for c in TEXT_COLUMNS}, marks={c: [] for c in _PACKED})


def _chunk_passes(
    parts: list, spec: dict, name: str, controls: bool, hashed: bool = True
) -> Iterator[_First | None]:
    """:func:`_pass`, one chunk's :class:`_First` at a time, in order; a None (and no more)
    when the file is not for streaming."""
    pool: dict[str, str] = {}  # one string object per distinct company, title and date

    def interned(codes: np.ndarray, uniques) -> np.ndarray:
        return np.array([pool.setdefault(u, u) for u in uniques] + [""], dtype=object)[codes]

    def coded(codes: np.ndarray, distinct) -> tuple[np.ndarray, np.ndarray]:
        distinct = np.asarray(distinct, dtype=object)
        if len(codes) and codes.min() < 0:  # a missing value, as "" (none in stripped fields)
            codes, distinct = pd.factorize(np.append(distinct, "")[codes])
        return codes.astype(np.int32), np.asarray(distinct, dtype=object)

    try:
        for table, stripped, empty in _tables(parts, **spec):
            first = _new_first()
            first.rows_read += len(table.frame) + len(table.skipped)
            if len(table.rows):
                first.last_row = int(table.rows[-1])
            first.skipped += table.skipped
            first.empty += [
                SkippedRow(int(r), Message("row.empty"), name) for r in table.rows[empty]
            ]
            keep = ~empty
            first.rows.append(table.rows[keep])
            n = int(keep.sum())
            text = {
                c: stripped[c][keep] if c in stripped else np.full(n, "", dtype=object)
                for c in TEXT_COLUMNS
            }
            if hashed:  # Python's hash of each contact's six fields (64 bits, this process)
                keys = zip(*text.values(), strict=True)
                first.hashes.append(np.fromiter(map(hash, keys), np.int64, n))
            original: dict[str, np.ndarray] = {}
            first.nameless.append(
                (text["first_name"] == "") & (text["last_name"] == "") & (text["url"] == "")
            )
            for column in TEXT_COLUMNS:  # counted as the one-piece reader counts them
                # names, URLs and e-mails as one string per chunk; companies and titles
                # (counted over the whole file) as one object per distinct value
                if column in _PACKED:
                    packed, marks, repaired, turned = _packed(text[column], controls)
                    if n:
                        first.marks[column].append(marks)
                else:  # repaired per distinct value, then counted a row each
                    codes, uniques = pd.factorize(text[column])
                    packed, repaired, turned, fixed = _interned_fixed(
                        codes, uniques, controls, interned
                    )
                    if column == "company":  # the network's codes from the chunks' (_coded)
                        first.companies.append(coded(codes, fixed))
                if repaired or turned:
                    original[column] = text[column]
                first.repaired += repaired
                first.direction_controls += turned
                if n:
                    first.text[column].append(packed)
            if not hashed:
                first.unhashed.append((n, original))
            if n:
                first.sizes.append(n)
            if "connected_on" in stripped:
                first.has_dates = True
                codes, uniques = pd.factorize(stripped["connected_on"][keep])
                first.dates.append(coded(codes, uniques))
            yield first
    except (pd.errors.ParserError, ValueError):
        yield None


class _Joined(io.RawIOBase):
    """The bytes of ``parts`` one after another as a file, without joining them."""

    def __init__(self, parts: list) -> None:
        self._parts = [memoryview(p) for p in parts if len(p)]
        self._at = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while self._parts:
            part = self._parts[0]
            n = min(len(buffer), len(part) - self._at)
            if n > 0:
                buffer[:n] = part[self._at : self._at + n]
                self._at += n
                return n
            self._parts.pop(0)
            self._at = 0
        return 0


def _hashed(first: _First) -> _First:
    """``first`` (parsed in the helper) with each chunk's hashes, as :func:`_pass` finds
    them here: from its stored values, or the values before a repair where one changed them."""
    k = 0  # the chunk's index among those holding contacts (first.text holds only them)
    for n, original in first.unhashed:
        fields = []
        for column in TEXT_COLUMNS:
            if column in original or not n:
                fields.append(original.get(column, ()))
            elif column in _PACKED:  # (zip's strict checks it holds n values)
                fields.append(first.text[column][k].split("\n"))
            else:
                fields.append(first.text[column][k])
        first.hashes.append(np.fromiter(map(hash, zip(*fields, strict=True)), np.int64, n))
        k += bool(n)
    first.unhashed = []
    return first


def _merged(first: _First, second: _First) -> _First:
    """The first pass of the whole file from those of its two halves, in order."""
    first.rows_read += second.rows_read
    for kind in ("skipped", "empty", "rows", "dates", "hashes", "nameless", "sizes", "companies"):
        getattr(first, kind).extend(getattr(second, kind))
    for column, parts in second.text.items():
        first.text[column].extend(parts)
    for column, parts in second.marks.items():
        first.marks[column].extend(parts)
    first.unhashed.extend(second.unhashed)
    first.repaired += second.repaired
    first.direction_controls += second.direction_controls
    first.has_dates = first.has_dates or second.has_dates
    first.last_row = second.last_row or first.last_row
    return first


def _interned_fixed(codes: np.ndarray, uniques, controls: bool, interned) -> tuple:
    """A chunk's column given as ``codes`` into its distinct values (``pd.factorize``),
    repaired as a whole column would be (mojibake; with ``controls`` direction controls:
    see :func:`_packed`) per distinct value: the values ``interned``, the repaired and
    turned counts of rows, and the distinct values repaired (two may have become one)."""
    distinct = np.asarray(uniques, dtype=object)
    repaired, n_repaired = repair_values(distinct)
    fixed, n_turned = strip_values(repaired) if controls else (repaired, 0)
    if n_repaired or n_turned:
        counts = np.bincount(codes, minlength=len(distinct))
        n_repaired = int(counts[repaired != distinct].sum())
        n_turned = int(counts[fixed != repaired].sum())
    return interned(codes, fixed), n_repaired, n_turned, fixed


def _packed(values: np.ndarray, controls: bool) -> tuple[str, np.ndarray, int, int]:
    """A chunk's column as one ``"\n"``-joined string, mojibake repaired and, with
    ``controls``, text-direction controls removed (as read_export does to a file read
    whole), its :func:`_marks`; how many values were repaired and turned. Text that is all
    ASCII holds neither: one join does for the check and the string."""
    listed = values.tolist()
    joined = "\n".join(listed)
    if joined.isascii():
        return joined, _marks(listed), 0, 0
    fixed, repaired = repair_values(values)
    fixed, turned = strip_values(fixed) if controls else (fixed, 0)
    if repaired or turned:
        listed = fixed.tolist()
        joined = "\n".join(listed)
    return joined, _marks(listed), repaired, turned


def _marks(values: list[str]) -> np.ndarray:
    """Where value 0, MARK_ROWS, 2 * MARK_ROWS, … starts in ``"\n".join(values)``."""
    starts = np.zeros(len(values) + 1, np.int64)
    np.cumsum(np.fromiter(map(len, values), np.int64, len(values)) + 1, out=starts[1:])
    return starts[::MARK_ROWS].copy()


def _cut(joined: str, marks: np.ndarray, n: int, start: int, stop: int) -> str:
    """Values ``start`` to ``stop`` of the ``n`` that ``joined`` holds, joined as it is."""
    end = len(joined) + 1 if stop == n else _value_start(joined, marks, stop)
    return joined[_value_start(joined, marks, start) : end - 1]


def _value_start(joined: str, marks: np.ndarray, value: int) -> int:
    """Where value ``value`` starts in ``joined`` (from the mark before it: < MARK_ROWS finds)."""
    mark, left = divmod(value, MARK_ROWS)
    at = int(marks[mark])
    for _ in range(left):
        at = joined.index("\n", at) + 1
    return at


def _stream(
    data: bytes, spec: dict, first: _First, name: str, report: ImportReport
) -> ContactStream:
    """The stream of a file whose first pass is ``first``; fills ``report`` in the order
    :func:`.linkedin.contacts_from_table` does."""
    linkedin.header_notes(spec["header"], name, report)
    rows = _joined(first.rows, np.int64)
    report.rows_read = first.rows_read
    report.skipped.extend(first.skipped)
    if first.last_row and cut_short(data, spec["delimiter"], len(spec["header"])):
        report.warnings.append(cut_short_warning(name, first.last_row))
    report.skipped.extend(first.empty)
    if not len(rows):
        raise linkedin.no_contacts_error(name, first.skipped)
    if first.has_dates:  # parsed per distinct text, from the chunks' codes
        stamps, order, notes = parse_coded_dates(
            *_coded(first.dates), path=name, delimiter=spec["delimiter"]
        )
        dates = pd.Series(stamps)
        report.date_order = order
        report.warnings.extend(notes)
        dates = linkedin.within_linkedin_years(dates, rows, name, report)
        stamps = pd.to_datetime(dates, errors="coerce").astype("datetime64[ns]").to_numpy()
    else:
        report.note(Message("note.no_connected_on", file=name))
        stamps = np.full(len(rows), np.datetime64("NaT"), dtype="datetime64[ns]")
    # a 64-bit hash of the six text fields: two different contacts share one with a chance
    # of about 1 in 10^7 for a million contacts (and would then both be kept, one marked)
    repeated = _repeated(_joined(first.hashes, np.int64), stamps.view("i8"))
    nameless = _joined(first.nameless, bool)
    duplicate = linkedin.hidden_and_duplicates(nameless, repeated, name, report)
    report.imported = len(rows)
    report.repaired += first.repaired
    text = {f: _joined(parts, object) for f, parts in first.text.items() if f not in _PACKED}
    packed = {f: parts for f, parts in first.text.items() if f in _PACKED}
    stream = ContactStream(len(rows), first.sizes, text, packed, rows, stamps, duplicate)
    stream._marks = first.marks
    codes, names = _coded(first.companies)
    stream._company = (codes.astype(np.int32), names)
    stream.direction_controls = first.direction_controls
    return stream


def _repeated(fields: np.ndarray, dates: np.ndarray) -> np.ndarray:
    """Which rows repeat an earlier row's ``fields`` hash and date: ``duplicated`` of the
    pairs, looked at only among the rows whose hash repeats (a few; ~30 ms at a million
    contacts, against ~0.1 s over every pair)."""
    repeated = np.zeros(len(fields), dtype=bool)
    maybe = np.flatnonzero(pd.Series(fields).duplicated(keep=False).to_numpy())
    if len(maybe):
        pairs = pd.DataFrame({"fields": fields[maybe], "date": dates[maybe]})
        repeated[maybe] = pairs.duplicated(keep="first").to_numpy()
    return repeated


def _coded(parts: list[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    """``pd.factorize`` of a whole column — each row's code into its distinct values, in
    order of first appearance — from each chunk's (its rows' codes into its own distinct
    values, in their order of first appearance): the chunks' distinct values one after
    another hold every value first where the column does."""
    if not parts:
        return np.zeros(0, np.intp), np.zeros(0, dtype=object)
    codes, distinct = pd.factorize(np.concatenate([names for _, names in parts]))
    out, at = [], 0
    for rows, names in parts:
        out.append(codes[at : at + len(names)][rows])
        at += len(names)
    return np.concatenate(out), np.asarray(distinct, dtype=object)


def _unpacked(joined: str, n: int) -> np.ndarray:
    """The ``n`` values a chunk's ``"\n".join`` holds (a streamed field has no line end)."""
    values = np.array(joined.split("\n"), dtype=object)
    if len(values) != n:
        raise RuntimeError("a packed column holds other values than its chunk")
    return values


def _joined(parts: list[np.ndarray], dtype) -> np.ndarray:
    return np.concatenate(parts).astype(dtype, copy=False) if parts else np.zeros(0, dtype)
