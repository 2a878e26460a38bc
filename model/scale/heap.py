"""Keep freed memory for reuse while a large export is classified in chunks.

Every chunk allocates the same few hundred arrays again (a column of 100,000 float64 values is
800 KB). glibc serves any block above its mmap threshold (128 KB, adjusted upwards on the fly
up to 32 MB) with a fresh mapping and unmaps it when freed, so the next chunk's array faults
in and zeroes the same pages again. Raising the mmap and trim thresholds once, before the
chunks, makes freed blocks stay in the heap and be reused. At a million contacts (glibc 2.36,
three rounds in turn with the code before, load 3-4): system time 2.8-3.5 s -> 2.1-2.2 s,
partly paid back in user time (``calloc`` now zeroes reused memory itself), net 0.5-1.5 s of
CPU less; peak ~0.05-0.08 GB higher. The trim threshold matters most: with 256 MB the saving
was about half. Only glibc has these knobs; elsewhere (macOS, Windows, musl) this does nothing.
A process that goes on after the file (the app runs a batch in its own) gives the kept memory
back with :func:`give_back_freed_memory`: ~0.2 GB after 320,000 contacts, held for good before.
"""

from __future__ import annotations

import ctypes
import gc
import sys
from contextlib import contextmanager

_M_TRIM_THRESHOLD = -1  # glibc's mallopt parameters (malloc.h)
_M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 128 * 2**20  # blocks below this come from the heap (a chunk's are < 40 MB)
TRIM_THRESHOLD = 512 * 2**20  # free memory kept at the heap's top before it is given back
# Only files of more chunks than this: batch's files of 125,000 (two chunks) gained little and
# each worker peaked ~0.08 GB higher (1.19 GB for two workers against 1.01 GB).
HEAP_CHUNKS = 2

_done = False
_libc = None  # glibc, once keep_freed_memory has set its thresholds


def keep_freed_memory() -> bool:
    """Raise glibc's mmap and trim thresholds for this process (once); True if it did."""
    global _done, _libc
    if _done:
        return True
    if not sys.platform.startswith("linux"):
        return False
    try:
        # the process's own symbols, libc's among them: ctypes.util.find_library cost ~10 ms
        # of start-up (its imports, and it runs ldconfig), more than a 30k classify gains
        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # not glibc
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    _done = bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(
        mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD)
    )
    _libc = libc if _done else None
    return _done


def give_back_freed_memory() -> bool:
    """Return the free memory the raised thresholds keep to the system (glibc's
    ``malloc_trim``), once a large file is done; True if anything was given back. The
    thresholds stay: the next large file keeps its chunks' memory again."""
    return _libc is not None and bool(_libc.malloc_trim(0))


@contextmanager
def collection_paused():
    """No garbage collection inside the block (restored after, if it was on).

    Classifying makes hundreds of thousands of small containers (tuples of strings, lists of
    reasons) but almost no reference cycles: 1,444 unreachable objects after a whole
    30,000-contact ``classify``, none of them large (peak memory unchanged). Each of the ~200
    collections they set off still walks every object the process holds: ~30 ms of CPU in a
    30,000-contact run, 5-7 % of it. Only for work of one chunk's size at most: a larger file
    (streamed, or read whole for --labels or XLSX) keeps collecting, so no chunk's garbage can
    outlive it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


_freezing = 0  # heap_frozen blocks open that froze the heap themselves


@contextmanager
def heap_frozen():
    """Garbage collection leaves alone what the process holds on entering (``gc.freeze``),
    and again at each :func:`freeze_now` inside; unfrozen on leaving.

    A million-contact run holds a few large containers (the stream's columns, the network
    facts) that every full collection walks item by item: 0.1-0.13 s each, twice or three
    times in the pieces. Frozen objects are still freed when their last reference goes; only
    a reference cycle among them waits for the unfreeze. A process that froze its heap
    already (the app, after its imports) freezes nothing more here: ``gc.unfreeze`` would
    thaw the app's freeze too, and what this froze without it would stay frozen for good,
    every cycle among it (the app's own garbage waiting for a collection, a run's) never
    collected."""
    global _freezing
    if gc.get_freeze_count() and not _freezing:  # frozen by the process: left as it is
        yield
        return
    _freezing += 1
    gc.freeze()
    try:
        yield
    finally:
        _freezing -= 1
        if not _freezing:
            gc.unfreeze()


def freeze_now() -> None:
    """What the process holds now joins the frozen objects, inside a :func:`heap_frozen`
    that froze the heap itself (nothing otherwise)."""
    if _freezing:
        gc.freeze()
