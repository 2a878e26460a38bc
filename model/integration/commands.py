"""``contact-ownership desktop-entry install|remove [--dry-run]``: the menu entry, file types
and icons of a pip or pipx install, for the current user."""

from __future__ import annotations

from ..messages import Message


def add_desktop_commands(sub) -> None:
    """Register ``desktop-entry`` on an argparse subparsers object."""
    from ..cli import said

    s = sub.add_parser(
        "desktop-entry",
        help=said("help.desktop-entry"),
    )
    s.add_argument(
        "action",
        choices=["install", "remove"],
        help=said("help.desktop-entry.action"),
    )
    s.add_argument("--dry-run", action="store_true", help=said("help.desktop-entry.dry_run"))
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
