"""A second process for one large file: while this process classifies the even pieces of a
streamed Connections.csv (:mod:`model.readers.stream`), a helper process classifies the odd
ones and sends back each piece's summary and its CSV rows as bytes, written here in order.

The helper is a fresh (spawned) interpreter, not a fork: a forked child's resident pages
count every page it inherits (~0.34 GB after the first pass), which took two forked
processes past 1 GB summed; a spawned one holds only the model, the network facts it is sent
once and one piece at a time. Pieces travel in the stream's compact form (names as one string
a piece, companies and titles as one object per distinct value), sent by a thread so this
process goes on classifying meanwhile. Each piece is a quarter chunk, taken in turn, so the
two processes together stay below what one process held for whole chunks plus ~30 MB
(1M contacts: 852 MB summed, 630 MB + 253 MB, against 821 MB; with halves 965-1,018 MB).

A piece the helper cannot do (an error, or the helper died) is done here, and the rest too:
any error is raised here, as without it. The helper ignores Ctrl+C (this process stops it)
and ends when the pipe closes.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pickle
import sys
import threading

from ..progress import checkpoint

PARTS = 4  # pieces per chunk, taken in turn: each process holds a quarter chunk at a time
MIN_CHUNKS = 3  # below this the helper's start (~1 s of CPU) is not paid back


def usable(stream, out) -> bool:
    """Whether a second process may classify part of ``stream`` into ``out``: a CSV, a
    file of at least MIN_CHUNKS chunks, not a frozen bundle (spawning needs the
    interpreter), and a CPU to spare: two this process may use and a load average that
    leaves one idle. On a machine already busy the helper only competes for the same CPU
    (measured: no gain at load 8-11 on 2 CPUs, 1.2 s more CPU per million contacts)."""
    from pathlib import Path

    if Path(out).suffix.lower() != ".csv" or stream.chunks < MIN_CHUNKS:
        return False
    if getattr(sys, "frozen", False):
        return False
    return cpus() >= 2 and load() <= cpus() - 1


def load() -> float:
    """The system's load average of the last minute (0 where unknown)."""
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):
        return 0.0


def cpus() -> int:
    """The CPUs this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def units(stream, split: bool) -> list[tuple[int, slice | None]]:
    """The pieces classified in turn: the stream's chunks, or each chunk's PARTS parts."""
    out: list[tuple[int, slice | None]] = []
    for k in range(stream.chunks):
        if not split:
            out.append((k, None))
            continue
        n = stream.chunk_size(k)
        cuts = sorted({n * i // PARTS for i in range(PARTS + 1)})
        out += [(k, slice(a, b)) for a, b in itertools.pairwise(cuts)]
    return out


class Helper:
    """The helper process and its pipe. :meth:`setup` once, then :meth:`submit` a piece and
    collect it with :meth:`result` before submitting the next."""

    def __init__(self) -> None:
        import multiprocessing

        ctx = multiprocessing.get_context("spawn")
        self._conn, child = ctx.Pipe()
        self._process = ctx.Process(target=_serve, args=(child,), daemon=True)
        self._process.start()
        child.close()
        self._sending: threading.Thread | None = None
        self._stopped = False

    def setup(self, model, career, clients, network, adapter) -> None:
        """What every piece is classified with (sent once, ~30 MB at a million contacts)."""
        self._send(("setup", model, career, clients, network, adapter))

    def submit(self, index: int, piece: dict) -> None:
        """Classify ``piece`` (:meth:`ContactStream.piece`) there; sent in the background."""
        self._send(("piece", index, piece))

    def result(self, index: int, progress, cancel, fraction: float):
        """(summary, CSV bytes) of piece ``index``, or None if the helper could not do it.
        Asks ``cancel`` while waiting."""
        try:
            self._wait_sent()
            while not self._conn.poll(0.1):
                checkpoint(progress, cancel, fraction, "Classifying")
                if not self._process.is_alive():
                    return None
            kind, done, summary = self._conn.recv()
            if kind != "done" or done != index:
                return None
            return summary, self._conn.recv_bytes()
        except (EOFError, OSError, pickle.PickleError):
            return None

    def stop(self) -> None:
        """End the helper (at once if it is still working) and reap it."""
        if self._stopped:
            return
        self._stopped = True
        with contextlib.suppress(Exception):
            self._wait_sent(timeout=0.5)
        self._conn.close()
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()

    def _send(self, message) -> None:
        self._wait_sent()
        data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        # the pipe blocks until the helper reads: a thread waits, this process classifies
        self._sending = threading.Thread(target=self._send_bytes, args=(data,), daemon=True)
        self._sending.start()

    def _send_bytes(self, data: bytes) -> None:
        with contextlib.suppress(OSError):  # a dead helper: result() says so
            self._conn.send_bytes(data)

    def _wait_sent(self, timeout: float | None = None) -> None:
        if self._sending is not None:
            self._sending.join(timeout)
            self._sending = None


def _serve(conn) -> None:
    """The helper process: classify each piece it is sent, answer with its summary and rows."""
    import signal

    from ..exports import classification_table
    from ..readers.stream import contacts_of
    from ..table_writers import csv_rows
    from .chunked import SUMMARY_COLUMNS
    from .heap import keep_freed_memory

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    keep_freed_memory()  # each piece reuses the last one's memory, as in the main process
    setup = None
    try:
        while True:
            message = pickle.loads(conn.recv_bytes())
            if message[0] == "setup":
                setup = message[1:]
                continue
            _, index, piece = message
            try:
                model, career, clients, network, adapter = setup
                part = contacts_of(piece)
                results = model.classify(part, career, clients, network=network, adaptation=adapter)
                data = csv_rows(classification_table(part, results))
                summary = results[SUMMARY_COLUMNS].reset_index(drop=True)
            except Exception:  # the main process does this piece and says why
                conn.send(("failed", index, None))
                continue
            conn.send(("done", index, summary))
            conn.send_bytes(data)
            del part, results, data, summary
    except (EOFError, OSError):
        pass  # the main process closed the pipe: done
    finally:
        conn.close()
