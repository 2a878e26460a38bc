"""A package with one member damaged inside the zip (its CRC fails): ``verify`` and ``report``
say the same true thing, the zip checksum, in both languages (``report`` used to say the
member "is not valid JSON", since the damaged bytes were read as nothing)."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

import pytest

from model.cli import main

SAID = {
    "en": "is damaged (its zip checksum fails)",
    "nl": "is beschadigd (de zip-controlesom klopt niet)",
}


def _damaged(package: Path, member: str) -> Path:
    """A copy of ``package`` with one byte inside ``member``'s compressed data flipped."""
    data = bytearray(package.read_bytes())
    with zipfile.ZipFile(package) as zf:
        info = zf.getinfo(member)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + info.compress_size // 2] ^= 0xFF
    out = package.with_name(f"damaged-{member}.coreview")
    out.write_bytes(bytes(data))
    with zipfile.ZipFile(out) as zf, pytest.raises((zipfile.BadZipFile, zlib.error)):
        zf.read(member)  # the test's premise: the zip itself sees the damage
    return out


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("member", ["contacts.json", "career.json", "manifest.json"])
def test_verify_and_report_both_name_the_failed_checksum(
    package, tmp_path, capsys, language, member
):
    damaged = _damaged(package, member)
    before = damaged.read_bytes()
    assert main(["--language", language, "verify", str(damaged)]) != 0
    verify_said = capsys.readouterr().err.strip()
    out = tmp_path / "report.xlsx"
    assert main(["--language", language, "report", str(damaged), "--out", str(out)]) != 0
    report_said = capsys.readouterr().err.strip()
    for said in (verify_said, report_said):
        assert len(said.splitlines()) == 1
        assert f"{member} {SAID[language]}" in said, said
        assert "JSON" not in said
    assert not out.exists()
    assert damaged.read_bytes() == before  # the input is never changed
