"""Classifying many exports in one go, for the command line and the app's Batch dialog.

One bad input never stops the others: its error is recorded in its result and in
``summary.csv``. With ``jobs > 1`` the inputs run in joblib worker processes; cancelling stops
handing out new inputs and drops the ones not yet finished. Which inputs a batch reads, and
why the others found in a folder are not: :mod:`model.batch_inputs`.
"""

from __future__ import annotations

import csv
import logging
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from functools import lru_cache
from pathlib import Path

from . import messages
from .batch_inputs import (
    Skips,
    expand_inputs,
    find_skips,
    problem_line,
    refuse_nothing_to_classify,
    unsupported_reason,
)
from .errors import Cancelled, InputError, NotAnExport, OwnershipError, os_reason
from .messages import Message, localized
from .paths import atomic_write
from .progress import checkpoint

logger = logging.getLogger(__name__)

SUMMARY_FILE = "summary.csv"
SUMMARY_COLUMNS = [
    "input",
    "status",
    "contacts",
    "work",
    "private",
    "flagged",
    "skipped",
    "duplicates",
    "warnings",
    "error",
    "output",
]
WARNING_SEPARATOR = " | "


@dataclass
class BatchResult:
    input: str
    # "ok" | "warning" (classified, but rows skipped or repaired) | "error" | "cancelled"
    # | "skipped" (found in a folder, but no contacts export: the reason is in ``error``)
    status: str
    contacts: int = 0
    work: int = 0
    private: int = 0
    flagged: int = 0
    error: str = ""
    output: str = ""
    skipped: int = 0  # rows of the input left out, each with a reason in the import report
    duplicates: int = 0
    warnings: str = ""  # what was repaired or left out, WARNING_SEPARATOR between them
    notes: tuple = ()  # the same warnings as messages (model.messages.Message), for the app
    # skipped as an earlier output of this program found in a folder (said once, not per file)
    earlier_output: bool = False
    # skipped as a folder, found in an input folder, whose contents cannot be listed
    unlisted_folder: bool = False
    # of the earlier outputs, one told by its form alone (an old private list): perhaps an
    # export saved again in a spreadsheet, so named with why rather than only counted
    perhaps_export: bool = False

    @property
    def classified(self) -> bool:
        """True when the input was classified and written (with or without warnings)."""
        return self.status in ("ok", "warning")


def output_name(source: Path, fmt: str, taken: set[str]) -> str:
    """``<stem>.classified.<fmt>``, made unique within one batch."""
    stem = source.stem if source.is_file() or source.suffix else source.name
    name = f"{stem}.classified.{fmt}"
    k = 2
    while name.lower() in taken:
        name = f"{stem}-{k}.classified.{fmt}"
        k += 1
    taken.add(name.lower())
    return name


@lru_cache(maxsize=4)
def _model(model_path):
    """One load per process and model file: batch workers classify many inputs."""
    from .predictor import load_model

    return load_model(model_path)


def classify_one(
    source: Path,
    output: Path,
    model_path=None,
    clients: Sequence[str] = (),
    language: str | None = None,
) -> BatchResult:
    """Read, classify and write one export, the reasons in ``language`` (default: the
    current one); errors become a result, never an exception."""
    from .scale.heap import give_back_freed_memory

    unsupported = unsupported_reason(source)
    if unsupported:
        return BatchResult(str(source), "skipped", error=unsupported)
    try:
        counts, report = _classify_to_file(source, output, model_path, clients, language)
    except Exception as err:
        return _failed(source, err)
    finally:  # a large file's chunks kept their memory: the process (the app's?) goes on
        give_back_freed_memory()
    problems = report.problems
    return BatchResult(
        str(source),
        "warning" if report.skipped or report.duplicates or problems else "ok",
        **counts,
        output=str(output),
        skipped=len(report.skipped),
        duplicates=report.duplicates,
        warnings=WARNING_SEPARATOR.join(report.problem_lines()),
        notes=tuple(report.problem_lines()),
    )


def _classify_to_file(source: Path, output: Path, model_path, clients, language):
    """Read ``source``, classify it into ``output``; returns the summary counts of the rows
    written and the import report."""
    from .learning.labels import table_labels
    from .learning.output import classify_personal_to_file, classify_stream_in_chunks
    from .readers import read_export
    from .scale.chunked import CHUNK_ROWS, STREAM_CHUNK_ROWS, summary_counts
    from .scale.chunked import SUMMARY_COLUMNS as RESULT_SUMMARY

    # above one chunk, a clean Connections.csv is read chunk by chunk too (into a CSV)
    stream_above = CHUNK_ROWS if output.suffix.lower() == ".csv" else 0
    export = read_export(source, stream_above=stream_above, chunk_rows=STREAM_CHUNK_ROWS)
    model = _model(model_path)
    clients = list(clients) or None
    with messages.speaking(language):
        if export.stream is not None:
            written = classify_stream_in_chunks(  # with its review_order column
                model, export.stream, export.career, output, clients
            )
        else:
            # the app's own table named as an input keeps the decisions it carries
            labels = table_labels(export.decisions)
            written, _personal = classify_personal_to_file(  # with its review_order column
                model, export.contacts, export.career, output, clients, labels
            )
    counts = summary_counts(written[RESULT_SUMMARY])
    report = export.report
    del export  # a worker holds one export at a time
    return counts, report


def _failed(source: Path, err: Exception) -> BatchResult:
    """The result of an input whose classifying raised ``err`` (called while handling it)."""
    if isinstance(err, NotAnExport):  # run_batch makes it an error when the file was named
        return BatchResult(str(source), "skipped", error=err.message)
    if isinstance(err, OwnershipError):
        return BatchResult(str(source), "error", error=err.message)
    if isinstance(err, MemoryError):  # numpy's message (array shapes) means nothing to a user
        return BatchResult(
            str(source), "error", error=problem_line(source, Message("batch.no_memory"))
        )
    if isinstance(err, (OSError, ValueError)):  # the file system or a damaged file
        reason = os_reason(err) if isinstance(err, OSError) else Message("text", text=str(err))
        return BatchResult(str(source), "error", error=problem_line(source, reason))
    # a bug must not stop the other inputs; say what it was
    logger.exception("unexpected error classifying %s", source)
    problem = Message("batch.unexpected", kind=type(err).__name__, detail=str(err))
    return BatchResult(str(source), "error", error=problem_line(source, problem))


def run_batch(
    inputs: Sequence[str | Path],
    out_dir: str | Path,
    *,
    jobs: int = 1,
    model_path=None,
    fmt: str = "csv",
    clients: Sequence[str] = (),
    language: str | None = None,
    progress=None,
    cancel=None,
    on_result: Callable[[int, BatchResult], None] | None = None,
    on_start: Callable[[int], None] | None = None,
    backend: str = "processes",
    scheduler: str | None = None,
) -> list[BatchResult]:
    """Classify every input into ``out_dir`` and write ``summary.csv``; returns the results in
    input order. Reasons are in ``language`` (default: the current one here, passed on to
    every worker process). Raises InputError if ``out_dir`` cannot be created; Cancelled is not raised:
    unfinished inputs are reported with status "cancelled". ``on_start(i)`` is called as input
    ``i`` starts (in one process only; workers start inputs as they free up).
    ``backend="dask"`` runs the inputs on the Dask cluster at ``scheduler`` (or on a local one
    of ``jobs`` workers); see :mod:`model.scale.distributed`."""
    language = messages.supported(language or messages.current_language())
    out = Path(out_dir)
    _check_output_folder(out)
    sources = expand_inputs(inputs)
    named = {Path(i) for i in inputs}
    skips = find_skips(sources, named)
    refuse_nothing_to_classify(inputs, sources, skips, out)
    _model(model_path)  # a bad model fails every input: say so once, before starting
    tasks = _tasks(sources, skips.unread, out, fmt)
    _check_backend(backend)
    jobs = max(1, min(jobs, len(tasks), os.cpu_count() or 1))  # more workers only cost memory
    tally = _Tally(sources, named, skips.earlier, progress, on_result)
    interrupted = False
    try:
        checkpoint(progress, cancel, 0.0, _progress_text(0, len(sources), skips.earlier))
        tally.skipped(skips)
        if backend == "dask":
            _run_on_dask(tasks, scheduler, jobs, model_path, clients, language, cancel, tally)
        elif jobs == 1 or len(tasks) == 1:
            _run_serial(tasks, model_path, clients, language, cancel, on_start, tally.done)
        else:
            _run_parallel(tasks, jobs, model_path, clients, language, cancel, tally.done)
    except Cancelled:
        pass
    except KeyboardInterrupt:  # Ctrl+C: say what was done, then stop as asked
        interrupted = True
    except OwnershipError:  # the Dask scheduler cannot be reached: one line, nothing run
        raise
    except Exception as err:  # a worker died (out of memory?): keep what was done, say so
        logger.exception("batch workers stopped")
        tally.workers_stopped(tasks, err)
    final = tally.final()
    _write_summary_or_raise(out, final, language)
    if interrupted:
        raise KeyboardInterrupt
    return final


def _tasks(sources: list[Path], unread: dict, out: Path, fmt: str) -> list[tuple[int, Path, Path]]:
    """``(index, input, output)`` of each input to classify. An output never replaces an
    input that sits in the output folder (an earlier output there is replaced, as a rerun
    should)."""
    taken: set[str] = {SUMMARY_FILE} | {
        s.name.lower()
        for i, s in enumerate(sources)
        if i not in unread and _same_folder(s.parent, out)
    }
    return [
        (i, s, out / output_name(s, fmt, taken)) for i, s in enumerate(sources) if i not in unread
    ]


def _check_backend(backend: str) -> None:
    """Raise ValueError for an unknown backend, and OwnershipError when Dask's extra is
    missing: that would fail every input, so it is said once, before starting."""
    if backend == "dask":
        from .scale.distributed import _distributed

        _distributed()
    elif backend != "processes":
        raise ValueError(f"unknown backend {backend!r}")


class _Tally:
    """The inputs' results as they come in, each passed on to ``on_result`` and counted in
    the progress; an input without one at the end was cancelled."""

    def __init__(self, sources, named, earlier, progress, on_result) -> None:
        self.sources = sources
        self.named = named
        self.earlier = earlier
        self.progress = progress
        self.on_result = on_result
        self.results: list[BatchResult | None] = [None] * len(sources)

    def done(self, i: int, result: BatchResult) -> None:
        """Record input ``i``'s result and say so."""
        if result.status == "skipped" and Path(result.input) in self.named:
            result = replace(result, status="error")  # asked for by name: it must be read
        self.results[i] = result
        if self.on_result is not None:
            self.on_result(i, result)
        finished = sum(r is not None for r in self.results)
        if self.progress is not None:
            total = len(self.sources)
            self.progress(finished / total, _progress_text(finished, total, self.earlier))

    def skipped(self, skips: Skips) -> None:
        """Record the inputs found in a folder but not read, with the reason."""
        for i, why in skips.unread.items():
            result = BatchResult(str(self.sources[i]), "skipped", error=why)
            earlier, unlisted = i in skips.earlier, i in skips.unlisted
            flags = {"earlier_output": earlier, "unlisted_folder": unlisted}
            self.done(i, replace(result, **flags, perhaps_export=i in skips.perhaps))

    def lost(self, i: int, problem) -> None:
        """Record input ``i`` as an error: its Dask worker was lost."""
        source = self.sources[i]
        self.done(i, BatchResult(str(source), "error", error=problem_line(source, problem)))

    def workers_stopped(self, tasks, err: Exception) -> None:
        """Record every unfinished task as an error: the workers stopped with ``err``."""
        for i, source, _target in tasks:
            if self.results[i] is None:
                problem = Message("batch.worker_stopped", kind=type(err).__name__)
                self.results[i] = BatchResult(
                    str(source), "error", error=problem_line(source, problem)
                )

    def final(self) -> list[BatchResult]:
        """Every input's result in input order, "cancelled" where none came."""
        return [
            r or BatchResult(str(self.sources[i]), "cancelled") for i, r in enumerate(self.results)
        ]


def _write_summary_or_raise(out: Path, results: list[BatchResult], language: str) -> None:
    """Write ``summary.csv`` into ``out``; an OSError (a full disk, say: the folder was
    writable at the start) becomes InputError."""
    try:
        write_summary(out / SUMMARY_FILE, results, language)
    except OSError as err:
        reason = os_reason(err)
        raise InputError(out / SUMMARY_FILE, Message("file.cannot_write", reason=reason)) from None


def _progress_text(finished: int, total: int, earlier) -> Message:
    """ "3 of 8 done", and how many earlier outputs of this program are skipped (said once, in
    every step of the progress, rather than as one more line per file)."""
    skipped = Message("batch.earlier_skipped", n=len(earlier)) if earlier else ""
    return Message("batch.progress", done=finished, n=total, earlier=skipped)


def _check_output_folder(out: Path) -> None:
    """Create ``out`` and prove it writable, so no input is classified for nothing."""
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        reason = os_reason(err)
        raise InputError(out, Message("write.cannot_create_folder", reason=reason)) from None
    try:
        with tempfile.TemporaryFile(dir=out):
            pass
    except OSError as err:
        reason = os_reason(err)
        raise InputError(out, Message("write.folder_not_writable", reason=reason)) from None


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _run_on_dask(tasks, scheduler, jobs, model_path, clients, language, cancel, tally) -> None:
    """Classify the tasks on the Dask cluster at ``scheduler`` (or a local one of ``jobs``)."""
    from .scale.distributed import run_on_dask

    run_on_dask(
        tasks,
        scheduler=scheduler,
        jobs=jobs,
        model_path=model_path,
        clients=clients,
        language=language,
        cancel=cancel,
        done=tally.done,
        on_lost=tally.lost,
    )


def _run_serial(tasks, model_path, clients, language, cancel, on_start, done) -> None:
    """Classify the tasks one after another in this process."""
    for i, source, target in tasks:
        checkpoint(None, cancel, 0.0)
        if on_start is not None:
            on_start(i)
        done(i, classify_one(source, target, model_path, clients, language))


def _run_parallel(tasks, jobs, model_path, clients, language, cancel, done) -> None:
    """Classify the tasks in ``jobs`` joblib worker processes, results as they finish."""
    from joblib import Parallel, delayed

    parallel = Parallel(n_jobs=jobs, return_as="generator_unordered")
    calls = (delayed(_indexed)(i, s, t, model_path, tuple(clients), language) for i, s, t in tasks)
    try:
        for i, result in parallel(calls):
            done(i, result)
            checkpoint(None, cancel, 0.0)  # leaving the generator early stops the workers
    finally:
        _stop_workers()


def _stop_workers() -> None:
    """Shut joblib's reusable loky executor down: it keeps its workers, each holding a loaded
    model, alive for 300 s after the batch in case another parallel call comes (the shutdown
    joblib's maintainers advise, joblib issue #945). A next batch starts workers anew."""
    from joblib.externals.loky import get_reusable_executor

    get_reusable_executor(reuse=True).shutdown(wait=True)


def _indexed(i, source, target, model_path, clients, language=None):
    return i, classify_one(source, target, model_path, clients, language)


def write_summary(path: Path, results: Sequence[BatchResult], language: str | None = None) -> None:
    """One row per input: input, status, contacts, work, private, flagged, skipped,
    duplicates, warnings, error, output; the warnings and the error in ``language`` (default:
    the current one), the column names and statuses as they are (a script reads them)."""
    from .exports import neutralise_csv

    with atomic_write(path, encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=SUMMARY_COLUMNS)
        writer.writeheader()
        for r in results:
            row = asdict(r)
            if r.notes:  # the warnings as Messages: said in the language, not the English
                row["warnings"] = WARNING_SEPARATOR.join(localized(n, language) for n in r.notes)
            row["error"] = localized(r.error, language)
            # paths and messages can start with "=" or "@" too; a spreadsheet opens this file
            writer.writerow({k: neutralise_csv(row[k]) for k in SUMMARY_COLUMNS})
