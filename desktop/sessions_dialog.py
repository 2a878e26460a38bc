"""File ▸ Stored reviews…: the review sessions kept in the data folder, and forgetting one.

Each stored session holds the person's decisions on one export; they may want to remove the
ones they no longer need (a departed colleague's export on an HR laptop, an old download).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from model.session_store import StoredSession, forget_session, list_sessions

from .fmt import Count
from .screen_fit import keep_on_screen


class SessionsDialog(QDialog):
    """Lists the stored sessions; "Forget" deletes the selected one after asking.

    The session open in the window (``open_journal``) cannot be forgotten from here.
    ``forgotten(path)`` is emitted after a session was deleted."""

    forgotten = Signal(str)

    def __init__(
        self,
        folder: Path | None = None,
        open_journal: Path | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Stored reviews"))
        self.resize(900, 360)
        keep_on_screen(self)  # sized for a large screen; fitted to a small one
        self._folder = folder
        self._open = Path(open_journal) if open_journal else None
        self.sessions: list[StoredSession] = []
        self.confirm = True  # tests answer the question themselves
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Each review keeps your decisions and notes on one export in your data folder, "
                "on this computer only. Forget the ones you no longer need."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Person"),
                self.tr("Export"),
                self.tr("Exported on"),
                self.tr("Progress"),
                self.tr("Last change"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # The export's file name tells one review from another: it gets the room to spare.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No stored reviews."), self)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.forget_button = QPushButton(self.tr("&Forget…"), self)
        self.forget_button.setToolTip(self.tr("Delete this review's decisions and notes"))
        buttons.addButton(self.forget_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.forget_button.clicked.connect(self.forget_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        """Read the stored sessions again and show them."""
        self.sessions = list_sessions(self._folder)
        self.table.setRowCount(len(self.sessions))
        for row, s in enumerate(self.sessions):
            is_open = self._open is not None and s.path == self._open
            name = s.source_name + ("  " + self.tr("(open now)") if is_open else "")
            values = [
                s.person or self.tr("unknown"),
                name,
                s.exported_on or "—",
                self.tr("{decided:,} of {total:,} decided").format(
                    decided=Count(s.decided), total=Count(s.total)
                ),
                s.changed.astimezone().strftime("%Y-%m-%d %H:%M"),
            ]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(s.source_path)
                self.table.setItem(row, col, item)
        self.empty.setVisible(not self.sessions)
        self.table.setVisible(bool(self.sessions))
        if self.sessions:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> StoredSession | None:
        """The session selected in the list, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.sessions[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.forget_button.setEnabled(chosen is not None and chosen.path != self._open)

    def forget_selected(self) -> None:
        """Ask, then delete the selected session."""
        chosen = self.selected()
        if chosen is None or chosen.path == self._open:
            return
        if self.confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Forget this review?"),
                self.tr(
                    "Delete the {n:,} decisions and the notes on {name}? This cannot be undone."
                ).format(n=Count(chosen.decided), name=chosen.source_name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        forget_session(chosen.path)
        self.forgotten.emit(str(chosen.path))
        self.reload()


__all__ = ["SessionsDialog"]
