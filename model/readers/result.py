"""What a reader returns: the contacts, the owner's context and an import report."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from ..career import Career, Position
from ..messages import Message

if TYPE_CHECKING:
    from .stream import ContactStream


@dataclass(frozen=True)
class SkippedRow:
    row: int  # 1-based line number in the source file
    reason: str
    file: str = ""  # the member of a zip or folder it came from


@dataclass
class ImportReport:
    """What happened while reading: shown after an import and by ``inspect``."""

    rows_read: int = 0
    imported: int = 0
    skipped: list[SkippedRow] = field(default_factory=list)
    duplicates: int = 0
    warnings: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # the files actually read
    encoding: str = ""
    delimiter: str = ""
    date_order: str = ""  # "DMY", "MDY", "YMD", "text" (05 Mar 2021) or "" when no dates
    hidden_profiles: int = 0  # contacts without a name (LinkedIn hides some profiles)
    # "file name", "file name, month first" (both orders read, LinkedIn's taken), "zip entry
    # dates" or "" (unknown): model.readers.name_date
    exported_on_source: str = ""
    notes: list[str] = field(default_factory=list)  # warnings about what the export lacks

    def note(self, text: str) -> None:
        """A warning about what the export lacks (no career, no dates), not about damage."""
        self.warnings.append(text)
        self.notes.append(text)

    @property
    def problems(self) -> list[str]:
        """The warnings about something repaired, left out or doubtful in what was read."""
        notes = set(self.notes)
        return [w for w in self.warnings if w not in notes]

    def problem_lines(self) -> list[str]:
        """The skipped rows (one line naming the first three and their reasons), then the
        :attr:`problems`: what ``classify`` and ``batch`` tell about the reading."""
        lines = []
        if self.skipped:
            shown = tuple(
                Message("row.line_reason", line=s.row, reason=s.reason) for s in self.skipped[:3]
            )
            if len(self.skipped) > 3:
                shown = Message("note.and_more_rows", shown=shown, n=len(self.skipped) - 3)
            lines.append(Message("note.rows_skipped", n=len(self.skipped), shown=shown))
        return lines + self.problems

    repaired: int = 0  # text values whose mojibake was repaired (readers/mojibake.py)


@dataclass
class Export:
    """One person's exported contacts and whatever else the export told us about them."""

    source: Path
    format: str  # "linkedin-zip", "linkedin-folder", "linkedin-csv", "google-csv", "outlook-csv", "vcard"
    contacts: pd.DataFrame  # model.schema.CONTACT_COLUMNS
    positions: list[Position] = field(default_factory=list)
    profile_name: str = ""
    registered_on: date | None = None
    exported_on: date | None = None
    invitations: pd.DataFrame | None = (
        None  # columns: name, direction ("incoming"/"outgoing"), sent_on, url
    )
    report: ImportReport = field(default_factory=ImportReport)
    # The app's own classification table read back: per contact decision, employer, category,
    # note, decided_by, decided_at (readers/own.py); None for any other export.
    decisions: pd.DataFrame | None = None
    # A large Connections.csv read with read_export(stream_above=...): its contacts chunk by
    # chunk (readers/stream.py), ``contacts`` then being empty; None for any other export.
    stream: ContactStream | None = None
    # True when a scan of the contacts' whole file (readers/screen.py) found nothing in it
    # that mojibake repair or the removal of direction controls could change: both skip the
    # contacts (the positions, a few rows from another file, are still checked)
    screened_clean: bool = False

    @property
    def career(self) -> Career:
        """The owner's career as the export gives it: a NEW Career on every read, so that no
        caller's edits leak into the export. Change ``positions`` (or the profile fields) to
        change it; an assignment to ``export.career.positions`` is lost."""
        return Career(
            positions=list(self.positions),
            owner_name=self.profile_name,
            registered_on=self.registered_on,
            exported_on=self.exported_on,
        )
