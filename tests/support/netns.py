"""A network namespace joined to the host by a veth pair, for SIP parties in tests.

Why: baresip will not run on the loopback interface alone, and a SIP party inside its
own namespace talks to the centre's endpoint over a real (virtual) link, as a phone on
the network would. Each namespace gets ``10.77.N.1`` (host side) and ``10.77.N.2``
(inside) with an ``N`` no other namespace on the machine uses: it is chosen under a
machine-wide lock from the addresses in use, so two xdist workers never clash.
Everything is removed when the context ends (processes started inside are stopped by
their ids first), even when the test failed.

Usage::

    with network_namespace("sip") as ns:
        server = factory(["--sip-listen", f"{ns.host_ip}:5070"])
        proc = ns.popen(["sipp", ...])       # runs inside, as 10.77.N.2
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from tests.support.syslock import system_lock

PREFIX = "10.77"


def _ip(*args: str, check: bool = True) -> str:
    return subprocess.run(
        ["ip", *args], check=check, capture_output=True, text=True, timeout=10
    ).stdout


@dataclass
class Namespace:
    """A namespace ``name`` with the host at ``host_ip`` and the inside at ``ns_ip``."""

    name: str
    host_if: str
    host_ip: str
    ns_if: str
    ns_ip: str
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def argv(self, command: Sequence[str]) -> list[str]:
        """``command`` as run inside the namespace."""
        return ["ip", "netns", "exec", self.name, *command]

    def popen(
        self, command: Sequence[str], log: Path | None = None, **kwargs: Any
    ) -> subprocess.Popen[bytes]:
        """Start ``command`` inside (output to ``log`` if given); stopped at the end."""
        out: IO[bytes] | int = subprocess.DEVNULL
        if log is not None:
            out = log.open("ab")
        proc = subprocess.Popen(self.argv(command), stdout=out, stderr=subprocess.STDOUT, **kwargs)
        self.procs.append(proc)
        return proc

    def run(
        self, command: Sequence[str], timeout: float = 30.0
    ) -> subprocess.CompletedProcess[str]:
        """Run ``command`` inside to completion."""
        return subprocess.run(
            self.argv(command), capture_output=True, text=True, timeout=timeout, check=False
        )


def _free_subnet() -> int:
    used = _ip("-o", "-4", "addr", "show") + _ip("netns", "list")
    for n in range(1 + os.getpid() % 200, 255):
        if f"{PREFIX}.{n}." not in used and f"fl{n}ns" not in used:
            return n
    for n in range(1, 255):
        if f"{PREFIX}.{n}." not in used and f"fl{n}ns" not in used:
            return n
    raise RuntimeError("no free 10.77.N.0/24 for a test namespace")


@contextmanager
def network_namespace(tag: str = "t") -> Iterator[Namespace]:
    """Create the namespace and its link; remove both (and stop what ran inside)."""
    del tag  # names come from N so that a leftover is recognisable and reused safely
    with system_lock("netns"):
        n = _free_subnet()
        ns = Namespace(f"fl{n}ns", f"fl{n}h", f"{PREFIX}.{n}.1", f"fl{n}i", f"{PREFIX}.{n}.2")
        _ip("netns", "add", ns.name)
        try:
            _ip("link", "add", ns.host_if, "type", "veth", "peer", "name", ns.ns_if)
            _ip("link", "set", ns.ns_if, "netns", ns.name)
            _ip("addr", "add", f"{ns.host_ip}/24", "dev", ns.host_if)
            _ip("link", "set", ns.host_if, "up")
            _ip("netns", "exec", ns.name, "ip", "addr", "add", f"{ns.ns_ip}/24", "dev", ns.ns_if)
            _ip("netns", "exec", ns.name, "ip", "link", "set", ns.ns_if, "up")
            _ip("netns", "exec", ns.name, "ip", "link", "set", "lo", "up")
        except BaseException:
            _remove(ns)
            raise
    try:
        yield ns
    finally:
        for proc in ns.procs:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(5)
        _remove(ns)


def _remove(ns: Namespace) -> None:
    # Deleting the namespace destroys the inner veth end, which removes its host peer.
    _ip("link", "del", ns.host_if, check=False)
    _ip("netns", "del", ns.name, check=False)
