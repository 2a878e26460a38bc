"""The guard against PySide6 6.12.0's emit() dropping references to True (desktop/qt_compat.py)."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal

import desktop  # noqa: F401 - installs the guard
from desktop.qt_compat import emit_drops_true


class Sender(QObject):
    plain = Signal()
    typed = Signal(int, bool, object)


def test_emitting_keeps_true_alive(qapp):
    sender = Sender()
    sender.typed.connect(lambda *args: None)
    gc.collect()
    before = sys.getrefcount(True)
    for _ in range(5000):  # more than True's whole count at start-up
        sender.plain.emit()
        sender.typed.emit(1, True, None)
    gc.collect()
    assert abs(sys.getrefcount(True) - before) < 50


def test_probe_sees_a_sound_emit_after_install(qapp):
    assert emit_drops_true() is False
