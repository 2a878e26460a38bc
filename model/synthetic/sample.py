"""The sample export bundled in model/shipped/sample/: one fixed, generated, mid-size person."""

from __future__ import annotations

from pathlib import Path

from .generator import write_sample

# An IT consultant with three employers and about a thousand contacts.
BUNDLED_SAMPLE = {"seed": 81, "profession": "it_consultant"}
ASSETS_SAMPLE = Path(__file__).resolve().parents[1] / "shipped" / "sample"


def write_bundled_sample(out_dir=None) -> tuple[Path, Path]:
    """(Re)write the bundled sample zip and its labels.csv to ``out_dir`` (default model/shipped/sample/).

    Returns (zip path, labels path). Old sample zips in the folder are removed first.
    """
    out = Path(out_dir) if out_dir is not None else ASSETS_SAMPLE
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("Basic_LinkedInDataExport_*.zip"):
        old.unlink()
    return write_sample(out, **BUNDLED_SAMPLE)
