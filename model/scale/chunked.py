"""Classify an export and write its table in chunks, so memory does not grow with the file.

The per-person facts that depend on the whole network (the owner's inferred role, how many
contacts work at each company) are computed first, in one cheap pass; then each chunk of
contacts is related, classified, explained, turned into output rows and written before the
next one starts. The output is identical to classifying the whole export at once
(tests/test_scale.py checks it byte for byte).
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from ..career import Career
from ..exports import classification_table, open_table_writer
from ..progress import CancelFn, ProgressFn, checkpoint, scaled
from ..schema import empty_contacts
from .heap import HEAP_CHUNKS, give_back_freed_memory, keep_freed_memory

if TYPE_CHECKING:
    from ..readers.stream import ContactStream

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
    network = network_facts(contacts, career) if n > chunk_rows else None
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
        checkpoint(progress, cancel, 1.0, "Writing")
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
) -> pd.DataFrame:
    """:func:`classify_to_file` for a Connections.csv read in chunks (``export.stream`` of
    ``read_export(..., stream_above=...)``): the same file, without ever holding every
    contact. ``parallel``: into a CSV, on Linux with two CPUs free to this process, a forked
    helper process classifies every other chunk (:class:`_Helper`); the bytes are the same."""
    from ..features.relate import network_facts
    from ..inferred import infer_career

    checkpoint(progress, cancel, 0.0, "Counting the network")
    if stream.count > HEAP_CHUNKS * STREAM_CHUNK_ROWS:
        keep_freed_memory()  # each chunk reuses the last one's memory
    whole = stream.network_contacts()  # company, position and date of every contact
    career = infer_career(whole, career)  # once for the whole export, as in one piece
    network = network_facts(whole, career)
    del whole
    n = stream.count
    adapter = None
    if getattr(model, "adapt", False):  # the share from the same rows as in one pass
        rows = _stream_rows(stream, n)
        adapter = network_adapter(model, rows, career, clients, network, sampled=True)
    summaries = []
    done = 0
    columns = classification_table(empty_contacts(), _no_results()).columns

    def classified(part: pd.DataFrame, start: int = 0, stop: int = 0, *, here: bool = True):
        step = scaled(progress, 0.95 * start / max(n, 1), 0.95 * stop / max(n, 1))
        return model.classify(
            part,
            career,
            clients,
            network=network,
            adaptation=adapter,
            progress=step if here else None,  # the helper neither reports nor asks
            cancel=cancel if here else None,
        )

    with open_table_writer(out, columns, rows=n) as writer:
        helper = None
        if parallel and _second_core(stream, out):
            writer.inner.flush()  # the header: written once, by this process
            give_back_freed_memory()  # the child's chunks in fresh pages, not copies of ours
            helper = _Helper(stream, lambda part: classified(part, here=False))
        units = _units(stream, helper is not None)
        try:
            for k, (c, rows) in enumerate(units):
                if helper is not None and k % 2:  # the helper's part: its rows as bytes
                    answer = helper.result(k, progress, cancel, 0.95 * done / max(n, 1))
                    if answer is not None:
                        summary, data = answer
                        writer.write_bytes(data, len(summary))
                        summaries.append(summary)
                        done += len(summary)
                        continue
                    helper.stop()  # it failed or died: this part (and the rest) here
                    helper = None
                part = _unit(stream, c, rows)
                start, done = done, done + len(part)
                results = classified(part, start, done)
                writer.write(classification_table(part, results))
                summaries.append(results[SUMMARY_COLUMNS])
                del results
        finally:
            if helper is not None:
                helper.stop()
        checkpoint(progress, cancel, 1.0, "Writing")
    return pd.concat(summaries, ignore_index=True)


def _units(stream: ContactStream, halves: bool) -> list[tuple[int, slice]]:
    """The parts classified in turn: the stream's chunks, or each chunk's two halves (with a
    helper: each process then holds half a chunk's working memory at a time)."""
    units = []
    for c in range(stream.chunks):
        n = stream.chunk_size(c)
        parts = PARALLEL_PARTS if halves else 1
        cuts = sorted({n * i // parts for i in range(parts + 1)})
        units += [(c, slice(a, b)) for a, b in itertools.pairwise(cuts)]
    return units


def _unit(stream: ContactStream, c: int, rows: slice) -> pd.DataFrame:
    return stream.chunk(c, rows)


PARALLEL_MIN_CHUNKS = 3
PARALLEL_PARTS = 4  # parts per chunk: 2 was faster but summed RSS 1.12 GB; 4 stays < 1 GB


def _second_core(stream: ContactStream, out: str | Path) -> bool:
    """Whether a large streamed file into a CSV may be split with a forked helper process:
    Linux's fork (the helper inherits the first pass instead of being sent it), two CPUs
    this process may use, no other thread running (forking a threaded process is unsafe:
    the desktop app classifies in one process)."""
    import multiprocessing
    import os
    import threading

    return (
        Path(out).suffix.lower() == ".csv"
        and stream.chunks >= PARALLEL_MIN_CHUNKS
        and hasattr(os, "sched_getaffinity")
        and len(os.sched_getaffinity(0)) >= 2
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
    )


class _Helper:
    """A forked process classifying a stream's odd chunks (1, 3, 5, ...) while this one
    classifies the even ones: it inherits the stream and the network facts (copy-on-write)
    and sends back each chunk's summary and its CSV rows as bytes, in order. It ignores
    Ctrl+C (this process stops it) and ends when the pipe closes; a chunk it cannot do
    (an error, or it died) is done here, so any error is raised here, as without it."""

    def __init__(self, stream: ContactStream, classify) -> None:
        import multiprocessing

        ctx = multiprocessing.get_context("fork")
        self._pipe, child = ctx.Pipe(duplex=False)
        self._process = ctx.Process(target=_odd_chunks, args=(child, stream, classify), daemon=True)
        self._process.start()
        child.close()

    def result(self, k: int, progress, cancel, fraction: float):
        """(summary, bytes) of chunk ``k``, or None if the helper could not do it."""
        try:
            while not self._pipe.poll(0.2):  # cancel is asked while waiting
                checkpoint(progress, cancel, fraction, "Classifying")
            done, summary = self._pipe.recv()
            if done != k:
                return None
            return summary, self._pipe.recv_bytes()
        except (EOFError, OSError):
            return None

    def stop(self) -> None:
        """End the helper (at once if it is still working) and reap it."""
        self._pipe.close()
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()


def _odd_chunks(pipe, stream: ContactStream, classify) -> None:
    """The helper process: classify chunks 1, 3, 5, ... of the inherited stream."""
    import signal

    from ..table_writers import csv_rows

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        for k, (c, rows) in list(enumerate(_units(stream, True)))[1::2]:
            part = _unit(stream, c, rows)
            results = classify(part)
            data = csv_rows(classification_table(part, results))
            pipe.send((k, results[SUMMARY_COLUMNS]))
            pipe.send_bytes(data)
            del results, data
    except BaseException:  # noqa: BLE001 - the parent does this chunk itself and says why
        with contextlib.suppress(BaseException):
            pipe.send((-1, None))
    finally:
        pipe.close()


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
