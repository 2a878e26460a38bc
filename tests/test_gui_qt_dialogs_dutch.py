"""Qt's own file dialog under the Dutch setting (offscreen, where Qt draws its own dialog).

The Dutch catalogue Qt ships (qtbase_nl.qm) predates a few of Qt 6's strings: the file dialog's
"&Look in:" and "Files of &type:" (Qt 5 had them without the Alt letter) and the folder type
("Folder", moved to QAbstractFileIconProvider). desktop/i18n/qt_gaps_nl fills those in.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QTreeView


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "exports").mkdir()
    (tmp_path / "Connections.csv").write_text("First Name,Last Name\nAn,Jansen\n", "utf-8")
    return tmp_path


def _dialog(qtbot, folder, mode=QFileDialog.FileMode.ExistingFile, accept=None):
    dialog = QFileDialog(None, "", str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setFileMode(mode)
    if accept is not None:
        dialog.setAcceptMode(accept)
    dialog.setNameFilters(["Contacts (*.csv *.zip)", "*"])
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _type_of(qtbot, dialog, name: str) -> str:
    view = dialog.findChild(QTreeView)
    model = view.model()

    def row():
        root = view.rootIndex()
        for r in range(model.rowCount(root)):
            if model.index(r, 0, root).data() == name:
                return r
        return None

    qtbot.waitUntil(lambda: row() is not None)
    return model.index(row(), 2, view.rootIndex()).data()


def _labels(dialog) -> list[str]:
    return sorted(label.text() for label in dialog.findChildren(QLabel) if label.text())


@pytest.mark.parametrize(
    "accept", [QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave]
)
def test_the_file_dialog_speaks_dutch(qtbot, dutch, folder, accept):
    dialog = _dialog(qtbot, folder, accept=accept)
    assert _labels(dialog) == ["&Zoeken in:", "Bestanden van &type:", "Bestands&naam:"]
    buttons = {b.text() for b in dialog.findChildren(QAbstractButton) if b.text()}
    assert "Annuleren" in buttons and ({"&Openen", "Op&slaan"} & buttons)
    tips = {b.toolTip() for b in dialog.findChildren(QAbstractButton) if b.toolTip()}
    assert {"Terug", "Verder", "Hogere map", "Nieuwe map aanmaken"} <= tips
    assert _type_of(qtbot, dialog, "exports") == "Map"


def test_qt_s_own_dutch_wins_over_the_gap_file(qapp, dutch):
    """Our fill-ins are looked up after qtbase_nl: where Qt translates a string itself (here
    "Files of type:", without the Alt letter), its own word stays."""
    assert QCoreApplication.translate("QFileDialog", "Files of type:") == "Bestanden van type:"
    assert QCoreApplication.translate("QFileDialog", "File &name:") == "Bestands&naam:"


def test_the_file_dialog_stays_english_in_english(qtbot, qapp, folder):
    dialog = _dialog(qtbot, folder, mode=QFileDialog.FileMode.ExistingFile)
    assert _labels(dialog) == ["&Look in:", "File &name:", "Files of &type:"]
    assert _type_of(qtbot, dialog, "exports") == "Folder"


def test_the_directory_dialog_speaks_dutch(qtbot, dutch, folder):
    dialog = _dialog(qtbot, folder, mode=QFileDialog.FileMode.Directory)
    labels = _labels(dialog)
    assert "&Zoeken in:" in labels and not {"&Look in:", "Files of &type:"} & set(labels)
    assert _type_of(qtbot, dialog, "exports") == "Map"
