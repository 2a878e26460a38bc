"""A zip member or gzip file that cannot be unpacked is said in the user's language: the
library's own English ("Error -3 while decompressing data", "Bad CRC-32 for file") never
reaches a user, and the line still names the file and the member."""

from __future__ import annotations

import gzip
import io
import zipfile

import pytest

from model.errors import InputError
from model.readers import read_export

ROWS = (
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    + "Ann,Smith,https://www.linkedin.com/in/ann,,Acme B.V.,Engineer,05 Mar 2021\n" * 40
).encode()
LIBRARY_WORDS = ("Error -3", "decompress", "CRC-32", "compression method is not", "()")


def _zip() -> bytearray:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("Connections.csv", ROWS)
    return bytearray(out.getvalue())


def _scrambled_stream() -> bytes:
    data = _zip()
    start = data.find(b"Connections.csv") + len("Connections.csv")
    for k in range(start + 5, start + 40):
        data[k] ^= 0xFF
    return bytes(data)


def _bad_checksum() -> bytes:
    data = _zip()
    data[14] ^= 0xFF  # the local header's CRC-32: the member unpacks, its check fails
    central = data.find(b"PK\x01\x02")
    data[central + 16] ^= 0xFF
    return bytes(data)


def _unknown_method() -> bytes:
    data = _zip()
    data[8] = 99  # AES and other methods zipfile cannot unpack
    data[data.find(b"PK\x01\x02") + 10] = 99
    return bytes(data)


@pytest.mark.parametrize(
    "make, english, dutch",
    [
        (_scrambled_stream, "is damaged", "beschadigd"),
        (_bad_checksum, "is damaged", "beschadigd"),
        (_unknown_method, "cannot unpack", "niet kan uitpakken"),
    ],
)
def test_a_member_that_cannot_be_unpacked_is_said_plainly(tmp_path, make, english, dutch):
    path = tmp_path / "export.zip"
    data = make()
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_export(path)
    en, nl = str(caught.value), caught.value.problem.text("nl")
    assert "export.zip" in en and "Connections.csv" in en and "Connections.csv" in nl
    assert english in en and dutch in nl
    for text in (en, nl):
        assert not any(word in text for word in LIBRARY_WORDS), text
    assert path.read_bytes() == data


def test_a_damaged_gzip_is_said_plainly(tmp_path):
    packed = bytearray(gzip.compress(ROWS))
    packed[-8] ^= 0xFF  # the trailer's CRC
    path = tmp_path / "Connections.csv.gz"
    path.write_bytes(bytes(packed))
    with pytest.raises(InputError) as caught:
        read_export(path)
    en, nl = str(caught.value), caught.value.problem.text("nl")
    assert "Connections.csv.gz" in en and "damaged" in en and "beschadigd" in nl
    assert "CRC" not in en and "CRC" not in nl


def test_a_zip_with_a_broken_index_is_said_plainly(tmp_path):
    data = _zip()
    data[data.find(b"PK\x01\x02") + 2] = 0x09  # the central directory's signature
    path = tmp_path / "export.zip"
    path.write_bytes(bytes(data))
    with pytest.raises(InputError) as caught:
        read_export(path)
    en, nl = str(caught.value), caught.value.problem.text("nl")
    assert "export.zip" in en and "damaged zip" in en and "beschadigd" in nl
    assert "magic" not in en and "magic" not in nl
