"""A second process classifying every other part (a quarter) of each chunk of a large streamed file
(model/scale/helper.py): the same bytes as one process, whatever becomes of the helper."""

from __future__ import annotations

import pytest

from model.errors import Cancelled
from model.predictor import load_model
from model.readers import read_export
from model.scale import helper
from model.scale.chunked import classify_stream_to_file
from model.synthetic import generate_person
from model.synthetic.layouts import connection_bytes

CHUNK = 60


@pytest.fixture(scope="module")
def model():
    return load_model()


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    person = generate_person(6, "recruiter", 400)
    path = tmp_path_factory.mktemp("helper") / "Connections.csv"
    path.write_bytes(connection_bytes(person.contacts))
    return path


@pytest.fixture(autouse=True)
def two_cpus(monkeypatch):
    """The helper is used only with a CPU to spare: as on the machines it is meant for."""
    monkeypatch.setattr(helper, "cpus", lambda: 2)
    monkeypatch.setattr(helper, "load", lambda: 0.5)


def test_one_cpu_a_busy_machine_or_a_small_file_gets_no_helper(monkeypatch, source, tmp_path):
    stream = read_export(source, stream_above=CHUNK, chunk_rows=CHUNK).stream
    assert helper.usable(stream, tmp_path / "out.csv")
    assert not helper.usable(stream, tmp_path / "out.xlsx")
    monkeypatch.setattr(helper, "cpus", lambda: 1)
    assert not helper.usable(stream, tmp_path / "out.csv")
    monkeypatch.setattr(helper, "cpus", lambda: 2)
    monkeypatch.setattr(helper, "load", lambda: 1.5)  # the other CPU is busy
    assert not helper.usable(stream, tmp_path / "out.csv")
    monkeypatch.setattr(helper, "load", lambda: 0.5)
    few = read_export(source, stream_above=CHUNK, chunk_rows=200).stream
    assert few.chunks < helper.MIN_CHUNKS and not helper.usable(few, tmp_path / "out.csv")


@pytest.fixture
def answers(monkeypatch):
    """Each piece the helper answered (True) or could not do (False)."""
    seen: list[bool] = []
    real = helper.Helper.result

    def result(self, *args, **kwargs):
        answer = real(self, *args, **kwargs)
        if answer is not False:  # False: asked without waiting, not there yet
            seen.append(answer is not None)
        return answer

    monkeypatch.setattr(helper.Helper, "result", result)
    return seen


def classified(model, source, out, **kwargs) -> bytes:
    export = read_export(source, stream_above=CHUNK, chunk_rows=CHUNK)
    assert export.stream is not None and export.stream.chunks >= helper.MIN_CHUNKS
    classify_stream_to_file(model, export.stream, export.career, out, **kwargs)
    return out.read_bytes()


def test_two_processes_write_the_bytes_of_one(tmp_path, model, source, answers):
    one = classified(model, source, tmp_path / "one.csv")
    assert answers == []  # no helper unless asked for
    two = classified(model, source, tmp_path / "two.csv", parallel=True)
    assert two == one
    # the helper did pieces (as many as it kept up with), every one it was given
    export = read_export(source, stream_above=CHUNK, chunk_rows=CHUNK)
    assert 0 < len(answers) < export.stream.chunks * helper.PARTS and all(answers)


def test_pieces_are_equal_parts_of_the_chunks_in_order(source):
    stream = read_export(source, stream_above=CHUNK, chunk_rows=CHUNK).stream
    pieces = helper.units(stream, split=True)
    assert len(pieces) == helper.PARTS * stream.chunks
    import pandas as pd

    from model.readers.stream import contacts_of

    rebuilt = pd.concat([contacts_of(stream.piece(*p)) for p in pieces], ignore_index=True)
    pd.testing.assert_frame_equal(rebuilt, pd.concat(stream, ignore_index=True))


def test_a_helper_that_cannot_classify_leaves_its_pieces_to_this_process(
    tmp_path, model, source, answers, monkeypatch
):
    one = classified(model, source, tmp_path / "one.csv")
    real_setup = helper.Helper.setup
    # the helper gets no model: every piece fails there and is done here instead
    monkeypatch.setattr(
        helper.Helper, "setup", lambda self, model, *rest: real_setup(self, None, *rest)
    )
    assert classified(model, source, tmp_path / "two.csv", parallel=True) == one
    assert answers == [False]  # the first failure ends the helper: the rest were done here


def test_cancel_while_the_helper_works_stops_it_and_leaves_no_file(tmp_path, model, source):
    started: list[helper.Helper] = []
    real_init = helper.Helper.__init__

    def init(self):
        real_init(self)
        started.append(self)

    calls = 0

    def cancel():
        nonlocal calls
        calls += 1
        return calls > 3

    out = tmp_path / "cancelled.csv"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(helper.Helper, "__init__", init)
        with pytest.raises(Cancelled):
            classified(model, source, out, parallel=True, cancel=cancel)
    assert not out.exists()
    [aide] = started
    assert not aide._process.is_alive() and aide._process.exitcode is not None


def test_no_second_process_to_be_had_is_no_failure(tmp_path, model, source, monkeypatch):
    """Starting the helper can fail (the user's process limit, no memory for a new
    interpreter): the file is classified by this process alone, not refused."""
    import errno

    one = classified(model, source, tmp_path / "one.csv")

    def refuse(self):
        raise OSError(errno.EAGAIN, "Resource temporarily unavailable")

    monkeypatch.setattr(helper.Helper, "__init__", refuse)
    assert classified(model, source, tmp_path / "two.csv", parallel=True) == one


# --- the whole command's path: names, pieces, the review order and the copy ------------


@pytest.fixture
def calls(monkeypatch):
    """Each thing asked of the helper by name (Helper.call), and whether it did it."""
    seen: list[tuple[str, bool]] = []
    real_call, real_reply = helper.Helper.call, helper.Helper.reply
    asked: list[str] = []

    def call(self, function, *args):
        asked.append(function.__name__)
        return real_call(self, function, *args)

    def reply(self, *args, **kwargs):
        answer = real_reply(self, *args, **kwargs)
        seen.append((asked[len(seen)], answer[0]))
        return answer

    monkeypatch.setattr(helper.Helper, "call", call)
    monkeypatch.setattr(helper.Helper, "reply", reply)
    return seen


def ranked(model, source, out, career=None, **kwargs) -> bytes:
    from model.learning.output import classify_stream_in_chunks

    export = read_export(source, stream_above=CHUNK, chunk_rows=CHUNK)
    assert export.stream is not None and export.stream.chunks >= helper.MIN_CHUNKS
    classify_stream_in_chunks(model, export.stream, career or export.career, out, **kwargs)
    return out.read_bytes()


@pytest.mark.parametrize("with_career", [False, True])
def test_two_processes_rank_and_copy_the_bytes_of_one(
    tmp_path, model, source, calls, answers, with_career
):
    """The command's path with a helper: it finds half the company names' facts, classifies
    pieces and copies the second half of the rows into the output at its offset."""
    career = generate_person(6, "recruiter", 400).career if with_career else None
    assert career is None or career.positions
    one = ranked(model, source, tmp_path / "one.csv", career)
    assert calls == [] and answers == []
    two = ranked(model, source, tmp_path / "two.csv", career, parallel=True)
    assert two == one
    # the titles' keys: found here while it waits for the helper's last pieces, or after
    # them half there; the review order ranked there
    assert calls in (
        [("name_facts", True), ("review_order", True), ("copy_part", True)],
        [("name_facts", True), ("title_keys", True), ("review_order", True), ("copy_part", True)],
    )
    assert answers and all(answers)
    assert not list(tmp_path.glob(".*"))  # no scratch or temporary file left behind


def test_a_helper_gone_before_the_copy_leaves_it_to_this_process(
    tmp_path, model, source, calls, monkeypatch
):
    one = ranked(model, source, tmp_path / "one.csv")
    real_call = helper.Helper.call

    def call(self, function, *args):
        if function.__name__ == "copy_part":  # the helper dies just before it is to copy
            self._process.kill()
            self._process.join()
        return real_call(self, function, *args)

    monkeypatch.setattr(helper.Helper, "call", call)
    assert ranked(model, source, tmp_path / "two.csv", parallel=True) == one
    assert calls[-1] == ("copy_part", False)


def test_a_helper_gone_before_it_ranks_leaves_the_order_and_the_copy_to_this_process(
    tmp_path, model, source, calls, monkeypatch
):
    one = ranked(model, source, tmp_path / "one.csv")
    real_call = helper.Helper.call

    def call(self, function, *args):
        if function.__name__ == "review_order":  # the helper dies just before it is to rank
            self._process.kill()
            self._process.join()
        return real_call(self, function, *args)

    monkeypatch.setattr(helper.Helper, "call", call)
    assert ranked(model, source, tmp_path / "two.csv", parallel=True) == one
    assert calls[-1] == ("review_order", False)  # and no copy asked of it after
    assert not list(tmp_path.glob(".*"))


@pytest.mark.parametrize("ahead", [0, 700, 1 << 30])
def test_the_lines_read_while_the_helper_ranks_are_copied_as_one_process_copies(
    tmp_path, model, source, calls, monkeypatch, ahead
):
    """While the helper ranks, this process reads and splits the first lines ahead (up to
    AHEAD_BYTES: none, some blocks, half the file), then copies them with the order's
    cells and leaves the helper the rest: the bytes of one process, whatever it held."""
    from model.learning import output
    from model.scale import column

    one = ranked(model, source, tmp_path / "one.csv")
    monkeypatch.setattr(column, "BLOCK_BYTES", 300)
    monkeypatch.setattr(output, "AHEAD_BYTES", ahead)
    monkeypatch.setattr(helper.Helper, "replied", lambda self: False)  # as if ranking long
    held: list[int] = []
    real_ahead = column.Lines.ahead

    def read_ahead(self, upto=None):
        got = real_ahead(self, upto)
        held.append(self.read)
        return got

    monkeypatch.setattr(column.Lines, "ahead", read_ahead)
    assert ranked(model, source, tmp_path / "two.csv", parallel=True) == one
    assert ("review_order", True) in calls and calls[-1] == ("copy_part", True)
    size = (tmp_path / "one.csv").stat().st_size  # the scratch file is a little smaller
    assert max(held, default=0) >= min(ahead, 1200) and all(h <= min(ahead, size / 2) for h in held)


def test_groups_not_found_in_a_wait_are_found_before_the_scratch_file_is_closed(
    tmp_path, model, source, calls, monkeypatch
):
    """When the helper answers its last piece before this process runs out of pieces (no
    wait to find the groups in), the groups are found as soon as every piece is classified,
    half the titles' keys there, and the helper then ranks: the same bytes."""
    from model.scale import chunked

    one = ranked(model, source, tmp_path / "one.csv")
    real = chunked.classify_stream_to_file

    def no_wait(*args, **kwargs):
        kwargs["meanwhile"] = None
        return real(*args, **kwargs)

    monkeypatch.setattr(chunked, "classify_stream_to_file", no_wait)
    assert ranked(model, source, tmp_path / "two.csv", parallel=True) == one
    assert calls == [
        ("name_facts", True),
        ("title_keys", True),
        ("review_order", True),
        ("copy_part", True),
    ]


def test_the_order_ranked_here_with_a_helper_copies_the_same_bytes(
    tmp_path, model, source, calls, monkeypatch
):
    """With RANK_THERE off the command ranks the order itself (nothing read ahead) and the
    helper still copies its part: the bytes of one process."""
    from model.learning import output

    one = ranked(model, source, tmp_path / "one.csv")
    monkeypatch.setattr(output, "RANK_THERE", False)
    assert ranked(model, source, tmp_path / "two.csv", parallel=True) == one
    assert "review_order" not in [name for name, _ in calls] and calls[-1] == ("copy_part", True)


def test_a_helper_started_early_is_used_or_stopped(tmp_path, model, source, monkeypatch):
    """`early` starts a helper before reading a large Connections.csv (not a small one);
    the classification uses it when it may, and stops it when it may not."""
    import zipfile

    small = tmp_path / "small.csv"
    small.write_bytes(b"\n".join(source.read_bytes().splitlines()[:30]))
    assert helper.early(small, CHUNK) is None
    assert helper.early(tmp_path / "missing.csv", CHUNK) is None
    packed = tmp_path / "export.zip"
    with zipfile.ZipFile(packed, "w") as zf:
        zf.write(source, "Connections.csv")
    assert helper.connections_bytes(packed) == source.stat().st_size
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(helper, "load", lambda: 2.5)  # surely busy: not even started
        assert helper.early(packed, CHUNK) is None
    one = ranked(model, source, tmp_path / "one.csv")
    aide = helper.early(packed, CHUNK)
    assert aide is not None
    try:
        assert ranked(model, source, tmp_path / "two.csv", parallel=True, aide=aide) == one
        # used; its copy, the last work, done: it ends by itself, its owner reaps it
        assert aide.running
        aide._process.join(30)
        assert aide._process.exitcode == -helper.signal.SIGTERM
    finally:
        aide.stop()
    busy = helper.early(source, CHUNK)
    monkeypatch.setattr(helper, "load", lambda: 1.5)  # the other CPU is busy: not used
    assert ranked(model, source, tmp_path / "three.csv", parallel=True, aide=busy) == one
    assert not busy.running and not busy._process.is_alive()


def test_the_gate_counts_what_other_processes_left_idle(monkeypatch):
    """Since reading began: the CPU time the system counts idle, plus this process's and
    its helper's, per second of wall time; the load average only where that is unknown."""
    ticks = helper._TICKS
    sample = helper.CpuSample()
    sample._stat, sample._own = (1000, 0), 50.0
    sample._wall = helper.time.monotonic() - 2.0  # two seconds of reading
    monkeypatch.setattr(helper, "_own_cpu", lambda: 52.0)  # this process: one CPU

    def idle(seconds):
        monkeypatch.setattr(helper, "system_cpu", lambda: (1000 + int(seconds * ticks), 0))

    idle(2.0)  # the other CPU was idle: free, whatever the load average says
    monkeypatch.setattr(helper, "load", lambda: 1.5)  # e.g. a benchmark's floor run before
    assert sample.free() == pytest.approx(2.0, abs=0.05)
    idle(0.0)  # another process kept the other CPU busy
    monkeypatch.setattr(helper, "load", lambda: 0.2)
    assert sample.free() == pytest.approx(1.0, abs=0.05)
    assert sample.free(ours=2.0) == pytest.approx(2.0, abs=0.05)  # ... by our own helper
    idle(0.5)  # three quarters of it busy
    assert sample.free() == pytest.approx(1.25, abs=0.05)

    class Stream:
        chunks = helper.MIN_CHUNKS

    idle(2.0)
    assert helper.usable(Stream(), "out.csv", sample)
    idle(0.0)
    assert not helper.usable(Stream(), "out.csv", sample)
    monkeypatch.setattr(helper, "system_cpu", lambda: None)  # not Linux: the load average
    assert helper.usable(Stream(), "out.csv", sample)
    monkeypatch.setattr(helper, "load", lambda: 1.5)
    assert not helper.usable(Stream(), "out.csv", sample)


def test_the_system_cpu_time_is_read():
    import sys

    if not sys.platform.startswith("linux"):
        pytest.skip("/proc/stat is Linux's")
    idle, total = helper.system_cpu()
    assert 0 < idle < total
    sample = helper.CpuSample()
    assert sample.free() is None  # too short to tell


def test_a_helper_gone_before_the_names_leaves_everything_to_this_process(
    tmp_path, model, source, calls, answers, monkeypatch
):
    one = ranked(model, source, tmp_path / "one.csv")
    real_call = helper.Helper.call

    def call(self, function, *args):
        if function.__name__ == "name_facts":  # the helper dies as the work begins
            self._process.kill()
            self._process.join()
        return real_call(self, function, *args)

    monkeypatch.setattr(helper.Helper, "call", call)
    assert ranked(model, source, tmp_path / "two.csv", parallel=True) == one
    # nothing more is asked of a helper known to be gone: no piece, no titles, no copy
    assert calls == [("name_facts", False)] and answers == []


# --- the first pass in two processes: the helper parses the second half of the chunks ---


@pytest.fixture(scope="module")
def rough(source, tmp_path_factory):
    """``source`` with what each half of the first pass must find as one pass does: a
    duplicate across the halves, a contact whose repaired company would make it one (the
    hash is of the fields as read), an empty row, a row too wide and the header again in
    the second half."""
    lines = source.read_bytes().split(b"\n")
    body = lines.index(next(x for x in lines if x.startswith(b"First Name"))) + 1
    same = b"Bo,Ek,https://www.linkedin.com/in/bo-ek,,Acme Nord,CTO,02 Feb 2021"
    cafe = "Ana,Lopes,https://www.linkedin.com/in/ana-l,,Café Nord,Chef,01 Jan 2020"
    moji = cafe.encode("utf-8").decode("cp1252").encode("utf-8")  # "CafÃ© Nord" in UTF-8
    for at, line in [
        (370, lines[body + 5]),  # a duplicate of a contact of the first half
        (360, moji),
        (350, same),
        (330, b",,,,,,"),
        (320, b"Cy,Do,https://www.linkedin.com/in/cy,,Acme,Dev,03 Mar 2019,extra"),
        (300, lines[body - 1]),  # the header again
        (40, cafe.encode("utf-8")),
        (30, same),
    ]:
        lines.insert(body + at, line)
    path = tmp_path_factory.mktemp("rough") / "Connections.csv"
    path.write_bytes(b"\n".join(lines))
    return path


def read_split(source, aide=None, *, kill=False):
    """``source`` read in chunks, the second half of them parsed by ``aide`` (a helper);
    ``kill``: the helper dies as it is asked."""

    def split():
        if kill:
            aide._process.kill()
            aide._process.join()
        return aide

    return read_export(source, stream_above=CHUNK, chunk_rows=CHUNK, split=split)


def same_reading(one, two) -> None:
    import pandas as pd

    assert one.stream is not None and two.stream is not None
    assert two.stream.chunks == one.stream.chunks >= 4
    assert two.report == one.report
    pd.testing.assert_frame_equal(
        pd.concat(two.stream, ignore_index=True), pd.concat(one.stream, ignore_index=True)
    )
    for export in (one, two):  # the network's company codes, from each half's chunks
        same_company_codes(export.stream)


def same_company_codes(stream) -> None:
    """The codes the stream found while read are those of the network's companies."""
    import numpy as np

    from model.features.relate import company_codes

    codes, names = stream.company_codes()
    expected = company_codes(stream.network_contacts()["company"].to_numpy(dtype=object))
    assert codes.dtype == expected[0].dtype and np.array_equal(codes, expected[0])
    assert names.equals(expected[1]) and names.dtype == expected[1].dtype


def test_two_processes_read_the_stream_of_one(rough, calls):
    one = read_split(rough)
    assert one.report.duplicates >= 2 and one.report.repaired >= 1
    assert len(one.report.skipped) >= 3 and calls == []
    aide = helper.Helper()
    try:
        same_reading(one, read_split(rough, aide))
        assert calls == [("tail_pass", True)] and aide.running
    finally:
        aide.stop()


def test_a_helper_gone_while_reading_leaves_its_half_to_this_process(rough, calls):
    one = read_split(rough)
    aide = helper.Helper()
    try:
        same_reading(one, read_split(rough, aide, kill=True))
        assert calls == [("tail_pass", False)] and not aide.running  # stopped: not used again
    finally:
        aide.stop()


@pytest.mark.parametrize("where", [0.2, 0.8])
def test_a_record_spanning_lines_in_either_half_is_read_whole_as_by_one_process(
    rough, tmp_path, where
):
    """A quoted line end makes the file one for the careful reader (no stream), in the
    half this process parses and in the helper's alike."""
    lines = rough.read_bytes().split(b"\n")
    at = int(len(lines) * where)
    lines.insert(at, b'Di,Fo,https://www.linkedin.com/in/di,,"Two\nLines",Dev,04 Apr 2018')
    path = tmp_path / "Connections.csv"
    path.write_bytes(b"\n".join(lines))
    one = read_split(path)
    aide = helper.Helper()
    try:
        two = read_split(path, aide)
    finally:
        aide.stop()
    assert one.stream is None and two.stream is None
    assert two.report == one.report and two.contacts.equals(one.contacts)


@pytest.mark.parametrize("with_career", [False, True])
def test_the_command_with_its_helper_from_the_reading_on_writes_the_bytes_of_one(
    tmp_path, model, rough, calls, with_career
):
    from model.learning.output import classify_stream_in_chunks

    career = generate_person(6, "recruiter", 400).career if with_career else None
    one = read_split(rough)
    classify_stream_in_chunks(model, one.stream, career or one.career, tmp_path / "one.csv")
    aide = helper.Helper()
    try:
        two = read_split(rough, aide)
        out = tmp_path / "two.csv"
        classify_stream_in_chunks(
            model, two.stream, career or two.career, out, parallel=True, aide=aide
        )
    finally:
        aide.stop()
    assert out.read_bytes() == (tmp_path / "one.csv").read_bytes()
    assert [c for c, _ in calls][:2] == ["tail_pass", "name_facts"] and all(d for _, d in calls)


def parts_then(n: int, broken: bool):
    """``n`` parts, then the end or an error (run in the helper: a generator it is asked)."""
    yield from range(n)
    if broken:
        raise ValueError("broken")


@pytest.mark.parametrize("broken", [False, True])
def test_a_generator_asked_of_the_helper_sends_each_part_as_it_comes(broken):
    """What the first pass of the helper's half uses: each chunk is sent on as soon as it
    is parsed; the end, or an error after some parts, is said by reply, and the helper goes
    on answering (or is stopped) as after any call."""
    aide = helper.Helper()
    try:
        aide.call(parts_then, 3, broken)
        got = []
        while True:
            more, item = aide.part(None, None, 0.0)
            if not more:
                break
            got.append(item)
        assert got == [0, 1, 2]
        assert aide.reply(None, None, 0.0) == ((False, None) if broken else (True, None))
        if not broken:
            aide.call(sum, [1, 2])
            assert aide.part(None, None, 0.0) == (False, None)  # no parts: the reply held
            assert aide.reply(None, None, 0.0) == (True, 3)
    finally:
        aide.stop()


def test_a_helper_asked_a_call_after_its_pieces_lets_go_of_what_they_needed(model, source):
    """The calls after the pieces (ranking, copying) run without the model and network
    facts the pieces were classified with (room for the ranking): a piece sent after a call
    is one the helper cannot do, which this process then does."""
    export = read_export(source, stream_above=CHUNK, chunk_rows=CHUNK)
    aide = helper.Helper()
    try:
        aide.setup(model, export.career, None, None, None)
        aide.submit(0, export.stream.piece(0, slice(0, 10)))
        summary, rows = aide.result(0, None, None, 0.0)
        assert len(summary) == 10 and rows.count(b"\r\n") == 10
        aide.call(len, [1, 2, 3])
        assert aide.reply(None, None, 0.0) == (True, 3)
        aide.submit(1, export.stream.piece(0, slice(10, 20)))
        assert aide.result(1, None, None, 0.0) is None
    finally:
        aide.stop()
