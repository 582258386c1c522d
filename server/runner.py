"""Run the app under uvicorn on a socket we bind ourselves.

Binding first lets ``--port 0`` pick a free port and still announce the real URL as one
JSON line on stdout, which the desk's embedded mode and the tests wait for.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import gc
import json
import logging
import os
import signal
import socket
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

import uvicorn

from protocol.frames import MAX_FRAME_BYTES
from server.app import create_app
from server.core.logsafe import redact_uvicorn_queries
from server.core.settings import Settings


def bind(host: str, port: int) -> socket.socket:
    """A TCP socket bound to ``host:port`` (IPv6 if ``host`` is an IPv6 address), not yet
    listening: the port is ours (and known, for port 0) from here, but connections are
    refused until uvicorn listens on it once the app has started. A balancer then passes
    requests to another process instead of queueing them on one still migrating, or one
    that dies before it serves (``frontline cluster`` restarts a process on its port)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio only sets TCP_NODELAY on accepted sockets whose
    # proto says TCP, and without it every keep-alive response waits ~40 ms (Nagle).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.setblocking(False)
    return sock


class DatabaseInUseError(RuntimeError):
    """Another server process already serves this database file."""


def lock_database(db_path: Path) -> TextIO:
    """Hold an exclusive lock beside the database for as long as the process lives.

    Seqs are allocated in memory under one process's write gate: two servers on one file
    would hand out the same seq twice. The lock makes a second one refuse to start (an
    orphaned embedded server, a double launch) instead.
    """
    fd = os.open(db_path.parent / (db_path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
    handle = os.fdopen(fd, "a+")
    try:
        import fcntl  # POSIX; a Windows build needs msvcrt.locking here
    except ImportError:
        return handle
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise DatabaseInUseError(f"another Frontline server is using {db_path}") from None
    return handle


async def _exit_with(parent_pid: int, server: uvicorn.Server) -> None:
    """Stop the server when ``parent_pid`` is gone (the desk that started it was killed)."""
    while not server.should_exit:
        try:
            os.kill(parent_pid, 0)
        except ProcessLookupError:
            logging.getLogger(__name__).warning("parent %s is gone: stopping", parent_pid)
            server.should_exit = True
            return
        await asyncio.sleep(1.0)


def serve(settings: Settings, exit_with: int | None = None) -> int:
    """Serve until SIGINT/SIGTERM (or until process ``exit_with`` is gone), then shut down
    gracefully. Returns an exit code."""
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
    redact_uvicorn_queries()  # access lines and websocket handshakes print the query string
    lock: contextlib.AbstractContextManager[object] = contextlib.nullcontext()
    try:
        # SQLite: one process per file. PostgreSQL: as many as the centre runs (the log's
        # cluster-wide write lock orders them; server.core.pg_log).
        if not settings.on_postgres:
            lock = lock_database(settings.db_path)
    except DatabaseInUseError as exc:
        logging.getLogger(__name__).error("%s", exc)
        return 3
    sock = bind(settings.host, settings.port)
    port = sock.getsockname()[1]
    # The real port, so links the server writes for customers (settings.base_url) work
    # with --port 0 too.
    settings = dataclasses.replace(settings, port=port)
    host = f"[{settings.host}]" if ":" in settings.host else settings.host
    config = uvicorn.Config(
        create_app(settings),
        # Keep the process's logging setup (stderr, server.logsafe's formatter). Access lines
        # stay on (uvicorn logs them when "uvicorn.access" has a handler, here the root's),
        # with query strings redacted.
        log_config=None,
        ws_max_size=4 * MAX_FRAME_BYTES,  # nothing a desk may send is larger (1 MiB)
        ws_ping_interval=20.0,
        ws_ping_timeout=20.0,
        timeout_graceful_shutdown=5,
    )
    server = uvicorn.Server(config)

    def stop_requested(_signum: int, _frame: object) -> None:
        server.should_exit = True

    # uvicorn installs its own handlers while serving and, after a graceful shutdown,
    # re-raises the signal to the handler it found. Finding this one (instead of the
    # default) makes SIGTERM a clean exit with status 0, also before uvicorn is up.
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, stop_requested)

    async def main() -> None:
        task = asyncio.create_task(server.serve(sockets=[sock]))
        watchdog = asyncio.create_task(_exit_with(exit_with, server)) if exit_with else None
        while not server.started:
            if task.done():
                break
            await asyncio.sleep(0.02)
        if server.started:
            # Startup objects (app, routes, SQLAlchemy metadata, demo-seed leftovers) never
            # die: freezing them keeps full collections from walking them, which showed as
            # 50-100 ms pauses in the message latency tail (bench/sync_latency.py).
            gc.freeze()
            line = {"event": "listening", "url": f"http://{host}:{port}"}
            sys.stdout.write(json.dumps(line) + "\n")
            sys.stdout.flush()
        await task
        if watchdog is not None:
            watchdog.cancel()

    with lock, asyncio.Runner(loop_factory=_loop_factory()) as runner:
        runner.run(main())
    return 0 if server.started else 1


def _loop_factory() -> Callable[[], asyncio.AbstractEventLoop] | None:
    """uvloop where it is installed (Linux, macOS): it roughly halves the per-request
    cost of the event loop, which is most of what a customer message costs the server."""
    try:
        import uvloop
    except ImportError:
        return None
    factory: Callable[[], asyncio.AbstractEventLoop] = uvloop.new_event_loop
    return factory
