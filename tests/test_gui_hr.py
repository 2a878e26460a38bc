"""HR mode and the package export in the real desktop app (issue 10), with pytest-qt."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.hr.window import HrWindow, SignOffDialog
from model.hr import load_package, verify
from model.hr.review import HrReview
from model.synthetic import write_sample


@pytest.fixture
def window(main_window):
    return main_window


def test_hr_mode_review_sign_off_and_report(qtbot, window, package, tmp_path):
    window.open_path(package)
    dialog = window.reviewer_dialog
    assert dialog.isVisible()
    dialog.setTextValue("Anne de Vries")
    dialog.accept()
    qtbot.waitUntil(lambda: getattr(window, "hr_window", None) is not None, timeout=30_000)
    hr: HrWindow = window.hr_window
    review = hr.review
    assert hr.isVisible() and "Anne de Vries" in hr.banner.text()
    attention = review.needs_attention()
    assert attention.sum() > 2
    assert hr.attention_only.isChecked() and hr.model.rowCount() == attention.sum()

    # Agree from the keyboard: the first contact is decided and the next one is current.
    hr.table.setFocus()
    first = hr.current_row()
    qtbot.keyClick(hr.table, Qt.Key.Key_A)
    assert review.hr_decision[first] == "agree"
    second = hr.current_row()
    assert second != first and hr.model.table_row(second) == 1

    # An override needs a note: the button only works once there is one.
    hr.details.private_radio.setChecked(True)
    assert not hr.details.override_button.isEnabled()
    hr.details.note.setPlainText("a neighbour, not a client")
    qtbot.mouseClick(hr.details.override_button, Qt.MouseButton.LeftButton)
    person = review.contacts["final_suggestion"].iat[second]
    assert review.hr_decision[second] == ("agree" if person == "private" else "private")
    assert "1 overridden" in hr.statusBar().currentMessage() or person == "private"

    # Signing off is refused while flagged contacts are open.
    hr.ask_sign_off()
    assert "still need a decision" in hr.last_error
    hr.notice.close()
    for _ in range(hr.model.rowCount()):
        row = hr.current_row()
        if review.hr_decision[row] == "":
            qtbot.keyClick(hr.table, Qt.Key.Key_A)
        else:
            hr.select_table_row(hr.model.table_row(row) + 1)
    assert review.open_items() == 0
    hr.ask_sign_off()
    sign = next(d for d in hr.findChildren(SignOffDialog) if d.isVisible())
    sign.remark.setPlainText("agreed in the exit meeting")
    sign.accept()
    assert review.signed_off is not None and review.signed_off.note == "agreed in the exit meeting"
    assert not hr.sign_off_button.isEnabled() and not hr.details.agree_button.isEnabled()
    assert "Signed off by Anne de Vries" in hr.banner.text()

    # The report, written off the GUI thread, says it was signed off.
    out = tmp_path / "report.xlsx"
    hr.export_report(out)
    qtbot.waitUntil(out.exists, timeout=30_000)
    qtbot.waitUntil(lambda: not hr.runner.is_running(), timeout=30_000)
    import openpyxl

    summary = openpyxl.load_workbook(out)["Summary"]
    assert any(
        "Signed off by Anne de Vries" in str(c.value) for row in summary.iter_rows() for c in row
    )
    hr.close()

    # HR's work is beside the package, the package untouched and verifiable; reopening asks no
    # name and shows the sign-off.
    assert verify(package).ok and verify(package).hr_entries == len(review.trail.lines)
    window.hr_window = None
    window.open_path(package)
    qtbot.waitUntil(lambda: window.hr_window is not None, timeout=30_000)
    again = window.hr_window
    assert again.review.signed_off == review.signed_off
    assert list(again.review.hr_decision) == list(review.hr_decision)
    assert not again.sign_off_button.isEnabled()
    again.close()


@pytest.mark.parametrize("language", ["en", "nl"])
def test_a_changed_package_is_refused_with_one_line(qtbot, window, package, language, request):
    if language == "nl":
        request.getfixturevalue("dutch")
    HrReview.open(package, "Anne")  # no name dialog: go straight to the check
    with zipfile.ZipFile(package) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    data = json.loads(members["contacts.json"])
    data["contacts"][0]["decision"] = "work"
    members["contacts.json"] = json.dumps(data).encode()
    with zipfile.ZipFile(package, "w") as zf:
        for name, body in members.items():
            zf.writestr(name, body)
    window.hr_window = None
    window.open_path(package)
    qtbot.waitUntil(lambda: bool(window.last_error), timeout=30_000)
    said = {
        "en": "contacts.json does not match its SHA-256 in the manifest",
        "nl": "contacts.json klopt niet met zijn SHA-256 in het manifest",
    }
    assert window.last_error.endswith(said[language])
    assert "\n" not in window.last_error and window.hr_window is None


def test_export_package_shows_what_leaves_then_writes_it(qtbot, window, tmp_path):
    zip_path, _ = write_sample(tmp_path, seed=8, profession="recruiter", n_contacts=90)
    window.open_path(zip_path)
    qtbot.waitUntil(lambda: window.opened is not None, timeout=60_000)
    opened = window.opened
    # the personal layer's first pass done: no refit changes the suggestions mid-test
    learning = window.workspace.personal
    qtbot.waitUntil(
        lambda: learning.opened is opened and not window.runner.is_running(), timeout=30_000
    )
    results = opened.results
    # Decide one suggested-work contact private: it must not leave the computer.
    work_rows = np.flatnonzero(results["suggestion"].to_numpy() == "work")
    private_row = int(work_rows[0])
    opened.session.decide([private_row], "private")
    assert window.package_action.isEnabled()
    window.export_package()
    qtbot.waitUntil(lambda: getattr(window, "package_dialog", None) is not None, timeout=30_000)
    dialog = window.package_dialog
    plan = dialog.plan
    assert dialog.isVisible() and dialog.list.model().rowCount() == len(plan.records)
    assert plan.left_out > 0 and f"{plan.left_out:,} private contacts" in dialog.intro.text()
    assert dialog.counts.rowCount() == len(plan.counts())
    dialog.done(QDialog.DialogCode.Rejected)  # the save dialog itself is the platform's
    from desktop.hr import write_package_to

    out = tmp_path / "mine.coreview"
    write_package_to(window, plan, out)
    qtbot.waitUntil(out.exists, timeout=30_000)
    qtbot.waitUntil(lambda: not window.runner.is_running("package"), timeout=30_000)
    url = opened.export.contacts["url"].iat[private_row]
    assert url and url.encode() not in b"".join(
        zipfile.ZipFile(out).read(n) for n in zipfile.ZipFile(out).namelist()
    )
    loaded = load_package(out)
    assert len(loaded.contacts) == len(plan.records)

    # The person's own private list as vCard, from the Export menu's writer.
    cards = tmp_path / "private.vcf"
    window.export_to(cards, "private")
    qtbot.waitUntil(cards.exists, timeout=30_000)
    qtbot.waitUntil(lambda: not window.runner.is_running("export"), timeout=30_000)
    text = cards.read_bytes().decode()
    final = opened.session.final()
    assert text.count("BEGIN:VCARD") == int((final["suggestion"] == "private").sum())
    assert url in text


def test_hr_window_speaks_dutch(qtbot, dutch, package):
    from PySide6.QtCore import Qt as _Qt

    hr = HrWindow(HrReview.open(package, "Anne"), "nl")
    qtbot.addWidget(hr)
    assert hr.windowTitle().startswith("HR-beoordeling van")
    assert hr.details.agree_button.text() == "&Akkoord met de suggestie (A)"  # nobody decided
    headers = [
        hr.model.headerData(c, _Qt.Orientation.Horizontal) for c in range(hr.model.columnCount())
    ]
    assert headers[1:] == ["Naam", "Bedrijf", "Functie", "Suggestie", "Persoon", "HR"]
    assert "Gemarkeerd of betwist: " in hr.banner.text()
    assert hr.banner.toolTip().startswith("Het werk van HR wordt bewaard in")
    # the package's reasons were written in English; HR reads them in Dutch
    tips = "\n".join(
        str(hr.model.data(hr.model.index(r, 4), _Qt.ItemDataRole.ToolTipRole) or "")
        for r in range(hr.model.rowCount())
    )
    assert "verbonden op" in tips and "connected " not in tips
    # a date as the rest of the app writes it, with the Dutch month
    row = hr.current_row()
    iso = hr.review.contacts["connected_on"].iat[row]
    year, month, day = (int(x) for x in iso.split("-"))
    months = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
    assert hr.details.connected.text() == f"{day:02d} {months[month - 1]} {year}"
    hr.close()


def test_withdraw_sign_off_from_the_hr_window(qtbot, package):
    review = HrReview.open(package, "Anne")
    for row in review.queue()[: review.counts()["attention"]]:
        review.decide([int(row)], "agree")
    review.sign_off("done")
    hr = HrWindow(review, "en")
    qtbot.addWidget(hr)
    hr.show()
    assert not hr.agree_action.isEnabled()  # signed off: read-only
    assert hr.withdraw_button.isVisibleTo(hr) and not hr.sign_off_button.isVisibleTo(hr)
    assert hr.withdraw_action.isEnabled() and not hr.sign_off_action.isEnabled()
    qtbot.mouseClick(hr.withdraw_button, Qt.MouseButton.LeftButton)
    dialog = hr.withdraw_dialog
    assert dialog.isVisible() and not dialog.ok_button.isEnabled()  # a note is required
    dialog.note.setPlainText("the employee was not heard")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: review.signed_off is None)
    assert review.trail.entries()[-1]["action"] == "withdraw-sign-off"
    assert hr.sign_off_button.isVisibleTo(hr) and not hr.withdraw_button.isVisibleTo(hr)
    assert hr.agree_action.isEnabled() and "withdrawn" in hr.statusBar().currentMessage()
    assert "Sign-off withdrawn by Anne" in hr.banner.text()
    assert "the employee was not heard" in hr.banner.text()
    assert HrReview.open(package).withdrawals[0].note == "the employee was not heard"
    hr.close()


_HR_HOLDER = """
import sys
from model.hr.review import HrReview
review = HrReview.open(sys.argv[1], "Other HR")
review.hold()
print("open", flush=True)
sys.stdin.read()
review.release()
"""


def _open_hr(qtbot, window, package, reviewer: str = "") -> HrWindow:
    window.open_path(package)
    if reviewer:  # the first time: the name is asked
        window.reviewer_dialog.setTextValue(reviewer)
        window.reviewer_dialog.accept()
    qtbot.waitUntil(lambda: getattr(window, "hr_window", None) is not None, timeout=30_000)
    return window.hr_window


def test_one_window_per_review_so_no_decision_is_overwritten(qtbot, window, package):
    """A package opened again shows its window; another app on it is told, in one line —
    two copies of a review would each rewrite the file without the other's decisions."""
    import subprocess
    import sys

    hr = _open_hr(qtbot, window, package, "Anne de Vries")
    hr.table.setFocus()
    qtbot.keyClick(hr.table, Qt.Key.Key_A)
    window.open_path(package)  # again, e.g. from Recent files
    assert window.hr_window is hr
    assert [w for w in window.findChildren(HrWindow) if w.isVisible()] == [hr]
    hr.close()
    window.hr_window = None

    root = Path(__file__).resolve().parent.parent
    proc = subprocess.Popen(
        [sys.executable, "-c", _HR_HOLDER, str(package)],
        cwd=root,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout.readline().strip() == "open"
        window.open_path(package)
        qtbot.waitUntil(lambda: "open in another Contact Ownership window" in window.last_error)
        assert window.hr_window is None and "\n" not in window.last_error
    finally:
        proc.communicate("")
    again = _open_hr(qtbot, window, package)
    assert again.review.hr_decision.tolist().count("agree") == 1
    again.close()
