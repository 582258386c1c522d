"""Issue 13, must hold: three server processes on one PostgreSQL database, desks connected
to different processes, customer messages taken in through all three at once, and one
process SIGKILLed mid-load and started again. At the end every desk holds exactly the
events of the log it may see (no gap, no duplicate, nothing it may not see), a desk that
catches up from zero on any process gets the same, and every message intake accepted is
stored once.

The desks are protocol-level (:class:`tests.cluster.support.StreamDesk`): when their
process dies they reconnect to another and say hello with their cursor, as a real desk
behind the balancer does. The three processes start at the same moment on an empty
database, so migrations and the demo seed race (``test_pg_eventlog`` checks they happen
once; here the processes must simply all come up).
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field

import httpx
import pytest

from tests.cluster.support import (
    ClusterProcess,
    StreamDesk,
    compare,
    latest_seq,
    log_scopes,
    new_session,
    running,
    sql,
    start_processes,
    viewer_of,
    visible_seqs,
)

QUEUES = ("General", "Billing", "Delivery", "Technical Support")
PHASE = 60
"""Messages accepted before the kill, while the killed process is away, and after it is
back (three phases)."""
SENDERS_PER_PROCESS = 2
DESKS = (
    # (username, process index it starts on)
    ("agent01", 0),
    ("agent02", 1),
    ("agent03", 2),
    ("agent04", 1),
    ("supervisor01", 1),
    ("supervisor01", 0),
)
KILLED = 1
"""The process SIGKILLed mid-load (index); the desks starting on it must move."""


@pytest.fixture(scope="module")
def centre(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[ClusterProcess]]:
    """Three demo processes on one fresh database, started together."""
    procs = start_processes(tmp_path_factory.mktemp("three"), 3, ("--demo", "--heartbeat", "0.5"))
    yield procs
    for proc in procs:
        proc.stop()


@dataclass
class Intake:
    """What the load generator sent: accepted bodies -> message id, and bodies whose fate
    is unknown (the process died with the request in flight)."""

    accepted: dict[str, int] = field(default_factory=dict)
    unknown: set[str] = field(default_factory=set)
    numbers: Iterator[int] = field(default_factory=itertools.count)
    by_process: list[int] = field(default_factory=lambda: [0, 0, 0])
    changed: asyncio.Event = field(default_factory=asyncio.Event)


async def send_until(
    procs: list[ClusterProcess], home: int, intake: Intake, done: asyncio.Event
) -> None:
    """Post messages to process ``home`` (another live one while it is down) until
    ``done``; a refused connection is retried elsewhere, a request lost in flight is
    noted as of unknown fate (intake has no idempotency key, so it is never resent)."""
    async with httpx.AsyncClient(timeout=15) as client:
        while not done.is_set():
            n = next(intake.numbers)
            body = f"cluster message {n}"
            target = home
            if not procs[target].running or not procs[target].url:
                target = next(i for i in range(len(procs)) if procs[i].running)
            payload = {
                "channel": "chat",
                "queue": QUEUES[n % len(QUEUES)],
                "body": body,
                "customer": {"ref": f"cluster-{n % 40}", "name": f"Cluster {n % 40}"},
            }
            try:
                response = await client.post(
                    f"{procs[target].url}/api/intake/messages", json=payload
                )
            except httpx.ConnectError:
                continue  # nothing was sent: the body is simply not used
            except httpx.TransportError:
                intake.unknown.add(body)
                continue
            if response.status_code != 200:
                intake.unknown.add(body)  # a 5xx from a dying process: fate unknown
                continue
            intake.accepted[body] = int(response.json()["message_id"])
            intake.by_process[target] += 1
            intake.changed.set()


async def wait_accepted(intake: Intake, count: int, timeout: float) -> None:
    """Wait (deadline) until ``count`` messages in all were accepted."""
    async with asyncio.timeout(timeout):
        while len(intake.accepted) < count:
            intake.changed.clear()
            await intake.changed.wait()


@pytest.mark.asyncio
async def test_a_process_killed_mid_load_costs_no_desk_an_event(
    centre: list[ClusterProcess],
) -> None:
    url = centre[0].db_url
    urls = [p.url for p in centre]
    ids = dict(sql(url, "SELECT username, id FROM agents"))
    desks = [
        StreamDesk(
            new_session(url, int(ids[name])),
            urls,
            f"three-{name}-{n}",
            first=home,
            keep=lambda kind: kind == "message",
        )
        for n, (name, home) in enumerate(DESKS)
    ]
    intake = Intake()
    done = asyncio.Event()
    async with running(desks):
        for desk in desks:
            await desk.reach(1, 30)
        senders = [
            asyncio.create_task(send_until(centre, p, intake, done))
            for p in range(3)
            for _ in range(SENDERS_PER_PROCESS)
        ]
        try:
            await wait_accepted(intake, PHASE, 60)
            centre[KILLED].kill()
            restart = asyncio.create_task(asyncio.to_thread(centre[KILLED].start))
            await wait_accepted(intake, 2 * PHASE, 60)
            await restart
            back = len(intake.accepted)
            await wait_accepted(intake, back + PHASE, 60)
            assert intake.by_process[KILLED] > 0
        finally:
            done.set()
            await asyncio.gather(*senders, return_exceptions=True)
        late = StreamDesk(new_session(url, ids["agent05"]), urls, "three-late", first=KILLED)
        async with running([late]):
            final = latest_seq(url)
            for desk in [*desks, late]:
                await desk.reach(final, 60)

    scopes = log_scopes(url, final)
    assert [s for s, _q, _a in scopes] == list(range(1, final + 1)), "the log has a gap"
    wrong: list[str] = []
    for desk in [*desks, late]:
        wrong += compare(desk, visible_seqs(scopes, viewer_of(url, desk.agent_id)), final)
    assert wrong == []
    moved = [d for d in desks if d.first == KILLED]
    assert all(d.connects >= 2 for d in moved), [(d.client_id, d.connects) for d in moved]

    # Every accepted message stored once, its event in the log; lost-in-flight ones at most once.
    stored: dict[str, list[int]] = {}
    for message_id, body in sql(
        url, "SELECT id, body FROM messages WHERE body LIKE ?", "cluster %"
    ):
        stored.setdefault(str(body), []).append(int(message_id))
    assert {b: stored.get(b) for b in intake.accepted} == {
        b: [m] for b, m in intake.accepted.items()
    }
    assert all(len(stored.get(b, [])) <= 1 for b in intake.unknown)
    assert set(stored) <= set(intake.accepted) | intake.unknown
    logged = {int(e) for (e,) in sql(url, "SELECT entity_id FROM events WHERE kind = 'message'")}
    assert set(intake.accepted.values()) <= logged
    # The supervisors see every queue: each holds every accepted message's event once.
    for desk in desks:
        if desk.agent_id == ids["supervisor01"]:
            held = [e.id for e in desk.events if e.kind == "message" and e.seq <= final]
            mine = set(intake.accepted.values())
            assert sorted(m for m in held if m in mine) == sorted(mine), desk.client_id


@pytest.mark.asyncio
async def test_a_desk_catching_up_from_zero_on_any_process_gets_the_whole_visible_log(
    centre: list[ClusterProcess],
) -> None:
    url = centre[0].db_url
    ids = dict(sql(url, "SELECT username, id FROM agents"))
    final = latest_seq(url)
    scopes = log_scopes(url, final)
    for index, proc in enumerate(centre):
        for name in ("agent06", "supervisor01"):
            desk = StreamDesk(new_session(url, int(ids[name])), [proc.url], f"zero-{name}-{index}")
            async with running([desk]):
                await desk.reach(final, 30)
            expected = visible_seqs(scopes, viewer_of(url, desk.agent_id))
            assert compare(desk, expected, final) == []
            assert desk.connects == 1
