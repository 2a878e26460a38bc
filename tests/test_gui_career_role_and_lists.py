"""Defects qa7 found using the app as a consultant and as HR, each tested in a real window."""

from __future__ import annotations

import zipfile
from pathlib import Path

from tests.test_gui_main_window import (  # noqa: F401 - fixtures
    open_and_wait,
    rule_model,
    sample,
    window,
)

SHIPPED = next((Path(__file__).parents[1] / "model/shipped/sample").glob("*.zip"))


def newer_download(path, out, position_line: str):
    """``path`` downloaded again later: the same contacts, a position added to Positions.csv."""
    with zipfile.ZipFile(path) as old, zipfile.ZipFile(out, "w") as new:
        for name in old.namelist():
            data = old.read(name)
            if name == "Positions.csv":
                head, _, rest = data.decode("utf-8").partition("\n")
                data = f"{head}\n{position_line}\n{rest}".encode()
            new.writestr(name, data)
    return out


def test_an_edited_career_takes_a_newer_exports_new_job(qtbot, window, sample, tmp_path):  # noqa: F811
    from model.career import Career, Position

    open_and_wait(qtbot, window, sample)
    ws = window.workspace
    career = window.opened.export.career
    edited = Career(
        positions=[Position("Bijbaan B.V.", "Docent"), *career.positions],
        owner_name=career.owner_name,
        exported_on=career.exported_on,
    )
    ws.reclassify(edited, ["Klant B.V."])
    qtbot.waitUntil(lambda: "Bijbaan B.V." in ws.model.employers(), timeout=10000)
    window.opened.close()
    window.opened = None
    later = newer_download(sample, tmp_path / "later.zip", "Nieuwco B.V.,Director,,,Feb 2026,")
    open_and_wait(qtbot, window, later)
    companies = [p.company for p in window.opened.export.positions]
    assert "Nieuwco B.V." in companies and "Bijbaan B.V." in companies
    assert window.opened.clients == ["Klant B.V."]
    assert "Nieuwco B.V." in ws.model.employers()
    assert "updated with Nieuwco B.V. from this newer export." in ws.report_bar.summary()


def test_the_role_set_in_the_career_editor_stays_with_the_review(qtbot, window, sample):  # noqa: F811
    import dataclasses

    open_and_wait(qtbot, window, sample)
    ws = window.workspace
    edited = dataclasses.replace(window.opened.career(), role="recruitment")
    ws.reclassify(edited, [])
    qtbot.waitUntil(lambda: not window.runner.is_running("data"), timeout=10000)
    # what the editor, the learning layer, a language switch and the HR package start from
    assert window.opened.career().role == "recruitment"
    window.opened.close()
    window.opened = None
    open_and_wait(qtbot, window, sample)
    assert window.opened.context_restored
    assert window.opened.career().role == "recruitment"


def test_a_role_set_over_an_inferred_career_keeps_it(qtbot, window, sample, tmp_path):  # noqa: F811
    import dataclasses

    from model.inferred import InferredCareer, InferredPosition, is_inferred

    loose = tmp_path / "Connections.csv"  # no Positions.csv: the career is read from the network
    with zipfile.ZipFile(SHIPPED) as z:
        loose.write_bytes(z.read("Connections.csv"))
    open_and_wait(qtbot, window, loose)
    ws = window.workspace
    assert is_inferred(window.opened.career())
    # as if the network showed an employer (this sample's does not)
    window.opened.suggestion = InferredCareer([InferredPosition("Acme", contacts=40, share=0.4)])
    note = ws.inferred_note(window.opened)
    ws.reclassify(dataclasses.replace(window.opened.career(), role="sales"), [])
    qtbot.waitUntil(lambda: not window.runner.is_running("data"), timeout=10000)
    career = window.opened.career()
    assert is_inferred(career) and career.role == "sales"
    assert note and ws.inferred_note(window.opened) == note  # still said while in use


def test_suggested_file_names_speak_dutch(qtbot, window, sample, dutch, monkeypatch):  # noqa: F811
    from types import SimpleNamespace

    from PySide6.QtWidgets import QDialog, QFileDialog

    open_and_wait(qtbot, window, sample)
    accepted = SimpleNamespace(exec=lambda: QDialog.DialogCode.Accepted, scope=lambda: "all")
    monkeypatch.setattr(window, "export_dialog", lambda which: accepted)
    offered = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda _w, _t, name, _f: offered.append(name) or ("", "")
    )
    for which in ("all", "work", "private"):
        window.choose_export(which)
    stem = sample.stem
    assert [Path(p).name for p in offered] == [
        f"{stem}-geclassificeerd.csv",
        f"{stem}-werk.csv",
        f"{stem}-prive.csv",
    ]


def test_the_hr_reports_suggested_name_speaks_dutch(qtbot, dutch, package_file, monkeypatch):
    from desktop.hr import window as hr_module
    from desktop.hr.window import HrWindow
    from model.hr.review import HrReview

    hr = HrWindow(HrReview.open(package_file, "Anne"), "nl")
    qtbot.addWidget(hr)
    offered = []
    monkeypatch.setattr(
        hr_module.QFileDialog,
        "getSaveFileName",
        lambda _w, _t, name, _f: offered.append(name) or ("", ""),
    )
    hr.choose_report(".pdf")
    assert Path(offered[0]).name == package_file.stem + "-rapport.pdf"


def test_lists_of_the_bundled_sample_are_not_offered_into_the_installation(
    qtbot,
    window,  # noqa: F811
    monkeypatch,
):
    """A newcomer's first export, of the sample the README opens, was offered a place inside
    the program's own folder (site-packages for a pip install) (qa7)."""
    from types import SimpleNamespace

    from PySide6.QtWidgets import QDialog, QFileDialog

    window.open_sample()
    qtbot.waitUntil(lambda: window.opened is not None, timeout=20000)
    qtbot.waitUntil(lambda: not window.runner.is_running("data"))
    accepted = SimpleNamespace(exec=lambda: QDialog.DialogCode.Accepted, scope=lambda: "all")
    monkeypatch.setattr(window, "export_dialog", lambda which: accepted)
    offered = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda _w, _t, name, _f: offered.append(name) or ("", "")
    )
    window.choose_export("private")
    assert Path(offered[0]).parent == Path.home()
