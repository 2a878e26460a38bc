"""HR's side of a departure: the review package a person hands over, HR's review of it, the
audit trail, the hand-over report and the hand-over lists. GUI-free like the rest of model/.

Names are imported on first use (PEP 562): the command line builds its parser from
``model.hr.commands`` and must not pay for pandas and numpy to print ``--help``.
"""

from importlib import import_module

_WHERE = {
    "PACKAGE_SUFFIX": "package",
    "IntegrityError": "package",
    "plan_package": "package",
    "HrReview": "review",
    "ReviewError": "review",
    "review_path_for": "review",
    "Package": "unpack",
    "load_package": "unpack",
    "Verification": "integrity",
    "verify": "integrity",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{_WHERE[name]}", __name__), name)
