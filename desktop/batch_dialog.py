"""File ▸ Batch classify…: many exports into one output folder, with the command line's function.

Use from the main window::

    dialog = BatchDialog(parent=window)            # its own TaskRunner, shut down when it closes
    dialog.batchFinished.connect(lambda results: ...)   # list[model.batch.BatchResult]
    dialog.show()

It calls :func:`model.batch.run_batch` (the same function as ``contact-ownership batch``)
through :class:`desktop.tasks.TaskRunner`. Cancel sets a flag that ``run_batch`` checks between
files, so the run ends cleanly: finished files keep their output, ``summary.csv`` is written and
the rest are reported as cancelled. Closing the window while it runs cancels the same way.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.batch_files import ERROR_COLOUR, FINISHED, BatchFileTable
from desktop.errors import message_for
from desktop.tasks import TaskRunner
from model.messages import localized

from .screen_fit import keep_on_screen

# Shown texts are marked for pyside6-lupdate here and translated in BatchDialog.
FORMATS = (
    (QT_TRANSLATE_NOOP("BatchDialog", "CSV"), "csv"),
    (QT_TRANSLATE_NOOP("BatchDialog", "Excel (XLSX)"), "xlsx"),
)
INPUT_FILTER = QT_TRANSLATE_NOOP(
    "BatchDialog", "Exports (*.zip *.csv *.vcf *.txt *.tsv *.xlsx *.gz);;All files (*)"
)


def batch_task(
    inputs: list[Path],
    out_dir: Path,
    *,
    stop: threading.Event,
    on_result,
    jobs: int = 1,
    fmt: str = "csv",
    model_path=None,
    clients=(),
    progress=None,
    cancel=None,
):
    """Run :func:`model.batch.run_batch`, stopping when ``stop`` is set or the runner cancels.

    Our own ``stop`` flag (not the runner's cancel) lets a cancelled run still deliver its
    results, so the dialog can show which files were done."""
    from model.batch import run_batch

    def should_stop() -> bool:
        return stop.is_set() or (cancel is not None and cancel())

    return run_batch(
        inputs,
        out_dir,
        jobs=jobs,
        model_path=model_path,
        fmt=fmt,
        clients=clients,
        progress=progress,
        cancel=should_stop,
        on_result=on_result,
    )


def _label_for(text: str, field: QWidget) -> QLabel:
    """A form label that names ``field`` for a screen reader too (its buddy, and the field's
    accessible name: a list or spin box does not take its name from a buddy)."""
    label = QLabel(text)
    label.setBuddy(field)
    field.setAccessibleName(text.rstrip(":").replace("&", ""))
    return label


class BatchDialog(QDialog):
    """Choose inputs and an output folder, run, watch per-file status, read the summary."""

    batchFinished = Signal(list)  # list[BatchResult], in input order
    # Internal: (run number, input index, BatchResult) from the worker thread, queued to the GUI.
    _resultArrived = Signal(int, int, object)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        runner: TaskRunner | None = None,
        model_path: str | Path | None = None,
        clients: list[str] | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Batch classify"))
        self.setObjectName("batchDialog")
        self._own_runner = runner is None
        self.runner = runner or TaskRunner(self)
        self.model_path = model_path
        self.client_list = list(clients or [])
        self.results: list = []
        self._run = 0
        self._stop: threading.Event | None = None
        self._running = False
        self._earlier = 0
        self._build()
        self._resultArrived.connect(self._on_result)
        self.setAcceptDrops(True)
        self._update_buttons()
        self.resize(940, 600)
        keep_on_screen(self)  # sized for a large screen; fitted to a small one

    # -- public API ---------------------------------------------------------------------------

    def add_inputs(self, paths: list[str | Path]) -> None:
        """Add files or folders to the inputs (duplicates are ignored); also by drag and drop."""
        present = {self.inputs.item(i).text() for i in range(self.inputs.count())}
        for path in map(str, paths):
            if path and path not in present:
                self.inputs.addItem(path)
                present.add(path)
        self._update_buttons()

    def input_paths(self) -> list[Path]:
        """The chosen inputs, in the order shown."""
        return [Path(self.inputs.item(i).text()) for i in range(self.inputs.count())]

    def set_output_folder(self, path: str | Path) -> None:
        """Use ``path`` as the output folder."""
        self.output.setText(str(path))

    def is_running(self) -> bool:
        """True from Start until the results (or an error) arrive."""
        return self._running

    def start(self) -> bool:
        """Start the batch; False (with a one-line message) when inputs or folder are missing."""
        from model.batch import expand_inputs

        inputs, out_text = self.input_paths(), self.output.text().strip()
        if not inputs:
            return self._refuse(self.tr("Add at least one export or folder."))
        if not out_text:
            return self._refuse(self.tr("Choose an output folder."))
        try:
            sources = expand_inputs(inputs)
        except OSError as err:
            return self._refuse(message_for(err, "listing inputs"))
        if not sources:
            return self._refuse(self.tr("No exports were found in the chosen folders."))
        self.files.fill(sources)
        self._run += 1
        self._stop = threading.Event()
        self._running = True
        self.results = []
        self._earlier = 0  # earlier outputs of this program skipped so far
        self.overall.setValue(0)
        self.summary.setText(self.tr("Classifying %n files…", "", len(sources)))
        self.summary.setStyleSheet("")
        jobs = self.jobs.value()
        self.files.mark_running(jobs)
        run = self._run
        self.runner.run(
            batch_task,
            inputs,
            Path(out_text),
            label=None,  # the dialog shows its own progress
            on_done=lambda results: self._finished(run, results),
            on_error=lambda exc: self._failed(run, exc),
            stop=self._stop,
            on_result=lambda i, result: self._resultArrived.emit(run, i, result),
            jobs=jobs,
            fmt=self.format.currentData(),
            model_path=self.model_path,
            clients=self.client_list,
        )
        self._update_buttons()
        return True

    def cancel(self) -> None:
        """Stop after the file(s) being classified; the summary still comes."""
        if self._running and self._stop is not None:
            self._stop.set()
            self.summary.setText(self.tr("Cancelling: the file being classified finishes first…"))
            self.cancel_button.setEnabled(False)

    def open_output_folder(self) -> bool:
        """Open the output folder in the file manager (a local folder only)."""
        folder = Path(self.output.text().strip())
        if not folder.is_dir():
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder.resolve())))

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.inputs = QListWidget()
        self.inputs.setObjectName("inputs")
        self.inputs.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.inputs.setMaximumHeight(84)
        self.inputs.itemSelectionChanged.connect(self._update_buttons)
        self.add_files_button = QPushButton(self.tr("Add &files…"))
        self.add_folder_button = QPushButton(self.tr("Add f&older…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.add_files_button.clicked.connect(self._choose_files)
        self.add_folder_button.clicked.connect(self._choose_folder)
        self.remove_button.clicked.connect(self._remove_inputs)
        input_buttons = QVBoxLayout()
        for button in (self.add_files_button, self.add_folder_button, self.remove_button):
            input_buttons.addWidget(button)
        input_buttons.addStretch(1)
        input_row = QHBoxLayout()
        input_row.addWidget(self.inputs, 1)
        input_row.addLayout(input_buttons)

        self.output = QLineEdit()
        self.output.setObjectName("outputFolder")
        self.output.setPlaceholderText(self.tr("Where the classified files and summary.csv go"))
        self.output.textChanged.connect(self._update_buttons)
        self.output_button = QPushButton(self.tr("C&hoose…"))
        self.output_button.clicked.connect(self._choose_output)
        output_row = QHBoxLayout()
        output_row.addWidget(self.output, 1)
        output_row.addWidget(self.output_button)

        self.format = QComboBox()
        for name, value in FORMATS:
            self.format.addItem(QCoreApplication.translate("BatchDialog", name), value)
        self.jobs = QSpinBox()
        self.jobs.setRange(1, max(1, os.cpu_count() or 1))
        self.jobs.setToolTip(self.tr("How many files are classified at the same time"))
        options = QHBoxLayout()
        options.addWidget(self.format)
        options.addSpacing(16)
        options.addWidget(_label_for(self.tr("Parallel jobs:"), self.jobs))
        options.addWidget(self.jobs)
        options.addStretch(1)

        form = QFormLayout()
        for text, field, row in (
            (self.tr("Inputs:"), self.inputs, input_row),
            (self.tr("Output folder:"), self.output, output_row),
            (self.tr("Format:"), self.format, options),
        ):
            form.addRow(_label_for(text, field), row)

        self.files = BatchFileTable()
        self.files.setAccessibleName(self.tr("Files"))

        self.overall = QProgressBar()
        self.overall.setObjectName("overall")
        self.overall.setRange(0, 1000)
        self.overall.setFormat("%p%")
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.start_button = QPushButton(self.tr("&Start"))
        self.start_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.open_button = QPushButton(self.tr("Open output fol&der"))
        self.close_button = QPushButton(self.tr("Close"))
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button.clicked.connect(self.open_output_folder)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        for button in (self.start_button, self.cancel_button, self.close_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.files, 1)
        layout.addWidget(self.overall)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)

    def _update_buttons(self, *_args) -> None:
        idle = not self._running
        ready = idle and self.inputs.count() > 0 and bool(self.output.text().strip())
        self.start_button.setEnabled(ready)
        self.cancel_button.setEnabled(self._running and not (self._stop and self._stop.is_set()))
        folder = self.output.text().strip()
        self.open_button.setEnabled(idle and bool(folder) and Path(folder).is_dir())
        for widget in (self.add_files_button, self.add_folder_button, self.output_button):
            widget.setEnabled(idle)
        for widget in (self.output, self.format, self.jobs, self.inputs):
            widget.setEnabled(idle)
        self.remove_button.setEnabled(idle and bool(self.inputs.selectedItems()))

    def file_status(self, row: int) -> str:
        """The status shown for input ``row`` (one of ``desktop.batch_files.STATUSES``)."""
        return self.files.status(row)

    # -- results from the worker --------------------------------------------------------------

    def _on_result(self, run: int, row: int, result) -> None:
        if run != self._run:
            return  # a result of an earlier run
        self.files.show_result(row, result)
        self._earlier += result.earlier_output
        # Counted here rather than from the runner's progress, which is throttled and may
        # swallow the last step before a long file.
        done = self.files.count(*FINISHED)
        total = max(self.files.rowCount(), 1)
        self.overall.setValue(round(1000 * done / total))
        if not (self._stop and self._stop.is_set()):
            text = self.tr("{done} of %n files done", "", total).format(done=done)
            if self._earlier:  # said once here, not only row by row
                text += " " + self.tr(
                    "(earlier outputs of this program skipped: %n)", "", self._earlier
                )
            self.summary.setText(text)
            self.files.mark_running(self.jobs.value())

    def _finished(self, run: int, results: list) -> None:
        if run != self._run:
            return
        self._running = False
        self.results = list(results)
        for row, result in enumerate(self.results):
            self.files.show_result(row, result)
        ok = sum(r.status in ("ok", "warning") for r in self.results)
        warned = sum(r.status == "warning" for r in self.results)
        failed = [r for r in self.results if r.status == "error"]
        cancelled = sum(r.status == "cancelled" for r in self.results)
        earlier = sum(r.earlier_output for r in self.results)
        unlisted = sum(r.unlisted_folder for r in self.results)  # perhaps exports: not read
        skipped = sum(r.status == "skipped" for r in self.results) - earlier - unlisted
        done = ok + len(failed) + skipped + earlier + unlisted
        self.overall.setValue(round(1000 * done / max(len(self.results), 1)))
        classified = self.tr("%n classified", "", ok)
        if warned:  # a part of those classified, not more files: "2 classified (1 with …)"
            classified += " (" + self.tr("%n with warnings", "", warned) + ")"
        parts = [classified, self.tr("%n failed", "", len(failed))]
        if cancelled:
            parts.append(self.tr("%n cancelled", "", cancelled))
        if earlier:  # the results of an earlier run in an input folder: never read as exports
            parts.append(self.tr("%n skipped (an earlier output of this program)", "", earlier))
        if skipped:
            parts.append(self.tr("%n skipped (not an export)", "", skipped))
        if unlisted:
            parts.append(self.tr("%n not read (contents cannot be listed)", "", unlisted))
        text = self.tr("Finished: {parts}.").format(parts=", ".join(parts))
        summary = Path(self.output.text().strip()) / "summary.csv"
        if summary.is_file():
            text += " " + self.tr("Summary: {path}").format(path=summary)
        for result in failed[:5]:
            text += "\n• " + (localized(result.error) or Path(result.input).name)
        if len(failed) > 5:
            text += "\n" + self.tr("…and %n more errors in the table.", "", len(failed) - 5)
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {ERROR_COLOUR.name()};" if failed else "")
        self._update_buttons()
        self.batchFinished.emit(self.results)

    def _failed(self, run: int, exc: BaseException) -> None:
        if run != self._run:
            return
        self._running = False
        # the batch stopped before these files (say, no output folder): nobody cancelled them
        not_run = [
            r for r in range(self.files.rowCount()) if self.file_status(r) in ("waiting", "running")
        ]
        for row in not_run:
            self.files.set_status(row, "not run")
        reason = message_for(exc, "batch")
        if not_run:  # the reason once, here, rather than on every row
            some_ran = len(not_run) < self.files.rowCount()
            text = (
                self.tr("The other files were not run: {reason}")
                if some_ran
                else self.tr("No file was run: {reason}")
            )
            reason = text.format(reason=reason)
        self._refuse(reason)
        self._update_buttons()

    def _refuse(self, message: str) -> bool:
        self.summary.setText(message)
        self.summary.setStyleSheet(f"color: {ERROR_COLOUR.name()};")
        return False

    # -- choosing -----------------------------------------------------------------------------

    def _choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add exports"),
            "",
            QCoreApplication.translate("BatchDialog", INPUT_FILTER),
        )
        self.add_inputs(paths)

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Add a folder of exports"))
        if path:
            self.add_inputs([path])

    def _choose_output(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Output folder"), self.output.text())
        if path:
            self.set_output_folder(path)

    def _remove_inputs(self) -> None:
        for item in self.inputs.selectedItems():
            self.inputs.takeItem(self.inputs.row(item))
        self._update_buttons()

    # -- drag and drop ------------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:
        if not self._running and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        self.add_inputs([u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()])
        event.acceptProposedAction()

    # -- closing ------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Closing cancels a running batch and, for our own runner, joins its thread."""
        if self._stop is not None:
            self._stop.set()
        if self._own_runner:
            # The file being classified finishes first: show that we are waiting, not hung.
            busy = self._running
            if busy:
                QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.runner.shutdown()
            finally:
                if busy:
                    QApplication.restoreOverrideCursor()
        elif self._running:
            self.runner.cancel()
        self._running = False
        super().done(result)
