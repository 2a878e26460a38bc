"""The table page: filter bar, import report, contacts table, details pane and the key legend."""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import QEvent, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QImage, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .delegates import BadgeDelegate
from .details import ContactDetails, DetailsPane
from .filter_bar import FilterBar
from .fmt import Count, counts
from .import_report import ImportReportBar
from .review import ReviewController, next_in_walk
from .screen_fit import fit_to_screen, place_below
from .table_model import COL, ContactsTableModel, FilterSpec
from .unsaved_banner import UnsavedBanner

# Column widths are set from the font, never by measuring every row (resizeColumnsToContents
# costs 0.7 s at 30,000 rows). Short columns get room for their values or title; the text
# columns share what is left of the table's width by these weights.
_FIXED_CHARS = {"connected": 11, "suggestion": 8, "confidence": 9, "category": 9, "review": 10}
_TEXT_WEIGHTS = {"name": 1.1, "company": 1.0, "position": 1.2, "employer": 0.9}
_TEXT_MIN_CHARS = 12
# The personal layer starts this long after the table's first paint (the paint that follows
# at once, Qt's delayed relayout of the new rows, goes first), or after LEARNING_AT_LATEST_MS
# when nothing paints (a window not on screen).
LEARNING_AFTER_PAINT_MS = 100
LEARNING_AT_LATEST_MS = 300


class Workspace(QWidget):
    """Everything shown once an export is open; the main window owns the menus around it."""

    countsChanged = Signal(str)
    message = Signal(str)

    def __init__(self, window):
        super().__init__(window)
        self.main = window
        self.opened = None
        self._timeline = None
        self.walk_order = None  # a priority per source row for the flagged walk (None: the view's)
        self.share: float | None = None  # how much to review (None: the model's uncertain band)

        self.filter_bar = FilterBar(self)
        self.report_bar = ImportReportBar(self)
        self.unsaved_banner = UnsavedBanner(self)  # a data folder that cannot be written
        self.model = ContactsTableModel(self)
        self.table = self._make_table()
        self.table.setAccessibleName(self.tr("Contacts"))
        self.details = DetailsPane(self)
        self.details.setAccessibleName(self.tr("Contact details"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([960, 320])
        self._fitted = False
        self.legend = QLabel(
            self.tr(
                "<b>W</b> work &nbsp;·&nbsp; <b>P</b> private &nbsp;·&nbsp; <b>U</b> skip &nbsp;·&nbsp; "
                "<b>Ctrl+Z</b> undo &nbsp;·&nbsp; <b>Ctrl+Shift+Z</b> redo &nbsp;·&nbsp; "
                "<b>Ctrl+R</b> review flagged &nbsp;·&nbsp; <b>Ctrl+F</b> search &nbsp;·&nbsp; "
                "select several rows to decide them at once"
            ),
            self,
        )
        self.legend.setObjectName("legend")
        self.legend.setWordWrap(True)  # a narrow window wraps it rather than grows
        self.legend.setStyleSheet("#legend { color: palette(dark); padding: 2px 4px; }")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 2)
        layout.addWidget(self.unsaved_banner)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.report_bar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.legend)

        self.review = ReviewController(self.table, self.model, self)
        self.review.changed.connect(self._review_changed)
        self.review.message.connect(self.message)
        self.flagged_action = QAction(self.tr("Review &flagged"), self)
        self.flagged_action.setShortcut(QKeySequence("Ctrl+R"))
        self.flagged_action.setToolTip(
            self.tr(
                "Walk through the contacts the model is unsure about: each press goes to the "
                "next one still undecided"
            )
        )
        self.flagged_action.triggered.connect(self.review_flagged)
        self.find_action = QAction(self.tr("&Find…"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._focus_search)
        from .personal import PersonalLearning

        self.personal = PersonalLearning(self)  # learns from each decision (model.learning)
        self.clear_filters_action = QAction(self.tr("&Clear filters"), self)
        self.clear_filters_action.triggered.connect(lambda: self.filter_bar.reset())
        # The review actions also make the table's context menu (and are in the Review menu).
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions(self.review.actions())

        self.filter_bar.changed.connect(self.apply_filter)
        self.filter_bar.finished.connect(self.table.setFocus)
        self.details.employerChosen.connect(
            lambda employer: self.review.set_employer(self.review.selected_source_rows(), employer)
        )
        self.details.categoryChosen.connect(
            lambda category: self.review.set_category(self.review.selected_source_rows(), category)
        )
        self.details.noteEdited.connect(self.review.set_note)
        self.details.noteDone.connect(self.table.setFocus)  # Enter or Escape
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # A sort or filter resets the model: keep the contact the person was on.
        self._kept_row = -1
        self._showing_several = False  # the details pane shows "N selected"
        self.model.modelAboutToBeReset.connect(self._keep_current)
        self.model.modelReset.connect(self._restore_current)
        # The personal layer's first job waits for the table's first paints: started at
        # once, the worker would contend for the GIL with their calls into the model.
        self._learning_for = None  # the export whose personal layer is still to start
        self._learning_painted = False  # its table has been painted
        self._learning_timer = QTimer(self)
        self._learning_timer.setSingleShot(True)
        self._learning_timer.timeout.connect(self._start_learning)
        self.table.viewport().installEventFilter(self)
        _prime_pyside()

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        # rows are chosen with the arrows; Tab goes on to the details (employer, category,
        # note) rather than from cell to cell, which kept the keyboard in the table for good
        table.setTabKeyNavigation(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vheader = table.verticalHeader()
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # ResizeToContents: 19 s
        vheader.setDefaultSectionSize(table.fontMetrics().height() + 8)
        vheader.hide()
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # input order until asked
        table.setItemDelegateForColumn(COL["suggestion"], BadgeDelegate(table))
        table.setSortingEnabled(True)
        return table

    def keep_column_widths(self) -> None:
        """The person's own column widths were restored: do not fit the columns again."""
        self._fitted = True

    def fit_columns(self) -> None:
        """Size the columns to the table's current width (once, when the first export shows)."""
        header = self.table.horizontalHeader()
        char = self.table.fontMetrics().averageCharWidth()
        head = header.fontMetrics()
        used = 0
        for name, chars in _FIXED_CHARS.items():
            title = str(self.model.headerData(COL[name], Qt.Orientation.Horizontal))
            width = max(chars * char + 16, head.horizontalAdvance(title) + 18)
            header.resizeSection(COL[name], width)
            used += width
        free = self.table.viewport().width() - used - 2
        total = sum(_TEXT_WEIGHTS.values())
        for name, weight in _TEXT_WEIGHTS.items():
            header.resizeSection(COL[name], max(int(free * weight / total), _TEXT_MIN_CHARS * char))

    # -- showing an export --------------------------------------------------------------------
    def show_opened(self, opened) -> None:
        """Show a freshly read and classified export (``desktop.jobs.Opened``)."""
        self.opened = opened
        career = opened.career()  # the person's own, else the one inferred from the network
        # Another person's export: the last one's search and employer mean nothing here.
        self.review.walk = None
        self.filter_bar.reset(emit=False)
        self.model.set_filter_silently(self.filter_bar.spec())
        self._flag_share(opened)
        self.model.set_table(opened.table, opened.session)
        self.details.set_career(career)
        self.filter_bar.set_employers(self.model.employers())
        self.review.set_session(opened.session)
        self.unsaved_banner.show_for(opened.session)
        self.report_bar.show_report(opened.export, opened.path.name)
        notes = self.reopen_notes(opened) + self.inferred_note(opened)
        if notes:
            self.report_bar.text.setText(" ".join([self.report_bar.summary(), *notes]))
        if self._timeline is not None:
            self._fill_timeline()
        self.review.select_display_row(0)
        self.table.setFocus()
        self._update_counts()
        self.personal.leave()  # the last export's layer no longer acts; start() follows
        self._learning_for = opened
        self._learning_painted = False
        self._learning_timer.start(LEARNING_AT_LATEST_MS)

    def eventFilter(self, watched, event) -> bool:
        if (
            self._learning_for is not None
            and not self._learning_painted
            and event.type() == QEvent.Type.Paint
            and watched is self.table.viewport()
        ):
            self._learning_painted = True
            self._learning_timer.start(LEARNING_AFTER_PAINT_MS)
        return False

    def _start_learning(self) -> None:
        """Start the personal layer of the export just shown (once its table is painted)."""
        if self._learning_for is not None and self.main.runner.is_running("data"):
            # Another export is being read (or this one classified again): wait for it, the
            # worker would do this first; if that open fails, this export's layer starts.
            self._learning_timer.start(LEARNING_AT_LATEST_MS)
            return
        self._learning_timer.stop()
        opened, self._learning_for = self._learning_for, None
        if opened is not None and opened is self.opened:  # not replaced in the meantime
            self.personal.start(opened)

    def reopen_notes(self, opened) -> list[str]:
        """Sentences on what an earlier review gave back (decisions, career, client list)."""
        report = opened.session.reopen_report
        notes = []
        if report.damaged is not None:  # set aside, never deleted: someone may recover it
            notes.append(
                self.tr(
                    "Your earlier review of this export was damaged and could not be read: it "
                    "is kept as {name} in your data folder, and this review starts over."
                ).format(name=report.damaged.name)
            )
        if report.newer_note is not None:  # a newer version's review: only read, said once
            notes.append(report.newer_note.text())
        carried, restored, unmatched = report.carried, report.restored, report.unmatched
        # One sentence per number, singular or plural (English and Dutch both have two forms).
        if carried:
            notes.append(
                self.tr("Carried 1 decision over from your earlier export.")
                if carried == 1
                else self.tr("Carried {n:,} decisions over from your earlier export.").format(
                    n=Count(carried)
                )
            )
        elif restored:
            notes.append(
                self.tr("Restored 1 earlier decision.")
                if restored == 1
                else self.tr("Restored {n:,} earlier decisions.").format(n=Count(restored))
            )
        if unmatched:
            notes.append(
                self.tr("1 earlier decision no longer matches a contact.")
                if unmatched == 1
                else self.tr("{n:,} earlier decisions no longer match a contact.").format(
                    n=Count(unmatched)
                )
            )
        updates = opened.session.career_updates if opened.context_restored else []
        if updates:  # a newer export of the same person knew more than the person's edit
            notes.append(
                self.tr(
                    "Your edited career and client list are back, updated with {companies} "
                    "from this newer export."
                ).format(companies=", ".join(dict.fromkeys(p.company for p in updates)))
            )
        elif opened.context_restored:
            notes.append(self.tr("Your edited career and client list are back."))
        return notes

    def inferred_note(self, opened) -> list[str]:
        """A sentence on the career read from the network, while it is in use."""
        guessed = opened.career()
        in_use = opened.suggestion is not None and not opened.export.positions
        if not in_use or opened.declined or not guessed.employers_found():
            return []
        return [
            self.tr(
                "Suggestions use a career read from your network instead "
                "(probably at {company}): check it under Career ▸ Edit career and clients…"
            ).format(company=", ".join(p.company for p in guessed.employers_found()))
        ]

    def showEvent(self, event) -> None:
        # Size the columns before the first paint, to the width the page really has.
        if not self._fitted:
            self._fitted = True
            self.layout().activate()
            self.fit_columns()
        super().showEvent(event)

    def reclassify(self, career, clients: list, remember: bool = True) -> None:
        """Classify again for an edited career/client list (``remember``: keep them with the
        session; False when only the language of the reasons changed); the table updates in
        place."""
        from . import jobs

        if self.opened is None:
            return
        self.opened.set_career(career)  # the person's own, or their choice on the inferred one
        self.opened.clients = list(clients)
        if remember:
            self.opened.session.set_context(career, clients)  # comes back with the session
        current = self.review.current_source_row()
        done = (
            self.tr("Classified again with the edited career.")
            if remember
            else self.tr("The reasons are now in the new language.")
        )
        self.main.runner.run(
            jobs.reclassify,
            self.opened.export.contacts,
            career,
            list(clients),
            label=self.tr("Classifying again"),
            on_done=lambda result: self._reclassified(*result, current, done),
            on_error=lambda exc: self.main.show_error(exc, "reclassifying"),
        )

    def _reclassified(self, results: pd.DataFrame, table, current: int, done: str) -> None:
        self.opened.results = results
        self.opened.table = table
        self.opened.band = None  # the new results bring the model's new flags
        self._flag_share(self.opened)
        self.opened.session.update_results(self.opened.results, self.opened.export.career)
        self.model.set_table(table, self.opened.session)
        self.details.set_career(self.opened.career())
        self.filter_bar.set_employers(self.model.employers())
        self.review.refresh()
        if not self.review.select_source_row(current):
            self.review.select_display_row(0)
        if self._timeline is not None:
            self._fill_timeline()
        self.message.emit(done)
        # learn on top of the new results; a first pass still waiting (classified again right
        # after the open) is this one
        self._learning_timer.stop()
        self._learning_for = None
        self.personal.start(self.opened)

    # -- how much to review -------------------------------------------------------------------
    def set_share(self, share: float | None) -> None:
        """Flag the ``share`` most uncertain contacts for review (None: the model's band)."""
        self.share = share
        opened = self.opened
        if opened is None:
            return
        self._flag_share(opened)
        opened.session.update_results(opened.results)
        self.model.set_table(opened.table, opened.session)
        self._update_counts()
        flagged = int(opened.table.flagged.sum())
        self.message.emit(
            self.tr("1 contact is flagged for review.")
            if flagged == 1
            else self.tr("{n:,} contacts are flagged for review.").format(n=Count(flagged))
        )

    def _flag_share(self, opened) -> None:
        from model.flagging import with_share

        if opened.band is None:
            opened.band = opened.results["flagged"].copy()
        opened.results = with_share(opened.results, self.share, opened.band)
        opened.table.flagged = opened.results["flagged"].to_numpy(dtype=bool)

    # -- filtering and review -----------------------------------------------------------------
    def apply_filter(self, spec: FilterSpec) -> None:
        """Filter the table; the selected contact stays selected if it is still shown."""
        self._walk_ends(spec)
        self.model.set_filter(spec)
        self._update_counts()

    def _keep_current(self) -> None:
        self._kept_row = self.review.current_source_row()

    def _restore_current(self) -> None:
        if self._kept_row < 0 or not self.review.select_source_row(self._kept_row):
            self.review.select_display_row(0)
        self._kept_row = -1
        if not self.table.currentIndex().isValid():
            # Nothing shown (a search that matches no one): a reset moves no current row, so
            # no signal would take the hidden contact out of the details pane.
            self._show_details(-1)

    def review_flagged(self) -> None:
        """Ctrl+R: walk the flagged contacts. Shows only them and goes to the next one still
        undecided (from the current one, wrapping round); W and P then move along the walk.
        Pressing it again never leaves the walk: it goes on to the next one."""
        starting = self.review.walk is None
        if not self.filter_bar.flagged.isChecked():
            self.filter_bar.set_flagged_only(True)
        self.review.walk = self._walk_on
        after = self.table.currentIndex().row() if self.table.currentIndex().isValid() else -1
        # Starting, the contact under the cursor counts if it is still to do; then each press
        # goes on to the next one.
        self._walk_on(after, starting=starting)
        self.table.setFocus()

    def _walk_on(self, after: int, starting: bool = False) -> None:
        if self.opened is None:
            return
        data = self.model.table()
        pending = data.flagged & (self.model.decision() == "")
        left = int(pending.sum())
        shown = self.model.shown_source_rows()
        if starting:  # the contact under the cursor counts if it is still to do
            row = next_in_walk(shown, pending, after - 1, self.walk_order)
        else:  # moving on: never the same contact again while others are left
            row = next_in_walk(shown, pending, after, self.walk_order, skip=after)
        if row < 0:
            self.message.emit(self.tr("All flagged contacts are decided."))
            self.review.move_next(after)
            return
        self.review.select_display_row(row)
        self.message.emit(
            self.tr("Reviewing flagged contacts: 1 left. W work, P private, U skip.")
            if left == 1
            else self.tr(
                "Reviewing flagged contacts: {n:,} left. W work, P private, U skip."
            ).format(n=Count(left))
        )

    def _walk_ends(self, spec: FilterSpec) -> None:
        if not spec.flagged_only:
            self.review.walk = None

    def _focus_search(self) -> None:
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()

    def edit_actions(self) -> list[QAction]:
        """Actions for the Edit menu besides undo/redo."""
        return [self.find_action, self.clear_filters_action]

    def _review_changed(self) -> None:
        self._update_counts()
        session = self.review.session
        if session is not None and session.in_memory and not self.unsaved_banner.isVisibleTo(self):
            self.unsaved_banner.show_for(session)  # the disk filled up or went away just now
        if self._timeline is not None and self._timeline.isVisible():
            self._fill_timeline()  # the bars follow the decisions
        self._show_details(self.review.current_source_row())

    def _current_changed(self, current, _previous) -> None:
        self._show_details(self.model.source_row(current.row()) if current.isValid() else -1)

    def _selection_changed(self, *_) -> None:
        # One row: currentRowChanged shows it (no second history query per key press).
        several = len(self.review.selected_source_rows()) > 1
        if several or self._showing_several:
            self._show_details(self.review.current_source_row())

    def _show_details(self, src: int) -> None:
        data, opened = self.model.table(), self.opened
        rows = self.review.selected_source_rows() if opened is not None else []
        self._showing_several = len(rows) > 1 and data is not None
        if self._showing_several:
            session = opened.session
            self.details.show_selection(
                len(rows),
                {str(e) for e in session.employer[rows]},
                {str(c) for c in session.category[rows]},
            )
            return
        if src < 0 or data is None or opened is None:
            self.details.show_contact(
                None, none_shown=data is not None and not self.model.rowCount()
            )
            return
        session = opened.session
        when = data.connected_on[src]
        self.details.show_contact(
            ContactDetails(
                row=src,
                name=data.display["name"][src],
                company=data.display["company"][src],
                position=data.display["position"][src],
                connected_on=None if np.isnat(when) else pd.Timestamp(when).date(),
                suggestion="work" if data.is_work[src] else "private",
                p_work=float(data.p_work[src]),
                flagged=bool(data.flagged[src]),
                employer=str(session.employer[src]),
                category=str(session.category[src]),
                reasons=tuple(data.reasons[src] or ()),
                decision=str(session.decision[src]),
                note=str(session.note[src]),
                state=str(session.states()[src]),
                history=session.history(src),
                duplicate=self._is_duplicate(src),
            )
        )
        if self._timeline is not None:
            self._timeline.set_marker(None if np.isnat(when) else pd.Timestamp(when).date())

    def _is_duplicate(self, src: int) -> bool:
        contacts = self.opened.export.contacts if self.opened is not None else None
        if contacts is None or "duplicate" not in contacts:
            return False
        return bool(contacts["duplicate"].iat[src])

    def _update_counts(self) -> None:
        c = counts(self.model.counts())
        text = (
            self.tr(
                "1 contact · {work:,} work · {private:,} private · {flagged:,} flagged · {decided:,} decided"
            )
            if c["contacts"] == 1
            else self.tr(
                "{contacts:,} contacts · {work:,} work · {private:,} private · {flagged:,} flagged · {decided:,} decided"
            )
        ).format(**c)
        if c["shown"] != c["contacts"]:
            text = self.tr("showing {shown:,} of ").format(**c) + text
        self.countsChanged.emit(text)

    # -- timeline -----------------------------------------------------------------------------
    def show_timeline(self) -> None:
        """A window with connections per month over the career (the timeline chart)."""
        if self._timeline is None:
            try:
                from .timeline import TimelineChart
            except ImportError:
                return
            chart = TimelineChart(self.main)
            chart.setWindowFlag(Qt.WindowType.Tool)
            chart.setWindowTitle(self.tr("Connections over time"))
            chart.resize(900, 320)
            chart.monthClicked.connect(lambda y, m: self.filter_bar.set_month((y, m)))
            self._timeline = chart
        self._fill_timeline()
        placing = not self._timeline.isVisible()
        if placing:
            place_below(self._timeline, self.main)
        self._timeline.show()
        self._timeline.raise_()
        if placing:  # once shown its frame is known: fit that too
            chart = self._timeline
            QTimer.singleShot(0, lambda: fit_to_screen(chart))

    def _fill_timeline(self) -> None:
        final = np.where(self.model.final_is_work(), "work", "private")
        self._timeline.set_data(self.opened.table.connected_on, final, self.opened.career())

    def close_windows(self) -> None:
        """Close the windows this page opened (the main window is closing); the personal
        layer of the export shown no longer starts."""
        self._learning_timer.stop()
        self._learning_for = None
        self.report_bar.close_details()
        if self._timeline is not None:
            self._timeline.close()


def _prime_pyside() -> None:
    """Make now, while the page is built, what PySide makes on first use: its Python enum
    classes. The first ``viewport()`` call made ~70 of QtWidgets' (25 ms; ``__init__`` has
    made the call) and the career strip's first ``QPainter.fillRect`` with a colour made
    QGradient's and others (10 ms): both were in the first open's stall."""
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    painter.fillRect(QRectF(0, 0, 1, 1), QColor("white"))
    painter.end()
