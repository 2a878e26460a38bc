"""Progress and cancellation for long, blocking core functions.

Every long entry point takes ``progress=None, cancel=None``: ``progress(fraction, message)``
reports work done (0..1), ``cancel()`` returns True when the caller wants to stop. The core
calls :func:`checkpoint`, which raises :class:`~model.errors.Cancelled`; the core never knows
whether a terminal, a Qt window or a test is on the other side.
"""

from __future__ import annotations

from collections.abc import Callable

from .errors import Cancelled

ProgressFn = Callable[[float, str], None]
CancelFn = Callable[[], bool]


def checkpoint(
    progress: ProgressFn | None, cancel: CancelFn | None, fraction: float, message: str = ""
) -> None:
    """Report ``fraction`` done and raise Cancelled if the caller asked to stop."""
    if cancel is not None and cancel():
        raise Cancelled(message or "cancelled")
    if progress is not None:
        progress(min(max(fraction, 0.0), 1.0), message)


def scaled(progress: ProgressFn | None, start: float, stop: float) -> ProgressFn | None:
    """A progress callback mapping a sub-task's 0..1 onto ``start..stop`` of the whole."""
    if progress is None:
        return None
    return lambda f, msg="": progress(start + (stop - start) * f, msg)
