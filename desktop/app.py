"""Starts the desktop app: ``contact-ownership``, ``contact-ownership open [FILE]``,
``python -m desktop [FILE]``.

The window is shown before pandas and scikit-learn are imported: they load on the worker thread
afterwards (or while the given file is read), so the app is on screen in a fraction of a second.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import socket
import sys
from collections.abc import Callable, Sequence
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSocketNotifier,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

APP_NAME = "Contact Ownership"
# Package data, found the same way in a checkout, a wheel and a frozen bundle.
I18N_DIR = Path(str(files("desktop").joinpath("i18n")))


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    """The app's arguments ([FILE]; Qt's own are left to Qt), with the help and argparse's
    words in the command line's language (the locale's)."""
    from model.argparse_words import argparse_speaking, speak_metavars
    from model.messages import Message, locale_language, speaking

    args = list(argv)
    # The command line's "contact-ownership open FILE" may hand us its sub-command word.
    if args and args[0] == "open" and not Path(args[0]).exists():
        args = args[1:]
    with speaking(locale_language()), argparse_speaking():
        parser = argparse.ArgumentParser(
            prog="contact-ownership open",
            description=Message("help.app.description").text(),
        )
        parser.add_argument("file", nargs="?", help=Message("help.app.file").text())
        speak_metavars(parser)
        known, _qt_args = parser.parse_known_args(args)
    return known


def _empty_file(file: str | None) -> str:
    """The problem with an empty FILE ("$FILE" unset), "" otherwise: Path("") is the current
    folder, which would be opened as the export."""
    if file != "":
        return ""
    from model.messages import Message, locale_language

    language = locale_language()  # named as argparse names it: "argument bestand" in Dutch
    named = Message("metavar.file").text(language)
    return f"argument {named}: " + Message("cli.empty_file_name").text(language)


def _no_display() -> str:
    """Why the window cannot be shown here ("" when it can), in the command line's language
    (the locale's): on Linux without X11 or Wayland (e.g. over ssh) and no Qt platform
    chosen."""
    env = os.environ
    if not sys.platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return ""
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return ""
    from model.messages import Message, locale_language

    return Message("app.no_display").text(locale_language())


_installed: list[QTranslator] = []  # what install_translators put in, taken out on a switch


def install_translators(app: QApplication, language: str = "") -> list[QTranslator]:
    """Load the app's and Qt's own translations for ``language`` ("" = the system's),
    replacing the ones an earlier call installed (switching language while running)."""
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)  # numbers and dates follow the chosen language too
    from model.messages import set_language  # reasons and undo texts speak it too

    set_language(locale.name().split("_")[0])
    installed = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Qt asks the last installed first: Qt's own catalogue, then our fill-ins for the strings
    # it lacks (qt_gaps: Qt 6's file-dialog labels and file types), then the app's.
    catalogues = (("contact_ownership", I18N_DIR), ("qt_gaps", I18N_DIR), ("qtbase", qt_dir))
    for name, folder in catalogues:
        translator = QTranslator(app)
        found = translator.load(locale, name, "_", str(folder))
        if not found and name == "contact_ownership":  # English: C, en_US, or a language
            # we do not speak; its catalogue holds the singulars ("1 file", not "1 files")
            found = translator.load(QLocale(QLocale.Language.English), name, "_", str(folder))
        if found:
            app.installTranslator(translator)
            installed.append(translator)
    _installed.extend(installed)
    return installed


def make_app(argv: Sequence[str] = ()) -> QApplication:
    """The QApplication (the existing one if any), named and with the app icon."""
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME, *argv])
    # The worker thread shares the GIL with this one: while it computes, each call from Qt
    # into Python (a paint's ~1,600 data() calls) may wait up to the switch interval for it.
    # 1 ms instead of 5 ms: a repaint of the table beside a busy worker took 15-18 ms instead
    # of 37-51 ms here. Nothing changes while the GUI thread is idle (it does not ask).
    sys.setswitchinterval(0.001)
    app.setApplicationName("contact-ownership")
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName("contact-ownership")
    app.setDesktopFileName("contact-ownership")  # matches desktop/share/contact-ownership.desktop
    try:
        from .icons import app_icon

        app.setWindowIcon(app_icon())
    except ImportError:
        pass
    return app


# A polite stop: a logout or `kill` (SIGTERM), Ctrl+C in the terminal (SIGINT), that terminal
# closed (SIGHUP; not on Windows).
STOP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)


def quit_on_signals(app: QApplication) -> Callable[[], None]:
    """Close every window the normal way (the note being typed saved, the review closed) on a
    stop signal, instead of dying at once (SIGTERM) or raising KeyboardInterrupt in whatever
    slot runs next (SIGINT). Returns a function that puts the earlier handlers back.

    Python runs a signal handler only between its own bytecodes, and Qt's event loop is C++:
    the signal's byte on a socket wakes the loop through a notifier, so the handler runs at once.
    """
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    earlier_fd = signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def drain() -> None:
        with contextlib.suppress(OSError):  # nothing left: an earlier wake-up read it
            reader.recv(512)

    notifier.activated.connect(drain)
    earlier = {number: signal.getsignal(number) for number in STOP_SIGNALS}
    for number in STOP_SIGNALS:
        signal.signal(number, lambda *_: QTimer.singleShot(0, app.closeAllWindows))

    def restore() -> None:
        for number, handler in earlier.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(earlier_fd)
        notifier.setEnabled(False)
        notifier.deleteLater()
        reader.close()
        writer.close()

    return restore


def open_first(file: str | None, settings=None):
    """The main window, shown with ``file`` (if any) being opened in it, and returned. A review
    package is HR's alone: its window is the only one (the empty start page stood behind it)
    and closing it ends the app; the main window shows only if the package does not open."""
    from .hr import is_package, open_package
    from .main_window import MainWindow, start_warm_up

    window = MainWindow(settings)
    if file and is_package(file):
        QTimer.singleShot(0, lambda: open_package(window, file, alone=True))
        return window
    window.show()
    if file:
        window.when_shown(lambda: window.open_path(file))
    else:
        start_warm_up(window)
    return window


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app; ``argv`` is the arguments after the program name ([FILE]). Returns the
    exit status."""
    args = _parse(sys.argv[1:] if argv is None else argv)
    problem = _no_display() or _empty_file(args.file)
    if problem:  # Qt would abort with a core dump and five lines about plugins
        from model.messages import Message, locale_language

        label = Message("cli.label.error").text(locale_language())
        print(f"contact-ownership: {label}: {problem}", file=sys.stderr)
        return 2
    app = make_app()
    from . import errors
    from .main_window import top_window
    from .settings import Settings

    settings = Settings()
    install_translators(app, settings.language())
    window = open_first(args.file, settings)
    errors.install_excepthook(top_window)
    restore_signals = quit_on_signals(app)  # held: its sockets must live as long as the loop
    status = app.exec()
    restore_signals()
    if window.abandoned_warm_up:
        # Quit during the warm-up: everything is saved (journal closed, settings synced);
        # only an import is still running, and Python would wait for it before exiting.
        import logging
        import os

        logging.shutdown()
        os._exit(status)
    return status
