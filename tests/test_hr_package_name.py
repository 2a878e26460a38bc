"""The file a review package is saved as: ``x.zip`` means ``x.coreview`` (a package is a zip),
never ``x.zip.coreview``; other names get the suffix added and keep every dot of theirs."""

from __future__ import annotations

import pytest

from model.hr.package import PACKAGE_SUFFIX, package_path, plan_package, write_package
from model.hr.unpack import load_package
from model.predictor import load_model
from model.synthetic import generate_person


@pytest.mark.parametrize(
    ("given", "written"),
    [
        ("leaver.zip", "leaver.coreview"),
        ("leaver.ZIP", "leaver.coreview"),
        ("leaver.coreview.zip", "leaver.coreview"),
        ("leaver", "leaver.coreview"),
        ("leaver.coreview", "leaver.coreview"),
        ("LEAVER.COREVIEW", "LEAVER.COREVIEW"),
        ("j.de.vries", "j.de.vries.coreview"),
        ("report.csv", "report.csv.coreview"),
    ],
)
def test_the_name_a_package_is_saved_as(tmp_path, given, written):
    assert package_path(tmp_path / given) == tmp_path / written


def test_saving_as_x_zip_writes_x_coreview_that_opens(tmp_path):
    person = generate_person(3, "recruiter", n_contacts=30)
    results = load_model().classify(person.contacts, person.career)
    plan = plan_package(person.contacts, results, person.career)
    path = write_package(plan, tmp_path / "x.zip")
    assert path == tmp_path / f"x{PACKAGE_SUFFIX}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.coreview"]
    assert len(load_package(path).contacts) == len(plan.records) > 0
