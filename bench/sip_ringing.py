"""SIP INVITE -> the call ringing in the agents' desks, through real SIP.

Target (issue 12): p99 < 300 ms. The script makes a network namespace
(``tests.support.netns``; needs root), starts a demo server that runs the centre's
baresip on the host side (``--sip-listen``), gives ``BENCH_AGENTS`` agents a skill in
General and opens their desk sockets (available). SIPp inside the namespace places
``BENCH_CALLS`` calls at ``BENCH_RATE`` per second; each caller lets it ring 2 s, then
gives up (CANCEL), so offers are withdrawn and agents are free again
(``tests/server/channels/sip/scenarios/ring_then_cancel.xml``).

Latency starts at SIPp's own timestamp of each INVITE it sent (``-trace_msg``; the
INVITE's Call-ID is baresip's call id, our ``provider_call_id``) and ends when a desk
socket received (same machine clock):

- *call ringing in the desk*: the ``call`` entity in state ``offered`` (every member of
  the queue sees it: baresip -> ctrl_tcp -> adapter -> CTI write -> fan-out);
- *offer ringing*: the ``offer`` to the chosen agent (adds the routing round, and any
  wait for a free agent: ``BENCH_AGENTS`` agents ringing 2 s each take
  ``BENCH_AGENTS / 2`` calls per second).

Run: ``sudo .venv/bin/python -m bench.sip_ringing`` (root for the namespace).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import os
import statistics
import tempfile
import time
from pathlib import Path

from protocol.frames import Events
from protocol.kinds.calls import CallData
from protocol.kinds.routing import OfferData
from tests.support.desk_socket import Desk
from tests.support.netns import Namespace, network_namespace
from tests.support.routing import open_available, quiet, shared_queue
from tests.support.server_proc import ServerProcess
from tests.support.waiting import wait_until_async

CALLS = int(os.environ.get("BENCH_CALLS", "200"))
RATE = float(os.environ.get("BENCH_RATE", "10"))
AGENTS = int(os.environ.get("BENCH_AGENTS", "10"))
SIP_PORT = 5070
SCENARIO = (
    Path(__file__).resolve().parents[1] / "tests/server/channels/sip/scenarios/ring_then_cancel.xml"
)


def invites_sent(message_file: Path) -> dict[str, float]:
    """Call-ID -> when SIPp sent its INVITE (UNIX seconds), from SIPp's message trace."""
    sent: dict[str, float] = {}
    stamp, first, sending = 0.0, "", False
    for line in message_file.read_text(errors="replace").splitlines():
        if line.startswith("-----------------------------------------------"):
            with contextlib.suppress(ValueError):  # some separators carry no date
                when = line.strip("- ")
                stamp = dt.datetime.strptime(when, "%Y-%m-%d %H:%M:%S.%f").timestamp()
            first, sending = "", False
        elif line.startswith("UDP message sent"):
            sending = True
        elif sending and not first and line.strip():
            first = line
        elif sending and first.startswith("INVITE ") and line.lower().startswith("call-id:"):
            sent.setdefault(line.split(":", 1)[1].strip(), stamp)
    return sent


class Watch:
    """First sight of each call (ringing) and each offer (ringing) in any desk."""

    def __init__(self) -> None:
        self.call_seen: dict[str, float] = {}
        self.provider_of: dict[int, str] = {}
        self.offer_seen: dict[int, float] = {}

    async def read(self, desk: Desk) -> None:
        while True:
            frame = await desk.next_frame()
            now = time.time()
            if not isinstance(frame, Events):
                continue
            for event in frame.events:
                data = event.data
                if isinstance(data, CallData) and data.provider == "sip":
                    self.provider_of[data.id] = data.provider_call_id
                    if data.state == "offered":
                        self.call_seen.setdefault(data.provider_call_id, now)
                elif isinstance(data, OfferData) and data.call_id and data.phase == "ringing":
                    self.offer_seen.setdefault(data.call_id, now)


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def summary(name: str, ms: list[float]) -> str:
    if not ms:
        return f"{name}: no samples"
    return (
        f"{name}: n={len(ms)} p50={statistics.median(ms):.1f} p95={_pct(ms, 0.95):.1f} "
        f"p99={_pct(ms, 0.99):.1f} max={max(ms):.1f} ms"
    )


def cpu_seconds(pid: int) -> float:
    """User + system CPU of ``pid`` so far (``/proc/<pid>/stat``)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def measure(server: ServerProcess, ns: Namespace, work: Path) -> None:
    desks = [await open_available(server, f"agent{n:02d}") for n in range(1, AGENTS + 1)]
    assert server.proc is not None
    cpu_before = cpu_seconds(server.proc.pid)
    watch = Watch()
    readers = [asyncio.create_task(watch.read(d)) for d in desks]
    trace = work / "sipp.messages"
    sipp = ns.popen(
        [
            "sipp",
            f"{ns.host_ip}:{SIP_PORT}",
            "-sf",
            str(SCENARIO),
            "-i",
            ns.ns_ip,
            "-p",
            "5066",
            "-r",
            f"{RATE:g}",
            "-m",
            str(CALLS),
            "-nostdin",
            "-timeout",
            f"{int(CALLS / RATE) + 60}s",
            "-trace_msg",
            "-message_file",
            str(trace),
        ],
        log=work / "sipp.log",
        cwd=work,
    )
    code = await asyncio.to_thread(sipp.wait)
    with contextlib.suppress(TimeoutError):  # report what arrived
        await wait_until_async(lambda: len(watch.call_seen) >= CALLS, timeout=10)
    for reader in readers:
        reader.cancel()
    cpu = cpu_seconds(server.proc.pid) - cpu_before
    sent = invites_sent(trace)
    rings = [(watch.call_seen[c] - t) * 1000 for c, t in sent.items() if c in watch.call_seen]
    offers = [
        (seen - sent[watch.provider_of[call]]) * 1000
        for call, seen in watch.offer_seen.items()
        if watch.provider_of.get(call) in sent
    ]
    print(f"SIPp exit {code}; {len(sent)} INVITEs sent at {RATE:g}/s; {AGENTS} agents")
    print(summary("INVITE -> call ringing in the desk", rings))
    print(summary("INVITE -> offer ringing on an agent's desk", offers))
    per_call = cpu / max(1, len(sent)) * 1000
    print(f"server CPU per call (ring, offer, cancel, withdraw): {per_call:.1f} ms")
    for desk in desks:
        await desk.ws.close()


def main() -> None:
    with network_namespace("bench") as ns, tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        server = ServerProcess(
            work / "bench.sqlite",
            ["--demo", "--sip-listen", f"{ns.host_ip}:{SIP_PORT}", "--sip-queue", "General"],
            start_timeout=180,
        ).start()
        try:
            quiet(server.db_path, acw_seconds=0)
            shared_queue(server.db_path, *range(1, AGENTS + 1))
            asyncio.run(measure(server, ns, work))
        finally:
            server.stop()


if __name__ == "__main__":
    main()
