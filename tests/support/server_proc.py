"""Run a real ``frontline server`` subprocess for tests.

Usage::

    def test_something(server_factory):
        server = server_factory()                # demo data, fresh db in tmp_path
        httpx.get(f"{server.url}/api/health")
        server.ws_url                            # ws://127.0.0.1:PORT/ws
        server.stop()                            # SIGTERM, wait for exit
        server.restart()                         # same db, maybe another port

The server prints ``{"event": "listening", "url": ...}`` on stdout once it accepts
connections; :meth:`ServerProcess.start` waits for that line (with a deadline). Its log
(stderr) is appended to ``server.log`` next to the database: see :meth:`log_text`.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from tests.support import pg
from tests.support.waiting import wait_until

ROOT = Path(__file__).resolve().parents[2]


class ServerProcess:
    """One ``frontline server`` process on 127.0.0.1 with a SQLite file at ``db_path``, or
    on PostgreSQL: ``db_url`` when given (several processes may share one), else a fresh
    database of the test process's cluster when the tests run on PostgreSQL
    (``FRONTLINE_TEST_DB=postgres``, :mod:`tests.support.pg`); attachments then live in
    ``<db_path stem>-files`` as they would beside the SQLite file.

    ``args`` are extra command-line flags (e.g. ``["--demo", "--heartbeat", "0.5"]``).
    Read the database with :meth:`rows`, which works on both.
    """

    def __init__(
        self,
        db_path: Path,
        args: Sequence[str] = (),
        start_timeout: float = 60.0,
        db_url: str | None = None,
    ):
        self.db_path = Path(db_path)
        self.db_url = (
            db_url if db_url is not None else (pg.new_database() if pg.on_postgres() else "")
        )
        """The PostgreSQL URL the server runs on ("" for the SQLite file)."""
        self.args = list(args)
        self.start_timeout = start_timeout
        self.log_path = self.db_path.with_name(self.db_path.stem + ".server.log")
        self.proc: subprocess.Popen[bytes] | None = None
        self.url = ""
        self._starts = 0

    @property
    def ws_url(self) -> str:
        """The desk websocket URL (``ws://host:port/ws``)."""
        return self.url.replace("http://", "ws://", 1) + "/ws"

    @property
    def running(self) -> bool:
        """True while the process is alive."""
        return self.proc is not None and self.proc.poll() is None

    def start(self) -> ServerProcess:
        """Launch the process and wait for its listening line."""
        if self.running:
            raise RuntimeError("server already running")
        self._starts += 1
        out_path = self.db_path.with_name(f"{self.db_path.stem}.stdout.{self._starts}")
        cmd = [
            sys.executable,
            "-m",
            "cli.main",
            "server",
            "--port",
            "0",
            "--db",
            *self.database_flags,
            *self.args,
        ]
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        with out_path.open("wb") as out, self.log_path.open("ab") as err:
            self.proc = subprocess.Popen(cmd, cwd=ROOT, stdout=out, stderr=err, env=env)
        proc = self.proc

        def listening() -> str | None:
            for line in out_path.read_text(encoding="utf-8", errors="replace").splitlines():
                try:
                    obj = json.loads(line)
                except ValueError:
                    continue
                if isinstance(obj, dict) and obj.get("event") == "listening":
                    return str(obj["url"])
            if proc.poll() is not None:
                raise RuntimeError(
                    f"server exited with {proc.returncode} before listening:\n{self.log_text()}"
                )
            return None

        url = wait_until(listening, self.start_timeout, message="server did not start")
        assert url is not None
        self.url = url
        return self

    def stop(self, timeout: float = 15.0) -> int | None:
        """SIGTERM and wait for a graceful exit (SIGKILL if it overstays). Exit code."""
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return self.proc.returncode

    def kill(self) -> None:
        """SIGKILL: a crash, as far as the database and the desks can tell."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    @property
    def database_flags(self) -> list[str]:
        """``--db`` 's value (and ``--files-dir`` on PostgreSQL) for this server."""
        if not self.db_url:
            return [str(self.db_path)]
        files = self.db_path.with_name(self.db_path.stem + "-files")
        return [self.db_url, "--files-dir", str(files)]

    def rows(self, sql: str, *args: object) -> list[tuple[Any, ...]]:
        """Rows of ``sql`` (``?`` placeholders) read from this server's database, SQLite
        file or PostgreSQL alike."""
        if self.db_url:
            return pg.query(self.db_url, sql, *args)
        with contextlib.closing(sqlite3.connect(self.db_path, timeout=30)) as conn:
            return list(conn.execute(sql, args).fetchall())

    def restart(self) -> ServerProcess:
        """Stop (if running) and start again on the same database."""
        self.stop()
        return self.start()

    def log_text(self) -> str:
        """Everything the server logged so far (across restarts)."""
        if not self.log_path.exists():
            return ""
        return self.log_path.read_text(encoding="utf-8", errors="replace")


ServerFactory = Callable[..., ServerProcess]


def make_factory(directory: Path) -> tuple[ServerFactory, list[ServerProcess]]:
    """A factory starting servers with databases in ``directory``, and its started list."""
    started: list[ServerProcess] = []

    def factory(*args: str, demo: bool = True, name: str | None = None) -> ServerProcess:
        db = directory / f"{name or f'server{len(started) + 1}'}.sqlite"
        flags = [*(["--demo"] if demo else []), *args]
        server = ServerProcess(db, flags)
        started.append(server)
        return server.start()

    return factory, started


@pytest.fixture
def server_factory(tmp_path: Path) -> Iterator[ServerFactory]:
    """``server_factory(*flags, demo=True, name=None) -> ServerProcess`` (started).

    Every server it started is stopped at teardown. Import this fixture into a
    ``conftest.py`` to use it: ``from tests.support.server_proc import server_factory``.
    """
    factory, started = make_factory(tmp_path)
    yield factory
    for server in started:
        server.stop()
