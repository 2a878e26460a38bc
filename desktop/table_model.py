"""The contacts table: a thin Qt adapter over column arrays.

:func:`desktop.table_data.build_table_data` turns contacts plus classification results into
numpy arrays (display strings, precomputed sort keys, a lower-cased search text) — plain data
that a worker thread can build. :class:`ContactsTableModel` only looks values up: ``data()`` never touches a
DataFrame, sorting is one numpy ``argsort`` over precomputed keys and filtering is a vectorised
mask, both followed by a model reset (25 ms at 30,000 rows, against seconds through
``QSortFilterProxyModel``). Decisions, employers and categories are never copied: the model
looks them up in the review session (``model.session.ReviewSession``), the one source of them,
and a decision emits ``dataChanged`` for the changed rows only.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from model.schema import CATEGORIES

from .table_data import _BIG, FilterSpec, TableData, _text_key, uncertain

# Column ids in display order; the headers are translated in headerData.
COLUMNS: tuple[str, ...] = (
    "name",
    "company",
    "position",
    "connected",
    "suggestion",
    "confidence",
    "employer",
    "category",
    "review",
)
# Marked for lupdate; translated when shown (headerData).
_HEADERS = {
    "name": QT_TRANSLATE_NOOP("ContactsTableModel", "Name"),
    "company": QT_TRANSLATE_NOOP("ContactsTableModel", "Company"),
    "position": QT_TRANSLATE_NOOP("ContactsTableModel", "Position"),
    "connected": QT_TRANSLATE_NOOP("ContactsTableModel", "Connected on"),
    "suggestion": QT_TRANSLATE_NOOP("ContactsTableModel", "Suggestion"),
    "confidence": QT_TRANSLATE_NOOP("ContactsTableModel", "Confidence"),
    "employer": QT_TRANSLATE_NOOP("ContactsTableModel", "Employer"),
    "category": QT_TRANSLATE_NOOP("ContactsTableModel", "Category"),
    "review": QT_TRANSLATE_NOOP("ContactsTableModel", "Review"),
}
COL = {name: i for i, name in enumerate(COLUMNS)}
_REVIEWED = ("employer", "category")  # columns that follow the decisions: read from the session

# model.schema.CATEGORIES, marked for lupdate; shown through category_label().
_CATEGORY_NAMES = (
    QT_TRANSLATE_NOOP("category", "colleague"),
    QT_TRANSLATE_NOOP("category", "client"),
    QT_TRANSLATE_NOOP("category", "supplier"),
    QT_TRANSLATE_NOOP("category", "candidate"),
    QT_TRANSLATE_NOOP("category", "other work"),
    QT_TRANSLATE_NOOP("category", "private"),
)


def category_label(name: str) -> str:
    """A category's name in the interface language."""
    return QCoreApplication.translate("category", name)


# Review codes: what the person decided for a contact.
UNDECIDED, PRIVATE, WORK = -1, 0, 1

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_OVERRIDDEN = QColor("#9a5b00")  # the person disagreed with the model
SourceRowRole = Qt.ItemDataRole.UserRole + 1  # the contact's row in the input (0-based)
LabelRole = Qt.ItemDataRole.UserRole + 2  # "work"/"private": the model's suggestion
FlaggedRole = Qt.ItemDataRole.UserRole + 3  # bool
DecidedRole = Qt.ItemDataRole.UserRole + 4  # "work"/"private"/"" the person's decision
_ROLES = frozenset(
    int(r) for r in (_DISPLAY, _TOOLTIP, _ALIGN, _FOREGROUND, SourceRowRole, LabelRole)
) | {int(FlaggedRole), int(DecidedRole)}


class ContactsTableModel(QAbstractTableModel):
    """Rows of contacts in the current filter and sort order; see the module docstring."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._data: TableData | None = None
        self._session = None  # the ReviewSession whose decisions are shown, or None
        self._category_labels: dict[str, str] = {}
        self._order = np.zeros(0, dtype=np.int64)  # display row -> source row
        self._order_list: list[int] = []  # the same as a list, for data()
        self._lists: dict[str, list[str]] = {}  # display columns as lists, for data()
        self._words = _words()
        self._pos = np.zeros(0, dtype=np.int64)  # source row -> display row (-1 hidden)
        self._filter = FilterSpec()
        self._sort: tuple[str, Qt.SortOrder] | None = None

    # -- loading ----------------------------------------------------------------------------
    def set_table(self, data: TableData, session=None) -> None:
        """Show ``data`` with the decisions of ``session`` (a ReviewSession of the same rows;
        None: nothing reviewed). Keeps the current filter and sort."""
        if session is not None and len(session) != data.n:
            raise ValueError(f"a session of {len(session)} rows for a table of {data.n}")
        self._data = data
        self._session = session
        self._lists = data.texts or {  # made by build_table_data on the worker
            col: values.tolist() for col, values in data.display.items() if col not in _REVIEWED
        }
        self._words = _words()
        self._category_labels = {name: category_label(name) for name in CATEGORIES}
        self._apply()

    def update_data(self, data: TableData) -> None:
        """Take new suggestions for the same contacts (p_work, flags, suggestions, reasons;
        names and companies unchanged): cheaper than :meth:`set_table` at 30,000 rows. Keeps
        the filter, the sort and the session."""
        if self._data is None or data.n != self._data.n:
            self.set_table(data, self._session)
            return
        self._data = data
        self._apply()

    def session(self):
        """The review session shown, or None."""
        return self._session

    # -- looked up in the session -----------------------------------------------------------
    def decision(self) -> np.ndarray:
        """Per source row: "work", "private" or "" (undecided); read from the session."""
        if self._session is None:
            return np.full(self._data.n if self._data else 0, "", dtype="<U7")
        return self._session.decision

    def column(self, name: str) -> np.ndarray:
        """The values of column "employer" or "category" per source row: the session's
        (following the decisions), else the suggestion's."""
        assert self._data is not None
        if self._session is None:
            return self._data.display[name]
        return self._session.employer if name == "employer" else self._session.category

    def _review_codes(self) -> np.ndarray:
        decision = self.decision()
        codes = np.full(len(decision), UNDECIDED, dtype=np.int8)
        codes[decision == "work"] = WORK
        codes[decision == "private"] = PRIVATE
        return codes

    def table(self) -> TableData | None:
        """The arrays shown, or None before anything is loaded."""
        return self._data

    # -- Qt model API -----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("ContactsTableModel", _HEADERS[COLUMNS[section]])
            if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section] == "confidence":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: QModelIndex, role: int = _DISPLAY):
        # Called ~7 times per visible cell per paint: answer the roles we do not use first, and
        # look values up in plain lists (faster than indexing numpy arrays one item at a time).
        # (A multiData() answering all of a cell's roles in one call was no faster here: Qt's
        # drawing is most of a paint.)
        if role not in _ROLES or self._data is None:
            return None
        row = index.row()
        if row < 0 or row >= len(self._order_list):
            return None
        src = self._order_list[row]
        col = COLUMNS[index.column()]
        if role == _DISPLAY:
            return self._display(src, col)
        if role == _ALIGN:
            return _RIGHT if col == "confidence" else None
        if role == _FOREGROUND:
            return _OVERRIDDEN if col == "review" and self._is_overridden(src) else None
        data = self._data
        if role == SourceRowRole:
            return src
        if role == LabelRole:
            return "work" if data.is_work[src] else "private"
        if role == FlaggedRole:
            return bool(data.flagged[src])
        if role == DecidedRole:
            return str(self.decision()[src])
        if role == _TOOLTIP:
            return self._tooltip(data, src, col)
        return None

    def _display(self, src: int, col: str) -> str:
        lists = self._lists
        if col in lists:
            return lists[col][src]
        data = self._data
        if col == "suggestion":
            return self._words["work" if data.is_work[src] else "private"] + (
                " ?" if data.flagged[src] else ""
            )
        if col == "confidence":
            if data.flagged[src] or data.confidence[src] < 0.5:  # table_data.uncertain
                return self._words["uncertain"]
            return confidence_text(data.confidence[src])
        if col == "employer":
            return str(self.column("employer")[src])
        if col == "category":
            name = str(self.column("category")[src])
            return self._category_labels.get(name, name)
        if self._session is None:
            return ""
        decision = str(self._session.decision[src])
        return self._words[_review_key(decision, self._is_overridden(src))]

    def _is_overridden(self, src: int) -> bool:
        return self._session is not None and self._session.states()[src] == "overridden"

    def _tooltip(self, data: TableData, src: int, col: str) -> str | None:
        if col in ("suggestion", "confidence", "name"):
            reasons = data.reasons[src] or ()
            head = QCoreApplication.translate("ContactsTableModel", "p(work) = {p:.2f}").format(
                p=shown_probability(data.p_work[src])
            )
            if data.flagged[src]:
                head += " · " + QCoreApplication.translate(
                    "ContactsTableModel", "uncertain: please check"
                )
            return "\n".join([head, *("• " + r for r in reasons)])
        if col in ("company", "position"):
            return data.display[col][src] or None
        if col == "employer":
            return str(self.column("employer")[src]) or None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort every row by ``column`` with one stable numpy argsort; empties go last.
        A column of -1 (the view's "no sort indicator") is the input order."""
        self._sort = (COLUMNS[column], order) if 0 <= column < len(COLUMNS) else None
        self._apply()

    # -- filtering --------------------------------------------------------------------------
    def set_filter(self, spec: FilterSpec) -> None:
        """Show only the rows matching ``spec`` (vectorised; resets the model)."""
        self._filter = spec
        self._apply()

    def set_filter_silently(self, spec: FilterSpec) -> None:
        """Remember ``spec`` for the next :meth:`set_table` without refiltering now."""
        self._filter = spec

    def filter_spec(self) -> FilterSpec:
        return self._filter

    def _mask(self) -> np.ndarray:
        data, spec = self._data, self._filter
        assert data is not None
        mask = np.ones(data.n, dtype=bool)
        for word in spec.text.lower().split():
            mask &= data.haystack.str.contains(word, regex=False).to_numpy(dtype=bool)
        if spec.suggestion:
            mask &= self.final_is_work() == (spec.suggestion == "work")
        if spec.flagged_only:
            mask &= data.flagged
        if spec.employer is not None:
            mask &= self.column("employer") == spec.employer
        if spec.category:
            mask &= self.column("category") == spec.category
        if spec.undecided_only:
            mask &= self.decision() == ""
        if spec.month is not None:
            year, month = spec.month
            wanted = np.datetime64(f"{year:04d}-{month:02d}", "M")
            mask &= data.connected_on.astype("datetime64[M]") == wanted
        if spec.rows is not None:
            mask &= np.isin(np.arange(data.n), spec.rows)
        return mask

    def _apply(self) -> None:
        self.beginResetModel()
        if self._data is None:
            self._order = np.zeros(0, dtype=np.int64)
            self._order_list = []
            self._pos = np.zeros(0, dtype=np.int64)
        else:
            rows = np.flatnonzero(self._mask())
            if self._sort is not None:
                rows = rows[self._sorted_positions(rows, *self._sort)]
            self._order = rows
            self._order_list = rows.tolist()
            self._pos = np.full(self._data.n, -1, dtype=np.int64)
            self._pos[rows] = np.arange(len(rows))
        self.endResetModel()

    def _sorted_positions(self, rows: np.ndarray, col: str, order: Qt.SortOrder) -> np.ndarray:
        assert self._data is not None
        if col == "review":
            keys = self._review_codes()[rows].astype(np.int64)
            keys[keys == UNDECIDED] = _BIG
        elif col in _REVIEWED:
            keys = _text_key(pd.Series(self.column(col)[rows], dtype="str"))
        else:
            keys = self._data.sort_keys[col][rows]
            if col == "confidence":  # "uncertain" is less sure than any percentage shown
                keys = keys - np.where(uncertain(self._data)[rows], 10**7, 0)
        if order == Qt.SortOrder.DescendingOrder:
            keys = np.where(keys == _BIG, _BIG, -keys)
        return np.argsort(keys, kind="stable")

    # -- review -----------------------------------------------------------------------------
    def review_changed(self, rows) -> None:
        """The session changed the decisions of source ``rows``: repaint just those rows.

        Rows stay where they are until the filter or sort changes, so review never makes the
        row under the cursor jump."""
        self._emit_rows_changed(np.unique(np.asarray(rows, dtype=np.int64)))

    def _emit_rows_changed(self, src_rows: np.ndarray) -> None:
        if len(src_rows) == 0 or len(self._pos) == 0:
            return
        shown = np.sort(self._pos[src_rows])
        shown = shown[shown >= 0]
        if len(shown) == 0:
            return
        # One signal per run of adjacent rows: a select-all decision is one signal, not 30,000.
        breaks = np.flatnonzero(np.diff(shown) != 1)
        starts = np.concatenate(([shown[0]], shown[breaks + 1]))
        ends = np.concatenate((shown[breaks], [shown[-1]]))
        last = len(COLUMNS) - 1
        for a, b in zip(starts, ends, strict=True):
            self.dataChanged.emit(self.index(int(a), 0), self.index(int(b), last))

    # -- lookups for the window -------------------------------------------------------------
    def source_row(self, display_row: int) -> int:
        """The input row shown at ``display_row``."""
        return int(self._order[display_row])

    def source_rows(self, display_rows: np.ndarray) -> np.ndarray:
        """The input rows shown at ``display_rows`` (vectorised :meth:`source_row`)."""
        return self._order[np.asarray(display_rows, dtype=np.int64)]

    def first_undecided_row(self) -> int:
        """The first shown row without a decision, or -1."""
        undecided = np.flatnonzero(self.decision()[self._order] == "")
        return int(undecided[0]) if len(undecided) else -1

    def shown_source_rows(self) -> np.ndarray:
        """The source rows the filter shows, in display order (a copy)."""
        return self._order.copy()

    def display_row(self, source_row: int) -> int:
        """Where source row ``source_row`` is shown, or -1 if the filter hides it."""
        if not 0 <= source_row < len(self._pos):
            return -1
        return int(self._pos[source_row])

    def decided(self) -> np.ndarray:
        """The review codes (UNDECIDED/PRIVATE/WORK) of every source row (a copy)."""
        return self._review_codes()

    def final_is_work(self) -> np.ndarray:
        """Per source row: the person's decision where there is one, else the suggestion."""
        assert self._data is not None
        decision = self.decision()
        return np.where(decision == "", self._data.is_work, decision == "work")

    def counts(self) -> dict[str, int]:
        """Totals for the status bar: contacts, shown, work, private, flagged, decided."""
        if self._data is None:
            return dict.fromkeys(("contacts", "shown", "work", "private", "flagged", "decided"), 0)
        work = int(self.final_is_work().sum())
        return {
            "contacts": self._data.n,
            "shown": len(self._order),
            "work": work,
            "private": self._data.n - work,
            "flagged": int(self._data.flagged.sum()),
            "decided": int((self.decision() != "").sum()),
        }

    def employers(self) -> list[str]:
        """The distinct non-empty employers in the results, sorted."""
        if self._data is None:
            return []
        values = set(pd.unique(self._data.display["employer"]))
        values.update(pd.unique(self.column("employer")))
        return sorted((str(v) for v in values if v), key=str.lower)


def shown_probability(p: float) -> float:
    """p_work as shown with two decimals: never 0.00 or 1.00, which would claim certainty."""
    return min(max(float(p), 0.01), 0.99)


def confidence_text(confidence: float) -> str:
    """A confidence as a whole percentage, never "100 %": a calibrated model is never sure."""
    return f"{min(round(100 * confidence), 99)} %"


def confidence_texts(is_work, p_work, flagged) -> list[str]:
    """The Confidence column's text for each suggestion, by :func:`table_data.uncertain`'s
    rule: "uncertain" when flagged or less likely than not, else how sure the suggestion shown
    is (p_work for work, 1 - p_work for private) as a percentage."""
    is_work = np.asarray(is_work, dtype=bool)
    p_work = np.asarray(p_work, dtype=float)
    confidence = np.where(is_work, p_work, 1.0 - p_work)
    unsure = np.asarray(flagged, dtype=bool) | (confidence < 0.5)
    word = QCoreApplication.translate("ContactsTableModel", "uncertain")
    return [word if u else confidence_text(c) for u, c in zip(unsure, confidence, strict=True)]


def _review_key(decision: str, overridden: bool) -> str:
    if not decision:
        return ""
    if not overridden:
        return "confirmed " + decision
    return "to " + decision


def _words() -> dict[str, str]:
    """Translated cell texts, looked up once per table instead of once per painted cell."""
    return {
        "work": QCoreApplication.translate("ContactsTableModel", "work"),
        "private": QCoreApplication.translate("ContactsTableModel", "private"),
        "": "",
        "uncertain": QCoreApplication.translate("ContactsTableModel", "uncertain"),
        "confirmed work": QCoreApplication.translate("ContactsTableModel", "✓ work"),
        "confirmed private": QCoreApplication.translate("ContactsTableModel", "✓ private"),
        "to work": QCoreApplication.translate("ContactsTableModel", "✎ work"),
        "to private": QCoreApplication.translate("ContactsTableModel", "✎ private"),
    }
