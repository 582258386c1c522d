"""A throwaway PostgreSQL 15 cluster for tests: ``initdb`` in a temporary directory, started
with ``pg_ctl`` on a free loopback port, stopped and removed when the test process exits.

PostgreSQL refuses to run as root, so under root the cluster belongs to Debian's
``postgres`` user (``runuser``); otherwise to whoever runs the tests. One cluster per test
process (each xdist worker has its own), started on first use; every server a test starts
gets a fresh database in it (:func:`new_database`), so tests never see each other's data.

The backend the server tests run on is chosen by ``FRONTLINE_TEST_DB``: unset or
``sqlite`` (the default), or ``postgres`` (``scripts/test`` runs the server tests once
more with it).
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

BIN = Path("/usr/lib/postgresql/15/bin")
RUN_AS = "postgres"
"""The system user a cluster belongs to when the tests run as root."""


def backend() -> str:
    """``"sqlite"`` or ``"postgres"``: what the server tests run on (``FRONTLINE_TEST_DB``)."""
    value = os.environ.get("FRONTLINE_TEST_DB", "sqlite").strip().lower() or "sqlite"
    if value in ("pg", "postgresql"):
        value = "postgres"
    if value not in ("sqlite", "postgres"):
        raise RuntimeError(f"FRONTLINE_TEST_DB must be sqlite or postgres, not {value!r}")
    return value


def on_postgres() -> bool:
    """Whether the server tests run on PostgreSQL."""
    return backend() == "postgres"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PgCluster:
    """One running cluster; :meth:`url` gives a database URL in it."""

    def __init__(self) -> None:
        if not (BIN / "initdb").exists():
            raise RuntimeError(
                "PostgreSQL 15 is missing (Debian's postgresql-15): scripts/test installs it"
            )
        self.root = Path(tempfile.mkdtemp(prefix="frontline-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.user = "frontline"
        self.password = "frontline-test"
        self._names = itertools.count(1)
        self._as_root = os.geteuid() == 0
        if self._as_root:
            shutil.chown(self.root, RUN_AS, RUN_AS)
        os.chmod(self.root, 0o700)
        pwfile = self.root / "pw"
        pwfile.write_text(self.password + "\n")
        if self._as_root:
            shutil.chown(pwfile, RUN_AS, RUN_AS)
        self._run(
            BIN / "initdb",
            "-D",
            str(self.data),
            "-U",
            self.user,
            "--pwfile",
            str(pwfile),
            "-A",
            "scram-sha-256",
            "-E",
            "UTF8",
            "--locale",
            "C.UTF-8",
            "--no-sync",
        )
        options = (
            f"-c port={self.port} -c listen_addresses=127.0.0.1 "
            f"-c unix_socket_directories={self.root} -c fsync=off "
            "-c max_connections=400 -c shared_buffers=64MB"
        )
        self._run(
            BIN / "pg_ctl",
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.root / "log"),
            "-w",
            "-t",
            "60",
            "start",
        )
        atexit.register(self.stop)

    def _run(self, *argv: object) -> None:
        cmd = [str(a) for a in argv]
        if self._as_root:
            cmd = ["runuser", "-u", RUN_AS, "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)

    def url(self, database: str = "postgres", driver: str = "postgresql") -> str:
        """A URL for ``database`` (``driver`` e.g. ``postgresql+asyncpg``)."""
        return f"{driver}://{self.user}:{self.password}@127.0.0.1:{self.port}/{database}"

    def new_database(self, prefix: str = "t") -> str:
        """Create an empty database; its plain ``postgresql://`` URL."""
        import psycopg

        name = f"{prefix}_{os.getpid()}_{next(self._names)}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        """Stop the cluster (fast) and remove its directory."""
        if not self.data.exists():
            return
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            self._run(BIN / "pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


_CLUSTER: list[PgCluster] = []


def cluster() -> PgCluster:
    """This test process's cluster, started on first use."""
    if not _CLUSTER:
        _CLUSTER.append(PgCluster())
    return _CLUSTER[0]


def new_database(prefix: str = "t") -> str:
    """A fresh database in this process's cluster (plain ``postgresql://`` URL)."""
    return cluster().new_database(prefix)


def query(url: str, sql: str, *args: object) -> list[tuple[object, ...]]:
    """Rows of ``sql`` with SQLite-style ``?`` placeholders, run on ``url`` (autocommit)."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        cursor = conn.execute(sql.replace("?", "%s"), args)
        return list(cursor.fetchall()) if cursor.description else []
