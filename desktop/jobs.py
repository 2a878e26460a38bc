"""The app's long jobs as plain, module-level functions run by :mod:`desktop.tasks`.

Each takes its data plus ``progress``/``cancel`` and returns a value; none touches a widget.
pandas and scikit-learn are imported here, inside the functions, so the window can show first.
"""

from __future__ import annotations

import gc
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_model_lock = threading.Lock()
_models: dict[str, Any] = {}  # model path ("" = shipped) -> OwnershipModel, loaded once


def get_model(path: str | Path | None = None):
    """The classifier (the shipped one for None), loaded once per process; raises ModelFileError."""
    from model.predictor import load_model  # no scikit-learn import: ~1 s sooner

    key = str(path or "")
    with _model_lock:
        if key not in _models:
            _models[key] = load_model(path)
        return _models[key]


def loaded_model(path: str | Path | None = None):
    """The classifier if it is already loaded, else None (never loads: for the About box)."""
    with _model_lock:
        return _models.get(str(path or ""))


_heap_frozen = False


def freeze_heap() -> None:
    """Put what is alive now (modules, classes, the loaded model) out of the garbage
    collector's reach, once per process; what the app makes later is collected as before.

    A full collection walks every tracked object of the process holding the GIL: ~35 ms after
    the imports (up to 160 ms on a busy machine). Set off on the worker halfway through
    reading a file, it stalls the GUI thread just as long; frozen, it walks the data only."""
    global _heap_frozen
    if not _heap_frozen:
        _heap_frozen = True
        gc.freeze()


def warm_up(*, progress=None, cancel=None) -> None:
    """Import the heavy libraries and load the model while the person looks at the start page.

    Failures are left for the real job to report: this only saves time.
    """
    try:
        # Imported for the import cost only: the first open then imports nothing (the
        # personal layer's modules too: its start is on the GUI thread).
        import desktop.workspace  # noqa: F401
        import model.learning
        import model.learning.store
        import model.readers.dispatch
        import model.session  # noqa: F401
        from model.career import Career, Position
        from model.schema import empty_contacts

        # A tiny classification pulls in what classify imports lazily (features, reasons).
        career = Career(positions=[Position("Acme B.V.", "Consultant")])
        get_model().classify(empty_contacts(2), career)
    except Exception:  # the open job reports the same error properly
        pass
    freeze_heap()


@dataclass
class Opened:
    """An export read, classified and ready to review."""

    path: Path
    export: Any  # model.readers.Export
    results: Any  # pd.DataFrame with model.schema.RESULT_COLUMNS
    table: Any  # desktop.table_model.TableData
    session: Any  # model.session.ReviewSession
    clients: list[str]
    context_restored: bool = False  # the career/client list came back from the session
    band: Any = None  # the model's own flags (pd.Series) while the person chose a share
    # Without a career of the person's own: the career inferred from the network
    # (model.inferred.InferredCareer), offered in the career editor; ``declined`` when the
    # person cleared it.
    suggestion: Any = None
    declined: bool = False
    # Without a career of the person's own: the role family the suggestions read from the
    # contacts' titles ("" when none stands out), shown in the career editor
    network_role: str = ""
    role: str = ""  # the role family the person set in the career editor ("" = not set)

    def career(self):
        """The career suggestions are made with: the person's own, else the one inferred
        from the network (unless the person cleared it); with the role the person set."""
        from dataclasses import replace

        from model.inferred import declined_career

        career = replace(self.export.career, role=self.role)
        if career.positions or self.suggestion is None:
            return career
        if self.declined:
            return declined_career(career)
        return replace(self.suggestion, role=self.role) if self.role else self.suggestion

    def set_career(self, career) -> None:
        """Take ``career`` from the career editor: the person's own positions, or their
        choice about the inferred career (kept or cleared)."""
        from model.inferred import is_inferred

        self.role = career.role
        if is_inferred(career):
            self.export.positions = []
            self.declined = career.declined
        else:
            self.export.positions = list(career.positions)
            self.declined = False

    def close(self) -> None:
        """Close the review session's journal (every decision is already saved)."""
        if self.session is not None:
            self.session.close()


_closing: list[threading.Thread] = []  # journals being closed (see close_in_background)


def close_in_background(opened: Opened | None) -> None:
    """Close ``opened`` (the export another one replaces) on a thread of its own: the
    journal's last checkpoint syncs the disk, ~30 ms here and more on a slow disk, which the
    window would otherwise stall for. :func:`wait_closed` waits for it."""
    if opened is None:
        return
    _closing[:] = [t for t in _closing if t.is_alive()]
    thread = threading.Thread(target=opened.close, name="contact-ownership-close")
    _closing.append(thread)
    thread.start()


def wait_closed() -> None:
    """Wait until every journal :func:`close_in_background` was given is closed."""
    while _closing:
        _closing.pop().join()


def open_and_classify(
    path: str | Path,
    *,
    model_path: str | Path | None = None,
    progress=None,
    cancel=None,
) -> Opened:
    """Read ``path``, classify its contacts and open (or resume) their review session.

    Raises model.errors.InputError for an unreadable export or one without contacts,
    ModelFileError for a bad model, Cancelled when ``cancel()`` turns true.
    """
    from model.errors import InputError
    from model.inferred import infer_career
    from model.messages import Message
    from model.progress import checkpoint, scaled
    from model.readers import read_export
    from model.session import ReviewSession

    from .fmt import short_months
    from .table_data import build_table_data

    freeze_heap()  # opened without a warm-up: the imports above are most of the heap
    path = Path(path)
    checkpoint(progress, cancel, 0.0, Message("progress.opening"))
    export = read_export(path, progress=scaled(progress, 0.0, 0.4), cancel=cancel)
    if len(export.contacts) == 0:
        raise InputError(path, Message("read.no_contacts_found"))
    checkpoint(progress, cancel, 0.4, Message("progress.loading_model"))
    model = get_model(model_path)
    # Connections.csv alone: the career is inferred from the network, shown as a suggestion
    suggestion = None if export.positions else infer_career(export.contacts, export.career)
    results = model.classify(
        export.contacts,
        suggestion or export.career,
        progress=scaled(progress, 0.45, 0.9),
        cancel=cancel,
    )
    exported = export.exported_on.isoformat() if export.exported_on else ""
    session = ReviewSession.open(
        path,
        export.contacts,
        results,
        career=export.career,
        owner=export.profile_name,
        exported_on=exported,
        decisions=getattr(export, "decisions", None),
    )
    try:
        career, clients = session.context()
        restored = career is not None or bool(clients)
        opened = Opened(path, export, results, None, session, list(clients or []), restored)
        opened.suggestion = suggestion
        if not export.positions:
            from model.features.vocab import infer_role

            opened.network_role = infer_role(export.contacts["position"].to_numpy(dtype=object))
        if restored:
            # The person's own career and client list win over the export's.
            checkpoint(progress, cancel, 0.9, Message("progress.classifying_with_career"))
            if career is not None:
                opened.set_career(career)
            results = model.classify(export.contacts, opened.career(), clients or None)
            session.update_results(results, export.career)
        checkpoint(progress, cancel, 0.95, Message("progress.preparing_table"))
        opened.results = results
        opened.table = build_table_data(export.contacts, results, short_months())
    except BaseException:
        session.close()
        raise
    checkpoint(progress, cancel, 1.0, Message("progress.done"))
    return opened


def reclassify(
    contacts,
    career,
    clients: list[str],
    *,
    model_path: str | Path | None = None,
    progress=None,
    cancel=None,
):
    """Classify ``contacts`` again for an edited ``career``/client list; returns (results, table)."""
    from .fmt import short_months
    from .table_data import build_table_data

    results = get_model(model_path).classify(
        contacts, career, clients or None, progress=progress, cancel=cancel
    )
    return results, build_table_data(contacts, results, short_months())


class SessionSnapshot:
    """A frozen copy of what ``model.exports.classification_table`` reads from a session,
    taken on the GUI thread so the export can run on the worker while review goes on."""

    def __init__(self, session):
        import numpy as np

        self.decision = np.asarray(session.decision).copy()
        self._final = session.final()

    def __len__(self) -> int:
        return len(self.decision)

    def final(self):
        return self._final


def export_contacts(
    contacts,
    results,
    snapshot: SessionSnapshot | None,
    path: str | Path,
    which: str = "all",
    *,
    rows=None,
    review_order=None,
    progress=None,
    cancel=None,
) -> int:
    """Write the classification table (``which`` "all") or the work/private list to ``path``
    (CSV or XLSX by extension), only of source ``rows`` if given (in input order); returns
    the rows written. ``review_order`` (1 = most useful next, 0 = decided) becomes a column.
    Raises InputError."""
    import numpy as np

    from model.exports import classification_table, write_contact_list, write_table
    from model.messages import Message
    from model.progress import checkpoint

    checkpoint(progress, cancel, 0.1, Message("progress.preparing"))
    table = classification_table(contacts, results, snapshot)
    if review_order is not None:
        import pandas as pd

        order = pd.array(review_order, dtype="Int64")
        decided = np.asarray(review_order) <= 0
        if snapshot is not None:  # decided since the order was computed
            decided |= np.asarray(snapshot.decision) != ""
        order[decided] = pd.NA  # decided: nothing left to order
        table["review_order"] = order
    if rows is not None:
        table = table.iloc[np.sort(np.asarray(rows, dtype=np.int64))].reset_index(drop=True)
    checkpoint(progress, cancel, 0.5, Message("progress.writing"))
    if which == "all":
        write_table(table, path)
        return len(table)
    if Path(path).suffix.lower() == ".vcf":
        from model.hr.handover import write_handover

        return write_handover(table, path, which)
    return write_contact_list(table, path, which)
