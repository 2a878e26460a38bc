"""The Dask backend of batch: each input is one task on a Dask cluster (dask.distributed).

A company-wide run (every leaver's export of a year) outgrows one machine; Dask is the
well-kept engine for spreading Python tasks over many, with a scheduler that hands inputs to
workers as they free up and survives a worker dying. Each task reads, classifies and writes
one export, so the inputs and the output folder must be on a file system every worker sees.
Without a scheduler address a local cluster of ``jobs`` worker processes is started (and
always closed). Optional: ``pip install contact-ownership[distributed]``.
"""

from __future__ import annotations

import contextlib
import logging
import uuid
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from ..errors import Cancelled, OwnershipError
from ..messages import Message
from ..progress import CancelFn, checkpoint

EXTRA = "contact-ownership[distributed]"
CONNECT_TIMEOUT = "10s"  # a scheduler that does not answer by then is not there


def _distributed():
    try:
        import distributed
    except ImportError:
        raise OwnershipError(Message("cli.needs_dask", extra=EXTRA)) from None
    return distributed


@contextlib.contextmanager
def dask_client(scheduler: str | None, jobs: int) -> Iterator:
    """A Client of the cluster at ``scheduler``, or of a new local cluster of ``jobs``
    single-threaded worker processes; closed (with the local cluster) on leaving.

    Raises OwnershipError if distributed is missing or the scheduler cannot be reached."""
    distributed = _distributed()
    # Dask logs worker start-up and shutdown as warnings; our output is the summary
    for name in ("distributed", "distributed.nanny", "distributed.worker"):
        logging.getLogger(name).setLevel(logging.ERROR)
    cluster = None
    try:
        if scheduler:
            try:
                client = distributed.Client(
                    scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False
                )
            except (OSError, TimeoutError) as err:
                raise OwnershipError(
                    Message("cli.no_scheduler", scheduler=scheduler, detail=str(err))
                ) from None
        else:
            # classifying holds the GIL: one input per single-threaded process
            cluster = local_cluster(jobs)
            client = distributed.Client(cluster, set_as_default=False)
        try:
            yield client
        finally:
            client.close()
    finally:
        if cluster is not None:
            cluster.close()


def local_cluster(n_workers: int, *, processes: bool = True, threads_per_worker: int = 1):
    """A Dask LocalCluster that listens on loopback only and serves no HTTP.

    Dask starts an HTTP server on the scheduler and on every worker whatever the options (its
    dashboard, health and metrics pages); we need none of it: here it serves no page, binds
    127.0.0.1 on a free port (never Dask's fixed 8787) and the dashboard is off."""
    import dask

    with dask.config.set(
        {"distributed.scheduler.http.routes": [], "distributed.worker.http.routes": []}
    ):
        # the workers' processes get this configuration from their nannies, made here
        return _distributed().LocalCluster(
            n_workers=n_workers,
            threads_per_worker=threads_per_worker,
            processes=processes,
            dashboard_address="127.0.0.1:0",  # None would make Dask try port 8787
            scheduler_kwargs={"dashboard": False},
            # Worker processes talk over TCP on loopback and put their HTTP server on that
            # host (None: their dashboard off). Threads talk in-process and would put it on
            # every interface, so they get an address (and a dashboard flag: off without bokeh).
            **(
                {"host": "127.0.0.1", "worker_dashboard_address": None}
                if processes
                else {"worker_dashboard_address": "127.0.0.1:0"}
            ),
        )


def run_on_dask(
    tasks: Sequence[tuple[int, Path, Path]],
    *,
    scheduler: str | None,
    jobs: int,
    model_path,
    clients: Sequence[str],
    cancel: CancelFn | None,
    language: str | None = None,
    done: Callable,
    on_lost: Callable[[int, str], None],
) -> None:
    """Run ``classify_one`` for every task on Dask (reasons in ``language``); ``done(i,
    result)`` as each finishes.

    A task whose worker died is reported through ``on_lost(i, problem)``; Cancelled (from
    ``cancel``) cancels every task not yet finished and is re-raised.
    """
    from ..batch import _indexed

    distributed = _distributed()
    run = uuid.uuid4().hex[:8]
    with dask_client(scheduler, jobs) as client:
        futures = {
            client.submit(
                _indexed, i, source, target, model_path, tuple(clients), language,
                key=f"classify-{run}-{i}", pure=False, retries=0,
            ): i
            for i, source, target in tasks
        }  # fmt: skip
        try:
            for future in distributed.as_completed(futures, loop=client.loop):
                i = futures[future]
                try:
                    index, result = future.result()
                except Exception as err:  # the worker died (out of memory?) or was lost
                    on_lost(i, Message("batch.dask_worker_failed", kind=type(err).__name__))
                else:
                    done(index, result)
                checkpoint(None, cancel, 0.0)
        except (Cancelled, KeyboardInterrupt):
            client.cancel(list(futures))
            raise
