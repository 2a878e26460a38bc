"""``contact-ownership desktop-entry install|remove [--dry-run]``: the menu entry, file types
and icons of a pip or pipx install, for the current user."""

from __future__ import annotations

from ..messages import Message


def add_desktop_commands(sub) -> None:
    """Register ``desktop-entry`` on an argparse subparsers object."""
    s = sub.add_parser(
        "desktop-entry",
        help="add (or remove) the app's menu entry, file types and icons for you on a Linux "
        "desktop; for pip and pipx installs (the bundle's install.sh does it for the bundle)",
    )
    s.add_argument(
        "action",
        choices=["install", "remove"],
        help="install: write them under $XDG_DATA_HOME (~/.local/share), starting this "
        "installation's contact-ownership-gui; remove: delete exactly those files",
    )
    s.add_argument("--dry-run", action="store_true", help="list the files; change nothing")
    s.set_defaults(func=_desktop_entry)


def _desktop_entry(args) -> int:
    from ..cli import printable
    from . import freedesktop

    freedesktop.check_platform()
    folder = freedesktop.data_home()
    if args.action == "install":
        program = freedesktop.gui_program()
        outcome = freedesktop.install(folder, program, dry_run=args.dry_run)
    else:
        program = None
        outcome = freedesktop.remove(folder, dry_run=args.dry_run)
    if args.dry_run:
        verb = "desktop.would_write" if args.action == "install" else "desktop.would_remove"
        for path in outcome.changed:
            print(printable(Message(verb, file=str(path))))
        print(printable(Message("desktop.dry_run")))
        return 0
    n, where = len(outcome.changed), str(folder)
    if args.action == "install" and n:
        said = Message("desktop.installed", n=n, folder=where, program=str(program))
    elif args.action == "install":
        said = Message("desktop.up_to_date", folder=where, program=str(program))
    elif n:
        said = Message("desktop.removed", n=n, folder=where)
    else:
        said = Message("desktop.nothing_to_remove", folder=where)
    print(printable(said))
    return 0
