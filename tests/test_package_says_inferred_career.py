"""`package` says on one line what career it read from the network, as `classify` does (README):
from Connections.csv alone (or the app's own table, which holds no career) every contact could
otherwise go to HR as "(no employer)" without a word about --positions."""

from __future__ import annotations

import zipfile

import pytest

from model.cli import main
from model.synthetic import write_sample


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sample")
    zip_path, _labels = write_sample(folder, seed=11, n_contacts=120)
    with zipfile.ZipFile(zip_path) as zf:
        connections = folder / "Connections.csv"
        connections.write_bytes(zf.read("Connections.csv"))
    return zip_path, connections


def _notes(capsys) -> list[str]:
    return [line for line in capsys.readouterr().err.splitlines() if ": note: " in line]


def test_without_a_career_package_says_what_it_read_from_the_network(export, tmp_path, capsys):
    _zip, connections = export
    out = tmp_path / "p.coreview"
    assert main(["classify", str(connections), "--out", str(tmp_path / "c.csv")]) == 0
    said_by_classify = _notes(capsys)
    assert main(["package", str(connections), "--out", str(out), "--dry-run"]) == 0
    said = _notes(capsys)
    assert len(said) == 1 and said == said_by_classify
    assert "no career given" in said[0] and "--positions" in said[0]


def test_with_a_career_nothing_is_said(export, tmp_path, capsys):
    zip_path, _connections = export
    assert main(["package", str(zip_path), "--out", str(tmp_path / "p.coreview"), "--dry-run"]) == 0
    assert _notes(capsys) == []
