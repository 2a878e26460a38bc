"""The local Dask cluster opens no more network listeners than it needs.

Dask's scheduler and workers talk over TCP, and each also always starts an HTTP server (its
dashboard, health and metrics routes). The app never needs the HTTP side: it must serve
nothing, listen on loopback only, and never try Dask's fixed dashboard port 8787.
"""

from __future__ import annotations

import urllib.error
import urllib.request

import pytest

distributed = pytest.importorskip("distributed")

from model.scale.distributed import dask_client, local_cluster  # noqa: E402

# the dashboard's pages and the routes Dask serves on every node by default (its site map,
# always there, then lists none)
PATHS = ("/status", "/health", "/info/main/workers.html", "/metrics", "/statics/style.css")


def _status(host: str, port: int, path: str) -> int:
    try:
        with urllib.request.urlopen(f"http://{host}:{port}{path}", timeout=10) as answer:
            return answer.status
    except urllib.error.HTTPError as err:
        return err.code


def _serves_nothing(host: str, port: int) -> None:
    assert host == "127.0.0.1" and port != 8787
    assert {path: _status(host, port, path) for path in PATHS} == dict.fromkeys(PATHS, 404)


def test_the_local_clusters_http_servers_serve_nothing_and_only_on_loopback():
    with local_cluster(1, processes=False, threads_per_worker=1) as cluster:
        scheduler = cluster.scheduler
        _serves_nothing(scheduler.http_server.address, scheduler.http_server.port)
        (worker,) = cluster.workers.values()
        _serves_nothing(worker.http_server.address, worker.http_server.port)


def _worker_http(dask_worker) -> tuple[str, int]:
    server = dask_worker.http_server
    return server.address, server.port


def test_the_batch_backends_worker_processes_serve_nothing_either():
    with dask_client(None, 1) as client:
        (address,) = client.run(_worker_http).values()
        _serves_nothing(*address)
