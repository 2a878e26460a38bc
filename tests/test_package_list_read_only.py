"""``package --list`` lists every contact that would go in and writes nothing, as its help
says in English and Dutch."""

from __future__ import annotations

import pytest

from model.cli import main
from model.messages import Message


@pytest.fixture(scope="module")
def sample_zip(tmp_path_factory):
    from model.synthetic.generator import write_sample

    zip_path, _ = write_sample(tmp_path_factory.mktemp("export"), seed=5, n_contacts=60)
    return zip_path


@pytest.mark.parametrize("extra", [[], ["--yes"]])
def test_listing_writes_no_package(sample_zip, tmp_path, capsys, extra):
    out = tmp_path / "p.coreview"
    assert main(["package", str(sample_zip), "--out", str(out), "--list", *extra]) == 0
    listed = [line for line in capsys.readouterr().out.splitlines() if line.startswith("  c0")]
    assert listed  # every contact that would go in
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_the_help_says_it_writes_nothing():
    help_text = Message("help.package.list")
    assert "write nothing" in help_text.text("en")
    assert "niets schrijven" in help_text.text("nl")


def test_without_listing_the_package_is_written(sample_zip, tmp_path):
    out = tmp_path / "p.coreview"
    assert main(["package", str(sample_zip), "--out", str(out), "--yes"]) == 0
    assert out.exists()
