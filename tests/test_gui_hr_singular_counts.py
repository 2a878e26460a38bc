"""HR's status lines say "Wrote 1 contact", not "Wrote 1 contacts" (the review package of a
person with one work contact, one employer's hand-over list), in English and Dutch."""

from __future__ import annotations

import pytest

import desktop.hr.window as hr_window


def test_the_package_line_is_singular_for_one(qapp):
    from desktop.hr import _wrote

    assert _wrote(1, "/tmp/a.coreview") == "Wrote 1 contact to /tmp/a.coreview."
    assert _wrote(2, "/tmp/a.coreview") == "Wrote 2 contacts to /tmp/a.coreview."


def test_the_package_line_in_dutch(dutch):
    from desktop.hr import _wrote

    assert _wrote(1, "/tmp/a.coreview") == "1 contact geschreven naar /tmp/a.coreview."
    assert _wrote(3, "/tmp/a.coreview") == "3 contacten geschreven naar /tmp/a.coreview."


@pytest.mark.parametrize("written", [1, 4])
def test_an_employers_list_of_one_says_one_contact(
    written, qtbot, main_window, package, tmp_path, monkeypatch
):
    monkeypatch.setattr(hr_window, "_write_list", lambda *args, **kwargs: written)
    main_window.open_path(package)
    main_window.reviewer_dialog.setTextValue("Anne de Vries")
    main_window.reviewer_dialog.accept()
    qtbot.waitUntil(lambda: getattr(main_window, "hr_window", None) is not None, timeout=30_000)
    hr = main_window.hr_window
    out = tmp_path / "acme.csv"
    hr.export_list(None, out, "Acme B.V.")
    qtbot.waitUntil(lambda: "Wrote" in hr.statusBar().currentMessage(), timeout=10_000)
    noun = "contact" if written == 1 else "contacts"
    assert hr.statusBar().currentMessage() == f"Wrote {written} {noun} to {out}."
    hr.close()
