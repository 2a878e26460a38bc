from .qt_compat import install as _install_qt_compat

# Before any widget emits a signal: see desktop/qt_compat.py (a PySide6 6.12 refcount bug).
_install_qt_compat()
