"""The embedded default: a local Frontline server as a child process of the desk.

``frontline`` with no server configured runs the reference server on 127.0.0.1 with a
SQLite database in the user's data directory, demo data and a gentle simulator, so a
newcomer sees a living desk in one command. The child picks a free port itself
(``--port 0``) and announces it on stdout as one JSON line::

    {"event": "listening", "url": "http://127.0.0.1:PORT"}

:meth:`EmbeddedServer.start` blocks until that line arrives (or the child dies, or a
timeout passes), so the desk calls it through ``asyncio.to_thread``: qasync's loop cannot
be relied on for asyncio subprocesses, and nothing may block the Qt thread. No Qt here.
"""

from __future__ import annotations

import collections
import contextlib
import json
import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import IO

log = logging.getLogger(__name__)
_STDERR_TAIL_LINES = 30


class EmbeddedServerError(RuntimeError):
    """The local server did not come up; the message carries the tail of its stderr."""


def _drain(stream: IO[str], sink: collections.deque[str] | None) -> None:
    """Read a pipe to its end so the child never blocks on a full pipe buffer."""
    with contextlib.suppress(ValueError, OSError):
        for line in stream:
            if sink is not None:
                sink.append(line.rstrip("\n"))


class EmbeddedServer:
    """One local server process. ``url`` is set once :meth:`start` returned."""

    def __init__(
        self,
        data_dir: Path,
        *,
        demo: bool = True,
        simulate: int | None = 3,
        db_path: Path | None = None,
        start_timeout: float = 60.0,
        python: str = sys.executable,
    ) -> None:
        self.data_dir = data_dir
        self.db_path = db_path or data_dir / "server.sqlite3"
        self.demo = demo
        self.simulate = simulate
        self.start_timeout = start_timeout
        self.python = python
        self.url: str | None = None
        self._process: subprocess.Popen[str] | None = None
        self._stderr: collections.deque[str] = collections.deque(maxlen=_STDERR_TAIL_LINES)
        self._lines: list[str] = []
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._stopped = False

    def command(self) -> list[str]:
        """The child's command line (public so tests and logs can show it)."""
        if getattr(sys, "frozen", False):  # a PyInstaller bundle: its executable is `frontline`
            cmd = [self.python, "server", "--port", "0"]
        else:
            cmd = [self.python, "-m", "cli.main", "server", "--port", "0"]
        cmd += ["--db", str(self.db_path), "--exit-with", str(os.getpid())]
        if self.demo:
            cmd.append("--demo")
        if self.simulate:
            cmd += ["--simulate", str(self.simulate)]
        return cmd

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self) -> str:
        """Start the child and wait for its ``listening`` line; returns the URL.

        Blocking: call it from a worker thread. Raises :class:`EmbeddedServerError` with
        the child's stderr tail if it exits or stays silent past the timeout.
        """
        if self.running and self.url:
            return self.url
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._stderr.clear()
        log.info("starting the embedded server: %s", " ".join(self.command()))
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        with self._lock:
            if self._stopped:
                raise EmbeddedServerError("the local server was stopped before it started")
            process = subprocess.Popen(  # noqa: S603 - our own interpreter and module
                self.command(),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                encoding="utf-8",
                errors="replace",
                env=env,
                cwd=str(Path(__file__).resolve().parents[2]),
            )
            self._process = process
        assert process.stdout is not None
        assert process.stderr is not None
        err = threading.Thread(
            target=_drain, args=(process.stderr, self._stderr), name="server-stderr", daemon=True
        )
        err.start()
        found: list[str] = []
        ready = threading.Event()
        out = threading.Thread(
            target=self._watch_stdout,
            args=(process.stdout, found, ready),
            name="server-stdout",
            daemon=True,
        )
        out.start()
        self._threads = [err, out]
        deadline = time.monotonic() + self.start_timeout
        while not ready.wait(0.05):
            if process.poll() is not None:
                ready.wait(0.5)  # the line may still be in the pipe
                if found:
                    break
                err.join(1.0)
                raise EmbeddedServerError(
                    f"the local server exited with code {process.returncode}:\n{self.stderr_tail()}"
                )
            if self._stopped:
                raise EmbeddedServerError("the local server was stopped while starting")
            if time.monotonic() > deadline:
                self.stop()
                raise EmbeddedServerError(
                    f"the local server did not start within {self.start_timeout:.0f} s:\n"
                    f"{self.stderr_tail()}"
                )
        if not found:  # stdout closed without the line: the child is exiting
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(5)
            err.join(1.0)
            code = process.poll()
            self.stop()
            raise EmbeddedServerError(
                f"the local server exited with code {code}:\n{self.stderr_tail()}"
            )
        self.url = found[0]
        log.info("embedded server listening on %s", self.url)
        return self.url

    def _watch_stdout(self, stream: IO[str], found: list[str], ready: threading.Event) -> None:
        """Find the ``listening`` line, then keep draining stdout."""
        with contextlib.suppress(ValueError, OSError):
            for line in stream:
                if not found:
                    url = parse_listening(line)
                    if url:
                        found.append(url)
                        ready.set()
                        continue
                    self._lines.append(line.rstrip("\n"))
                    del self._lines[:-_STDERR_TAIL_LINES]
        ready.set()

    def stderr_tail(self) -> str:
        lines: Sequence[str] = list(self._stderr) or self._lines
        return "\n".join(lines) or "(no output)"

    def kill(self) -> None:
        """SIGKILL the child, as a crash would (tests use it; :meth:`stop` still cleans up)."""
        process = self._process
        if process is not None and process.poll() is None:
            process.kill()
            process.wait(5)

    def stop(self, timeout: float = 10.0) -> None:
        """SIGTERM, wait, then SIGKILL. Blocking; safe to call twice, and a :meth:`start`
        still running in another thread will not leave a child behind."""
        with self._lock:
            self._stopped = True
            process = self._process
        if process is None:
            return
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                log.warning("the embedded server ignored SIGTERM; killing it")
                process.kill()
                process.wait(5)
        for thread in self._threads:
            thread.join(2.0)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
        self._process = None
        self._threads = []
        log.info("embedded server stopped")


def parse_listening(line: str) -> str | None:
    """The URL of a ``{"event": "listening", "url": ...}`` line, else None."""
    line = line.strip()
    if not line.startswith("{"):
        return None
    try:
        data = json.loads(line)
    except ValueError:
        return None
    if isinstance(data, dict) and data.get("event") == "listening":
        url = data.get("url")
        if isinstance(url, str) and url.startswith(("http://", "https://")):
            return url
    return None
