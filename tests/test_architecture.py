"""The architecture is a check: model never imports Qt; the code is lint-clean."""

import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import model

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def test_model_imports_no_qt():
    modules = [m.name for m in pkgutil.walk_packages(model.__path__, "model.")]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'desktop'))\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(modules) > 15


def _tool(name):
    path = BIN / name
    if not path.exists() and not shutil.which(name):
        pytest.skip(f"{name} is not installed (pip install -e .[dev])")
    return str(path if path.exists() else shutil.which(name))


def test_import_linter_contract():
    result = subprocess.run([_tool("lint-imports")], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_clean():
    result = subprocess.run(
        [_tool("ruff"), "check", "model", "desktop", "tests", "bench"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout[-3000:]


def test_ruff_formatted():
    result = subprocess.run(
        [_tool("ruff"), "format", "--check", "model", "desktop", "tests", "bench"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout[-3000:]


def test_the_layers_contract_catches_an_import_upwards(tmp_path):
    """A copy of the package where the career imports the command line breaks the layers
    contract, and one where a feature imports the training generator breaks the vocabulary
    contract: the contracts check something, they are not vacuously kept."""
    lint = _tool("lint-imports")
    shutil.copytree(
        ROOT / "model", tmp_path / "model", ignore=shutil.ignore_patterns("__pycache__", "shipped")
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    (tmp_path / "model" / "career_dates.py").write_text(
        (ROOT / "model" / "career_dates.py").read_text() + "\nfrom . import cli  # noqa\n"
    )
    (tmp_path / "model" / "features" / "_upwards.py").write_text(
        "from .. import synthetic  # noqa\n"
    )
    result = subprocess.run([lint], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode != 0
    out = " ".join(result.stdout.split())
    assert "model is layered" in out and "BROKEN" in out
    assert "model.career_dates -> model.cli" in out
    assert "imports the training generator BROKEN" in out
