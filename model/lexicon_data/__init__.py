"""Word lists behind :mod:`model.lexicons`, split by what they describe.

Matching rules (see :class:`model.lexicons._Lexicon`): the highest tier wins whatever the
match length — 1 generic roles ("manager", "consultant"), 2 weak words of a family
("engineer", "architect"), 3 soft private statuses ("open to work"), 4 functional families
("recruiter", "inkoper"), 5 hard private statuses ("student", "gepensioneerd"). Within a tier
the longest match wins, then the family listed first. ``words`` are whole words or phrases,
``weak`` whole words at tier 2, ``prefixes`` match the start of a longer word (Dutch compounds:
"inkoop" → "inkoopmanager"), ``suffixes`` its end ("…manager" → "vestigingsmanager").
"""

from .sectors import SECTORS
from .seniority import SENIORITY_EXCEPTIONS, SENIORITY_WORDS
from .titles_other import OTHER_FAMILIES, TITLE_EXCEPTIONS
from .titles_work import WORK_FAMILIES

WEAK_TIER = 2
TITLE_FAMILIES: dict[str, dict] = {**WORK_FAMILIES, **OTHER_FAMILIES}

__all__ = [
    "SECTORS",
    "SENIORITY_EXCEPTIONS",
    "SENIORITY_WORDS",
    "TITLE_EXCEPTIONS",
    "TITLE_FAMILIES",
    "WEAK_TIER",
]
