"""`contact-ownership desktop-entry install|remove`: the menu entry, file types and icons of a
pip install, written under a temporary XDG_DATA_HOME (model/integration)."""

from __future__ import annotations

import configparser
import errno
import os
import shutil
import stat
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from model.cli import main
from model.errors import OwnershipError
from model.integration import freedesktop
from model.integration.freedesktop import (
    ENTRY_NAME,
    check_platform,
    data_home,
    exec_argument,
    install,
    plan,
    remove,
    shipped_files,
)

ROOT = Path(__file__).resolve().parents[1]
REVIEW_MIME = "application/x-contact-ownership-review"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


# --- reading a desktop entry as the spec says, independently of the writer ---------------------


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    assert parser.sections() == ["Desktop Entry"]
    return parser["Desktop Entry"]


def _unescape_string(value: str) -> str:
    """A value of type string: \\s \\n \\t \\r \\\\ (Desktop Entry spec, "Possible value types")."""
    out, chars = [], iter(value)
    for c in chars:
        if c == "\\":
            nxt = next(chars)
            out.append({"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}[nxt])
        else:
            out.append(c)
    return "".join(out)


def _exec_argv(value: str) -> list[str]:
    """The Exec key's arguments: string unescaping first, then the quoting rules, then %%."""
    text, args, current, quoted, i = _unescape_string(value), [], [], False, 0
    started = False
    while i < len(text):
        c = text[i]
        if quoted:
            if c == "\\":
                assert text[i + 1] in '"`$\\', text  # only these may be escaped in quotes
                current.append(text[i + 1])
                i += 1
            elif c == '"':
                quoted = False
            else:
                current.append(c)
        elif c == '"':
            quoted = started = True
        elif c == " ":
            if started:
                args.append("".join(current))
            current, started = [], False
        else:
            assert c not in "\\`$\"'<>~|&;*?#()\t\n", text  # reserved outside quotes
            current.append(c)
            started = True
        i += 1
    assert not quoted, text
    if started:
        args.append("".join(current))
    return [a.replace("%%", "%") for a in args]


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in folder.rglob("*")
        if p.is_file()
    }


# --- the shipped entry itself: complete in both languages, and only keys the spec knows ---------

# Desktop Entry Specification 1.5, "Recognized desktop entry keys" (Type=Application); the
# localestring ones are those a [lang] variant may be given for.
SPEC_KEYS = {
    "Type", "Version", "Name", "GenericName", "NoDisplay", "Comment", "Icon", "Hidden",
    "OnlyShowIn", "NotShowIn", "DBusActivatable", "TryExec", "Exec", "Path", "Terminal",
    "Actions", "MimeType", "Categories", "Implements", "Keywords", "StartupNotify",
    "StartupWMClass", "URL", "PrefersNonDefaultGPU", "SingleMainWindow",
}  # fmt: skip
LOCALESTRING_KEYS = {"Name", "GenericName", "Comment", "Keywords", "Icon"}
SHOWN_KEYS = ("Name", "GenericName", "Comment", "Keywords")  # what a menu or search shows


def _groups(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return parser


def test_the_shipped_entry_says_everything_shown_in_dutch_too():
    """Every text a menu shows or searches (and each action's name) has its Dutch variant,
    with as many keywords as the English; only the spec's keys (or X- ones) appear."""
    groups = _groups(ROOT / "desktop" / "share" / ENTRY_NAME)
    entry = groups["Desktop Entry"]
    actions = [a for a in entry.get("Actions", "").split(";") if a]
    assert groups.sections() == ["Desktop Entry", *(f"Desktop Action {a}" for a in actions)]
    for key in SHOWN_KEYS:
        assert entry.get(f"{key}[nl]", "").strip(), f"{key}[nl] is missing"
    english, dutch = (entry[k].rstrip(";").split(";") for k in ("Keywords", "Keywords[nl]"))
    assert len(dutch) == len(set(dutch)) >= len(english)
    for action in actions:
        assert groups[f"Desktop Action {action}"].get("Name[nl]"), action
    for name, group in groups.items():
        for key in group:
            base, _, lang = key.partition("[")
            assert base in SPEC_KEYS or base.startswith("X-"), (name, key)
            assert not lang or (base in LOCALESTRING_KEYS and lang.rstrip("]")), (name, key)


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no desktop-file-utils")
def test_the_shipped_entry_validates():
    done = subprocess.run(
        ["desktop-file-validate", str(ROOT / "desktop" / "share" / ENTRY_NAME)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


# --- fixtures ------------------------------------------------------------------------------------


@pytest.fixture
def program(tmp_path) -> Path:
    """A stand-in GUI script in a folder whose name needs every kind of quoting."""
    bin_dir = tmp_path / 'my "apps" $HOME `x` 100%' / "bin"
    bin_dir.mkdir(parents=True)
    script = bin_dir / "contact-ownership-gui"
    script.write_text("#!/bin/sh\nexit 0\n")
    script.chmod(0o755)
    return script


@pytest.fixture
def xdg(tmp_path) -> Path:
    return tmp_path / "xdg"


@pytest.fixture
def cli(monkeypatch, tmp_path, xdg, program, capsys):
    """Runs ``contact-ownership ARGS`` in-process as if started from ``program``'s venv; returns
    (status, stdout, stderr)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(xdg))
    monkeypatch.setattr(sys, "argv", [str(program.with_name("contact-ownership"))])

    def run(*args: str) -> tuple[int, str, str]:
        status = main(list(args))
        out, err = capsys.readouterr()
        return status, out, err

    return run


# --- install -------------------------------------------------------------------------------------


def test_install_writes_a_valid_entry_its_icons_and_file_types(xdg, program):
    outcome = install(xdg, program)
    shipped = shipped_files()
    assert len(outcome.changed) == 2 + 2 * len(shipped.icons) and not outcome.unchanged
    entry = _entry(xdg / "applications" / ENTRY_NAME)
    assert entry["Type"] == "Application"
    argv = _exec_argv(entry["Exec"])
    assert argv == [str(program), "%f"]
    assert Path(argv[0]).is_file() and os.access(argv[0], os.X_OK)
    assert _unescape_string(entry["TryExec"]) == str(program)

    hicolor = xdg / "icons" / "hicolor"
    icon = entry["Icon"]
    sizes = [s for s in shipped.icons if s != "scalable"]
    assert sizes == ["16x16", "24x24", "32x32", "48x48", "64x64", "128x128", "256x256"]
    for size in sizes:
        png = hicolor / size / "apps" / f"{icon}.png"
        assert _png_size(png) == tuple(int(n) for n in size.split("x"))
        mime_icon = hicolor / size / "mimetypes" / f"{REVIEW_MIME.replace('/', '-')}.png"
        assert mime_icon.read_bytes() == png.read_bytes()
    svg = hicolor / "scalable" / "apps" / f"{icon}.svg"
    assert ET.parse(svg).getroot().tag == "{http://www.w3.org/2000/svg}svg"

    types = entry["MimeType"].split(";")
    assert types[-1] == "" and {"application/zip", "text/csv", "text/vcard", REVIEW_MIME} <= set(
        types
    )
    defined = ET.parse(xdg / "mime" / "packages" / "contact-ownership.xml").getroot()
    (review,) = defined.iter(f"{MIME_NS}mime-type")
    assert review.get("type") == REVIEW_MIME
    assert review.find(f"{MIME_NS}glob").get("pattern") == "*.coreview"
    for path in outcome.changed:  # readable by the desktop's helpers, not executable
        assert stat.S_IMODE(path.stat().st_mode) == 0o644
    if shutil.which("update-mime-database"):
        assert f"{REVIEW_MIME}:*.coreview" in (xdg / "mime" / "globs2").read_text()


def test_the_entry_is_the_shipped_one_but_for_the_program_it_starts(xdg, program):
    """One source of truth: every key of desktop/share's entry (translations too) is installed
    as it is; only Exec, TryExec and our marker differ."""
    install(xdg, program)
    shipped = dict(_entry(ROOT / "desktop" / "share" / ENTRY_NAME))
    installed = dict(_entry(xdg / "applications" / ENTRY_NAME))
    changed = {"Exec", "TryExec", freedesktop.INSTALLED_BY}
    assert {k: v for k, v in installed.items() if k not in changed} == {
        k: v for k, v in shipped.items() if k != "Exec"
    }
    assert shipped["Exec"].split(" ", 2)[2] == installed["Exec"].rsplit(" ", 1)[1] == "%f"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no desktop-file-utils")
def test_the_installed_entry_validates(xdg, program):
    install(xdg, program)
    done = subprocess.run(
        ["desktop-file-validate", str(xdg / "applications" / ENTRY_NAME)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_a_second_install_changes_nothing(cli, xdg, program):
    status, out, err = cli("desktop-entry", "install")
    assert status == 0 and not err
    assert out.startswith(f"installed Contact Ownership's menu entry in {xdg} (18 files")
    assert out.rstrip().endswith(f"it starts {program}")
    before = _snapshot(xdg)
    status, out, err = cli("desktop-entry", "install")
    assert (status, err) == (0, "")
    assert out == (
        f"Contact Ownership's menu entry in {xdg} is up to date; nothing changed "
        f"(it starts {program})\n"
    )
    assert _snapshot(xdg) == before  # not one file rewritten, caches included


def test_install_replaces_an_entry_of_ours_for_another_environment(xdg, program, tmp_path):
    other = tmp_path / "other venv" / "contact-ownership-gui"
    other.parent.mkdir()
    shutil.copy2(program, other)
    install(xdg, other)
    outcome = install(xdg, program)
    assert outcome.changed == [xdg / "applications" / ENTRY_NAME]  # icons and types stay
    assert _exec_argv(_entry(outcome.changed[0])["Exec"])[0] == str(program)


def test_dry_run_lists_what_it_would_write_and_writes_nothing(cli, xdg, program):
    status, out, err = cli("desktop-entry", "install", "--dry-run")
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[-1] == "--dry-run: nothing written or removed"
    assert lines[:-1] == [f"would write {p}" for p in plan(xdg, program)]
    assert not xdg.exists()


# --- remove --------------------------------------------------------------------------------------


def test_remove_leaves_nothing_of_ours_and_no_other_file_touched(cli, xdg):
    others = {
        xdg / "applications" / "other.desktop": b"[Desktop Entry]\nName=Other\n",
        xdg / "icons" / "hicolor" / "48x48" / "apps" / "other.png": b"other icon",
        xdg / "mime" / "packages" / "other.xml": b"<mime-info/>",
        xdg / "contact-ownership" / "journal.sqlite": b"the user's decisions",
    }
    for path, data in others.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    assert cli("desktop-entry", "install")[0] == 0

    status, out, err = cli("desktop-entry", "remove", "--dry-run")
    assert (status, err) == (0, "") and len(out.splitlines()) == 19
    assert (xdg / "applications" / ENTRY_NAME).is_file()

    status, out, err = cli("desktop-entry", "remove")
    assert (status, err) == (0, "")
    assert out.startswith(f"removed 18 files of Contact Ownership's menu entry from {xdg}")
    left = {p for p in xdg.rglob("*") if p.is_file()}
    # Only the desktop tools' caches may remain besides the other files; none names us.
    assert not {p for p in left if "contact-ownership" in p.name} - set(others)
    assert {path: path.read_bytes() for path in others} == others
    hicolor = xdg / "icons" / "hicolor"
    assert not (hicolor / "16x16").exists() and not (hicolor / "scalable").exists()
    assert sorted(p.name for p in (hicolor / "48x48").iterdir()) == ["apps"]
    if shutil.which("update-mime-database"):
        assert REVIEW_MIME not in (xdg / "mime" / "globs2").read_text()

    status, out, _ = cli("desktop-entry", "remove")
    assert (status, out) == (0, f"no menu entry of Contact Ownership in {xdg}; nothing removed\n")


def test_remove_also_takes_icon_sizes_an_older_version_installed(xdg, program):
    install(xdg, program)
    old = xdg / "icons" / "hicolor" / "22x22" / "apps" / "contact-ownership.png"
    old.parent.mkdir(parents=True)
    old.write_bytes(b"an older version's size")
    assert old in remove(xdg).changed and not old.parent.parent.exists()


def test_an_entry_made_by_the_bundle_is_neither_replaced_nor_removed(cli, xdg):
    """install.sh writes the same names: its entry (no marker of ours) and icons stay."""
    entry = xdg / "applications" / ENTRY_NAME
    entry.parent.mkdir(parents=True)
    bundle = (ROOT / "desktop" / "share" / ENTRY_NAME).read_bytes()
    entry.write_bytes(bundle)
    icon = xdg / "icons" / "hicolor" / "48x48" / "apps" / "contact-ownership.png"
    icon.parent.mkdir(parents=True)
    icon.write_bytes(b"the bundle's icon")
    before = _snapshot(xdg)
    for action in ("install", "remove"):
        status, out, err = cli("desktop-entry", action)
        assert (status, out) == (2, "")
        assert err.startswith(f"contact-ownership: error: {entry}: is a menu entry made by ")
        assert "install.sh --uninstall" in err and err.count("\n") == 1
    assert _snapshot(xdg) == before


# --- where, and what goes wrong: one line each, never a traceback --------------------------------


def test_the_data_home_follows_the_xdg_spec(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    assert data_home({"HOME": str(home)}) == home / ".local" / "share"
    assert data_home({"HOME": str(home), "XDG_DATA_HOME": ""}) == home / ".local" / "share"
    # a relative XDG_DATA_HOME is invalid and ignored
    assert data_home({"HOME": str(home), "XDG_DATA_HOME": "rel/share"}) == home / ".local/share"
    assert data_home({"XDG_DATA_HOME": str(tmp_path / "x")}) == tmp_path / "x"


def test_a_missing_home_is_one_line(cli, monkeypatch, tmp_path):
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "gone"))
    status, out, err = cli("desktop-entry", "install")
    assert (status, out) == (2, "")
    assert err == (
        f"contact-ownership: error: {tmp_path / 'gone'}: your home folder does not exist; "
        "nothing written (set HOME or XDG_DATA_HOME)\n"
    )
    assert not (tmp_path / "gone").exists()
    monkeypatch.setenv("HOME", "")
    monkeypatch.setattr(freedesktop, "_account_home", lambda: "")
    status, _, err = cli("desktop-entry", "remove")
    assert status == 2 and err.count("\n") == 1 and "HOME is not set" in err


def test_a_file_where_the_folder_should_be_is_one_line(cli, xdg):
    xdg.write_text("not a folder")
    status, out, err = cli("desktop-entry", "install")
    assert (status, out) == (2, "")
    assert err == f"contact-ownership: error: {xdg}: cannot create the folder (Not a directory)\n"
    assert xdg.read_text() == "not a folder"


def test_a_read_only_file_system_is_one_line(cli, xdg, monkeypatch):
    def refuse(*_args):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(os, "replace", refuse)
    status, out, err = cli("desktop-entry", "install")
    assert (status, out) == (2, "")
    assert err.startswith("contact-ownership: error: " + str(xdg / "applications" / ENTRY_NAME))
    assert err.endswith(": cannot be written (Read-only file system)\n")
    assert not [p for p in xdg.rglob("*") if p.is_file()]  # no half-written temporary file


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_a_read_only_home_is_one_line(cli, xdg):
    xdg.mkdir()
    xdg.chmod(0o555)
    try:
        status, out, err = cli("desktop-entry", "install")
    finally:
        xdg.chmod(0o755)
    assert (status, out) == (2, "") and err.count("\n") == 1
    assert "cannot create the folder (Permission denied)" in err


def test_missing_desktop_tools_are_no_failure(xdg, program, monkeypatch, tmp_path):
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    assert freedesktop.refresh_caches(xdg) == []
    assert len(install(xdg, program).changed) == 18
    assert len(remove(xdg).changed) == 18
    assert not xdg.joinpath("mime", "globs2").exists()  # no tool ran


def test_no_gui_script_in_this_environment_is_one_line(cli, program, monkeypatch, tmp_path):
    program.unlink()
    monkeypatch.setattr(freedesktop.sysconfig, "get_path", lambda *a: str(tmp_path / "nowhere"))
    status, out, err = cli("desktop-entry", "install")
    assert (status, out) == (2, "") and err.count("\n") == 1
    assert "contact-ownership-gui not found in " in err and "pip install" in err


def test_the_gui_script_is_found_beside_the_running_command(program, tmp_path):
    assert freedesktop.gui_program(str(program.with_name("contact-ownership"))) == program
    # not beside an unrelated program: this interpreter's scripts folder instead
    found = freedesktop.gui_program(str(program.with_name("pytest")))
    assert found.parent == Path(freedesktop.sysconfig.get_path("scripts")).absolute()


@pytest.mark.parametrize(
    ("platform", "words"),
    [
        ("darwin", "on macOS, use the bundle instead: Contact Ownership.app"),
        ("win32", "on Windows, use the bundle instead: contact-ownership-gui.exe"),
    ],
)
def test_macos_and_windows_are_told_what_to_use_instead(cli, monkeypatch, xdg, platform, words):
    monkeypatch.setattr(sys, "platform", platform)
    status, out, err = cli("desktop-entry", "install")
    assert (status, out) == (2, "") and err.count("\n") == 1
    assert words in err and "Linux desktops" in err
    assert not xdg.exists()
    with pytest.raises(OwnershipError) as raised:
        check_platform(platform, frozen=False)
    assert "Linux-bureaubladen" in raised.value.text("nl")


def test_the_bundle_points_to_its_own_installer():
    with pytest.raises(OwnershipError, match=r"install\.sh sets up the menu entry"):
        check_platform("linux", frozen=True)
    check_platform("linux", frozen=False)  # the one place it runs


def test_a_program_path_no_entry_can_hold_is_refused(xdg, tmp_path):
    odd = tmp_path / "bad\nname" / "contact-ownership-gui"
    with pytest.raises(OwnershipError, match="line break") as raised:
        install(xdg, odd)
    assert "\n" not in str(raised.value) and not xdg.exists()
    not_utf8 = Path(os.fsdecode(b"/opt/caf\xe9")) / "contact-ownership-gui"  # a Latin-1 name
    with pytest.raises(OwnershipError, match="not UTF-8") as raised:
        install(xdg, not_utf8)
    assert str(raised.value).startswith("/opt/caf\\udce9/") and not xdg.exists()


@pytest.mark.parametrize(
    "path", ["/plain/bin/x", "/a b/c", '/q"uo`te/$HOME/x', "/back\\slash/100%/x", "/it's;&|<>"]
)
def test_exec_quoting_round_trips(path):
    assert _exec_argv(exec_argument(path) + " %f") == [path, "%f"]


# --- one source of truth for both installers ------------------------------------------------------


def test_the_bundle_lays_out_the_same_icons_and_files(tmp_path, xdg, program):
    """packaging/stage.sh copies the package's files: the tarball's share/ holds the same
    entry, MIME type and icon bytes (at the same sizes) that desktop-entry installs."""
    built = tmp_path / "built"
    built.mkdir()
    (built / "contact-ownership").write_text("#!/bin/sh\n")
    out = tmp_path / "stage"
    subprocess.run(["bash", str(ROOT / "packaging" / "stage.sh"), str(built), str(out)], check=True)
    staged = {
        str(p.relative_to(out / "share" / "icons")): p.read_bytes()
        for p in (out / "share" / "icons").rglob("*")
        if p.is_file()
    }
    hicolor = xdg / "icons" / "hicolor"
    ours = {
        str(p.relative_to(hicolor)): data
        for p, data in plan(xdg, program).items()
        if hicolor in p.parents and p.parent.name == "apps"
    }
    assert staged == ours
    shipped = shipped_files()
    assert (out / "share" / ENTRY_NAME).read_bytes() == shipped.entry.read_bytes()
    assert (out / "share" / "contact-ownership-mime.xml").read_bytes() == (
        shipped.mime_xml.read_bytes()
    )
    install_sh = (ROOT / "packaging" / "install.sh").read_text()
    sizes = install_sh.split("sizes=(", 1)[1].split(")", 1)[0].split()
    assert [f"{s}x{s}" for s in sizes] == [s for s in shipped.icons if s != "scalable"]


def test_no_icon_cache_in_a_theme_folder_without_an_index(xdg, program, monkeypatch, tmp_path):
    """gtk-update-icon-cache runs only on a theme with an index.theme (as xdg-icon-resource
    does): a cache forced into the user's bare hicolor folder would outlive remove and hide the
    icons other programs put there later. The folder is touched instead, so GTK rescans it."""
    tools = tmp_path / "tools"
    tools.mkdir()
    fake = tools / "gtk-update-icon-cache"
    fake.write_text('#!/bin/sh\nfor a; do last=$a; done\n: > "$last/icon-theme.cache"\n')
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", str(tools))
    hicolor = xdg / "icons" / "hicolor"
    hicolor.mkdir(parents=True)
    os.utime(hicolor, ns=(0, 0))
    install(xdg, program)
    assert not (hicolor / "icon-theme.cache").exists()
    assert hicolor.stat().st_mtime_ns > 0
    os.utime(hicolor, ns=(0, 0))
    remove(xdg)
    assert not (hicolor / "icon-theme.cache").exists() and hicolor.stat().st_mtime_ns > 0
    (hicolor / "index.theme").write_text("[Icon Theme]\nName=Hicolor\nDirectories=\n")
    install(xdg, program)
    assert (hicolor / "icon-theme.cache").exists()  # a real theme keeps its cache fresh
