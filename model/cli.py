"""The ``contact-ownership`` command line.

Every command fails with one line ``contact-ownership: error: FILE: problem`` on stderr and
exit status 2, never a traceback. Heavy imports happen inside the commands so ``--help`` and
the desktop start quickly.

What the commands print is said in the user's language: ``--language`` if given, else the
locale's (:func:`model.messages.locale_language`: LC_ALL, LC_MESSAGES, LANG, LANGUAGE), as
``git`` and ``apt`` do; every line goes through :func:`printable` (or :func:`tell`), which words
a Message in that language. The help texts come from the catalogs (``help.*``) and argparse's
own words ("usage:", its errors) too (``argparse.*``), through argparse's gettext calls.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sys
from pathlib import Path

from .argparse_words import argparse_speaking, speak_metavars
from .errors import Cancelled, OwnershipError, os_reason
from .messages import LANGUAGES, Message, locale_language, localized, speaking
from .pipes import streams_that_may_close

PROG = "contact-ownership"
DEBUG_ENV = "CONTACT_OWNERSHIP_DEBUG"
# control characters, and those that turn text around on a terminal (U+202A-E, U+2066-9)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# The sub-commands (the parser's; a test checks they agree): a file of that name is no export.
_COMMANDS = frozenset(
    [
        "open",
        "inspect",
        "sample",
        "classify",
        "batch",
        "train",
        "evaluate",
        "package",
        "verify",
        "report",
        "handover",
        "desktop-entry",
    ]
)


def printable(text) -> str:
    """``text`` as the command line shows it: a Message (or an error carrying one) in the
    language in force, with control characters written as escapes (``\\n``, ``\\x1b``): names
    from a file must neither break an error into several lines nor send commands to the
    terminal."""
    said = text.text() if isinstance(text, OwnershipError) else localized(text)
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], said)


def tell(text, label: str | None = None) -> None:
    """Print ``contact-ownership: LABEL: TEXT`` on stderr, the label ("error", "warning",
    "note", "skipped", "changed") and the text in the language in force."""
    said = f"{Message(f'cli.label.{label}').text()}: " if label else ""
    print(f"{PROG}: {said}{printable(text)}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    """Run the command line ``argv`` (default: the process's arguments); returns the exit
    status."""
    return _main(argv)[0]


def console() -> None:
    """Entry point of the console script and ``python -m model``: :func:`main`, then exit.
    A command that asks for it (``quick_exit``: classify) leaves without tearing the
    interpreter down, see :func:`_exit_quickly`."""
    status, args = _main(None)
    if getattr(args, "quick_exit", False):
        _exit_quickly(status)
    sys.exit(status)


def _main(argv: list[str] | None) -> tuple[int, argparse.Namespace | None]:
    """The exit status and the parsed arguments (None for the desktop app)."""
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] == "open" or _is_export(argv):
        from desktop.app import main as gui_main  # the GUI is optional for the core

        return gui_main(argv[1:] if argv and argv[0] == "open" else argv), None
    # A context, not the process default: main() called twice in one process (tests, a script)
    # must not leave the first call's language behind. The language is known before parsing,
    # so that the help and argparse's own errors are said in it too.
    with speaking(_language_asked(argv) or locale_language()), streams_that_may_close():
        with argparse_speaking():
            args = _parser().parse_args(argv)
        return _run(args), args


def _exit_quickly(status: int) -> None:
    """End the process now with ``status``, when nothing is left to finish: no other thread
    or child process runs and Qt is not loaded (its objects save settings as they go).
    Python's teardown frees every object one by one (pandas', numpy's and the rows' own):
    ~70 ms of CPU after a `classify` of 30,000 contacts (~0.75 s in all), for memory the
    system takes back at once anyway. The command's files are closed by then (written
    atomically); atexit's functions still run and the standard streams are flushed. Returns
    (for the normal exit) if a condition does not hold or a stream cannot be flushed."""
    import atexit
    import threading

    children = sys.modules.get("multiprocessing")
    if (
        threading.active_count() > 1
        or "PySide6" in sys.modules
        or (children is not None and children.active_children())
    ):
        return
    try:
        _flush_standard_streams()
    except (OSError, ValueError):  # a closed pipe: the normal exit says it as Python does
        return
    atexit._run_exitfuncs()  # CPython's own step of the normal exit (there is no public one)
    with contextlib.suppress(OSError, ValueError):
        _flush_standard_streams()
    os._exit(status)


def _flush_standard_streams() -> None:
    """Flush stdout and stderr; either may be None (its descriptor closed at start, `>&-`,
    or pythonw), which the normal exit passes over too."""
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            stream.flush()


def _language_asked(argv: list[str]) -> str | None:
    """The value of ``--language`` (or ``--language=``, or a prefix argparse takes for it)
    among the options before the command; None when not given or not a language (argparse
    then refuses it, in the locale's language)."""
    for k, arg in enumerate(argv):
        if arg == "--" or not arg.startswith("-"):
            return None  # the command: what follows is its own (report has a --language)
        name, _eq, value = arg.partition("=")
        if len(name) > 2 and "--language".startswith(name):
            value = value if _eq else (argv[k + 1] if k + 1 < len(argv) else "")
            return value if value in LANGUAGES else None
    return None


def said(key: str) -> str:
    """The catalog text ``key`` in the language in force: the help texts, built in it."""
    return Message(key).text()


def _run(args) -> int:
    """Run the parsed command; every failure becomes one line and an exit status."""
    try:
        return args.func(args) or 0
    except OwnershipError as err:
        tell(err, "error")
        return 2
    except Cancelled:
        tell(Message("cli.cancelled"))
        return 130
    except KeyboardInterrupt:
        tell(Message("cli.interrupted"))
        return 130
    except OSError as err:  # the file system refused something no check foresaw
        # the usual reasons from the catalog (the C library's words are English in a bundle)
        reason = os_reason(err)
        tell(
            Message("file.problem", file=err.filename, problem=reason) if err.filename else reason,
            "error",
        )
        return 2
    except MemoryError:
        tell(Message("cli.no_memory", inputs=_inputs(args)), "error")
        return 2
    except Exception as err:  # a bug: one line for the user, the traceback only on request
        if os.environ.get(DEBUG_ENV):
            raise
        detail = printable(str(err))[:200]
        said = Message(
            "cli.unexpected",
            inputs=_inputs(args),
            kind=type(err).__name__,
            detail=detail,
            variable=DEBUG_ENV,
        )
        tell(said, "error")
        return 1


def _is_export(argv: list[str]) -> bool:
    """True for ``contact-ownership FILE``: a file or folder that exists, not a command,
    opens in the app as a double click does."""
    first = argv[0]
    return (
        len(argv) == 1
        and first != ""  # Path("") is the current folder: argparse names the empty word
        and not first.startswith("-")
        and first not in _COMMANDS
        and (Path(first).exists())
    )


def _inputs(args) -> str:
    """The input(s) a command was given, to name in an error that has no file of its own."""
    given = getattr(args, "input", None) or getattr(args, "inputs", None) or args.command
    return printable(given if isinstance(given, str) else " ".join(map(str, given)))


class _OneLineParser(argparse.ArgumentParser):
    """argparse whose usage errors are one line too, like every other error of ours."""

    def error(self, message: str):
        tell(Message("cli.usage_error", problem=message, prog=self.prog), "error")
        sys.exit(2)


def _parser() -> argparse.ArgumentParser:
    p = _OneLineParser(
        prog=PROG,
        description=said("help.description"),
    )
    from . import __version__

    p.add_argument(
        "--version", action="version", version=f"{PROG} {__version__}", help=said("help.version")
    )
    p.add_argument(
        "--language",
        dest="cli_language",  # not "language": `report --language` would overwrite it
        choices=LANGUAGES,
        help=said("help.main.language"),
    )
    sub = p.add_subparsers(dest="command", required=True, metavar=said("help.command"))

    s = sub.add_parser("open", help=said("help.open"))
    s.add_argument("input", nargs="?", help=said("help.open.input"))

    s = sub.add_parser("inspect", help=said("help.inspect"))
    s.add_argument("input", help=said("help.inspect.input"))
    s.add_argument("--json", action="store_true", help=said("help.json"))
    s.set_defaults(func=_inspect)

    s = sub.add_parser("sample", help=said("help.sample"))
    s.add_argument("-o", "--out", required=True, help=said("help.out_folder"))
    s.add_argument("--seed", type=seed_number, default=0, help=said("help.sample.seed"))
    s.add_argument("--profession", help=said("help.sample.profession"))
    s.add_argument("--contacts", type=_contact_count, help=said("help.sample.contacts"))
    s.add_argument(
        "--layout",
        default="current",
        choices=["current", "2019", "2018"],
        help=said("help.sample.layout"),
    )
    s.add_argument("--excel", help=said("help.sample.excel"))
    s.set_defaults(func=_sample)

    from .commands import add_model_commands

    add_model_commands(sub)
    from .hr.commands import add_hr_commands

    add_hr_commands(sub)
    from .integration.commands import add_desktop_commands

    add_desktop_commands(sub)
    for parser in sub.choices.values():
        speak_metavars(parser)
        _refuse_empty_file_names(parser)
    return p


# The arguments that name a file or folder: an empty one ("$FILE" unset) is Path("") == ".",
# the current folder, which would be read, written into or named in an odd error.
_FILE_ARGUMENTS = frozenset(
    {"input", "inputs", "out", "positions", "clients", "model", "labels", "decisions", "review"}
)


def _refuse_empty_file_names(parser: argparse.ArgumentParser) -> None:
    """Make ``parser`` refuse an empty file name as a usage error, naming the argument."""
    for action in parser._actions:
        if action.dest in _FILE_ARGUMENTS and action.type is None and action.nargs != 0:
            action.type = file_name


def file_name(value: str) -> str:
    """A file or folder argument: any text but the empty one."""
    if not value:
        raise argparse.ArgumentTypeError(Message("cli.empty_file_name").text())
    return value


def seed_number(value: str) -> int:
    """--seed: a whole number of 0 or more (the generators' random streams take no negatives)."""
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(Message("cli.expected_seed", value=value).text())
    return number


def _contact_count(value: str) -> int:
    """--contacts of `sample`: LinkedIn's export holds 1 to 30,000 (a usage error otherwise)."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if not 1 <= number <= 30_000:
        raise argparse.ArgumentTypeError(
            Message("cli.expected_number_range", least=1, most=30000, value=value).text()
        )
    return number


def _inspect(args) -> int:
    from .readers import read_export
    from .report import inspect_summary, inspect_text

    export = read_export(args.input)
    if args.json:
        print(printable(json.dumps(inspect_summary(export), ensure_ascii=False)))
    else:
        print(inspect_text(export))
    return 0


def _about(path: Path, key: str, **fields) -> Message:
    """ "PATH: PROBLEM" with the problem the message ``key``."""
    return Message("file.problem", file=str(path), problem=Message(key, **fields))


def _sample(args) -> int:
    from .synthetic import PROFESSIONS

    profession = args.profession
    if profession:  # checked before anything is created: a typo leaves no folder behind
        profession = profession.strip().lower().replace(" ", "_").replace("-", "_")
        if profession not in PROFESSIONS:
            choices = ", ".join(PROFESSIONS)
            raise OwnershipError(
                Message("cli.unknown_profession", given=args.profession, choices=choices)
            )
    if args.excel is not None:  # the same: a typo is said before anything is written
        from .synthetic.layouts import EXCEL_VARIANTS

        if args.excel not in EXCEL_VARIANTS:
            choices = ", ".join(EXCEL_VARIANTS)
            raise OwnershipError(Message("cli.unknown_excel", given=args.excel, choices=choices))
    out = Path(args.out)
    created = _missing_folders(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        _remove_empty(created)
        raise OwnershipError(
            _about(out, "cli.cannot_create_folder", reason=os_reason(err))
        ) from err
    moved: list[Path] = []
    try:
        targets = _write_sample(args, out, profession, moved)
    except BaseException:
        # a full disk (or any failure): take back what this command made, never what was there
        for path in moved:
            path.unlink(missing_ok=True)
        _remove_empty(created)
        raise
    print(printable(Message("cli.wrote_sample", first=str(targets[0]), second=str(targets[1]))))
    return 0


def _missing_folders(folder: Path) -> list[Path]:
    """``folder`` and those of its parents that do not exist yet, deepest first."""
    missing = []
    for path in (folder, *folder.parents):
        if path.exists() or path.is_symlink():
            break
        missing.append(path)
    return missing


def _remove_empty(folders: list[Path]) -> None:
    """Remove ``folders`` (deepest first) while they are empty; a folder with anything in it
    stays."""
    for folder in folders:
        try:
            folder.rmdir()
        except OSError:
            return


def _write_sample(args, out: Path, profession, moved: list[Path]) -> list[Path]:
    """Write the sample export and its labels into ``out``; the files moved there are added
    to ``moved`` as they arrive."""
    import shutil
    import tempfile

    from .synthetic import write_sample

    # Generated first in a folder of its own: a file of the same name already in ``out`` (an
    # export, someone's labels.csv) is never replaced by a fictitious one.
    try:
        staging = Path(tempfile.mkdtemp(prefix=".sample-", dir=out))
    except OSError as err:
        raise OwnershipError(_about(out, "cli.cannot_write_folder", reason=os_reason(err))) from err
    try:
        try:
            written = write_sample(
                staging,
                seed=args.seed,
                profession=profession,
                n_contacts=args.contacts,
                layout=args.layout,
                excel=args.excel,
            )
        except OSError as err:  # a full disk: the zip writer's error names no file
            raise OwnershipError(
                _about(out, "cli.cannot_write_sample", reason=os_reason(err))
            ) from None
        targets = [out / path.name for path in written]
        for target in targets:
            if target.exists() or target.is_symlink():
                raise OwnershipError(_about(target, "cli.exists"))
        for path, target in zip(written, targets, strict=True):
            path.rename(target)
            moved.append(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return targets


if __name__ == "__main__":
    console()
