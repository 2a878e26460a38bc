"""A second process for one large file: while this process classifies pieces of a streamed
Connections.csv (:mod:`model.readers.stream`), a helper process classifies others — as many as
it keeps up with (:class:`model.scale.chunked._Feed`) — and sends back each piece's summary
and its CSV rows as bytes, written here in order. It also takes half of what was serial:
the second half of the file's first pass (:func:`model.readers.stream.tail_pass`,
while it is read), the facts of half the distinct company names (before the pieces), half the distinct titles'
group keys and half of the ``review_order`` copy (after them), each a :meth:`Helper.call`.

The helper is a fresh (spawned) interpreter, not a fork: a forked child's resident pages
count every page it inherits (~0.34 GB after the first pass), which took two forked
processes past 1 GB summed; a spawned one holds only the model, the network facts it is sent
once and a piece or two at a time. Pieces travel in the stream's compact form (names as one
string a piece, companies and titles as one object per distinct value); a thread sends and
another receives, so neither process waits on the pipe. Each piece is a quarter chunk
(1M contacts, helper forced on: ~862-873 MB summed, the command ~556 MB and the helper
~306 MB; one process ~770 MB).

It is started early, while the file is read (:func:`early`), and used when :func:`usable`
finds a CPU others leave free. A piece or call the helper cannot do (an error, or the
helper died) is done here, and the rest too: any error is raised here, as without it. The
helper ignores Ctrl+C from its start (this process stops it) and ends when the pipe closes.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import os
import pickle
import queue
import signal
import sys
import threading
import time
import types

from ..messages import Message
from ..progress import checkpoint

PARTS = 4  # pieces per chunk: each process holds a quarter chunk at a time
MIN_CHUNKS = 3  # below this the helper's start (~1 s of CPU) is not paid back
QUEUED = 2  # pieces the helper holds (one it works on, one waiting): it never waits for work
AHEAD = 2  # pieces this process may finish ahead of the one it writes next (~8 MB each)
FREE_CPUS = 1.5  # CPUs left by other processes (this one's included) for the helper to gain


def usable(stream, out, since: CpuSample | None = None, aide: Helper | None = None) -> bool:
    """Whether a second process may classify part of ``stream`` into ``out``: a CSV, a
    file of at least MIN_CHUNKS chunks, not a frozen bundle (spawning needs the
    interpreter), and a CPU to spare: two this process may use, and other processes left at
    least FREE_CPUS of them idle since ``since`` (the CPU time the system counts; taken when
    reading began: the seconds of reading are the sample). Without a sample, or where the
    system does not count CPU time (not Linux), a 1-minute load average that leaves a CPU
    idle. On a machine already busy the helper only competes for the same CPU (measured:
    no gain at load 8-11 on 2 CPUs, 1.2 s more CPU per million contacts). ``aide``: a
    helper started early (:func:`early`): its own CPU time is not another's."""
    from pathlib import Path

    if Path(out).suffix.lower() != ".csv" or stream.chunks < MIN_CHUNKS:
        return False
    if getattr(sys, "frozen", False) or cpus() < 2:
        return False
    return _free(since, aide)


def _free(since: CpuSample | None, aide: Helper | None) -> bool:
    """:func:`usable`'s rule for the CPUs other processes leave."""
    free = since.free(aide.cpu() if aide is not None else 0.0) if since is not None else None
    if free is None:
        return load() <= cpus() - 1
    return free >= FREE_CPUS


def reading(aide: Helper | None, since: CpuSample | None):
    """What :func:`model.readers.read_export` asks (its ``split``), before parsing a large
    file's records, for a process to parse the second half of them: ``aide`` (started
    early, :func:`early`) when it is running and other processes left FREE_CPUS idle since
    ``since`` (the zip's inflate and the line scan are the sample), else None."""

    def split() -> Helper | None:
        if aide is None or not aide.running or cpus() < 2 or not _free(since, aide):
            return None
        return aide

    return split


def early(path, chunk_rows: int) -> Helper | None:
    """A helper started before ``path`` is read (its imports overlap the reading), when
    the file is likely one it will be used for: an export or Connections.csv whose
    Connections.csv holds at least MIN_CHUNKS chunks of ``chunk_rows`` contacts (by its
    size), on two CPUs. Whether it is used is decided when the file is read
    (:func:`usable`); if not, it is stopped, having cost ~1 s of CPU beside the reading
    (not started when the load average is above the CPUs: the gate would surely refuse)."""
    if chunk_rows <= 0 or getattr(sys, "frozen", False) or cpus() < 2:
        return None
    if load() > cpus():  # surely busy: no second spent on a helper the gate will refuse
        return None
    if connections_bytes(path) < MIN_CHUNKS * chunk_rows * MIN_ROW_BYTES:
        return None
    try:
        return Helper()
    except OSError:  # no process to be had: one, as before
        return None


MIN_ROW_BYTES = 60  # LinkedIn's rows are ~110 bytes: a file this small is surely too few


def connections_bytes(path) -> int:
    """The size of the Connections.csv ``path`` is or holds (a zip: its members' of that
    name); 0 for anything else or what cannot be read."""
    import zipfile
    from pathlib import Path

    path = Path(path)
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as zf:
                return sum(
                    i.file_size
                    for i in zf.infolist()
                    if i.filename.lower().endswith("connections.csv")
                )
        return path.stat().st_size if path.suffix.lower() == ".csv" else 0
    except (OSError, zipfile.BadZipFile, ValueError):
        return 0


class CpuSample:
    """The system's CPU time from now on (Linux's /proc/stat), to tell how much of it other
    processes use. The 1-minute load average cannot: it still counts work that ended
    seconds ago (a benchmark's own floor run just before), and counts a process waiting
    for the disk as busy."""

    def __init__(self) -> None:
        self._stat = system_cpu()
        self._own = _own_cpu()
        self._wall = time.monotonic()

    def free(self, ours: float = 0.0) -> float | None:
        """The CPUs, on average since the sample began, that were idle or this process's
        (up to :func:`cpus`); None where unknown or after less than 0.2 s. ``ours``: CPU
        seconds our other processes used meanwhile (they are not others' either)."""
        now = system_cpu()
        wall = time.monotonic() - self._wall
        if self._stat is None or now is None or wall < 0.2:
            return None
        idle = (now[0] - self._stat[0]) / _TICKS
        own = _own_cpu() - self._own + ours
        return min(float(cpus()), (idle + own) / wall)


def system_cpu() -> tuple[int, int] | None:
    """Idle and all CPU time of the whole system in clock ticks (/proc/stat's first
    line: idle and waiting for the disk count as idle); None where there is no such file."""
    try:
        with open("/proc/stat", "rb") as fh:
            fields = fh.readline().split()
    except OSError:
        return None
    if len(fields) < 6 or fields[0] != b"cpu":
        return None
    ticks = [int(f) for f in fields[1:9]]
    return ticks[3] + ticks[4], sum(ticks)


def _own_cpu() -> float:
    times = os.times()
    return times.user + times.system


_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


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
    """The helper process and its pipe. :meth:`setup` once, then :meth:`submit` pieces (up to
    QUEUED at a time) and collect each answer with :meth:`answer`, in the order submitted.

    A thread sends (the pipe blocks until the helper reads) and another receives (so the
    helper never waits for this process to take an answer): this process goes on
    classifying meanwhile."""

    def __init__(self) -> None:
        import multiprocessing

        ctx = multiprocessing.get_context("spawn")
        self._conn, child = ctx.Pipe()
        self._process = ctx.Process(target=_serve, args=(child,), daemon=True)
        # Ctrl+C reaches the whole process group: the helper ignores it from its first
        # instruction (an ignored signal stays ignored through exec), not only once its
        # imports are done, so it never prints a traceback; this process stops it
        try:
            previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        except ValueError:  # not the main thread: signals are the main thread's
            previous = None
        try:
            self._process.start()
        finally:
            if previous is not None:
                signal.signal(signal.SIGINT, previous)
        child.close()
        self._outbox: queue.Queue[bytes | None] = queue.Queue()
        self._inbox: queue.Queue[tuple | None] = queue.Queue()
        self._threads = [
            threading.Thread(target=self._send_all, daemon=True),
            threading.Thread(target=self._receive_all, daemon=True),
        ]
        for thread in self._threads:
            thread.start()
        self._held: list = []  # a message :meth:`part` took that :meth:`reply` is for
        self._stopped = False

    def setup(self, model, career, clients, network, adapter) -> None:
        """What every piece is classified with (sent once, ~30 MB at a million contacts)."""
        self._send(("setup", model, career, clients, network, adapter))

    def submit(self, index: int, piece: dict) -> None:
        """Classify ``piece`` (:meth:`ContactStream.piece`) there; sent in the background."""
        self._send(("piece", index, piece))

    def answer(self, index: int, wait: float | None = None):
        """(summary, CSV bytes) of piece ``index``, the next one submitted; None if the
        helper could not do it (or died); ``False`` if it is not there after ``wait``
        seconds (None: as long as it takes)."""
        try:
            message = self._inbox.get(timeout=wait) if wait != 0 else self._inbox.get_nowait()
        except queue.Empty:
            return False
        if message is None or message[0] != "done" or message[1] != index:
            self._inbox.put(None)  # every later answer is None too
            return None
        return message[2], message[3]

    def result(self, index: int, progress, cancel, fraction: float, *, wait: bool = True):
        """:meth:`answer` waited for (asking ``cancel`` meanwhile), or with ``wait`` False
        taken only if it is there (else False)."""
        if not wait:
            return self.answer(index, 0)
        while True:
            answer = self.answer(index, 0.1)
            if answer is not False:
                return answer
            checkpoint(progress, cancel, fraction, Message("progress.classifying"))

    def call(self, function, *args) -> None:
        """Have the helper run ``function`` (a module's own, pickled by its name) on
        ``args``; :meth:`reply` gives what it returns."""
        self._send(("call", function, args))

    def reply(self, progress, cancel, fraction: float, step: str | None = None):
        """(True, what the :meth:`call` asked returned), or (False, None) if the helper
        could not (an error, or it died); waited for, asking ``cancel`` meanwhile (``step``:
        what the progress says meanwhile, by default "Classifying"). A generator called
        returns None there, once it has yielded all (:meth:`part`)."""
        step = step or Message("progress.classifying")
        while True:
            with contextlib.suppress(queue.Empty):
                message = self._next(0.1)
                if message is None or message[0] != "called":
                    self._inbox.put(None)  # every later answer fails too
                    return False, None
                return True, message[2]
            checkpoint(progress, cancel, fraction, step)

    def replied(self) -> bool:
        """Whether :meth:`reply` would answer at once (what was asked is done, or failed)."""
        return bool(self._held) or not self._inbox.empty()

    def part(self, progress, cancel, fraction: float, step: str | None = None):
        """(True, the next item) a generator :meth:`call`ed there yields, as soon as it is
        sent; (False, None) once there is none left or the helper could not go on — then
        :meth:`reply` says which. Waited for, asking ``cancel`` meanwhile (``step``: as
        :meth:`reply`'s)."""
        step = step or Message("progress.classifying")
        while True:
            with contextlib.suppress(queue.Empty):
                message = self._next(0.1)
                if message is not None and message[0] == "part":
                    return True, message[2]
                self._held.append(message)  # the end, or a failure: for reply
                return False, None
            checkpoint(progress, cancel, fraction, step)

    def _next(self, wait: float):
        """The next message in: one :meth:`part` held back first (raises queue.Empty)."""
        if self._held:
            return self._held.pop()
        return self._inbox.get(timeout=wait)

    def cpu(self) -> float:
        """The CPU seconds the helper process used so far (0 where unknown: not Linux)."""
        try:
            with open(f"/proc/{self._process.pid}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / _TICKS
        except (OSError, IndexError, ValueError):
            return 0.0

    @property
    def running(self) -> bool:
        """Not stopped (it may still have died: :meth:`result` and :meth:`copied` say so)."""
        return not self._stopped

    def stop(self) -> None:
        """End the helper (at once if it is still working) and reap it."""
        if self._stopped:
            return
        self._stopped = True
        self._outbox.put(None)
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        for thread in self._threads:  # the pipe's other end is closed: both return
            thread.join(1.0)
        self._conn.close()

    def _send(self, message) -> None:
        self._outbox.put(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))

    def _send_all(self) -> None:
        while (data := self._outbox.get()) is not None:
            try:
                self._conn.send_bytes(data)
            except OSError:  # a dead helper: the receiving thread says so
                return

    def _receive_all(self) -> None:
        try:
            while True:
                kind, index, summary = self._conn.recv()
                data = self._conn.recv_bytes() if kind == "done" else None
                self._inbox.put((kind, index, summary, data))
        except (EOFError, OSError, pickle.PickleError, TypeError, ValueError):
            self._inbox.put(None)  # the helper ended


def _serve(conn) -> None:
    """The helper process: classify each piece it is sent, answer with its summary and rows."""
    from .heap import give_back_freed_memory, keep_freed_memory

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    keep_freed_memory()  # each piece reuses the last one's memory, as in the main process
    setup = None
    try:
        while True:
            message = pickle.loads(conn.recv_bytes())
            if message[0] == "setup":
                setup = message[1:]
                gc.freeze()  # full collections skip what every piece reads (heap_frozen)
                continue
            if message[0] == "call":  # before the pieces or after them
                if setup is not None:  # after them: what they were classified with goes
                    setup = None
                try:
                    value = message[1](*message[2])
                    if isinstance(value, types.GeneratorType):  # each item sent as it comes
                        value = _send_parts(conn, value)
                except Exception:  # the main process does it itself
                    value = None
                    conn.send(("failed", -1, None))
                else:
                    conn.send(("called", -1, value))
                del message, value
                give_back_freed_memory()  # what the call needed, not kept for the pieces
                continue
            _, index, piece = message
            try:
                summary, data = _classified(setup, piece)
            except Exception:  # the main process does this piece and says why
                conn.send(("failed", index, None))
                continue
            conn.send(("done", index, summary))
            conn.send_bytes(data)
            del summary, data
    except (EOFError, OSError):
        pass  # the main process closed the pipe: done
    finally:
        conn.close()


def _classified(setup, piece: dict):
    """The summary and CSV rows of ``piece`` classified with ``setup`` (Helper.setup's)."""
    from ..exports import classification_table
    from ..readers.stream import contacts_of
    from ..table_writers import csv_rows
    from .chunked import SUMMARY_COLUMNS

    model, career, clients, network, adapter = setup
    part = contacts_of(piece)
    results = model.classify(part, career, clients, network=network, adaptation=adapter)
    data = csv_rows(classification_table(part, results))
    return results[SUMMARY_COLUMNS].reset_index(drop=True), data


def _send_parts(conn, items) -> None:
    """Send each of ``items`` (a generator :meth:`Helper.call` ran) as a part, at once."""
    for item in items:
        conn.send(("part", -1, item))
