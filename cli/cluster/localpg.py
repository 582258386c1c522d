"""A local PostgreSQL 15 cluster for ``frontline cluster --pg-dir DIR``.

The first run creates it (``initdb`` into ``DIR/data``, a random password for the role
``frontline`` kept in ``DIR/password``, mode 0600); every run starts it with ``pg_ctl`` on
127.0.0.1 only, creates the database ``frontline`` if missing, and stops it on exit. A
later run reuses the same data (a centre's history survives restarts).

PostgreSQL refuses to run as root, so when the launcher is root the cluster belongs to
Debian's ``postgres`` user (``runuser``), like the test clusters of ``tests/support/pg.py``;
``DIR`` is then given to that user and must be reachable by it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import shutil
import socket
import subprocess
from pathlib import Path
from urllib.parse import quote

log = logging.getLogger(__name__)

BIN = Path(os.environ.get("FRONTLINE_PG_BIN", "/usr/lib/postgresql/15/bin"))
"""Where ``initdb``, ``pg_ctl`` and ``postgres`` live (Debian's ``postgresql-15``)."""
RUN_AS = "postgres"
ROLE = "frontline"
DATABASE = "frontline"


class LocalPgError(RuntimeError):
    """The local cluster could not be created or started (the message says why)."""


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now (the caller binds it soon after)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LocalPostgres:
    """The cluster in ``root``: :meth:`start` returns the database's URL (without the
    password, which :attr:`password` holds: it goes to the servers in ``PGPASSWORD``, not
    on their command lines, where ``ps`` shows it to every user)."""

    def __init__(self, root: Path, port: int | None = None, max_connections: int = 100) -> None:
        self.root = root.resolve()
        self.data = self.root / "data"
        self.port = port or 0
        self.max_connections = max_connections
        self.password = ""
        self._as_root = os.geteuid() == 0
        self._started = False

    # ------------------------------------------------------------------ public

    def start(self) -> str:
        """Create the cluster if new, start it, create the database; its URL."""
        if not (BIN / "pg_ctl").exists():
            raise LocalPgError(f"PostgreSQL 15 is not installed ({BIN}): apt install postgresql-15")
        self._prepare_root()
        if not (self.data / "PG_VERSION").exists():
            self._initdb()
        self.password = (self.root / "password").read_text(encoding="utf-8").strip()
        if self._pg_ctl("status", check=False).returncode == 0:
            # A launcher that was killed left it running: restart it with this run's port.
            log.warning("PostgreSQL in %s was still running: restarting it", self.data)
            self._pg_ctl("-m", "fast", "-w", "stop")
        self.port = self.port or free_port()
        options = (
            f"-c port={self.port} -c listen_addresses=127.0.0.1 "
            f"-c unix_socket_directories={self.root} "
            f"-c max_connections={self.max_connections}"
        )
        log.info("starting PostgreSQL in %s on 127.0.0.1:%d", self.data, self.port)
        self._pg_ctl(
            "-o", options, "-l", str(self.root / "postgresql.log"), "-w", "-t", "120", "start"
        )
        self._started = True
        self._create_database()
        return self.url()

    def url(self, with_password: bool = False) -> str:
        """``postgresql://frontline@127.0.0.1:PORT/frontline`` (password only if asked)."""
        secret = f":{quote(self.password, safe='')}" if with_password else ""
        return f"postgresql://{ROLE}{secret}@127.0.0.1:{self.port}/{DATABASE}"

    def stop(self) -> None:
        """Stop the cluster (fast shutdown: open sessions are ended, data is safe)."""
        if not self._started:
            return
        self._started = False
        log.info("stopping PostgreSQL in %s", self.data)
        try:
            self._pg_ctl("-m", "fast", "-w", "-t", "60", "stop")
        except LocalPgError as exc:
            log.error("%s", exc)

    # ------------------------------------------------------------------ steps

    def _prepare_root(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        os.chmod(self.root, 0o700)
        if not self._as_root:
            return
        shutil.chown(self.root, RUN_AS, RUN_AS)
        probe = subprocess.run(  # noqa: S603 - fixed programs, our own directory
            ["runuser", "-u", RUN_AS, "--", "test", "-w", str(self.root)],  # noqa: S607 - on PATH
            check=False,
        )
        if probe.returncode != 0:
            raise LocalPgError(
                f"the {RUN_AS} user cannot write {self.root}: PostgreSQL refuses to run as "
                "root, so every directory above --pg-dir must be searchable by that user"
            )

    def _initdb(self) -> None:
        log.info("creating a PostgreSQL cluster in %s", self.data)
        password = secrets.token_urlsafe(24)
        pwfile = self.root / "initdb-password"
        pwfile.write_text(password + "\n", encoding="utf-8")
        os.chmod(pwfile, 0o600)
        if self._as_root:
            shutil.chown(pwfile, RUN_AS, RUN_AS)
        try:
            self._run(
                BIN / "initdb",
                "-D",
                self.data,
                "-U",
                ROLE,
                "--pwfile",
                pwfile,
                "-A",
                "scram-sha-256",
                "-E",
                "UTF8",
                "--locale",
                "C.UTF-8",
            )
        finally:
            pwfile.unlink(missing_ok=True)
        keep = self.root / "password"
        keep.write_text(password + "\n", encoding="utf-8")
        os.chmod(keep, 0o600)

    def _create_database(self) -> None:
        import psycopg

        try:
            with psycopg.connect(
                host="127.0.0.1",
                port=self.port,
                user=ROLE,
                password=self.password,
                dbname="postgres",
                autocommit=True,
                connect_timeout=30,
            ) as conn:
                found = conn.execute(
                    "SELECT 1 FROM pg_database WHERE datname = %s", (DATABASE,)
                ).fetchone()
                if found is None:
                    log.info("creating the database %s", DATABASE)
                    conn.execute(f'CREATE DATABASE "{DATABASE}"')
        except psycopg.Error as exc:
            raise LocalPgError(f"cannot create the database {DATABASE}: {exc}") from exc

    def _pg_ctl(self, *argv: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return self._run(BIN / "pg_ctl", "-D", self.data, *argv, check=check)

    def _run(self, *argv: object, check: bool = True) -> subprocess.CompletedProcess[str]:
        cmd = [str(a) for a in argv]
        if self._as_root:
            cmd = ["runuser", "-u", RUN_AS, "--", *cmd]
        # pg_ctl's postmaster must not share the launcher's stdout: a test or a pipe reading
        # the launcher would otherwise wait for PostgreSQL to close it too.
        result = subprocess.run(  # noqa: S603 - PostgreSQL's own programs
            cmd,
            check=False,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=180,
            cwd=self.root,
        )
        if check and result.returncode != 0:
            detail = (result.stderr or result.stdout).strip()
            with contextlib.suppress(OSError):
                tail = (self.root / "postgresql.log").read_text(errors="replace")[-2000:]
                detail = f"{detail}\n{tail}".strip()
            raise LocalPgError(f"{' '.join(cmd)} failed: {detail}")
        return result
