"""Readers of exported contacts. :func:`read_export` takes anything a user may hand us."""

from .result import Export, ImportReport, SkippedRow

__all__ = ["Export", "ImportReport", "SkippedRow", "read_export"]


def read_export(path, progress=None, cancel=None) -> Export:
    """Read a LinkedIn export zip, a folder of its files, or a loose contacts file
    (LinkedIn's Connections.csv, a Google or Outlook contacts CSV, or a vCard file).

    Raises :class:`model.errors.InputError` naming the file and the problem.
    """
    from .dispatch import read_export as _read

    return _read(path, progress=progress, cancel=cancel)
