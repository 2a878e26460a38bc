"""The banner over the table when decisions cannot be saved (the data folder is read-only or
cannot be created): the export is open, and the person knows their decisions live only in
memory until they export them."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


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
        reason = getattr(session, "in_memory", "") if session is not None else ""
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
