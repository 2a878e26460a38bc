"""The filter bar above the contacts table: search text, suggestion, flags, employer, category."""

from __future__ import annotations

from datetime import date

import numpy as np
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from model.schema import CATEGORIES

from .table_model import FilterSpec, category_label

# Typing pauses this long before the table refilters: one filter per word, not per key.
SEARCH_DELAY_MS = 150
_ANY = "\x00any"  # item data for "all", distinct from "" (= no employer)


class FilterBar(QWidget):
    """Widgets that build a :class:`FilterSpec`; emits ``changed(FilterSpec)``."""

    changed = Signal(object)
    finished = Signal()  # Enter in the search box, or Escape on an empty one: back to the table

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search name, company, position…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        self.search.setAccessibleName(self.search.placeholderText())  # no label beside it
        self.suggestion = QComboBox(self)
        for text, value in (
            (self.tr("Work and private"), ""),
            (self.tr("Work"), "work"),
            (self.tr("Private"), "private"),
        ):
            self.suggestion.addItem(text, value)
        self.suggestion.setToolTip(self.tr("Your decision where you made one, else the suggestion"))
        self.suggestion.setAccessibleName(self.tr("Filter: work or private"))
        self.employer = QComboBox(self)
        self.employer.setMinimumContentsLength(14)
        self.employer.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category = QComboBox(self)
        self.category.setAccessibleName(self.tr("Filter: category"))
        self.category.addItem(self.tr("Any category"), "")
        for name in CATEGORIES:
            self.category.addItem(category_label(name), name)
        self.flagged = QCheckBox(self.tr("Flagged only"), self)
        self.flagged.setToolTip(self.tr("Contacts the model is unsure about"))
        self.undecided = QCheckBox(self.tr("Undecided only"), self)
        self.month_chip = QToolButton(self)  # set from the timeline chart; click clears it
        self.month_chip.setToolTip(self.tr("Only contacts connected in this month; click to clear"))
        self.month_chip.clicked.connect(lambda: self.set_month(None))
        self.month_chip.hide()
        self._month: tuple[int, int] | None = None
        self.rows_chip = QToolButton(self)  # "changed by your decisions"; click clears it
        self.rows_chip.setToolTip(self.tr("Only these contacts; click to show all again"))
        self.rows_chip.clicked.connect(lambda: self.set_rows(None))
        self.rows_chip.hide()
        self._rows = None
        self.set_employers([])

        # One row when the window is wide enough, else two: the bar must never make the
        # window wider than a small or scaled laptop screen (1366 x 768 at 125 %).
        employer_label = QLabel(self.tr("Employer:"), self)
        employer_label.setBuddy(self.employer)  # what a screen reader says with the combo
        self._first = [self.search, self.suggestion, employer_label]
        self._first.append(self.employer)
        self._second = [self.category, self.flagged, self.undecided]
        self._second += [self.month_chip, self.rows_chip]
        self._stretch = {self.search: 3, self.employer: 1}
        self._top, self._bottom = QHBoxLayout(), QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._top)
        layout.addLayout(self._bottom)
        self._wide: bool | None = None
        self._arrange(wide=True)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self._search_done)
        for combo in (self.suggestion, self.employer, self.category):
            combo.currentIndexChanged.connect(self._emit)
        for box in (self.flagged, self.undecided):
            box.toggled.connect(self._emit)

    def _arrange(self, wide: bool) -> None:
        """All filters in one row (``wide``) or the category and check boxes in a second."""
        if wide == self._wide:
            return
        self._wide = wide
        for row in (self._top, self._bottom):
            while row.count():
                row.takeAt(0)
        for widget in self._first + (self._second if wide else []):
            self._top.addWidget(widget, self._stretch.get(widget, 0))
        if not wide:
            for widget in self._second:
                self._bottom.addWidget(widget)
            self._bottom.addStretch(1)
        self.updateGeometry()

    def _one_row_width(self) -> int:
        widgets = [w for w in self._first + self._second if not w.isHidden()]
        spacing = self._top.spacing() if self._top.spacing() >= 0 else 6
        widths = [_least(w) if w is self.search else w.sizeHint().width() for w in widgets]
        return sum(widths) + spacing * (len(widgets) - 1)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the two-row arrangement allows, whichever is shown."""
        hint = super().minimumSizeHint()
        first = [w for w in self._first if not w.isHidden()]
        second = [w for w in self._second if not w.isHidden()]
        widths = [sum(_least(w) for w in row) + 6 * len(row) for row in (first, second)]
        return QSize(max(widths), hint.height())

    def resizeEvent(self, event) -> None:
        self._arrange(wide=event.size().width() >= self._one_row_width())
        super().resizeEvent(event)

    def set_employers(self, employers: list[str]) -> None:
        """Offer ``employers`` (plus "any" and "none"), keeping the choice if it still exists."""
        previous = self.employer.currentData()
        self.employer.blockSignals(True)
        self.employer.clear()
        self.employer.addItem(self.tr("Any"), _ANY)
        for name in employers:
            self.employer.addItem(name, name)
        self.employer.addItem(self.tr("(none: private)"), "")
        found = self.employer.findData(previous) if previous is not None else -1
        self.employer.setCurrentIndex(max(found, 0))
        self.employer.blockSignals(False)

    def spec(self) -> FilterSpec:
        """The filter the widgets show now."""
        employer = self.employer.currentData()
        return FilterSpec(
            text=self.search.text().strip(),
            suggestion=self.suggestion.currentData() or "",
            flagged_only=self.flagged.isChecked(),
            employer=None if employer in (None, _ANY) else employer,
            category=self.category.currentData() or "",
            undecided_only=self.undecided.isChecked(),
            month=self._month,
            rows=self._rows,
        )

    def set_month(self, month: tuple[int, int] | None) -> None:
        """Show only contacts connected in ``month`` (year, month); None shows every month."""
        self._month = month
        if month is not None:
            from model.messages import month_message  # "mrt 2021" in Dutch, not the C locale's

            label = month_message(date(month[0], month[1], 1)).text()
            self.month_chip.setText(self.tr("{month} ✕").format(month=label))
        self.month_chip.setVisible(month is not None)
        self._emit()

    def set_rows(self, rows, label: str = "") -> None:
        """Show only the source ``rows`` (a chip says ``label``); None shows every row."""
        self._rows = None if rows is None else np.asarray(rows, dtype=np.int64)
        self.rows_chip.setText(self.tr("{label} ✕").format(label=label))
        self.rows_chip.setVisible(rows is not None)
        self._emit()

    def set_flagged_only(self, on: bool) -> None:
        """Tick or untick "Flagged only" (used by the Review flagged mode)."""
        self.flagged.setChecked(on)

    def reset(self, emit: bool = True) -> None:
        """Clear every filter (one ``changed`` signal unless ``emit`` is False)."""
        widgets = (self.search, self.suggestion, self.employer, self.category)
        for w in (*widgets, self.flagged, self.undecided):
            w.blockSignals(True)
        self.search.clear()
        for combo in widgets[1:]:
            combo.setCurrentIndex(0)
        self.flagged.setChecked(False)
        self.undecided.setChecked(False)
        self._month = None
        self.month_chip.hide()
        self._rows = None
        self.rows_chip.hide()
        for w in (*widgets, self.flagged, self.undecided):
            w.blockSignals(False)
        self._timer.stop()
        if emit:
            self._emit()

    def flush(self) -> None:
        """Apply a pending search now (tests and Enter do not wait for the typing pause)."""
        if self._timer.isActive():
            self._timer.stop()
            self._emit()

    def _emit(self) -> None:
        self._timer.stop()
        self.changed.emit(self.spec())

    def _search_done(self) -> None:
        self.flush()
        self.finished.emit()

    def keyPressEvent(self, event) -> None:
        # Escape in the search box clears it; a second Escape gives the focus back to the table.
        if event.key() == Qt.Key.Key_Escape:
            if self.search.text():
                self.search.clear()
                self._emit()
            else:
                self.finished.emit()
            return
        super().keyPressEvent(event)


def _least(widget: QWidget) -> int:
    """The narrowest a layout makes ``widget``: its set minimum width (the search field's
    160 px) or, without one, its minimum size hint."""
    return max(widget.minimumWidth(), widget.minimumSizeHint().width())
