"""The right-hand pane of HR mode: the contact read-only, and HR's own decision."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from model import messages
from model.hr.reasons import reasons_in

from ..fmt import breakable, date_text
from ..table_model import confidence_texts, shown_probability


def _plain(text: str = "", *, bold: bool = False, wrap: bool = True) -> QLabel:
    """A label that shows contact data as plain text: a name can never be markup."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        label.setFont(font)
    return label


class HrDetails(QWidget):
    """Shows one contact; emits ``agreed()`` or ``overridden(decision, employer, note)``."""

    agreed = Signal()
    overridden = Signal(str, str, str)

    def __init__(self, employers: list[str], parent=None, *, language: str | None = None):
        super().__init__(parent)
        self.language = language or messages.current_language()  # of the reasons shown
        self.name = _plain(bold=True)
        self.company = _plain()
        self.connected = _plain()
        self.suggestion = _plain()
        self.reasons = _plain()
        self.reasons.setStyleSheet("color: #4b5563;")
        self.person = _plain()
        self.person_note = _plain()
        self.hr_state = _plain()

        facts = QFormLayout()
        facts.addRow(self.tr("Company"), self.company)
        facts.addRow(self.tr("Connected"), self.connected)
        facts.addRow(self.tr("Suggestion"), self.suggestion)
        facts.addRow(self.tr("Reasons"), self.reasons)
        facts.addRow(self.tr("Person"), self.person)
        facts.addRow(self.tr("Note"), self.person_note)
        self._note_label = facts.labelForField(self.person_note)

        box = QGroupBox(self.tr("HR decision"))
        self.agree_button = QPushButton(self.tr("&Agree with the person (A)"))
        self.agree_button.clicked.connect(self.agreed)
        self.work_radio = QRadioButton(self.tr("Work for"))
        self.private_radio = QRadioButton(self.tr("Private"))
        self.work_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.work_radio)
        group.addButton(self.private_radio)
        self.employer = QComboBox()
        self.employer.addItems(employers)
        self.employer.setEditable(False)
        # a long employer name elides in the box (its list shows it whole), not widening the pane
        self.employer.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.employer.setMinimumContentsLength(16)
        self.private_radio.toggled.connect(
            lambda on: self.employer.setEnabled(self._editable and not on)
        )
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Why HR decides otherwise (required)"))
        self.note.setAccessibleName(self.note.placeholderText())  # a screen reader's name
        self.note.setMaximumHeight(80)
        self.note.setTabChangesFocus(True)  # Tab goes on to Override; a note needs no tabs
        self.override_button = QPushButton(self.tr("&Override"))
        self.override_button.clicked.connect(self._override)
        self.note.textChanged.connect(self._update_buttons)

        work_row = QHBoxLayout()
        work_row.addWidget(self.work_radio)
        work_row.addWidget(self.employer, 1)
        inner = QVBoxLayout(box)
        inner.addWidget(self.hr_state)
        inner.addWidget(self.agree_button)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        inner.addWidget(line)
        inner.addWidget(QLabel(self.tr("Or override:")))
        inner.addLayout(work_row)
        inner.addWidget(self.private_radio)
        inner.addWidget(self.note)
        inner.addWidget(self.override_button, 0, Qt.AlignmentFlag.AlignRight)

        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addLayout(facts)
        layout.addWidget(box)
        layout.addStretch(1)
        self._editable = True
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.override_button.setEnabled(self._editable and bool(self.note.toPlainText().strip()))
        self.agree_button.setEnabled(self._editable)

    def _override(self) -> None:
        decision = "private" if self.private_radio.isChecked() else "work"
        employer = self.employer.currentText() if decision == "work" else ""
        self.overridden.emit(decision, employer, self.note.toPlainText().strip())

    def set_editable(self, editable: bool) -> None:
        """False once the review is signed off: nothing can change any more."""
        self._editable = editable
        for widget in (self.work_radio, self.private_radio, self.employer, self.note):
            widget.setEnabled(editable)
        self._update_buttons()

    def show_contact(self, review, row: int, outcome) -> None:
        """Fill the pane with ``row`` of ``review``; ``outcome(decision, employer)`` names one."""
        r = review.contacts.iloc[row]
        # one long unbroken word must wrap, not widen the pane past its edge (desktop.fmt)
        self.name.setText(breakable(f"{r['first_name']} {r['last_name']}".strip()) or "—")
        company = " · ".join(v for v in (r["company"], r["position"]) if v)
        self.company.setText(breakable(company) or "—")
        self.connected.setText(_day(r["connected_on"]))
        flag = self.tr(" · flagged") if r["flagged"] else ""
        # how sure the suggestion is, as the table says it; p(work) named as what it is
        sure = confidence_texts([r["suggestion"] == "work"], [r["p_work"]], [r["flagged"]])[0]
        suggestion = f"{outcome(r['suggestion'], r['employer'])} · {sure}{flag}"
        self.suggestion.setText(breakable(suggestion))
        self.suggestion.setToolTip(
            QCoreApplication.translate("ContactsTableModel", "p(work) = {p:.2f}").format(
                p=shown_probability(r["p_work"])
            )
        )
        # in the window's language, whatever the person's was (model.hr.reasons)
        shown = reasons_in(r["reasons"], self.language)
        self.reasons.setText("\n".join(f"• {breakable(reason)}" for reason in shown))
        person = outcome(r["decision"], r["decided_employer"]) if r["decision"] else ""
        if person and (r["decided_by"] or r["decided_at"]):
            person += self.tr(" — by {who} on {when}").format(
                who=r["decided_by"] or "?", when=r["decided_at"][:10] or "?"
            )
        self.person.setText(breakable(person) or self.tr("not decided"))
        self.person_note.setText(breakable(r["note"]))
        self.person_note.setVisible(bool(r["note"]))
        self._note_label.setVisible(bool(r["note"]))
        decision = review.hr_decision[row]
        if decision:
            state = self.tr("HR: {decision}").format(
                decision=outcome(decision, review.hr_employer[row])
            )
            if review.hr_note[row]:
                state += f" — {review.hr_note[row]}"
        else:
            state = self.tr("No HR decision yet.")
        self.hr_state.setText(breakable(state))
        employer = review.hr_employer[row] or r["final_employer"] or r["employer"]
        index = self.employer.findText(employer)
        if index >= 0:
            self.employer.setCurrentIndex(index)
        # An override is usually the other way round from the person's outcome.
        if decision in ("work", "private"):
            wants_private = decision == "private"
        else:
            wants_private = r["final_suggestion"] == "work"
        (self.private_radio if wants_private else self.work_radio).setChecked(True)
        self.employer.setEnabled(self._editable and not wants_private)
        self.note.setPlainText(review.hr_note[row] if decision in ("work", "private") else "")
        # Agreeing keeps the person's decision, or the suggestion when they made none.
        self.agree_button.setText(
            self.tr("&Agree with the person (A)")
            if r["decision"]
            else self.tr("&Agree with the suggestion (A)")
        )
        self.agree_button.setToolTip(
            self.tr("Keeps: {outcome}").format(
                outcome=outcome(r["final_suggestion"], r["final_employer"])
            )
        )
        self._update_buttons()


def _day(iso: str) -> str:
    """A package's ISO date as the app writes dates ("21 mrt 2020"); "—" when there is none."""
    try:
        return date_text(date.fromisoformat(iso))
    except (TypeError, ValueError):
        return iso or "—"
