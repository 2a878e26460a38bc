"""The review session: a person's decisions on a classified contact table, with undo and redo.

Decisions live in column arrays (cheap to read from a table model) and in a journal
(:mod:`model.journal`) that is committed before every mutating call returns, so no decision is
lost if the app crashes. Re-opening the same export restores decisions and the undo/redo stacks.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd

from .career import Career, career_from_dict, career_to_dict
from .career_update import company_name_key, follow_export, renamed_companies
from .errors import InputError, db_reason, os_reason
from .inferred import choice_of, restore_choice
from .journal import (
    KEY_SCHEME,
    Journal,
    JournalError,
    RowState,
    StepInfo,
    carry_over,
    contact_keys,
    match_rows,
    source_digest,
)
from .journal_lock import SessionInUse
from .messages import Message
from .paths import data_dir, user_name
from .schema import CATEGORIES, SUGGESTIONS
from .step_text import step_text

STATES = ("unreviewed", "confirmed", "overridden")
Change = tuple[str, str | None, str, str | None]  # decision, employer, note, category

WORK_CATEGORY = "other work"  # a work decision on a contact the model saw as private


@dataclass(frozen=True)
class ReopenReport:
    """What re-opening an earlier session restored."""

    restored: int = 0  # rows that have a decision or a note from before
    unmatched: int = 0  # rows with a decision that no longer match a contact
    matched_by: str = ""  # "" (new session), "row" (same contacts) or "key" (contacts changed)
    previous: Path | None = None  # the journal of an earlier export, if carried over
    damaged: Path | None = None  # a damaged journal was moved here and the review started over
    # the earlier export's review was saved by a newer version: "read" (carried as far as this
    # version reads it) or "unreadable" (nothing carried); both left as they were
    newer_previous: str = ""

    @property
    def newer_note(self) -> Message | None:
        """What to tell the person about an earlier review a newer version saved, else None."""
        if not self.newer_previous:
            return None
        return Message(f"journal.previous_newer_{self.newer_previous}")

    @property
    def carried(self) -> int:
        """Decisions carried over from an earlier export of the same person (0 if none)."""
        return self.restored if self.previous is not None else 0


def _open_journal(
    source: Path,
    digest: str,
    journal_dir: Path | None,
    keys: list[str],
    owner: str,
    decisions: pd.DataFrame | None,
) -> tuple[Journal, Path | None, str]:
    """The export's journal (and the earlier one it was carried over from, and what
    :func:`carry_over` says of one a newer version saved), locked for this
    process; raises SessionInUse when another app has it open. A data folder that cannot be
    written gives a journal in memory (with its reason), so the export still opens."""
    folder = Path(journal_dir) if journal_dir is not None else data_dir() / "sessions"
    path = folder / f"{digest}.sqlite"
    previous, newer = None, ""
    try:
        if not path.exists() and decisions is None:  # a file's own decisions win
            previous, newer = carry_over(folder, source, path, keys, owner)
        return Journal(path, source=source), previous, newer
    except SessionInUse:
        raise
    except (JournalError, OSError) as err:
        cause = err.__cause__ if isinstance(err, JournalError) and err.__cause__ else err
        reason = Message("journal.folder_unwritable", folder=str(folder), reason=db_reason(cause))
        return Journal.memory(path, reason), None, ""


def _dates(contacts: pd.DataFrame) -> np.ndarray:
    """The contacts' connection dates as datetime64[D] (NaT where unknown)."""
    if "connected_on" not in contacts:
        return np.full(len(contacts), np.datetime64("NaT"), dtype="datetime64[D]")
    values = pd.to_datetime(contacts["connected_on"], errors="coerce")
    return values.to_numpy(dtype="datetime64[ns]").astype("datetime64[D]")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class SuggestedRows:
    """New suggestions for some rows, worked out by :meth:`ReviewSession.prepare_rows`."""

    results: pd.DataFrame  # all rows, index 0..n-1
    idx: np.ndarray  # the rows whose suggestion, employer or category may differ
    suggestion: np.ndarray
    employer: np.ndarray
    category: np.ndarray
    work_employer: np.ndarray  # the employer a work decision would give each row


def _suggestion_arrays(results: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Suggestion, employer and category of ``results`` as arrays ("" for missing)."""
    sugg = results["suggestion"].fillna("").astype(str).to_numpy()
    employer = results["employer"].fillna("").astype(str).to_numpy(dtype=object)
    if "category" in results:
        category = results["category"].fillna("").astype(str).to_numpy(dtype=object)
    else:
        category = np.where(sugg == "work", WORK_CATEGORY, "private").astype(object)
    return sugg, employer, category


class ReviewSession:
    """Decisions on one classified export; use :meth:`open` to create one."""

    def __init__(self, journal: Journal, results: pd.DataFrame, reviewer: str, source: Path):
        n = len(results)
        self.source = Path(source)
        self.reviewer = reviewer
        self.reopen_report = ReopenReport()
        self._journal = journal
        self._decision = np.full(n, "", dtype="<U7")
        self._override = np.full(n, None, dtype=object)  # employer chosen by the reviewer
        self._note = np.full(n, "", dtype=object)
        self._by = np.full(n, "", dtype=object)
        self._at = np.full(n, None, dtype=object)  # ISO 8601 UTC string
        self._cat_override = np.full(n, None, dtype=object)  # category chosen by the reviewer
        self._employer = np.full(n, "", dtype=object)  # effective: decided, else suggested
        self._category = np.full(n, "", dtype=object)  # effective, following the decision
        self._state = np.full(n, "unreviewed", dtype="<U10")
        self._sugg = np.full(n, "", dtype="<U7")
        self._sugg_employer = np.full(n, "", dtype=object)
        self._sugg_category = np.full(n, "", dtype=object)
        self._work_employer = np.full(n, "", dtype=object)  # what a work decision attributes to
        self._connected = np.full(n, np.datetime64("NaT"), dtype="datetime64[D]")
        self._career = Career()
        self._export_career = Career()  # the export's own career, as read
        self.career_updates: list = []  # positions a newer export brought to the saved career
        self._results = results.reset_index(drop=True)
        self._undo: list[StepInfo] = []
        self._redo: list[StepInfo] = []  # next to redo at the end
        self._typing: tuple[int, int] | None = None  # (step, row) of a note being typed
        self._set_suggestions(self._results)

    # --- opening and closing -----------------------------------------------------------------

    @classmethod
    def open(
        cls,
        source: Path,
        contacts: pd.DataFrame,
        results: pd.DataFrame,
        *,
        reviewer: str = "",
        journal_dir: Path | None = None,
        career: Career | None = None,
        owner: str = "",
        exported_on: str = "",
        decisions: pd.DataFrame | None = None,
    ) -> ReviewSession:
        """Open or resume the review of ``source``; ``contacts``/``results`` as read and classified.

        ``career`` (the export's) decides which employer a work decision attributes a contact
        to; ``owner`` (the profile's name) and ``exported_on`` (ISO date) name the session in
        :func:`list_sessions` and help recognise a newer export of the same person, whose
        decisions, employers and notes are carried over (see ``reopen_report``).
        ``decisions`` (``Export.decisions`` of the app's own output read back) start a new
        review with the decisions written in the file.
        Raises InputError if the source cannot be read, JournalError (an InputError) if the
        journal cannot be opened or saved; ValueError if results and contacts differ in length.
        """
        if len(results) != len(contacts):
            raise ValueError(f"{len(results)} results for {len(contacts)} contacts")
        source = Path(source)
        try:
            digest = source_digest(source)
        except OSError as err:
            raise InputError(source, Message("file.cannot_read", reason=os_reason(err))) from err
        keys = contact_keys(contacts)
        journal, previous, newer = _open_journal(
            source, digest, journal_dir, keys[0], owner, decisions
        )
        try:
            session = cls(journal, results, reviewer or user_name(), source)
            session._connected[:] = _dates(contacts)
            session._export_career = career or Career()
            session._set_career(session._export_career)
            extra = {"owner": owner, "exported_on": exported_on}
            session._attach(contacts, keys, previous, journal.set_aside, extra)
            session._follow_renamed_employers()
            if newer:  # said once: the next opening finds this export's own journal
                session.reopen_report = replace(session.reopen_report, newer_previous=newer)
            report = session.reopen_report
            if decisions is not None and not report.matched_by and previous is None:
                restored = session._restore_from_file(decisions)
                session.reopen_report = ReopenReport(restored, damaged=report.damaged)
        except BaseException:
            journal.close()
            raise
        return session

    @property
    def in_memory(self) -> str:
        """Why decisions are kept in memory only (the data folder cannot be written), or ""
        when every decision is saved as it is made."""
        return self._journal.unsaved_reason if self._journal.in_memory else ""

    def _attach(
        self,
        contacts: pd.DataFrame,
        keyed: tuple[list[str], str],
        previous: Path | None,
        damaged: Path | None,
        extra: dict[str, str],
    ) -> None:
        keys, fingerprint = keyed
        meta = self._journal.meta()
        new_meta = {
            "fingerprint": fingerprint,
            "key_scheme": KEY_SCHEME,
            "n_rows": str(len(keys)),
            "source_path": str(self.source.resolve()),
            "source_name": self.source.name,
            "reviewer": self.reviewer,
            **{k: v for k, v in extra.items() if v},
        }
        matched_by, unmatched = "", 0
        if "fingerprint" not in meta:
            self._journal.set_rows(keys, {**new_meta, "created": _now()}, {})
        elif meta["fingerprint"] == fingerprint:
            matched_by = "row"
            self._journal.set_meta(new_meta)
        else:
            matched_by = "key"
            old_keys = keys
            if meta.get("key_scheme") != KEY_SCHEME:  # an older journal: match its way
                old_keys, _ = contact_keys(contacts, scheme="1")
            mapping = match_rows(self._journal.row_keys(), old_keys)
            decided = {row for row, state in self._journal.current_states() if state[0]}
            unmatched = len(decided - mapping.keys())
            self._journal.set_rows(keys, new_meta, mapping)
            self._carry_forgotten(previous, mapping)
        restored = self._replay()
        self.reopen_report = ReopenReport(restored, unmatched, matched_by, previous, damaged)

    def _carry_forgotten(self, previous: Path | None, mapping: dict[int, int]) -> None:
        """What the person told the learning to forget (a reset) follows the contacts to
        their rows in this export."""
        from .learning.store import carry_forgotten, sidecar_path

        if self._journal.in_memory:
            return
        source = sidecar_path(previous if previous is not None else self.journal_path)
        with contextlib.suppress(OSError):  # the decisions are safe: only the reset is lost
            carry_forgotten(source, sidecar_path(self.journal_path), mapping)

    def _replay(self) -> int:
        latest: dict[int, RowState] = {}
        for row, state in self._journal.current_states():
            if row < len(self._decision):
                latest[row] = state
        if latest:
            self._apply(list(latest), list(latest.values()))
        self._undo, self._redo = self._journal.stacks()
        return sum(1 for s in latest.values() if s[0] or s[2])

    def _restore_from_file(self, decisions: pd.DataFrame) -> int:
        """Record the decisions an exported file carries as one step; returns how many rows."""
        rows, old, new = [], [], []
        for row, rec in enumerate(decisions.itertuples(index=False)):
            if row >= len(self._decision) or not (rec.decision or rec.note):
                continue
            work = rec.decision == "work"
            employer = rec.employer if work and rec.employer else None
            category = rec.category if work and rec.category in CATEGORIES[:-1] else None
            try:
                at = datetime.fromisoformat(rec.decided_at).isoformat() if rec.decision else None
            except ValueError:
                at = _now()
            by = (rec.decided_by or self.reviewer) if rec.decision else ""
            rows.append(row)
            old.append(self._row_state(row))
            new.append((rec.decision, employer, rec.note, by, at, category))
        if not rows:
            return 0
        step = self._journal.record(
            ("import", len(rows), self.source.name), rows, old, new, self.reviewer, _now()
        )
        self._undo.append(StepInfo(step, "import", len(rows), self.source.name))
        self._apply(rows, new)
        return len(rows)

    # --- the person's context: career and client list -----------------------------------------

    def context(self) -> tuple[Career | None, list[str] | None]:
        """The career and client list the person set in this review (None where not set).

        A career edited on an earlier export of the same person follows what this export
        changed since (a new job, an end date set): see :func:`follow_export`; the positions it
        took are in ``career_updates``."""
        meta = self._journal.meta()
        career = clients = None
        try:
            if "career" in meta:
                career = career_from_dict(json.loads(meta["career"]), self.journal_path)
                career = self._follow_export(career, meta)
                if not career.positions:  # a choice about an inferred career, if any
                    career = restore_choice(career, meta.get("inferred", ""))
            if "clients" in meta:
                clients = [str(c) for c in json.loads(meta["clients"])]
        except (ValueError, InputError):
            pass  # an unreadable context falls back to the export's own career
        return career, clients

    def _follow_export(self, saved: Career, meta: dict[str, str]) -> Career:
        """``saved`` brought up to date with this export's career, when it was edited on an
        export whose career differed (journals from before the base was kept: as saved)."""
        self.career_updates = []
        if "career_base" not in meta:
            return saved
        base = career_from_dict(json.loads(meta["career_base"]), self.journal_path)
        if base.positions == self._export_career.positions:
            return saved
        merged, self.career_updates = follow_export(saved, base, self._export_career)
        return merged

    def _follow_renamed_employers(self) -> None:
        """An employer the person chose by hand follows its company's new name in a newer
        export of the same person, when the career merge takes the renamed position for the
        same job (:func:`renamed_companies`) and the career in use no longer names the old
        one: one undoable step per company. The export's career is kept to tell by."""
        meta = self._journal.meta()
        now = json.dumps(career_to_dict(self._export_career), ensure_ascii=False)
        before = meta.get("export_career") or meta.get("career_base")
        if meta.get("export_career") != now:
            self._journal.set_meta({"export_career": now})
        if not before or before == now:
            return
        try:
            old = career_from_dict(json.loads(before), self.journal_path)
        except (ValueError, InputError):
            return  # an unreadable record: the choices stay as they are
        in_use = self.context()[0]
        in_use = in_use if in_use is not None and in_use.positions else self._export_career
        for key, name in renamed_companies(old, self._export_career, in_use).items():
            rows = [
                row
                for row, chosen in enumerate(self._override)
                if isinstance(chosen, str) and chosen and company_name_key(chosen) == key
            ]
            if rows:
                self._record_renamed(rows, name)

    def _record_renamed(self, rows: list[int], name: str) -> None:
        """Give ``rows``' chosen employer the company's new ``name`` as one undoable step; who
        decided and when stay."""
        old = [self._row_state(row) for row in rows]
        new = [(s[0], name, s[2], s[3], s[4], s[5]) for s in old]
        step = self._journal.record(
            ("employer", len(rows), name), rows, old, new, self.reviewer, _now()
        )
        self._undo.append(StepInfo(step, "employer", len(rows), name))
        self._apply(rows, new)

    def set_context(self, career: Career, clients: Sequence[str]) -> None:
        """Keep the person's edited career and client list with this review (saved at once);
        they come back with the session, also in a newer export of the same person. A career
        inferred from the network is kept as the person's choice about it (kept or cleared),
        never as positions of their own."""
        saved, choice = choice_of(career)
        self._journal.set_meta(
            {
                "career": json.dumps(career_to_dict(saved), ensure_ascii=False),
                "clients": json.dumps(list(clients), ensure_ascii=False),
                "inferred": choice,
                # what the export said when the person edited it: a newer export's changes
                # are told from the person's by it
                "career_base": json.dumps(career_to_dict(self._export_career), ensure_ascii=False),
            }
        )
        self._set_career(saved)  # a work decision names no employer the person did not give

    def close(self) -> None:
        """Close the journal (every decision is already saved)."""
        self._journal.close()

    def forget(self) -> None:
        """Close and delete this review's journal: every decision on this export is gone."""
        self._journal.delete()

    def __enter__(self) -> ReviewSession:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def journal_path(self) -> Path:
        """Where this session's journal lives."""
        return self._journal.path

    def __len__(self) -> int:
        return len(self._decision)

    # --- reading -----------------------------------------------------------------------------

    @staticmethod
    def _readonly(arr: np.ndarray) -> np.ndarray:
        view = arr.view()
        view.flags.writeable = False
        return view

    @property
    def decision(self) -> np.ndarray:
        """Live read-only array per row: "" (undecided), "work" or "private"."""
        return self._readonly(self._decision)

    @property
    def employer(self) -> np.ndarray:
        """Live read-only array: the decided employer, else the suggestion's ("" if private)."""
        return self._readonly(self._employer)

    @property
    def category(self) -> np.ndarray:
        """Live read-only array: the chosen category, else the suggestion's following the
        decision ("private" when decided private, "other work" for a private suggestion
        decided work). The one rule: tables and exports read this."""
        return self._readonly(self._category)

    @property
    def note(self) -> np.ndarray:
        """Live read-only array of each row's note ("" if none)."""
        return self._readonly(self._note)

    def state(self, row: int) -> str:
        """The row's state: "unreviewed", "confirmed" (agrees with the suggestion) or "overridden"."""
        return str(self._state[self._rows([row])[0]])

    def states(self) -> np.ndarray:
        """Live read-only array of every row's state (see :meth:`state`)."""
        return self._readonly(self._state)

    def counts(self) -> dict[str, int]:
        """Counts for a status bar: final work/private (decision, else suggestion), flagged,
        flagged_undecided, undecided, decided, confirmed, overridden, total."""
        final = np.where(self._decision != "", self._decision, self._sugg)
        undecided = self._decision == ""
        flagged = self._flagged()
        return {
            "work": int((final == "work").sum()),
            "private": int((final == "private").sum()),
            "flagged": int(flagged.sum()),
            "flagged_undecided": int((flagged & undecided).sum()),
            "undecided": int(undecided.sum()),
            "decided": int((~undecided).sum()),
            "confirmed": int((self._state == "confirmed").sum()),
            "overridden": int((self._state == "overridden").sum()),
            "total": len(self._decision),
        }

    def _flagged(self) -> np.ndarray:
        if "flagged" not in self._results:
            return np.zeros(len(self._decision), dtype=bool)
        return self._results["flagged"].fillna(False).to_numpy(dtype=bool)

    def history(self, row: int) -> list[dict]:
        """Every decision event of ``row``, oldest first: dicts with when (UTC datetime), who,
        action ("decide", "employer", "note", "clear", or "undo …"/"redo …"), and the
        decision, employer and note the row had after the event."""
        row = self._rows([row])[0]
        events = []
        width = len(RowState.__args__)
        for kind, at, who, action, *states in self._journal.history(row):
            state = states[:width] if kind == "undo" else states[width:]
            decision, override, note = state[0], state[1], state[2]
            events.append(
                {
                    "when": datetime.fromisoformat(at),
                    "who": who,
                    "action": action if kind == "do" else f"{kind} {action}",
                    "decision": decision,
                    "employer": self._effective_employer(decision, override, row),
                    "note": note,
                }
            )
        return events

    def _effective_employer(self, decision: str, override: str | None, row: int) -> str:
        if decision == "private" or (decision == "" and self._sugg[row] == "private"):
            return ""
        if override is not None:
            return override
        return str(self._work_employer[row] if decision else self._sugg_employer[row])

    def final(self) -> pd.DataFrame:
        """The results with suggestion, employer and category replaced by the decisions, plus
        review_state, decided_by, decided_at (UTC, NaT if undecided) and note."""
        out = self._results.copy()
        decided = self._decision != ""
        out["suggestion"] = pd.array(np.where(decided, self._decision, self._sugg), dtype="str")
        out["employer"] = pd.array(self._employer.astype(str), dtype="str")
        out["category"] = pd.array(self._category.astype(str), dtype="str")
        out["review_state"] = pd.array(self._state.astype(str), dtype="str")
        out["decided_by"] = pd.array(self._by.astype(str), dtype="str")
        out["decided_at"] = pd.to_datetime(pd.Series(self._at), utc=True, format="ISO8601")
        out["note"] = pd.array(self._note.astype(str), dtype="str")
        return out

    # --- undo and redo -----------------------------------------------------------------------

    @property
    def can_undo(self) -> bool:
        """True if there is a step to undo."""
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        """True if there is an undone step to redo."""
        return bool(self._redo)

    @property
    def undo_text(self) -> str:
        """What undo would revert ("Mark 3 contacts as work"), "" if nothing."""
        return step_text(self._undo[-1] if self._undo else None)

    @property
    def redo_text(self) -> str:
        """What redo would re-apply, "" if nothing."""
        return step_text(self._redo[-1] if self._redo else None)

    def undo(self) -> list[int]:
        """Revert the last step; returns the rows that changed ([] if nothing to undo)."""
        return self._travel(self._undo, self._redo, "undo")

    def redo(self) -> list[int]:
        """Re-apply the last undone step; returns the rows that changed ([] if nothing)."""
        return self._travel(self._redo, self._undo, "redo")

    def _travel(self, source: list[StepInfo], target: list[StepInfo], kind: str) -> list[int]:
        # Undo or redo ends the note being typed, even with nothing to travel to: otherwise
        # the next edit of that note joins the earlier step and undo cannot bring it back.
        self._typing = None
        if not source:
            return []
        info = source[-1]
        rows, old, new = self._journal.step_changes(info.step)
        self._journal.mark(info.step, kind, self.reviewer, _now())
        source.pop()
        target.append(info)
        rows_ok = [i for i, r in enumerate(rows) if r < len(self._decision)]
        rows = [rows[i] for i in rows_ok]
        states = [(old if kind == "undo" else new)[i] for i in rows_ok]
        self._apply(rows, states)
        return rows

    # --- deciding ----------------------------------------------------------------------------

    def decide(
        self,
        rows: Sequence[int],
        decision: str,
        *,
        employer: str | None = None,
        note: str = "",
    ) -> list[int]:
        """Mark ``rows`` as "work" or "private" (one undo step); an employer or a non-empty note
        is set too. Deciding private drops a chosen employer. Returns the rows that changed."""
        if decision not in SUGGESTIONS:
            raise ValueError(f"decision must be one of {SUGGESTIONS}, not {decision!r}")

        def change(old: RowState) -> Change:
            private = decision == "private"
            keep = old[1] if employer is None else employer
            return decision, None if private else keep, note or old[2], None if private else old[5]

        return self._do("decide", decision, rows, change)

    def set_employer(self, rows: Sequence[int], employer: str) -> list[int]:
        """Attribute ``rows`` to ``employer``, which also decides them as work (one undo step)."""
        return self._do("employer", employer, rows, lambda old: ("work", employer, old[2], old[5]))

    def set_category(self, rows: Sequence[int], category: str) -> list[int]:
        """Give ``rows`` ``category`` (one of model.schema.CATEGORIES; one undo step): a work
        category decides them work, "private" decides them private."""
        if category not in CATEGORIES:
            raise ValueError(f"category must be one of {CATEGORIES}, not {category!r}")
        if category == "private":
            return self.decide(rows, "private")
        return self._do("category", category, rows, lambda old: ("work", old[1], old[2], category))

    def set_note(self, row: int, note: str) -> list[int]:
        """Set the note of one row; returns [row] or [] if unchanged.

        Saved at once. Calls for the same row in a row (a note being typed) are one undo step."""
        row = self._rows([row])[0]
        old = self._row_state(row)
        if note == old[2]:
            return []
        top = self._undo[-1] if self._undo else None
        if top is not None and self._typing == (top.step, row) and not self._redo:
            new = (old[0], old[1], note, old[3], old[4], old[5])
            self._journal.amend(top.step, row, new)
            self._apply([row], [new])
            return [row]
        changed = self._do("note", "", [row], lambda old: (old[0], old[1], note, old[5]))
        if changed:
            self._typing = (self._undo[-1].step, row)
        return changed

    def clear(self, rows: Sequence[int]) -> list[int]:
        """Return ``rows`` to undecided, keeping their notes (one undo step)."""
        return self._do("clear", "", rows, lambda old: ("", None, old[2], None))

    def _do(
        self,
        action: str,
        arg: str,
        rows: Sequence[int],
        change: Callable[[RowState], Change],
    ) -> list[int]:
        rows = self._rows(rows)
        self._typing = None
        who, at = self.reviewer, _now()
        changed, old_states, new_states = [], [], []
        for row in rows:
            old = self._row_state(row)
            decision, override, note, category = change(old)
            if (decision, override, note, category) == (*old[:3], old[5]):
                continue
            if not decision:
                by, when = "", None
            elif (decision, override, category) != (*old[:2], old[5]):
                by, when = who, at
            else:
                by, when = old[3], old[4]
            changed.append(row)
            old_states.append(old)
            new_states.append((decision, override, note, by, when, category))
        if not changed:
            return []
        # Commit first: if the disk write fails the arrays still match the journal.
        step = self._journal.record(
            (action, len(changed), arg), changed, old_states, new_states, who, at
        )
        self._undo.append(StepInfo(step, action, len(changed), arg))
        self._redo.clear()
        self._apply(changed, new_states)
        return changed

    # --- reclassification --------------------------------------------------------------------

    def update_results(self, results: pd.DataFrame, career: Career | None = None) -> None:
        """Take new suggestions (after the career changed); decisions stay, states are recomputed.

        Raises ValueError if ``results`` has another length.
        """
        if len(results) != len(self._decision):
            raise ValueError(f"{len(results)} results for a session of {len(self._decision)} rows")
        self._results = results.reset_index(drop=True)
        if career is not None:
            self._career = career
        self._set_suggestions(self._results)

    def update_rows(self, results: pd.DataFrame, rows: Sequence[int]) -> None:
        """Take new results in which only ``rows`` may have another suggestion, employer or
        category (the personal layer re-suggesting undecided contacts): a cheaper
        :meth:`update_results`. Raises ValueError if ``results`` has another length."""
        self.apply_rows(self.prepare_rows(results, rows))

    def prepare_rows(self, results: pd.DataFrame, rows: Sequence[int]) -> SuggestedRows:
        """The work of :meth:`update_rows` that needs no decision: the new suggestions of
        ``rows`` and the employer a work decision would give each. It reads only the career and
        the connection dates, so it may run on a worker thread while decisions go on; apply
        it with :meth:`apply_rows`. Raises ValueError if ``results`` has another length."""
        if len(results) != len(self._decision):
            raise ValueError(f"{len(results)} results for a session of {len(self._decision)} rows")
        results = results.reset_index(drop=True)
        idx = np.asarray(rows, dtype=np.int64)
        sugg, employer, category = _suggestion_arrays(results.iloc[idx])
        work = self._work_employers_for(idx, sugg, employer)
        return SuggestedRows(results, idx, sugg, employer, category, work)

    def apply_rows(self, prepared: SuggestedRows) -> None:
        """Take the suggestions :meth:`prepare_rows` worked out (cheap: assignments and the
        states of those rows)."""
        if len(prepared.results) != len(self._decision):
            raise ValueError("prepared for another session")
        self._results = prepared.results
        idx = prepared.idx
        if len(idx):
            self._sugg[idx] = prepared.suggestion
            self._sugg_employer[idx] = prepared.employer
            self._sugg_category[idx] = prepared.category
            self._work_employer[idx] = prepared.work_employer
            self._refresh(idx)

    def _set_suggestions(self, results: pd.DataFrame, idx: np.ndarray | None = None) -> None:
        at = slice(None) if idx is None else idx
        sugg, employer, category = _suggestion_arrays(results)
        self._sugg[at] = sugg
        self._sugg_employer[at] = employer
        self._sugg_category[at] = category
        self._set_work_employers(idx)

    def _set_career(self, career: Career) -> None:
        self._career = career
        self._set_work_employers()

    def _set_work_employers(self, idx: np.ndarray | None = None) -> None:
        """The employer a work decision attributes each contact (of rows ``idx``; None: all)
        to: the model's for a work suggestion, else the employer whose period holds the
        connection date, else the one the model attributed, else the current (or last) one."""
        idx = np.arange(len(self._decision)) if idx is None else idx
        self._work_employer[idx] = self._work_employers_for(
            idx, self._sugg[idx], self._sugg_employer[idx]
        )
        self._refresh(idx)

    def _work_employers_for(
        self, idx: np.ndarray, sugg: np.ndarray, sugg_employer: np.ndarray
    ) -> np.ndarray:
        """The work-decision employer of rows ``idx`` with suggestions ``sugg`` and employers
        ``sugg_employer`` (see :meth:`_set_work_employers`); changes nothing."""
        positions = self._career.positions
        connected = self._connected[idx]
        at_date = np.full(len(idx), "", dtype=object)
        known = ~np.isnat(connected)
        if positions and known.any():
            index = np.asarray(self._career.covering(connected[known])[0])
            companies = np.array([p.company for p in positions] + [""], dtype=object)
            at_date[known] = companies[np.where(index >= 0, index, len(positions))]
        current = self._career.current_or_last()
        last = current.company if current else ""
        fallback = np.where(sugg_employer != "", sugg_employer, last)
        chosen = np.where(at_date != "", at_date, fallback)
        return np.where((sugg == "work") & (sugg_employer != ""), sugg_employer, chosen)

    # --- internals ---------------------------------------------------------------------------

    def _rows(self, rows: Sequence[int]) -> list[int]:
        """Validated, de-duplicated row numbers in their given order (a boolean array is a mask
        over all rows); raises IndexError or ValueError."""
        n = len(self._decision)
        given = np.asarray(rows)
        if given.dtype == bool:
            if given.shape != (n,):
                raise ValueError(f"a row mask needs {n} values, not {given.size}")
            given = np.flatnonzero(given)
        out = list(dict.fromkeys(int(r) for r in given.astype(np.int64).ravel()))
        bad = [r for r in out if not 0 <= r < n]
        if bad:
            raise IndexError(f"rows out of range 0..{n - 1}: {bad[:5]}")
        return out

    def _row_state(self, row: int) -> RowState:
        return (
            str(self._decision[row]),
            self._override[row],
            self._note[row],
            self._by[row],
            self._at[row],
            self._cat_override[row],
        )

    def _apply(self, rows: list[int], states: Sequence[RowState]) -> None:
        if not rows:
            return
        idx = np.asarray(rows, dtype=np.int64)
        arrays = (
            self._decision,
            self._override,
            self._note,
            self._by,
            self._at,
            self._cat_override,
        )
        for field, arr in enumerate(arrays):
            values = np.empty(len(states), dtype=object)
            values[:] = [s[field] for s in states]
            arr[idx] = values
        self._refresh(idx)

    def _refresh(self, idx: np.ndarray) -> None:
        """Recompute effective employer, category and state of rows ``idx`` from the decisions
        and the suggestions: the one place this rule lives."""
        decision = self._decision[idx]
        override = self._override[idx]
        suggested = self._sugg_employer[idx]
        has_override = ~pd.isna(override)  # None: no override ("" is one: no employer)
        default = np.where(decision == "work", self._work_employer[idx], suggested)
        employer = np.where(has_override, override, default)
        private = (decision == "private") | ((decision == "") & (self._sugg[idx] == "private"))
        employer[private] = ""
        self._employer[idx] = employer

        category = self._sugg_category[idx].copy()
        category[decision == "private"] = "private"
        to_work = (decision == "work") & np.isin(category, ("private", ""))
        category[to_work] = WORK_CATEGORY
        chosen = self._cat_override[idx]
        has_category = ~pd.isna(chosen)
        category[has_category] = chosen[has_category]
        self._category[idx] = category

        same = (
            (decision == self._sugg[idx])
            & ((decision == "private") | (employer == suggested))
            & (~has_category | (category == self._sugg_category[idx]))
        )
        state = np.where(decision == "", "unreviewed", np.where(same, "confirmed", "overridden"))
        self._state[idx] = state


__all__ = [
    "STATES",
    "JournalError",
    "ReopenReport",
    "ReviewSession",
    "contact_keys",
    "match_rows",
    "step_text",
]
