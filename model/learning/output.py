"""Personalised results for an output file: labelled contacts carry their label, the rest the
personal layer's suggestion, and every row its place in the review order."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ..career import Career
from ..messages import Message
from ..predictor import DEFAULT_FLAG_BAND
from .inputs import contact_groups, personal_inputs
from .labels import Labels
from .order import review_order
from .personalize import personalize, suggest_at
from .texts import personal_reason, turned


@dataclass(frozen=True)
class PersonalOutput:
    """What `classify` writes beyond the base results."""

    results: pd.DataFrame  # RESULT_COLUMNS: labelled rows as decided, the rest personalised
    review_order: pd.Series  # Int64: 1 = most useful next; <NA> for decided rows
    changed: int  # undecided suggestions the decisions changed


def personal_output(
    contacts: pd.DataFrame,
    results: pd.DataFrame,
    career: Career | None,
    labels: Labels | None = None,
    *,
    threshold: float,
    flag_band: tuple[float, float] = DEFAULT_FLAG_BAND,
    language: str | None = None,
) -> PersonalOutput:
    """Personalise ``results`` (the base model's, for ``contacts``) with ``labels`` (None: no
    decisions, only the review order); ``threshold``: the model's work threshold."""
    n = len(results)
    if labels is None or not labels.decided.any():
        quick = _undecided_output(contacts, results, threshold, flag_band)
        if quick is not None:
            return quick
    decisions = labels.decision if labels is not None else np.full(n, "", dtype=object)
    inputs = personal_inputs(contacts, results, career)
    out = personalize(
        results, inputs, decisions, threshold=threshold, flag_band=flag_band, language=language
    )
    final = out.results
    if labels is not None and labels.decided.any():
        final = _with_labels(final, labels, inputs.employer, language)
    return PersonalOutput(final, _order_column(out.review_order), out.n_changed)


def _order_column(order: np.ndarray) -> pd.Series:
    """The review_order column: 1, 2, … and <NA> for decided rows (0)."""
    column = pd.array(order, dtype="Int64")
    column[order == 0] = pd.NA
    return pd.Series(column, name="review_order")


def _undecided_output(
    contacts: pd.DataFrame,
    results: pd.DataFrame,
    threshold: float,
    flag_band: tuple[float, float],
) -> PersonalOutput | None:
    """What :func:`personalize` gives when nothing is decided, without building the layer's
    inputs: the base suggestions at ``threshold``, flagged in ``flag_band``, and the review
    order from who shares a company or title (the same order: it depends only on who shares a
    group). None when the threshold moves a suggestion, which needs the full path's reasons."""
    out = results.reset_index(drop=True).copy()
    p = out["p_work"].to_numpy(dtype=np.float64)
    none = np.zeros(len(p), dtype=bool)
    _work, changed = suggest_at(out, p, none, threshold, flag_band)
    if changed.any():
        return None
    order = review_order(p, contact_groups(contacts), none, threshold)
    return PersonalOutput(out, _order_column(order), 0)


def _with_labels(
    results: pd.DataFrame, labels: Labels, timing_employer: np.ndarray, language: str | None
) -> pd.DataFrame:
    out = results.copy()
    rows = np.flatnonzero(labels.decided)
    label = labels.decision[rows]
    work = label == "work"
    suggestion = out["suggestion"].to_numpy(dtype=object).copy()
    p = out["p_work"].to_numpy(dtype=np.float64).copy()
    employer = out["employer"].to_numpy(dtype=object).copy()
    category = out["category"].to_numpy(dtype=object).copy()
    flagged = out["flagged"].to_numpy(dtype=bool).copy()
    reasons = out["reasons"].to_numpy(dtype=object).copy()
    was_work = suggestion[rows] == "work"
    given_employer = labels.employer[rows]
    employer[rows] = np.where(
        work,
        np.where(
            given_employer != "",
            given_employer,
            np.where(was_work, employer[rows], timing_employer[rows]),
        ),
        "",
    )
    category[rows] = np.where(work, np.where(was_work, category[rows], "other work"), "private")
    suggestion[rows] = label
    p[rows] = work.astype(np.float64)
    flagged[rows] = False
    for r, side, was in zip(rows.tolist(), label.tolist(), was_work.tolist(), strict=True):
        old = reasons[r]
        old = tuple(old) if isinstance(old, tuple | list | np.ndarray) else ((old,) if old else ())
        if (side == "work") != was:  # the suggestion's reasons argued against the decision
            old = tuple(turned(o, language) for o in old)
        reasons[r] = (personal_reason("decided", side, language), *old[:2])
    out["suggestion"] = pd.array(suggestion.astype(str), dtype="str")
    out["p_work"] = p
    out["employer"] = pd.array(employer.astype(str), dtype="str")
    out["category"] = pd.array(category.astype(str), dtype="str")
    out["flagged"] = flagged
    out["reasons"] = reasons
    return out


def classify_personal_to_file(
    model,
    contacts: pd.DataFrame,
    career: Career,
    out,
    clients=None,
    labels: Labels | None = None,
    *,
    progress=None,
    cancel=None,
) -> tuple[pd.DataFrame, PersonalOutput | None]:
    """Classify ``contacts``, apply ``labels`` (the person's decisions, if any) and write the
    classification table with a ``review_order`` column (and ``decision``, ``note`` with
    labels) to ``out``. Returns the results written and the personal outcome.

    An input larger than one chunk of :mod:`model.scale.chunked` (100,000 contacts; a LinkedIn
    export has at most 30,000) without labels is written in chunks (see
    :func:`classify_in_chunks`). Raises InputError as the writers do."""
    from ..exports import classification_table, write_table
    from ..scale.chunked import CHUNK_ROWS

    if labels is None and len(contacts) > CHUNK_ROWS:
        written = classify_in_chunks(
            model, contacts, career, out, clients, progress=progress, cancel=cancel
        )
        return written, None
    results = model.classify(contacts, career, clients, progress=progress, cancel=cancel)
    band = getattr(model, "flag_band", DEFAULT_FLAG_BAND)
    personal = personal_output(
        contacts, results, career, labels, threshold=model.threshold, flag_band=band
    )
    table = classification_table(contacts, personal.results)
    if labels is not None:
        table["decision"] = pd.array(labels.decision.astype(str), dtype="str")
        table["note"] = pd.array(labels.note.astype(str), dtype="str")
    table["review_order"] = personal.review_order.array
    write_table(table, out, progress=None, cancel=cancel)
    return personal.results, personal


def classify_in_chunks(
    model,
    contacts: pd.DataFrame,
    career: Career,
    out,
    clients=None,
    *,
    chunk_rows: int | None = None,
    progress=None,
    cancel=None,
) -> pd.DataFrame:
    """Classify a table too large to hold classified (:mod:`model.scale.chunked`) and write
    it with its ``review_order`` column, as every output has. The order ranks all rows, so it
    is known only once every p_work is: a CSV is written in chunks to a scratch file beside
    ``out`` and copied once with the column added (bytes, no parsing); an XLSX (at most
    Excel's 1,048,576 rows) is classified twice, first for p_work only. Returns
    classify_to_file's summary columns."""
    from ..exports import _checked_suffix
    from ..progress import scaled
    from ..scale.chunked import CHUNK_ROWS, classify_to_file
    from .inputs import contact_groups

    out = Path(out)
    chunk_rows = max(int(chunk_rows or CHUNK_ROWS), 1)
    groups = contact_groups(contacts)
    if _checked_suffix(out) == ".xlsx":
        return _classify_xlsx_in_chunks(
            model, contacts, career, out, clients, groups, chunk_rows, progress, cancel
        )
    with _scratch_beside(out) as scratch:
        written = classify_to_file(
            model,
            contacts,
            career,
            scratch,
            clients,
            chunk_rows=chunk_rows,
            progress=scaled(progress, 0.0, 0.9),
            cancel=cancel,
        )
        _copy_ranked(scratch, out, written, groups, model.threshold, progress, cancel)
    return written


def _classify_xlsx_in_chunks(
    model, contacts, career, out, clients, groups, chunk_rows, progress, cancel
) -> pd.DataFrame:
    """:func:`classify_in_chunks` into a workbook: every p_work first (a workbook cannot be
    copied with a column added), then the table with its review order."""
    from ..progress import scaled
    from ..scale.chunked import classify_to_file

    p_work = _p_work_in_chunks(
        model, contacts, career, clients, chunk_rows, scaled(progress, 0.0, 0.45), cancel
    )
    none = np.zeros(len(contacts), bool)
    order = _order_column(review_order(p_work, groups, none, model.threshold))
    return classify_to_file(
        model,
        contacts,
        career,
        out,
        clients,
        chunk_rows=chunk_rows,
        extra={"review_order": order},
        progress=scaled(progress, 0.45, 1.0),
        cancel=cancel,
    )


def _p_work_in_chunks(model, contacts, career, clients, chunk_rows, progress, cancel):
    """The p_work of every contact, classified ``chunk_rows`` at a time against the whole
    network's facts (and adaptation), as :func:`~model.scale.chunked.classify_to_file` does."""
    from ..features.relate import network_facts
    from ..progress import scaled
    from ..scale.chunked import network_adapter

    n = len(contacts)
    network = network_facts(contacts, career, structure=getattr(model, "uses_structure", False))
    adapter = network_adapter(model, contacts, career, clients, network)
    p_work = np.empty(n)
    for start in range(0, n, chunk_rows):
        part = contacts.iloc[start : start + chunk_rows]
        step = scaled(progress, start / n, (start + len(part)) / n)
        p_work[start : start + len(part)] = model.classify(
            part,
            career,
            clients,
            network=network,
            adaptation=adapter,
            progress=step,
            cancel=cancel,
        )["p_work"].to_numpy()
    return p_work


def classify_stream_in_chunks(
    model,
    stream,
    career: Career,
    out,
    clients=None,
    *,
    progress=None,
    cancel=None,
    parallel: bool = False,
    since=None,
    aide=None,
) -> pd.DataFrame:
    """:func:`classify_in_chunks` for a Connections.csv read in chunks too (``export.stream``,
    model.readers.stream) into a CSV ``out``: the same file with its ``review_order``, the
    groups ranked from the first pass's companies and titles. ``parallel``, ``since``: as
    :func:`~model.scale.chunked.classify_stream_to_file`; ``aide``: a helper started
    already (:func:`model.scale.helper.early`), used only if it may be and stopped if not
    (the caller stops it in the end)."""
    from contextlib import nullcontext

    from ..progress import checkpoint, scaled
    from ..scale.chunked import classify_stream_to_file, second_process
    from ..scale.heap import give_back_freed_memory

    out = Path(out)
    layout: list[tuple[int, int]] = []
    found: dict = {}
    with _scratch_beside(out) as scratch:
        # one helper process (if any) classifies with this one, ranks, then copies part of
        # the rows
        aide = _usable_aide(aide, stream, scratch, parallel, since)
        given = aide is not None or not parallel
        early: list = []  # the groups, found while this process waits for the helper's last
        ranking: list[_Ranking] = []

        def meanwhile() -> None:
            early.append(_stream_groups(stream, found.get("company"), None, progress, cancel))

        def ranked(p_work: np.ndarray) -> None:  # the helper ranks while the file is closed
            stream.let_go()  # every piece classified: room for the copy's lines read ahead
            give_back_freed_memory()  # the pieces' memory, before the groups or the lines
            if not early:  # the helper answered its last piece first: half its titles there
                early.append(_stream_groups(stream, found.get("company"), aide, progress, cancel))
            ranking.append(_Ranking(p_work, early[0], model.threshold, aide))

        with nullcontext(aide) if given else second_process(stream, scratch, since) as aide:
            written = classify_stream_to_file(
                model,
                stream,
                career,
                scratch,
                clients,
                progress=scaled(progress, 0.0, 0.9),
                cancel=cancel,
                aide=aide,
                layout=layout,
                found=found,
                meanwhile=meanwhile,
                ranked=ranked,
            )
            checkpoint(progress, cancel, 0.9, Message("progress.writing"))
            _copy_with_column(
                scratch, out, "review_order", ranking[0], aide, layout, progress, cancel
            )
    return written


class _Ranking:
    """A streamed file's review order (:func:`~.order.review_order` of every p_work, none
    decided), ranked by the helper process when there is one (this process meanwhile
    closes the scratch file and reads it ahead, :class:`~model.scale.column.Lines`), else
    here when asked for; here too if the helper fails."""

    def __init__(self, p_work: np.ndarray, groups, threshold: float, aide=None) -> None:
        self._args = (p_work, groups, np.zeros(len(p_work), bool), threshold)
        self.rows = len(p_work)
        there = RANK_THERE and aide is not None and aide.running
        self._aide = aide if there else None
        if self._aide is not None:
            self._aide.call(review_order, *self._args)

    def ready(self) -> bool:
        """Whether :meth:`values` gives them without waiting for the helper."""
        return self._aide is None or self._aide.replied()

    def values(self, progress, cancel) -> np.ndarray:
        """The order: the helper's, waited for (asking ``cancel`` meanwhile), or found here."""
        if self._aide is not None:
            done, order = self._aide.reply(progress, cancel, 0.9, Message("progress.writing"))
            if done:
                return order
            self._aide.stop()  # it failed or died: no more of it
            self._aide = None
        return review_order(*self._args)


def _usable_aide(aide, stream, scratch: Path, parallel: bool, since):
    """``aide`` (a helper started early) when it runs and may be used for this file; else
    None, after stopping it (a helper that failed while the file was read is stopped
    already)."""
    from ..scale.helper import usable

    if aide is not None and not (
        aide.running and parallel and usable(stream, scratch, since, aide)
    ):
        aide.stop()
        return None
    return aide


@contextmanager
def _scratch_beside(out: Path) -> Iterator[Path]:
    """:func:`_scratch_csv` for the block, removed after it whatever happens."""
    scratch = _scratch_csv(out)
    try:
        yield scratch
    finally:
        scratch.unlink(missing_ok=True)


def _copy_ranked(
    scratch, out, written, groups, threshold, progress, cancel, aide=None, layout=None
) -> None:
    """Copy the classified ``scratch`` to ``out`` with its review order: every row ranked
    from the ``written`` p_work and the contacts' ``groups``."""
    from ..progress import checkpoint

    p_work = written["p_work"].to_numpy(dtype=np.float64)
    order = review_order(p_work, groups, np.zeros(len(p_work), bool), threshold)
    checkpoint(progress, cancel, 0.9, Message("progress.writing"))
    _copy_with_column(scratch, out, "review_order", order, aide, layout, progress, cancel)


def _stream_groups(stream, company, aide, progress, cancel):
    """:func:`~.inputs.contact_groups` of a stream's contacts; with ``company`` (each
    contact's code into the distinct names and their keys, from the network facts) the
    companies' from those, and with a helper process half the distinct titles' keys there."""
    import pandas as pd

    from .inputs import Groups, coded_groups, contact_groups, title_keys

    if company is None:
        return contact_groups(stream.network_contacts())
    codes, titles = pd.factorize(stream.network_contacts()["position"].to_numpy(dtype=object))
    titles = titles.tolist()
    if aide is None or not aide.running:  # all titles here (the helper busy or gone)
        return Groups(coded_groups(*company), coded_groups(codes, title_keys(titles)))
    cut = len(titles) // 2
    aide.call(title_keys, titles[cut:])
    mine = title_keys(titles[:cut])
    done, theirs = aide.reply(progress, cancel, 0.9, Message("progress.writing"))
    keys = mine + (theirs if done else title_keys(titles[cut:]))
    return Groups(coded_groups(*company), coded_groups(codes, keys))


def _scratch_csv(out: Path) -> Path:
    """An owner-only scratch file beside ``out`` (same disk: the copy is a local read)."""
    import os
    import tempfile

    from ..errors import InputError, os_reason
    from ..messages import Message

    try:
        fd, name = tempfile.mkstemp(prefix=f".{out.stem}.", suffix=".part.csv", dir=out.parent)
    except OSError as err:
        raise InputError(out, Message("file.cannot_write", reason=os_reason(err))) from None
    os.close(fd)
    return Path(name)


def _copy_with_column(
    src: Path,
    out: Path,
    name: str,
    values: np.ndarray | _Ranking,
    aide=None,
    layout: list[tuple[int, int]] | None = None,
    progress=None,
    cancel=None,
) -> None:
    """Copy the CSV ``src`` (our writer's: CRLF, RFC 4180 quotes) to ``out`` atomically with a
    last column ``name`` holding ``values`` (0 written as an empty cell). A record ends at a
    line end outside quotes, so quoted line breaks in names stay inside their record.
    ``aide``: a helper process (:mod:`model.scale.helper`) that copies the second part of
    the rows meanwhile, at the offset the first part's bytes end, found from ``layout``
    (the rows and bytes of each piece written to ``src``, below its header); one that
    fails leaves its part to this process. ``values`` being ranked by the helper
    (:class:`_Ranking`): this process reads and splits the first lines meanwhile (up to
    AHEAD_BYTES, and half the file), and takes as much more of the rows as leaves both
    the same work (:func:`_share`).

    Raises InputError when ``out`` cannot be written."""

    from ..errors import InputError, os_reason
    from ..messages import Message
    from ..paths import atomic_write
    from ..scale.column import Lines, cell_bytes, copy_part, copy_with_cells, split_point

    ranking = values if isinstance(values, _Ranking) else None
    n = ranking.rows if ranking is not None else len(values)
    try:
        with open(src, "rb") as fin, atomic_write(out, "wb") as fout:
            lines = Lines(fin, n + 1)
            if ranking is not None:  # while the helper ranks: the first lines read ahead
                limit = min(AHEAD_BYTES, layout[-1][1] // 2 if layout else AHEAD_BYTES)
                while not ranking.ready() and lines.read < limit and lines.ahead(limit):
                    pass
                values = ranking.values(progress, cancel)
            cut = None
            if aide is not None and aide.running and layout:  # the helper copies the rest
                cut = split_point(src, layout, _share(lines.read, layout[-1][1]))
                if cut is not None and not lines.bound(cut[0] + 1, cut[1]):
                    cut = None
            rows = n if cut is None else cut[0]
            if cut is not None:  # each line gains a comma and its cell
                offset = cut[1] + rows + 1 + len(name.encode()) + cell_bytes(values[:rows])
                aide.call(copy_part, str(src), fout.name, cut[1], offset, values[rows:])
            end = cut[1] if cut is not None else None
            copied = copy_with_cells(fin, fout, values[:rows], name.encode(), end, lines)
            if cut is not None:
                if fin.tell() != cut[1]:  # never expected: the helper's offset would be wrong
                    raise ValueError(f"{src}: the pieces written do not add up")
                fout.flush()
                step = Message("progress.writing")
                if aide.reply(progress, cancel, 0.95, step)[0]:
                    copied = len(values) + 1
                    aide.end()  # its last work: it ends while the output is synced and renamed
                else:  # the rest here
                    fout.seek(offset)
                    copied += copy_with_cells(fin, fout, values[rows:])
    except OSError as err:
        raise InputError(out, Message("file.cannot_write", reason=os_reason(err))) from None
    if copied != len(values) + 1:
        raise ValueError(f"{src}: fewer rows than contacts")


RANK_THERE = True  # the helper ranks (while this process reads ahead); False: ranked here
AHEAD_BYTES = 128 << 20  # the most this process reads ahead while the helper ranks
SPLIT_SHARE = 0.47  # of copying a line: reading and splitting it (the rest: its cell, writing)
HELPER_PACE = 1.2  # the helper's time to copy a line against this process's (it starts later)


def _share(ahead: int, size: int) -> float:
    """The share of the scratch file's ``size`` bytes this process copies, ``ahead`` of
    them read and split already (~SPLIT_SHARE of their copy done), so that both are done
    at once, the helper copying at HELPER_PACE."""
    done = SPLIT_SHARE * ahead / max(size, 1)
    return min(max((HELPER_PACE + done) / (1.0 + HELPER_PACE), 0.5), 1.0)
