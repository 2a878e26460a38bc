"""The batch dialog's per-file table: one row per input with status, progress and counts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.fmt import Count
from model.batch import WARNING_SEPARATOR
from model.messages import Message, localized

# Headers, marked for pyside6-lupdate here and translated in BatchFileTable.
COLUMNS = (
    QT_TRANSLATE_NOOP("BatchFileTable", "File"),
    QT_TRANSLATE_NOOP("BatchFileTable", "Status"),
    QT_TRANSLATE_NOOP("BatchFileTable", "Progress"),
    QT_TRANSLATE_NOOP("BatchFileTable", "Contacts"),
    QT_TRANSLATE_NOOP("BatchFileTable", "Work"),
    QT_TRANSLATE_NOOP("BatchFileTable", "Private"),
    QT_TRANSLATE_NOOP("BatchFileTable", "Flagged"),
    QT_TRANSLATE_NOOP("BatchFileTable", "Output or error"),
)
COL_FILE, COL_STATUS, COL_PROGRESS = 0, 1, 2
COL_CONTACTS, COL_WORK, COL_PRIVATE, COL_FLAGGED, COL_MESSAGE = 3, 4, 5, 6, 7
ERROR_COLOUR = QColor("#b3261e")
# "not run": the batch failed before reaching the file (say, no output folder); not cancelled
STATUSES = ("waiting", "running", "ok", "warning", "error", "cancelled", "skipped", "not run")
FINISHED = ("ok", "warning", "error", "skipped")


class BatchFileTable(QTableWidget):
    """Rows of inputs and their status (:data:`STATUSES`)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, len(COLUMNS), parent)
        self.setObjectName("files")
        self.setHorizontalHeaderLabels(
            [QCoreApplication.translate("BatchFileTable", c) for c in COLUMNS]
        )
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        # Status as wide as its longest word in this language ("done, with warnings").
        status = max(self.fontMetrics().horizontalAdvance(t) for t in self._status_texts().values())
        widths = {COL_FILE: 200, COL_STATUS: status + 16, COL_PROGRESS: 90}
        for col in range(len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            # Never narrower than the header: translated headers are often longer.
            self.setColumnWidth(col, max(widths.get(col, 70), header.sectionSizeHint(col)))
        header.setStretchLastSection(True)

    def fill(self, sources: list[Path]) -> None:
        """One waiting row per input file."""
        self.setRowCount(0)
        self.setRowCount(len(sources))
        for row, source in enumerate(sources):
            name = QTableWidgetItem(source.name or str(source))
            name.setToolTip(str(source))
            self.setItem(row, COL_FILE, name)
            for col in range(COL_STATUS, len(COLUMNS)):
                if col != COL_PROGRESS:
                    self.setItem(row, col, QTableWidgetItem(""))
            bar = QProgressBar()
            bar.setRange(0, 1)
            bar.setTextVisible(False)
            self.setCellWidget(row, COL_PROGRESS, bar)
            self.set_status(row, "waiting")

    def status(self, row: int) -> str:
        """The status of ``row`` (one of STATUSES)."""
        return self.item(row, COL_STATUS).data(Qt.ItemDataRole.UserRole)

    def count(self, *statuses: str) -> int:
        """How many rows have one of ``statuses``."""
        return sum(self.status(row) in statuses for row in range(self.rowCount()))

    def set_status(self, row: int, status: str, message: str = "") -> None:
        """Show ``status`` (and a message, e.g. the error) for ``row``."""
        item = self.item(row, COL_STATUS)
        item.setText(self._status_texts().get(status, status))
        item.setData(Qt.ItemDataRole.UserRole, status)
        bar: QProgressBar = self.cellWidget(row, COL_PROGRESS)
        if status == "running":
            bar.setRange(0, 0)  # busy: run_batch reports a file only when it is done
        else:
            bar.setRange(0, 1)
            bar.setValue(1 if status in FINISHED else 0)
        colour = ERROR_COLOUR if status == "error" else self.palette().text().color()
        for col in (COL_STATUS, COL_MESSAGE):
            self.item(row, col).setForeground(colour)
        message_item = self.item(row, COL_MESSAGE)
        message_item.setText(message)
        message_item.setToolTip(message)

    def _status_texts(self) -> dict[str, str]:
        return {
            "waiting": self.tr("waiting"),
            "running": self.tr("running"),
            "ok": self.tr("done"),
            "warning": self.tr("done, with warnings"),
            "error": self.tr("error"),
            "cancelled": self.tr("cancelled"),
            "skipped": self.tr("skipped: not an export"),
            "not run": self.tr("not run"),
        }

    def mark_running(self, jobs: int) -> None:
        """Mark the first waiting rows running, up to ``jobs`` running at once."""
        # run_batch hands out files in input order, so the first waiting ones are the ones
        # being worked on; with several jobs, as many as there are workers.
        running = self.count("running")
        for row in range(self.rowCount()):
            if running >= jobs:
                break
            if self.status(row) == "waiting":
                self.set_status(row, "running")
                running += 1

    def show_result(self, row: int, result) -> None:
        """Show a ``model.batch.BatchResult`` in ``row``: status, counts, output or error."""
        if not 0 <= row < self.rowCount():
            return
        error = localized(result.error)  # a message: said in the interface language
        notes = [localized(n) for n in result.notes] or [
            w for w in result.warnings.split(WARNING_SEPARATOR) if w
        ]
        message = problem_of(result.error, result.input) or "; ".join(notes)
        self.set_status(row, result.status, message)
        if result.unlisted_folder:  # perhaps an export: only its contents could not be seen
            self.item(row, COL_STATUS).setText(self.tr("skipped: not read"))
        self.item(row, COL_MESSAGE).setToolTip(error or "\n".join(notes))
        if result.status not in ("ok", "warning"):
            return
        for col, value in (
            (COL_CONTACTS, result.contacts),
            (COL_WORK, result.work),
            (COL_PRIVATE, result.private),
            (COL_FLAGGED, result.flagged),
        ):
            item = self.item(row, col)
            item.setText(f"{Count(value):,}")
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.item(row, COL_MESSAGE).setText(Path(result.output).name)
        self.item(row, COL_MESSAGE).setToolTip(result.output)
        if notes:  # "done, with warnings": which ones, in the interface's language
            self.item(row, COL_STATUS).setToolTip("\n".join(notes))


def problem_of(error: str, source: str) -> str:
    """A batch error without the file it names (the File column names it already), in the
    interface language; "" when there is none."""
    named = isinstance(error, Message) and error.key == "file.problem"
    if named and error.fields.get("file") == source:
        return localized(error.fields["problem"])
    text = localized(error)
    return text.removeprefix(f"{source}: ")
