"""Entry point of the frozen (PyInstaller) program: the command line, and the app without one.

A frozen program is its own Python, so two kinds of child process arrive here too:
multiprocessing's (``freeze_support`` handles them) and those of joblib's loky backend, which
start ``sys.executable`` like an interpreter (``-m <worker module> ...`` for a batch worker,
``-c "from ...resource_tracker import main; main(fd, verbose)"`` for its resource tracker).
Only those two exact forms are accepted; anything else is an ordinary command line.
"""

from __future__ import annotations

import multiprocessing
import re
import runpy
import sys

LOKY_WORKER = "joblib.externals.loky.backend.popen_loky_posix"
LOKY_TRACKER = re.compile(
    r"from joblib\.externals\.loky\.backend\.resource_tracker import main; "
    r"main\((\d+), (True|False)\)"
)


def _loky_child(argv: list[str]) -> bool:
    """Run a loky worker or resource tracker if that is what ``argv`` asks for."""
    args = list(argv)
    while args and args[0].startswith("-") and args[0] not in ("-m", "-c"):
        args.pop(0)  # interpreter flags loky copies from the parent (-W, -X ...)
    if len(args) >= 2 and args[0] == "-m" and args[1] == LOKY_WORKER:
        sys.argv = [LOKY_WORKER, *args[2:]]
        runpy.run_module(LOKY_WORKER, run_name="__main__", alter_sys=True)
        return True
    if len(args) == 2 and args[0] == "-c" and (match := LOKY_TRACKER.fullmatch(args[1])):
        from joblib.externals.loky.backend.resource_tracker import main

        main(int(match.group(1)), match.group(2) == "True")
        return True
    return False


def main() -> int:
    """Run a child process's work, or the command line the way the console script does
    (:func:`model.cli.console`: it exits, ``classify`` without the interpreter's teardown)."""
    multiprocessing.freeze_support()
    if _loky_child(sys.argv[1:]):
        return 0
    from model.cli import console

    console()
    return 0  # not reached: console() exits


if __name__ == "__main__":
    sys.exit(main())
