"""HR's side of the desktop app: exporting a review package and HR mode.

The main window calls :func:`is_package`, :func:`open_package` and :func:`export_package`;
everything else stays in this subpackage. Long work runs on the window's task runner.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit

from model.paths import user_name

PACKAGE_SUFFIX = ".coreview"  # model.hr.package.PACKAGE_SUFFIX, without importing pandas here


def _tr(text: str) -> str:
    return QCoreApplication.translate("HrPackages", text)


def is_package(path: str | Path) -> bool:
    """True for a review package (opened in HR mode rather than as an export)."""
    return Path(path).suffix.lower() == PACKAGE_SUFFIX


def _language(window) -> str:
    code = window.settings.language() if hasattr(window, "settings") else ""
    return (code or QLocale().name())[:2]


# --- HR mode ----------------------------------------------------------------------------------


def _open_review(path: Path, reviewer: str, *, progress=None, cancel=None):
    from model.hr.review import HrReview

    review = HrReview.open(path, reviewer)
    review.hold()  # released when its window closes
    return review


def _window_of(window, path: Path):
    """The HR window already showing the package at ``path``, or None."""
    from .window import HrWindow

    for hr in window.findChildren(HrWindow):
        if hr.isVisible() and hr.review.package.path.resolve() == path.resolve():
            return hr
    return None


def open_package(window, path: str | Path, *, alone: bool = False) -> None:
    """Open a package in HR mode; asks the reviewer's name the first time (once per package).
    ``alone``: the app was started with the package and ``window`` (the main window) stays
    hidden: HR's window is the only one and closing it closes ``window``; should the package
    not open (damaged, no name given), ``window`` shows, with the reason."""
    from model.errors import InputError
    from model.hr.review import needs_reviewer
    from model.hr.unpack import check_package_file

    path = Path(path)
    shown = _window_of(window, path)
    if shown is not None:  # one window per review: a second would drop the first's decisions
        shown.raise_()
        shown.activateWindow()
        window.hr_window = shown
        return
    try:  # a damaged file is said at once, before the reviewer is asked for a name
        check_package_file(path)
    except InputError as err:
        _failed(window, err, path, alone)
        return
    if not needs_reviewer(path):
        _start(window, path, "", alone)
        return
    dialog = QInputDialog(window)
    dialog.setWindowTitle(_tr("HR review"))
    dialog.setLabelText(
        _tr("Your name, as the reviewer of {name}. It goes into the audit trail.").format(
            name=path.name
        )
    )
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setTextValue(user_name())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.textValueSelected.connect(lambda name: _start(window, path, name, alone))
    if alone:  # no name, no review: the start page, rather than an app without a window
        dialog.rejected.connect(window.show)
    window.reviewer_dialog = dialog  # tests and screenshots fill it in
    dialog.open()


def _failed(window, exc: BaseException, path: Path, alone: bool) -> None:
    if alone:
        window.show()
    window.show_error(exc, f"opening {path}")


def _start(window, path: Path, reviewer: str, alone: bool = False) -> None:
    window.runner.run(
        _open_review,
        path,
        reviewer,
        kind="hr",
        label=_tr("Checking {name}").format(name=path.name),
        on_done=lambda review: _show(window, review, alone),
        on_error=lambda exc: _failed(window, exc, path, alone),
    )


def _show(window, review, alone: bool = False) -> None:
    from .window import HrWindow

    shown = _window_of(window, review.package.path)
    if shown is not None:  # opened twice before the first was shown
        review.release()
        shown.raise_()
        return
    hr = HrWindow(review, _language(window), parent=window)
    window.hr_window = hr
    if alone and not window.isVisible():  # HR's window is the app: closing it quits
        hr.closed.connect(window.close_alone)
    hr.show()
    if hasattr(window, "settings"):
        window.settings.add_recent(review.package.path)


# --- exporting a package ----------------------------------------------------------------------


def _plan(contacts, results, career, clients, decisions, events, *, progress=None, cancel=None):
    from model.hr.package import plan_package

    return plan_package(
        contacts,
        results,
        career,
        clients,
        decisions=decisions,
        events=events,
        prepared_by=user_name(),
    )


def _write(plan, path: Path, *, progress=None, cancel=None) -> Path:
    from model.hr.package import write_package

    return write_package(plan, path)


def export_package(window) -> None:
    """File ▸ Export review package for HR: plan it, show what leaves, then write it."""
    opened = window.opened
    if opened is None:
        return
    from model.hr.package import session_decisions

    # The session's journal belongs to this thread: read the decisions here, plan off-thread.
    decisions, events = session_decisions(opened.session)
    window.runner.run(
        _plan,
        opened.export.contacts,
        opened.results,
        opened.career(),  # the person's own, else the one inferred from the network
        list(opened.clients or []),
        decisions,
        events,
        kind="package",
        label=_tr("Preparing the review package"),
        on_done=lambda plan: _preview(window, plan),
        on_error=lambda exc: window.show_error(exc, "planning a package"),
    )


def _preview(window, plan) -> None:
    from .package_dialog import PackageDialog

    dialog = PackageDialog(plan, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: _ask_where(window, plan))
    window.package_dialog = dialog
    dialog.open()


def _ask_where(window, plan) -> None:
    stem = window.opened.path.stem if window.opened is not None else "contacts"
    folder = Path(window.settings.last_dir() or Path.home())
    path, _ = QFileDialog.getSaveFileName(
        window,
        _tr("Export review package for HR"),
        str(folder / f"{stem}-review{PACKAGE_SUFFIX}"),
        _tr("Review package (*{suffix})").format(suffix=PACKAGE_SUFFIX),
    )
    if path:
        write_package_to(window, plan, Path(path))


def _wrote(n: int, path) -> str:
    """ "Wrote 1 contact to …" or "Wrote 12 contacts to …", in the interface language."""
    text = _tr("Wrote 1 contact to {path}.") if n == 1 else _tr("Wrote {n} contacts to {path}.")
    return text.format(n=n, path=path)


def write_package_to(window, plan, path: Path) -> None:
    """Write ``plan`` to ``path`` in the background; the status bar says where."""
    window.runner.run(
        _write,
        plan,
        path,
        kind="package",
        label=_tr("Writing the review package"),
        on_done=lambda written: window.statusBar().showMessage(
            _wrote(len(plan.records), written), 8000
        ),
        on_error=lambda exc: window.show_error(exc, f"writing {path}"),
    )
