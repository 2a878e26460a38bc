"""The HR window gives a sign-off's and a withdrawal's time as the report does, with its zone
("2026-11-29 22:41 UTC"): the audit trail keeps UTC, and a bare "22:41" reads as local time,
an hour or two off in the Netherlands."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QLabel

from desktop.hr.window import WithdrawSignOffDialog


def _open_hr(qtbot, main_window, package):
    main_window.open_path(package)
    main_window.reviewer_dialog.setTextValue("Anne de Vries")
    main_window.reviewer_dialog.accept()
    qtbot.waitUntil(lambda: getattr(main_window, "hr_window", None) is not None, timeout=30_000)
    return main_window.hr_window


def test_sign_off_and_withdrawal_times_say_utc(qtbot, main_window, package):
    hr = _open_hr(qtbot, main_window, package)
    review = hr.review
    review.decide(np.flatnonzero(review.needs_attention()), "agree")
    signed = review.sign_off("agreed in the exit meeting")
    hr._refresh()
    when = signed.at[:10] + " " + signed.at[11:16] + " UTC"
    assert f"Signed off by Anne de Vries on {when}." in hr.banner.text()
    dialog = WithdrawSignOffDialog(signed, hr)
    assert any(f"of {when}?" in label.text() for label in dialog.findChildren(QLabel))
    dialog.deleteLater()
    withdrawn = review.withdraw_sign_off("one contact was missed")
    hr._refresh()
    later = withdrawn.at[:10] + " " + withdrawn.at[11:16] + " UTC"
    assert f"Sign-off withdrawn by Anne de Vries on {later}: one contact was missed" in (
        hr.banner.text()
    )
    hr.close()
