"""The banner over the table when decisions cannot be saved (the data folder is read-only or
cannot be created): the export is open, and the person knows their decisions live only in
memory until they export them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from model.messages import localized

from .fmt import Count


class UnsavedBanner(QLabel):
    """Hidden while every decision is saved; a warning line naming the reason otherwise."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("unsavedBanner")
        self.setWordWrap(True)
        self.setStyleSheet(
            "#unsavedBanner { background: #fff4ce; color: #5c4400; border: 1px solid #e0c060;"
            " border-radius: 3px; padding: 4px 8px; }"
        )
        self.setAccessibleName(self.tr("Decisions are not saved"))
        self.hide()

    def show_for(self, session) -> None:
        """Show the banner if ``session`` (a model.session.ReviewSession) keeps its decisions
        in memory only; hide it otherwise."""
        reason = localized(getattr(session, "in_memory", "") if session is not None else "")
        if not reason:
            self.hide()
            return
        self.setText(
            self.tr(
                "<b>Your decisions are not being saved</b> ({reason}). They are kept until you "
                "close this export: export them to keep them."
            ).format(reason=reason)
        )
        self.setToolTip(reason)
        self.show()


def confirm_discard(parent: QWidget, session) -> bool:
    """True when ``session``'s decisions may go: they are saved, there are none, or the person
    chose to discard them (decisions kept in memory only die with the session)."""
    reason = localized(getattr(session, "in_memory", "") if session is not None else "")
    decided = int((session.decision != "").sum()) if reason else 0
    if not decided:
        return True
    tr = lambda text: QCoreApplication.translate("UnsavedBanner", text)  # noqa: E731
    answer = QMessageBox.warning(
        parent,
        tr("Decisions not saved"),
        tr(
            "This export has decisions that are not saved ({reason}): {n:,} in all. "
            "Export them first, or discard them."
        ).format(n=Count(decided), reason=reason),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard
