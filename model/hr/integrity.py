"""Checking a package and HR's review of it: every member against the manifest, every audit
entry against the one before it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..messages import Message
from .package import IntegrityError
from .review import read_review, review_path_for
from .unpack import load_package


@dataclass(frozen=True)
class Verification:
    """The outcome of :func:`verify`: ``problem`` is "" when everything matches."""

    package: Path
    review: Path | None  # HR's review file, if one was checked
    members: int
    person_entries: int
    hr_entries: int
    problem: str = ""

    @property
    def ok(self) -> bool:
        """True when every member matches the manifest and every chain is whole."""
        return not self.problem

    def summary(self) -> str:
        """One line saying what was checked and the outcome."""
        if self.ok:
            fields = dict(package=str(self.package), members=self.members)
            if self.review is None:
                return Message("verify.ok", **fields, entries=self.person_entries)
            return Message(
                "verify.ok_review",
                **fields,
                entries=self.person_entries,
                hr_entries=self.hr_entries,
                review=self.review.name,
            )
        return self.problem


def verify(path: str | Path, review_path: str | Path | None = None) -> Verification:
    """Verify a package and, if present, HR's review beside it (or ``review_path``).

    Returns a Verification whose ``problem`` names the first member or entry that does not
    match. Raises InputError (not IntegrityError) when a file cannot be read at all.
    """
    return verify_and_load(path, review_path)[0]


def verify_and_load(path: str | Path, review_path: str | Path | None = None):
    """:func:`verify`, also returning what it read: (Verification, Package or None when it
    failed, (header, trail) of HR's review or None)."""
    path = Path(path)
    try:
        package = load_package(path)
    except IntegrityError as err:
        return Verification(path, None, 0, 0, 0, err.message), None, None
    members = len(package.manifest["members"])
    person = len(package.audit.lines)
    review = Path(review_path) if review_path else review_path_for(path)
    if not review.exists():
        if review_path:
            raise InputError(review, Message("file.missing"))
        return Verification(path, None, members, person, 0), package, None
    try:
        header, trail = read_review(review, package)
    except IntegrityError as err:
        return Verification(path, review, members, person, 0, err.message), package, None
    result = Verification(path, review, members, person, len(trail.lines))
    return result, package, (header, trail)
