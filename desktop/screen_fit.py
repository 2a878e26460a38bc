"""Keep windows on the screen: a restored or newly sized window never opens off-screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def available_rect(widget: QWidget) -> QRect:
    """The available area (without panels) of the screen the widget is mostly on; the
    primary screen's when it is on none (a monitor that is gone)."""
    center = widget.frameGeometry().center()
    screen = QGuiApplication.screenAt(center) or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def clamp_rect(rect: QRect, area: QRect) -> QRect:
    """``rect`` made to fit ``area``: shrunk if larger, then moved inside."""
    width, height = min(rect.width(), area.width()), min(rect.height(), area.height())
    x = min(max(rect.x(), area.left()), area.right() - width + 1)
    y = min(max(rect.y(), area.top()), area.bottom() - height + 1)
    return QRect(x, y, width, height)


def fit_to_screen(widget: QWidget) -> None:
    """Resize and move ``widget`` (a top-level window) so all of it is on a screen."""
    area = available_rect(widget)
    frame, inner = widget.frameGeometry(), widget.geometry()
    # The frame (title bar, borders) must fit too: fit the frame, then place the inside.
    extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
    fitted = clamp_rect(frame, area)
    if fitted.size() != frame.size():
        widget.resize(fitted.width() - extra_w, fitted.height() - extra_h)
    if fitted.topLeft() != frame.topLeft():
        widget.move(fitted.topLeft())


def place_below(widget: QWidget, anchor: QWidget) -> None:
    """Put a tool window under ``anchor``'s top left area, wholly on the screen."""
    top_left = anchor.mapToGlobal(QPoint(40, 80)) if anchor.isVisible() else widget.pos()
    widget.move(top_left)
    fit_to_screen(widget)


class _OnScreen(QObject):
    """Fits the window it watches to the screen each time it is shown."""

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Show and obj.isWindow():
            fit_to_screen(obj)
        return False


_on_screen = _OnScreen()


def keep_on_screen(window: QWidget) -> None:
    """Fit ``window`` (a dialog sized for a large screen) to the screen whenever it is shown,
    so its buttons stay reachable on a 1366 x 768 laptop at 125 % or a 1024 x 600 one. A
    filter on this window only: one on the application would run Python for every event."""
    window.installEventFilter(_on_screen)
