"""Word lists behind :mod:`model.lexicons`, split by what they describe."""

from .sectors import SECTORS
from .titles import SENIORITY_EXCEPTIONS, SENIORITY_WORDS, TITLE_EXCEPTIONS, TITLE_FAMILIES

__all__ = [
    "SECTORS",
    "SENIORITY_EXCEPTIONS",
    "SENIORITY_WORDS",
    "TITLE_EXCEPTIONS",
    "TITLE_FAMILIES",
]
