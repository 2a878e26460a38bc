"""HR's review of a package: one decision per contact, a sign-off, and nothing written into the
package itself.

HR's work is a file beside the package (:func:`review_path_for`) of JSON lines: a header that
pins the package by its SHA-256, HR's entries chained from the header (:mod:`model.hr.audit`),
and a last line sealing the chain's head, so editing any byte of it is noticed. It is rewritten
atomically after every decision: closing the app never loses one.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import InputError, OwnershipError, os_reason
from ..messages import Message
from ..paths import atomic_path, data_dir, read_capped
from .audit import AuditTrail, ChainError, canonical, parse_trail, sha256_hex
from .history import History, HistoryError, State, Step, check_history
from .package import IntegrityError, set_final
from .unpack import MAX_PACKAGE, Package, load_package

REVIEW_FORMAT = "contact-ownership hr review"
REVIEW_VERSION = 1
REVIEW_SUFFIX = ".hr-review.jsonl"
MAX_REVIEW = 100 * 2**20
HR_ACTIONS = ("agree", "work", "private")


HEADER = Message("integrity.header")


def _entry(k: int) -> Message:
    """ "entry K" of a review file, as verify names it."""
    return Message("integrity.entry", k=k)


class ReviewError(OwnershipError):
    """HR asked for something the review does not allow (a missing note, a signed-off review);
    ``str(err)`` is a user-facing line."""


def review_path_for(package_path: str | Path) -> Path:
    """Where HR's work on ``package_path`` is kept: beside it, or in the app's data folder when
    the package's folder cannot be written (a read-only share, a mail attachment folder)."""
    package_path = Path(package_path)
    stem = package_path.name.removesuffix(package_path.suffix)
    beside = package_path.with_name(stem + REVIEW_SUFFIX)
    if beside.exists() or os.access(package_path.parent, os.W_OK):
        return beside
    # Several leavers' packages may share a name ("review.coreview" in a mail folder): one
    # review per package file, told apart by the folder it is in.
    folder = data_dir() / "hr-reviews"
    where = sha256_hex(str(package_path.resolve().parent).encode())[:12]
    own = folder / f"{stem}-{where}{REVIEW_SUFFIX}"
    by_name = folder / (stem + REVIEW_SUFFIX)  # where earlier versions kept it
    if not own.exists() and by_name.exists() and _reviews(by_name, package_path):
        return by_name
    return own


def _reviews(review: Path, package_path: Path) -> bool:
    """True when the review file's header pins the package file as it is now."""
    try:
        with review.open("rb") as fh:
            header = json.loads(fh.readline())
        body = read_capped(package_path, MAX_PACKAGE, "review package")
        return header.get("package_sha256") == sha256_hex(body)
    except (OSError, ValueError, AttributeError, RecursionError, InputError):
        return False


_TIME = "%Y-%m-%dT%H:%M:%S.%fZ"


def _now() -> str:
    return datetime.now(UTC).strftime(_TIME)


@dataclass(frozen=True)
class SignOff:
    """Who signed the review off, when, and with which remark."""

    who: str
    at: str
    note: str


@dataclass(frozen=True)
class Withdrawal:
    """A sign-off taken back: which one, who withdrew it, when and why."""

    sign_off: SignOff
    who: str
    at: str
    note: str


class HrReview:
    """HR's decisions on one package; use :meth:`open`."""

    def __init__(self, package: Package, path: Path, header: dict, trail: AuditTrail):
        self.package = package
        self.path = path
        self.header = header
        self.reviewer = str(header.get("reviewer", ""))
        self.trail = trail
        table = package.contacts
        n = len(table)
        self._index = {cid: k for k, cid in enumerate(table["id"])}
        self.hr_decision = np.full(n, "", dtype=object)  # "", "agree", "work", "private"
        self.hr_employer = np.full(n, "", dtype=object)
        self.hr_note = np.full(n, "", dtype=object)
        self.hr_by = np.full(n, "", dtype=object)
        self.hr_at = np.full(n, "", dtype=object)
        self.sign_off_entry: SignOff | None = None
        self.withdrawals: list[Withdrawal] = []  # earlier sign-offs taken back, oldest first
        self._held = False  # this process holds the review (see hold)
        self._history = History()  # HR's undo and redo stacks, rebuilt from the trail
        for entry in trail.entries():
            self._apply(entry)

    # --- opening -----------------------------------------------------------------------------

    @classmethod
    def open(
        cls, package_path: str | Path, reviewer: str = "", *, review_path: str | Path | None = None
    ) -> HrReview:
        """Open (or resume) HR's review of a package.

        ``reviewer`` is needed when no review exists yet (see :func:`needs_reviewer`). Raises
        InputError for an unreadable package or review file, IntegrityError if either was
        changed, ReviewError if a new review has no reviewer name.
        """
        package = load_package(package_path)
        path = Path(review_path) if review_path else review_path_for(package.path)
        if path.exists():
            header, trail = read_review(path, package)
            review = cls(package, path, header, trail)
            if reviewer.strip():
                review.reviewer = reviewer.strip()
            return review
        reviewer = reviewer.strip()
        if not reviewer:
            raise ReviewError(Message("review.no_reviewer"))
        header = {
            "format": REVIEW_FORMAT,
            "version": REVIEW_VERSION,
            "package": package.path.name,
            "package_sha256": package.sha256,
            "package_audit_head": package.audit.head,
            "reviewer": reviewer,
            "created": _now(),
        }
        review = cls(package, path, header, AuditTrail([], sha256_hex(canonical(header))))
        review.save()
        return review

    # --- reading -----------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.hr_decision)

    @property
    def contacts(self) -> pd.DataFrame:
        """The package's contacts (read-only by convention: HR never changes them)."""
        return self.package.contacts

    @property
    def signed_off(self) -> SignOff | None:
        """The sign-off, or None while the review is open."""
        return self.sign_off_entry

    def disagreements(self) -> np.ndarray:
        """Per row: True where the person decided otherwise than the suggestion."""
        t = self.contacts
        decided = t["decision"] != ""
        other = (t["decision"] != t["suggestion"]) | (
            (t["decision"] == "work") & (t["decided_employer"] != t["employer"])
        )
        return (decided & other).to_numpy(dtype=bool)

    def needs_attention(self) -> np.ndarray:
        """Per row: flagged by the model or a disagreement between the person and the model."""
        return self.contacts["flagged"].to_numpy(dtype=bool) | self.disagreements()

    def queue(self) -> np.ndarray:
        """Row numbers in review order: flagged and disagreements first (most uncertain first),
        then the other work contacts by employer and name."""
        t = self.contacts
        attention = self.needs_attention()
        uncertainty = np.abs(t["p_work"].to_numpy(dtype=float) - 0.5)
        name = (t["last_name"] + " " + t["first_name"]).str.casefold().to_numpy(dtype=object)
        employer = t["final_employer"].str.casefold().to_numpy(dtype=object)
        order = sorted(
            range(len(t)),
            key=lambda r: (
                not attention[r],
                uncertainty[r] if attention[r] else 0.0,
                employer[r],
                name[r],
            ),
        )
        return np.asarray(order, dtype=np.int64)

    def open_items(self) -> int:
        """How many flagged contacts and disagreements have no HR decision yet."""
        return int((self.needs_attention() & (self.hr_decision == "")).sum())

    def counts(self) -> dict[str, int]:
        """total, attention, decided (by HR), agreed, overridden, open (attention undecided)."""
        d = self.hr_decision
        return {
            "total": len(d),
            "attention": int(self.needs_attention().sum()),
            "decided": int((d != "").sum()),
            "agreed": int((d == "agree").sum()),
            "overridden": int(((d == "work") | (d == "private")).sum()),
            "open": self.open_items(),
        }

    def employers(self) -> list[str]:
        """The owner's employers, most recent first, then any other employer a contact has."""
        names = [p.company for p in self.package.career.positions if p.company]
        for col in ("employer", "decided_employer"):
            names += [e for e in self.contacts[col] if e]
        return list(dict.fromkeys(names))

    def final(self) -> pd.DataFrame:
        """The package's contacts with HR's decision (hr_decision, hr_employer, hr_note, hr_by,
        hr_at) and the outcome (final_suggestion, final_employer, final_category): HR's override
        where there is one, else the person's decision, else the suggestion."""
        out = self.contacts.copy()
        out["person_suggestion"] = out["final_suggestion"]
        out["person_employer"] = out["final_employer"]
        for name in ("hr_decision", "hr_employer", "hr_note", "hr_by", "hr_at"):
            out[name] = getattr(self, name).astype(str)
        override = out["hr_decision"].isin(["work", "private"])
        set_final(
            out,
            out["hr_decision"].where(override, out["final_suggestion"]),
            out["hr_employer"].where(override, out["final_employer"]),
            out["final_category"],
        )
        return out

    # --- deciding ----------------------------------------------------------------------------

    def decide(self, rows, action: str, *, employer: str = "", note: str = "") -> list[int]:
        """HR's decision on ``rows``: "agree" with the person, or override to "work" (for
        ``employer``) or "private". An override needs a note; one that matches the person's
        outcome is recorded as agreeing. Returns the rows that changed.

        Raises ReviewError (signed off, missing note or employer), ValueError for an unknown
        action, IndexError for a row out of range.
        """
        if action not in HR_ACTIONS:
            raise ValueError(f"action must be one of {HR_ACTIONS}, not {action!r}")
        if self.sign_off_entry is not None:
            raise ReviewError(Message("review.signed_off"))
        note, employer = note.strip(), employer.strip()
        if action == "work" and not employer:
            raise ReviewError(Message("review.choose_employer"))
        changed: list[int] = []
        with self._saved_or_undone():
            self._decide_rows(rows, action, employer, note, changed)
        return changed

    def _step_time(self) -> str:
        """Now, as the ``at`` every entry of one step shares: a step is told from the one
        before it by its time, so it never repeats the last entry's."""
        at = _now()
        if self.trail.lines and json.loads(self.trail.lines[-1])["at"] == at:
            at = (datetime.strptime(at, _TIME) + timedelta(microseconds=1)).strftime(_TIME)
        return at

    def _decide_rows(self, rows, action: str, employer: str, note: str, changed: list) -> None:
        at = self._step_time()
        t = self.contacts
        for row in [int(r) for r in rows]:
            if not 0 <= row < len(self):
                raise IndexError(f"row {row} out of range")
            person = t["final_suggestion"].iat[row], t["final_employer"].iat[row]
            kind = action
            if action == "work" and person == ("work", employer):
                kind = "agree"
            if action == "private" and person[0] == "private":
                kind = "agree"
            if kind != "agree" and not note:
                raise ReviewError(Message("review.override_note"))
            same = (self.hr_decision[row], self.hr_employer[row], self.hr_note[row])
            if same == (kind, employer if kind == "work" else "", note):
                continue
            entry = self.trail.append(
                at=at,
                actor="hr",
                who=self.reviewer,
                contact=str(t["id"].iat[row]),
                action="agree" if kind == "agree" else "override",
                decision=kind,
                employer=employer if kind == "work" else "",
                note=note,
            )
            self._apply(entry)
            changed.append(row)

    @contextlib.contextmanager
    def _saved_or_undone(self):
        """Entries added inside are kept only once the file is written: after a failed save
        (a full disk) or a refused decision the review is as it was, so what HR sees is
        always what is saved."""
        kept = len(self.trail.lines)
        arrays = ("hr_decision", "hr_employer", "hr_note", "hr_by", "hr_at")
        before = {name: getattr(self, name).copy() for name in arrays}
        sign_off, withdrawals = self.sign_off_entry, list(self.withdrawals)
        history = self._history.snapshot()
        try:
            yield
            if len(self.trail.lines) != kept:
                self.save()
        except BaseException:
            del self.trail.lines[kept:]
            for name, values in before.items():
                setattr(self, name, values)
            self.sign_off_entry, self.withdrawals = sign_off, withdrawals
            self._history.restore(history)
            raise

    def sign_off(self, note: str = "") -> SignOff:
        """Sign the review off as the reviewer. Raises ReviewError if flagged contacts or
        disagreements still have no HR decision, or if it is signed off already."""
        if self.sign_off_entry is not None:
            raise ReviewError(Message("review.already_signed"))
        if self.open_items():
            raise ReviewError(Message("review.open_items", n=self.open_items()))
        self._record_review_step("sign-off", note.strip())
        return self.sign_off_entry

    def withdraw_sign_off(self, note: str) -> Withdrawal:
        """Take the sign-off back, as the reviewer, saying why: the review is open again and
        the withdrawal is an entry of the audit trail (the sign-off stays in it too).
        Raises ReviewError if it is not signed off or the note is empty."""
        if self.sign_off_entry is None:
            raise ReviewError(Message("review.not_signed"))
        note = note.strip()
        if not note:
            raise ReviewError(Message("review.withdraw_note"))
        self._record_review_step("withdraw-sign-off", note)
        return self.withdrawals[-1]

    def _record_review_step(self, action: str, note: str) -> None:
        """An entry about the review as a whole (no contact), applied and saved."""
        with self._saved_or_undone():
            entry = self.trail.append(
                at=_now(),
                actor="hr",
                who=self.reviewer,
                contact="",
                action=action,
                decision="",
                employer="",
                note=note,
            )
            self._apply(entry)

    # --- undo and redo -----------------------------------------------------------------------

    @property
    def can_undo(self) -> bool:
        """True if a decision step can be undone (there is one and it is not signed off)."""
        return bool(self._history.done) and self.sign_off_entry is None

    @property
    def can_redo(self) -> bool:
        """True if an undone decision step can be redone (and it is not signed off)."""
        return bool(self._history.undone) and self.sign_off_entry is None

    @property
    def undo_text(self) -> Message | None:
        """What undo would take back ("override of 3 contacts"), None if nothing."""
        return self._history.done[-1].describe() if self._history.done else None

    @property
    def redo_text(self) -> Message | None:
        """What redo would apply again, None if nothing."""
        return self._history.undone[-1].describe() if self._history.undone else None

    def undo(self) -> list[int]:
        """Take back HR's last decision step: each of its rows gets back the decision,
        employer, note, by and at it had before. Recorded as "undo" entries (the decisions stay
        in the trail). Returns the rows that changed.

        Raises ReviewError when signed off or there is nothing to undo; InputError if it
        cannot be saved (then nothing changed)."""
        return self._travel("undo")

    def redo(self) -> list[int]:
        """Apply the last undone decision step again, as "redo" entries; returns the rows that
        changed. Raises ReviewError when signed off or there is nothing to redo."""
        return self._travel("redo")

    def _travel(self, action: str) -> list[int]:
        if self.sign_off_entry is not None:
            raise ReviewError(Message("review.signed_off"))
        stack = self._history.done if action == "undo" else self._history.undone
        if not stack:
            raise ReviewError(Message(f"review.nothing_to_{action}"))
        step: Step = stack[-1]
        ids = self.contacts["id"]
        with self._saved_or_undone():
            at = self._step_time()
            for k in History.travel_order(step, action):
                state: State = (step.before if action == "undo" else step.after)[k]
                entry = self.trail.append(
                    at=at,
                    actor="hr",
                    who=self.reviewer,
                    contact=str(ids.iat[step.rows[k]]),
                    action=action,
                    decision=state[0],
                    employer=state[1],
                    note=state[2],
                )
                self._apply(entry)
            self._history.boundary()
        return list(dict.fromkeys(step.rows))

    def _state(self, row: int) -> State:
        return (
            self.hr_decision[row],
            self.hr_employer[row],
            self.hr_note[row],
            self.hr_by[row],
            self.hr_at[row],
        )

    def _apply(self, entry: dict) -> None:
        if entry["contact"] == "":
            self._history.boundary()
        if entry["action"] == "sign-off":
            self.sign_off_entry = SignOff(entry["who"], entry["at"], entry["note"])
            return
        if entry["action"] == "withdraw-sign-off":
            assert self.sign_off_entry is not None  # read_review checks the order
            self.withdrawals.append(
                Withdrawal(self.sign_off_entry, entry["who"], entry["at"], entry["note"])
            )
            self.sign_off_entry = None
            return
        row = self._index[entry["contact"]]
        state = self._history.feed(entry, row, self._state(row))
        self.hr_decision[row], self.hr_employer[row], self.hr_note[row] = state[:3]
        self.hr_by[row], self.hr_at[row] = state[3:]

    # --- one app per review ------------------------------------------------------------------

    def hold(self) -> None:
        """Hold this review for this process while a window shows it: a second app on it
        would rewrite the file from its own copy and drop the first one's decisions. Raises
        SessionInUse (naming the package) when another app holds it."""
        from ..journal_lock import acquire

        if self._held:
            return
        try:
            acquire(self.path, self.package.path)
        except OSError:  # the lock cannot be made where the review file can: nothing to guard
            return
        self._held = True

    def release(self) -> None:
        """Give up :meth:`hold` (nothing when not held)."""
        from ..journal_lock import release

        if self._held:
            self._held = False
            release(self.path)

    # --- saving ------------------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        """The review file: header, entries, seal."""
        seal = canonical({"seal": self.trail.head})
        return canonical(self.header) + b"\n" + self.trail.to_bytes() + seal + b"\n"

    def save(self) -> None:
        """Write the review file atomically; raises InputError if it cannot be written."""
        try:
            # the data folder's hr-reviews when the package's folder is read-only: private
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            with atomic_path(self.path) as tmp:
                tmp.write_bytes(self.to_bytes())
        except OSError as err:
            raise InputError(
                self.path, Message("file.cannot_write", reason=os_reason(err))
            ) from err


def needs_reviewer(package_path: str | Path) -> bool:
    """True if no review of the package exists yet, so the reviewer's name must be asked."""
    return not review_path_for(package_path).exists()


def read_review(path: Path, package: Package) -> tuple[dict, AuditTrail]:
    """The header and entries of a review file of ``package``.

    Raises InputError if it is not a review file, IntegrityError naming the first line that
    was changed or a package other than the one it was made for.
    """
    data = read_capped(path, MAX_REVIEW, "HR review file")
    lines = data.split(b"\n")
    if len(lines) < 3 or lines[-1] != b"":
        raise InputError(path, Message("review.incomplete"))
    try:
        header = json.loads(lines[0].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):  # nested too deep
        raise InputError(path, Message("review.no_header")) from None
    if not isinstance(header, dict) or header.get("format") != REVIEW_FORMAT:
        raise InputError(path, Message("review.not_ours"))
    version = header.get("version")
    if isinstance(version, int) and version > REVIEW_VERSION:  # not a change: said as what it is
        raise InputError(path, Message("package.newer"))
    if canonical(header) != lines[0]:
        raise IntegrityError(path, HEADER, Message("integrity.changed"))
    if header.get("package_sha256") != package.sha256:
        raise IntegrityError(
            path,
            HEADER,
            Message("integrity.other_package", package=str(header.get("package", "?"))),
        )
    body = b"".join(line + b"\n" for line in lines[1:-2])
    try:
        trail = parse_trail(body, sha256_hex(lines[0]))
    except ChainError as err:
        raise IntegrityError(path, _entry(err.index), err.problem) from None
    if lines[-2] != canonical({"seal": trail.head}):
        raise IntegrityError(path, Message("integrity.last_entry"), Message("integrity.seal"))
    ids = set(package.contacts["id"])
    signed = False
    review_wide = ("sign-off", "withdraw-sign-off")  # entries about no one contact
    for k, entry in enumerate(trail.entries(), start=1):
        action = entry["action"]
        if entry["actor"] != "hr" or (action not in review_wide and entry["contact"] not in ids):
            raise IntegrityError(path, _entry(k), Message("integrity.not_hr_on_package"))
        if action not in ("agree", "override", "undo", "redo", *review_wide):
            raise IntegrityError(path, _entry(k), Message("integrity.not_hr"))
        if signed and action != "withdraw-sign-off":
            raise IntegrityError(path, _entry(k), Message("integrity.after_sign_off"))
        if action == "withdraw-sign-off" and (not signed or not entry["note"].strip()):
            raise IntegrityError(path, _entry(k), Message("integrity.bad_withdrawal"))
        signed = action == "sign-off"
    try:
        check_history(trail.entries())
    except HistoryError as err:
        raise IntegrityError(path, _entry(err.index), err.problem) from None
    return header, trail
