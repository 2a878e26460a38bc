"""Full garbage collections during a streamed file's pieces skip what every piece reads."""

from __future__ import annotations

import gc
import weakref

import pytest

from model.predictor import load_model
from model.readers import read_export
from model.scale import chunked
from model.scale.heap import freeze_now, heap_frozen
from model.synthetic import generate_person
from model.synthetic.layouts import connection_bytes


@pytest.fixture(scope="module")
def streamed(tmp_path_factory):
    source = tmp_path_factory.mktemp("frozen") / "Connections.csv"
    source.write_bytes(connection_bytes(generate_person(5, "recruiter", 300).contacts))
    return read_export(source, stream_above=40, chunk_rows=40)


@pytest.fixture(autouse=True)
def nothing_frozen():
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_the_pieces_run_with_the_stream_and_network_frozen_then_it_is_unfrozen(
    tmp_path, streamed, monkeypatch
):
    model = load_model()
    counts = []
    real = model.classify

    def spy(part, *args, **kwargs):
        counts.append(gc.get_freeze_count())
        return real(part, *args, **kwargs)

    monkeypatch.setattr(model, "classify", spy)
    before = gc.get_freeze_count()
    chunked.classify_stream_to_file(model, streamed.stream, streamed.career, tmp_path / "o.csv")
    assert len(counts) > 1 and min(counts) > before  # frozen in every piece
    assert gc.get_freeze_count() == before == 0  # and given back to the collector after


class _Node:
    """An object in a reference cycle: only the collector frees it."""

    def __init__(self):
        self.me = self


def _cycle():
    node = _Node()
    return weakref.ref(node)


def test_a_heap_frozen_before_stays_frozen_and_what_came_after_is_collected():
    gc.freeze()  # as the app does after its imports
    frozen = gc.get_freeze_count()
    waiting = _cycle()  # the app's garbage, not collected yet when the file starts
    with heap_frozen():
        made = _cycle()  # a run's
        freeze_now()
    assert gc.get_freeze_count() == frozen  # the app's freeze as it was: neither more nor less
    gc.collect()
    assert waiting() is None and made() is None  # not frozen for good


def test_cycles_frozen_in_the_block_are_collected_after_it():
    waiting = _cycle()
    with heap_frozen():
        made = _cycle()
        freeze_now()
        gc.collect()
        assert waiting() is not None and made() is not None  # frozen: skipped
    gc.collect()
    assert waiting() is None and made() is None


def test_a_heap_frozen_here_is_unfrozen_on_leaving_even_on_error():
    with pytest.raises(KeyError), heap_frozen():
        assert gc.get_freeze_count() > 0
        raise KeyError("x")
    assert gc.get_freeze_count() == 0
