"""The short report after an import: a banner above the table, with the skipped rows on demand.

Non-modal by design: the person sees what was read (and what was not, and why) without having
to dismiss anything; an import never ends in a silent, empty table.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from model.messages import localized

from .fmt import Count

_MAX_LISTED = 2000  # the details list stays a list a person can read


def _sentence(text: str) -> str:
    """A reader's note as a sentence of its own: single spaces, a capital, a full stop."""
    text = " ".join(str(text).split())
    if not text:
        return ""
    if text.split(" ", 1)[0].isalpha():  # a word, not a file name ("latin1.csv is not UTF-8")
        text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?…" else text + "."


# The readers' format codes, as a person would name them (marked for lupdate).
FORMAT_NAMES = {
    "linkedin-zip": QT_TRANSLATE_NOOP("ImportReport", "LinkedIn data export (zip)"),
    "linkedin-folder": QT_TRANSLATE_NOOP("ImportReport", "LinkedIn data export (folder)"),
    "linkedin-csv": QT_TRANSLATE_NOOP("ImportReport", "LinkedIn Connections.csv"),
    "linkedin-xlsx": QT_TRANSLATE_NOOP("ImportReport", "LinkedIn connections (Excel workbook)"),
    "google-csv": QT_TRANSLATE_NOOP("ImportReport", "Google Contacts (CSV)"),
    "google-xlsx": QT_TRANSLATE_NOOP("ImportReport", "Google Contacts (Excel workbook)"),
    "outlook-csv": QT_TRANSLATE_NOOP("ImportReport", "Outlook contacts (CSV)"),
    "outlook-xlsx": QT_TRANSLATE_NOOP("ImportReport", "Outlook contacts (Excel workbook)"),
    "vcard": QT_TRANSLATE_NOOP("ImportReport", "vCard contacts"),
    "classified-csv": QT_TRANSLATE_NOOP("ImportReport", "Contact Ownership classification (CSV)"),
    "classified-xlsx": QT_TRANSLATE_NOOP(
        "ImportReport", "Contact Ownership classification (Excel workbook)"
    ),
}


def format_name(code: str) -> str:
    """A reader's format code in words, in the interface language (the code if unknown)."""
    if code not in FORMAT_NAMES:
        return code
    return QCoreApplication.translate("ImportReport", FORMAT_NAMES[code])


def summary_lines(export, source_name: str) -> list[str]:
    """Plain-language sentences for an ``Export``: what was read, skipped, doubled, repaired,
    the career. Each is whole, singular or plural as its number asks."""
    report = export.report
    n = report.imported or len(export.contacts)
    lines = [
        QCoreApplication.translate("ImportReport", "Read 1 contact from {name}.").format(
            name=source_name
        )
        if n == 1
        else QCoreApplication.translate("ImportReport", "Read {n:,} contacts from {name}.").format(
            n=Count(n), name=source_name
        )
    ]
    if report.skipped:
        reasons = Counter(s.reason for s in report.skipped).most_common(2)
        why = "; ".join(f"{reason} ({Count(count):,})" for reason, count in reasons)
        skipped = len(report.skipped)
        lines.append(
            QCoreApplication.translate("ImportReport", "Skipped 1 row: {why}.").format(why=why)
            if skipped == 1
            else QCoreApplication.translate("ImportReport", "Skipped {n:,} rows: {why}.").format(
                n=Count(skipped), why=why
            )
        )
    said = " ".join(report.warnings[:3]).lower()
    if report.duplicates and "duplicate" not in said:  # the reader may have said it already
        lines.append(
            QCoreApplication.translate("ImportReport", "1 duplicate (kept, marked).")
            if report.duplicates == 1
            else QCoreApplication.translate(
                "ImportReport", "{n:,} duplicates (kept, marked)."
            ).format(n=Count(report.duplicates))
        )
    if report.repaired:
        lines.append(
            QCoreApplication.translate(
                "ImportReport", "Repaired 1 garbled name or title (wrong encoding)."
            )
            if report.repaired == 1
            else QCoreApplication.translate(
                "ImportReport", "Repaired {n:,} garbled names or titles (wrong encoding)."
            ).format(n=Count(report.repaired))
        )
    positions = export.positions
    if positions:
        current = [p.company for p in positions if p.is_current]
        if current:
            text = (
                QCoreApplication.translate(
                    "ImportReport", "Career: 1 position found, currently at {company}"
                )
                if len(positions) == 1
                else QCoreApplication.translate(
                    "ImportReport", "Career: {n} positions found, currently at {company}"
                )
            ).format(n=len(positions), company=current[0])
        else:
            text = (
                QCoreApplication.translate("ImportReport", "Career: 1 position found")
                if len(positions) == 1
                else QCoreApplication.translate(
                    "ImportReport", "Career: {n} positions found"
                ).format(n=len(positions))
            )
        lines.append(text if text.endswith(".") else text + ".")  # "… B.V." ends one already
    else:
        lines.append(
            QCoreApplication.translate(
                "ImportReport",
                "No career found (no Positions.csv): add your jobs in Career ▸ Edit career and clients…",
            )
        )
    for warning in report.warnings[:3]:
        lines.append(_sentence(localized(warning)))
    return [line for line in lines if line]


def details_text(export) -> str:
    """The full report: files read, encoding, date order, every skipped row with its reason."""
    report = export.report
    out = [
        QCoreApplication.translate("ImportReport", "Source: {path}").format(path=export.source),
        QCoreApplication.translate("ImportReport", "Format: {format}").format(
            format=format_name(export.format)
        ),
        QCoreApplication.translate("ImportReport", "Files read: {files}").format(
            files=", ".join(report.files) or "—"
        ),
        QCoreApplication.translate(
            "ImportReport", "Rows read: {n:,}; imported: {m:,}; duplicates: {d:,}"
        ).format(n=Count(report.rows_read), m=Count(report.imported), d=Count(report.duplicates)),
    ]
    if report.encoding or report.delimiter or report.date_order:
        enc, order = report.encoding or "—", report.date_order or "—"
        if report.delimiter:
            line = QCoreApplication.translate(
                "ImportReport", "Encoding: {enc}; delimiter: {delim!r}; date order: {order}"
            ).format(enc=enc, delim=report.delimiter, order=order)
        else:  # a vCard or a workbook has none
            line = QCoreApplication.translate(
                "ImportReport", "Encoding: {enc}; date order: {order}"
            ).format(enc=enc, order=order)
        out.append(line)
    out.extend(localized(w) for w in report.warnings)
    if report.skipped:
        out.append("")
        out.append(QCoreApplication.translate("ImportReport", "Skipped rows:"))
        for s in report.skipped[:_MAX_LISTED]:
            where = f"{s.file}:" if s.file else ""
            out.append(f"  {where}{s.row}: {localized(s.reason)}")
        if len(report.skipped) > _MAX_LISTED:
            out.append(
                QCoreApplication.translate("ImportReport", "  … and {n:,} more").format(
                    n=Count(len(report.skipped) - _MAX_LISTED)
                )
            )
    return "\n".join(out)


class ImportReportBar(QFrame):
    """A dismissible banner with the summary and a "Details…" button."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importReport")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            # A fixed light background needs a fixed dark text, or dark themes lose the text.
            "#importReport { background: #eef5fc; border: 1px solid #b9d3ee; border-radius: 4px; }"
            "#importReport QLabel { color: #1a1a1a; }"
        )
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_button = QPushButton(self.tr("Details…"), self)
        self.details_button.clicked.connect(self.show_details)
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Hide this report"))
        close.setAccessibleName(close.toolTip())  # a screen reader would say "✕"
        self.close_button = close
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self._details = ""
        self._dialog: QDialog | None = None
        self.hide()

    def show_report(self, export, source_name: str) -> None:
        """Show the summary of ``export`` (a model.readers Export)."""
        self.text.setText(" ".join(summary_lines(export, source_name)))
        self._details = details_text(export)
        self.show()

    def summary(self) -> str:
        """The text shown (for tests and the status bar)."""
        return self.text.text()

    def show_details(self) -> None:
        """Open the full report in a small non-modal window."""
        if self._dialog is None:
            dialog = QDialog(self.window())
            dialog.setWindowTitle(self.tr("Import report"))
            view = QPlainTextEdit(dialog)
            view.setReadOnly(True)
            view.setObjectName("details")
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
            buttons.rejected.connect(dialog.close)
            layout = QVBoxLayout(dialog)
            layout.addWidget(view)
            layout.addWidget(buttons)
            dialog.resize(560, 360)
            self._dialog = dialog
        self._dialog.findChild(QPlainTextEdit, "details").setPlainText(self._details)
        self._dialog.show()
        self._dialog.raise_()

    def close_details(self) -> None:
        """Close the details window if open (the main window calls this when closing)."""
        if self._dialog is not None:
            self._dialog.close()
