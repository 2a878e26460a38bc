"""How the app shows errors: the core's own errors as one line, anything else logged.

``model.errors.OwnershipError`` carries a message (a catalog key and its fields); it is said in
the interface language from those, never by parsing the English line. Anything else is a bug: its traceback goes to
``data_dir()/logs/errors.log`` and the user sees a short notice naming that file — never a
traceback dialog.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from model.errors import OwnershipError, os_reason
from model.messages import Message, current_language
from model.paths import data_dir

_LOGGER_NAME = "contact_ownership.desktop"


def log_path() -> Path:
    """The file unexpected errors are written to."""
    return data_dir() / "logs" / "errors.log"


def _logger() -> logging.Logger:
    logger = logging.getLogger(_LOGGER_NAME)
    path = log_path()
    # The data folder can change between tests (an environment override), so check the target.
    if not any(getattr(h, "baseFilename", None) == str(path) for h in logger.handlers):
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
            handler.close()
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            handler = logging.handlers.RotatingFileHandler(
                path, maxBytes=1_000_000, backupCount=2, encoding="utf-8"
            )
        except OSError:  # a data folder that cannot be written: the terminal gets the details
            handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False
    return logger


def log_exception(exc: BaseException, context: str = "") -> Path:
    """Write ``exc`` with its traceback to the error log; returns the log's path."""
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    _logger().error("%s\n%s", context or "unexpected error", text)
    return log_path()


def message_for(exc: BaseException, context: str = "") -> str:
    """The one line to show for ``exc``; unexpected errors are logged first."""
    if isinstance(exc, OwnershipError):
        return exc.text(current_language())
    if isinstance(exc, OSError) and exc.filename:  # "FILE: the disk is full", said plainly
        return Message("file.problem", file=str(exc.filename), problem=os_reason(exc)).text()
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate(
            "errors", "Not enough memory to finish. Close other programs and try again."
        )
    path = log_path_or_none(exc, context)
    where = (
        QCoreApplication.translate("errors", "Details were written to {path}.").format(path=path)
        if path
        else ""
    )
    return (
        QCoreApplication.translate("errors", "Something went wrong ({kind}). {where}")
        .format(kind=type(exc).__name__, where=where)
        .strip()
    )


def log_path_or_none(exc: BaseException, context: str) -> Path | None:
    """Log ``exc``; None when even the log cannot be written (a read-only data folder)."""
    try:
        return log_exception(exc, context)
    except OSError:
        return None


def show_error(parent: QWidget | None, exc: BaseException, context: str = "") -> QMessageBox:
    """Show ``exc`` as a short, window-modal message box that does not block the caller."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("errors", "Contact Ownership"))
    box.setText(message_for(exc, context))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def install_excepthook(parent_getter) -> None:
    """Route exceptions escaping Qt slots to the log and a short notice instead of stderr."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        try:
            show_error(parent_getter(), exc, "uncaught")
        except Exception:  # the notice itself failed: at least keep the log
            log_path_or_none(exc, "uncaught")

    sys.excepthook = hook
