"""Readers of exported contacts. :func:`read_export` takes anything a user may hand us."""

from .result import Export, ImportReport, SkippedRow

__all__ = ["Export", "ImportReport", "SkippedRow", "read_export"]


def read_export(
    path, progress=None, cancel=None, *, stream_above=0, chunk_rows=0, split=None
) -> Export:
    """Read a LinkedIn export zip, a folder of its files, or a loose contacts file
    (LinkedIn's Connections.csv, a Google or Outlook contacts CSV, or a vCard file).

    ``stream_above``: a clean LinkedIn Connections.csv of more contacts than that comes as
    ``export.stream``, ``chunk_rows`` contacts at a time (see :mod:`.stream`); ``split``:
    asked for a helper process to parse half of it (:func:`.stream.stream_connections`).

    Raises :class:`model.errors.InputError` naming the file and the problem.
    """
    from .dispatch import read_export as _read

    return _read(
        path,
        progress=progress,
        cancel=cancel,
        stream_above=stream_above,
        chunk_rows=chunk_rows,
        split=split,
    )
