"""The package command's preview (what leaves the laptop) in the command line's language
(qa6, 2026-11-30): under Dutch its table and list were English."""

from __future__ import annotations

import pytest

from model.cli import main
from model.messages import set_language


@pytest.fixture(scope="module")
def sample_zip(tmp_path_factory):
    from model.synthetic.generator import write_sample

    zip_path, _ = write_sample(tmp_path_factory.mktemp("export"), seed=5, n_contacts=120)
    return zip_path


@pytest.mark.parametrize("flag", ["--dry-run", "--list"])
def test_the_package_preview_speaks_dutch(sample_zip, tmp_path, capsys, flag):
    try:
        out = tmp_path / "p.coreview"
        args = ["--language", "nl", "package", str(sample_zip), "--out", str(out), flag, "--yes"]
        assert main(args if flag == "--list" else args[:-1]) == 0
    finally:
        set_language("en")
    lines = capsys.readouterr().out.splitlines()
    header = next(i for i, line in enumerate(lines) if "Totaal" in line.split())
    assert "collega" in lines[header] and "klant" in lines[header]
    assert not {"Total", "colleague", "client", "private"} & set(lines[header].split())
    assert lines[-1 if flag == "--dry-run" else header].strip()  # the table is there
    totals = [line for line in lines[header + 1 :] if line.startswith("Totaal")]
    assert totals, "the totals row is named in Dutch"
    listed = [line for line in lines if line.startswith("  c0")]
    assert listed and all("[werk " in line or "[privé " in line for line in listed)
    assert not any(", flagged" in line or "decided" in line for line in listed)
    assert any(", gemarkeerd" in line for line in listed)


def test_the_package_preview_stays_english_in_english(sample_zip, tmp_path, capsys):
    out = tmp_path / "p.coreview"
    assert main(["package", str(sample_zip), "--out", str(out), "--dry-run"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any("colleague" in line and "Total" in line for line in lines)
    assert any(line.startswith("  c0") and "[work " in line for line in lines)
