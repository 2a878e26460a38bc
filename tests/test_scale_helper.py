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
