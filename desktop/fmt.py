"""Numbers in the interface language: "1,095" in English, "1.095" in Dutch; dates likewise;
and text made to wrap in a narrow pane (:func:`breakable`).

User-visible strings keep Python's ``{n:,}`` (so translations stay simple); a :class:`Count`
formats that spec with the current QLocale instead of always using a comma.
"""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import QLocale


class Count(int):
    """An int whose ``{:,}`` format uses the locale's group separator."""

    def __format__(self, spec: str) -> str:
        if spec == ",":
            locale = QLocale()
            # The "C" locale (no LANG set) groups nothing; English grouping reads better there.
            if locale.language() != QLocale.Language.C:
                return locale.toString(int(self))
        return super().__format__(spec)


def counts(values: dict[str, int]) -> dict[str, Count]:
    """``values`` with every number wrapped in :class:`Count` (for ``str.format(**...)``)."""
    return {key: Count(value) for key, value in values.items()}


def short_months() -> tuple[str, ...]:
    """The twelve short month names in the interface language ("Mar", "mrt.")."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        locale = QLocale(QLocale.Language.English)
    return tuple(locale.monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13))


def date_text(day) -> str:
    """A date as "05 Mar 2021" with the month in the interface language."""
    return f"{day.day:02d} {short_months()[day.month - 1]} {day.year}"


def month_text(day) -> str:
    """A month as "Mar 2021" in the interface language."""
    return f"{short_months()[day.month - 1]} {day.year}"


_ZWSP = "\u200b"
_LONG_RUN = 24  # letters without a space that still fit the details pane's width


def breakable(text: str) -> str:
    """``text`` with an invisible break chance (U+200B) every ~16 characters of a run longer
    than fits a narrow pane, so a label wraps a 200-letter "word" instead of widening its pane;
    never inside a cluster (a joiner, combining mark or variation selector stays attached)."""

    def cut(match: re.Match) -> str:
        run, out, since = match.group(0), [], 0
        for i, ch in enumerate(run):
            nxt = run[i + 1] if i + 1 < len(run) else ""
            out.append(ch)
            since += 1
            attached = ch == "\u200d" or (
                nxt and (nxt == "\u200d" or unicodedata.category(nxt) in ("Mn", "Me", "Cf"))
            )
            if since >= 16 and nxt and not attached and not "\ufe00" <= nxt <= "\ufe0f":
                out.append(_ZWSP)
                since = 0
        return "".join(out)

    return re.sub(rf"\S{{{_LONG_RUN + 1},}}", cut, text)
