"""Canned replies on the wire: who receives which reply (live, replay and snapshot), and
what the personal-reply mutations refuse."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import pytest
from websockets.asyncio.client import ClientConnection

from protocol.entities import CannedReplyData
from protocol.frames import (
    Ack,
    CannedDeleteOp,
    CannedSaveOp,
    CaughtUp,
    ErrorFrame,
    Events,
    Mutation,
    Reject,
    Snapshot,
    encode,
)
from tests.support.client import Mirror, hello, login, open_ws, recv, recv_until
from tests.support.server_proc import ServerProcess

pytestmark = pytest.mark.asyncio


@dataclass
class Live:
    """A connected test desk: its socket, mirror and next mutation id."""

    ws: ClientConnection
    mirror: Mirror
    next_id: int = 1

    async def send(self, change: CannedSaveOp | CannedDeleteOp) -> Ack | Reject:
        mutation_id = self.next_id
        self.next_id += 1
        await self.ws.send(encode(Mutation(mutation_id=mutation_id, change=change)))
        while True:
            frames = await recv_until(self.ws, (Ack, Reject), timeout=20)  # type: ignore[arg-type]
            for frame in frames:
                self.mirror.apply(frame)
            last = frames[-1]
            assert isinstance(last, Ack | Reject)
            if last.mutation_id == mutation_id:
                return last

    def replies(self) -> dict[str, CannedReplyData]:
        return {
            e.shortcut: e for e in self.mirror.entities.values() if isinstance(e, CannedReplyData)
        }


async def connect(
    server: ServerProcess, user: str, client_id: str, last_seq: int = 0, epoch: str | None = None
) -> Live:
    ws = await open_ws(server.ws_url)
    await hello(ws, login(server.url, user), client_id, last_seq=last_seq, epoch=epoch)
    mirror = Mirror()
    async with asyncio.timeout(60):
        while True:  # a replay ends with caught_up, a snapshot with its last chunk
            frame = await recv(ws)
            mirror.apply(frame)
            if isinstance(frame, CaughtUp) or (isinstance(frame, Snapshot) and frame.done):
                return Live(ws, mirror)


def save(
    shortcut: str, text: str = "Hello {customer.first_name}", reply_id: int | None = None
) -> CannedSaveOp:
    return CannedSaveOp(
        id=reply_id, shortcut=shortcut, title=f"Title {shortcut}", variants={"en": text}
    )


async def test_shared_replies_reach_the_queues_that_may_see_them(
    demo_server: ServerProcess,
) -> None:
    agent = await connect(demo_server, "agent01", "canned-vis-a01")  # General, Billing, Delivery
    boss = await connect(demo_server, "supervisor01", "canned-vis-sup1")
    try:
        mine, everything = agent.replies(), boss.replies()
        # The demo seed's replies: every queue's, and those of the agent's queues only.
        assert {"greeting", "closing", "order-number", "refund-timeline"} <= set(mine)
        assert "password-reset" not in mine  # Technical Support: not agent01's queue
        assert "password-reset" in everything
        assert everything["password-reset"].queue_id == 4
        assert mine["greeting"].queue_id is None
        assert set(mine["greeting"].variants) == {"en", "fi", "zh-Hans", "zh-Hant"}
        assert len(everything) == 10
    finally:
        await agent.ws.close()
        await boss.ws.close()


async def test_a_personal_reply_reaches_its_owner_only(demo_server: ServerProcess) -> None:
    a = await connect(demo_server, "agent01", "canned-vis-a02")
    b = await connect(demo_server, "agent02", "canned-vis-b02")
    boss = await connect(demo_server, "supervisor01", "canned-vis-sup2")
    try:
        ack = await a.send(save("a-secret", "Only mine"))
        assert isinstance(ack, Ack)
        created = a.replies()["a-secret"]
        assert (created.scope, created.owner_id, created.queue_id) == ("personal", 1, None)
        # B and the supervisor are live: the first canned event each then gets is their own.
        assert isinstance(await b.send(save("b-own")), Ack)
        assert isinstance(await boss.send(save("boss-own")), Ack)
        assert "a-secret" not in b.replies()
        assert "a-secret" not in boss.replies()
        assert "b-own" not in a.replies()
    finally:
        for live in (a, b, boss):
            await live.ws.close()
    # Neither a replay from zero nor a snapshot gives B (or the supervisor) A's reply.
    replay = await connect(demo_server, "agent02", "canned-vis-b03")
    snap = await connect(demo_server, "agent02", "canned-vis-b04", last_seq=1, epoch="other")
    boss_snap = await connect(
        demo_server, "supervisor01", "canned-vis-sup3", last_seq=1, epoch="other"
    )
    owner_snap = await connect(demo_server, "agent01", "canned-vis-a05", last_seq=1, epoch="other")
    try:
        assert snap.mirror.resets == 1
        for other in (replay, snap, boss_snap):
            assert "a-secret" not in other.replies()
        assert "b-own" in replay.replies()
        assert "b-own" in snap.replies()
        assert "a-secret" in owner_snap.replies()
    finally:
        for live in (replay, snap, boss_snap, owner_snap):
            await live.ws.close()


async def test_saving_again_by_shortcut_edits_and_deleting_reaches_the_owner(
    demo_server: ServerProcess,
) -> None:
    a = await connect(demo_server, "agent01", "canned-vis-a06")
    try:
        assert isinstance(await a.send(save("twice", "First")), Ack)
        first = a.replies()["twice"]
        # The same shortcut without an id (a desk resending an offline save): the same reply.
        assert isinstance(await a.send(save("TWICE", "Second")), Ack)
        second = a.replies()["twice"]
        assert second.id == first.id
        assert second.variants == {"en": "Second"}
        # Renaming through its id; then deleting it.
        assert isinstance(await a.send(save("renamed", "Third", reply_id=first.id)), Ack)
        assert a.replies()["renamed"].id == first.id
        assert "twice" not in a.replies()
        assert isinstance(await a.send(CannedDeleteOp(id=first.id)), Ack)
        assert "renamed" not in a.replies()
    finally:
        await a.ws.close()


async def test_refusals_say_why_and_change_nothing(demo_server: ServerProcess) -> None:
    a = await connect(demo_server, "agent01", "canned-vis-a07")
    b = await connect(demo_server, "agent02", "canned-vis-b07")
    try:
        assert isinstance(await a.send(save("a-keep", "Mine")), Ack)
        assert isinstance(await a.send(save("a-other", "Other")), Ack)
        keep, other = a.replies()["a-keep"], a.replies()["a-other"]
        shared = a.replies()["greeting"]
        # Somebody else's reply: refused like a missing one.
        for change in (save("b-steal", reply_id=keep.id), CannedDeleteOp(id=keep.id)):
            refused = await b.send(change)
            assert isinstance(refused, Reject)
            assert refused.code == "not_yours"
            assert f"canned reply {keep.id}" in refused.message
        missing = await b.send(CannedDeleteOp(id=9_999_999))
        assert isinstance(missing, Reject)
        assert missing.code == "not_yours"
        # A shared reply is never an agent's to change or delete.
        for change in (save("greeting", reply_id=shared.id), CannedDeleteOp(id=shared.id)):
            refused = await a.send(change)
            assert isinstance(refused, Reject)
            assert refused.code == "not_yours"
        # Renaming onto another of one's own shortcuts.
        clash = await a.send(save("a-keep", reply_id=other.id))
        assert isinstance(clash, Reject)
        assert clash.code == "duplicate_shortcut"
        assert "/a-keep" in clash.message
        assert a.replies()["a-keep"].variants == {"en": "Mine"}
        assert a.replies()["a-other"].variants == {"en": "Other"}
        # A value the protocol refuses never reaches a handler: a non-fatal bad_frame.
        bad = (
            '{"type":"mutation","mutation_id":99,"change":{"op":"canned.save",'
            '"shortcut":"has space!","title":"t","variants":{"en":"x"}}}'
        )
        await a.ws.send(bad)
        error = (await recv_until(a.ws, ErrorFrame))[-1]
        assert isinstance(error, ErrorFrame)
        assert error.code == "bad_frame"
        assert "shortcut" in error.message
        assert not error.fatal
    finally:
        await a.ws.close()
        await b.ws.close()


async def test_an_agent_keeps_at_most_500_personal_replies(demo_server: ServerProcess) -> None:
    a = await connect(demo_server, "agent03", "canned-vis-a08")
    try:
        for n in range(500):
            change = save(f"many-{n}", f"Reply {n}")
            await a.ws.send(encode(Mutation(mutation_id=n + 1, change=change)))
        a.next_id = 501
        acked = 0
        while acked < 500:
            for frame in await recv_until(a.ws, Ack, timeout=120):
                a.mirror.apply(frame)
                acked += isinstance(frame, Ack)
        assert len([r for r in a.replies().values() if r.scope == "personal"]) == 500
        refused = await a.send(save("one-too-many"))
        assert isinstance(refused, Reject)
        assert refused.code == "too_many"
        assert "500" in refused.message
        # Saving an existing one is still fine, and after a delete a new one fits again.
        assert isinstance(await a.send(save("many-0", "Changed")), Ack)
        assert isinstance(await a.send(CannedDeleteOp(id=a.replies()["many-1"].id)), Ack)
        assert isinstance(await a.send(save("one-too-many")), Ack)
    finally:
        await a.ws.close()


async def test_the_owners_other_desk_gets_the_reply_live(demo_server: ServerProcess) -> None:
    """Agent-scoped means the agent, not the desk: a second desk of the owner hears it."""
    a = await connect(demo_server, "agent01", "canned-vis-a09")
    b = await connect(demo_server, "agent01", "canned-vis-a10")  # the same agent, second desk
    try:
        assert isinstance(await a.send(save("two-desks", "Both see it")), Ack)
        frames = await recv_until(b.ws, Events, timeout=20)
        kinds = {e.kind for f in frames if isinstance(f, Events) for e in f.events}
        assert "canned_reply" in kinds  # the owner's other desk gets it live
    finally:
        await a.ws.close()
        await b.ws.close()
