"""Keyboard review: W/P decide the selected contacts and move on, U skips, undo and redo.

The decisions, their undo stack and the journal live in ``model.session.ReviewSession``; this
controller only turns keys into session calls, mirrors the session's arrays into the table
model (``dataChanged`` for the rows that changed) and moves the cursor.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QItemSelectionModel, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTableView

from .table_model import ContactsTableModel, SourceRowRole


def next_in_walk(
    shown: np.ndarray,
    pending: np.ndarray,
    after: int,
    order: np.ndarray | None = None,
    skip: int | None = None,
) -> int:
    """The display row a review walk goes to next, or -1 when nothing is left.

    ``shown``: the source rows in display order; ``pending``: per source row, still to be
    decided; ``after``: the display row the person is on (-1: start). Without ``order`` the walk
    goes down the view from ``after`` and wraps round; with ``order`` (a priority per source
    row, lower first, such as a "most useful next" ranking) it goes through the pending rows
    in that order: the first of them, or, moving on from display row ``skip``, the one ranked
    after it (wrapping round), so that pressing again never lands on the same contact twice.
    """
    left = np.flatnonzero(pending[shown])
    if len(left) == 0:
        return -1
    if order is not None:
        keys = np.asarray(order)[shown[left]]
        by_rank = np.lexsort((left, keys))  # by priority, ties in view order
        ranked, ranks = left[by_rank], keys[by_rank]
        if skip is None or not 0 <= skip < len(shown):
            return int(ranked[0])
        mine = np.asarray(order)[shown[skip]]
        later = (ranks > mine) | ((ranks == mine) & (ranked > skip))
        return int(ranked[later][0] if later.any() else ranked[0])
    later = left[left > after]
    return int(later[0] if len(later) else left[0])


class ReviewController(QObject):
    """Owns the review actions; ``changed()`` fires after every decision, undo or redo.

    ``message(str)`` carries short notices for the status bar ("All flagged contacts reviewed").
    """

    changed = Signal()
    message = Signal(str)

    def __init__(self, view: QTableView, model: ContactsTableModel, parent: QObject | None = None):
        super().__init__(parent)
        self.view = view
        self.model = model
        self.session = None  # a model.session.ReviewSession once an export is open
        self.walk = None  # while walking: fn(after display row) -> next display row, or -1
        self.work_action = self._action(self.tr("Mark as &work"), "W", lambda: self.decide("work"))
        self.private_action = self._action(
            self.tr("Mark as &private"), "P", lambda: self.decide("private")
        )
        self.skip_action = self._action(self.tr("&Skip"), "U", self.skip)
        self.clear_action = self._action(self.tr("&Clear decision"), "", self.clear)
        self.undo_action = self._action(self.tr("&Undo"), QKeySequence.StandardKey.Undo, self.undo)
        self.redo_action = self._action(self.tr("&Redo"), "", self.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.work_action.setToolTip(
            self.tr("Work (werk): the selected contacts were acquired for work")
        )
        self.private_action.setToolTip(self.tr("Private (privé): the selected contacts are yours"))
        self.set_session(None)

    def _action(self, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def actions(self) -> list[QAction]:
        """The decision actions in menu order."""
        return [self.work_action, self.private_action, self.skip_action, self.clear_action]

    # -- session ------------------------------------------------------------------------------
    def set_session(self, session) -> None:
        """Review ``session`` (None disables the actions); the table model shows its decisions
        (``ContactsTableModel.set_table(data, session)``)."""
        self.session = session
        for action in self.actions():
            action.setEnabled(session is not None)
        self._update_undo()
        self.changed.emit()

    def refresh(self, rows=None) -> None:
        """The session changed ``rows`` (source rows; None: it may have changed any): repaint
        them, update the undo texts and tell the window."""
        if self.session is None or self.model.table() is None:
            return
        if rows is None:
            rows = np.arange(len(self.session))
        self.model.review_changed(rows)
        self._update_undo()
        self.changed.emit()

    def _update_undo(self) -> None:
        s = self.session
        undo = s.undo_text if s is not None and s.can_undo else ""
        redo = s.redo_text if s is not None and s.can_redo else ""
        self.undo_action.setEnabled(bool(undo))
        self.redo_action.setEnabled(bool(redo))
        self.undo_action.setText(
            self.tr("&Undo {what}").format(what=undo) if undo else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo {what}").format(what=redo) if redo else self.tr("&Redo")
        )

    # -- selection helpers --------------------------------------------------------------------
    def selected_source_rows(self) -> list[int]:
        """Source rows of the selected table rows (the current row if none is selected)."""
        display = self._selected_display_rows()
        if len(display) == 0:
            current = self.view.currentIndex()
            if not current.isValid():
                return []
            display = np.array([current.row()])
        return self.model.source_rows(display).tolist()

    def _selected_display_rows(self) -> np.ndarray:
        # Selection ranges, not selectedRows(): a select-all of 30,000 rows is one range here
        # but 30,000 index objects there.
        sel = self.view.selectionModel()
        if sel is None:
            return np.zeros(0, dtype=np.int64)
        parts = [np.arange(r.top(), r.bottom() + 1) for r in sel.selection()]
        return np.unique(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.int64)

    def _last_selected_display_row(self) -> int:
        rows = self._selected_display_rows()
        if len(rows):
            return int(rows[-1])
        current = self.view.currentIndex()
        return current.row() if current.isValid() else -1

    def select_display_row(self, row: int) -> None:
        """Make ``row`` the current, only selected row and scroll to it."""
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)

    def select_source_row(self, src: int) -> bool:
        """Select the contact at input row ``src`` if the filter shows it."""
        row = self.model.display_row(src)
        if row >= 0:
            self.select_display_row(row)
        return row >= 0

    def move_next(self, after: int | None = None) -> None:
        """Go to the row after ``after`` (default: the last selected) in the current order."""
        row = self._last_selected_display_row() if after is None else after
        if row + 1 < self.model.rowCount():
            self.select_display_row(row + 1)
        elif self.model.rowCount():
            self.select_display_row(row)  # collapse a multi-selection on the last row
            self.message.emit(self.tr("End of the list: every contact in this view has been seen."))

    # -- actions ------------------------------------------------------------------------------
    def decide(self, decision: str) -> list[int]:
        """Record ``decision`` for the selected contacts and move to the next one."""
        rows = self.selected_source_rows()
        if self.session is None or not rows:
            return []
        last = self._last_selected_display_row()
        changed = self.session.decide(rows, decision)
        self.refresh(changed)
        if self.walk is not None:
            self.walk(last)
        else:
            self.move_next(last)
        return changed

    def skip(self) -> None:
        """Leave the selected contacts undecided and move on."""
        if self.walk is not None:
            self.walk(self._last_selected_display_row())
        else:
            self.move_next()

    def clear(self) -> None:
        """Return the selected contacts to undecided (one undo step)."""
        rows = self.selected_source_rows()
        if self.session is not None and rows:
            self.refresh(self.session.clear(rows))

    def set_employer(self, rows, employer: str) -> None:
        """Attribute the contacts at source ``rows`` to ``employer`` ("" = decide them private),
        one undo step."""
        if self.session is None or not len(rows):
            return
        if employer:
            self.refresh(self.session.set_employer(rows, employer))
        else:
            self.refresh(self.session.decide(rows, "private"))

    def set_category(self, rows, category: str) -> None:
        """Give the contacts at source ``rows`` ``category`` (decides them), one undo step."""
        if self.session is not None and len(rows):
            self.refresh(self.session.set_category(rows, category))

    def set_note(self, src: int, note: str) -> None:
        """Keep ``note`` with contact ``src`` (saved at once; one undo step per note typed)."""
        if self.session is not None:
            self.refresh(self.session.set_note(src, note))

    def undo(self) -> None:
        """Undo the last step and go back to the first contact it touched."""
        self._travel(self.session.undo if self.session is not None else None)

    def redo(self) -> None:
        """Redo the last undone step."""
        self._travel(self.session.redo if self.session is not None else None)

    def _travel(self, step) -> None:
        if step is None:
            return
        rows = step()
        self.refresh(rows)
        if rows:
            self.select_source_row(int(min(rows, key=self._display_order)))

    def _display_order(self, src: int) -> int:
        pos = self.model.display_row(int(src))
        return pos if pos >= 0 else 1 << 62

    def current_source_row(self) -> int:
        """The input row of the current table row, or -1."""
        index = self.view.currentIndex()
        return int(index.data(SourceRowRole)) if index.isValid() else -1
