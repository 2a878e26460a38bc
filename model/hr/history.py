"""HR's undo and redo, rebuilt from the review's audit trail entry by entry.

A step is one :meth:`HrReview.decide` call: its "agree"/"override" entries share one ``at``
and follow each other. Undoing it appends one "undo" entry per row, last row first, carrying the
decision, employer and note the row goes back to; redoing appends "redo" entries carrying what
the step set, first row first. Each run of undo or redo entries shares its own ``at``. The chain
stays append-only: nothing is removed, and reading the trail again gives the same state and the
same undo and redo stacks.

Review files written before undo existed gave every entry its own ``at``, so each entry is a
step of its own here. That is what HR did: the app of that time (a single-selection table)
called ``decide([row], …)``, one entry per action. Entries are not merged by their fields
(ten "agree and go to the next" presses look like one agree on ten rows) nor by their times
(measured: up to 40 ms between the rows of one call on a busy machine, 0.8 ms between two
calls each saved), so a script's multi-row call in such a file is undone row by row.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..messages import Message

# A row's HR state: decision, employer, note, by, at.
State = tuple[str, str, str, str, str]
EMPTY: State = ("", "", "", "", "")
DECIDING = ("agree", "override")
TRAVEL = ("undo", "redo")


class HistoryError(ValueError):
    """An undo or redo entry that does not restore the step it should; ``problem`` is a
    Message."""

    def __init__(self, problem: Message):
        self.problem = problem
        super().__init__(str(problem))


@dataclass
class Step:
    """One decide() call: the rows it changed, in order, with their states before and after."""

    at: str
    rows: list = field(default_factory=list)
    before: list[State] = field(default_factory=list)
    after: list[State] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)  # "agree" or "override" per row

    def describe(self) -> Message:
        """What the step did, for the Edit menu and the status bar ("override of 3
        contacts"): an override when any row was overridden, else an agreement."""
        n = len(self.rows)
        overridden = [k for k, a in enumerate(self.actions) if a == "override"]
        if not overridden:
            return Message("hr_step.agree", n=n)
        decisions = {self.after[k][0] for k in overridden}
        employers = {self.after[k][1] for k in overridden}
        if decisions == {"work"} and len(employers) == 1:
            return Message("hr_step.override_work", n=n, employer=employers.pop())
        if decisions == {"private"}:
            return Message("hr_step.override_private", n=n)
        return Message("hr_step.override", n=n)


class History:
    """The undo stack (steps done, oldest first) and the redo stack (steps undone, the next
    to redo last), fed the trail's entries in order."""

    def __init__(self):
        self.done: list[Step] = []
        self.undone: list[Step] = []
        self._run: tuple[str, str] | None = None  # (action, at) of the run being read
        self._pos = 0  # entries of the current undo or redo run read so far

    def feed(self, entry: dict, row, current: State) -> State:
        """The state ``row`` has after ``entry`` (an entry on one contact), which had
        ``current`` before it. Raises HistoryError for an undo or redo that does not restore
        its step."""
        action, at = entry["action"], entry["at"]
        new: State = (entry["decision"], entry["employer"], entry["note"], entry["who"], at)
        if action in DECIDING:
            if self._run != ("decide", at):
                self._close()
                self.done.append(Step(at))
                self.undone.clear()  # a new decision drops what was undone
                self._run = ("decide", at)
            step = self.done[-1]
            step.rows.append(row)
            step.before.append(current)
            step.after.append(new)
            step.actions.append(action)
            return new
        if action not in TRAVEL:
            raise HistoryError(Message("integrity.not_hr"))
        if self._run != (action, at):
            self._close()
            source, target = (
                (self.done, self.undone) if action == "undo" else (self.undone, self.done)
            )
            if not source:
                raise HistoryError(Message("integrity.nothing_to_travel", action=action))
            target.append(source.pop())
            self._run, self._pos = (action, at), 0
        step = (self.undone if action == "undo" else self.done)[-1]
        order = self.travel_order(step, action)
        if self._pos >= len(order):
            raise HistoryError(Message("integrity.bad_travel", action=action))
        k = order[self._pos]
        state = step.before[k] if action == "undo" else step.after[k]
        if step.rows[k] != row or state[:3] != new[:3]:
            raise HistoryError(Message("integrity.bad_travel", action=action))
        self._pos += 1
        return state

    def snapshot(self) -> tuple:
        """What :meth:`restore` needs to put the stacks back after a refused or unsaved step.
        Steps are never changed once a later entry has a time of its own, so the lists'
        copies suffice."""
        return list(self.done), list(self.undone), self._run, self._pos

    def restore(self, snapshot: tuple) -> None:
        """Put the stacks back as :meth:`snapshot` found them."""
        done, undone, self._run, self._pos = snapshot
        self.done, self.undone = list(done), list(undone)

    def boundary(self) -> None:
        """An entry about the review as a whole (a sign-off) ends the run being read."""
        self._close()
        self._run = None

    def finish(self) -> None:
        """The trail ended: raises HistoryError if its last undo or redo is incomplete."""
        self._close()

    def _close(self) -> None:
        if self._run is None or self._run[0] not in TRAVEL:
            return
        action = self._run[0]
        step = (self.undone if action == "undo" else self.done)[-1]
        if self._pos != len(step.rows):
            raise HistoryError(Message("integrity.bad_travel", action=action))
        self._run = None

    @staticmethod
    def travel_order(step: Step, action: str) -> list[int]:
        """The order of a step's rows in its undo (last first) or redo (first first)."""
        order = list(range(len(step.rows)))
        return order[::-1] if action == "undo" else order


def check_history(entries: list[dict]) -> None:
    """Raise HistoryError (its ``index`` the 1-based entry) unless every undo and redo in
    ``entries`` restores the step it names."""
    history, states = History(), {}
    for k, entry in enumerate(entries, start=1):
        try:
            if entry["contact"] == "":
                history.boundary()
                continue
            contact = entry["contact"]
            states[contact] = history.feed(entry, contact, states.get(contact, EMPTY))
        except HistoryError as err:
            err.index = k
            raise
    try:
        history.finish()
    except HistoryError as err:
        err.index = len(entries)
        raise
