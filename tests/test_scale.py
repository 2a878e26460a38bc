"""Classifying at scale: chunks give the one-piece result; the Dask backend gives --jobs 1's."""

from __future__ import annotations

import threading
from pathlib import Path

import pandas as pd
import pytest

from model.batch import run_batch
from model.career import Career
from model.predictor import load_model
from model.scale.chunked import classify_to_file, summary_counts
from model.synthetic import generate_person, write_sample


@pytest.fixture(scope="module")
def model():
    return load_model()


@pytest.mark.parametrize(
    "seed,profession,keep_career", [(3, "recruiter", True), (5, "it_consultant", False)]
)
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_chunks_write_exactly_the_one_piece_output(
    tmp_path, model, seed, profession, keep_career, suffix
):
    person = generate_person(seed, profession, 600)
    # without a career the owner's role is inferred from all titles: a network-wide fact
    career = person.career if keep_career else Career()
    one = tmp_path / f"one{suffix}"
    chunked = tmp_path / f"chunked{suffix}"
    a = classify_to_file(model, person.contacts, career, one)
    b = classify_to_file(model, person.contacts, career, chunked, chunk_rows=37)
    if suffix == ".csv":
        assert one.read_bytes() == chunked.read_bytes()
    else:
        read = lambda p: pd.read_excel(p, dtype=str, keep_default_na=False)  # noqa: E731
        pd.testing.assert_frame_equal(read(one), read(chunked))
    pd.testing.assert_frame_equal(a, b)
    # and the table is the one classify itself gives
    results = model.classify(person.contacts, career)
    assert list(a["suggestion"]) == list(results["suggestion"])
    assert summary_counts(b)["contacts"] == 600


def test_an_empty_export_writes_a_header_only(tmp_path, model):
    person = generate_person(1, "teacher", 50)
    out = tmp_path / "empty.csv"
    summary = classify_to_file(model, person.contacts.iloc[:0], person.career, out)
    assert len(summary) == 0
    assert pd.read_csv(out, encoding="utf-8-sig").shape == (0, 13)


@pytest.fixture
def exports(tmp_path):
    paths = []
    for seed in (11, 12, 13):
        zip_path, _ = write_sample(tmp_path / f"s{seed}", seed=seed, n_contacts=150)
        paths.append(zip_path.rename(tmp_path / f"export{seed}.zip"))
    broken = tmp_path / "broken.csv"
    broken.write_text("not, an, export\n")
    return [*paths, broken]


@pytest.fixture
def cluster():
    pytest.importorskip("distributed")
    from model.scale.distributed import local_cluster

    # threads in this process: a real scheduler and worker, without seconds of start-up
    with local_cluster(1, processes=False, threads_per_worker=2) as local:
        yield local
    assert local.status.name == "closed"


def test_dask_backend_gives_the_jobs_1_results(tmp_path, exports, cluster):
    seen = []
    serial = run_batch(exports, tmp_path / "serial", jobs=1)
    on_dask = run_batch(
        exports,
        tmp_path / "dask",
        backend="dask",
        scheduler=cluster.scheduler_address,
        progress=lambda f, msg: seen.append(f),
    )
    # "warning" where a generated export has marked duplicates: never a silent "ok"
    assert [r.status != "error" for r in on_dask] == [True, True, True, False]
    assert "no LinkedIn connections found" in on_dask[3].error
    for a, b in zip(serial, on_dask, strict=True):
        assert (a.input, a.status, a.contacts, a.work, a.flagged) == (
            b.input,
            b.status,
            b.contacts,
            b.work,
            b.flagged,
        )
        if a.status != "error":
            assert Path(a.output).read_bytes() == Path(b.output).read_bytes()
    summary = pd.read_csv(tmp_path / "dask" / "summary.csv", dtype=str, keep_default_na=False)
    assert list(summary["status"]) == [r.status for r in serial]
    assert list(summary["warnings"]) == [r.warnings for r in serial]
    assert seen[-1] == 1.0 and seen == sorted(seen)


def test_cancelling_a_dask_batch_reports_the_rest_cancelled(tmp_path, exports, cluster):
    finished = threading.Event()
    results = run_batch(
        exports,
        tmp_path / "out",
        backend="dask",
        scheduler=cluster.scheduler_address,
        on_result=lambda i, r: finished.set(),
        cancel=finished.is_set,
    )
    statuses = [r.status for r in results]
    assert statuses.count("cancelled") >= 1 and len(statuses) == 4
    assert (tmp_path / "out" / "summary.csv").exists()


def test_an_unreachable_scheduler_is_one_line(tmp_path, exports, capsys, monkeypatch):
    pytest.importorskip("distributed")
    from model.cli import main
    from model.scale import distributed as backend

    monkeypatch.setattr(backend, "CONNECT_TIMEOUT", "1s")

    code = main(
        ["batch", str(exports[0]), "--out", str(tmp_path / "o"), "--scheduler", "tcp://127.0.0.1:9"]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in err


def test_classify_to_xlsx_on_a_full_disk_is_one_line(tmp_path, exports, capsys, monkeypatch):
    import errno

    import xlsxwriter.workbook

    from model.cli import main

    def full(self):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(xlsxwriter.workbook.Workbook, "_store_workbook", full)
    out = tmp_path / "out"
    out.mkdir()
    code = main(["classify", str(exports[0]), "--out", str(out / "x.xlsx")])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1, err
    assert "x.xlsx: cannot be written (No space left on device)" in err
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("keep_career", [True, False])
def test_chunks_related_from_the_company_table_match_relating_them_afresh(keep_career):
    """The network's per-name company table (computed once for a large export) gives each
    chunk exactly the facts computing them per chunk gives, odd company fields included."""
    from dataclasses import replace

    from model.features.relate import network_facts, relate

    person = generate_person(7, "recruiter", 400)
    career = person.career if keep_career else Career()
    contacts = person.contacts.copy()
    employer = person.career.positions[0].company
    odd = [None, "", "  ", "Self-employed", "Freelance", "n/a", f"{employer} B.V.", employer]
    contacts.loc[contacts.index[: len(odd) * 5], "company"] = odd * 5
    network = network_facts(contacts, career)
    assert network.companies is not None
    afresh = replace(network, companies=None)
    for start in range(0, len(contacts), 90):
        part = contacts.iloc[start : start + 90]
        pd.testing.assert_frame_equal(
            relate(part, career, network=network), relate(part, career, network=afresh)
        )
    # a company the network never saw: the chunk is related afresh, with the same result
    stranger = contacts.iloc[:50].copy()
    stranger.loc[stranger.index[0], "company"] = "Nowhere Seen Holding"
    assert network.companies.rows(stranger["company"].to_numpy(dtype=object)) is None
    got = relate(stranger, career, network=network)
    pd.testing.assert_frame_equal(got, relate(stranger, career, network=afresh))


def test_large_files_keep_freed_memory_for_the_next_chunk():
    """Before the chunks, glibc is told to serve large blocks from its heap, where a freed one
    is reused by the next chunk, instead of mapping each afresh (and unmapping it when freed):
    an array the size of a chunk's largest is then not in a mapping of its own (glibc's
    mallinfo2 counts the bytes in such mappings; each process starts with the defaults)."""
    import subprocess
    import sys

    if not sys.platform.startswith("linux"):
        pytest.skip("glibc only")
    code = (
        "import ctypes, sys, numpy as np, model.scale.heap as h\n"
        "class Info(ctypes.Structure):\n"
        "    _fields_ = [(f, ctypes.c_size_t) for f in 'arena ordblks smblks hblks hblkhd "
        "usmblks fsmblks uordblks fordblks keepcost'.split()]\n"
        "libc = ctypes.CDLL(None)\n"
        "libc.mallinfo2.restype = Info\n"
        "kept = h.keep_freed_memory() if sys.argv[1] == 'keep' else False\n"
        "before = libc.mallinfo2().hblkhd\n"
        "a = np.ones(6 * 2**20)  # 48 MB\n"
        "print(kept, libc.mallinfo2().hblkhd - before)\n"
    )
    root = Path(__file__).resolve().parents[1]

    def mapped(mode):
        done = subprocess.run(
            [sys.executable, "-c", code, mode], capture_output=True, text=True, cwd=root
        )
        if done.returncode:  # no mallinfo2: not glibc >= 2.33
            pytest.skip(done.stderr.strip().splitlines()[-1])
        kept, size = done.stdout.split()
        return kept, int(size)

    kept, with_keep = mapped("keep")
    if kept != "True":
        pytest.skip("not glibc")
    assert mapped("default")[1] >= 48 * 2**20  # the default: a mapping of its own
    assert with_keep == 0  # from the heap, where the next chunk finds it again


def test_memory_kept_for_the_chunks_is_given_back_when_the_file_is_done():
    """The app runs a batch in its own process, which goes on after the file: what the raised
    thresholds kept (the chunks' freed arrays) is returned to the system, not held for good."""
    import subprocess
    import sys

    if not sys.platform.startswith("linux"):
        pytest.skip("glibc only")
    code = (
        "import os, numpy as np, model.scale.heap as h\n"
        "def rss():\n"
        "    return int(open('/proc/self/statm').read().split()[1]) * os.sysconf('SC_PAGE_SIZE')\n"
        "kept = h.keep_freed_memory()\n"
        "chunks = [np.ones(2**19) for _ in range(50)]  # 50 arrays of 4 MB\n"
        "del chunks\n"
        "held = rss()\n"
        "gave = h.give_back_freed_memory()\n"
        "print(kept, gave, held - rss())\n"
    )
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root)
    assert done.returncode == 0, done.stderr
    kept, gave, returned = done.stdout.split()
    if kept != "True":
        pytest.skip("not glibc")
    assert gave == "True" and int(returned) >= 150 * 2**20


def test_each_batch_input_gives_back_the_memory_its_chunks_kept(tmp_path, monkeypatch):
    import model.scale.heap as heap

    calls = []
    monkeypatch.setattr(heap, "give_back_freed_memory", lambda: calls.append(1) or False)
    good, _labels = write_sample(tmp_path / "good", seed=3, n_contacts=60)
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\x00\x01 not an export")
    results = run_batch([good, bad], tmp_path / "out")
    assert [r.status for r in results] == ["ok", "error"]
    assert len(calls) == 2  # after a file that failed too
