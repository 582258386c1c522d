"""The centre's baresip, run by the server (``--sip-listen ADDR:PORT``).

Why generated: the endpoint needs exactly a SIP listen address, the ``ctrl_tcp`` remote
on loopback, the call-control menu and null audio (a server has no sound card:
``aubridge`` with device ``nil`` both ways), and an account for the centre's number
with no registrar (callers and trunks send INVITEs straight to it; see
``docs/telephony.md`` for registering to a PBX instead). baresip binds media to one
network interface: the one holding the listen address, so the SDP it offers is
reachable by whoever reached the SIP port.

The process dies with the server (``PR_SET_PDEATHSIG``), is restarted if it dies on
its own (the ctrl link reconnects; calls it carried were already ended by the
adapter when the link dropped) and its config directory is removed at the end.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import ipaddress
import logging
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from server.core.waiting import within

log = logging.getLogger(__name__)

BINARY = "baresip"
RESTART_DELAY = 0.5
MAX_RESTART_DELAY = 30.0
STEADY_SECONDS = 5.0
"""A baresip that ran this long was working: its next restart is quick again."""
CENTRE_USER = "frontline"
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
MAX_LINE_CALLS = 200
"""Calls baresip carries at once (its default is 4: a fifth caller would get busy)."""


def free_port() -> int:
    """A TCP port on loopback free right now (for the ctrl link)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def parse_listen(listen: str) -> tuple[str, int]:
    """``ADDR:PORT`` (IPv4) checked; raises ``ValueError`` with a sentence."""
    host, _, port_text = listen.rpartition(":")
    try:
        address = ipaddress.IPv4Address(host)
        port = int(port_text)
    except ValueError:
        raise ValueError(f"--sip-listen wants IPV4:PORT, not {listen!r}") from None
    if not 0 < port < 65536:
        raise ValueError(f"--sip-listen port {port} is out of range")
    return str(address), port


def interface_of(address: str) -> str | None:
    """The network interface holding ``address`` (``ip -o -4 addr``), if any."""
    ip = shutil.which("ip")
    if ip is None:
        return None
    try:
        out = subprocess.run(  # noqa: S603  (fixed argv, our own binary path)
            [ip, "-o", "-4", "addr", "show"], check=False, capture_output=True, text=True, timeout=5
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    for line in out.splitlines():
        parts = line.split()
        if len(parts) > 3 and parts[3].split("/")[0] == address:
            return parts[1]
    return None


def config_text(listen: str, ctrl: tuple[str, int], interface: str | None) -> str:
    """baresip's ``config`` for the centre's endpoint."""
    lines = [
        "poll_method\t\tepoll",
        f"sip_listen\t\t{listen}",
        "sip_trans_def\t\tudp",
        f"call_max_calls\t\t{MAX_LINE_CALLS}",
        "audio_player\t\taubridge,nil",
        "audio_source\t\tausine,440",
        "ausrc_srate\t\t48000",
        "ausrc_channels\t\t2",
        "audio_alert\t\taubridge,nil",
        "module_path\t\t/usr/lib/baresip/modules",
        "module\t\t\tg711.so",
        "module\t\t\taubridge.so",
        "module\t\t\tausine.so",
        "module_app\t\taccount.so",
        "module_app\t\tmenu.so",
        "module_app\t\tctrl_tcp.so",
        f"ctrl_tcp_listen\t\t{ctrl[0]}:{ctrl[1]}",
    ]
    if interface:
        lines.append(f"net_interface\t\t{interface}")
    return "\n".join(lines) + "\n"


def _die_with_parent() -> None:
    with contextlib.suppress(Exception):
        ctypes.CDLL("libc.so.6").prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class Endpoint:
    """One baresip process for ``listen``, remote-controlled at ``ctrl``."""

    def __init__(self, listen: str, ctrl: tuple[str, int]) -> None:
        host, port = parse_listen(listen)
        self.listen = f"{host}:{port}"
        self.ctrl = ctrl
        self.dir = Path(tempfile.mkdtemp(prefix="frontline-baresip-"))
        (self.dir / "config").write_text(config_text(self.listen, ctrl, interface_of(host)))
        (self.dir / "accounts").write_text(f"<sip:{CENTRE_USER}@{self.listen}>;regint=0\n")
        self.proc: asyncio.subprocess.Process | None = None

    @property
    def log_path(self) -> Path:
        """baresip's own output (kept next to its config while it runs)."""
        return self.dir / "baresip.log"

    async def launch(self) -> None:
        """Start baresip; raises ``RuntimeError`` when the binary is missing."""
        if shutil.which(BINARY) is None:
            raise RuntimeError("--sip-listen needs baresip installed (apt install baresip-core)")
        with self.log_path.open("ab") as out:
            self.proc = await asyncio.create_subprocess_exec(
                BINARY,
                "-f",
                str(self.dir),
                stdin=asyncio.subprocess.DEVNULL,
                stdout=out,
                stderr=out,
                preexec_fn=_die_with_parent,
            )
        log.info("sip endpoint: baresip pid %s listening on %s", self.proc.pid, self.listen)

    async def supervise(self) -> None:
        """Keep baresip running until cancelled; then stop it and remove its files. One
        that keeps dying at once (an address not on this machine, a port taken) is
        restarted ever more slowly (up to :data:`MAX_RESTART_DELAY`), with its last words
        in our log."""
        delay = RESTART_DELAY
        try:
            while True:
                assert self.proc is not None
                began = time.monotonic()
                code = await self.proc.wait()
                lasted = time.monotonic() - began
                delay = (
                    RESTART_DELAY if lasted > STEADY_SECONDS else min(delay * 2, MAX_RESTART_DELAY)
                )
                log.warning(
                    "sip endpoint: baresip exited (%s) after %.1f s; restarting in %.1f s: %s",
                    code,
                    lasted,
                    delay,
                    self._last_words(),
                )
                await asyncio.sleep(delay)
                await self.launch()
        finally:
            proc = self.proc
            if proc is not None and proc.returncode is None:
                proc.terminate()
                try:
                    await within(proc.wait(), 5)
                except TimeoutError:
                    proc.kill()
            self.remove_files()

    def _last_words(self) -> str:
        try:
            lines = self.log_path.read_text(errors="replace").strip().splitlines()
        except OSError:
            return ""
        return " | ".join(_ANSI.sub("", line).strip()[:200] for line in lines[-3:])

    def remove_files(self) -> None:
        """Remove the generated config directory (and baresip's log in it)."""
        shutil.rmtree(self.dir, ignore_errors=True)
