"""The reader's shortcuts give what the plain pandas calls give (model/readers/linkedin.py,
csvtext.py): duplicate rows found through the URL first, the header's first lines."""

from __future__ import annotations

import random

import numpy as np
import pandas as pd

from model import dates
from model.readers.csvtext import _first_lines
from model.readers.linkedin import repeated_rows


def test_repeated_rows_match_pandas_duplicated():
    rng = random.Random(3)
    days = [pd.NaT, pd.Timestamp("2020-01-01"), pd.Timestamp("2021-01-01")]
    found = 0
    for _ in range(300):
        n = rng.randint(0, 60)
        frame = pd.DataFrame(
            {
                "url": pd.array([rng.choice(["", "a", "b", "c", "d"]) for _ in range(n)], "str"),
                "name": pd.array([rng.choice(["", "p", "q"]) for _ in range(n)], "str"),
                "day": pd.Series([rng.choice(days) for _ in range(n)], dtype="datetime64[ns]"),
            }
        )
        fields = ["url", "name", "day"]
        expected = frame[fields].duplicated(keep="first").to_numpy()
        got = repeated_rows(frame, fields, key="url")
        assert got.dtype == bool
        np.testing.assert_array_equal(got, expected)
        found += int(expected.sum())
    assert found > 100  # the cases that matter came up


def test_first_lines_are_split_s():
    rng = random.Random(5)
    texts = ["", "a", "a\n", "\n\n", "a\nb"]
    texts += ["".join(rng.choice("ab\n") for _ in range(rng.randint(0, 60))) for _ in range(3000)]
    for text in texts:
        for count in (0, 1, 2, 3, 20):
            assert _first_lines(text, count) == text.split("\n")[:count]


def test_dates_without_clocks_parse_as_through_the_clock_split(monkeypatch):
    """Thousands of distinct dates without a colon skip the split of dates and times: the
    same dates, order and warnings as through it."""
    rng = random.Random(7)
    days = pd.date_range("2004-01-01", periods=3000, freq="D")
    styles = ["%d %b %Y", "%d-%m-%Y", "%Y-%m-%d", "%B %d, %Y", "%d/%m/%y"]
    texts = [d.strftime(rng.choice(styles)) for d in days]
    texts += ["31 Feb 2020", "soon", "", " 05 Mar 2021 ", "44260", "5 mrt 2021"]
    values = pd.Series(texts * 2, dtype="str")
    fast = dates.parse_dates(values, path="Connections.csv")
    monkeypatch.setattr(dates, "_may_hold_clocks", lambda values: True)
    split = dates.parse_dates(values, path="Connections.csv")
    pd.testing.assert_series_equal(fast[0], split[0])
    assert fast[1:] == split[1:]
    assert fast[0].notna().sum() > 6000 and fast[2]  # dates read, and a warning about some
