"""Issue 13, must hold: routing capacity is never exceeded and an offer's timeout fires
once when agents and contacts are spread over three processes on one PostgreSQL
database, also across a SIGKILL of the process running routing.

Four agents with chat capacities 1, 2, 3 and 2 accept whatever rings on their desk; two
more never answer, so their offers time out (they become *not responding*) and their
desks make them available again, over and over. Their desks are on different processes;
chats arrive through all three at once, more than the agents can take. Midway the process
holding routing's lock is SIGKILLed; its desks move to a survivor, which takes routing
over. The database is sampled each time an offer changes, and at the end the whole log
of offer events is replayed in seq order (commit order): at no point did an agent hold
more chats (ringing or working) than their capacity, or ring twice at once; no offer
left ringing twice, and every closed offer closed exactly once.
"""

from __future__ import annotations

import asyncio
import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from server.db.locks import singleton_key
from tests.cluster.support import (
    ClusterProcess,
    StreamDesk,
    latest_seq,
    new_session,
    routing_quiet,
    running,
    sql,
    start_processes,
)

OFFER_SECONDS = 2.0
CAPACITY = {1: 1, 2: 2, 3: 3, 4: 2, 5: 1, 6: 2}
"""Agent id -> chat capacity; agents 5 and 6 never answer."""
SILENT = frozenset({5, 6})
HOME = {1: 0, 2: 1, 3: 2, 4: 0, 5: 1, 6: 2}
"""Agent id -> the process their desk starts on."""
QUEUES = ("General", "Billing")
ARRIVALS = 30
"""Chats posted at the start (a third through each process), beyond the capacity of 8."""
CLOSED = ("closed", "done", "acw")


@pytest.fixture(scope="module")
def centre(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[ClusterProcess]]:
    """Three processes; only the six test agents are routable, with skills in both queues
    and the capacities of :data:`CAPACITY`; offers ring :data:`OFFER_SECONDS`."""
    procs = start_processes(tmp_path_factory.mktemp("capacity"), 3, ("--demo", "--heartbeat", "1"))
    url = procs[0].db_url
    routing_quiet(url, offer_seconds=OFFER_SECONDS, acw_seconds=0, wrapup_required=False)
    queue_ids = [
        int(q) for (q,) in sql(url, "SELECT id FROM queues WHERE name IN ('General', 'Billing')")
    ]
    skills = json.dumps([{"queue_id": q, "level": 2} for q in queue_ids])
    sql(url, "UPDATE routing_profiles SET skills = '[]'")
    for agent_id, cap in CAPACITY.items():
        sql(
            url,
            "UPDATE routing_profiles SET skills = ?, languages = '[]', cap_chat = ?"
            " WHERE agent_id = ?",
            skills,
            cap,
            agent_id,
        )
    sql(url, "DELETE FROM presence")
    yield procs
    for proc in procs:
        proc.stop()


def routing_holder(procs: list[ClusterProcess]) -> ClusterProcess:
    """The live process holding routing's advisory lock (its connection's application name
    ends with the process id /api/health reports)."""
    url = procs[0].db_url
    rows = sql(
        url,
        "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
        " WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objid = ?"
        " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())",
        singleton_key("routing"),
    )
    assert len(rows) == 1, rows
    holder = str(rows[0][0])
    found = [
        p
        for p in procs
        if p.running and holder.endswith(str(httpx.get(f"{p.url}/api/health").json()["process"]))
    ]
    assert len(found) == 1, (holder, found)
    return found[0]


async def agent(desk: StreamDesk, answers: bool) -> None:
    """What the agent at ``desk`` does, for ever: stays available (again after a timeout
    or a move to another process) and, if ``answers``, accepts whatever rings for them."""
    tried: set[int] = set()
    while True:
        me = desk.agent_id
        ringing = [
            oid
            for (kind, oid), data in desk.entities.items()
            if kind == "offer" and data["agent_id"] == me and data["phase"] == "ringing"
        ]
        presence = desk.entities.get(("presence", me), {}).get("state")
        try:
            if me and presence not in ("available", "busy"):
                await desk.command("presence.set", state="available", reason="")
            for oid in ringing:
                if answers and oid not in tried:
                    tried.add(oid)
                    await desk.command("offer.accept", offer_id=oid)
        except (ConnectionError, TimeoutError):
            tried.difference_update(ringing)  # the socket broke: try again on the next one
        desk.changed.clear()
        await desk.changed.wait()


def offer_log(url: str) -> list[tuple[int, dict[str, Any]]]:
    """Every offer event of the log in seq order: ``(seq, offer fields)``. Each change of
    an offer is two events, its agent's and the supervisors' copy: the agent's are read."""
    rows = sql(
        url,
        "SELECT seq, payload FROM events WHERE kind = 'offer' AND agent_id IS NOT NULL"
        " ORDER BY seq",
    )
    return [(int(seq), json.loads(str(payload))) for seq, payload in rows]


def count_since(log: list[tuple[int, dict[str, Any]]], state: str, after: int) -> int:
    return sum(1 for seq, o in log if seq > after and o["state"] == state)


def replay_violations(log: list[tuple[int, dict[str, Any]]]) -> list[str]:
    """Replay the offer events in commit order: capacity, one ring per desk, one ring per
    contact, each offer closing once."""
    current: dict[int, dict[str, Any]] = {}
    closes: Counter[int] = Counter()
    wrong: list[str] = []
    for seq, offer in log:
        before = current.get(offer["id"])
        if before is not None and before["phase"] in CLOSED and offer["phase"] == "ringing":
            wrong.append(f"seq {seq}: offer {offer['id']} rang again after closing")
        if offer["phase"] == "closed" and (before is None or before["phase"] != "closed"):
            closes[offer["id"]] += 1
        current[offer["id"]] = offer
        held: dict[int, int] = defaultdict(int)
        rings: dict[int, int] = defaultdict(int)
        contact_rings: dict[int, int] = defaultdict(int)
        for o in current.values():
            if o["channel"] == "chat" and o["phase"] in ("ringing", "working"):
                held[o["agent_id"]] += 1
            if o["phase"] == "ringing":
                rings[o["agent_id"]] += 1
                contact_rings[o["conversation_id"]] += 1
        wrong += [
            f"seq {seq}: agent {a} holds {n} chats, capacity {CAPACITY.get(a)}"
            for a, n in held.items()
            if n > CAPACITY.get(a, 0)
        ]
        wrong += [f"seq {seq}: agent {a} rings {n} offers" for a, n in rings.items() if n > 1]
        wrong += [
            f"seq {seq}: chat {c} rings on {n} desks" for c, n in contact_rings.items() if n > 1
        ]
    wrong += [f"offer {oid} closed {n} times" for oid, n in closes.items() if n > 1]
    return wrong


@pytest.mark.asyncio
async def test_capacity_holds_and_timeouts_fire_once_across_processes_and_a_kill(
    centre: list[ClusterProcess],
) -> None:
    url = centre[0].db_url
    urls = [p.url for p in centre]
    start = latest_seq(url)
    desks = {
        a: StreamDesk(
            new_session(url, a),
            urls,
            f"capacity-agent{a:02d}",
            first=HOME[a],
            keep=lambda kind: kind in ("offer", "presence"),
        )
        for a in CAPACITY
    }
    supervisor = int(sql(url, "SELECT id FROM agents WHERE username = 'supervisor01'")[0][0])
    watcher = StreamDesk(
        new_session(url, supervisor), urls, "capacity-watcher", keep=lambda k: k == "offer"
    )
    over: list[str] = []

    async def sample() -> None:
        """Read the database each time an offer changes: nobody over capacity, ever."""
        while True:
            watcher.changed.clear()
            await watcher.changed.wait()
            rows = await asyncio.to_thread(
                sql,
                url,
                "SELECT agent_id, COUNT(*) FROM offers WHERE channel = 'chat'"
                " AND phase IN ('ringing', 'working') GROUP BY agent_id",
            )
            over.extend(f"{a} holds {n}" for a, n in rows if n > CAPACITY.get(int(a), 0))

    async def post(proc: ClusterProcess, n: int) -> None:
        async with httpx.AsyncClient(timeout=15) as client:
            body = {
                "channel": "chat",
                "queue": QUEUES[n % 2],
                "body": f"capacity chat {n}",
                "customer": {"ref": f"capacity-{n}", "name": f"Capacity {n}", "language": "en"},
            }
            (await client.post(f"{proc.url}/api/intake/messages", json=body)).raise_for_status()

    async with running([*desks.values(), watcher]):
        for desk in [*desks.values(), watcher]:
            await desk.reach(start, 30)
        agents = [asyncio.create_task(agent(d, a not in SILENT)) for a, d in desks.items()]
        sampler = asyncio.create_task(sample())
        try:
            await asyncio.gather(*(post(centre[n % 3], n) for n in range(ARRIVALS)))

            def timeouts_and_work(after: int, timeouts: int, working: int) -> bool:
                """At least ``timeouts`` timeouts after seq ``after``, ``working`` chats
                being worked on, and an offer ringing now."""
                done = sum(
                    1
                    for e in watcher.events
                    if e.seq > after and e.data and e.data["state"] == "timed_out"
                )
                phases = Counter(o["phase"] for o in watcher.entities.values())
                return done >= timeouts and phases["working"] >= working and phases["ringing"] > 0

            await watcher.wait_for(
                lambda: timeouts_and_work(start, 3, 4), 60, "timeouts and work before the kill"
            )
            holder = await asyncio.to_thread(routing_holder, centre)
            killed_at = latest_seq(url)
            ringing_then = {
                int(o) for (o,) in sql(url, "SELECT id FROM offers WHERE phase = 'ringing'")
            }
            holder.kill()
            survivors = [p for p in centre if p is not holder]
            await asyncio.gather(*(post(survivors[n % 2], ARRIVALS + n) for n in range(6)))
            full = sum(c for a, c in CAPACITY.items() if a not in SILENT)
            await watcher.wait_for(
                lambda: timeouts_and_work(killed_at, 3, full),
                60,
                "timeouts and full desks after the kill",
            )
        finally:
            for task in [*agents, sampler]:
                task.cancel()
            await asyncio.gather(*agents, sampler, return_exceptions=True)
        final = latest_seq(url)
        await watcher.reach(final, 30)

    log = offer_log(url)
    assert replay_violations(log) == []
    assert over == []
    # The offers ringing when routing's process died each closed exactly once.
    closing = {
        oid: [(seq, o["state"], o["phase"]) for seq, o in log if o["id"] == oid]
        for oid in ringing_then
    }
    assert ringing_then, "nothing was ringing at the kill"
    assert all(sum(1 for _s, _st, ph in c if ph == "closed") == 1 for c in closing.values()), (
        closing
    )
    assert (
        sql(
            url,
            "SELECT COUNT(*) FROM offers WHERE phase = 'ringing' AND id = ANY(?)",
            list(ringing_then),
        )[0][0]
        == 0
    )
    # Offers timed out (the silent agents' at least), each once, as stored.
    timed_out = Counter(o["id"] for _seq, o in log if o["state"] == "timed_out")
    assert timed_out, "no offer timed out"
    assert max(timed_out.values()) == 1
    stored = dict(sql(url, "SELECT id, agent_id FROM offers WHERE state = 'timed_out'"))
    assert set(stored) == set(timed_out)
    assert {int(a) for a in stored.values()} & SILENT
    assert count_since(log, "timed_out", killed_at) >= 3  # the survivor's routing times out
    # At the end every answering agent is full, and nobody is over.
    working = dict(
        sql(url, "SELECT agent_id, COUNT(*) FROM offers WHERE phase = 'working' GROUP BY agent_id")
    )
    assert {int(a): int(n) for a, n in working.items()} == {
        a: c for a, c in CAPACITY.items() if a not in SILENT
    }
    assert any(d.connects >= 2 for d in desks.values()), "no desk moved off the killed process"


def test_the_replay_catches_an_agent_over_capacity_and_an_offer_closed_twice() -> None:
    """The checker itself (no server): it must be able to fail."""

    def offer(oid: int, agent_id: int, phase: str, state: str = "ringing") -> dict[str, Any]:
        return {
            "id": oid,
            "agent_id": agent_id,
            "conversation_id": 100 + oid,
            "channel": "chat",
            "phase": phase,
            "state": state,
        }

    fine = [(1, offer(1, 1, "ringing")), (2, offer(1, 1, "working", "accepted"))]
    assert replay_violations(fine) == []
    over = [*fine, (3, offer(2, 1, "ringing"))]  # agent 1 has capacity 1
    assert replay_violations(over) == ["seq 3: agent 1 holds 2 chats, capacity 1"]
    twice = [
        (1, offer(3, 2, "ringing")),
        (2, offer(3, 2, "closed", "timed_out")),
        (3, offer(3, 2, "ringing")),
        (4, offer(3, 2, "closed", "timed_out")),
    ]
    assert replay_violations(twice) == [
        "seq 3: offer 3 rang again after closing",
        "offer 3 closed 2 times",
    ]
