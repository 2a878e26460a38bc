"""The career editor: the owner's positions in an editable table, plus the employer's client list.

Use from the main window::

    dialog = CareerEditor(career, clients, parent=window)
    dialog.careerChanged.connect(lambda career, clients: reclassify(career, clients))
    dialog.open()  # or: if dialog.exec(): career, clients = dialog.career(), dialog.clients()

``careerChanged(Career, list)`` is emitted once when the user presses OK with a valid career; the
dialog never reclassifies by itself.

Without a career of the person's own, ``suggestion`` (the career inferred from the network,
:class:`model.inferred.InferredCareer`) is shown above the table as a suggestion: *Use as my
career* copies its employers into the table to correct (on OK they are the person's own
career), *Clear suggestion* makes suggestions without any career; left alone it stays in use. Client lists are read by ``model.context.load_clients``,
the same function as the command line's ``--clients``.
"""

from __future__ import annotations

import calendar
import dataclasses
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from model.career import Career, Position, inferred_role, role_years
from model.context import load_clients, load_positions
from model.errors import InputError, os_reason
from model.inferred import declined_career, is_inferred

from .fmt import Count
from .screen_fit import keep_on_screen

# Headers, marked for pyside6-lupdate here and translated in CareerEditor.
COLUMNS = (
    QT_TRANSLATE_NOOP("CareerEditor", "Company"),
    QT_TRANSLATE_NOOP("CareerEditor", "Title"),
    QT_TRANSLATE_NOOP("CareerEditor", "Start"),
    QT_TRANSLATE_NOOP("CareerEditor", "End"),
    QT_TRANSLATE_NOOP("CareerEditor", "Current"),
)
COL_COMPANY, COL_TITLE, COL_START, COL_END, COL_CURRENT = range(len(COLUMNS))
# The owner's role families (model.lexicons) a person can choose, with their display names.
ROLE_NAMES = {
    "recruitment": QT_TRANSLATE_NOOP("CareerEditor", "Recruitment"),
    "hr": QT_TRANSLATE_NOOP("CareerEditor", "HR"),
    "sales": QT_TRANSLATE_NOOP("CareerEditor", "Sales"),
    "purchasing": QT_TRANSLATE_NOOP("CareerEditor", "Purchasing"),
    "it": QT_TRANSLATE_NOOP("CareerEditor", "IT"),
    "finance": QT_TRANSLATE_NOOP("CareerEditor", "Finance"),
    "legal": QT_TRANSLATE_NOOP("CareerEditor", "Legal"),
    "marketing": QT_TRANSLATE_NOOP("CareerEditor", "Marketing"),
    "creative": QT_TRANSLATE_NOOP("CareerEditor", "Creative"),
    "engineering": QT_TRANSLATE_NOOP("CareerEditor", "Engineering"),
    "operations": QT_TRANSLATE_NOOP("CareerEditor", "Operations and logistics"),
    "construction": QT_TRANSLATE_NOOP("CareerEditor", "Construction"),
    "real_estate": QT_TRANSLATE_NOOP("CareerEditor", "Real estate"),
    "consulting": QT_TRANSLATE_NOOP("CareerEditor", "Consulting"),
    "management": QT_TRANSLATE_NOOP("CareerEditor", "Management"),
    "administrative": QT_TRANSLATE_NOOP("CareerEditor", "Office and administration"),
    "public_sector": QT_TRANSLATE_NOOP("CareerEditor", "Public sector"),
    "education": QT_TRANSLATE_NOOP("CareerEditor", "Education"),
    "research": QT_TRANSLATE_NOOP("CareerEditor", "Research"),
    "healthcare": QT_TRANSLATE_NOOP("CareerEditor", "Health care"),
    "hospitality": QT_TRANSLATE_NOOP("CareerEditor", "Hospitality"),
    "retail": QT_TRANSLATE_NOOP("CareerEditor", "Retail"),
    "sports": QT_TRANSLATE_NOOP("CareerEditor", "Sports"),
    "agriculture": QT_TRANSLATE_NOOP("CareerEditor", "Agriculture"),
    "religion": QT_TRANSLATE_NOOP("CareerEditor", "Religion"),
}
MONTH_FORMAT = "MMM yyyy"
# The earliest month a picker offers doubles as "unknown" (start) / "current" (end): a
# QDateEdit cannot be empty, and its special-value text is shown exactly at the minimum.
SENTINEL = QDate(1950, 1, 1)
LATEST = QDate(2100, 12, 1)


# Where the untouched fields of a position (description, location) ride along with its row.
_EXTRA_ROLE = Qt.ItemDataRole.UserRole + 1


# ---------------------------------------------------------------------------------------------
# Months <-> dates


def first_of_month(value: QDate) -> date:
    """The first day of ``value``'s month as a date."""
    return date(value.year(), value.month(), 1)


def last_of_month(value: QDate) -> date:
    """The last day of ``value``'s month as a date (how Position stores an end)."""
    return date(value.year(), value.month(), calendar.monthrange(value.year(), value.month())[1])


def _qdate(value: date | None) -> QDate:
    return SENTINEL if value is None else QDate(value.year, value.month, 1)


def _month_edit(special: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setDisplayFormat(MONTH_FORMAT)
    edit.setDateRange(SENTINEL, LATEST)
    edit.setSpecialValueText(special)
    edit.setCalendarPopup(False)  # a day grid for a month picker only confuses
    edit.setFrame(False)
    return edit


def _month_text(value: date) -> str:
    return QLocale().toString(QDate(value.year, value.month, 1), MONTH_FORMAT)


def _own_part(career: Career) -> Career:
    """``career`` without its inferred positions: what the person gave (name, dates, role)."""
    return Career(
        owner_name=career.owner_name,
        registered_on=career.registered_on,
        exported_on=career.exported_on,
        role=career.role,
    )


def _centred(widget: QWidget) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignCenter)
    return holder


# ---------------------------------------------------------------------------------------------
# The dialog


class CareerEditor(QDialog):
    """Edit the owner's positions and the client list; OK emits ``careerChanged``."""

    careerChanged = Signal(object, list)  # (Career, list[str] of clients)

    def __init__(
        self,
        career: Career | None = None,
        clients: list[str] | None = None,
        parent: QWidget | None = None,
        suggestion: Career | None = None,
        network_role: str = "",
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Career and clients"))
        self.setObjectName("careerEditor")
        career = career or Career()
        # the person's own career is the base; an inferred one is only ever a suggestion
        self._base = _own_part(career) if is_inferred(career) else career
        self._clients: list[str] = list(clients or [])
        self._clients_source = ""
        # what the suggestions read from the contacts' titles while no position says the role
        self._network_role = network_role
        self._suggestion = suggestion if suggestion and suggestion.employers_found() else None
        # "suggested" (in use, table empty), "used" (copied into the table) or "cleared"
        self._suggestion_state = (
            "cleared" if is_inferred(career) and career.declined else "suggested"
        )
        self._build()
        self._fill(self._base)
        self.set_role(career.role)
        self._show_clients()
        self._show_suggestion()
        self.resize(760, 460)
        keep_on_screen(self)  # sized for a large screen; fitted to a small one

    # -- public API ---------------------------------------------------------------------------

    def career(self) -> Career:
        """The career as edited (owner name and LinkedIn dates kept from the input). With an
        empty table: the suggestion while it is in use, else a career that stops inference
        (the person cleared the suggestion, or removed the rows it gave)."""
        positions = [self._position(row) for row in range(self.table.rowCount())]
        role = self.role_box.currentData()
        if not positions and self._suggestion is not None:
            if self._suggestion_state == "suggested":
                return dataclasses.replace(self._suggestion, role=role)
            return dataclasses.replace(declined_career(self._base), role=role)
        if not positions and self._suggestion_state == "cleared":
            return dataclasses.replace(declined_career(self._base), role=role)
        return dataclasses.replace(self._base, positions=positions, role=role)

    def suggestion_state(self) -> str:
        """What became of the inferred career: "" (none offered), "suggested" (in use),
        "used" (copied into the table) or "cleared"."""
        return self._suggestion_state if self._suggestion is not None else ""

    def use_suggestion(self) -> None:
        """Copy the suggested employers into the table, to correct and keep as the career."""
        if self._suggestion is None:
            return
        for inferred in self._suggestion.employers_found():
            self._append(Position(inferred.company, "", inferred.start, inferred.end))
        self._suggestion_state = "used"
        self._show_suggestion()
        self._validate()

    def clear_suggestion(self) -> None:
        """Stop using the suggested career: suggestions are made without a career."""
        self._suggestion_state = "cleared"
        self._show_suggestion()
        self._validate()

    def restore_suggestion(self) -> None:
        """Use the suggested career again after clearing it (the table must be empty)."""
        if self._suggestion is not None and not self.table.rowCount():
            self._suggestion_state = "suggested"
            self._show_suggestion()
            self._validate()

    def set_role(self, role: str) -> None:
        """Choose the owner's role family ("" = read it from the career)."""
        index = self.role_box.findData(role)
        self.role_box.setCurrentIndex(max(index, 0))

    def clients(self) -> list[str]:
        """The client list currently loaded (may be empty)."""
        return list(self._clients)

    def problems(self) -> list[str]:
        """What stops OK, one line each (empty when the career is valid)."""
        out = []
        for row in range(self.table.rowCount()):
            company = self._text(row, COL_COMPANY)
            name = self.tr("Row {n}").format(n=row + 1) + (f" ({company})" if company else "")
            if not company:
                out.append(self.tr("{row}: the company is empty.").format(row=name))
            start, end = self._edit(row, COL_START).date(), self._edit(row, COL_END).date()
            unknown = bool(self._edit(row, COL_END).property("end_unknown"))
            if not self._is_current(row) and not unknown and start != SENTINEL and end < start:
                out.append(
                    self.tr("{row}: the end month is before the start month.").format(row=name)
                )
        return out

    def load_clients(self, path: str | Path) -> bool:
        """Load a client list from ``path``; shows a one-line error and returns False on failure."""
        try:
            self._clients = load_clients(path)
        except InputError as err:
            self._show_message(err.text())
            return False
        self._clients_source = Path(path).name
        self._show_clients()
        self._validate()
        return True

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Your positions decide which employer a work contact belongs to. "
                "Mark the job you have now as current."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("positions")
        self.table.setAccessibleName(self.tr("Positions"))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("CareerEditor", c) for c in COLUMNS]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_COMPANY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for col, width in ((COL_START, 100), (COL_END, 100), (COL_CURRENT, 90)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(col, width)
        self.table.itemChanged.connect(self._validate)

        self.add_button = QPushButton(self.tr("&Add position"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.open_button = QPushButton(self.tr("&Open career…"))
        self.save_button = QPushButton(self.tr("&Save career…"))
        self.add_button.clicked.connect(self.add_position)
        self.remove_button.clicked.connect(self.remove_selected)
        self.open_button.clicked.connect(self._open_career)
        self.save_button.clicked.connect(self._save_career)
        self.open_button.setToolTip(self.tr("Load positions saved earlier (JSON)"))
        self.save_button.setToolTip(self.tr("Save these positions to a file (JSON)"))
        row_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button):
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)
        for button in (self.open_button, self.save_button):
            row_buttons.addWidget(button)

        self.clients_button = QPushButton(self.tr("Load &client list…"))
        self.clients_button.setToolTip(self.tr("A text or CSV file with one company a line"))
        self.clients_button.clicked.connect(self._choose_clients)
        self.clear_clients_button = QPushButton(self.tr("Clear list"))
        self.clear_clients_button.clicked.connect(self._clear_clients)
        self.clients_label = QLabel()
        self.clients_label.setObjectName("clientsLabel")
        clients_row = QHBoxLayout()
        clients_row.addWidget(self.clients_button)
        clients_row.addWidget(self.clients_label, 1)
        clients_row.addWidget(self.clear_clients_button)

        # The role decides what a title means (a buyer is a client for sales, a nurse a
        # candidate for a health-care recruiter): it is read from the whole career, weighted
        # by years, and the person can correct it.
        self.role_box = QComboBox()
        self.role_box.setObjectName("role")
        self.role_box.addItem("", "")
        names = {f: QCoreApplication.translate("CareerEditor", n) for f, n in ROLE_NAMES.items()}
        for family in sorted(names, key=lambda f: names[f].casefold()):
            self.role_box.addItem(names[family], family)
        self.role_box.setToolTip(
            self.tr("What your contacts' titles mean depends on your role; correct it if needed")
        )
        role_label = QLabel(self.tr("Your ro&le:"))
        role_label.setBuddy(self.role_box)
        role_row = QHBoxLayout()
        role_row.addWidget(role_label)
        role_row.addWidget(self.role_box, 1)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")  # a red that stays readable on light themes
        self.message.hide()

        # The career read from the network when the person gave none: a suggestion only.
        self.suggestion_box = QFrame()
        self.suggestion_box.setObjectName("suggestion")
        self.suggestion_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.suggestion_label = QLabel()
        self.suggestion_label.setObjectName("suggestionText")
        self.suggestion_label.setWordWrap(True)
        self.use_button = QPushButton(self.tr("&Use as my career"))
        self.use_button.setToolTip(
            self.tr("Copy the suggested employer into the table, to correct and keep")
        )
        self.use_button.clicked.connect(self.use_suggestion)
        self.clear_suggestion_button = QPushButton(self.tr("C&lear suggestion"))
        self.clear_suggestion_button.setToolTip(self.tr("Make suggestions without any career"))
        self.clear_suggestion_button.clicked.connect(self.clear_suggestion)
        self.restore_button = QPushButton(self.tr("Use the suggestion &again"))
        self.restore_button.clicked.connect(self.restore_suggestion)
        suggestion_buttons = QHBoxLayout()
        suggestion_buttons.addStretch(1)
        for button in (self.use_button, self.clear_suggestion_button, self.restore_button):
            suggestion_buttons.addWidget(button)
        suggestion_layout = QVBoxLayout(self.suggestion_box)
        suggestion_layout.addWidget(self.suggestion_label)
        suggestion_layout.addLayout(suggestion_buttons)
        self.suggestion_box.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.suggestion_box)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addLayout(clients_row)
        layout.addLayout(role_row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _fill(self, career: Career) -> None:
        self.table.setRowCount(0)
        for position in career.positions:
            self._append(position)
        self.set_role(career.role)
        self._validate()

    def _append(self, position: Position) -> int:
        row = self.table.rowCount()
        self.table.blockSignals(True)  # no validation on half-built rows
        self.table.insertRow(row)
        company = QTableWidgetItem(position.company)
        company.setData(_EXTRA_ROLE, (position.description, position.location))
        self.table.setItem(row, COL_COMPANY, company)
        self.table.setItem(row, COL_TITLE, QTableWidgetItem(position.title))
        self.table.blockSignals(False)

        start = _month_edit(self.tr("unknown"))
        start.setDate(_qdate(position.start))
        end = _month_edit(self.tr("current"))
        end.setDate(_qdate(position.end or position.start or date.today()))
        current = QCheckBox()
        current.setObjectName("current")
        current.setToolTip(self.tr("This is the job you have now (no end month)"))
        current.setChecked(position.is_current)
        end.setEnabled(not position.is_current)
        if position.is_current:
            end.setDate(SENTINEL)
        if position.end_unknown and not position.is_current:
            # Ended, but the export's date could not be read: it says "unknown" (a month shown
            # here would read as the end: the start month, or this month with no start).
            end.setProperty("end_unknown", True)
            end.setSpecialValueText(self.tr("unknown"))
            end.setDate(SENTINEL)
            end.setToolTip(
                self.tr("The end could not be read from the export: set it if you know it")
            )
            end.dateChanged.connect(lambda _d, e=end: self._end_known(e))
        start.dateChanged.connect(self._validate)
        end.dateChanged.connect(lambda _d, e=end, c=current: self._end_changed(e, c))
        current.toggled.connect(lambda on, e=end, s=start: self._current_toggled(on, e, s))
        self.table.setCellWidget(row, COL_START, start)
        self.table.setCellWidget(row, COL_END, end)
        self.table.setCellWidget(row, COL_CURRENT, _centred(current))
        self._name_cells(row)
        return row

    def _name_cells(self, row: int) -> None:
        """Name a row's month fields and "current" box for a screen reader by their column
        and the row's company ("Start: Acme"): every row's would otherwise read the same."""
        item = self.table.item(row, COL_COMPANY)
        company = item.text().strip() if item is not None else ""
        for col, widget in (
            (COL_START, self._edit(row, COL_START)),
            (COL_END, self._edit(row, COL_END)),
            (COL_CURRENT, self.current_box(row)),
        ):
            column = QCoreApplication.translate("CareerEditor", COLUMNS[col])
            widget.setAccessibleName(f"{column}: {company}" if company else column)

    # -- row actions --------------------------------------------------------------------------

    def add_position(self) -> int:
        """Append an empty position for this month; returns its row and starts editing it."""
        today = date.today()
        month = date(today.year, today.month, 1)
        row = self._append(Position(company="", start=month, end=last_of_month(_qdate(month))))
        self.table.setCurrentCell(row, COL_COMPANY)
        self.table.editItem(self.table.item(row, COL_COMPANY))
        self._validate()
        return row

    def remove_selected(self) -> None:
        """Remove the selected position (nothing when none is selected)."""
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._validate()

    def _end_known(self, end: QDateEdit) -> None:
        # The person set the end: from now on its lowest value means "current" again.
        if end.property("end_unknown"):
            end.setProperty("end_unknown", False)
            end.setSpecialValueText(self.tr("current"))

    def _current_toggled(self, on: bool, end: QDateEdit, start: QDateEdit) -> None:
        end.setEnabled(not on)
        if on:
            self._end_known(end)  # "current" is an answer too
            end.setDate(SENTINEL)
        elif end.date() == SENTINEL:
            # Leaving "current": propose this month, or the start month if that lies later.
            today = QDate.currentDate()
            end.setDate(max(QDate(today.year(), today.month(), 1), start.date()))
        self._validate()

    def _end_changed(self, end: QDateEdit, current: QCheckBox) -> None:
        # Stepping the end picker down to its special value means "current" too: keep both in step.
        if end.date() == SENTINEL and not current.isChecked():
            current.setChecked(True)
        self._validate()

    # -- reading rows -------------------------------------------------------------------------

    def _edit(self, row: int, col: int) -> QDateEdit:
        return self.table.cellWidget(row, col)

    def current_box(self, row: int) -> QCheckBox:
        """The "current job" check box of ``row``."""
        return self.table.cellWidget(row, COL_CURRENT).findChild(QCheckBox, "current")

    def _is_current(self, row: int) -> bool:
        return self.current_box(row).isChecked()

    def _text(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return " ".join(item.text().split()) if item else ""

    def _position(self, row: int) -> Position:
        start = self._edit(row, COL_START).date()
        end_edit = self._edit(row, COL_END)
        end = end_edit.date()
        # An end the export did not give stays unknown until the person sets one.
        unknown = bool(end_edit.property("end_unknown")) and not self._is_current(row)
        item = self.table.item(row, COL_COMPANY)
        description, location = (item.data(_EXTRA_ROLE) if item else None) or ("", "")
        return Position(
            company=self._text(row, COL_COMPANY),
            title=self._text(row, COL_TITLE),
            start=None if start == SENTINEL else first_of_month(start),
            end=None if unknown or self._is_current(row) or end == SENTINEL else last_of_month(end),
            description=description,
            location=location,
            end_unknown=unknown,
        )

    # -- validation and messages --------------------------------------------------------------

    def _show_inferred_role(self) -> None:
        """Word the first choice: the role read from the positions as they stand now."""
        base = dataclasses.replace(
            self._base, positions=[self._position(r) for r in range(self.table.rowCount())]
        )
        role = inferred_role(base)
        if role:
            name = QCoreApplication.translate("CareerEditor", ROLE_NAMES.get(role, role))
            years = max(round(role_years(base).get(role, 0.0)), 1)
            text = (
                self.tr("From your career: {role} (1 year)")
                if years == 1
                else self.tr("From your career: {role} (%n years)", "", years)
            ).format(role=name)
        else:
            text = self.tr("From your career: not recognised")
        self.role_box.setItemText(0, text)

    def _role_without_positions(self) -> str:
        """The first role choice while the table is empty: the role read from the network's
        titles, which the suggestions then use, else "not recognised"."""
        if not self._network_role:
            return self.tr("From your career: not recognised")
        name = QCoreApplication.translate(
            "CareerEditor", ROLE_NAMES.get(self._network_role, self._network_role)
        )
        return self.tr("From your contacts' titles: {role}").format(role=name)

    def _validate(self, *_args) -> None:
        for row in range(self.table.rowCount()):  # a company typed in renames its fields
            self._name_cells(row)
        if self.table.rowCount() and not self.problems():
            self._show_inferred_role()
        elif not self.table.rowCount():
            self.role_box.setItemText(0, self._role_without_positions())
        problems = self.problems()
        self._show_suggestion()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)
        self.save_button.setEnabled(not problems)
        self.remove_button.setEnabled(self.table.rowCount() > 0)
        if problems:
            more = len(problems) - 1
            extra = " " + self.tr("(and %n more)", "", more) if more else ""
            self._show_message(problems[0] + extra)
        else:
            self._show_message("")

    def _show_suggestion(self) -> None:
        """Show the suggested career and what the person may do with it (only while the
        table is empty: a career of one's own makes the suggestion moot)."""
        state = self.suggestion_state()
        visible = bool(state) and state != "used" and not self.table.rowCount()
        self.suggestion_box.setVisible(visible)
        if not visible:
            return
        if state == "cleared":
            text = self.tr(
                "You cleared the career suggested from your network: suggestions are made "
                "without a career."
            )
        else:
            lines = [
                self.tr(
                    "You gave no career, so one was read from your network. It is in use "
                    "until you change it:"
                )
            ]
            for p in self._suggestion.employers_found():
                start = _month_text(p.start) if p.start else self.tr("unknown")
                end = self.tr("now") if p.end is None else _month_text(p.end)
                lines.append(
                    "• "
                    + self.tr(
                        "probably {company}, {start} – {end}: {n} of your contacts work there, "
                        "most added in {year}"
                    ).format(
                        company=p.company,
                        start=start,
                        end=end,
                        n=f"{Count(p.contacts):,}",  # "2.466" in Dutch
                        year=p.peak_year or "?",
                    )
                )
            text = "\n".join(lines)
        self.suggestion_label.setText(text)
        self.use_button.setVisible(state == "suggested")
        self.clear_suggestion_button.setVisible(state == "suggested")
        self.restore_button.setVisible(state == "cleared")

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _show_clients(self) -> None:
        n = len(self._clients)
        if not n:
            text = self.tr(
                "No client list loaded (optional: it makes client contacts easier to spot)."
            )
        else:
            text = self.tr("1 client loaded") if n == 1 else self.tr("%n clients loaded", "", n)
            if self._clients_source:
                text += " " + self.tr("from {file}").format(file=self._clients_source)
            text += "."
        self.clients_label.setText(text)
        self.clear_clients_button.setEnabled(bool(n))

    # -- files --------------------------------------------------------------------------------

    def _choose_clients(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Load client list"),
            "",
            self.tr("Client lists (*.txt *.csv);;All files (*)"),
        )
        if path:
            self.load_clients(path)

    def _clear_clients(self) -> None:
        self._clients, self._clients_source = [], ""
        self._show_clients()

    @property
    def open_filter(self) -> str:
        """What "Open career…" shows: LinkedIn's Positions.csv (or its whole export) and the
        careers this editor saves."""
        return self.tr(
            "Positions.csv, export or saved career (*.csv *.xlsx *.zip *.json);;All files (*)"
        )

    def _open_career(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open career"), "", self.open_filter)
        if path:
            self.open_career(path)

    def _save_career(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save career"), "career.json", self.tr("Career (*.json)")
        )
        if path:
            if Path(path).suffix.lower() != ".json":  # "Positions.csv" must not replace
                path += ".json"  # LinkedIn's file with JSON (the dialog's "Replace?" was for it)
            self.save_career(path)

    def open_career(self, path: str | Path) -> bool:
        """Replace the positions with those in ``path``: a career saved here (.json, with its
        role), LinkedIn's Positions.csv (or .xlsx), or the export zip or folder holding it.
        False (message shown) on error."""
        from model.career import load_career

        try:
            if Path(path).suffix.lower() == ".json":
                loaded = load_career(path)
            else:  # a Positions.csv says nothing about the role: keep the one chosen
                loaded = Career(positions=load_positions(path), role=self.role_box.currentData())
        except InputError as err:
            self._show_message(err.text())
            return False
        self._fill(loaded)
        return True

    def save_career(self, path: str | Path) -> bool:
        """Save the edited career to ``path`` as JSON; False (message shown) on error."""
        from model.career import save_career

        try:
            save_career(self.career(), path)
        except (InputError, OSError) as err:
            if not isinstance(err, InputError):  # the system's reason, in the interface language
                err = InputError(path, os_reason(err))
            self._show_message(err.text())
            return False
        return True

    # -- closing ------------------------------------------------------------------------------

    def accept(self) -> None:
        """Emit ``careerChanged`` and close, unless the career has problems."""
        if self.problems():
            self._validate()
            return
        self.careerChanged.emit(self.career(), self.clients())
        super().accept()
