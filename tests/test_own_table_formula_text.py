"""The app's CSV export puts an apostrophe before text a spreadsheet would run as a formula
("'=SUM(A1)"); reading that table back (the app opening its own export, `package` of it) takes
the apostrophe off again, so names, companies and the person's notes reach HR as they were."""

from __future__ import annotations

import json
import zipfile

from PySide6.QtCore import Qt

from model.cli import main
from tests.test_gui_main_window import (  # noqa: F401 - fixtures
    open_and_wait,
    rule_model,
    window,
)

NOTE = '=HYPERLINK("http://example.invalid","met at a fair")'


def _export(folder):
    path = folder / "Connections.csv"
    path.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "=SUM(A1),Jansen,https://www.linkedin.com/in/jansen,,+31 Media B.V.,@home Buyer,"
        "05 Mar 2021\n"
        "Piet,de Vries,https://www.linkedin.com/in/pdv,,Acme B.V.,-Sales-,06 Mar 2021\n",
        encoding="utf-8",
    )
    return path


def test_the_apps_own_table_gives_back_its_text_and_note(qtbot, window, tmp_path):  # noqa: F811
    open_and_wait(qtbot, window, _export(tmp_path))
    ws = window.workspace
    session = window.opened.session
    src = int(next(i for i, n in enumerate(window.opened.export.contacts["first_name"]) if n))
    ws.review.select_source_row(src)
    qtbot.keyClick(ws.table, Qt.Key.Key_W)
    session.set_note(src, NOTE)
    table = tmp_path / "all.csv"
    window.export_to(table, "all")
    qtbot.waitUntil(lambda: table.exists() and not window.runner.is_running("export"))
    assert "'=SUM(A1)" in table.read_text(encoding="utf-8-sig")  # formula-safe on disk
    before = window.opened.export.contacts[["first_name", "company", "position"]].copy()

    open_and_wait(qtbot, window, table)
    qtbot.waitUntil(lambda: window.opened.path == table, timeout=20000)
    again = window.opened.export.contacts[["first_name", "company", "position"]]
    assert again.values.tolist() == before.values.tolist()
    assert set(again["first_name"]) >= {"=SUM(A1)"} and "+31 Media B.V." in set(again["company"])
    assert window.opened.session.note[src] == NOTE

    package = tmp_path / "leaver.coreview"
    assert main(["package", str(table), "--out", str(package), "--yes"]) == 0
    with zipfile.ZipFile(package) as zf:
        contacts = json.loads(zf.read("contacts.json"))["contacts"]
    noted = [c for c in contacts if c["note"]]
    assert [c["note"] for c in noted] == [NOTE]
    assert not any(
        c["first_name"].startswith("'") or c["company"].startswith("'") for c in contacts
    )
