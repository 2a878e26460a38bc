"""The start page: open an export, a recent one, or the bundled sample."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def bundled_sample() -> Path | None:
    """The sample export shipped with the package (the newest zip), or None if absent."""
    from model.shipped import sample_export

    return sample_export()


def _logo(parent: QWidget) -> QLabel | None:
    """The app icon at 48 px beside the title, if the icon files are there."""
    try:
        from .icons import icon_path
    except ImportError:
        return None
    path = icon_path(48)
    if not path.exists():
        return None
    label = QLabel(parent)
    label.setPixmap(QPixmap(str(path)))
    return label


class StartPage(QWidget):
    """Emits ``openFile()``, ``openFolder()`` and ``openPath(path)`` (recent files, sample)."""

    openFile = Signal()
    openFolder = Signal()
    openPath = Signal(str)
    painted = Signal()  # once, after the first paint: the window is on screen

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._painted = False
        title = QLabel(self.tr("Contact Ownership"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "Open your LinkedIn data export (the zip, or Connections.csv) to see, for every "
                "contact, whether it was made for work or privately — and why. Nothing leaves "
                "this computer."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open export…"), self)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.openFile)
        self.folder_button = QPushButton(self.tr("Open folder…"), self)
        self.folder_button.clicked.connect(self.openFolder)
        self.sample_button = QPushButton(self.tr("Open the bundled sample"), self)
        self.sample_button.clicked.connect(self._open_sample)
        self.sample_button.setEnabled(bundled_sample() is not None)
        buttons = QHBoxLayout()
        for b in (self.open_button, self.folder_button, self.sample_button):
            b.setMinimumHeight(34)
            buttons.addWidget(b)
        buttons.addStretch(1)
        hint = QLabel(self.tr("…or drop a file or folder on this window."), self)
        hint.setEnabled(False)
        # HR's way in: a package opens like an export (the same button, drop or recent list)
        self.hr_hint = QLabel(
            self.tr(
                "HR: a review package (.coreview) from someone who is leaving opens the same "
                "way, for your review."
            ),
            self,
        )
        self.hr_hint.setWordWrap(True)
        self.recent_label = QLabel(self.tr("<b>Recent</b>"), self)
        self.recent = QListWidget(self)
        self.recent.setFrameShape(QFrame.Shape.NoFrame)
        # A deep folder is shortened in the middle (the tooltip has it whole), not scrolled.
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.recent.itemActivated.connect(self._open_recent)
        self.recent.itemClicked.connect(self._open_recent)  # one click, like a link

        heading = QHBoxLayout()
        logo = _logo(self)
        if logo is not None:
            heading.addWidget(logo)
        heading.addWidget(title, 1)
        column = QVBoxLayout()
        column.addLayout(heading)
        column.addWidget(intro)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addWidget(hint)
        column.addSpacing(6)
        column.addWidget(self.hr_hint)
        column.addSpacing(18)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent, 1)
        self._tail = column.count()
        column.addStretch(1)  # keeps the page at the top while there are no recent files
        self._column = column
        box = QWidget(self)
        box.setLayout(column)
        box.setMaximumWidth(720)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 4)
        outer.addStretch(1)
        outer.setContentsMargins(24, 48, 24, 24)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()

    def set_recent(self, paths: list[Path]) -> None:
        """List the recent exports (name, then the folder; the whole path as a tooltip)."""
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{path.name}   —   {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
        self.recent_label.setVisible(bool(paths))
        self.recent.setVisible(bool(paths))
        self._column.setStretch(self._tail, 0 if paths else 1)

    def _open_recent(self, item: QListWidgetItem) -> None:
        self.openPath.emit(item.data(Qt.ItemDataRole.UserRole))

    def _open_sample(self) -> None:
        sample = bundled_sample()
        if sample is not None:
            self.openPath.emit(str(sample))
