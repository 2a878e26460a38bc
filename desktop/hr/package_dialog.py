"""Before a review package is written, the person sees exactly what leaves the computer."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from model.hr.package import private_total

from ..fmt import Count
from ..screen_fit import keep_on_screen
from ..table_model import confidence_texts


def _confidence(table) -> list[str]:
    return confidence_texts(table["suggestion"] == "work", table["p_work"], table["flagged"])


class _ListModel(QAbstractTableModel):
    """The contacts that go in, one row each (plain column lists: 30,000 rows stay quick)."""

    def __init__(self, table, headers: list[str], parent=None):
        super().__init__(parent)
        name = (table["first_name"] + " " + table["last_name"]).str.strip()
        words = {
            w: QCoreApplication.translate("ContactsTableModel", w) for w in ("work", "private")
        }
        self._columns = [
            name.tolist(),
            table["company"].tolist(),
            table["position"].tolist(),
            # how sure the suggestion is, as the main window says it (not p_work, which beside
            # "private" would read as the chance that it is private)
            [
                f"{words.get(s, s)} · {c}"
                for s, c in zip(table["suggestion"], _confidence(table), strict=True)
            ],
            ["⚑" if f else "" for f in table["flagged"]],
            [words.get(d, d) for d in table["decision"]],
            table["note"].tolist(),
        ]
        self._headers = headers

    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._columns[0])

    def columnCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[index.column()][index.row()]
        return None


class PackageDialog(QDialog):
    """Shows a :class:`model.hr.package.PackagePlan`: counts per employer and category and every
    contact that goes in. Accepting means "write it"."""

    def __init__(self, plan, parent=None):
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Export review package for HR"))
        n = len(plan.records)
        # The flagged private ones go too (the table's private column): said, so that "your
        # private contacts stay here" does not read as a contradiction of that column.
        counts = plan.counts()
        private = private_total(counts)
        # one count per sentence, each singular or plural (%Ln: grouped as the language does)
        leaving = self.tr(
            "These %Ln contacts will leave this computer in the package: your work contacts "
            "and the contacts flagged for review ({p} of them private), each with its "
            "suggestion, reasons and your decision.",
            "",
            n,
        ).format(p=QLocale().toString(private))
        staying = self.tr(
            "Your other %Ln private contacts stay here: not even their names are written.",
            "",
            plan.left_out,
        )
        intro = QLabel(f"{leaving} {staying}")
        intro.setWordWrap(True)
        self.intro = intro
        self.inferred_note = QLabel(self._inferred_text(plan.career))
        self.inferred_note.setWordWrap(True)
        self.inferred_note.setVisible(bool(self.inferred_note.text()))
        self.counts = QTableWidget(len(counts), len(counts.columns))
        labels = {
            "(no employer)": self.tr("(no employer)"),
            "Total": self.tr("Total"),
        }
        self.counts.setVerticalHeaderLabels([labels.get(str(i), str(i)) for i in counts.index])
        from model.hr.texts import category_name

        language = QLocale().name()[:2]
        self.counts.setHorizontalHeaderLabels(
            [labels.get(str(c)) or category_name(str(c), language) for c in counts.columns]
        )
        for r, (_, values) in enumerate(counts.iterrows()):
            for c, value in enumerate(values):
                item = QTableWidgetItem(f"{Count(int(value)):,}")  # "1.234" in Dutch
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.counts.setItem(r, c, item)
        self.counts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.counts.setMaximumHeight(40 + 30 * min(len(counts), 7))
        headers = [
            self.tr("Name"),
            self.tr("Company"),
            self.tr("Title"),
            self.tr("Suggestion"),
            self.tr("Flagged"),
            self.tr("Your decision"),
            self.tr("Your note"),
        ]
        self.list = QTableView()
        self.list.setModel(_ListModel(plan.table(), headers, self.list))
        self.list.verticalHeader().setVisible(False)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((170, 180, 170, 120, 100, 100)):
            self.list.setColumnWidth(col, width)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Write package…"))
        self.save_button.setEnabled(n > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.inferred_note)
        for text, table, stretch in (
            (self.tr("Per employer and category:"), self.counts, 0),
            (self.tr("Every contact in the package:"), self.list, 1),
        ):
            label = QLabel(text)
            label.setBuddy(table)
            table.setAccessibleName(text.rstrip(":"))  # a table's name for a screen reader
            layout.addWidget(label)
            layout.addWidget(table, stretch)
        layout.addWidget(buttons)
        self.resize(960, 680)
        keep_on_screen(self)  # sized for a large screen; fitted to a small one

    def _inferred_text(self, career) -> str:
        """What HR will read about a career read from the network ("" for one's own)."""
        from model.inferred import is_inferred, shown_positions

        named = [p.company for p in shown_positions(career)] if is_inferred(career) else []
        if not named:
            return ""
        return self.tr(
            "You gave no career: the package names the employers read from your network "
            "({companies}), marked for HR as inferred, not stated by you. To hand over "
            "your own career, enter it under Career ▸ Edit career and clients… first."
        ).format(companies=", ".join(named))
