"""A desk whose client id another agent took first picks a new one and loses nothing."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest

from desktop.store.cache import Cache
from protocol.frames import Ack, Mutation, ReplyOp, encode
from tests.server.helpers import intake
from tests.support.client import hello, login, open_ws, recv_until
from tests.support.server_proc import ServerFactory
from tests.sync.helpers import running_desk


@pytest.mark.asyncio
async def test_a_taken_client_id_is_renewed_and_the_reply_goes_out_once(
    server_factory: ServerFactory, tmp_path: Path
) -> None:
    server = server_factory()
    conversation = intake(server.url, queue="General", ref="taken-id")["conversation_id"]
    cache_file = tmp_path / "cache.sqlite3"
    cache = Cache(cache_file)
    cache.open()
    old_id = (await cache.state()).client_id
    await cache.queue_reply(conversation, "Queued before the squatter", "Agent One")
    await asyncio.to_thread(cache.close)
    # A colleague uses the desk's id first: the server binds it to them.
    async with await open_ws(server.ws_url) as squatter:
        await hello(squatter, login(server.url, "agent02"), old_id)
        change = ReplyOp(conversation_id=conversation, body="Squatter's note", internal=True)
        await squatter.send(encode(Mutation(mutation_id=1, change=change)))
        await recv_until(squatter, Ack)
    async with running_desk(server.url, cache_file) as desk:
        await asyncio.wait_for(desk.engine.wait_idle(), 60)
        new_id = (await desk.cache.state()).client_id
    assert new_id != old_id
    token = login(server.url, "agent01")
    async with httpx.AsyncClient(base_url=server.url) as client:
        reply = await client.get(
            f"/api/conversations/{conversation}/messages",
            headers={"Authorization": f"Bearer {token}"},
        )
    bodies = [m["body"] for m in reply.json()["items"]]
    assert bodies.count("Queued before the squatter") == 1
