"""The date parser: every style LinkedIn and Excel write, day/month order, bad values."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from model.dates import parse_dates
from model.synthetic.layouts import format_connected_on

EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
NL_FULL = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
EN_FULL = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _us_time(t: datetime) -> str:
    return format_connected_on(t, "2018")


# style name -> (formatter, keeps the time of day, expected order)
STYLES = {
    "text": (lambda t: f"{t.day:02d} {EN[t.month - 1]} {t.year}", False, "text"),
    "text-short-day": (lambda t: f"{t.day} {EN[t.month - 1]} {t.year}", False, "text"),
    "en-full": (lambda t: f"{t.day} {EN_FULL[t.month - 1]} {t.year}", False, "text"),
    "nl-full": (lambda t: f"{t.day} {NL_FULL[t.month - 1]} {t.year}", False, "text"),
    "dutch-month": (lambda t: format_connected_on(t, excel="dutch-month"), False, "text"),
    "dmy-abbr": (lambda t: format_connected_on(t, excel="dmy-abbr"), False, "text"),
    "us-time": (_us_time, True, "MDY"),
    "d-m-yyyy": (lambda t: format_connected_on(t, excel="semicolon"), False, "DMY"),
    "dd.mm.yyyy": (lambda t: format_connected_on(t, excel="dots"), False, "DMY"),
    "iso": (lambda t: format_connected_on(t, excel="iso"), False, "YMD"),
    "iso-time": (lambda t: f"{t:%Y-%m-%d %H:%M:%S}", True, "YMD"),
    "us-short": (lambda t: f"{t.month}/{t.day}/{t.year % 100:02d}", False, "MDY"),
}

# A date whose day is above 12 settles the order for the numeric styles.
PROOF = datetime(2020, 6, 28, 9, 41)
moments = st.datetimes(min_value=datetime(1970, 1, 1), max_value=datetime(2069, 12, 31))


@pytest.mark.parametrize("style", sorted(STYLES))
@settings(max_examples=40, deadline=None)
@given(when=st.lists(moments, min_size=1, max_size=20))
def test_every_style_round_trips(style, when):
    fmt, keeps_time, order = STYLES[style]
    when = [t.replace(second=0, microsecond=0) for t in [*when, PROOF]]
    expected = [t if keeps_time else t.replace(hour=0, minute=0) for t in when]
    parsed, got_order, warnings = parse_dates(pd.Series([fmt(t) for t in when]))
    assert list(parsed) == [pd.Timestamp(t) for t in expected]
    assert got_order == order
    assert warnings == []
    assert parsed.dtype == "datetime64[ns]"


def test_day_month_order_is_proven_by_any_row():
    dmy, order, warnings = parse_dates(pd.Series(["3/5/21", "1/2/21", "13/5/21"]))
    assert order == "DMY" and warnings == []
    assert dmy.iloc[0] == pd.Timestamp("2021-05-03")
    mdy, order, warnings = parse_dates(pd.Series(["3/5/21", "1/2/21", "5/13/21"]))
    assert order == "MDY" and warnings == []
    assert mdy.iloc[0] == pd.Timestamp("2021-03-05")


def test_unresolvable_order_uses_documented_default_and_warns():
    us, order, warnings = parse_dates(pd.Series(["1/8/18, 6:14 PM"]), path="/x/Connections.csv")
    assert order == "MDY"
    assert us.iloc[0] == pd.Timestamp("2018-01-08 18:14")
    assert len(warnings) == 1 and "Connections.csv" in warnings[0] and "month/day" in warnings[0]

    dashed, order, warnings = parse_dates(pd.Series(["3-5-2021"]))
    assert order == "DMY" and dashed.iloc[0] == pd.Timestamp("2021-05-03")
    assert "day/month" in warnings[0]

    semicolon_file, order, _ = parse_dates(pd.Series(["3/5/2021"]), delimiter=";")
    assert order == "DMY" and semicolon_file.iloc[0] == pd.Timestamp("2021-05-03")


def test_known_order_is_silent_unless_contradicted():
    parsed, order, warnings = parse_dates(pd.Series(["3/14/10, 8:12 AM"]), known_order="MDY")
    assert (order, warnings) == ("MDY", [])
    parsed, order, warnings = parse_dates(pd.Series(["3/4/10, 8:12 AM"]), known_order="MDY")
    assert (order, warnings) == ("MDY", [])
    assert parsed.iloc[0] == pd.Timestamp("2010-03-04 08:12")


def test_conflicting_orders_keep_the_majority_and_count_the_rest():
    parsed, order, warnings = parse_dates(pd.Series(["13/1/21", "14/1/21", "1/13/21"]))
    assert order == "DMY"
    assert parsed.isna().tolist() == [False, False, True]
    assert any("mix" in w for w in warnings)
    assert any(w.startswith("1 date") for w in warnings)


def test_unreadable_values_become_nat_and_are_counted():
    values = pd.Series(["05 Mar 2021", "yesterday", "", "31 Feb 2021", "yesterday", None])
    parsed, order, warnings = parse_dates(values, path="Connections.csv")
    assert parsed.isna().tolist() == [False, True, True, True, True, True]
    assert order == "text"
    # three unreadable rows (two distinct texts); empty and missing values are not errors
    assert len(warnings) == 1 and warnings[0].startswith("3 dates in Connections.csv")


def test_two_digit_years_pivot_at_70():
    parsed, _, _ = parse_dates(pd.Series(["5-jan-69", "5-jan-70", "5-jan-00"]))
    assert [t.year for t in parsed] == [2069, 1970, 2000]


def test_twelve_oclock_in_12_hour_style():
    parsed, _, _ = parse_dates(pd.Series(["12/31/18, 12:05 AM", "12/31/18, 12:05 PM"]))
    assert [t.hour for t in parsed] == [0, 12]
    bad, _, warnings = parse_dates(pd.Series(["12/31/18, 13:05 PM"]))
    assert bad.isna().all() and warnings


def test_keeps_index_and_name_and_handles_empty_input():
    values = pd.Series(["2021-09-16", "2021-09-16"], index=[10, 20], name="Connected On")
    parsed, _, _ = parse_dates(values)
    assert list(parsed.index) == [10, 20] and parsed.name == "Connected On"
    parsed, order, warnings = parse_dates(pd.Series([], dtype="str"))
    assert len(parsed) == 0 and order == "" and warnings == []
    parsed, order, warnings = parse_dates(pd.Series(["", "  "]))
    assert parsed.isna().all() and order == "" and warnings == []


def test_month_names_in_either_case_and_language():
    values = pd.Series(["5 MRT 2021", "5 mei 2021", "5 Okt 2021", "March 5, 2021", "5 Sept 2021"])
    parsed, _, warnings = parse_dates(values)
    assert [(t.month, t.day) for t in parsed] == [(3, 5), (5, 5), (10, 5), (3, 5), (9, 5)]
    assert warnings == []


def test_years_outside_any_contact_list_are_unreadable_not_a_crash():
    parsed, _, warnings = parse_dates(
        pd.Series(["0001-01-01", "9999-12-31", "1/1/1600", "2021-01-01"])
    )
    assert parsed.isna().tolist() == [True, True, True, False]
    assert warnings and warnings[-1].startswith("3 dates")


@settings(max_examples=80, deadline=None)
@given(values=st.lists(st.text(alphabet="0123456789/-.:, APMmaeijnrt", max_size=24), max_size=10))
def test_any_text_gives_dates_or_nat_never_an_exception(values):
    parsed, order, _ = parse_dates(pd.Series(values, dtype="str"))
    assert len(parsed) == len(values) and parsed.dtype == "datetime64[ns]"
    assert order in ("", "DMY", "MDY", "YMD", "text")


def test_time_separators():
    values = pd.Series(
        ["1/8/18,6:14 PM", "2021-09-16T14:03", "2021-09-16  14:03:07.5", "16-9-2021 9:05"]
    )
    parsed, _, warnings = parse_dates(values)
    assert [(t.hour, t.minute) for t in parsed] == [(18, 14), (14, 3), (14, 3), (9, 5)]
    assert warnings == []


@pytest.mark.parametrize("style", ["us-time", "iso-time", "text", "d-m-yyyy"])
@settings(max_examples=25, deadline=None)
@given(when=st.lists(moments, min_size=1, max_size=30), junk=st.booleans())
def test_dates_and_times_parsed_apart_agree_with_whole_values(style, when, junk):
    import model.dates as dates

    fmt = STYLES[style][0]
    texts = [fmt(t.replace(second=0, microsecond=0)) for t in when]
    texts += ["1/2/21, 25:00 PM", "31 Feb 2021 10:00", "soon"] if junk else []
    values = pd.Series(texts)
    saved = dates.CLOCK_SPLIT_MIN
    try:
        dates.CLOCK_SPLIT_MIN = 10**9
        whole = parse_dates(values)
        dates.CLOCK_SPLIT_MIN = 0
        apart = parse_dates(values)
    finally:
        dates.CLOCK_SPLIT_MIN = saved
    assert apart[0].tolist() == whole[0].tolist() or apart[0].equals(whole[0])
    assert apart[1] == whole[1]


def test_excel_day_numbers_are_read_as_dates():
    """Excel shows a date cell formatted as General as its day number (from 30 Dec 1899) and
    saves it so in a CSV: 44260 is 5 Mar 2021, with a fraction for the time of day."""
    values = pd.Series(["44260", "45961", "45961.75", "36526", "", "12345"])
    parsed, order, warnings = parse_dates(values, path="Connections.csv")
    assert list(parsed[:4]) == [
        pd.Timestamp("2021-03-05"),
        pd.Timestamp("2025-10-31"),
        pd.Timestamp("2025-10-31"),
        pd.Timestamp("2000-01-01"),
    ]
    assert parsed[4:].isna().all() and order == "YMD"
    assert warnings == ["1 date in Connections.csv could not be read (e.g. '12345'); left empty"]


def test_linkedin_style_quick_path_reads_as_the_general_one(monkeypatch):
    """LinkedIn's own "05 Mar 2021" (with empty values) skips the table of every alternative
    (dates._linkedin_days); the dates, the order and the notes are the general path's."""
    import random

    from model import dates

    rnd = random.Random(7)
    months = [*dates.MONTHS, *(m.title() for m in dates.MONTHS), "Mrz", "Foo"]
    values = [""] + [
        f"{rnd.choice(['', '0'])}{rnd.randint(0, 33)} {rnd.choice(months)} {rnd.randint(1890, 2230)}"
        for _ in range(3000)
    ]
    column = pd.Series(values * 2, dtype="str")
    linkedin = [v for v in values if dates._LINKEDIN_DAY.fullmatch(v) and "Foo" not in v]
    assert dates._linkedin_days(["", *linkedin]) is not None  # the quick path is taken
    assert dates._linkedin_days(["", *linkedin, "2021-03-05"]) is None
    quick = dates.parse_dates(pd.Series(["", *linkedin] * 2, dtype="str"))
    mixed = dates.parse_dates(column)
    monkeypatch.setattr(dates, "_linkedin_days", lambda values: None)
    for got, want in (
        (quick, dates.parse_dates(pd.Series(["", *linkedin] * 2, dtype="str"))),
        (mixed, dates.parse_dates(column)),
    ):
        assert got[0].equals(want[0]) and got[1] == want[1] == "text"
        assert [str(m) for m in got[2]] == [str(m) for m in want[2]]
    assert quick[0].isna().sum() > 2  # 31 Feb and the like: unreadable, as before


@settings(max_examples=40, deadline=None)
@given(
    picks=st.lists(
        st.sampled_from(
            ["05 Mar 2021", " 5/3/21", "3/5/21 ", "13/02/2020", "02/13/2020", "not a date", ""]
        ),
        max_size=60,
    )
)
def test_dates_given_as_codes_parse_as_the_column(picks):
    """A column given as its codes into distinct texts (a streamed file's, chunk by chunk)
    gives the column's dates, order and warnings (the unreadable counted a row each)."""
    import numpy as np

    from model.dates import parse_coded_dates

    column = pd.Series(picks, dtype="str")
    dates, order, warnings = parse_dates(column, path="Connections.csv")
    codes, texts = pd.factorize(np.array(picks, dtype=object))
    got, got_order, got_warnings = parse_coded_dates(codes, texts, path="Connections.csv")
    assert got.dtype == np.dtype("datetime64[ns]")
    assert (got_order, got_warnings) == (order, warnings)
    pd.testing.assert_series_equal(pd.Series(got), dates)
