"""The one definition of a contact table and of a classification result.

Text columns use pandas' ``str`` dtype (pandas >= 3) and are never NaN: a missing value is ``""``.
Dates are ``datetime64[ns]`` with ``NaT`` when missing (Google, Outlook and vCard have none).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

# Contact columns, in order, with their dtypes.
CONTACT_DTYPES: dict[str, str] = {
    "first_name": "str",
    "last_name": "str",
    "url": "str",
    "email": "str",
    "company": "str",
    "position": "str",
    "connected_on": "datetime64[ns]",
    "row": "int64",  # 1-based line number of the record in its source file
    "duplicate": "bool",  # True for the second and later copies of the same contact
}
CONTACT_COLUMNS: list[str] = list(CONTACT_DTYPES)
TEXT_COLUMNS: list[str] = [c for c, t in CONTACT_DTYPES.items() if t == "str"]

# How LinkedIn names the contact columns; also the headers of our output files.
LINKEDIN_HEADERS: dict[str, str] = {
    "first_name": "First Name",
    "last_name": "Last Name",
    "url": "URL",
    "email": "Email Address",
    "company": "Company",
    "position": "Position",
    "connected_on": "Connected On",
}

# What the classifier adds to each contact.
RESULT_DTYPES: dict[str, str] = {
    "suggestion": "str",  # "work" | "private"
    "p_work": "float64",  # calibrated probability that the contact was acquired for work
    "employer": "str",  # the owner's employer (position company) for work, "" for private
    "category": "str",  # one of CATEGORIES
    "flagged": "bool",  # p_work inside the uncertainty band: a person should look
    "reasons": "object",  # tuple of 1-3 plain-language strings
}
RESULT_COLUMNS: list[str] = list(RESULT_DTYPES)
SUGGESTIONS = ("work", "private")
# How a decision may be written in a file the person edited (case and spaces aside): English or
# Dutch, as the app shows it
DECISION_WORDS = {"work": "work", "werk": "work", "private": "private", "privé": "private",
                  "prive": "private"}  # fmt: skip
CATEGORIES = ("colleague", "client", "supplier", "candidate", "other work", "private")
# The categories in Dutch, as the undo texts and HR's report say them.
CATEGORY_NL = {
    "colleague": "collega",
    "client": "klant",
    "supplier": "leverancier",
    "candidate": "kandidaat",
    "other work": "ander werk",
    "private": "privé",
}


def empty_contacts(n: int = 0) -> pd.DataFrame:
    """A contact table of ``n`` rows with every column of the schema, empty values."""
    data = {col: _empty_column(dtype, n) for col, dtype in CONTACT_DTYPES.items()}
    return pd.DataFrame(data, index=pd.RangeIndex(n), columns=CONTACT_COLUMNS)


def conform_contacts(df: pd.DataFrame) -> pd.DataFrame:
    """Return ``df`` with exactly the schema's columns, order and dtypes (missing ones filled)."""
    n = len(df)
    data = {}
    for col, dtype in CONTACT_DTYPES.items():
        if col not in df:
            data[col] = _empty_column(dtype, n)
            continue
        values = df[col]
        if dtype == "str":
            if values.dtype == STR_DTYPE:  # already text: only the missing ones to fill
                data[col] = values.fillna("").array
            else:
                data[col] = pd.array(values.fillna("").astype("str").to_numpy(), dtype=STR_DTYPE)
        elif dtype.startswith("datetime"):
            if values.dtype != dtype:
                values = pd.to_datetime(values, errors="coerce").astype(dtype)
            data[col] = values.to_numpy()
        else:
            data[col] = values.to_numpy(dtype=dtype)
    return pd.DataFrame(data, index=pd.RangeIndex(n), columns=CONTACT_COLUMNS)


STR_DTYPE = pd.StringDtype(na_value=np.nan)  # the "str" dtype, as an object


def _empty_column(dtype: str, n: int):
    """A column of ``n`` empty values of ``dtype`` (as :func:`empty_contacts` makes them)."""
    if dtype == "str":
        return pd.array(np.full(n, "", dtype=object), dtype=STR_DTYPE)
    if dtype.startswith("datetime"):
        return np.full(n, np.datetime64("NaT"), dtype="datetime64[ns]")
    if dtype == "bool":
        return np.zeros(n, dtype=bool)
    return np.arange(1, n + 1, dtype=dtype)


def full_name(df: pd.DataFrame) -> pd.Series:
    """First and last name joined, for display and search."""
    return (df["first_name"] + " " + df["last_name"]).str.strip()
