"""Which contacts to export: all of them, the ones the view shows, or the selected ones.

Asked before the file dialog. A hand-over list (the work contacts) that still holds flagged
contacts nobody decided gets a warning: the person should not hand over guesses unknowingly.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from .fmt import Count

SCOPES = ("all", "view", "selection")


def rows_in_list(final_is_work: np.ndarray, rows: np.ndarray, which: str) -> np.ndarray:
    """The source ``rows`` that go into list ``which`` ("all", "work" or "private")."""
    rows = np.asarray(rows, dtype=np.int64)
    if which == "all":
        return rows
    return rows[final_is_work[rows] == (which == "work")]


class ExportDialog(QDialog):
    """Asks for the scope of an export; :meth:`rows` gives the source rows chosen.

    ``scopes`` maps "all"/"view"/"selection" to source rows; ``final_is_work``, ``flagged``
    and ``decision`` are per source row, to count what a list holds and warn."""

    def __init__(
        self,
        which: str,
        scopes: dict[str, np.ndarray],
        final_is_work: np.ndarray,
        flagged: np.ndarray,
        decision: np.ndarray,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.which = which
        self._scopes = scopes
        self._final, self._flagged, self._decision = final_is_work, flagged, decision
        titles = {
            "all": self.tr("Export all contacts"),
            "work": self.tr("Export work contacts (hand-over list)"),
            "private": self.tr("Export private contacts"),
        }
        self.setWindowTitle(titles[which])
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Which contacts?"), self))
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        texts = {
            "all": self.tr("All contacts ({n:,})"),
            "view": self.tr("The contacts this view shows ({n:,})"),
            "selection": self.tr("The selected contacts ({n:,})"),
        }
        for scope in SCOPES:
            n = len(self.rows_for(scope))
            button = QRadioButton(texts[scope].format(n=Count(n)), self)
            button.setEnabled(scope in scopes and (n > 0 or scope == "all"))
            self.group.addButton(button)
            self.buttons[scope] = button
            layout.addWidget(button)
            button.toggled.connect(self._update)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #9a5b00;")
        layout.addWidget(self.warning)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose file…"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        # What the person is looking at is the natural default when it is a part of the list.
        view = scopes.get("view")
        all_rows = scopes.get("all")
        partial = view is not None and all_rows is not None and len(view) < len(all_rows)
        start = "view" if partial and len(self.rows_for("view")) else "all"
        self.buttons[start].setChecked(True)
        self._update()

    def scope(self) -> str:
        """The chosen scope: "all", "view" or "selection"."""
        return next(s for s, b in self.buttons.items() if b.isChecked())

    def rows_for(self, scope: str) -> np.ndarray:
        """The source rows an export of ``scope`` writes."""
        if scope not in self._scopes:
            return np.zeros(0, dtype=np.int64)
        return rows_in_list(self._final, self._scopes[scope], self.which)

    def rows(self) -> np.ndarray:
        """The source rows to write, for the chosen scope."""
        return self.rows_for(self.scope())

    def undecided_flagged(self) -> int:
        """Flagged contacts nobody decided in the chosen hand-over list (0 for other lists)."""
        if self.which != "work":
            return 0
        rows = self.rows()
        return int((self._flagged[rows] & (self._decision[rows] == "")).sum())

    def _update(self, *_) -> None:
        if not any(b.isChecked() for b in self.buttons.values()):
            return
        n = self.undecided_flagged()
        if n == 0:
            self.warning.setText("")
        elif n == 1:
            self.warning.setText(
                self.tr(
                    "1 contact in this hand-over list is flagged as uncertain and not decided "
                    "yet. Review it first (Ctrl+R), or export it as the model guessed."
                )
            )
        else:
            self.warning.setText(
                self.tr(
                    "{n:,} contacts in this hand-over list are flagged as uncertain and not "
                    "decided yet. Review them first (Ctrl+R), or export them as the model guessed."
                ).format(n=Count(n))
            )
        self.warning.setVisible(bool(n))
