"""``frontline server``: run the reference backend.

Prints one JSON line ``{"event": "listening", "url": ...}`` on stdout once it accepts
connections (``--port 0`` picks a free port), which the desk's embedded mode and the tests
wait for. Everything else goes to the log on stderr. SIGTERM stops it gracefully.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import Any

from cli import channel_flags

log = logging.getLogger(__name__)


def register(subparsers: Any) -> None:
    """Add ``server`` to the ``frontline`` parser."""
    parser = subparsers.add_parser("server", help="run the Frontline reference server")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (loopback)")
    parser.add_argument("--port", type=int, default=8765, help="TCP port; 0 picks a free one")
    parser.add_argument(
        "--db",
        required=True,
        help="SQLite database file, or a PostgreSQL URL (postgresql://user:pass@host/db) "
        "that several server processes may share",
    )
    parser.add_argument(
        "--files-dir",
        type=Path,
        default=None,
        metavar="DIR",
        help="where attachments are kept (default: beside the SQLite file; with PostgreSQL "
        "every process of the centre must use the same directory)",
    )
    parser.add_argument("--demo", action="store_true", help="seed demo data into an empty db")
    parser.add_argument(
        "--retain-events", type=int, default=None, metavar="N", help="keep the newest N events"
    )
    parser.add_argument(
        "--heartbeat", type=float, default=10.0, metavar="S", help="heartbeat interval (s)"
    )
    parser.add_argument(
        "--token-ttl", type=float, default=12 * 3600.0, metavar="S", help="session lifetime (s)"
    )
    parser.add_argument(
        "--simulate",
        type=float,
        default=0.0,
        metavar="RATE",
        help="simulated customer messages per minute (e.g. 3)",
    )
    parser.add_argument(
        "--hello-timeout", type=float, default=10.0, metavar="S", help="time to say hello (s)"
    )
    parser.add_argument(
        "--presence-grace",
        type=float,
        default=60.0,
        metavar="S",
        help="seconds an agent may stay disconnected before going offline (default 60)",
    )
    parser.add_argument(
        "--intake-key",
        action="append",
        default=[],
        metavar="[CHANNEL=]KEY",
        help="X-Intake-Key that intake requires (every channel, or CHANNEL=KEY for one; "
        "repeatable). Outside --demo, intake is closed to a channel without a key",
    )
    parser.add_argument(
        "--allow-remote", action="store_true", help="allow binding a non-loopback address"
    )
    login = parser.add_argument_group("sign-in throttling")
    login.add_argument(
        "--login-user-failures",
        type=int,
        default=5,
        metavar="N",
        help="failed sign-ins per username within the window before a lock-out",
    )
    login.add_argument(
        "--login-address-failures",
        type=int,
        default=20,
        metavar="N",
        help="failed sign-ins per client address within the window before a lock-out",
    )
    login.add_argument(
        "--login-window", type=float, default=900.0, metavar="S", help="failure window (s)"
    )
    login.add_argument(
        "--login-lockout",
        type=float,
        default=60.0,
        metavar="S",
        help="first lock-out (s); each further one doubles",
    )
    login.add_argument(
        "--login-lockout-max", type=float, default=3600.0, metavar="S", help="longest lock-out (s)"
    )
    parser.add_argument(
        "--ws-frame-rate",
        type=float,
        default=50.0,
        metavar="N",
        help="frames per second one desk may send on average (backpressure beyond)",
    )
    parser.add_argument(
        "--ws-frame-burst", type=int, default=500, metavar="N", help="frames in one burst"
    )
    parser.add_argument(
        "--exit-with",
        type=int,
        default=None,
        metavar="PID",
        help="stop when process PID is gone (the embedded desk passes its own pid)",
    )
    channel_flags.register(parser)
    parser.set_defaults(handler=run)


MIN_INTAKE_KEY = 16


def _intake_keys(specs: list[str]) -> list[tuple[str, str]]:
    """``KEY`` (every channel) or ``CHANNEL=KEY`` flags as ``(channel, key)`` pairs."""
    keys: list[tuple[str, str]] = []
    for spec in specs:
        channel, sep, key = spec.partition("=")
        if sep and channel in ("chat", "email", "phone"):
            keys.append((channel, key))
        else:
            keys.append(("*", spec))
    return keys


def _flag_problem(args: argparse.Namespace, loopback: bool) -> str | None:
    """What is wrong with the flags, if anything (the first of the checks that fails)."""
    checks = (
        (
            not loopback and not args.allow_remote,
            f"refusing to listen on {args.host}: pass --allow-remote to expose the server",
        ),
        (
            args.retain_events is not None and args.retain_events < 1,
            "--retain-events must be at least 1",
        ),
        (args.heartbeat <= 0, "--heartbeat must be positive"),
        (args.presence_grace < 0, "--presence-grace must not be negative"),
        (
            args.ws_frame_rate <= 0 or args.ws_frame_burst < 1,
            "--ws-frame-rate must be positive and --ws-frame-burst at least 1",
        ),
        (
            min(args.login_user_failures, args.login_address_failures) < 1,
            "--login-user-failures and --login-address-failures must be at least 1",
        ),
        (
            min(args.login_window, args.login_lockout, args.login_lockout_max) <= 0,
            "--login-window, --login-lockout and --login-lockout-max must be positive",
        ),
        (
            any(len(key) < MIN_INTAKE_KEY for _channel, key in _intake_keys(args.intake_key)),
            f"an --intake-key needs at least {MIN_INTAKE_KEY} characters",
        ),
    )
    found = next((message for failed, message in checks if failed), None)
    return found or channel_flags.problem(args)


def run(args: argparse.Namespace) -> int:
    """Validate the flags and serve until stopped."""
    import os

    from server.core import logsafe
    from server.core.hosts import is_loopback
    from server.core.settings import Settings
    from server.db.engine import prepare_sqlite_file
    from server.runner import serve

    # Everything this process creates (database, WAL/SHM, lock) is private to its user.
    os.umask(0o077)
    logsafe.install()
    problem = _flag_problem(args, is_loopback(args.host))
    if problem:
        log.error("%s", problem)
        return 2
    intake_keys = _intake_keys(args.intake_key)
    try:
        db_url, db_path, files_path = _database(args.db, args.files_dir)
    except ValueError as exc:
        log.error("%s", exc)
        return 2
    settings = Settings(
        db_path=db_path,
        db_url=db_url,
        files_path=files_path,
        host=args.host,
        port=args.port,
        demo=args.demo,
        retain_events=args.retain_events,
        heartbeat_interval=args.heartbeat,
        token_ttl=args.token_ttl,
        intake_keys=tuple(intake_keys),
        simulate_rate=args.simulate,
        ws_frame_rate=args.ws_frame_rate,
        ws_frame_burst=args.ws_frame_burst,
        hello_timeout=args.hello_timeout,
        presence_grace=args.presence_grace,
        login_user_failures=args.login_user_failures,
        login_address_failures=args.login_address_failures,
        login_window=args.login_window,
        login_lockout=args.login_lockout,
        login_lockout_max=args.login_lockout_max,
        **channel_flags.settings(args),
    )
    if not db_url:
        prepare_sqlite_file(db_path)  # 0600 (in a 0700 directory if new) before the lock file
    return serve(settings, exit_with=args.exit_with)


DEFAULT_PG_FILES = Path("frontline-files")
"""Attachments of a PostgreSQL server without ``--files-dir``: relative to where it runs."""


def _database(db: str, files_dir: Path | None) -> tuple[str, Path, Path | None]:
    """``(db_url, db_path, files_path)`` from ``--db`` and ``--files-dir``: a URL means
    PostgreSQL (``db_path`` then only anchors the files' default); a path means SQLite."""
    from server.db.url import is_url, postgres_url

    if not is_url(db):
        return "", Path(db), files_dir
    files = (files_dir or DEFAULT_PG_FILES).resolve()
    return postgres_url(db), files / "server", files
