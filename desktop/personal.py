"""The personal layer in the app: every decision makes the remaining suggestions better.

After each decision (or undo, redo) :class:`PersonalLearning` refits :mod:`model.learning` on
the task runner's worker, off the GUI thread, and swaps the new suggestions in: decided
contacts never change, undecided ones may, and the status bar says how many did, with a filter
to see them. It also gives "Review flagged" (Ctrl+R) its "most useful next" order, applies one decision
to every undecided contact at the same company as one undo step, and can forget what it
learned (reset). The layer is saved beside the session's journal as plain arrays.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction

# The decisions of a quick W-W-W burst are learned in one refit, not three.
REFIT_DELAY_MS = 120


@dataclass
class Prepared:
    """What a session needs once: the personal-layer inputs and what was saved of the layer."""

    inputs: Any  # model.learning.PersonalInputs
    forgotten: np.ndarray  # rows whose decisions a reset told the layer to forget
    decisions: np.ndarray  # the decisions when it was prepared
    order: np.ndarray  # the review order of the shipped model's suggestions
    newer: bool = False  # the saved layer is a newer version's: learn nothing, write nothing


@dataclass
class Refit:
    """One refit's outcome, computed on the worker: everything the GUI thread then only
    swaps in (the new results, their table and the session's rows)."""

    decisions: np.ndarray  # "<U7": the decisions it was fitted on (to spot newer ones)
    results: Any  # pd.DataFrame: decided rows as shown, undecided ones re-suggested, flagged
    # as the person's "how much to review" share says
    band: Any  # pd.Series: the flags of the personal suggestions' own uncertain band
    share: float | None  # the share the flags were set for (None: the band)
    table: Any  # desktop.table_data.TableData for those results
    rows: Any  # model.session.SuggestedRows: the session's new suggestions, ready to apply
    changed: np.ndarray  # source rows whose suggestion differs from what was shown
    differs: np.ndarray  # undecided source rows whose suggestion differs from the model's own
    moved: np.ndarray  # source rows whose suggestion, employer or category differs
    order: np.ndarray  # review order, 0 for decided rows
    layer: Any  # the fitted model.learning.PersonalLayer
    save_error: str = ""  # why the layer could not be saved, "" if it was
    newer: bool = False  # not saved: a newer version of the app saved its own meanwhile


def prepare(
    contacts, results, career, sidecar, decisions, threshold, *, progress=None, cancel=None
) -> Prepared:
    """Compute the personal-layer inputs of an opened export, read its saved layer and rank
    the undecided contacts of the shipped model's suggestions (``threshold``: the model's)."""
    from model.learning import personal_inputs, review_order
    from model.learning.store import load_layer

    inputs = personal_inputs(contacts, results, career)
    saved = load_layer(sidecar, inputs.names)
    forgotten = saved.forgotten[(saved.forgotten >= 0) & (saved.forgotten < len(inputs))]
    p_work = results["p_work"].to_numpy(dtype=np.float64)
    order = review_order(p_work, inputs, np.asarray(decisions) != "", threshold)
    return Prepared(inputs, forgotten, decisions, order, saved.newer)


def refit(
    contacts,
    base,
    shown,
    inputs,
    decisions: np.ndarray,
    forgotten: np.ndarray,
    flag_band,
    threshold: float,
    sidecar=None,
    *,
    session=None,
    share: float | None = None,
    previous=None,
    progress=None,
    cancel=None,
) -> Refit:
    """Fit the personal layer on ``decisions`` (except the ``forgotten`` rows), save it to
    ``sidecar`` (if given) and build the table of the new suggestions; rows decided keep the
    results ``shown`` now. ``flag_band`` and ``threshold``: the model's; ``share``: how much
    the person reviews (model.flagging); ``session``: the ReviewSession whose new rows are
    prepared (:meth:`~model.session.ReviewSession.prepare_rows`, which reads no decision);
    ``previous``: the table shown, whose contact columns are reused."""
    from model.flagging import with_share
    from model.learning import personalize
    from model.learning.store import NewerLayerError, save_layer
    from model.progress import checkpoint

    from .table_data import build_table_data

    learn = np.ones(len(decisions), dtype=bool)
    learn[forgotten] = False
    out = personalize(
        base, inputs, decisions, threshold=threshold, learn_from=learn, flag_band=flag_band
    )
    checkpoint(None, cancel, 0.5)
    decided = decisions != ""
    results = out.results
    if decided.any():  # what the person decided on stays exactly as they saw it
        results = results.copy()
        shown = shown.reset_index(drop=True)
        for column in results.columns:
            if column == "reasons":  # tuples: pandas would try to spread them
                values = results[column].to_numpy(dtype=object).copy()
                values[decided] = shown[column].to_numpy(dtype=object)[decided]
                results[column] = values
            else:
                results[column] = results[column].mask(decided, shown[column])
    shown = shown.reset_index(drop=True)
    changed = np.flatnonzero(
        (results["suggestion"].to_numpy() != shown["suggestion"].to_numpy()) & ~decided
    )
    own = base.reset_index(drop=True)["suggestion"].to_numpy()
    differs = np.flatnonzero((results["suggestion"].to_numpy() != own) & ~decided)
    moved = np.zeros(len(decisions), dtype=bool)
    for column in ("suggestion", "employer", "category"):
        moved |= results[column].to_numpy(dtype=object) != shown[column].to_numpy(dtype=object)
    band = results["flagged"].copy()  # the personal suggestions bring their own band
    results = with_share(results, share, band)
    moved_rows = np.flatnonzero(moved)
    rows = session.prepare_rows(results, moved_rows) if session is not None else None
    # a deep copy: the table model edits its display arrays in place (decided employers), and
    # those must not leak into the results the next refit keeps for decided rows
    table = build_table_data(contacts, results.copy(deep=True), previous=previous)
    problem, newer = "", False
    if sidecar is not None:
        try:
            save_layer(sidecar, out.layer, inputs.names, forgotten)
        except OSError as exc:  # the decisions are safe in the journal; the app says so
            from model.errors import os_reason

            problem = os_reason(exc).text()  # in the interface language
        except NewerLayerError:  # a newer version saved its own meanwhile: left as it was
            from model.messages import Message

            problem, newer = Message("learning.newer_kept").text(), True
    return Refit(
        np.asarray(decisions, dtype="<U7"),
        results,
        band,
        share,
        table,
        rows,
        changed,
        differs,
        moved_rows,
        out.review_order,
        out.layer,
        problem,
        newer,
    )


def _same(decisions, other) -> bool:
    """Whether two per-row decision arrays agree (compared as fixed-width text: fast; the
    session's and a refit's already are)."""
    return np.array_equal(np.asarray(decisions, dtype="<U7"), np.asarray(other, dtype="<U7"))


class PersonalLearning(QObject):
    """Refits the personal layer after each decision; see the module docstring.

    ``learned(int)`` fires after a refit was shown, with the number of suggestions it changed.
    """

    learned = Signal(int)

    def __init__(self, workspace):
        super().__init__(workspace)
        self.workspace = workspace
        self.opened = None
        self.inputs = None
        self.base = None  # the shipped model's results for the opened export
        self.forgotten = np.zeros(0, dtype=np.int64)
        self.changed_rows = np.zeros(0, dtype=np.int64)
        self.order = None
        self.layer = None
        self.newer = False  # the export's saved layer is a newer version's: nothing is learned
        self._fitted = None  # the decisions the shown suggestions were learned from
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFIT_DELAY_MS)
        self._timer.timeout.connect(self._refit)

        self.show_changed_action = QAction(
            self.tr("Show suggestions changed by &my decisions"), self
        )
        self.show_changed_action.triggered.connect(self.show_changed)
        self.company_action = QAction(self.tr("&Apply to all undecided at this company"), self)
        self.company_action.setShortcut("Ctrl+Shift+A")
        self.company_action.triggered.connect(self.apply_to_company)
        self.reset_action = QAction(self.tr("For&get what the suggestions learned from me"), self)
        self.reset_action.setToolTip(
            self.tr("Suggestions return to the shipped model's; your decisions stay")
        )
        self.reset_action.triggered.connect(self.reset)
        for action in self.actions():
            action.setEnabled(False)

        review = workspace.review
        review.changed.connect(self._decisions_changed)
        workspace.table.addAction(self.company_action)
        workspace.table.selectionModel().currentRowChanged.connect(self._update_company_action)

    def actions(self) -> list[QAction]:
        """The actions for the Review menu."""
        return [self.company_action, self.show_changed_action, self.reset_action]

    @property
    def runner(self):
        return self.workspace.main.runner

    # -- opening ------------------------------------------------------------------------------
    def leave(self, opened=None) -> None:
        """Let go of the last export (another is shown; :meth:`start` follows for it, with
        ``opened``): nothing learned for the last one (walk order, company action, reset)
        acts on the new one meanwhile."""
        self.opened = opened
        self.base = opened.results if opened is not None else None
        self.inputs = None
        self.order = None
        self.workspace.walk_order = None
        self._fitted = None
        self.newer = False
        self.changed_rows = np.zeros(0, dtype=np.int64)
        for action in self.actions():
            action.setEnabled(False)

    def start(self, opened) -> None:
        """Learn for a freshly opened export (its decisions, if any, are learned at once)."""
        from model.learning.store import sidecar_path

        from .jobs import get_model

        self.leave(opened)
        self.runner.run(
            prepare,
            opened.export.contacts,
            opened.results,
            opened.career(),  # the person's own, else the one inferred from the network
            sidecar_path(opened.session.journal_path),
            np.asarray(opened.session.decision, dtype="<U7").copy(),
            get_model().threshold,
            kind="personal",
            on_done=lambda prepared, o=opened: self._prepared(o, prepared),
            on_error=lambda exc: self.workspace.main.show_error(exc, "learning"),
        )

    def _prepared(self, opened, prepared: Prepared) -> None:
        if opened is not self.opened or not self._current(opened):
            return
        self.inputs = prepared.inputs
        self.forgotten = prepared.forgotten
        self.newer = prepared.newer
        if self.newer:  # never write over what a newer version learned: learn nothing here
            from model.messages import Message

            self.workspace.message.emit(Message("learning.newer").text())
        else:
            self.reset_action.setEnabled(True)
        learnable = np.asarray(prepared.decisions) != ""
        learnable[self.forgotten] = False
        if not self.newer and (
            learnable.any() or not _same(opened.session.decision, prepared.decisions)
        ):
            self._refit(announce=False)  # earlier decisions (a resumed review) teach at once
            return
        # nothing to learn yet: the shipped model's suggestions stand, only ranked
        self._fitted = prepared.decisions
        self.order = prepared.order
        self.workspace.walk_order = np.where(
            prepared.order > 0, prepared.order, np.iinfo(np.int64).max
        )
        self.learned.emit(0)

    # -- refitting ----------------------------------------------------------------------------
    def _decisions_changed(self) -> None:
        if self.inputs is None or not self._current(self.opened):
            return
        self._update_company_action()
        if self.newer:
            return
        if self._fitted is None or not _same(self.opened.session.decision, self._fitted):
            self._timer.start()

    def _current(self, opened) -> bool:
        """True while ``opened`` is still the window's export (not closed or replaced)."""
        return opened is not None and self.workspace.main.opened is opened

    def _refit(self, announce: bool = True) -> None:
        if self.inputs is None or self.newer or not self._current(self.opened):
            return
        from model.learning.store import sidecar_path

        from .jobs import get_model

        decisions = np.asarray(self.opened.session.decision, dtype=object).copy()
        model = get_model()
        self.runner.run(
            refit,
            self.opened.export.contacts,
            self.base,
            self.opened.results,
            self.inputs,
            decisions,
            self.forgotten,
            model.flag_band,
            model.threshold,
            sidecar_path(self.opened.session.journal_path),
            session=self.opened.session,
            share=self.workspace.share,
            previous=self.opened.table,
            kind="personal",
            on_done=lambda result, o=self.opened: self._apply(o, result, announce),
            on_error=lambda exc: self.workspace.main.show_error(exc, "learning"),
        )

    def _apply(self, opened, result: Refit, announce: bool) -> None:
        if opened is not self.opened or not self._current(opened):
            return
        if not _same(opened.session.decision, result.decisions):
            self._timer.start()  # a decision came in meanwhile: learn it too, show that
            return
        ws = self.workspace
        self._fitted = result.decisions
        # Everything was worked out on the worker; here it is only swapped in.
        opened.results, opened.band, opened.table = result.results, result.band, result.table
        if result.share == ws.share and result.rows is not None:
            opened.session.apply_rows(result.rows)  # only the rows whose suggestion moved
        else:  # "how much to review" changed during the refit: flag its share instead
            ws._flag_share(opened)
            opened.session.update_results(opened.results)
        ws.model.update_data(opened.table)  # keeps filter, sort and cursor
        ws.review.refresh(np.zeros(0, dtype=np.int64))  # the model was reset: no row signals
        self.order = result.order
        # Review flagged (Ctrl+R) walks the contacts most useful to decide next first
        ws.walk_order = np.where(result.order > 0, result.order, np.iinfo(np.int64).max)
        self.layer = result.layer
        # every suggestion the decisions so far changed, not only this refit's (qa7)
        self.changed_rows = result.differs
        self.show_changed_action.setEnabled(len(self.changed_rows) > 0)
        if result.newer:  # from now on as if opened so: learn and write nothing more
            self.newer = True
            self.reset_action.setEnabled(False)
        if result.save_error:
            ws.message.emit(
                self.tr("Could not save what was learned: {problem}").format(
                    problem=result.save_error
                )
            )
        if announce and len(result.changed) and not (result.decisions != "").any():
            # every decision undone: nothing was learned, the suggestions went back
            ws.message.emit(
                self.tr("No decisions left to learn from: the suggestions are the model's again.")
            )
        elif announce and len(result.changed):
            n = len(result.changed)
            ws.message.emit(
                self._plural(
                    "Learned from your decisions: %n suggestion changed (Review ▸ Show…)",
                    "Learned from your decisions: %n suggestions changed (Review ▸ Show…)",
                    n,
                )
            )
        self.learned.emit(len(result.changed))

    # -- what the person can do -----------------------------------------------------------------
    def show_changed(self) -> None:
        """Filter the table to the undecided contacts whose suggestion differs from the
        shipped model's own: every change the person's decisions made so far."""
        if len(self.changed_rows):
            n = len(self.changed_rows)
            self.workspace.filter_bar.set_rows(
                self.changed_rows, self.tr("%n changed by your decisions", "", n)
            )

    def reset(self) -> None:
        """Forget what was learned: suggestions return to the shipped model's for undecided
        contacts; decisions stay, and later ones teach afresh."""
        if self.opened is None or self.inputs is None:
            return
        decided = np.flatnonzero(np.asarray(self.opened.session.decision) != "")
        self.forgotten = np.union1d(self.forgotten, decided).astype(np.int64)
        self._timer.stop()
        self._refit(announce=False)
        self.workspace.message.emit(
            self.tr("Suggestions are the shipped model's again; your decisions are kept.")
        )

    def company_rows(self, src: int) -> np.ndarray:
        """The undecided contacts at the same company as contact ``src`` (itself excluded)."""
        if self.inputs is None or self.opened is None or src < 0:
            return np.zeros(0, dtype=np.int64)
        code = self.inputs.company[src]
        if code < 0:
            return np.zeros(0, dtype=np.int64)
        undecided = np.asarray(self.opened.session.decision) == ""
        rows = np.flatnonzero((self.inputs.company == code) & undecided)
        return rows[rows != src]

    def apply_to_company(self) -> None:
        """Give every undecided contact at the current contact's company its decision (one
        undo step)."""
        src = self.workspace.review.current_source_row()
        rows = self.company_rows(src)
        session = self.opened.session if self.opened is not None else None
        if session is None or not len(rows):
            return
        decision = str(session.decision[src])
        if not decision:
            return
        session.decide(rows.tolist(), decision)
        self.workspace.review.refresh()

    def _update_company_action(self, *_args) -> None:
        if not self._current(self.opened):
            return
        src = self.workspace.review.current_source_row()
        rows = self.company_rows(src)
        decision = str(self.opened.session.decision[src]) if self.opened and src >= 0 else ""
        ok = bool(decision) and len(rows) > 0
        self.company_action.setEnabled(ok)
        if ok:
            company = self.inputs.company_names[self.inputs.company[src]]
            self.company_action.setText(
                self._plural(
                    "Apply “{decision}” to the other undecided contact at {company}",
                    "Apply “{decision}” to all %n undecided at {company}",
                    len(rows),
                ).format(decision=self._decision_word(decision), company=company)
            )
        else:
            self.company_action.setText(self.tr("&Apply to all undecided at this company"))

    def _plural(self, one: str, many: str, n: int) -> str:
        """``one`` or ``many`` translated, with %n replaced by ``n``."""
        return self.tr(one, "", n) if n == 1 else self.tr(many, "", n)

    def _decision_word(self, decision: str) -> str:
        return self.tr("work") if decision == "work" else self.tr("private")
