"""The model commands of the command line: classify, batch, train, evaluate."""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .cli import printable, said, seed_number, tell
from .errors import InputError
from .messages import Message, localized

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

SUMMARY_EMPLOYERS = 5  # employers named in classify's summary line


def add_model_commands(sub) -> None:
    """Register classify, batch, train and evaluate on an argparse subparsers object."""
    s = sub.add_parser("classify", help=said("help.classify"))
    s.add_argument("input", help=said("help.classify.input"))
    s.add_argument("-o", "--out", required=True, help=said("help.classify.out"))
    s.add_argument(
        "--positions",
        help=said("help.classify.positions"),
    )
    s.add_argument("--clients", help=said("help.clients"))
    s.add_argument("--model", help=said("help.model"))
    s.add_argument(
        "--labels",
        help=said("help.classify.labels"),
    )
    s.set_defaults(func=_classify, quick_exit=True)  # see model.cli.console

    s = sub.add_parser("batch", help=said("help.batch"))
    s.add_argument("inputs", nargs="+", help=said("help.batch.inputs"))
    s.add_argument("-o", "--out", required=True, help=said("help.out_folder"))
    s.add_argument("--jobs", type=_positive, default=1, help=said("help.batch.jobs"))
    s.add_argument(
        "--backend",
        choices=["processes", "dask"],
        default="processes",
        help=said("help.batch.backend"),
    )
    s.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help=said("help.batch.scheduler"),
    )
    s.add_argument(
        "--format",
        choices=["csv", "xlsx"],
        default="csv",
        help=said("help.batch.format"),
    )
    s.add_argument("--clients", help=said("help.batch.clients"))
    s.add_argument("--model", help=said("help.model"))
    s.set_defaults(func=_batch)

    s = sub.add_parser("train", help=said("help.train"))
    s.add_argument("-o", "--out", required=True, help=said("help.train.out"))
    s.add_argument("--persons", type=_two_or_more, default=240, help=said("help.train.persons"))
    s.add_argument(
        "--test-persons", type=_positive, default=60, help=said("help.train.test_persons")
    )
    s.add_argument("--seed", type=seed_number, default=None, help=said("help.train.seed"))
    s.add_argument("--no-plots", action="store_true", help=said("help.train.no_plots"))
    s.set_defaults(func=_train)

    s = sub.add_parser("evaluate", help=said("help.evaluate"))
    s.add_argument("--model", help=said("help.model"))
    s.add_argument("--persons", type=_positive, default=60, help=said("help.evaluate.persons"))
    s.add_argument("--json", action="store_true", help=said("help.json"))
    s.set_defaults(func=_evaluate)


class TerminalProgress:
    """A one-line progress bar on stderr when it is a terminal; silent otherwise."""

    def __init__(self, label: str):
        self.label = label
        stream = sys.stderr  # None when its descriptor was closed at start (`2>&-`)
        self.active = stream is not None and stream.isatty() and not os.environ.get("CI")

    def __call__(self, fraction: float, message: str = "") -> None:
        if self.active:
            bar = "█" * int(fraction * 30)
            line = f"{self.label} [{bar:<30}] {fraction:4.0%} {localized(message)}"
            # within the terminal's width: a wrapped line is not rewritten by "\r"
            width = shutil.get_terminal_size().columns - 1
            sys.stderr.write(f"\r{line[:width]:<{width}}")
            sys.stderr.flush()

    def close(self) -> None:
        if self.active:
            sys.stderr.write("\r" + " " * (shutil.get_terminal_size().columns - 1) + "\r")


def _positive(value: str) -> int:
    import argparse

    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(
            Message("cli.expected_number", least=1, value=value).text()
        )
    return number


def _out_path(value: str) -> Path:
    out = Path(value)
    if out.suffix.lower() not in (".csv", ".xlsx"):
        raise InputError(out, Message("write.use_csv_xlsx"))
    if not out.parent.is_dir():
        raise InputError(out, Message("file.no_folder"))
    return out


def _two_or_more(value: str) -> int:
    """train --persons: its calibration folds need two persons at least."""
    import argparse

    number = _positive(value)
    if number < 2:
        raise argparse.ArgumentTypeError(
            Message("cli.expected_number", least=2, value=value).text()
        )
    return number


def _one_blas_thread() -> None:
    """Before numpy loads: one OpenBLAS thread (unless the user chose). Classify's products are
    small (30,000 rows × a few dozen columns); waking and syncing BLAS threads costs more than
    they save, and on a busy machine a 1 ms product took 15-45 ms with them."""
    if "numpy" not in sys.modules:
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def _keep_freed_memory() -> None:
    """A classify process lives for one file: glibc keeps the memory it frees for reuse
    (model.scale.heap) instead of mapping fresh zeroed pages for each large array again.
    30,000 contacts, CPU in process (read to written, min of 9 fresh processes, load 6-7):
    555 -> 514 ms, peak 176 -> 202 MB."""
    from .scale.heap import keep_freed_memory

    keep_freed_memory()


def _classify(args) -> int:
    _one_blas_thread()
    _keep_freed_memory()
    from .scale.chunked import CHUNK_ROWS, STREAM_CHUNK_ROWS
    from .scale.helper import CpuSample, early

    out = _out_path(args.out)
    # decisions (--labels) are matched to all contacts at once; without them a large clean
    # Connections.csv is read, classified and written to a CSV chunk by chunk
    stream_above = 0 if args.labels or out.suffix.lower() != ".csv" else CHUNK_ROWS
    since = CpuSample()  # the CPU others leave idle while this reads: a helper process or not
    aide = early(args.input, STREAM_CHUNK_ROWS) if stream_above else None
    try:
        return _classify_read(args, out, stream_above, since, aide)
    finally:
        if aide is not None:
            aide.stop()


def _classify_read(args, out: Path, stream_above: int, since, aide) -> int:
    """:func:`_classify` from reading on, with ``aide`` a helper process started early
    (:func:`model.scale.helper.early`) or None."""
    from .context import load_clients
    from .learning.labels import read_labels, table_labels, with_carried
    from .predictor import load_model

    export = _read_input(args, out, stream_above, since, aide)
    problems = export.report.problem_lines()  # said once written: an error stays one line
    career = _with_given_career(args, export.career)
    clients = load_clients(args.clients) if args.clients else None
    # the app's own table as the input: its decisions are kept, under --labels' own
    labels = read_labels(args.labels, export.contacts) if args.labels else None
    labels = with_carried(labels, table_labels(export.decisions))
    model = load_model(args.model)
    bar = TerminalProgress("classify")
    try:
        if export.stream is not None:  # the career is inferred inside the chunked run
            results = _classify_streamed(model, export, career, out, clients, bar, since, aide)
            personal = inferred = None
        else:
            results, personal, inferred = _classify_whole(
                model, export, career, out, clients, labels, bar
            )
    finally:
        bar.close()
    learned = _decisions_said(labels, personal)
    for line in problems:  # rows skipped or repaired in the input: never silently
        tell(line, "warning")
    if not career.positions:  # Connections.csv alone: say what classify read from the network
        _tell_inferred_career(args, export, career, inferred)
    summary = _summary_line(results) + learned
    print(printable(Message("cli.wrote_summary", file=str(out), summary=summary)), file=sys.stderr)
    return 0


def _read_input(args, out: Path, stream_above: int, since, aide):
    """The export of ``args.input`` (streamed above ``stream_above`` rows, the helper
    ``aide`` parsing half its chunks if the CPU is free); raises InputError if ``out``
    would replace anything read."""
    from .readers import read_export
    from .scale.chunked import STREAM_CHUNK_ROWS
    from .scale.helper import reading

    export = read_export(
        args.input,
        stream_above=stream_above,
        chunk_rows=STREAM_CHUNK_ROWS,
        split=reading(aide, since),  # the helper parses half the file's chunks, if free
    )
    _refuse_overwriting_inputs(out, args, export)
    return export


def _with_given_career(args, career):
    """``career`` with the positions of ``--positions`` (warnings said), or as read."""
    from .context import with_given_career

    if not args.positions:
        return career
    notes: list[str] = []
    career = with_given_career(career, args.positions, notes)
    # no positions in it: said once, with what was inferred instead (_tell_inferred_career)
    for note in notes:  # a career silently shorter than the file would mislead
        tell(note, "warning")
    return career


def _classify_streamed(model, export, career, out: Path, clients, bar, since, aide):
    """Classify a streamed export chunk by chunk into ``out``, in two processes when the
    helper is free; returns the summary columns of the rows written."""
    from .learning.output import classify_stream_in_chunks

    return classify_stream_in_chunks(  # with its review_order column; two processes
        model,
        export.stream,
        career,
        out,
        clients,
        progress=bar,
        parallel=True,
        since=since,
        aide=aide,
    )


def _classify_whole(model, export, career, out: Path, clients, labels, bar):
    """Classify an export read whole into ``out``, with a review_order and the decisions of
    ``labels`` (in chunks when very large); returns the results, the personal layer and the
    career it used (read from the network for Connections.csv alone)."""
    from .inferred import infer_career
    from .learning.output import classify_personal_to_file
    from .scale.chunked import CHUNK_ROWS
    from .scale.heap import collection_paused

    # one chunk's work (--labels or XLSX read every size whole): almost no cycles
    paused = len(export.contacts) <= CHUNK_ROWS
    with collection_paused() if paused else contextlib.nullcontext():
        inferred = infer_career(export.contacts, career)
        results, personal = classify_personal_to_file(
            model,
            export.contacts,
            inferred,
            out,
            clients,
            labels,
            progress=bar,
        )
    return results, personal, inferred


def _decisions_said(labels, personal) -> str:
    """ " — 5 decisions applied, 33 other suggestions changed" for ``--labels``; "" without."""
    if labels is None or personal is None:
        return ""
    said = [Message("cli.decisions_applied", n=labels.given - labels.unmatched)]
    if labels.unmatched:
        said.append(Message("cli.decisions_unmatched", n=labels.unmatched))
    said.append(Message("cli.suggestions_changed", n=personal.changed))
    return " — " + ", ".join(printable(m) for m in said)


def _tell_inferred_career(args, export, career, inferred) -> None:
    """Say what career classify read from the network (``inferred``, or read again here
    when it was inferred inside the chunked run)."""
    from .inferred import describe, infer_career

    if export.stream is not None:
        inferred = infer_career(export.stream.network_contacts(), career)
    guessed = describe(inferred, str(args.positions) if args.positions else "")
    tell(guessed, "note")


def _refuse_overwriting_inputs(out: Path, args, export) -> None:
    """Raise InputError if ``out`` is the input, a file read from an input folder, or the
    positions, clients or model file: the output must never replace what was read."""
    source = Path(args.input)
    given = (args.positions, args.clients, args.model, getattr(args, "labels", None))
    inputs = [source, *(Path(p) for p in given if p)]
    if source.is_dir():
        inputs += [source / label for label in export.report.files]
    for path in inputs:
        if _same_file(out, path):
            raise InputError(out, Message("file.overwrites_input", source=str(path)))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False


def _summary_line(results) -> str:
    """ "N contacts: W work, P private, F flagged — Employer: n; …" in the language in force."""
    work = results["suggestion"].to_numpy(dtype=object) == "work"
    counts = Message(
        "cli.summary",
        n=len(results),
        work=int(work.sum()),
        private=int((~work).sum()),
        flagged=int(results["flagged"].sum()),
    )
    parts = [printable(counts)]
    unknown = printable(Message("cli.employer_unknown"))
    per_employer = _employer_counts(results["employer"].to_numpy(dtype=object)[work], unknown)
    if len(per_employer):
        shown = [
            printable(Message("cli.employer_count", employer=name, n=int(n)))
            for name, n in per_employer.head(SUMMARY_EMPLOYERS).items()
        ]
        if len(per_employer) > SUMMARY_EMPLOYERS:  # one line stays readable
            more = Message("cli.more_employers", n=len(per_employer) - SUMMARY_EMPLOYERS)
            shown.append(printable(more))
        parts.append("; ".join(shown))
    return " — ".join(parts)


def _employer_counts(employers: np.ndarray, unknown: str) -> pd.Series:
    """How many rows name each employer ("" counted as ``unknown``), most first, ties in
    order of first appearance: ``value_counts`` of the values with "" replaced, counted on
    the distinct ones (a million rows: ~30 ms, replacing and counting every one ~70 ms)."""
    import numpy as np  # here: the command line starts without numpy and pandas
    import pandas as pd

    codes, names = pd.factorize(employers)  # missing values: -1, not counted (as dropna)
    names = np.array([unknown if n == "" else n for n in names], dtype=object)
    merged, names = pd.factorize(names)  # "" and a name spelt as unknown: one
    counts = np.bincount(merged[codes[codes >= 0]], minlength=len(names))
    return pd.Series(counts, index=pd.Index(names, dtype=object)).sort_values(
        ascending=False, kind="stable"
    )


def _batch(args) -> int:
    from .batch import run_batch
    from .context import load_clients

    clients = load_clients(args.clients) if args.clients else ()
    bar = TerminalProgress("batch")
    try:
        results = run_batch(
            args.inputs,
            args.out,
            jobs=max(args.jobs, 1),
            model_path=args.model,
            fmt=args.format,
            clients=clients,
            progress=bar,
            backend="dask" if args.scheduler else args.backend,
            scheduler=args.scheduler,
        )
    except KeyboardInterrupt:
        bar.close()
        tell(Message("cli.interrupted_batch", file=f"{args.out}/summary.csv"))
        return 130
    finally:
        bar.close()
    earlier = [r for r in results if r.earlier_output]  # said once, not a line each
    unlisted = [r for r in results if r.unlisted_folder]  # perhaps exports: not "not one"
    skipped = [
        r
        for r in results
        if r.status == "skipped" and not r.earlier_output and not r.unlisted_folder
    ]
    failed = [r for r in results if not r.classified and r.status != "skipped"]
    warned = [r for r in results if r.status == "warning"]
    ok = sum(r.classified for r in results)
    inputs = len(results) - len(skipped) - len(earlier) - len(unlisted)
    done = Message(
        "cli.batch_done",
        ok=ok,
        inputs=inputs,
        # among those classified
        warned=Message("cli.batch_warned", n=len(warned)) if warned else "",
        folder=str(args.out),
        earlier=_earlier_outputs(earlier),
        skipped=Message("cli.batch_skipped", n=len(skipped)) if skipped else "",
        unlisted=Message("cli.batch_unlisted", n=len(unlisted)) if unlisted else "",
    )
    print(printable(done), file=sys.stderr)
    # an old private list is told by its form alone: named, in case it is a re-saved export
    for r in unlisted + skipped + [r for r in earlier if r.perhaps_export]:
        tell(r.error or r.input, "skipped")
    for r in warned:
        first = r.notes[0] if r.notes else r.warnings.split(" | ")[0]  # notes: Messages
        tell(f"{printable(r.input)}: {printable(first)}", "warning")
    for r in failed:
        tell(r.error or r.input, r.status)  # "error" or "cancelled"
    return 1 if failed or not ok else 0


def _earlier_outputs(earlier: list) -> Message | str:
    """ "; 2 earlier outputs of this program skipped (…: a.csv, summary.csv)" ("" for none)."""
    if not earlier:
        return ""
    names = [Path(r.input).name for r in earlier]
    shown = ", ".join(names[:3])
    if len(names) > 3:
        shown = Message("read.and_more", shown=shown, n=len(names) - 3)
    return Message("cli.batch_earlier", n=len(earlier), names=shown)


def _need_training_extra(command: str) -> None:
    """Refuse in one line when scikit-learn (the ``train`` extra) is not installed."""
    from importlib.util import find_spec

    from .errors import OwnershipError
    from .persist import TRAIN_EXTRA

    if getattr(sys, "frozen", False):  # the bundle leaves training out, and has no pip
        raise OwnershipError(Message("cli.not_in_bundle", command=command, extra=TRAIN_EXTRA))
    if find_spec("sklearn") is None or find_spec("skops") is None:
        raise OwnershipError(
            Message("cli.needs_training_extra", command=command, extra=TRAIN_EXTRA)
        )


def _train(args) -> int:
    _need_training_extra("train")
    from .persist import save_model
    from .training import TRAIN_SEED, train

    bar = TerminalProgress("train")
    try:
        model, card = train(
            args.persons,
            args.test_persons,
            seed=TRAIN_SEED if args.seed is None else args.seed,
            progress=bar,
        )
    finally:
        bar.close()
    out = Path(args.out)
    if not args.no_plots:
        from .figures import write_figures

        card["figures"] = write_figures(model, card, out)
    path = save_model(model.estimator, card, out)
    m = card["metrics"]
    figures = {k: m[k] for k in ("macro_f1", "roc_auc", "brier", "ece", "employer_accuracy")}
    persons = card["held_out"]["persons"]
    print(
        printable(Message("cli.trained", file=str(path), n=persons, **figures)),
        file=sys.stderr,
    )
    return 0


def _evaluate(args) -> int:
    _need_training_extra("evaluate")
    import json

    from .predictor import load_model
    from .training import TEST_SEED, evaluate, make_dataset

    model = load_model(args.model)
    data = make_dataset(args.persons, TEST_SEED)
    figures = evaluate(model.estimator, data)
    if args.json:
        print(json.dumps(figures))
        return 0
    cols = ["macro_f1", "roc_auc", "brier", "ece", "employer_accuracy", "category_accuracy"]
    profession, persons, contacts = (
        said(f"cli.evaluate_{word}") for word in ("profession", "persons", "contacts")
    )
    # a column at least one wider than its word: "personen" must not run into the next
    wide, wider = max(8, len(persons) + 1), max(9, len(contacts) + 1)
    print(
        f"{profession:<22}{persons:>{wide}}{contacts:>{wider}}" + "".join(f"{c:>18}" for c in cols)
    )
    rows = [*figures["per_profession"].items(), (said("cli.evaluate_all"), figures["overall"])]
    for name, m in rows:
        print(
            f"{name:<22}{m['persons']:>{wide}}{m['contacts']:>{wider}}"
            + "".join(f"{'' if m[c] is None else m[c]:>18}" for c in cols)
        )
    return 0
