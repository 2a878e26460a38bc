"""Install and remove the menu entry, MIME type and hicolor icons under XDG_DATA_HOME.

Follows the XDG Base Directory, Desktop Entry, Shared MIME-info and Icon Theme specifications.
Every file is written only when its content differs (a second install changes nothing) and
atomically; removal deletes only files of our names, and refuses when the menu entry there was
made by something else (the bundle's install.sh lays out the same names).
"""

from __future__ import annotations

import configparser
import contextlib
import errno
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import OwnershipError, os_reason
from ..messages import Message

ENTRY_NAME = "contact-ownership.desktop"
MIME_NAME = "contact-ownership.xml"  # its name under mime/packages, as install.sh names it
GUI_SCRIPT = "contact-ownership-gui"
# The shipped entry starts the bundle's launcher; a pip install starts its own GUI script.
BUNDLE_COMMAND = "contact-ownership open"
# Marks an entry this module wrote (an X- key, which the spec reserves for such additions).
INSTALLED_BY = "X-Contact-Ownership-Installed-By"
INSTALLED_BY_VALUE = "contact-ownership desktop-entry"
_SHARED_MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"
_ICON_SIZE = re.compile(r"-(\d+)\.png$")


@dataclass(frozen=True)
class Shipped:
    """The package's desktop files: the menu entry, the MIME XML and the icon of each size
    (``"48x48"`` → a PNG, ``"scalable"`` → the SVG)."""

    entry: Path
    mime_xml: Path
    icons: dict[str, Path]


@dataclass
class Outcome:
    """What install or remove did (or, with ``dry_run``, would do) under ``folder``."""

    folder: Path
    changed: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    dry_run: bool = False


def _desktop_package() -> Path:
    """The folder of the ``desktop`` package, found without importing it (that loads Qt)."""
    spec = importlib.util.find_spec("desktop")
    if spec is None or not spec.submodule_search_locations:
        raise OwnershipError(Message("desktop.no_package"))
    return Path(next(iter(spec.submodule_search_locations)))


def shipped_files(package: Path | None = None) -> Shipped:
    """The desktop files of the installed package (``package``: the ``desktop`` folder)."""
    package = package or _desktop_package()
    sizes = {}
    for png in (package / "icons").glob("contact-ownership-*.png"):
        size = _ICON_SIZE.search(png.name)
        if size:
            sizes[int(size[1])] = png
    icons = {f"{size}x{size}": sizes[size] for size in sorted(sizes)}
    icons["scalable"] = package / "icons" / "contact-ownership.svg"
    return Shipped(
        package / "share" / ENTRY_NAME, package / "share" / "contact-ownership-mime.xml", icons
    )


def check_platform(platform: str | None = None, frozen: bool | None = None) -> None:
    """Raise OwnershipError where freedesktop.org menus do not apply: macOS, Windows, and the
    frozen bundle (whose install.sh does this). Defaults: this process's platform and state."""
    platform = sys.platform if platform is None else platform
    if getattr(sys, "frozen", False) if frozen is None else frozen:
        raise OwnershipError(Message("desktop.in_bundle"))
    if platform == "darwin":
        raise OwnershipError(
            Message("desktop.not_linux", system="macOS", instead=Message("desktop.instead_macos"))
        )
    if platform.startswith(("win", "cygwin", "msys")):
        raise OwnershipError(
            Message(
                "desktop.not_linux", system="Windows", instead=Message("desktop.instead_windows")
            )
        )


def data_home(environ: Mapping[str, str] | None = None) -> Path:
    """$XDG_DATA_HOME, or ~/.local/share when it is unset, empty or relative (the spec says
    to ignore a relative one). Raises OwnershipError when there is no home folder."""
    environ = os.environ if environ is None else environ
    given = environ.get("XDG_DATA_HOME", "")
    if given and os.path.isabs(given):
        return Path(given)
    home = environ.get("HOME") or _account_home()
    if not home:
        raise OwnershipError(Message("desktop.no_home"))
    if not Path(home).is_dir():
        raise OwnershipError(
            Message("file.problem", file=home, problem=Message("desktop.home_missing"))
        )
    return Path(home) / ".local" / "share"


def _account_home() -> str:
    try:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_dir
    except (ImportError, KeyError, OSError):
        return ""


def gui_program(argv0: str | None = None) -> Path:
    """The absolute path of this environment's ``contact-ownership-gui`` script: beside the
    running ``contact-ownership`` command (a venv or pipx), else in the interpreter's scripts
    folder, else in the user scheme's. Raises OwnershipError when none exists."""
    argv0 = sys.argv[0] if argv0 is None else argv0
    scripts = Path(sysconfig.get_path("scripts"))
    folders = [scripts]
    if argv0 and Path(argv0).name.startswith("contact-ownership"):
        folders.insert(0, Path(os.path.abspath(argv0)).parent)
    with contextlib.suppress(KeyError):
        folders.append(Path(sysconfig.get_path("scripts", f"{os.name}_user")))
    for folder in folders:
        program = Path(os.path.abspath(folder / GUI_SCRIPT))
        if program.is_file() and os.access(program, os.X_OK):
            return program
    raise OwnershipError(Message("desktop.no_program", program=GUI_SCRIPT, folder=str(scripts)))


def exec_argument(argument: str) -> str:
    """``argument`` quoted for an Exec key: in double quotes with ``"`` ` ``$`` ``\\``
    escaped, ``%`` doubled, then backslashes escaped again as a string value requires."""
    quoted = '"' + re.sub(r'(["`$\\])', r"\\\1", argument).replace("%", "%%") + '"'
    return quoted.replace("\\", "\\\\")


def menu_entry(template: str, program: Path) -> str:
    """The shipped entry ``template`` made to start ``program``: its Exec runs it (the
    template's field codes kept), TryExec hides the entry once it is gone, and the
    INSTALLED_BY key marks it as ours. Raises OwnershipError for a path no entry can hold."""
    path = str(program)
    try:
        plain = path.encode("utf-8") and not any(c in path for c in "\n\r")
    except UnicodeEncodeError:  # a file name in another encoding: an entry is UTF-8 only
        plain = False
    if not plain:
        raise OwnershipError(
            Message("file.problem", file=repr(path)[1:-1], problem=Message("desktop.odd_path"))
        )
    lines = []
    for line in template.splitlines():
        key = line.split("=", 1)[0].strip()
        if key in ("TryExec", INSTALLED_BY):
            continue
        if key == "Exec":
            value = line.split("=", 1)[1].strip()
            if not value.startswith(BUNDLE_COMMAND):
                raise ValueError(f"the shipped Exec does not start with {BUNDLE_COMMAND!r}")
            lines.append("TryExec=" + path.replace("\\", "\\\\"))
            lines.append(f"Exec={exec_argument(path)}{value[len(BUNDLE_COMMAND) :]}")
            lines.append(f"{INSTALLED_BY}={INSTALLED_BY_VALUE}")
            continue
        lines.append(line)
    return "\n".join(lines) + "\n"


def _entry_keys(text: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str
    parser.read_string(text)
    return parser["Desktop Entry"]


def _names(shipped: Shipped) -> tuple[str, list[str]]:
    """The icon name the entry asks for and the icon names of the MIME types we define."""
    icon = _entry_keys(_read(shipped.entry).decode("utf-8"))["Icon"]
    root = ET.fromstring(_read(shipped.mime_xml))
    types = [t.get("type", "") for t in root.iter(f"{_SHARED_MIME}mime-type")]
    return icon, [t.replace("/", "-") for t in types if t]


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as err:
        problem = Message("file.cannot_read", reason=os_reason(err))
        raise OwnershipError(Message("file.problem", file=str(path), problem=problem)) from err


def plan(folder: Path, program: Path, shipped: Shipped | None = None) -> dict[Path, bytes]:
    """Every file install writes under ``folder`` (the XDG data home) with its content."""
    shipped = shipped or shipped_files()
    icon, type_icons = _names(shipped)
    entry = menu_entry(_read(shipped.entry).decode("utf-8"), program)
    files = {
        folder / "applications" / ENTRY_NAME: entry.encode("utf-8"),
        folder / "mime" / "packages" / MIME_NAME: _read(shipped.mime_xml),
    }
    hicolor = folder / "icons" / "hicolor"
    for size, source in shipped.icons.items():
        data = _read(source)
        files[hicolor / size / "apps" / f"{icon}{source.suffix}"] = data
        for name in type_icons:  # a review package shows the app's icon in file managers
            files[hicolor / size / "mimetypes" / f"{name}{source.suffix}"] = data
    return files


def _ours(entry: Path) -> bool:
    """True when the menu entry at ``entry`` was written by this module."""
    try:
        keys = _entry_keys(entry.read_text(encoding="utf-8", errors="replace"))
    except (OSError, configparser.Error, KeyError):
        return False
    return keys.get(INSTALLED_BY, "") == INSTALLED_BY_VALUE


def _differs(path: Path, data: bytes) -> bool:
    try:
        return path.is_symlink() or path.read_bytes() != data
    except OSError:  # missing (or unreadable: replacing it says why, if it cannot)
        return True


def install(
    folder: Path, program: Path, *, dry_run: bool = False, shipped: Shipped | None = None
) -> Outcome:
    """Write the menu entry, MIME type and icons under ``folder`` for ``program``; only files
    that differ are written, then the desktop caches are refreshed. Raises OwnershipError
    (one line naming the file) when a file cannot be written or a foreign entry is there."""
    files = plan(folder, program, shipped)
    entry = folder / "applications" / ENTRY_NAME
    if (entry.exists() or entry.is_symlink()) and not _ours(entry):
        raise OwnershipError(
            Message("file.problem", file=str(entry), problem=Message("desktop.foreign_entry"))
        )
    outcome = Outcome(folder, dry_run=dry_run)
    for path, data in files.items():
        (outcome.changed if _differs(path, data) else outcome.unchanged).append(path)
    if dry_run or not outcome.changed:
        return outcome
    for path in outcome.changed:
        _make_folder(path.parent)
        _write(path, files[path])
    refresh_caches(folder)
    return outcome


def _make_folder(folder: Path) -> None:
    """Create ``folder`` and missing parents with mode 0700, as the XDG spec asks."""
    missing = []
    for parent in (folder, *folder.parents):
        if parent.is_dir():
            break
        missing.append(parent)
    for parent in reversed(missing):
        try:
            parent.mkdir(mode=0o700)
        except FileExistsError:
            if not parent.is_dir():
                not_folder = NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR))
                raise _cannot(parent, "cli.cannot_create_folder", not_folder) from None
        except OSError as err:
            raise _cannot(parent, "cli.cannot_create_folder", err) from err


def _write(path: Path, data: bytes) -> None:
    """``data`` to ``path`` atomically, readable by all (icons are looked up by other users'
    processes too, e.g. a file manager running as a helper)."""
    from ..paths import atomic_write

    try:
        with atomic_write(path, "wb") as fh:
            fh.write(data)
            os.fchmod(fh.fileno(), 0o644)
    except OSError as err:
        raise _cannot(path, "file.cannot_write", err) from err


def _cannot(path: Path, key: str, err: OSError) -> OwnershipError:
    problem = Message(key, reason=os_reason(err))
    return OwnershipError(Message("file.problem", file=str(path), problem=problem))


def installed_files(folder: Path, shipped: Shipped | None = None) -> list[Path]:
    """The files of our names under ``folder``: the entry, the MIME XML and the icons at any
    size (also sizes an older version shipped)."""
    shipped = shipped or shipped_files()
    icon, type_icons = _names(shipped)
    found = [folder / "applications" / ENTRY_NAME, folder / "mime" / "packages" / MIME_NAME]
    hicolor = folder / "icons" / "hicolor"
    for kind, names in (("apps", [icon]), ("mimetypes", type_icons)):
        for name in names:
            for suffix in (".png", ".svg"):
                found += sorted(hicolor.glob(f"*/{kind}/{name}{suffix}"))
    return [path for path in found if path.is_file() or path.is_symlink()]


def remove(folder: Path, *, dry_run: bool = False, shipped: Shipped | None = None) -> Outcome:
    """Delete what :func:`install` wrote under ``folder`` (nothing else), the icon folders it
    left empty, and refresh the caches. Raises OwnershipError when the menu entry there is
    not ours (its icons and MIME type are then the other installer's too) or one cannot go."""
    entry = folder / "applications" / ENTRY_NAME
    if (entry.exists() or entry.is_symlink()) and not _ours(entry):
        raise OwnershipError(
            Message("file.problem", file=str(entry), problem=Message("desktop.foreign_kept"))
        )
    outcome = Outcome(folder, changed=installed_files(folder, shipped), dry_run=dry_run)
    if dry_run or not outcome.changed:
        return outcome
    hicolor = folder / "icons" / "hicolor"
    for path in outcome.changed:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as err:
            raise _cannot(path, "file.cannot_delete", err) from err
        if path.parent.parent.parent == hicolor:  # hicolor/SIZE/KIND/NAME: drop emptied folders
            for emptied in (path.parent, path.parent.parent):
                with contextlib.suppress(OSError):
                    emptied.rmdir()  # fails, as it should, while anything is left in it
    refresh_caches(folder)
    return outcome


def refresh_caches(folder: Path) -> list[str]:
    """Run update-desktop-database, update-mime-database and gtk-update-icon-cache on
    ``folder``'s trees, each only if installed (desktops without them rescan on their own);
    their failures are ignored. Returns the tools that ran.

    The icon cache only where the theme folder has an index.theme (as xdg-icon-resource does):
    a cache forced into the user's bare hicolor folder outlives remove and hides the icons that
    other programs put there later. The folder is touched instead, which makes GTK rescan it."""
    hicolor = folder / "icons" / "hicolor"
    with contextlib.suppress(OSError):
        os.utime(hicolor)
    jobs = (
        ("update-desktop-database", ["-q"], folder / "applications"),
        ("update-mime-database", [], folder / "mime"),
        ("gtk-update-icon-cache", ["-q", "-f"], hicolor),
    )
    ran = []
    for tool, options, tree in jobs:
        program = shutil.which(tool)
        if program is None or not tree.is_dir():
            continue
        if tree == hicolor and not (tree / "index.theme").is_file():
            continue
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            subprocess.run(
                [program, *options, str(tree)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=120,
                check=False,
            )
            ran.append(tool)
    return ran
