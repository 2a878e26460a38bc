"""HR's side of a departure: the review package a person hands over, HR's review of it, the
audit trail, the hand-over report and the hand-over lists. GUI-free like the rest of model/."""

from .package import PACKAGE_SUFFIX, IntegrityError, plan_package
from .review import HrReview, ReviewError, review_path_for
from .unpack import Package, load_package
from .verify import Verification, verify

__all__ = [
    "PACKAGE_SUFFIX",
    "HrReview",
    "IntegrityError",
    "Package",
    "ReviewError",
    "Verification",
    "load_package",
    "plan_package",
    "review_path_for",
    "verify",
]
