"""The main window: start page, then the contacts table with filters, details and review keys.

Thin on purpose: it shows, asks and delegates. Reading and classifying run through the task
runner (:mod:`desktop.tasks`); decisions live in ``model.session``. The table page and its
modules (which import pandas) are built on the first import, after the window is on screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

from . import errors, jobs
from .fmt import Count
from .progress_panel import ProgressPanel
from .screen_fit import fit_to_screen
from .settings import Settings
from .start_page import StartPage, bundled_sample
from .tasks import TaskRunner
from .unsaved_banner import confirm_discard


class MainWindow(QMainWindow):
    """The application window; :meth:`open_path` is the one way in for every kind of opening."""

    def __init__(self, settings: Settings | None = None):
        super().__init__()
        self.settings = settings or Settings()
        self.runner = TaskRunner(self)
        self.opened: jobs.Opened | None = None
        self.workspace = None  # desktop.workspace.Workspace, built on the first import
        self.last_error = ""  # the last message shown to the user (tests read it)
        self._opening: Path | None = None
        self._drop_note: tuple[Path, str] | None = None  # what a drop left unopened
        self.setWindowTitle(self.tr("Contact Ownership"))
        self.setAcceptDrops(True)

        self.stack = QStackedWidget(self)
        self.start_page = StartPage(self.stack)
        self.start_page.openFile.connect(self.choose_file)
        self.start_page.openFolder.connect(self.choose_folder)
        self.start_page.openPath.connect(self.open_path)
        self._shown = False
        self._fitted = False
        self.abandoned_warm_up = False  # closed while the warm-up imports still ran
        self.closed_alone = False  # closed with HR's window, the only one (see close_alone)
        self._after_shown: list = []
        self._show_timer = QTimer(self)  # shows the table page after an export is opened
        self._show_timer.setSingleShot(True)
        self._show_timer.setInterval(0)
        self._show_timer.timeout.connect(self._show_workspace)
        self.start_page.painted.connect(self._first_painted)
        self.stack.addWidget(self.start_page)
        self.setCentralWidget(self.stack)

        self.counts_label = QLabel(self)
        self.progress = ProgressPanel(self.runner, self)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.counts_label)
        self._build_menus()
        self._refresh_recent()
        geometry = self.settings.geometry("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            # Saved on a larger or another monitor: never restore it (partly) off-screen.
            fit_to_screen(self)
        else:
            screen = self.screen().availableGeometry()
            self.resize(min(1280, screen.width() - 40), min(800, screen.height() - 40))

    def when_shown(self, fn) -> None:
        """Call ``fn`` once the window has been painted (start-up work must not delay it)."""
        if self._shown:
            QTimer.singleShot(0, fn)
        else:
            self._after_shown.append(fn)

    def _first_painted(self) -> None:
        self._shown = True
        for fn in self._after_shown:
            QTimer.singleShot(0, fn)  # after this paint has reached the screen
        self._after_shown.clear()

    # -- menus --------------------------------------------------------------------------------
    def _action(self, menu: QMenu, text: str, slot, shortcut=None) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        self._action(
            file, self.tr("&Open export…"), self.choose_file, QKeySequence.StandardKey.Open
        )
        self._action(file, self.tr("Open &folder…"), self.choose_folder, "Ctrl+Shift+O")
        self.recent_menu = file.addMenu(self.tr("Open &recent"))
        self.sample_action = self._action(
            file, self.tr("Open the bundled &sample"), self.open_sample
        )
        self.sample_action.setEnabled(bundled_sample() is not None)
        self._action(file, self.tr("S&tored reviews…"), self.show_sessions)
        file.addSeparator()
        self.batch_action = self._action(file, self.tr("&Batch classify…"), self.show_batch)
        self.package_action = self._action(
            file,
            QCoreApplication.translate("HrPackages", "Export review &package for HR…"),
            self.export_package,
        )
        file.addSeparator()
        self._action(file, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.review_menu = bar.addMenu(self.tr("&Review"))
        self.career_menu = bar.addMenu(self.tr("&Career"))
        self.career_action = self._action(
            self.career_menu, self.tr("&Edit career and clients…"), self.edit_career
        )
        self.timeline_action = self._action(
            self.career_menu, self.tr("Show &timeline"), self.show_timeline, "Ctrl+T"
        )
        export = bar.addMenu(self.tr("E&xport"))
        self.export_all_action = self._action(
            export, self.tr("Export &all…"), lambda: self.choose_export("all"), "Ctrl+E"
        )
        self.export_work_action = self._action(
            export, self.tr("Export &work contacts…"), lambda: self.choose_export("work")
        )
        self.export_private_action = self._action(
            export, self.tr("Export &private contacts…"), lambda: self.choose_export("private")
        )
        self.export_actions = [
            self.export_all_action,
            self.export_work_action,
            self.export_private_action,
            self.package_action,
        ]
        help_menu = bar.addMenu(self.tr("&Help"))
        self._build_language_menu(help_menu.addMenu(self.tr("&Language")))
        self._action(help_menu, self.tr("&About and model card…"), self.show_about)
        for action in [*self.export_actions, self.career_action, self.timeline_action]:
            action.setEnabled(False)

    def _build_language_menu(self, menu: QMenu) -> None:
        current = self.settings.language()
        group = QActionGroup(self)
        for code, name in (
            ("", self.tr("System default")),
            ("en", "English"),
            ("nl", "Nederlands"),
        ):
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(action)

    def _build_share_menu(self, menu: QMenu) -> None:
        from model.flagging import SHARES

        current = self.settings.review_share()
        group = QActionGroup(self)
        self.share_actions: dict[float | None, QAction] = {}
        choices = [(None, self.tr("What the model is unsure about"))] + [
            (share, self.tr("The {pct} % most uncertain").format(pct=round(share * 100)))
            for share in SHARES
        ]
        for share, text in choices:
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(share == current)
            action.triggered.connect(lambda _=False, v=share: self.set_review_share(v))
            group.addAction(action)
            self.share_actions[share] = action

    def set_review_share(self, share: float | None) -> None:
        """Flag the ``share`` most uncertain contacts (None: the model's band); remembered."""
        self.settings.set_review_share(share)
        if self.workspace is not None:
            self.workspace.set_share(share)

    def set_language(self, code: str) -> MainWindow:
        """Switch the interface language now ("" = the system's) and remember it.

        The window is rebuilt in the new language (same place and size) and takes the open
        review along, whose reasons are then written again in the new language. Returns the
        window now showing."""
        from .app import install_translators

        self.settings.set_language(code)
        install_translators(QApplication.instance(), code)
        if self.runner.is_running("data"):
            self.runner.cancel("data")
        new = MainWindow(self.settings)
        new.restoreGeometry(self.saveGeometry())
        opened, self.opened = self.opened, None
        new.show()
        if opened is not None:
            new._opened(opened)
            career, clients = opened.career(), list(opened.clients)
            new.workspace.reclassify(career, clients, remember=False)
        new.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Language changed."), 5000
        )
        self.close()
        return new

    def _refresh_recent(self) -> None:
        recent = self.settings.recent_files()
        self.start_page.set_recent(recent)
        self.recent_menu.clear()
        for path in recent:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=str(path): self.open_path(p))
        self.recent_menu.setEnabled(bool(recent))

    # -- opening ------------------------------------------------------------------------------
    def choose_file(self) -> None:
        """Ask for an export file and open it."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open export"),
            self.settings.last_dir(),
            # HR opens review packages here too: they show without switching the file type
            self.tr("Exports and review packages (*.zip *.csv *.vcf *.txt *.xlsx *.gz *.coreview)")
            + ";;"
            + QCoreApplication.translate("HrPackages", "Review packages for HR (*.coreview)")
            + ";;"
            + self.tr("All files (*)"),
        )
        if path:
            self.open_path(path)

    def choose_folder(self) -> None:
        """Ask for a folder holding an unzipped export and open it."""
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Open export folder"), self.settings.last_dir()
        )
        if path:
            self.open_path(path)

    def open_sample(self) -> None:
        """Open the bundled sample export."""
        sample = bundled_sample()
        if sample is not None:
            self.open_path(str(sample))

    def open_path(self, path: str | Path) -> None:
        """Read, classify and show ``path`` in the background (cancels whatever was running)."""
        path = Path(path)
        from .hr import is_package, open_package

        if is_package(path):  # a review package from someone else: HR mode
            open_package(self, path)
            return
        if path == self._opening and self.runner.is_running("data"):
            return  # a double click: the same file is already being opened
        if self.opened is not None and not confirm_discard(self, self.opened.session):
            return  # its decisions live in memory only and would go with it
        self._opening = path
        self.statusBar().showMessage(self.tr("Opening {name}…").format(name=path.name))
        if self.workspace is None:  # launched with a file: the start page's warm-up first
            self.warm_up()
        self.runner.run(
            jobs.open_and_classify,
            path,
            label=self.tr("Reading and classifying {name}").format(name=path.name),
            on_done=self._opened,
            on_error=lambda exc: self._open_failed(path, exc),
            on_discard=jobs.Opened.close,
        )

    def warm_up(self) -> None:
        """Import pandas and scikit-learn and load the model on the worker, then build the
        (hidden) table page on this thread, so that an open only has to fill it. Run before
        the first open too: the page is built while the file is read, not in the stall of
        its hand-over (and its modules are not imported on this thread)."""
        if self.workspace is None and not self.runner.is_running("warm-up"):
            self.runner.run(
                jobs.warm_up, kind="warm-up", on_done=lambda _: self._ensure_workspace()
            )

    def _opened(self, opened: jobs.Opened) -> None:
        jobs.close_in_background(self.opened)
        self.opened = opened
        self._ensure_workspace().show_opened(opened)
        if self.stack.currentWidget() is not self.workspace:
            # The first layout and paint of the table page come in an event-loop turn of their
            # own: two short steps instead of one long stall. A zero timer, not a posted call
            # (QTimer.singleShot(0)): posted calls run back to back with the paint they cause,
            # while between two timers the loop handles input and other timers.
            self._show_timer.start()
        self.settings.add_recent(opened.path)
        self.settings.set_last_dir(opened.path.parent)
        self._refresh_recent()
        self.setWindowTitle(self.tr("{name} — Contact Ownership").format(name=opened.path.name))
        for action in [*self.export_actions, self.career_action, self.timeline_action]:
            action.setEnabled(True)
        self.statusBar().showMessage(self.tr("Opened {name}.").format(name=opened.path.name), 5000)
        dropped, self._drop_note = self._drop_note, None
        if dropped is not None and dropped[0] == opened.path and dropped[1]:
            self.statusBar().showMessage(dropped[1])  # kept until the next message

    def _open_failed(self, path: Path, exc: BaseException) -> None:
        self.statusBar().clearMessage()
        if isinstance(exc, FileNotFoundError) or not path.exists():
            self.settings.remove_recent(path)
            self._refresh_recent()
        self.show_error(exc, f"opening {path}")

    def _show_workspace(self) -> None:
        if self.workspace is not None:
            self.stack.setCurrentWidget(self.workspace)
            self.workspace.table.setFocus()

    def show_error(self, exc: BaseException, context: str = "") -> None:
        """One line for the core's errors; anything else is logged and briefly noticed."""
        box = errors.show_error(self, exc, context)
        self.last_error = box.text()

    # -- the workspace ------------------------------------------------------------------------
    def _ensure_workspace(self):
        if self.workspace is None:
            from .workspace import Workspace  # imports pandas: only once there is data

            self.workspace = Workspace(self)
            self.stack.addWidget(self.workspace)
            self.workspace.countsChanged.connect(self.counts_label.setText)
            self.workspace.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
            self.edit_menu.addActions(
                [self.workspace.review.undo_action, self.workspace.review.redo_action]
            )
            self.edit_menu.addSeparator()
            self.edit_menu.addActions(self.workspace.edit_actions())
            self.review_menu.addActions(self.workspace.review.actions())
            self.review_menu.addSeparator()
            self.review_menu.addAction(self.workspace.flagged_action)
            self._build_share_menu(self.review_menu.addMenu(self.tr("&How much to review")))
            self.workspace.share = self.settings.review_share()
            self.review_menu.addActions(self.workspace.personal.actions())
            state = self.settings.geometry("main/splitter")
            if state is not None:
                self.workspace.splitter.restoreState(state)
            columns = self.settings.geometry("main/columns")
            if columns is not None and self.workspace.table.horizontalHeader().restoreState(
                columns
            ):
                self.workspace.keep_column_widths()
        return self.workspace

    # -- exporting ----------------------------------------------------------------------------
    def export_dialog(self, which: str):
        """The dialog asking which contacts go into export ``which`` (all / view / selection)."""
        import numpy as np  # not at start-up: the window shows first

        from .export_dialog import ExportDialog

        ws, opened = self.workspace, self.opened
        model = ws.model
        scopes = {
            "all": np.arange(len(opened.session)),
            "view": model.shown_source_rows(),
            "selection": np.asarray(ws.review.selected_source_rows(), dtype=np.int64),
        }
        return ExportDialog(
            which,
            scopes,
            model.final_is_work(),
            model.table().flagged,
            np.asarray(opened.session.decision),
            parent=self,
        )

    def _export_rows(self, dialog):
        return None if dialog.scope() == "all" else dialog.rows()

    def choose_export(self, which: str) -> None:
        """Ask which contacts and where to write ``which`` ("all", "work", "private"), then
        write them."""
        if self.opened is None or self.workspace is None:
            return
        dialog = self.export_dialog(which)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        rows = self._export_rows(dialog)
        stem = self.opened.path.stem
        ending = {  # in the interface's language
            "all": self.tr("-classified", "file name"),
            "work": self.tr("-work", "file name"),
            "private": self.tr("-private", "file name"),
        }[which]
        suggested = f"{stem}{ending}.csv"
        folder = self.settings.last_dir() or str(Path.home())
        filters = self.tr("CSV (*.csv);;Excel workbook (*.xlsx)")
        if which != "all":  # hand-over lists also go to address books and CRMs
            filters += ";;" + QCoreApplication.translate("HrPackages", "vCard (*.vcf)")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export"), str(Path(folder) / suggested), filters
        )
        if path:
            if Path(path).suffix.lower() not in (".csv", ".xlsx", ".vcf"):
                path += ".csv"
            self.export_to(path, which, rows)

    def export_to(self, path: str | Path, which: str = "all", rows=None) -> None:
        """Write the export (only source ``rows`` if given) in the background; the status bar
        says how many contacts were written."""
        opened = self.opened
        if opened is None:
            return
        path = Path(path)
        from model.errors import InputError
        from model.paths import refuse_overwriting

        read = [opened.path]
        if opened.path.is_dir():  # an unzipped export: every file read from it
            read += [opened.path / name for name in opened.export.report.files]
        try:
            refuse_overwriting(path, read)
        except InputError as err:  # the file dialog's "Replace?" must not replace the export
            self.show_error(err, f"exporting {path}")
            return
        snapshot = jobs.SessionSnapshot(opened.session)
        self.runner.run(
            jobs.export_contacts,
            opened.export.contacts,
            opened.results,
            snapshot,
            path,
            which,
            rows=rows,
            review_order=self.workspace.personal.order if self.workspace is not None else None,
            kind="export",
            label=self.tr("Writing {name}").format(name=path.name),
            on_done=lambda n: self.statusBar().showMessage(
                (
                    self.tr("Wrote 1 contact to {path}.")
                    if n == 1
                    else self.tr("Wrote {n:,} contacts to {path}.")
                ).format(n=Count(n), path=path),
                8000,
            ),
            on_error=lambda exc: self.show_error(exc, f"exporting {path}"),
        )

    def export_package(self) -> None:
        """File ▸ Export review package for HR (desktop.hr shows what leaves first)."""
        from .hr import export_package

        export_package(self)

    # -- other windows (built by their own modules; imported when asked for) ------------------
    def edit_career(self) -> None:
        """Open the career editor; a change reclassifies in the background."""
        if self.opened is None:
            return
        try:
            from .career_editor import CareerEditor
        except ImportError:
            return
        dialog = CareerEditor(
            self.opened.career(),
            self.opened.clients,
            parent=self,
            suggestion=self.opened.suggestion,
            network_role=self.opened.network_role,
        )
        dialog.careerChanged.connect(self.workspace.reclassify)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_timeline(self) -> None:
        """Show the connections-per-month chart of the open export."""
        if self.workspace is not None:
            self.workspace.show_timeline()

    def show_batch(self) -> None:
        """Open the batch dialog (File ▸ Batch classify…)."""
        try:
            from .batch_dialog import BatchDialog
        except ImportError:
            self.statusBar().showMessage(
                self.tr("Batch classification is not available in this build."), 5000
            )
            return
        dialog = BatchDialog(parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def show_sessions(self) -> None:
        """List the stored review sessions and let the person forget one."""
        from .sessions_dialog import SessionsDialog

        journal = self.opened.session.journal_path if self.opened is not None else None
        dialog = SessionsDialog(open_journal=journal, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        """Show which model is in use, what it was trained on and how well it does."""
        try:
            from .about import AboutDialog
        except ImportError:
            return
        dialog = AboutDialog.for_model(jobs.loaded_model(), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    # -- drag and drop ------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            path = _dropped_export(paths)
            # a folder made of the files opens them all; else the rest are not opened
            left = [Path(p).name for p in paths if p != path] if path in paths else []
            self._drop_note = (Path(path), self._dropped_note(Path(path).name, left))
            self.open_path(path)

    def _dropped_note(self, opened: str, left: list[str]) -> str:
        """The line that says which dropped files were not opened (``left``; empty: none)."""
        if not left:
            return ""
        names = ", ".join(left[:3]) + (", …" if len(left) > 3 else "")
        return self.tr(
            "Opened only {name}: the app opens one export at a time. Not opened: {names}"
        ).format(name=opened, names=names)

    # -- closing ------------------------------------------------------------------------------
    def closeEvent(self, event) -> None:
        if self.opened is not None and not confirm_discard(self, self.opened.session):
            event.ignore()  # decisions kept in memory only: the person chose to keep them
            return
        if self._fitted:  # never shown (HR's window alone): no place or size of its own to keep
            self.settings.set_geometry("main/geometry", self.saveGeometry())
        if self.workspace is not None:
            self.settings.set_geometry("main/splitter", self.workspace.splitter.saveState())
            header = self.workspace.table.horizontalHeader()
            self.settings.set_geometry("main/columns", header.saveState())
            self.workspace.close_windows()
        self.settings.sync()
        for dialog in self.findChildren(QDialog):
            dialog.close()
        self.details_note_saved()
        # Quitting during the warm-up must not wait ~2 s for imports nobody needs any more.
        self.abandoned_warm_up = self.runner.running_kinds() <= {"warm-up"} and bool(
            self.runner.running_kinds()
        )
        self.runner.shutdown(wait=not self.abandoned_warm_up)
        if self.opened is not None:
            self.opened.close()
            self.opened = None
        jobs.wait_closed()  # the exports this window replaced (closed on threads of their own)
        super().closeEvent(event)

    def close_alone(self) -> None:
        """HR's window, the app's only one, was closed: close this hidden window the normal
        way (settings synced, tasks stopped) and end the app."""
        self.closed_alone = self.close()
        if self.closed_alone:
            QApplication.quit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._fitted:  # only now is the frame (title bar, borders) known
            self._fitted = True
            QTimer.singleShot(0, lambda: fit_to_screen(self))

    def details_note_saved(self) -> None:
        """Save a note still being typed (quitting must not lose it)."""
        if self.workspace is not None:
            self.workspace.details.save_note()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("Contact Ownership"))
        super().changeEvent(event)


def start_warm_up(window: MainWindow) -> None:
    """Import pandas and scikit-learn and load the model once the window is on screen."""

    def warm_up() -> None:
        if not window.runner.is_running("data"):  # else the open started it already
            window.warm_up()

    window.when_shown(warm_up)


def top_window() -> QWidget | None:
    """The main window if there is one (for error notices from anywhere)."""
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    visible = [w for w in windows if w.isVisible()]
    return (visible or windows or [None])[0]


def _dropped_export(paths: list[str]) -> str:
    """What to open of the files dropped together: an unzipped export's files (several of one
    folder, Connections.csv among them) are that folder, so its Positions.csv is read too;
    else the first."""
    folders = {str(Path(p).parent) for p in paths}
    names = {Path(p).name.lower() for p in paths}
    if len(paths) > 1 and len(folders) == 1 and "connections.csv" in names:
        return folders.pop()
    return paths[0]
