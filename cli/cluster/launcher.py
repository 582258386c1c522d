"""The supervisor of ``frontline cluster``: PostgreSQL (when local), N server processes,
nginx; restarts what dies; stops everything in order on SIGTERM/SIGINT.

Start order: the database, then every server process at once (they share the migrations
and the demo seed under the setup lock, so starting together is both safe and fastest),
then nginx with their ports, then one JSON line on stdout::

    {"event": "listening", "url": "http://127.0.0.1:8765", "processes": [...]}

A server process that exits on its own is started again after a backoff (0.5 s doubling
to 30 s, back to 0.5 s once a process has run a minute), and a ``{"event": "restarted"}``
line says where it is now. While it is down nginx sends its share of new connections to
the others; its desks reconnect through nginx and resume from their cursors. nginx dying
is not survivable without dropping every desk at once, so it is restarted the same way.

Stop order is the reverse: nginx first (no new requests reach a stopping server), then the
servers (SIGTERM: they close their websockets and finish their transactions), then the
local PostgreSQL, then ``{"event": "stopped"}``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import signal
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cli.cluster.children import (
    ServerChild,
    ServerStartError,
    end_group,
    frontline_command,
    server_env,
)
from cli.cluster.localpg import LocalPgError, LocalPostgres, free_port
from cli.cluster.nginx import Balancer, BalancerConfig

log = logging.getLogger(__name__)

BACKOFF_FIRST = 0.5
BACKOFF_CAP = 30.0
STABLE_AFTER = 60.0
"""A process that ran this long before dying is restarted after the shortest backoff."""


@dataclass
class Plan:
    """Everything ``frontline cluster`` was asked to run."""

    processes: int
    host: str
    port: int
    run_dir: Path
    files_dir: Path
    db_url: str = ""
    """An existing database's URL (``--db``), or "" with ``pg_dir``."""
    pg_dir: Path | None = None
    pg_port: int | None = None
    demo: bool = False
    server_args: Sequence[str] = field(default_factory=list)
    read_timeout: float = 75.0
    max_body_bytes: int = 21 * 1024 * 1024
    access_log: bool = False


def emit(event: str, **fields: object) -> None:
    """One JSON line on stdout (what scripts and tests read; the log is on stderr)."""
    sys.stdout.write(json.dumps({"event": event, **fields}) + "\n")
    sys.stdout.flush()


def split_password(url: str) -> tuple[str, str | None]:
    """``url`` without its password, and the password (for ``PGPASSWORD``)."""
    import sqlalchemy as sa

    parsed = sa.engine.make_url(url)
    password = parsed.password
    if password is None:
        return url, None
    # URL.set(password=None) keeps the password (None there means "unchanged").
    bare = sa.engine.URL.create(
        parsed.drivername,
        username=parsed.username,
        host=parsed.host,
        port=parsed.port,
        database=parsed.database,
        query=parsed.query,
    )
    return bare.render_as_string(hide_password=False), str(password)


def raise_file_limit() -> int:
    """Raise this process's open-file limit to its hard limit, for every child to inherit:
    each desk is a socket in nginx twice and once in a server, and the usual soft limit
    (1,024) would refuse desks long before the machine runs out of anything. Returns the
    limit now in force."""
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = hard if hard != resource.RLIM_INFINITY else max(soft, 65536)
    if soft != resource.RLIM_INFINITY and soft < target:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
            soft = target
        except (ValueError, OSError) as exc:
            log.warning("cannot raise the open-file limit from %d: %s", soft, exc)
    return int(min(soft if soft != resource.RLIM_INFINITY else 65536, 1 << 20))


class Launcher:
    """Runs a :class:`Plan` until stopped. :meth:`run` returns the exit status."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.pg: LocalPostgres | None = None
        self.children: list[ServerChild] = []
        self.balancer: Balancer | None = None
        self.stopping = asyncio.Event()
        self.max_files = 1024
        self._watchers: list[asyncio.Task[None]] = []

    async def run(self) -> int:
        self.max_files = raise_file_limit()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, self._stop_requested, signum)
        try:
            status = await self._run()
        except (LocalPgError, ServerStartError, RuntimeError, OSError) as exc:
            log.error("%s", exc)
            status = 1
        finally:
            await self._shutdown()
            for signum in (signal.SIGTERM, signal.SIGINT):
                loop.remove_signal_handler(signum)
        emit("stopped", status=status)
        return status

    def _stop_requested(self, signum: int) -> None:
        log.info("%s: stopping the cluster", signal.Signals(signum).name)
        self.stopping.set()

    async def _run(self) -> int:
        plan = self.plan
        plan.run_dir.mkdir(parents=True, exist_ok=True)
        plan.files_dir.mkdir(parents=True, exist_ok=True)
        url, password = await self._database()
        if self.stopping.is_set():
            return 0
        argv = [
            *frontline_command(),
            "server",
            "--db",
            url,
            "--files-dir",
            str(plan.files_dir.resolve()),
            "--host",
            "127.0.0.1",
            "--exit-with",
            str(os.getpid()),
            *(["--demo"] if plan.demo else []),
            *plan.server_args,
        ]
        env = server_env(password)
        self.children = [
            ServerChild(n, argv, plan.run_dir, env) for n in range(1, plan.processes + 1)
        ]
        log.info("starting %d server processes", plan.processes)
        starts = [asyncio.ensure_future(child.start()) for child in self.children]
        starting = asyncio.gather(*starts)
        stop_wait = asyncio.ensure_future(self.stopping.wait())
        waiting: set[asyncio.Future[Any]] = {starting, stop_wait}
        await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
        stop_wait.cancel()
        if self.stopping.is_set() or starting.exception() is not None:
            for task in starts:
                task.cancel()  # the others (their processes are stopped at shutdown)
            await asyncio.gather(*starts, return_exceptions=True)
            if not self.stopping.is_set():
                raise starting.exception()  # type: ignore[misc] # the first failure
            return 0
        port = plan.port or free_port()
        self.balancer = Balancer(
            BalancerConfig(
                run_dir=plan.run_dir.resolve(),
                host=plan.host,
                port=port,
                upstream_ports=[c.port for c in self.children],
                read_timeout=plan.read_timeout,
                max_body_bytes=plan.max_body_bytes,
                access_log=plan.access_log,
                as_root=os.geteuid() == 0,
                max_files=self.max_files,
            )
        )
        await self.balancer.start()
        await self._wait_balancer(port)
        host = f"[{plan.host}]" if ":" in plan.host else plan.host
        emit(
            "listening",
            url=f"http://{host}:{port}",
            processes=[c.describe() for c in self.children],
            run_dir=str(plan.run_dir.resolve()),
        )
        self._watchers = [
            asyncio.create_task(self._watch(c), name=f"watch-{c.index}") for c in self.children
        ]
        self._watchers.append(asyncio.create_task(self._watch_balancer(), name="watch-nginx"))
        await self.stopping.wait()
        return 0

    async def _database(self) -> tuple[str, str | None]:
        plan = self.plan
        if plan.pg_dir is None:
            return split_password(plan.db_url)
        # Each process holds a pool (5 + 10 overflow), the log's listener and the cluster's
        # lock connection: room for all of them, a restart's overlap, and psql.
        self.pg = LocalPostgres(plan.pg_dir, plan.pg_port, max(100, 20 * plan.processes + 40))
        url = await asyncio.to_thread(self.pg.start)
        return url, self.pg.password

    async def _wait_balancer(self, port: int, timeout: float = 30.0) -> None:
        """Until nginx accepts connections on its port (it has no "ready" line)."""
        deadline = time.monotonic() + timeout
        while True:
            balancer = self.balancer
            if balancer is None or balancer.proc is None or balancer.proc.returncode is not None:
                raise RuntimeError("nginx exited at start: see nginx-error.log in the run dir")
            try:
                _, writer = await asyncio.open_connection(self.plan.host, port)
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"nginx is not accepting on port {port}") from None
                await asyncio.sleep(0.05)
                continue
            writer.close()
            with contextlib.suppress(OSError):
                await writer.wait_closed()
            return

    async def _pause(self, seconds: float) -> bool:
        """Wait ``seconds`` unless stopping first; whether the cluster is stopping."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.stopping.wait(), seconds)
        return self.stopping.is_set()

    async def _watch(self, child: ServerChild) -> None:
        """Restart ``child`` whenever it exits on its own."""
        backoff = BACKOFF_FIRST
        while True:
            code = await child.wait()
            if self.stopping.is_set():
                return
            ran = time.monotonic() - child.started_at
            if ran >= STABLE_AFTER:
                backoff = BACKOFF_FIRST
            how = f"signal {-code}" if code < 0 else f"status {code}"
            log.error(
                "server %d (pid %d, port %d) exited with %s after %.0f s: restarting in %.1f s",
                child.index,
                child.pid,
                child.port,
                how,
                ran,
                backoff,
            )
            old_port = child.port
            port = old_port  # the same port first: nginx keeps its configuration
            while True:
                if await self._pause(backoff):
                    return
                backoff = min(backoff * 2, BACKOFF_CAP)
                try:
                    await child.start(port)
                except ServerStartError as exc:
                    log.error("%s", exc)
                    port = 0  # perhaps taken meanwhile: any free one (nginx is told)
                    continue
                break
            if self.stopping.is_set():
                await child.stop()
                return
            if child.port != old_port and self.balancer is not None:
                self.balancer.reload([c.port for c in self.children])
                if not await self.balancer.serving(child.pid):
                    log.warning(
                        "nginx does not reach server %d on port %d yet", child.index, child.port
                    )
            log.info("server %d is back: pid %d on port %d", child.index, child.pid, child.port)
            emit("restarted", **child.describe())

    async def _watch_balancer(self) -> None:
        """Restart nginx if it dies (every desk reconnects then; better than none can)."""
        backoff = BACKOFF_FIRST
        while True:
            balancer = self.balancer
            if balancer is None or balancer.proc is None:
                return
            code = await balancer.proc.wait()
            end_group(balancer.proc.pid)  # its workers, if the master alone was killed
            if self.stopping.is_set():
                return
            log.error("nginx exited with %s: restarting in %.1f s", code, backoff)
            if await self._pause(backoff):
                return
            backoff = min(backoff * 2, BACKOFF_CAP)
            try:
                await balancer.start()
            except (RuntimeError, OSError) as exc:
                log.error("nginx did not start again: %s", exc)

    async def _shutdown(self) -> None:
        """nginx, then the servers, then the local PostgreSQL."""
        self.stopping.set()
        for task in self._watchers:
            task.cancel()
        await asyncio.gather(*self._watchers, return_exceptions=True)
        if self.balancer is not None:
            await self.balancer.stop()
        await asyncio.gather(*(c.stop() for c in self.children), return_exceptions=True)
        if self.pg is not None:
            await asyncio.to_thread(self.pg.stop)
