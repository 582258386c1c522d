"""SIP parties for the tests: a customer's baresip inside the test's namespace (driven
over its own ctrl_tcp with the server's client), and SIPp scenarios.

The customer is a real user agent: it dials the centre, sees our 200 OK, our re-INVITEs
(hold/resume), our tones (RFC 4733 events: ``CALL_DTMF_START``), our BYE, and can hang
up itself. Nothing of the centre's side is imitated.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from server.channels.sip.ctrl import BaresipCtrl, Event
from tests.support.netns import Namespace
from tests.support.routing import AGENT01, quiet, shared_queue
from tests.support.server_proc import ServerProcess

START_TIMEOUT = 120.0
"""Seeding the demo takes a while on a loaded two-core machine (the suite runs two
workers, and the other worker may be seeding too)."""
CTRL_PORT = 4444
SIP_PORT = 5062


def start_server(directory: Path, *flags: str) -> ServerProcess:
    """A demo server with ``flags`` whose SIP calls go to General, with no after-call work
    and agent01 in General (the routing helpers need the demo's queues and agents)."""
    made = ServerProcess(
        directory / "server.sqlite", ["--demo", *flags, "--sip-queue", "General"], START_TIMEOUT
    ).start()
    try:
        quiet(made, acw_seconds=0)
        assert shared_queue(made, AGENT01) == "General"
    except BaseException:
        made.stop()  # its baresip holds the SIP port the next module listens on
        raise
    return made


def customer_config(ns: Namespace) -> str:
    return "\n".join(
        [
            "poll_method\t\tepoll",
            f"sip_listen\t\t{ns.ns_ip}:{SIP_PORT}",
            "audio_player\t\taubridge,nil",
            "audio_source\t\taubridge,nil",
            "audio_alert\t\taubridge,nil",
            "module_path\t\t/usr/lib/baresip/modules",
            "module\t\t\tg711.so",
            "module\t\t\taubridge.so",
            "module_app\t\taccount.so",
            "module_app\t\tmenu.so",
            "module_app\t\tctrl_tcp.so",
            f"ctrl_tcp_listen\t\t{ns.ns_ip}:{CTRL_PORT}",
            f"net_interface\t\t{ns.ns_if}",
            "",
        ]
    )


class Customer:
    """A customer's phone: one baresip in ``ns`` and the events it reported."""

    def __init__(self, ns: Namespace, directory: Path, number: str) -> None:
        self.ns, self.dir, self.number = ns, directory, number
        self.events: list[Event] = []
        self.changed = asyncio.Event()
        self.ctrl = BaresipCtrl(ns.ns_ip, CTRL_PORT, self._on_event)

    async def _on_event(self, event: Event) -> None:
        self.events.append(event)
        self.changed.set()

    async def wait_for(self, kind: str, count: int = 1, **fields: Any) -> list[Event]:
        """Wait (30 s deadline) until ``count`` events of ``kind`` with ``fields`` came."""
        async with asyncio.timeout(30):
            while True:
                found = [
                    e
                    for e in self.events
                    if e.get("type") == kind and all(e.get(k) == v for k, v in fields.items())
                ]
                if len(found) >= count:
                    return found
                self.changed.clear()
                await self.changed.wait()

    def seen(self, kind: str) -> int:
        return sum(1 for e in self.events if e.get("type") == kind)

    async def dial(self, uri: str) -> None:
        await self.ctrl.command("dial", uri)

    async def hangup(self) -> None:
        await self.ctrl.command("hangup")


def _write_config(ns: Namespace, directory: Path, number: str) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "config").write_text(customer_config(ns))
    (directory / "accounts").write_text(f"<sip:{number}@{ns.ns_ip}:{SIP_PORT}>;regint=0\n")


@contextlib.asynccontextmanager
async def customer(ns: Namespace, directory: Path, number: str) -> AsyncIterator[Customer]:
    """Run a customer's baresip with the centre's number ``number`` as its identity."""
    _write_config(ns, directory, number)
    proc = ns.popen(["baresip", "-f", str(directory)], log=directory / "baresip.log")
    party = Customer(ns, directory, number)
    task = asyncio.create_task(party.ctrl.run())
    try:
        async with asyncio.timeout(15):
            await party.ctrl.connected.wait()
        yield party
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        proc.terminate()
        await asyncio.to_thread(proc.wait, 10)
