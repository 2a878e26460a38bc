"""The app on a Linux desktop for a pip or pipx install: its menu entry, the file types it opens
and its icons, installed for the current user from the package's own files (and removed again).

Plain file work, no Qt: the command line (``contact-ownership desktop-entry``) runs it, and
importing the ``desktop`` package would load Qt. The files themselves are the desktop app's
package data (``desktop/share``, ``desktop/icons``), found without importing that package; the
bundle's installer (packaging/stage.sh, install.sh) lays out the same files.

The work is in :mod:`.freedesktop`; the package itself imports nothing, so building the command
line's parser (which registers ``desktop-entry`` from :mod:`.commands`) costs no start-up time.
"""
