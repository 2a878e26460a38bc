"""Test isolation: every test gets its own data folder and the offscreen Qt platform."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _data_dir(tmp_path_factory, monkeypatch):
    """A fresh, private data folder per test, so no test sees the user's or another's data."""
    path = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("CONTACT_OWNERSHIP_DATA", str(path))
    return path
