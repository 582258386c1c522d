"""One ``frontline server`` process of the cluster, as the launcher runs it.

Each process gets ``--port 0`` the first time (it picks a free port and says which on its
``{"event": "listening"}`` line); a restart asks for the same port again so nginx needs no
new configuration, and falls back to a free one if that port was taken meanwhile. Its
stderr (the log) is appended to ``server-N.log`` in the run directory.

``--exit-with`` (the launcher's pid) and the kernel's parent-death signal make a process
whose launcher was SIGKILLed stop by itself instead of serving on unsupervised.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import json
import logging
import os
import signal
import sys
import time
from collections.abc import Sequence
from pathlib import Path

log = logging.getLogger(__name__)

PR_SET_PDEATHSIG = 1
START_TIMEOUT = 120.0
"""Seconds a process may take to say it listens (migrations on a first start included)."""


def die_with_parent() -> None:
    """In a child, before exec: SIGTERM this process when its parent (the launcher) dies,
    whatever killed the parent (Linux; elsewhere ``--exit-with`` still covers servers)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def end_group(leader: int) -> None:
    """SIGKILL what is left of the process group ``leader`` led (each child is started in
    a session of its own, so its group is exactly what it started). nginx's workers outlive
    a SIGKILLed master, still listening on the balancer's port, so a new nginx could not
    bind it. A server's helpers (baresip) already die with it by their parent-death
    signal; this also covers one that lingers on that SIGTERM, which would keep the SIP
    port from the process taking over the ``sip`` singleton."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(leader, signal.SIGKILL)


def frontline_command() -> list[str]:
    """How to run ``frontline`` itself (a PyInstaller bundle is its own executable)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "cli.main"]


class ServerStartError(RuntimeError):
    """A server process exited, or stayed silent, before listening (the log tail says why)."""


class ServerChild:
    """Process number ``index`` (1-based): its command line, its current port and pid."""

    def __init__(
        self, index: int, base_argv: Sequence[str], run_dir: Path, env: dict[str, str]
    ) -> None:
        self.index = index
        self.base_argv = list(base_argv)
        self.env = env
        self.log_path = run_dir / f"server-{index}.log"
        self.port = 0
        self.url = ""
        self.proc: asyncio.subprocess.Process | None = None
        self.started_at = 0.0
        self.starts = 0
        self._drain: asyncio.Task[None] | None = None

    @property
    def pid(self) -> int:
        return self.proc.pid if self.proc is not None else 0

    def describe(self) -> dict[str, object]:
        """What the launcher's JSON lines say of this process."""
        return {"index": self.index, "pid": self.pid, "url": self.url, "port": self.port}

    async def start(self, port: int = 0) -> None:
        """Launch on ``port`` (0: any free one) and wait for the listening line."""
        argv = [*self.base_argv, "--port", str(port)]
        self.starts += 1
        with self.log_path.open("ab") as err:
            err.write(f"--- start {self.starts} on port {port or 'any'}\n".encode())
            err.flush()
            self.proc = await asyncio.create_subprocess_exec(
                *argv,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=asyncio.subprocess.PIPE,
                stderr=err,
                env=self.env,
                preexec_fn=die_with_parent,  # prctl only: safe before exec
                start_new_session=True,  # Ctrl-C reaches the launcher, which stops it in order
            )
        try:
            url = await asyncio.wait_for(self._listening(), START_TIMEOUT)
        except (TimeoutError, ServerStartError) as exc:
            if self.proc.returncode is None:
                self.proc.kill()
                await self.proc.wait()
            raise ServerStartError(
                f"server {self.index}: {exc}; its last log line: {self.log_tail()!r} "
                f"(all of it in {self.log_path})"
            ) from exc
        self.url = url
        self.port = int(url.rsplit(":", 1)[1].split("/", 1)[0])
        self.started_at = time.monotonic()
        self._drain = asyncio.create_task(self._drain_stdout(), name=f"server-{self.index}-out")

    async def _listening(self) -> str:
        assert self.proc is not None
        assert self.proc.stdout is not None
        while True:
            line = await self.proc.stdout.readline()
            if not line:
                await self.proc.wait()
                raise ServerStartError(f"exited with {self.proc.returncode} before listening")
            with contextlib.suppress(ValueError):
                event = json.loads(line)
                if isinstance(event, dict) and event.get("event") == "listening":
                    return str(event["url"])

    async def _drain_stdout(self) -> None:
        """Keep reading stdout so a full pipe never blocks the server."""
        assert self.proc is not None
        assert self.proc.stdout is not None
        with contextlib.suppress(OSError, ValueError):
            while await self.proc.stdout.readline():
                pass

    async def wait(self) -> int:
        """Until the process exits; its exit status (negative: killed by that signal).
        Whatever it left running in its process group goes with it (see
        :func:`end_group`)."""
        assert self.proc is not None
        code = await self.proc.wait()
        end_group(self.proc.pid)
        if self._drain is not None:
            self._drain.cancel()
        return code

    async def stop(self, timeout: float = 15.0) -> None:
        """SIGTERM (a graceful stop: it finishes requests and closes its websockets),
        SIGKILL if it overstays."""
        proc = self.proc
        if proc is None or proc.returncode is not None:
            return
        proc.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(proc.wait(), timeout)
        except TimeoutError:
            log.error("server %d (pid %d) did not stop: killing it", self.index, proc.pid)
            proc.kill()
            await proc.wait()

    def log_tail(self) -> str:
        """The last line of this process's log (usually the exception that ended it)."""
        try:
            lines = self.log_path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return ""
        return lines[-1] if lines else ""


def server_env(password: str | None) -> dict[str, str]:
    """The servers' environment: the database password travels in ``PGPASSWORD`` (read by
    asyncpg and libpq alike), never on a command line."""
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    if password:
        env["PGPASSWORD"] = password
    return env
