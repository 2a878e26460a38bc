"""The HR queue as a table model: a thin adapter over the review's arrays, in queue order."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from model import messages
from model.hr.reasons import reasons_in

from ..table_model import confidence_texts, shown_probability

ATTENTION, NAME, COMPANY, TITLE, SUGGESTION, PERSON, HR = range(7)


class HrTableModel(QAbstractTableModel):
    """Rows of a :class:`model.hr.review.HrReview` in its queue order (flagged and disputed
    first); :meth:`review_row` maps a table row back to the review's row."""

    def __init__(self, review, parent=None, *, language: str | None = None):
        super().__init__(parent)
        self.review = review
        t = review.contacts
        self._all = review.queue()
        self._attention = review.needs_attention()
        self._flagged = t["flagged"].to_numpy(dtype=bool)
        self._name = (t["first_name"] + " " + t["last_name"]).str.strip().tolist()
        self._company = t["company"].tolist()
        self._title = t["position"].tolist()
        # how sure the suggestion shown is, worded as the main window's Confidence column:
        # p_work beside a private suggestion would read as the chance that it is private
        sure = confidence_texts(t["suggestion"] == "work", t["p_work"], self._flagged)
        self._suggestion = [
            f"{self._outcome(s, e)} · {c}"
            for s, e, c in zip(t["suggestion"], t["employer"], sure, strict=True)
        ]
        self._p_work = t["p_work"].to_numpy(dtype=float)
        self._person = [
            self._outcome(d, e) if d else self.tr("not decided")
            for d, e in zip(t["decision"], t["decided_employer"], strict=True)
        ]
        # the reasons in the window's language, whatever the person's was (model.hr.reasons)
        language = language or messages.current_language()
        self._reasons = ["\n".join(reasons_in(r, language)) for r in t["reasons"]]
        self.order = self._all
        self._headers = [
            "",
            self.tr("Name"),
            self.tr("Company"),
            self.tr("Title"),
            self.tr("Suggestion"),
            self.tr("Person"),
            self.tr("HR"),
        ]

    def _outcome(self, decision: str, employer: str) -> str:
        if decision == "work":
            return (
                self.tr("work: {employer}").format(employer=employer)
                if employer
                else self.tr("work")
            )
        if decision == "private":
            return self.tr("private")
        if decision == "agree":
            return self.tr("agrees")
        return ""

    def set_attention_only(self, only: bool) -> None:
        """Show only flagged and disputed contacts (True) or every contact (False)."""
        self.beginResetModel()
        self.order = self._all[self._attention[self._all]] if only else self._all
        self.endResetModel()

    def review_row(self, table_row: int) -> int:
        """The review's row shown at ``table_row``."""
        return int(self.order[table_row])

    def table_row(self, review_row: int) -> int:
        """Where the review's row is shown, or -1 when filtered out."""
        hits = np.flatnonzero(self.order == review_row)
        return int(hits[0]) if len(hits) else -1

    def refresh_rows(self, review_rows) -> None:
        """Repaint the HR column of rows whose decision changed."""
        for r in review_rows:
            row = self.table_row(int(r))
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, HR))

    # -- Qt -----------------------------------------------------------------------------------
    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.order)

    def columnCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and section == SUGGESTION
        ):
            return self.tr(
                "The application's suggestion and how sure it is (uncertain: flagged for "
                "review, or less likely than not); a cell's tooltip gives p(work) and the reasons"
            )
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, col = int(self.order[index.row()]), index.column()
        review = self.review
        if role == Qt.ItemDataRole.DisplayRole:
            if col == ATTENTION:
                return "⚑" if self._flagged[r] else ("≠" if self._attention[r] else "")
            if col == HR:
                decision = review.hr_decision[r]
                return self._outcome(decision, review.hr_employer[r]) or "—"
            return (
                self._name,
                self._company,
                self._title,
                self._suggestion,
                self._person,
            )[col - 1][r]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == ATTENTION:
                if self._flagged[r]:
                    return self.tr("Flagged: the suggestion is uncertain")
                if self._attention[r]:
                    return self.tr("The person decided otherwise than the suggestion")
            if col == SUGGESTION:  # p(work) as the main window's tooltip gives it
                head = QCoreApplication.translate("ContactsTableModel", "p(work) = {p:.2f}")
                head = head.format(p=shown_probability(self._p_work[r]))
                return "\n".join(filter(None, [head, self._reasons[r]]))
            if col == HR and review.hr_note[r]:
                return review.hr_note[r]
        if role == Qt.ItemDataRole.FontRole and col == HR and review.hr_decision[r]:
            font = QFont()
            font.setBold(review.hr_decision[r] != "agree")
            return font
        if role == Qt.ItemDataRole.ForegroundRole and col == ATTENTION:
            return QColor("#b45309")
        return None
