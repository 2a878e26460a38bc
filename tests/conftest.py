"""Test isolation: every test gets its own data folder and the offscreen Qt platform."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _data_dir(tmp_path_factory, monkeypatch):
    """A fresh, private data folder per test, so no test sees the user's or another's data."""
    path = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("CONTACT_OWNERSHIP_DATA", str(path))
    return path


@pytest.fixture(autouse=True)
def _english_locale(monkeypatch):
    """The C locale for every test and the subprocesses it starts: the command line speaks the
    locale's language, and the tests' expected texts must not depend on the developer's LANG."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture(autouse=True)
def _no_leaked_threads_or_windows(request):
    """A Qt test fails if it leaves a worker thread running or a top-level window open
    (napari's rule): a leak would make later tests flaky and means a real leak in the app."""
    import sys
    import threading

    before = set(threading.enumerate())
    yield
    uses_qt = {"qtbot", "qapp"} & set(request.fixturenames)
    if not uses_qt or "PySide6.QtWidgets" not in sys.modules:
        return
    import gc

    from PySide6.QtCore import QThread, QThreadPool
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    app.processEvents()
    problems = []
    windows = [w for w in app.topLevelWidgets() if w.isVisible()]
    for window in windows:
        window.close()
        window.deleteLater()
    if windows:
        names = ", ".join(f"{type(w).__name__} {w.windowTitle()!r}" for w in windows)
        problems.append(f"windows left open: {names}")
    threads = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    threads = [t for t in threads if not t.daemon]
    if threads:
        problems.append(f"threads left running: {[t.name for t in threads]}")
    if QThreadPool.globalInstance().activeThreadCount():
        problems.append("QThreadPool threads left running")
    # QThreads run C++ threads that Python's threading module does not list.
    running = [o for o in gc.get_objects() if isinstance(o, QThread) and _running(o)]
    if running:
        problems.append(f"QThreads left running: {[type(t).__name__ for t in running]}")
    if problems:
        pytest.fail("; ".join(problems))


def _running(thread) -> bool:
    try:
        return thread.isRunning()
    except RuntimeError:  # the C++ object is already gone
        return False


@pytest.fixture
def main_window(qtbot):
    """The app's main window, shown and exposed (closed after the test). A test that needs a
    stand-in model patches ``desktop.jobs.get_model`` in a fixture listed before this one."""
    from desktop.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    yield w
    w.close()


@pytest.fixture
def dutch(qapp):
    """The app's Dutch translations and locale for one test (removed again afterwards)."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from desktop.app import install_translators
    from model import messages

    default = QLocale()
    translators = install_translators(qapp, "nl")
    try:
        assert translators, "desktop/i18n/contact_ownership_nl.qm is missing"
        yield
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(default)
        messages.set_language("en")


@pytest.fixture(scope="module")
def package_file(tmp_path_factory):
    """A review package for HR (generated person, shipped model), made once per module."""
    from model.hr import plan_package
    from model.hr.package import write_package
    from model.predictor import load_model
    from model.synthetic import generate_person

    person = generate_person(21, "it_consultant", n_contacts=70)
    results = load_model().classify(person.contacts, person.career)
    plan = plan_package(person.contacts, results, person.career)
    return write_package(plan, tmp_path_factory.mktemp("pkg") / "leaver")


@pytest.fixture
def package(package_file, tmp_path):
    """A test's own copy of :func:`package_file` (reviews write beside it)."""
    copy = tmp_path / package_file.name
    copy.write_bytes(package_file.read_bytes())
    return copy


@pytest.fixture(params=["", "en"])  # "": the system's language, here the C locale
def english(request, qapp):
    """The app's English translators installed (for English or a language we do not speak),
    removed after, with the default locale as it was."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from desktop.app import install_translators

    default = QLocale()
    translators = install_translators(qapp, request.param)
    yield translators
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(default)
