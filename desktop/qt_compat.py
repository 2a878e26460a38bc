"""A guard against a reference-counting bug in PySide6's ``SignalInstance.emit``.

PySide6 6.12.0 on CPython 3.11 returns emit()'s ``True`` without a new reference, so every
``signal.emit(...)`` written in Python takes one reference from ``True``. After a few thousand
emits (a review session, a batch's progress) ``True``'s count reaches zero and the interpreter
aborts ("bool_dealloc: deallocating True or False"). :func:`install` detects the bug with a probe
and, only then, wraps ``emit`` to give the missing reference back. Python 3.12+ makes ``True``
immortal, and a fixed PySide6 passes the probe, so there the wrapper is never installed.
"""

from __future__ import annotations

import ctypes
import sys

_PROBES = 64


def emit_drops_true() -> bool:
    """True when this PySide6 loses a reference to ``True`` per ``emit()``."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    if lost > 0:
        _give_back(True, lost)  # repair what the probe itself took
    return lost >= _PROBES // 2


def _give_back(value: bool, count: int = 1) -> None:
    for _ in range(count):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(value))


def install() -> bool:
    """Wrap ``SignalInstance.emit`` if (and only if) it drops references; True if wrapped."""
    from PySide6.QtCore import SignalInstance

    if getattr(SignalInstance.emit, "_gives_back_true", False):
        return True
    if not emit_drops_true():
        return False
    original = SignalInstance.emit
    ctypes.pythonapi.Py_IncRef.argtypes = [ctypes.py_object]
    ctypes.pythonapi.Py_IncRef.restype = None

    def emit(self, *args):
        result = original(self, *args)
        if result is True or result is False:
            # The reference emit() should have returned. An extra one on False is harmless;
            # a missing one on True is fatal.
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
        return result

    emit._gives_back_true = True  # type: ignore[attr-defined]
    SignalInstance.emit = emit
    return True
