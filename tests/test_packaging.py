"""Desktop integration files and packaging/install.sh, on a stand-in program (fast).

The real frozen program is built and installed by tests/test_bundle.py (slow).
"""

from __future__ import annotations

import configparser
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
SHARE = ROOT / "desktop" / "share"  # the package's menu entry and MIME type (both installers)
METAINFO = PACKAGING / "nl.contactownership.ContactOwnership.metainfo.xml"
REVIEW_MIME = "application/x-contact-ownership-review"


def _desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_menu_entry_opens_exports_and_review_packages():
    entry = _desktop_entry(SHARE / "contact-ownership.desktop")
    types = entry["MimeType"].strip(";").split(";")
    assert {"application/zip", "text/csv", "text/vcard", REVIEW_MIME} <= set(types)
    assert entry["Exec"].endswith("%f") and entry["Icon"] == "contact-ownership"
    mime = (SHARE / "contact-ownership-mime.xml").read_text()
    assert f'type="{REVIEW_MIME}"' in mime and 'pattern="*.coreview"' in mime


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed")
def test_metainfo_validates():
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.fixture
def unpacked(tmp_path) -> Path:
    """The tarball's layout around a stand-in program that prints its arguments."""
    program = tmp_path / "built"
    program.mkdir()
    exe = program / "contact-ownership"
    exe.write_text('#!/bin/sh\necho "stand-in $*"\n')
    exe.chmod(0o755)
    out = tmp_path / "contact-ownership-0.1.0-linux"
    subprocess.run(["bash", str(PACKAGING / "stage.sh"), str(program), str(out)], check=True)
    return out


def _files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if not p.is_dir()}


def test_install_and_uninstall_for_the_current_user(unpacked, tmp_path):
    home = tmp_path / "home"
    data = home / ".local" / "share" / "contact-ownership"
    data.mkdir(parents=True)
    (data / "journal.sqlite").write_text("decisions")  # the user's data must survive
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": ""}
    env.pop("PREFIX", None)
    done = subprocess.run(
        ["bash", str(unpacked / "install.sh")], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    local = home / ".local"
    launcher = local / "bin" / "contact-ownership"
    assert launcher.stat().st_mode & stat.S_IXUSR
    ran = subprocess.run([str(launcher), "open", "x.zip"], capture_output=True, text=True)
    assert ran.stdout.strip() == "stand-in open x.zip"

    entry = _desktop_entry(local / "share" / "applications" / "contact-ownership.desktop")
    assert entry["Exec"] == f'"{launcher}" open %f'
    assert REVIEW_MIME in entry["MimeType"]
    icons = local / "share" / "icons" / "hicolor"
    for size in (16, 24, 32, 48, 64, 128, 256):
        assert (icons / f"{size}x{size}" / "apps" / "contact-ownership.png").is_file()
        assert (
            icons / f"{size}x{size}" / "mimetypes" / f"{REVIEW_MIME.replace('/', '-')}.png"
        ).is_file()
    assert (icons / "scalable" / "apps" / "contact-ownership.svg").is_file()
    assert (local / "share" / "metainfo" / METAINFO.name).is_file()
    assert (local / "share" / "mime" / "packages" / "contact-ownership.xml").is_file()
    if shutil.which("update-mime-database"):
        globs = (local / "share" / "mime" / "globs2").read_text()
        assert f"{REVIEW_MIME}:*.coreview" in globs

    done = subprocess.run(
        ["bash", str(unpacked / "install.sh"), "--uninstall"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    left = {f for f in _files(local) if not f.startswith("share/contact-ownership/")}
    # Only caches the desktop tools regenerate may remain, and none of them names the app.
    assert not {f for f in left if "contact-ownership" in f or "ContactOwnership" in f}, left
    if shutil.which("update-mime-database"):
        assert REVIEW_MIME not in (local / "share" / "mime" / "globs2").read_text()
    assert not (local / "lib" / "contact-ownership").exists()
    assert (data / "journal.sqlite").read_text() == "decisions"


def test_install_without_a_program_folder_says_so(tmp_path):
    shutil.copy(PACKAGING / "install.sh", tmp_path / "install.sh")
    done = subprocess.run(
        ["bash", str(tmp_path / "install.sh"), "--prefix", str(tmp_path / "p")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert "no program folder" in done.stderr and done.stderr.count("\n") == 1
    assert not (tmp_path / "p").exists()


def test_install_leaves_no_icon_cache_in_a_bare_hicolor_folder(unpacked, tmp_path):
    """As `contact-ownership desktop-entry`: gtk-update-icon-cache only on a theme with an
    index.theme; a cache forced into ~/.local/share/icons/hicolor outlives --uninstall and hides
    the icons other programs put there later."""
    tools = tmp_path / "tools"
    tools.mkdir()
    fake = tools / "gtk-update-icon-cache"
    fake.write_text('#!/bin/sh\nfor a; do last=$a; done\n: > "$last/icon-theme.cache"\n')
    fake.chmod(0o755)
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "PATH": f"{tools}:{os.environ['PATH']}"}
    env.pop("PREFIX", None)
    for args in ([], ["--uninstall"]):
        done = subprocess.run(
            ["bash", str(unpacked / "install.sh"), *args], env=env, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        assert not (home / ".local" / "share" / "icons" / "hicolor" / "icon-theme.cache").exists()
