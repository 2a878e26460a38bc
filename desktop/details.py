"""The details pane: everything about the selected contact and why the model suggests what it does."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from model.career import Career
from model.inferred import is_inferred, shown_positions
from model.schema import CATEGORIES

from .career_strip import CareerStrip
from .fmt import breakable, date_text
from .table_model import category_label, shown_probability


class ElidedComboBox(QComboBox):
    """A combo box whose current text, when longer than the box, ends in "…" instead of
    being cut off mid-word ("Genia Management Consulta")."""

    def shown_text(self) -> str:
        """The current text as drawn: elided to the box's text field."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return self.fontMetrics().elidedText(
            self._text(), Qt.TextElideMode.ElideRight, field.width()
        )

    def _placeholder_shown(self) -> bool:
        return self.currentIndex() < 0 and bool(self.placeholderText())

    def _text(self) -> str:
        # with nothing chosen, Qt's own painting shows the placeholder: so must this one
        return self.placeholderText() if self._placeholder_shown() else self.currentText()

    def paintEvent(self, event) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        if self._placeholder_shown():  # muted, as QComboBox draws it
            option.palette.setBrush(QPalette.ColorRole.ButtonText, option.palette.placeholderText())
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


@dataclass
class ContactDetails:
    """What the pane shows for one contact (built by the main window from its arrays)."""

    row: int
    name: str
    company: str
    position: str
    connected_on: date | None
    suggestion: str  # the model's: "work" | "private"
    p_work: float
    flagged: bool
    employer: str  # effective: decided, else suggested
    category: str
    reasons: tuple[str, ...] = ()
    decision: str = ""
    note: str = ""
    state: str = "unreviewed"
    history: list[dict] = field(default_factory=list)
    duplicate: bool = False  # the export lists this contact again (an earlier row, the same)


def _label(parent: QWidget, selectable: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


NOTE_SAVE_MS = 250  # a note is saved this long after the last key press (and on leaving it)


class DetailsPane(QScrollArea):
    """Shows a :class:`ContactDetails`, or a summary when several contacts are selected.

    Emits ``employerChosen(employer)`` and ``categoryChosen(category)`` from its combos (for
    the selected contacts) and ``noteEdited(row, note)`` while the note is typed."""

    employerChosen = Signal(str)
    categoryChosen = Signal(str)
    noteEdited = Signal(int, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(280)
        body = QWidget(self)
        self.setWidget(body)
        self._row = -1
        self._shown_note = ""
        self._career = Career()

        self.title = _label(body)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = _label(body)
        self.suggestion = _label(body)
        self.suggestion.setTextFormat(Qt.TextFormat.RichText)
        self.review = _label(body)
        self.employer = ElidedComboBox(body)
        # Long employer names must not widen the pane: the combo takes the width it is given.
        self.employer.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.employer.setMinimumContentsLength(12)
        self.employer.setToolTip(
            self.tr("Attribute this contact to another employer (decides it as work)")
        )
        self.employer.activated.connect(self._employer_activated)
        self.category = QComboBox(body)
        self.category.setToolTip(self.tr("Change the category (decides the contact)"))
        for name in CATEGORIES:
            self.category.addItem(category_label(name), name)
        self.category.activated.connect(
            lambda i: self.categoryChosen.emit(self.category.itemData(i))
        )
        self.note = QLineEdit(body)
        self.note.setPlaceholderText(self.tr("Add a note (kept with your decision)…"))
        self.note.setClearButtonEnabled(True)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_SAVE_MS)
        self._note_timer.timeout.connect(self.save_note)
        self.note.textEdited.connect(lambda _: self._note_timer.start())
        self.note.editingFinished.connect(self.save_note)
        self.connected = _label(body)
        self.reasons = _label(body)
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.strip = CareerStrip(body)
        self.strip_caption = _label(body, selectable=False)
        self.strip_caption.setEnabled(False)  # the palette's muted text colour
        self.history = _label(body)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.placeholder = _label(body, selectable=False)
        self.placeholder.setText(
            self.tr("Select a contact to see why it is suggested as work or private.")
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Suggestion:"), self.suggestion)
        form.addRow(self.tr("Review:"), self.review)
        form.addRow(self.tr("Employer:"), self.employer)
        form.addRow(self.tr("Category:"), self.category)
        form.addRow(self.tr("Connected:"), self.connected)
        self._note_label = QLabel(self.tr("Note:"), body)
        self._note_label.setBuddy(self.note)  # the field's name for a screen reader
        form.addRow(self._note_label, self.note)
        self._form_layout = form
        self._form = QWidget(body)
        self._form.setLayout(form)

        self._section_reasons = QLabel(self.tr("<b>Why</b>"), body)
        self._section_career = QLabel(self.tr("<b>On your career</b>"), body)
        self._section_career.setWordWrap(True)  # the inferred heading is longer
        self._section_history = QLabel(self.tr("<b>Decisions</b>"), body)
        # everything but the placeholder: shown only while a contact is
        self._content = (
            self.title,
            self.subtitle,
            self._form,
            self._section_reasons,
            self.reasons,
            self._section_career,
            self.strip,
            self.strip_caption,
            self._section_history,
            self.history,
        )
        layout = QVBoxLayout(body)
        for w in (self.placeholder, *self._content):
            layout.addWidget(w)
        layout.addStretch(1)
        self.show_contact(None)

    def set_career(self, career: Career) -> None:
        """The owner's career: the timeline strip and the employers offered in the combo.
        A career inferred from the network is headed as such (not the person's own)."""
        self._career = career
        self.strip.set_career(career)
        self._section_career.setText(
            self.tr("<b>On your career, as inferred from your network</b>")
            if self._inferred()
            else self.tr("<b>On your career</b>")
        )

    def _inferred(self) -> bool:
        """True while the career shown names employers inferred from the network."""
        return is_inferred(self._career) and bool(shown_positions(self._career))

    def current_row(self) -> int:
        """The source row shown, or -1."""
        return self._row

    def show_contact(self, info: ContactDetails | None, *, none_shown: bool = False) -> None:
        """Fill the pane for ``info``; None shows a hint instead (with ``none_shown``: that
        the search and filters hide every contact)."""
        self.save_note()  # a note being typed belongs to the contact shown until now
        empty = info is None
        self.placeholder.setText(
            self.tr("No contact matches the search and filters. Edit ▸ Clear filters shows all.")
            if none_shown
            else self.tr("Select a contact to see why it is suggested as work or private.")
        )
        self.placeholder.setVisible(empty)
        for w in self._content:
            w.setVisible(not empty)
        self._set_single(True)
        if info is None:
            self._row = -1
            return
        # one long unbroken word must wrap, not widen the pane past its edge
        self.title.setText(breakable(info.name) or self.tr("(no name)"))
        self.subtitle.setText(breakable(self._subtitle(info)))
        self.suggestion.setText(self._suggestion_html(info))
        self.review.setText(self._review_text(info))
        typing = info.row == self._row and self.note.hasFocus()
        self._row = info.row
        self._shown_note = info.note
        if not typing:  # never move the cursor of a note being typed
            self.note.setText(info.note)
            self.note.setCursorPosition(0)  # show the start of a long note
        # a work contact with no employer yet (no career): none is chosen, "none" is private
        unknown = not info.employer and (info.decision or info.suggestion) == "work"
        self._fill_employers(None if unknown else info.employer)
        if unknown:
            self.employer.setPlaceholderText(self.tr("— not known: choose one —"))
            self.employer.setToolTip(self.tr("no employer known for this work contact"))
        self._show_category(info.category)
        self.connected.setText(
            date_text(info.connected_on) if info.connected_on else self.tr("date unknown")
        )
        reasons = info.reasons or (self.tr("no reasons given"),)
        self.reasons.setText(
            "<ul style='margin-left:-20px'>"
            + "".join(f"<li>{_esc(breakable(r))}</li>" for r in reasons)
            + "</ul>"
        )
        self.strip.set_marker(info.connected_on)
        has_career = bool(shown_positions(self._career))
        self.strip.setVisible(has_career)  # an empty axis with a lone year says nothing
        caption = (
            self.tr("The red line is when you connected.")
            if info.connected_on
            else self.tr("No connection date: decided on company and title only.")
        )
        if not has_career:
            caption = self.tr(
                "No career known: add your jobs in Career ▸ Edit career and clients… to see "
                "which job you connected in."
            )
        if self._inferred():
            caption += " " + self.tr(
                "Dashed: read from your network, not stated by you "
                "(check it under Career ▸ Edit career and clients…)."
            )
        self.strip_caption.setText(caption)
        self.history.setText(self._history_html(info.history))
        self._relayout()

    def _relayout(self) -> None:
        # The form's rows change height with their texts (a wrapped line more or less); the
        # form kept its rows' old heights and the pane its old height-for-width, cutting a
        # wrapped line in half ("uncertain — please check" once "Review:" shrank).
        self._form_layout.invalidate()
        self._form.updateGeometry()

    def _subtitle(self, info: ContactDetails) -> str:
        if info.position and info.company:
            text = self.tr("{position} at {company}").format(
                position=info.position, company=info.company
            )
        else:
            text = info.position or info.company or self.tr("no company or title")
        if info.duplicate:  # the import report counts them; here is which ones
            text += "\n" + self.tr(
                "A duplicate: the export lists this contact more than once (every row is kept)."
            )
        return text

    def _suggestion_html(self, info: ContactDetails) -> str:
        # The badges' Okabe-Ito blue and a darker orange, readable as text on white.
        colour = "#0072B2" if info.suggestion == "work" else "#A65E00"
        text = self.tr("work") if info.suggestion == "work" else self.tr("private")
        p = self.tr("p(work) = {p:.2f}").format(p=shown_probability(info.p_work))
        html = f"<b style='color:{colour}'>{text}</b> &nbsp; {p}"
        if info.flagged:
            html += (
                " &nbsp; <span style='color:#b26a00'>"
                + self.tr("uncertain — please check")
                + "</span>"
            )
        return html

    def _review_text(self, info: ContactDetails) -> str:
        if not info.decision:
            return self.tr("not decided yet (W = work, P = private)")
        word = self.tr("work") if info.decision == "work" else self.tr("private")
        if info.state == "overridden":
            return self.tr("you changed it: {decision}").format(decision=word)
        return self.tr("you confirmed: {decision}").format(decision=word)

    def show_selection(self, n: int, employers: set[str], categories: set[str]) -> None:
        """Several contacts are selected: say how many, and let the employer and category be
        set for all of them at once (a combo shows a value only when they all share it)."""
        self.save_note()
        self.placeholder.setVisible(False)
        for w in self._content:
            w.setVisible(w in (self.title, self.subtitle, self._form))
        self._set_single(False)
        self._row = -1
        self.title.setText(self.tr("%n selected", "", n))
        self.subtitle.setText(
            self.tr("W, P, the employer and the category apply to all of them at once.")
        )
        self._fill_employers(next(iter(employers)) if len(employers) == 1 else None)
        self._show_category(next(iter(categories)) if len(categories) == 1 else None)
        self._relayout()

    def _set_single(self, single: bool) -> None:
        for w in (self.suggestion, self.review, self.connected, self.note):
            w.setVisible(single)
            label = self._form_layout.labelForField(w)
            if label is not None:
                label.setVisible(single)

    def _show_category(self, category: str | None) -> None:
        self.category.blockSignals(True)
        self.category.setCurrentIndex(self.category.findData(category) if category else -1)
        self.category.blockSignals(False)

    def _fill_employers(self, employer: str | None) -> None:
        """Offer the career's employers; ``employer`` None selects nothing (mixed)."""
        names = list(dict.fromkeys(p.company for p in self._career.positions if p.company))
        if employer and employer not in names:
            names.append(employer)
        self.employer.blockSignals(True)
        self.employer.clear()
        self.employer.setPlaceholderText("")
        self.employer.addItem(self.tr("— none (private) —"), "")
        for name in names:
            self.employer.addItem(name, name)
        index = -1 if employer is None else max(self.employer.findData(employer), 0)
        self.employer.setCurrentIndex(index)
        self.employer.setToolTip(employer or self.tr("no employer: private"))
        # the field is as narrow as the pane; its list shows every name whole
        view = self.employer.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth() + 8)
        self.employer.blockSignals(False)

    def save_note(self) -> None:
        """Save the note as typed so far (called while typing, on leaving it, on closing)."""
        self._note_timer.stop()
        text = self.note.text().strip()
        if self._row >= 0 and text != self._shown_note:
            self._shown_note = text
            self.noteEdited.emit(self._row, text)

    def _employer_activated(self, index: int) -> None:
        # "" (none) means private: the window turns it into a private decision.
        self.employerChosen.emit(self.employer.itemData(index) or "")

    def _history_html(self, events: list[dict]) -> str:
        if not events:
            return "<i>" + self.tr("none yet") + "</i>"
        lines = []
        for e in events[-8:]:
            when = e.get("when")
            stamp = (
                f"{date_text(when.astimezone())} {when.astimezone():%H:%M}"
                if isinstance(when, datetime)
                else ""
            )
            decision = e.get("decision") or ""
            what = self._words().get(decision) or decision or self.tr("undecided")
            if e.get("employer") and decision == "work":  # not a suggested one on "undecided"
                what += f" ({e['employer']})"
            action = self._action_text(str(e.get("action", "")))
            who = _esc(breakable(str(e.get("who", ""))))
            lines.append(f"{stamp} · {who} · {_esc(action)} → {_esc(breakable(what))}")
        return "<br>".join(lines)

    def _words(self) -> dict[str, str]:
        return {"work": self.tr("work"), "private": self.tr("private")}

    def _action_text(self, action: str) -> str:
        """The session's action code ("decide", "undo employer", …) in the interface language."""
        kind, _, rest = action.partition(" ")
        if kind in ("undo", "redo") and rest:
            inner = self._action_text(rest)
            return (
                self.tr("undone: {action}") if kind == "undo" else self.tr("redone: {action}")
            ).format(action=inner)
        names = {
            "decide": self.tr("decided"),
            "employer": self.tr("employer changed"),
            "category": self.tr("category changed"),
            "note": self.tr("note changed"),
            "clear": self.tr("decision cleared"),
        }
        return names.get(action, action)


def _esc(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
