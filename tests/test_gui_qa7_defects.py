"""Defects qa7 found using the app as a consultant and as HR, each tested in a real window."""

from __future__ import annotations

import zipfile

from tests.test_gui_main_window import (  # noqa: F401 - fixtures
    open_and_wait,
    rule_model,
    sample,
    window,
)


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
