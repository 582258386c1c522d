"""The processes of one centre: which of them runs each singleton job, and what they share
that is not in the event log (presence of desks, who is viewing or typing, revoked
sessions, line commands for the telephony adapter's process).

:class:`Cluster` is what the rest of the server asks; :class:`LocalCluster` is the one
process of a SQLite server (every singleton runs here, nothing to share), and
``server.core.pg_cluster.PgCluster`` the PostgreSQL version where several processes share
one database (docs/scale-out.md).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import socket
from collections.abc import Awaitable, Callable
from typing import Protocol

log = logging.getLogger(__name__)

Job = Callable[[], Awaitable[None]]
"""A long-running job: returns or raises only when it is done for good."""


def new_process_id() -> str:
    """This process's name among the centre's processes (host, pid and a random tail, so
    a restarted process with a recycled pid is a new one)."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


class Cluster(Protocol):
    """What one server process knows of the others."""

    @property
    def process_id(self) -> str:
        """This process's name (:func:`new_process_id`)."""
        ...

    async def start(self) -> None:
        """Join the cluster (before any job or socket is served)."""
        ...

    async def stop(self) -> None:
        """Leave: cancel this process's singleton jobs and release what it holds."""
        ...

    def singleton(
        self, name: str, job: Job, ready: asyncio.Event | None = None
    ) -> asyncio.Task[None]:
        """Run ``job`` in exactly one process of the centre at a time: here once this
        process holds ``name`` (at once with one process), in a survivor when the holder
        dies. The task returned runs until :meth:`stop` or cancellation. ``ready``, when
        given, is set by the job once it serves (:meth:`settle` waits for it)."""
        ...

    async def settle(self) -> None:
        """Return once this process has tried every singleton registered so far and the
        ones it won are ready: the server says it listens only then, so a lone process
        serves its SMTP port (say) as soon as it says so, as it did before singletons."""
        ...


class LocalCluster:
    """One process alone on its database (SQLite): every singleton runs here."""

    def __init__(self) -> None:
        self._id = new_process_id()
        self._tasks: set[asyncio.Task[None]] = set()

    @property
    def process_id(self) -> str:
        """This process's name."""
        return self._id

    async def start(self) -> None:
        """Nothing to join."""

    async def stop(self) -> None:
        """Cancel the singleton jobs."""
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks.clear()

    async def settle(self) -> None:
        """Every singleton runs here from the moment it is registered."""

    def singleton(
        self, name: str, job: Job, ready: asyncio.Event | None = None
    ) -> asyncio.Task[None]:
        """Run ``job`` here now (nobody else can hold it)."""
        del ready  # a lone process's services start before they are registered

        async def run() -> None:
            with contextlib.suppress(asyncio.CancelledError):
                await job()

        task = asyncio.create_task(run(), name=name)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task


Starter = Callable[[], Awaitable[list[asyncio.Task[None]]]]
"""Starts a service and returns its running tasks; raises when it cannot start (a port
taken, a program missing)."""


async def start_singleton(
    cluster: Cluster, name: str, starter: Starter
) -> list[asyncio.Task[None]]:
    """A singleton service whose start may fail (the SMTP listener's port, the SIP
    endpoint's baresip). Alone (:class:`LocalCluster`) it starts now, so a failure stops
    the server's start as it always did: a half-started server is worse. Among several
    processes it starts in whichever wins ``name``, its tasks are the job, and a failed
    start is logged and tried again by the cluster (another process may succeed)."""
    if isinstance(cluster, LocalCluster):
        return await starter()

    ready = asyncio.Event()

    async def job() -> None:
        try:
            tasks = await starter()
        finally:
            ready.set()  # started, or failed (logged and retried): nothing to wait for
        try:
            await asyncio.gather(*tasks)
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    return [cluster.singleton(name, job, ready)]
