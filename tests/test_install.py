"""A normal install works: the wheel carries the model, sample and translations, and a fresh
virtual environment with only the run-time dependencies classifies the shipped sample.

Slow (a wheel build and a ~0.5 GB venv; pip's cache makes it about a minute):
    .venv/bin/python -m pytest -m slow tests/test_install.py
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def _run(cmd, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=900, **kw)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = _run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-w", str(out)])
    assert done.returncode == 0, done.stderr[-2000:]
    (path,) = out.glob("contact_ownership-*.whl")
    return path


@pytest.fixture(scope="module")
def venv(tmp_path_factory, wheel) -> Path:
    env = tmp_path_factory.mktemp("venv") / "v"
    assert _run([sys.executable, "-m", "venv", str(env)]).returncode == 0
    done = _run([str(env / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)])
    assert done.returncode == 0, done.stderr[-2000:]
    return env


def test_the_wheel_carries_every_data_file_of_the_packages(wheel):
    tracked = _run(["git", "ls-files", "model", "desktop"], cwd=ROOT).stdout.split()
    data = {f for f in tracked if not f.endswith((".py", ".ts"))}
    assert "model/shipped/model/ownership.npz" in data  # the check below means something
    names = set(zipfile.ZipFile(wheel).namelist())
    assert data <= names, sorted(data - names)


def test_a_fresh_install_classifies_the_sample_without_scikit_learn(venv, tmp_path):
    python = str(venv / "bin" / "python")
    env = {**os.environ, "CONTACT_OWNERSHIP_DATA": str(tmp_path / "data")}
    env.pop("PYTHONPATH", None)
    # Run from an empty folder so the checkout's packages cannot shadow the installed ones.
    where = _run(
        [python, "-c", "import model.shipped as s; print(s.sample_export())"], cwd=tmp_path, env=env
    )
    sample = Path(where.stdout.strip())
    assert "site-packages" in str(sample) and sample.is_file(), where.stderr
    assert _run([python, "-c", "import sklearn"], cwd=tmp_path, env=env).returncode != 0
    out = tmp_path / "out.csv"
    done = _run(
        [str(venv / "bin" / "contact-ownership"), "classify", str(sample), "--out", str(out)],
        cwd=tmp_path,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) > 500
    assert {r["suggestion"] for r in rows} == {"work", "private"}
    assert all(r["reasons"] for r in rows)


def test_training_without_the_extra_says_what_to_install(venv, tmp_path):
    env = {**os.environ, "CONTACT_OWNERSHIP_DATA": str(tmp_path / "data")}
    done = _run(
        [str(venv / "bin" / "contact-ownership"), "train", "--out", str(tmp_path / "m")],
        cwd=tmp_path,
        env=env,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "contact-ownership[train]" in done.stderr


def test_a_pip_install_gets_its_menu_entry_file_types_and_icons(venv, tmp_path):
    """`desktop-entry install` from the wheel: the entry starts this venv's GUI script and the
    icons and MIME type come from the installed package; `remove` takes them all away."""
    xdg = tmp_path / "xdg"
    env = {**os.environ, "XDG_DATA_HOME": str(xdg)}
    env.pop("PYTHONPATH", None)
    command = [str(venv / "bin" / "contact-ownership"), "desktop-entry"]
    done = _run([*command, "install"], cwd=tmp_path, env=env)
    assert done.returncode == 0 and "18 files written" in done.stdout, done.stderr
    entry = (xdg / "applications" / "contact-ownership.desktop").read_text(encoding="utf-8")
    gui = venv / "bin" / "contact-ownership-gui"
    assert f'Exec="{gui}" %f' in entry.splitlines() and gui.is_file()
    assert (xdg / "icons" / "hicolor" / "256x256" / "apps" / "contact-ownership.png").is_file()
    assert (xdg / "mime" / "packages" / "contact-ownership.xml").is_file()
    if shutil.which("desktop-file-validate"):
        checked = _run(
            ["desktop-file-validate", str(xdg / "applications" / "contact-ownership.desktop")]
        )
        assert checked.returncode == 0 and not checked.stdout, checked.stdout
    done = _run([*command, "remove"], cwd=tmp_path, env=env)
    assert done.returncode == 0 and "removed 18 files" in done.stdout, done.stderr
    assert not [p for p in xdg.rglob("*contact-ownership*")]
