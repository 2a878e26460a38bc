"""HR mode: a window over one review package. Everything is read-only except HR's own
decision per contact; the work is saved beside the package after every decision."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .. import errors
from ..tasks import TaskRunner
from .details import HrDetails
from .table import ATTENTION, COMPANY, HR, NAME, PERSON, SUGGESTION, TITLE, HrTableModel


class _NoteDialog(QDialog):
    """A question, a note and OK/Cancel; with ``required``, OK waits for a note."""

    def _build(self, question: str, placeholder: str, ok_text: str, required: bool):
        text = QLabel(question)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        note = QPlainTextEdit()
        note.setPlaceholderText(placeholder)
        note.setAccessibleName(placeholder)  # what a screen reader says for the field
        note.setTabChangesFocus(True)  # Tab goes on to the buttons; a remark needs no tabs
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        if required:
            self.ok_button.setEnabled(False)
            note.textChanged.connect(
                lambda: self.ok_button.setEnabled(bool(note.toPlainText().strip()))
            )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(note)
        layout.addWidget(buttons)
        return note


class SignOffDialog(_NoteDialog):
    """Asks for an optional remark and confirms that decisions will be frozen."""

    def __init__(self, reviewer: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign off the review"))
        self.remark = self._build(
            self.tr(
                "Sign off as {name}? After signing off, no decision in this review can change."
            ).format(name=reviewer),
            self.tr("Remark for the report (optional)"),
            self.tr("Sign off"),
            required=False,
        )


class WithdrawSignOffDialog(_NoteDialog):
    """Asks why the sign-off is withdrawn (required: it goes into the audit trail)."""

    def __init__(self, signed, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Withdraw the sign-off"))
        self.note = self._build(
            self.tr(
                "Withdraw the sign-off by {who} of {when}? The review opens again for decisions; "
                "the sign-off and its withdrawal both stay in the audit trail."
            ).format(who=signed.who, when=_when(signed.at)),
            self.tr("Why the sign-off is withdrawn (required)"),
            self.tr("Withdraw sign-off"),
            required=True,
        )


def _write_report(package: Path, out: Path, language: str, *, progress=None, cancel=None):
    from model.hr.report import write_report

    return write_report(package, out, language=language)


def _when(iso: str) -> str:
    """A sign-off's or withdrawal's time as the report gives it, '2026-11-29 22:41 UTC': the
    trail keeps UTC, and without the zone it read as local time, an hour or two off."""
    from model.hr.report_data import stamp

    return stamp(iso)


def _write_list(final, out: Path, employer: str, *, progress=None, cancel=None) -> int:
    from model.hr.handover import handover_table, write_handover

    return write_handover(handover_table(final), out, "work", employer=employer)


LIST_SUFFIXES = (".csv", ".xlsx", ".vcf")


def list_file_name(stem: str, employer: str) -> str:
    """The suggested name of ``employer``'s hand-over list: an employer's name may hold
    characters a file name cannot ("A/S", "Smit & Co: Holding")."""
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", employer).strip(" .-") or "employer"
    return f"{stem}-{safe}.csv"


# The narrowest a name, company, title or suggestion column gets ("Roxanne H…", "private ·…");
# and the details pane's narrowest (it scrolls below its natural width).
TEXT_COLUMN_MIN = 90
DETAILS_MIN = 180


class HrWindow(QMainWindow):
    """HR's review of one package (:class:`model.hr.review.HrReview`)."""

    closed = Signal()  # the window was closed (its review released)

    def __init__(self, review, language: str = "en", parent=None):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.review = review
        self.language = language
        self.last_error = ""
        self.runner = TaskRunner(self)
        owner = review.package.owner
        self.setWindowTitle(self.tr("HR review of {owner} — Contact Ownership").format(owner=owner))

        self.banner = QLabel()
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel { background: #eef2f6; border: 1px solid #c7ced6; padding: 8px; }"
        )
        self.attention_only = QCheckBox(self.tr("Only flagged and disputed contacts"))
        self.sign_off_button = QPushButton(self.tr("Sign off…"))
        self.sign_off_button.clicked.connect(self.ask_sign_off)
        self.withdraw_button = QPushButton(self.tr("Withdraw sign-off…"))
        self.withdraw_button.clicked.connect(self.ask_withdraw)
        self.model = HrTableModel(review, self, language=language)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Contacts"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # rows are chosen with the arrows; Tab goes on to the decision and its note (a table
        # keeps Tab for its cells by default: the note, required to override, was out of reach)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        # The columns share the table's width (no horizontal scroll bar): the free text
        # (name, company, title, suggestion) stretches and elides; the flag and the short
        # outcome columns keep a width of their own. The table never gets narrower than
        # gives each text column TEXT_COLUMN_MIN (stretched columns share equally): on a small
        # screen (800 x 600) the details pane, which scrolls, gives way instead.
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(24)
        header.setStretchLastSection(False)
        for col in (NAME, COMPANY, TITLE, SUGGESTION):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ATTENTION, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(PERSON, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(HR, QHeaderView.ResizeMode.Interactive)
        fixed = ((ATTENTION, 26), (PERSON, 96), (HR, 80))
        for col, width in fixed:
            self.table.setColumnWidth(col, width)
        chrome = 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        self.table.setMinimumWidth(4 * TEXT_COLUMN_MIN + sum(w for _, w in fixed) + chrome)
        self.details = HrDetails(review.employers(), language=language)
        self.details_pane = QScrollArea()  # scrolls rather than squeezing the list
        self.details_pane.setWidget(self.details)
        self.details_pane.setWidgetResizable(True)
        self.details_pane.setFrameShape(QScrollArea.Shape.NoFrame)
        self.details_pane.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.details_pane.setMinimumWidth(DETAILS_MIN)
        self.details_pane.setMaximumWidth(480)
        self.details.agreed.connect(self.agree_current)
        self.details.overridden.connect(self.override_current)
        self.attention_only.toggled.connect(self._filter)

        top = QHBoxLayout()
        top.addWidget(self.attention_only)
        top.addStretch(1)
        top.addWidget(self.sign_off_button)
        top.addWidget(self.withdraw_button)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.details_pane)
        splitter.setStretchFactor(0, 1)  # a wider window widens the list, not the details
        splitter.setStretchFactor(1, 0)
        splitter.setCollapsible(0, False)  # the list stays; the details may be dragged shut
        self.splitter = splitter
        self._split = False  # the list's and details' first widths are set once shown
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        # As large as the main window, never larger than the screen (a 1366 x 768 laptop).
        area = self.screen().availableGeometry()
        self.resize(min(1280, area.width() - 40), min(780, area.height() - 40))
        self._refresh()
        self.attention_only.setChecked(review.open_items() > 0)
        self.select_table_row(0)
        self.table.setFocus()  # HR's first "A" agrees (the filter box was first in line)

    def showEvent(self, event) -> None:
        """At first the list gets 70 % of the width and the details 30 % (180 to 480 px);
        afterwards a wider window widens the list, and the person's dragging stays."""
        super().showEvent(event)
        if not self._split:
            self._split = True
            width = self.splitter.width() - self.splitter.handleWidth()
            details = max(DETAILS_MIN, min(480, int(0.3 * width)))
            self.splitter.setSizes([width - details, details])

    # -- menus --------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file = self.menuBar().addMenu(self.tr("&File"))
        file.addAction(self.tr("Export report as &PDF…"), lambda: self.choose_report(".pdf"))
        file.addAction(self.tr("Export report as &XLSX…"), lambda: self.choose_report(".xlsx"))
        file.addAction(self.tr("Export work contacts of an &employer…"), self.choose_list)
        file.addSeparator()
        file.addAction(self.tr("&Close"), self.close, QKeySequence.StandardKey.Close)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = edit.addAction(self.tr("&Undo"), self.undo)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = edit.addAction(self.tr("&Redo"), self.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        review = self.menuBar().addMenu(self.tr("&Review"))
        self.agree_action = QAction(self.tr("&Agree and go to the next"), self)
        self.agree_action.setShortcut(QKeySequence("A"))
        self.agree_action.triggered.connect(self.agree_current)
        review.addAction(self.agree_action)
        self.table.addAction(self.agree_action)
        self.agree_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        review.addSeparator()
        self.sign_off_action = review.addAction(self.tr("&Sign off…"), self.ask_sign_off)
        self.withdraw_action = review.addAction(self.tr("&Withdraw sign-off…"), self.ask_withdraw)

    # -- state --------------------------------------------------------------------------------
    def _refresh(self) -> None:
        review = self.review
        counts = review.counts()
        pkg = review.package
        if review.signed_off:
            status = self.tr("Signed off by {who} on {when}.").format(
                who=review.signed_off.who, when=_when(review.signed_off.at)
            )
        else:  # one count per plural (%Ln: Qt's singular or plural, grouped as the language does)
            status = self.tr(
                "Flagged or disputed: %Ln contacts, {open} still to decide.",
                "",
                counts["attention"],
            )
            status = status.format(open=QLocale().toString(counts["open"]))
            if review.withdrawals:  # reopened: say by whom and why, as the report will
                last = review.withdrawals[-1]
                status += " " + self.tr("Sign-off withdrawn by {who} on {when}: {note}").format(
                    who=last.who, when=_when(last.at), note=last.note
                )
        self.banner.setText(
            self.tr(
                "Package {name} from {owner}: %Ln contacts, verified (every member matches "
                "its SHA-256, the audit trail is whole). Reviewer: {reviewer}. {status}",
                "",
                counts["total"],
            ).format(
                name=pkg.path.name,
                owner=pkg.owner,
                reviewer=review.reviewer,
                status=status,
            )
        )
        self.banner.setToolTip(self.tr("HR's work is saved in {path}").format(path=review.path))
        signed = review.signed_off is not None
        # one of the two buttons at a time: sign off an open review, withdraw a signed one
        self.sign_off_button.setVisible(not signed)
        self.withdraw_button.setVisible(signed)
        self.sign_off_button.setEnabled(not signed)
        self.sign_off_action.setEnabled(not signed)
        self.withdraw_action.setEnabled(signed)
        self.agree_action.setEnabled(not signed)
        self.details.set_editable(not signed)
        self._update_undo()
        self.statusBar().showMessage(
            self.tr("{decided} decided by HR: {agreed} agreed, {overridden} overridden.").format(
                **counts
            )
        )

    def _update_undo(self) -> None:
        """Undo and Redo enabled only when there is a step to take back or apply again,
        saying which ("Undo override of 3 contacts")."""
        review = self.review
        for action, can, what, plain, named in (
            (self.undo_action, review.can_undo, review.undo_text,
             self.tr("&Undo"), self.tr("&Undo {what}")),
            (self.redo_action, review.can_redo, review.redo_text,
             self.tr("&Redo"), self.tr("&Redo {what}")),
        ):  # fmt: skip
            action.setEnabled(can)
            action.setText(named.format(what=what.text(self.language)) if can else plain)

    def _filter(self, only: bool) -> None:
        current = self.current_row()
        self.model.set_attention_only(only)
        row = self.model.table_row(current) if current is not None else -1
        self.select_table_row(max(row, 0))

    def select_table_row(self, row: int) -> None:
        """Make table row ``row`` current (if there is one)."""
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, 1)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
        self._show_current()

    def current_row(self) -> int | None:
        """The review's row of the current contact, or None."""
        index = self.table.currentIndex()
        return self.model.review_row(index.row()) if index.isValid() else None

    def _show_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.details.show_contact(self.review, row, self.model._outcome)

    # -- deciding -----------------------------------------------------------------------------
    def agree_current(self) -> None:
        """HR agrees with the person on the current contact, then moves to the next one."""
        self._decide("agree")

    def override_current(self, decision: str, employer: str, note: str) -> None:
        """HR overrides the current contact (a note is required), then moves on."""
        self._decide(decision, employer=employer, note=note)

    def _decide(self, action: str, **kwargs) -> None:
        row = self.current_row()
        if row is None:
            return
        try:
            changed = self.review.decide([row], action, **kwargs)
        except Exception as exc:  # ReviewError, or a disk that refuses the save
            box = errors.show_error(self, exc, "HR decision")
            self.last_error = box.text()
            return
        self.model.refresh_rows(changed or [row])
        self._refresh()
        self.select_table_row(min(self.table.currentIndex().row() + 1, self.model.rowCount() - 1))
        self.table.setFocus()  # the next "A" goes to the table again

    def undo(self) -> None:
        """Take back HR's last decision step and go to the first contact it touched."""
        self._travel("undo")

    def redo(self) -> None:
        """Apply the last undone decision step again."""
        self._travel("redo")

    def _travel(self, action: str) -> None:
        review = self.review
        if not (review.can_undo if action == "undo" else review.can_redo):
            return
        what = (review.undo_text if action == "undo" else review.redo_text).text(self.language)
        try:
            rows = review.undo() if action == "undo" else review.redo()
        except Exception as exc:  # ReviewError, or a disk that refuses the save
            self.last_error = errors.show_error(self, exc, "HR " + action).text()
            return
        self.model.refresh_rows(rows)
        self._refresh()
        done = self.tr("Undid: {what}") if action == "undo" else self.tr("Redid: {what}")
        self.statusBar().showMessage(done.format(what=what), 8000)
        shown = [p for p in (self.model.table_row(r) for r in rows) if p >= 0]
        if shown:
            self.select_table_row(min(shown))
        else:
            self._show_current()

    def ask_sign_off(self) -> None:
        """Ask for the sign-off (refused while flagged or disputed contacts are open)."""
        if self.review.signed_off is not None:
            return
        if self.review.open_items():
            text = self.tr(
                "{n} flagged or disputed contacts still need a decision before you can sign off."
            ).format(n=self.review.open_items())
            box = QMessageBox(QMessageBox.Icon.Information, self.windowTitle(), text, parent=self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            self.notice = box
            self.last_error = text
            return
        dialog = SignOffDialog(self.review.reviewer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.sign_off(dialog.remark.toPlainText()))
        dialog.open()

    def sign_off(self, remark: str = "") -> None:
        """Sign the review off with ``remark``."""
        try:
            self.review.sign_off(remark)
        except Exception as exc:
            self.last_error = errors.show_error(self, exc, "sign-off").text()
            return
        self._refresh()

    def ask_withdraw(self) -> None:
        """Ask why, then withdraw the sign-off (the review opens again)."""
        if self.review.signed_off is None:
            return
        dialog = WithdrawSignOffDialog(self.review.signed_off, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.withdraw_sign_off(dialog.note.toPlainText()))
        self.withdraw_dialog = dialog
        dialog.open()

    def withdraw_sign_off(self, note: str) -> None:
        """Withdraw the sign-off with ``note`` (required) and reopen the review."""
        try:
            self.review.withdraw_sign_off(note)
        except Exception as exc:  # ReviewError, or a disk that refuses the save
            self.last_error = errors.show_error(self, exc, "withdraw sign-off").text()
            return
        self._refresh()
        self.statusBar().showMessage(
            self.tr("The sign-off is withdrawn; decisions can change again."), 8000
        )

    # -- exporting ----------------------------------------------------------------------------
    def choose_report(self, suffix: str) -> None:
        """Ask where to write the report (.pdf or .xlsx) and write it in the background."""
        pkg = self.review.package.path
        suggested = pkg.with_name(pkg.stem + self.tr("-report", "file name") + suffix)
        kind = self.tr("PDF (*.pdf)") if suffix == ".pdf" else self.tr("Excel workbook (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export report"), str(suggested), kind)
        if path:
            if not path.lower().endswith(suffix):
                path += suffix
            self.export_report(Path(path))

    def export_report(self, out: Path) -> None:
        """Write the hand-over report to ``out`` off the GUI thread."""
        self.runner.run(
            _write_report,
            self.review.package.path,
            Path(out),
            self.language,
            kind="report",
            label=self.tr("Writing the report"),
            on_done=lambda path: self.statusBar().showMessage(
                self.tr("Wrote {path}.").format(path=path), 8000
            ),
            on_error=self._failed,
        )

    def choose_list(self) -> None:
        """Ask for an employer and a file, and write that employer's work contacts."""
        final = self.review.final()
        employers = sorted(set(final.loc[final["final_suggestion"] == "work", "final_employer"]))
        employers = [e for e in employers if e]
        if not employers:
            return
        employer, ok = QInputDialog.getItem(
            self, self.tr("Hand-over list"), self.tr("Employer:"), employers, 0, False
        )
        if not ok:
            return
        pkg = self.review.package.path
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export work contacts"),
            str(pkg.with_name(list_file_name(pkg.stem, employer))),
            self.tr("CSV (*.csv);;Excel workbook (*.xlsx);;vCard (*.vcf)"),
        )
        if path:
            if Path(path).suffix.lower() not in LIST_SUFFIXES:  # a name typed without one
                path += ".csv"
            self.export_list(final, Path(path), employer)

    def export_list(self, final, out: Path, employer: str) -> None:
        """Write ``employer``'s work contacts (HR's outcome) to ``out`` off the GUI thread."""
        self.runner.run(
            _write_list,
            final,
            Path(out),
            employer,
            kind="list",
            label=self.tr("Writing the list"),
            on_done=lambda n: self.statusBar().showMessage(
                (
                    self.tr("Wrote 1 contact to {path}.")
                    if n == 1
                    else self.tr("Wrote {n} contacts to {path}.")
                ).format(n=n, path=out),
                8000,
            ),
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.last_error = errors.show_error(self, exc, "HR export").text()

    def closeEvent(self, event) -> None:
        self.runner.shutdown()
        self.review.release()  # another app may take the review on now
        super().closeEvent(event)
        self.closed.emit()
