"""Who is viewing or typing where, against a real server: colleagues who see the
conversation are told at once, others never; leaving, closing the desk and silence end
it; a conversation the agent may not see is refused like a bad frame."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from protocol.frames import Activity as ActivityFrame
from protocol.frames import ActivityUpdate, ErrorFrame, encode
from server.core.activity import LASTS, ActivityBoard
from server.core.visibility import Viewer
from tests.support.db import connect as db_connect
from tests.support.desk_socket import Desk
from tests.support.server_proc import ServerFactory

pytestmark = pytest.mark.asyncio


async def update_for(desk: Desk, conversation_id: int) -> ActivityUpdate:
    async with asyncio.timeout(20):
        while True:
            frame = await desk.next_frame()
            if isinstance(frame, ActivityUpdate) and frame.conversation_id == conversation_id:
                return frame


async def say(desk: Desk, conversation_id: int, state: str) -> None:
    frame = ActivityFrame(conversation_id=conversation_id, state=state)
    await desk.ws.send(encode(frame))


def places(db: Any) -> tuple[int, int, str]:
    """A conversation in a queue agent01 works, another in a queue agent01 does not, and
    an agent who is not in the first queue."""
    with db_connect(db) as conn:
        mine = conn.execute(
            "SELECT c.id, c.queue_id FROM conversations c WHERE c.queue_id IN "
            "(SELECT queue_id FROM agent_queues WHERE agent_id = 1) ORDER BY c.id LIMIT 1"
        ).fetchone()
        theirs = conn.execute(
            "SELECT id FROM conversations WHERE queue_id NOT IN "
            "(SELECT queue_id FROM agent_queues WHERE agent_id = 1) ORDER BY id LIMIT 1"
        ).fetchone()[0]
        stranger = conn.execute(
            "SELECT a.username FROM agents a WHERE a.role = 'agent' AND a.id NOT IN "
            "(SELECT agent_id FROM agent_queues WHERE queue_id = ?) ORDER BY a.id LIMIT 1",
            (mine[1],),
        ).fetchone()[0]
    return int(mine[0]), int(theirs), str(stranger)


async def test_colleagues_who_see_it_learn_who_views_and_types(
    server_factory: ServerFactory,
) -> None:
    server = server_factory()
    conversation, hidden, stranger_name = places(server)
    agent = await Desk.open(server, "agent01")
    boss = await Desk.open(server, "supervisor01")
    stranger = await Desk.open(server, stranger_name)

    await say(agent, conversation, "viewing")
    seen = await update_for(boss, conversation)
    assert [(a.agent_id, a.state) for a in seen.agents] == [(1, "viewing")]
    await say(agent, conversation, "typing")
    typing = await update_for(boss, conversation)
    assert [(a.agent_id, a.state) for a in typing.agents] == [(1, "typing")]
    await say(agent, conversation, "left")
    assert (await update_for(boss, conversation)).agents == []

    # The stranger's socket got none of it: the next thing it hears is a heartbeat or
    # its own answers, never an activity update of a conversation it cannot see.
    await say(stranger, hidden if hidden != conversation else conversation, "viewing")
    async with asyncio.timeout(20):
        while True:
            frame = await stranger.next_frame()
            assert not (isinstance(frame, ActivityUpdate) and frame.conversation_id == conversation)
            if isinstance(frame, ActivityUpdate | ErrorFrame):
                break

    # Closing the desk ends its presence in the conversation.
    await say(agent, conversation, "viewing")
    await update_for(boss, conversation)
    await agent.ws.close()
    assert (await update_for(boss, conversation)).agents == []


async def test_a_conversation_out_of_sight_is_refused_without_closing(
    server_factory: ServerFactory,
) -> None:
    server = server_factory()
    _conversation, hidden, _stranger = places(server)
    agent = await Desk.open(server, "agent01")
    for target in (hidden, 10**9):
        await say(agent, target, "typing")
        async with asyncio.timeout(20):
            while True:
                frame = await agent.next_frame()
                if isinstance(frame, ErrorFrame):
                    break
        assert frame.code == "bad_frame"
        assert not frame.fatal
    await agent.ws.send('{"type": "activity", "conversation_id": 1, "state": "dancing"}')
    async with asyncio.timeout(20):
        while not isinstance(frame := await agent.next_frame(), ErrorFrame):
            pass
    assert frame.code == "bad_frame"
    assert (await agent.command("session.clock")).ok  # still connected


async def test_the_board_forgets_silence_and_shows_typing_over_viewing() -> None:
    board = ActivityBoard()
    heard: list[ActivityUpdate] = []
    board.join("boss", Viewer(agent_id=9, supervisor=True, queue_ids=frozenset()), heard.append)
    board.say("laptop", 1, 7, 1, "viewing", now=100.0)
    board.say("desktop", 1, 7, 1, "typing", now=101.0)  # the same agent on a second desk
    assert [(a.agent_id, a.state) for a in board.who(7).agents] == [(1, "typing")]
    board.sweep(now=101.0 + LASTS["typing"])  # the typing desk fell silent
    assert [(a.agent_id, a.state) for a in board.who(7).agents] == [(1, "viewing")]
    board.say("laptop", 1, 8, 1, "viewing", now=102.0)  # one conversation per desk at a time
    assert board.who(7).agents == []
    board.sweep(now=102.0 + LASTS["viewing"])
    assert board.who(8).agents == []
    assert [len(u.agents) for u in heard] == [1, 1, 1, 0, 1, 0]
