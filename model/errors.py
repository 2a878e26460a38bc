"""Typed errors whose text is fit to show a user as one line."""

from __future__ import annotations

from pathlib import Path


class OwnershipError(Exception):
    """Base of every error the core raises on purpose; ``str(err)`` is a user-facing line."""


class InputError(OwnershipError):
    """A file the user gave cannot be used: names the file and the problem."""

    def __init__(self, path: str | Path, problem: str):
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class NotAnExport(InputError):
    """A readable file that holds no contacts export at all (no contacts header, no
    Connections.csv): batch skips such a file found in a folder, e.g. a sample's labels.csv."""


class ModelFileError(InputError):
    """A model file is unsafe, damaged or made by another scikit-learn version."""


class Cancelled(Exception):
    """The user asked to stop a long task; raised from the cancel checkpoint."""
