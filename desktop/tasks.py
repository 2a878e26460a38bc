"""The one small task runner: long work off the GUI thread, results back on it.

A task is a module-level function ``fn(*args, progress=..., cancel=..., **kwargs)`` (Orange's
style): it knows nothing about Qt. The runner calls it on one worker thread, forwards throttled
progress to the GUI thread, and delivers the result or the error there. Starting a task cancels
the one before it, and a result tagged with an old generation is dropped (Orange issue #2184).
The progress panel is shown only when a task lasts longer than ``SHOW_AFTER_MS`` (Anki), so short
work never flashes.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

SHOW_AFTER_MS = 600
THREAD_PREFIX = "contact-ownership-task"
# Progress faster than this is coalesced: a flood of queued signals would itself stall the GUI.
_PROGRESS_INTERVAL_S = 0.05


@dataclass
class _Task:
    generation: int
    kind: str
    label: str | None
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    on_discard: Callable[[Any], None] | None = None
    cancel_event: threading.Event = field(default_factory=threading.Event)
    last_progress: float = 0.0


class TaskRunner(QObject):
    """Runs tasks one at a time on a worker thread; see the module docstring.

    Each task has a ``kind`` ("data" for reading and classifying, "export", ...): a new task
    replaces the running one of the same kind only, so exporting never cancels an import.
    Signals: ``busy(label)`` when a visible task has run for ``SHOW_AFTER_MS``, ``progressed(
    fraction, message)`` while it runs, ``idle()`` when no visible task is running any more.
    """

    busy = Signal(str)
    progressed = Signal(float, str)
    idle = Signal()
    # Internal: emitted from the worker thread, delivered queued on the GUI thread.
    _finished = Signal(int, int, object)  # generation, ok (1/0), result or exception
    _progress = Signal(int, float, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool: ThreadPoolExecutor | None = None
        self._generation = 0
        self._current: dict[str, _Task] = {}  # kind -> the task whose result still matters
        self._tasks: dict[int, _Task] = {}  # submitted, not yet delivered
        self._shown = False
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self._show_busy)
        self._finished.connect(self._deliver)
        self._progress.connect(self._forward_progress)

    # -- public API -------------------------------------------------------------------------
    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        kind: str = "data",
        label: str | None = None,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_discard: Callable[[Any], None] | None = None,
        **kwargs: Any,
    ) -> int:
        """Start ``fn(*args, progress=, cancel=, **kwargs)`` in the background; returns its number.

        ``label`` None runs silently (no progress panel). The previous task of the same ``kind``
        is cancelled and its result, when it comes, is dropped. ``on_done(result)`` /
        ``on_error(exc)`` run on the GUI thread; a ``model.errors.Cancelled`` ends the task
        quietly. ``on_discard(result)`` gets a result that came too late (a newer task of its
        kind started), e.g. to close a file it opened.
        """
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=THREAD_PREFIX)
        self.cancel(kind)
        self._generation += 1
        task = _Task(self._generation, kind, label, on_done, on_error, on_discard)
        self._current[kind] = task
        self._tasks[task.generation] = task
        if label is not None:
            self._show_timer.start(SHOW_AFTER_MS)
        self._pool.submit(self._work, task, fn, args, kwargs)
        return task.generation

    def cancel(self, kind: str | None = None) -> None:
        """Ask the running task of ``kind`` (None: every task) to stop; its result is dropped."""
        for k in [kind] if kind is not None else list(self._current):
            task = self._current.pop(k, None) if k is not None else None
            if task is not None:
                task.cancel_event.set()
        self._update_busy()

    def is_running(self, kind: str | None = None) -> bool:
        """True while a task (of ``kind``, if given) whose result still matters is running."""
        return kind in self._current if kind is not None else bool(self._current)

    def pending(self) -> int:
        """Tasks submitted whose result (stale ones included) has not been delivered yet."""
        return len(self._tasks)

    def wait_idle(self) -> None:
        """Block until every submitted task has finished (for shutdown and scripts)."""
        if self._pool is not None:
            self._pool.submit(lambda: None).result()

    def running_kinds(self) -> set[str]:
        """The kinds of the tasks still running ("data", "export", "warm-up", ...)."""
        return set(self._current)

    def shutdown(self, wait: bool = True) -> None:
        """Cancel every task and join the worker thread (call from ``closeEvent``).

        ``wait=False`` leaves a task that only warms caches up to finish on its own (imports
        cannot be interrupted); nothing it does needs saving."""
        self.cancel()
        if self._pool is not None:
            self._pool.shutdown(wait=wait, cancel_futures=True)
            self._pool = None

    # -- worker side ----------------------------------------------------------------------
    def _work(self, task: _Task, fn, args, kwargs) -> None:
        from model.messages import localized  # the core's step (a Message) in the app's language

        def progress(fraction: float, message: str = "") -> None:
            now = time.monotonic()
            if now - task.last_progress >= _PROGRESS_INTERVAL_S or fraction >= 1.0:
                task.last_progress = now
                self._progress.emit(task.generation, float(fraction), localized(message))

        if task.cancel_event.is_set():  # cancelled while it waited for the worker
            self._finished.emit(task.generation, 0, _cancelled())
            return
        try:
            result = fn(*args, progress=progress, cancel=task.cancel_event.is_set, **kwargs)
        except BaseException as exc:  # delivered to the GUI thread, which decides what to show
            self._finished.emit(task.generation, 0, exc)
        else:
            self._finished.emit(task.generation, 1, result)

    # -- GUI side -------------------------------------------------------------------------
    def _is_current(self, task: _Task | None) -> bool:
        return task is not None and self._current.get(task.kind) is task

    def _forward_progress(self, generation: int, fraction: float, message: str) -> None:
        task = self._tasks.get(generation)
        if self._is_current(task) and task.label is not None:
            self.progressed.emit(fraction, message)

    def _deliver(self, generation: int, ok: int, payload: object) -> None:
        task = self._tasks.pop(generation, None)
        if task is None:
            return
        if not self._is_current(task):
            # A stale result: the user has moved on. Let its owner release what it holds.
            if ok and task.on_discard is not None:
                task.on_discard(payload)
            return
        del self._current[task.kind]
        self._update_busy()
        if ok:
            if task.on_done is not None:
                task.on_done(payload)
        elif not _is_cancelled(payload) and task.on_error is not None:
            task.on_error(payload)  # type: ignore[arg-type]

    def _visible(self) -> list[_Task]:
        return sorted(
            (t for t in self._current.values() if t.label is not None),
            key=lambda t: t.generation,
        )

    def _show_busy(self) -> None:
        visible = self._visible()
        if visible:
            self._shown = True
            self.busy.emit(visible[-1].label)

    def _update_busy(self) -> None:
        if self._visible():
            if self._shown:
                self._show_busy()  # the panel now follows the newest visible task
            return
        self._show_timer.stop()
        if self._shown:
            self._shown = False
            self.idle.emit()


def _cancelled() -> BaseException:
    from model.errors import Cancelled

    return Cancelled("cancelled before it started")


def _is_cancelled(exc: object) -> bool:
    # Imported lazily: model.errors is light, but keep this module free of model imports at load.
    from model.errors import Cancelled

    return isinstance(exc, Cancelled)
