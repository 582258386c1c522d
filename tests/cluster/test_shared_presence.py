"""Presence, viewing/typing and sign-out across two real server processes on one
PostgreSQL database (server.core.pg_shared): a desk that moves to the other process within
the grace changes nothing while one that stays away goes away; a colleague on the other
process sees who types (also after a lost LISTEN connection), and so do a web chat
customer and a desk on different processes; a sign-out through one process closes the
desk on the other; the SIGKILL of the process holding an agent's only desk makes them
away once, after the process is taken for dead and the grace has passed, and back once on
their next desk.

The processes start once for the module; the kill comes last.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Callable, Iterator

import httpx
import pytest
from websockets.exceptions import ConnectionClosed

from protocol.frames import Activity, ActivityUpdate, ErrorFrame, encode
from protocol.kinds.presence import PresenceData
from tests.cluster.support import ClusterProcess, sql, start_processes
from tests.server.channels.webchat.support import (
    Chat,
    customer_typing,
    session_conversation,
    token_hash,
)
from tests.support.desk_socket import Desk

pytestmark = pytest.mark.asyncio

GRACE = 2.0
STALE = 10.0
"""server.core.pg_shared.STALE: a process unseen this long is dead."""
AGENT01, AGENT02, AGENT03, AGENT04, AGENT05, AGENT06, SUPERVISOR = 1, 2, 3, 4, 5, 6, 11


@pytest.fixture(scope="module")
def procs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[ClusterProcess]]:
    """Two processes on one fresh database with a short presence grace."""
    started = start_processes(
        tmp_path_factory.mktemp("shared"), 2, ("--demo", "--presence-grace", str(GRACE))
    )
    try:
        yield started
    finally:
        for proc in started:
            proc.stop()


def offline_events(proc: ClusterProcess, agent_id: int, after: int) -> int:
    """How many times the log made the agent offline after seq ``after`` (the agent's own
    event of each change: supervisors get a twin)."""
    rows = sql(
        proc.db_url,
        "SELECT count(*) FROM events WHERE kind = 'presence' AND entity_id = ? AND seq > ? "
        "AND agent_id = ? AND payload::json->>'state' = 'offline'",
        agent_id,
        after,
        agent_id,
    )
    return int(rows[0][0])


def latest(proc: ClusterProcess) -> int:
    return int(sql(proc.db_url, "SELECT COALESCE(MAX(seq), 0) FROM events")[0][0])


async def presence(desk: Desk, agent_id: int, state: str, deadline: float = 60.0) -> PresenceData:
    """Read the desk's frames until the agent's presence is ``state`` (a deadline)."""
    async with asyncio.timeout(deadline):
        while True:
            data = desk.mirror.entities.get(("presence", agent_id))
            if isinstance(data, PresenceData) and data.state == state:
                return data
            await desk.next_frame()


async def update(
    desk: Desk, conversation_id: int, wanted: Callable[[ActivityUpdate], bool]
) -> ActivityUpdate:
    """Read the desk's frames until an activity update of the conversation is ``wanted``."""
    async with asyncio.timeout(30):
        while True:
            frame = await desk.next_frame()
            if (
                isinstance(frame, ActivityUpdate)
                and frame.conversation_id == conversation_id
                and wanted(frame)
            ):
                return frame


async def read_all(desk: Desk, frames: list[object]) -> None:
    """Collect the desk's frames until its socket closes (a deadline)."""
    async with asyncio.timeout(30):
        while True:
            frames.append(await desk.next_frame())


def agents(frame: ActivityUpdate) -> list[tuple[int, str]]:
    return [(a.agent_id, a.state) for a in frame.agents]


async def test_a_desk_moving_to_the_other_process_within_the_grace_changes_nothing(
    procs: list[ClusterProcess],
) -> None:
    p1, p2 = procs
    boss = await Desk.open(p2, "supervisor01")
    mover = await Desk.open(p1, "agent01")
    control = await Desk.open(p1, "agent02")
    await mover.set_presence("available")
    await control.set_presence("available")
    await presence(boss, AGENT01, "available")
    await presence(boss, AGENT02, "available")
    before = latest(p1)
    await mover.ws.close()
    await control.ws.close()
    moved = await Desk.open(p2, "agent01", token=mover.token)
    # The control stayed away: its grace runs out (so agent01's would have too)...
    await presence(boss, AGENT02, "offline")
    # ...while agent01, on the other process since, never went away.
    assert offline_events(p1, AGENT01, before) == 0
    data = boss.mirror.entities[("presence", AGENT01)]
    assert isinstance(data, PresenceData)
    assert data.state == "available"
    for desk in (boss, moved):
        await desk.ws.close()


async def test_a_colleague_on_the_other_process_sees_who_views_and_types(
    procs: list[ClusterProcess],
) -> None:
    p1, p2 = procs
    conversation = int(
        sql(p1.db_url, "SELECT id FROM conversations WHERE queue_id = 1 ORDER BY id LIMIT 1")[0][0]
    )
    agent = await Desk.open(p1, "agent05")
    boss = await Desk.open(p2, "supervisor01")
    await agent.ws.send(encode(Activity(conversation_id=conversation, state="typing")))
    seen = await update(boss, conversation, lambda f: bool(f.agents))
    assert agents(seen) == [(AGENT05, "typing")]
    await agent.ws.send(encode(Activity(conversation_id=conversation, state="viewing")))
    calmer = await update(boss, conversation, lambda f: (AGENT05, "typing") not in agents(f))
    assert agents(calmer) == [(AGENT05, "viewing")]
    # Both ways, and merged with this process's own.
    await boss.ws.send(encode(Activity(conversation_id=conversation, state="viewing")))
    both = await update(agent, conversation, lambda f: len(f.agents) == 2)
    assert agents(both) == [(AGENT05, "viewing"), (SUPERVISOR, "viewing")]
    # p1 loses its LISTEN connection: it says so, reconnects and misses nothing.
    health = await asyncio.to_thread(httpx.get, f"{p1.url}/api/health", timeout=10)
    process = health.json()["process"]
    ended = sql(
        p1.db_url,
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?",
        f"frontline-shared {process}"[:63],
    )
    assert ended == [(True,)]
    await boss.ws.send(encode(Activity(conversation_id=conversation, state="typing")))
    typing = await update(agent, conversation, lambda f: (SUPERVISOR, "typing") in agents(f))
    assert agents(typing) == [(AGENT05, "viewing"), (SUPERVISOR, "typing")]
    assert re.search(r"shared presence: (the )?LISTEN connection", p1.log_text())
    await boss.ws.send(encode(Activity(conversation_id=conversation, state="viewing")))
    # A desk that goes away drops out on the other process too.
    await agent.ws.close()
    gone = await update(boss, conversation, lambda f: len(f.agents) < 2)
    assert agents(gone) == [(SUPERVISOR, "viewing")]
    await boss.ws.close()


async def test_a_chat_page_on_one_process_and_a_desk_on_the_other_see_each_other_type(
    procs: list[ClusterProcess],
) -> None:
    p1, p2 = procs
    chat = await Chat.started(p1, "Typist")
    await chat.say("Hello there")
    conversation = session_conversation(p1, token_hash(chat.token))
    boss = await Desk.open(p2, "supervisor01")
    await chat.send({"type": "typing", "typing": True})
    await customer_typing(boss, conversation, True)
    await chat.send({"type": "typing", "typing": False})
    await customer_typing(boss, conversation, False)
    await boss.ws.send(encode(Activity(conversation_id=conversation, state="typing")))
    await chat.until("agent_typing", typing=True)
    await boss.ws.send(encode(Activity(conversation_id=conversation, state="left")))
    await chat.until("agent_typing", typing=False)
    await chat.close()
    await boss.ws.close()


async def test_signing_out_through_one_process_closes_the_desk_on_the_other(
    procs: list[ClusterProcess],
) -> None:
    p1, p2 = procs
    boss = await Desk.open(p1, "supervisor01")
    desk = await Desk.open(p2, "agent03")
    await desk.set_presence("available")
    await presence(boss, AGENT03, "available")
    before = latest(p1)
    response = await asyncio.to_thread(
        httpx.post,
        f"{p1.url}/api/logout",
        headers={"Authorization": f"Bearer {desk.token}"},
        timeout=10,
    )
    assert response.status_code == 204
    frames: list[object] = []
    with pytest.raises(ConnectionClosed):
        await read_all(desk, frames)
    errors = [f for f in frames if isinstance(f, ErrorFrame)]
    assert [(e.code, e.fatal) for e in errors] == [("session_revoked", True)]
    await presence(boss, AGENT03, "offline")
    assert offline_events(p1, AGENT03, before) == 1
    await boss.ws.close()


async def test_desks_on_both_processes_leaving_and_coming_together_decide_once(
    procs: list[ClusterProcess],
) -> None:
    p1, p2 = procs
    boss = await Desk.open(p2, "supervisor01")
    first = await Desk.open(p1, "agent06")
    second = await Desk.open(p2, "agent06", token=first.token)
    await first.set_presence("available")
    await presence(boss, AGENT06, "available")
    before = latest(p1)
    marks = len(p1.log_text()), len(p2.log_text())
    await asyncio.gather(first.ws.close(), second.ws.close())
    await presence(boss, AGENT06, "offline")
    desks = await asyncio.gather(
        Desk.open(p1, "agent06", token=first.token), Desk.open(p2, "agent06", token=first.token)
    )
    await presence(boss, AGENT06, "available")
    assert offline_events(p1, AGENT06, before) == 1
    logs = p1.log_text()[marks[0] :] + p2.log_text()[marks[1] :]
    assert logs.count(f"agent {AGENT06}: no desk anywhere for the grace period") == 1
    assert logs.count(f"agent {AGENT06}: a desk again after being away") == 1
    for each in (boss, *desks):
        await each.ws.close()


async def test_killing_the_process_of_an_agents_only_desk_makes_them_away_once(
    procs: list[ClusterProcess],
) -> None:
    p1, p2 = procs
    boss = await Desk.open(p2, "supervisor01")
    desk = await Desk.open(p1, "agent04")
    await desk.set_presence("available")
    await presence(boss, AGENT04, "available")
    before = latest(p2)
    killed_at = time.time()
    p1.kill()
    away = await presence(boss, AGENT04, "offline", deadline=90.0)
    # Not before the dead process was taken for dead and the grace had passed.
    assert away.since >= killed_at + GRACE
    assert offline_events(p2, AGENT04, before) == 1
    decided = p2.log_text().count(f"agent {AGENT04}: no desk anywhere for the grace period")
    assert decided == 1
    # Back once, on the survivor.
    back = await Desk.open(p2, "agent04", token=desk.token)
    await presence(boss, AGENT04, "available")
    assert offline_events(p2, AGENT04, before) == 1
    for each in (boss, back):
        await each.ws.close()
