"""Classify an export and write its table in chunks, so memory does not grow with the file.

The per-person facts that depend on the whole network (the owner's inferred role, how many
contacts work at each company) are computed first, in one cheap pass; then each chunk of
contacts is related, classified, explained, turned into output rows and written before the
next one starts. The output is identical to classifying the whole export at once
(tests/test_scale.py checks it byte for byte).
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from ..career import Career
from ..exports import classification_table, open_table_writer
from ..messages import Message
from ..progress import CancelFn, ProgressFn, checkpoint, scaled
from ..schema import empty_contacts
from .heap import HEAP_CHUNKS, freeze_now, give_back_freed_memory, heap_frozen, keep_freed_memory

if TYPE_CHECKING:
    from ..readers.stream import ContactStream
    from .helper import CpuSample, Helper

CHUNK_ROWS = 100_000  # ~150 MB of working memory per chunk; one chunk up to this size
# Chunks of a file read in chunks (readers/stream.py): the same as a file read whole.
# (50,000 saves ~0.1 GB at a million contacts for the same CPU time.)
STREAM_CHUNK_ROWS = CHUNK_ROWS
SUMMARY_COLUMNS = ["suggestion", "employer", "flagged", "p_work"]


def classify_to_file(
    model,
    contacts: pd.DataFrame,
    career: Career,
    out: str | Path,
    clients: Sequence[str] | None = None,
    *,
    chunk_rows: int = CHUNK_ROWS,
    extra: dict[str, pd.Series] | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> pd.DataFrame:
    """Classify ``contacts`` with ``model`` (an OwnershipModel) and write the classification
    table to ``out`` (.csv or .xlsx), ``chunk_rows`` contacts at a time.

    ``extra``: columns (one value per contact) added after the table's own.
    Returns the suggestion, employer, flagged and p_work columns of every row (for summaries).
    Raises InputError as :func:`~model.exports.write_table`; Cancelled leaves no file.
    """
    from ..features.relate import network_facts
    from ..inferred import infer_career

    career = infer_career(contacts, career)  # once for the whole export, not per chunk
    n = len(contacts)
    chunk_rows = max(int(chunk_rows), 1)
    if n > HEAP_CHUNKS * chunk_rows:
        keep_freed_memory()  # each chunk reuses the last one's memory
    network = (
        network_facts(contacts, career, structure=_structure_of(model)) if n > chunk_rows else None
    )
    adapter = network_adapter(model, contacts, career, clients, network)
    summaries = []
    extra = extra or {}
    columns = [*classification_table(contacts.iloc[:0], _no_results()).columns, *extra]
    with open_table_writer(out, columns, rows=n) as writer:
        for start in range(0, max(n, 1), chunk_rows):
            part = contacts.iloc[start : start + chunk_rows]
            stop = min(start + chunk_rows, n) / max(n, 1)
            results = model.classify(
                part,
                career,
                clients,
                network=network,
                adaptation=adapter,
                progress=scaled(progress, 0.95 * start / max(n, 1), 0.95 * stop),
                cancel=cancel,
            )
            table = classification_table(part, results)
            for name, values in extra.items():
                table[name] = values.iloc[start : start + chunk_rows].array
            writer.write(table)
            summaries.append(results[SUMMARY_COLUMNS])
            del results
        checkpoint(progress, cancel, 1.0, Message("progress.writing"))
    return pd.concat(summaries, ignore_index=True)


def classify_stream_to_file(
    model,
    stream: ContactStream,
    career: Career,
    out: str | Path,
    clients: Sequence[str] | None = None,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    parallel: bool = False,
    since: CpuSample | None = None,
    aide: Helper | None = None,
    layout: list[tuple[int, int]] | None = None,
    found: dict | None = None,
    meanwhile=None,
    ranked=None,
) -> pd.DataFrame:
    """:func:`classify_to_file` for a Connections.csv read in chunks (``export.stream`` of
    ``read_export(..., stream_above=...)``): the same file, without ever holding every
    contact. ``parallel``: into a CSV, with two CPUs free to this process (since the
    :class:`~.helper.CpuSample` ``since``, best taken when reading began), a helper process
    classifies quarter chunks too, as many as it keeps up with (:mod:`.helper`); the bytes
    are the same. ``aide``: that helper, started by the caller (:func:`second_process`).
    ``layout``: a list given gets the rows of each piece written and the file's length
    after it, in order. ``found``: a dict given gets, with a helper, "company": each
    contact's code into the distinct company names and the names' keys (for ranking).
    ``meanwhile``: a callable run here, with a helper, once this process has no piece left
    to take while the helper still works on its last (where it would wait). ``ranked``: a
    callable run with every contact's p_work as soon as every piece is classified, before
    the file is closed (the helper may rank them meanwhile)."""
    checkpoint(progress, cancel, 0.0, Message("progress.counting"))
    if stream.count > HEAP_CHUNKS * STREAM_CHUNK_ROWS:
        keep_freed_memory()  # each chunk reuses the last one's memory
    args = (model, stream, career, out, clients)
    steps = (progress, cancel, layout, found, meanwhile, ranked)
    with heap_frozen():
        if aide is not None or not parallel:
            return _classify_stream(*args, aide, *steps)
        with second_process(stream, out, since) as aide:
            return _classify_stream(*args, aide, *steps)


@contextlib.contextmanager
def second_process(stream: ContactStream, out, since: CpuSample | None = None):
    """A context giving the helper process for classifying ``stream`` into ``out`` when it
    may have one (:func:`.helper.usable`), else None; the helper ends with the context.
    Start it first: its imports overlap the network facts."""
    from . import helper as second

    aide = None
    if second.usable(stream, out, since):
        with contextlib.suppress(OSError):  # no process to be had (a limit, no memory): one
            aide = second.Helper()
    try:
        yield aide
    finally:
        if aide is not None:
            aide.stop()


def _classify_stream(
    model,
    stream,
    career,
    out,
    clients,
    aide,
    progress,
    cancel,
    layout,
    found=None,
    meanwhile=None,
    ranked=None,
) -> pd.DataFrame:
    """:func:`classify_stream_to_file`'s work, with the helper ``aide`` (or None)."""
    from ..features.relate import network_facts
    from ..inferred import infer_career
    from ..readers.stream import contacts_of
    from . import helper as second

    whole = stream.network_contacts()  # company, position and date of every contact
    career = infer_career(whole, career)  # once for the whole export, as in one piece
    names, timing = (
        _shared_names(whole, career, aide, progress, cancel) if aide is not None else (None, None)
    )
    if aide is not None and not aide.running:
        aide = None
    network = network_facts(whole, career, names, structure=_structure_of(model), timing=timing)
    if names is not None and found is not None:
        found["company"] = (names[0].astype(np.int32), names[2][0])
    del whole, names, timing
    if aide is not None:  # two processes at their peak next: the first pass's memory back
        give_back_freed_memory()
    n = stream.count
    adapter = None
    if getattr(model, "adapt", False):  # the share from the same rows as in one pass
        rows = _stream_rows(stream, n)
        adapter = network_adapter(model, rows, career, clients, network, sampled=True)
    if aide is not None:
        aide.setup(model, career, clients, network, adapter)
    freeze_now()  # the network facts too: what every piece reads, never garbage
    columns = classification_table(empty_contacts(), _no_results()).columns
    pieces = second.units(stream, aide is not None)
    finished = 0  # contacts classified so far, here and there: the progress

    def here(index: int) -> tuple[pd.DataFrame, pd.DataFrame]:
        nonlocal finished
        part = contacts_of(stream.piece(*pieces[index]))
        start, finished = finished, finished + len(part)
        results = model.classify(
            part,
            career,
            clients,
            network=network,
            adaptation=adapter,
            progress=scaled(progress, 0.95 * start / max(n, 1), 0.95 * finished / max(n, 1)),
            cancel=cancel,
        )
        return classification_table(part, results), results[SUMMARY_COLUMNS]

    with open_table_writer(out, columns, rows=n) as writer:
        summaries = _PieceWriter(writer, layout if aide is not None else None)
        if aide is None:
            for index in range(len(pieces)):
                summaries.add(index, *here(index))
        else:
            feed = _Feed(pieces, aide, stream)
            while summaries.next < len(pieces):
                index = feed.take(ahead=summaries.held)
                if index is not None:
                    summaries.add(index, *here(index))
                elif meanwhile is not None and not feed.more:  # instead of waiting for it
                    give_back_freed_memory()  # its pieces' memory: both processes near their peak
                    meanwhile()
                    meanwhile = None
                # what the helper has done; waited for when this process has nothing to do
                wait = index is None
                while True:
                    answer, index = feed.collect(progress, cancel, finished / max(n, 1), wait)
                    if answer is None:
                        break
                    finished += len(answer[0])
                    summaries.add_bytes(index, *answer)
                    wait = False
        summary = summaries.summary()
        if ranked is not None:  # before the file is closed: the helper may rank meanwhile
            ranked(summary["p_work"].to_numpy(dtype=np.float64))
        checkpoint(progress, cancel, 1.0, Message("progress.writing"))
    if aide is not None:  # the ranking and the copy next, in both processes: their peak
        give_back_freed_memory()
    return summary


class _Feed:
    """Which piece each process classifies: this process takes the first piece no one has,
    the helper is kept QUEUED pieces ahead (so it never waits for work); a piece the helper
    cannot do goes back to this process."""

    def __init__(self, pieces, aide, stream) -> None:
        self._pieces, self._aide, self._stream = pieces, aide, stream
        self._free = list(range(len(pieces)))[::-1]  # a stack: the first piece on top
        self.theirs: list[int] = []  # submitted to the helper, in order, not answered

    @property
    def more(self) -> bool:
        """Whether pieces are left that no process has taken yet."""
        return bool(self._free)

    def take(self, ahead: int) -> int | None:
        """The next piece for this process; None when none is left, or when it holds AHEAD
        pieces waiting for the helper's before them (to bound memory)."""
        from .helper import AHEAD

        index = None
        if self._free and not (self.theirs and ahead >= AHEAD):
            index = self._free.pop()
        self._top_up()
        return index

    def collect(self, progress, cancel, fraction: float, wait: bool):
        """(answer, index) of the helper's oldest piece: ((summary, bytes), index) when it is
        done; (None, None) when it is not yet and not ``wait``, or when there is no helper;
        a helper that failed is stopped and its pieces go back to this process."""
        if not self.theirs:
            return None, None
        index = self.theirs[0]
        answer = self._aide.result(index, progress, cancel, 0.95 * fraction, wait=wait)
        if answer is False:
            return None, None
        if answer is None:  # it failed or died: its pieces, and the rest, here
            self._stop()
            return None, None
        self.theirs.pop(0)
        self._top_up()
        return answer, index

    def _stop(self) -> None:
        self._aide.stop()
        self._aide = None
        self._free = sorted(self._free + self.theirs, reverse=True)
        self.theirs.clear()

    def _top_up(self) -> None:
        from .helper import QUEUED

        while self._aide is not None and self._free and len(self.theirs) < QUEUED:
            index = self._free.pop()
            self.theirs.append(index)
            self._aide.submit(index, self._stream.piece(*self._pieces[index]))


class _PieceWriter:
    """Writes the pieces in order, whichever process finished them first; holds the ones
    finished early (as bytes) until their turn."""

    def __init__(self, writer, layout: list[tuple[int, int]] | None = None) -> None:
        self._writer = writer
        self._layout = layout  # given: each piece's rows and the file's length after it
        self._held: dict[int, tuple[pd.DataFrame, bytes]] = {}
        self._summaries: list[pd.DataFrame] = []
        self.next = 0  # the piece written next

    @property
    def held(self) -> int:
        return len(self._held)

    def add(self, index: int, table: pd.DataFrame, summary: pd.DataFrame) -> None:
        if index == self.next:
            self._writer.write(table)
            self._done(summary)
        else:
            from ..table_writers import csv_rows

            self._held[index] = (summary, csv_rows(table))

    def add_bytes(self, index: int, summary: pd.DataFrame, data: bytes) -> None:
        self._held[index] = (summary, data)
        self._flush()

    def summary(self) -> pd.DataFrame:
        return pd.concat(self._summaries, ignore_index=True)

    def _done(self, summary: pd.DataFrame) -> None:
        if self._layout is not None:
            self._layout.append((len(summary), self._writer.position()))
        self._summaries.append(summary)
        self.next += 1
        self._flush()

    def _flush(self) -> None:
        while self.next in self._held:
            summary, data = self._held.pop(self.next)
            self._writer.write_bytes(data, len(summary))
            self._done(summary)


def _shared_names(whole: pd.DataFrame, career, aide, progress, cancel):
    """``network_facts``' names, the facts of the first half of the distinct company names
    found here and of the rest by the helper meanwhile (all here if it cannot); and the
    network's :func:`~model.features.relate.network_timing`, found here while the helper
    finishes its half (where this process waited ~0.13-0.22 s at a million contacts)."""
    from ..features.relate import company_codes, name_facts, network_timing

    codes, uniques = company_codes(whole["company"].to_numpy(dtype=object))
    cut = len(uniques) // 2
    aide.call(name_facts, uniques[cut:], career)
    mine = name_facts(uniques[:cut], career)
    timing = network_timing(whole, career)
    done, theirs = aide.reply(progress, cancel, 0.0, Message("progress.counting"))
    if not done:  # it failed or died: no more of it
        aide.stop()
        theirs = name_facts(uniques[cut:], career)
    keys, facts, tier, best = (
        [*a, *b] if isinstance(a, list) else np.concatenate([a, b])
        for a, b in zip(mine, theirs, strict=True)
    )
    return (codes, uniques, (keys, facts, tier, best)), timing


def network_adapter(model, contacts: pd.DataFrame, career, clients, network, *, sampled=False):
    """The whole export's label-shift adapter (model.adapt) for classifying it in chunks:
    fitted on the model's p_work of the rows :func:`~model.adapt.sample_rows` picks, as one
    pass fits it, so chunks give the same result. None when the model does not adapt or
    ``network`` is None (one chunk: classify fits it itself). ``sampled``: ``contacts`` are
    those rows already."""
    from ..adapt import sample_rows

    if network is None or not getattr(model, "adapt", False):
        return None
    rows = contacts if sampled else contacts.iloc[sample_rows(len(contacts))]
    return model.adapter_for(model.p_work(rows, career, clients, network))


def _stream_rows(stream: ContactStream, n: int) -> pd.DataFrame:
    """The contacts of a stream at the rows :func:`~model.adapt.sample_rows` picks."""
    from ..adapt import sample_rows

    wanted = sample_rows(n)
    parts, done = [], 0
    for part in stream:
        local = wanted[(wanted >= done) & (wanted < done + len(part))] - done
        parts.append(part.iloc[local])
        done += len(part)
    return pd.concat(parts, ignore_index=True)


def _no_results() -> pd.DataFrame:
    from ..predictor import empty_results

    return empty_results()


def summary_counts(summary: pd.DataFrame) -> dict[str, int]:
    """Contacts, work, private and flagged counts of :func:`classify_to_file`'s summary."""
    work = int(np.count_nonzero(summary["suggestion"].to_numpy() == "work"))
    return {
        "contacts": len(summary),
        "work": work,
        "private": len(summary) - work,
        "flagged": int(summary["flagged"].sum()),
    }


def _structure_of(model) -> bool:
    """Whether ``model`` reads the network's structural facts (they are then counted over
    the whole export in the first pass, for every chunk)."""
    return bool(getattr(model, "uses_structure", False))
