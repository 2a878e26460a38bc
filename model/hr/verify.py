"""Checking a package and HR's review of it: every member against the manifest, every audit
entry against the one before it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .package import IntegrityError, load_package
from .review import read_review, review_path_for


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
        review = f" and {self.review.name} ({self.hr_entries} HR entries)" if self.review else ""
        if self.ok:
            return (
                f"{self.package}: OK — {self.members} members match the manifest; the audit "
                f"trail ({self.person_entries} entries of the person){review} is whole"
            )
        return self.problem


def verify(path: str | Path, review_path: str | Path | None = None) -> Verification:
    """Verify a package and, if present, HR's review beside it (or ``review_path``).

    Returns a Verification whose ``problem`` names the first member or entry that does not
    match. Raises InputError (not IntegrityError) when a file cannot be read at all.
    """
    path = Path(path)
    try:
        package = load_package(path)
    except IntegrityError as err:
        return Verification(path, None, 0, 0, 0, str(err))
    members = len(package.manifest["members"])
    review = Path(review_path) if review_path else review_path_for(path)
    if not review.exists():
        if review_path:
            from ..errors import InputError

            raise InputError(review, "does not exist")
        return Verification(path, None, members, len(package.audit.lines), 0)
    try:
        _, trail = read_review(review, package)
    except IntegrityError as err:
        return Verification(path, review, members, len(package.audit.lines), 0, str(err))
    return Verification(path, review, members, len(package.audit.lines), len(trail.lines))
