"""A damaged review package opened in the app: said at once in one line naming the file, before
HR is asked for a name, and the window stays usable. Packages are generated."""

from __future__ import annotations

from pathlib import Path

import pytest

from model.hr import plan_package
from model.hr.package import write_package
from model.predictor import load_model
from model.synthetic import generate_person


@pytest.fixture(scope="module")
def package_bytes(tmp_path_factory) -> bytes:
    person = generate_person(22, "recruiter", n_contacts=40)
    results = load_model().classify(person.contacts, person.career)
    plan = plan_package(person.contacts, results, person.career)
    return write_package(plan, tmp_path_factory.mktemp("pkg") / "leaver").read_bytes()


@pytest.fixture
def window(main_window):
    return main_window


def _cut_short(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "leaver.coreview"
    path.write_bytes(data[: len(data) // 2])
    return path


def _a_folder(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "folder.coreview"
    path.mkdir()
    return path


@pytest.mark.parametrize("make", [_cut_short, _a_folder])
def test_a_damaged_package_is_said_before_the_reviewer_is_asked(
    qtbot, window, package_bytes, tmp_path, make
):
    bad = make(tmp_path, package_bytes)
    window.open_path(bad)
    qtbot.waitUntil(lambda: bool(window.last_error), timeout=10000)
    assert getattr(window, "reviewer_dialog", None) is None  # nobody was asked for a name
    assert str(bad) in window.last_error and "\n" not in window.last_error
    assert "review package" in window.last_error
    assert window.stack.currentWidget() is window.start_page  # still usable


def test_a_whole_package_still_asks_the_reviewer(qtbot, window, package_bytes, tmp_path):
    good = tmp_path / "leaver.coreview"
    good.write_bytes(package_bytes)
    window.open_path(good)
    qtbot.waitUntil(lambda: getattr(window, "reviewer_dialog", None) is not None)
    assert not window.last_error
    window.reviewer_dialog.reject()
