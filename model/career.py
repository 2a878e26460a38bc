"""The owner's career: positions as periods with the employer's normalised name."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Position:
    """One job of the owner. ``start`` is the first day of its first month (None if unknown),
    ``end`` the last day of its last month, or None for a current job."""

    company: str
    title: str = ""
    start: date | None = None
    end: date | None = None
    description: str = ""
    location: str = ""

    @property
    def is_current(self) -> bool:
        return self.end is None


@dataclass
class Career:
    """The owner's positions plus what dates the network: LinkedIn join and export dates."""

    positions: list[Position] = field(default_factory=list)
    owner_name: str = ""
    registered_on: date | None = None
    exported_on: date | None = None
