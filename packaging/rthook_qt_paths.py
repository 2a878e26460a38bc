# PyInstaller run-time hook, in place of PyInstaller's own pyi_rth_pyside6 (see the spec):
# that one imports PySide6.QtCore at every start — loading Qt and its 30 MB of ICU data — to
# write a qt.conf that PySide6's wheel writes itself when the app imports it. The command line
# never needs Qt, so only Qt's search paths are set here.
import os
import sys

_qt = os.path.join(sys._MEIPASS, "PySide6", *([] if sys.platform == "win32" else ["Qt"]))
os.environ["QT_PLUGIN_PATH"] = os.path.join(_qt, "plugins")
if sys.platform == "win32":  # QtNetwork's OpenSSL DLLs, if any were collected beside it
    os.environ["PATH"] = sys._MEIPASS + os.pathsep + os.environ.get("PATH", "")
