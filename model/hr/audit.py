"""The audit trail: decisions as a hash chain of JSON lines.

Each entry is one line of canonical JSON (sorted keys, no spaces, UTF-8) whose ``prev`` field is
the SHA-256 of the bytes of the line before it, so changing, removing or reordering any earlier
entry breaks the chain at the next one. The person's entries start from :data:`GENESIS`; HR's
continue from the package (see :mod:`model.hr.review`). The chain shows tampering after the
fact; it is not a signature: someone who rewrites every entry and the manifest is not caught.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

from ..messages import Message

GENESIS = "0" * 64
ACTORS = ("person", "hr")
# What an entry may record: a decision (person's or HR's), a note, a sign-off and its
# withdrawal (which reopens the review).
ACTIONS = (
    "decide",
    "employer",
    "note",
    "clear",
    "undo",
    "redo",
    "agree",
    "override",
    "sign-off",
    "withdraw-sign-off",
)
ENTRY_FIELDS = {
    "seq": int,
    "at": str,  # ISO 8601 UTC
    "actor": str,  # one of ACTORS
    "who": str,
    "contact": str,  # the package's contact id ("" for a sign-off or its withdrawal)
    "action": str,
    "decision": str,  # "", "work", "private" or "agree"
    "employer": str,
    "note": str,
    "prev": str,
}
MAX_TEXT = 4000  # characters in one field: notes are short; anything longer is hostile


def canonical(obj) -> bytes:
    """The one byte form of a JSON value that hashes are taken of."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of ``data`` as 64 hex digits."""
    return hashlib.sha256(data).hexdigest()


class ChainError(ValueError):
    """An entry is malformed or does not carry the hash of the entry before it.

    ``index`` is the entry's 1-based position in its file; ``str(err)`` says what is wrong.
    """

    def __init__(self, index: int, problem: str):
        self.index = index
        self.problem = problem
        super().__init__(f"entry {index}: {problem}")


@dataclass
class AuditTrail:
    """An append-only list of chained entries (each kept as its exact line bytes)."""

    lines: list[bytes]
    start: str = GENESIS  # what the first entry's ``prev`` must be

    @property
    def head(self) -> str:
        """The hash the next entry must carry (the last line's SHA-256, or ``start``)."""
        return sha256_hex(self.lines[-1]) if self.lines else self.start

    def append(self, **fields) -> dict:
        """Add an entry (seq and prev are filled in); returns it. Raises ValueError if a field
        is missing, unknown or of the wrong type."""
        entry = {"seq": len(self.lines) + 1, "prev": self.head, **fields}
        check_entry(entry, len(self.lines) + 1)
        self.lines.append(canonical(entry))
        return entry

    def entries(self) -> list[dict]:
        """Every entry as a dict, oldest first."""
        return [json.loads(line) for line in self.lines]

    def to_bytes(self) -> bytes:
        """The JSON-lines form written to a file."""
        return b"".join(line + b"\n" for line in self.lines)


def check_entry(entry, index: int) -> None:
    """Raise ChainError unless ``entry`` has exactly the fields of an entry, well typed."""
    if not isinstance(entry, dict):
        raise ChainError(index, Message("chain.not_object"))
    if set(entry) != set(ENTRY_FIELDS):
        odd = sorted(set(entry) ^ set(ENTRY_FIELDS))
        raise ChainError(index, Message("chain.fields", fields=", ".join(odd)))
    for name, kind in ENTRY_FIELDS.items():
        value = entry[name]
        if not isinstance(value, kind) or isinstance(value, bool):
            raise ChainError(index, Message("chain.field_kind", field=name, kind=kind.__name__))
        if isinstance(value, str) and len(value) > MAX_TEXT:
            raise ChainError(index, Message("chain.field_long", field=name))
    if entry["actor"] not in ACTORS:
        raise ChainError(index, Message("chain.actor", actor=entry["actor"]))
    if entry["action"] not in ACTIONS:
        raise ChainError(index, Message("chain.action", action=entry["action"]))
    if entry["seq"] != index:
        raise ChainError(index, Message("chain.numbered", seq=entry["seq"], index=index))


def parse_trail(data: bytes, start: str = GENESIS) -> AuditTrail:
    """The trail in JSON-lines ``data`` whose first entry must carry ``start``.

    Raises ChainError naming the first entry that is malformed or breaks the chain.
    """
    if data and not data.endswith(b"\n"):
        raise ChainError(data.count(b"\n") + 1, Message("chain.incomplete"))
    lines = data.split(b"\n")[:-1] if data else []
    trail = AuditTrail([], start)
    for index, line in enumerate(lines, start=1):
        try:
            entry = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):  # nested too deep
            raise ChainError(index, Message("chain.not_json")) from None
        check_entry(entry, index)
        if canonical(entry) != line:
            raise ChainError(index, Message("chain.not_canonical"))
        if entry["prev"] != trail.head:
            raise ChainError(index, Message("chain.broken"))
        trail.lines.append(line)
    return trail


def person_entries(events: Iterable[dict]) -> list[dict]:
    """Audit fields for the person's decision events (dicts with contact, at, who, action,
    decision, employer, note), oldest first; seq and prev are left to :meth:`AuditTrail.append`."""
    out = []
    for e in sorted(events, key=lambda e: (e["at"], e["contact"])):
        action = str(e["action"]).split(" ")[0]
        out.append(
            {
                "at": e["at"],
                "actor": "person",
                "who": e.get("who", "") or "",
                "contact": e["contact"],
                "action": action if action in ACTIONS else "decide",
                "decision": e.get("decision", "") or "",
                "employer": e.get("employer", "") or "",
                "note": e.get("note", "") or "",
            }
        )
    return out
