"""The app on a Linux desktop for a pip or pipx install: its menu entry, the file types it opens
and its icons, installed for the current user from the package's own files (and removed again).

Plain file work, no Qt: the command line (``contact-ownership desktop-entry``) runs it, and
importing the ``desktop`` package would load Qt. The files themselves are the desktop app's
package data (``desktop/share``, ``desktop/icons``), found without importing that package; the
bundle's installer (packaging/stage.sh, install.sh) lays out the same files.
"""

from .freedesktop import (
    ENTRY_NAME,
    INSTALLED_BY,
    Outcome,
    Shipped,
    check_platform,
    data_home,
    exec_argument,
    gui_program,
    install,
    menu_entry,
    plan,
    refresh_caches,
    remove,
    shipped_files,
)

__all__ = [
    "ENTRY_NAME",
    "INSTALLED_BY",
    "Outcome",
    "Shipped",
    "check_platform",
    "data_home",
    "exec_argument",
    "gui_program",
    "install",
    "menu_entry",
    "plan",
    "refresh_caches",
    "remove",
    "shipped_files",
]
