"""The status-bar progress panel: what is running, how far, and a Cancel button."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from .tasks import TaskRunner


class ProgressPanel(QWidget):
    """Follows a :class:`TaskRunner`: appears on ``busy`` (after its delay), hides on ``idle``."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self._title = ""
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        runner.busy.connect(self._busy)
        runner.progressed.connect(self._progress)
        runner.idle.connect(self.hide)
        self.hide()

    def _busy(self, label: str) -> None:
        self._title = label
        self.label.setText(label)
        self.bar.setValue(0)
        self.show()

    def _progress(self, fraction: float, message: str) -> None:
        self.bar.setValue(int(fraction * 1000))
        if message:  # the core's step ("Classifying"), after what the task is
            self.label.setText(f"{self._title} — {message}")

    def _cancel(self) -> None:
        self.runner.cancel()
        self.hide()
