"""A person's decisions read back from a decisions file (above all the table the app exported
with "Export all", CSV or XLSX), so the command line can build a package from them. The file
is read by the one decisions reader, :func:`model.learning.labels.read_labels`."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..learning.labels import labels_frame, read_labels


def load_decisions(path: str | Path, contacts: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """Row-aligned decisions (decision, employer, note, decided_by, decided_at) for
    ``contacts`` from a decisions file (see :func:`model.learning.labels.read_labels`).

    Returns (decisions, how many decided records of the file matched no contact). Raises
    InputError for an unreadable file, one without a decision column, or an unknown decision.
    """
    labels = read_labels(path, contacts)
    return labels_frame(labels), labels.unmatched
