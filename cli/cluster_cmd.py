"""``frontline cluster``: a centre of one machine: PostgreSQL (an existing database, or a
local one it creates), N ``frontline server`` processes and nginx balancing them.

Prints ``{"event": "listening", "url": ..., "processes": [...]}`` on stdout once the
balancer accepts connections (``--port 0`` picks a free port), ``{"event": "restarted"}``
when a dead server process is back, ``{"event": "stopped"}`` at the end; the log goes to
stderr and each process's own log to the run directory. SIGTERM or Ctrl-C stops nginx, the
servers and the local PostgreSQL in that order. See docs/scale-out.md.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

MAX_PROCESSES = 64
OWN_FLAGS = ("--db", "--port", "--host", "--files-dir", "--exit-with", "--demo", "--allow-remote")
"""Server flags the launcher sets itself: refused after ``--``."""


def register(subparsers: Any) -> None:
    """Add ``cluster`` to the ``frontline`` parser."""
    parser = subparsers.add_parser(
        "cluster",
        help="run several server processes on PostgreSQL behind nginx",
        description="Run a centre on one machine: N server processes on one PostgreSQL "
        "database behind nginx. Server flags go after --, e.g. -- --smtp-port 2525.",
    )
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--db", metavar="URL", help="an existing PostgreSQL database's URL")
    where.add_argument(
        "--pg-dir",
        type=Path,
        metavar="DIR",
        help="a local PostgreSQL 15 cluster kept in DIR (created on the first run)",
    )
    parser.add_argument(
        "--pg-port", type=int, default=None, metavar="P", help="port of the local PostgreSQL"
    )
    parser.add_argument(
        "--processes", type=int, default=3, metavar="N", help="server processes (default 3)"
    )
    parser.add_argument("--host", default="127.0.0.1", help="address nginx listens on")
    parser.add_argument(
        "--port", type=int, default=8765, help="port nginx listens on; 0 picks a free one"
    )
    parser.add_argument(
        "--allow-remote", action="store_true", help="allow nginx on a non-loopback address"
    )
    parser.add_argument("--demo", action="store_true", help="seed demo data into an empty db")
    parser.add_argument(
        "--files-dir",
        type=Path,
        default=Path("frontline-files"),
        metavar="DIR",
        help="attachments, shared by every process (default ./frontline-files)",
    )
    parser.add_argument(
        "--run-dir",
        type=Path,
        default=Path("frontline-run"),
        metavar="DIR",
        help="nginx's configuration, pid and temporary files, every process's log "
        "(default ./frontline-run)",
    )
    parser.add_argument("--access-log", action="store_true", help="nginx access log in run dir")
    parser.add_argument("server_args", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    parser.set_defaults(handler=run)


def _server_args(args: argparse.Namespace) -> list[str]:
    extra = list(args.server_args)
    if extra[:1] == ["--"]:
        extra = extra[1:]
    return extra


def _problem(args: argparse.Namespace, extra: list[str]) -> str | None:  # noqa: PLR0911 - one answer per check
    from server.core.hosts import is_loopback
    from server.db.url import is_url, postgres_url

    own = sorted({a.split("=", 1)[0] for a in extra} & set(OWN_FLAGS))
    if extra and not extra[0].startswith("-"):
        return f"unexpected argument {extra[0]!r}: server flags go after --"
    if own:
        return f"{', '.join(own)}: set by frontline cluster itself, not after --"
    if not 1 <= args.processes <= MAX_PROCESSES:
        return f"--processes must be between 1 and {MAX_PROCESSES}"
    if not 0 <= args.port <= 65535:
        return "--port must be between 0 and 65535"
    if not is_loopback(args.host) and not args.allow_remote:
        return f"refusing to listen on {args.host}: pass --allow-remote to expose the centre"
    if args.db is not None:
        if not is_url(args.db):
            return "--db wants a PostgreSQL URL (postgresql://user:pass@host/db)"
        try:
            postgres_url(args.db)
        except ValueError as exc:
            return str(exc)
    return None


def _heartbeat(extra: list[str]) -> float:
    """The servers' ``--heartbeat`` (their default when not passed)."""
    for i, arg in enumerate(extra):
        value = arg.split("=", 1)[1] if arg.startswith("--heartbeat=") else None
        if arg == "--heartbeat" and i + 1 < len(extra):
            value = extra[i + 1]
        if value is not None:
            try:
                return float(value)
            except ValueError:
                return 10.0  # the server refuses it with its own message
    return 10.0


def run(args: argparse.Namespace) -> int:
    """Validate the flags and run the cluster until stopped."""
    import asyncio
    import os

    from cli.cluster.launcher import Launcher, Plan
    from server.core import logsafe

    logsafe.install()
    extra = _server_args(args)
    problem = _problem(args, extra)
    if problem:
        log.error("%s", problem)
        return 2
    # Everything the launcher creates (run directory, configuration, logs) is private;
    # set only once it runs (a refused flag leaves the caller's process as it was).
    os.umask(0o077)
    plan = Plan(
        processes=args.processes,
        host=args.host,
        port=args.port,
        run_dir=args.run_dir.resolve(),
        files_dir=args.files_dir.resolve(),
        db_url=args.db or "",
        pg_dir=args.pg_dir,
        pg_port=args.pg_port,
        demo=args.demo,
        server_args=extra,
        # nginx must never cut a quiet desk: the desk itself gives up after 3 heartbeats.
        read_timeout=max(75.0, 4 * _heartbeat(extra)),
        access_log=args.access_log,
    )
    return asyncio.run(Launcher(plan).run())
