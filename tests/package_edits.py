"""A review package edited after it was made, for the tests of what verify and HR say."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from model.hr.audit import canonical


def with_owner_changed(package: Path, out: Path) -> Path:
    """A copy of ``package`` at ``out`` whose manifest names another owner, written in the
    manifest's own byte form (so only the content differs, not its layout)."""
    with zipfile.ZipFile(package) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    manifest = json.loads(members["manifest.json"])
    manifest["owner"] = "Someone Else"
    members["manifest.json"] = canonical(manifest)
    with zipfile.ZipFile(out, "w") as zf:
        for name, body in members.items():
            zf.writestr(name, body)
    return out
