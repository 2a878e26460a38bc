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
from ..progress import CancelFn, ProgressFn, checkpoint, scaled
from ..schema import empty_contacts
from .heap import HEAP_CHUNKS, keep_freed_memory

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
    contact. ``parallel``: into a CSV, with two CPUs free to this process, a helper process
    classifies every other quarter chunk (:mod:`.helper`); the bytes are the same."""
    from . import helper as second

    checkpoint(progress, cancel, 0.0, "Counting the network")
    if stream.count > HEAP_CHUNKS * STREAM_CHUNK_ROWS:
        keep_freed_memory()  # each chunk reuses the last one's memory
    # started first: its imports overlap the network facts
    aide = None
    if parallel and second.usable(stream, out):
        with contextlib.suppress(OSError):  # no process to be had (a limit, no memory): one
            aide = second.Helper()
    try:
        return _classify_stream(model, stream, career, out, clients, aide, progress, cancel)
    finally:
        if aide is not None:
            aide.stop()


def _classify_stream(model, stream, career, out, clients, aide, progress, cancel) -> pd.DataFrame:
    """:func:`classify_stream_to_file`'s work, with the helper ``aide`` (or None)."""
    from ..features.relate import network_facts
    from ..inferred import infer_career
    from ..readers.stream import contacts_of
    from . import helper as second

    whole = stream.network_contacts()  # company, position and date of every contact
    career = infer_career(whole, career)  # once for the whole export, as in one piece
    network = network_facts(whole, career)
    del whole
    n = stream.count
    adapter = None
    if getattr(model, "adapt", False):  # the share from the same rows as in one pass
        rows = _stream_rows(stream, n)
        adapter = network_adapter(model, rows, career, clients, network, sampled=True)
    if aide is not None:
        aide.setup(model, career, clients, network, adapter)
    summaries = []
    done = 0
    columns = classification_table(empty_contacts(), _no_results()).columns
    pieces = second.units(stream, aide is not None)

    def here(unit, start: int) -> pd.DataFrame:
        part = contacts_of(stream.piece(*unit))
        stop = start + len(part)
        results = model.classify(
            part,
            career,
            clients,
            network=network,
            adaptation=adapter,
            progress=scaled(progress, 0.95 * start / max(n, 1), 0.95 * stop / max(n, 1)),
            cancel=cancel,
        )
        writer.write(classification_table(part, results))
        return results[SUMMARY_COLUMNS]

    with open_table_writer(out, columns, rows=n) as writer:
        i = 0
        while i < len(pieces):
            theirs = i + 1 if aide is not None and i + 1 < len(pieces) else None
            if theirs is not None:
                aide.submit(theirs, stream.piece(*pieces[theirs]))
            summaries.append(here(pieces[i], done))
            done += len(summaries[-1])
            if theirs is not None:
                answer = aide.result(theirs, progress, cancel, 0.95 * done / max(n, 1))
                if answer is None:  # it failed or died: this piece, and the rest, here
                    aide.stop()
                    aide = None
                    summaries.append(here(pieces[theirs], done))
                else:
                    summary, data = answer
                    writer.write_bytes(data, len(summary))
                    summaries.append(summary)
                done += len(summaries[-1])
                i += 1
            i += 1
        checkpoint(progress, cancel, 1.0, "Writing")
    return pd.concat(summaries, ignore_index=True)


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
