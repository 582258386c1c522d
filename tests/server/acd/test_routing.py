"""Routing against a real server: offers go only to available agents with the skill and
room, ring on one desk, time out to the next agent (the first becomes not responding),
are declined with a reason, accepted into work, and survive a server SIGKILL.

The demo's waiting conversations are resolved first (:func:`quiet`), so only the
contacts a test makes are routed.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from protocol.commands import OfferAnswer
from protocol.kinds.conversations import ConversationData
from protocol.kinds.routing import OfferData, QueueRoutingData, RoutingProfileData
from tests.server.helpers import intake
from tests.support import db
from tests.support.client import login
from tests.support.desk_socket import Desk
from tests.support.routing import (
    AGENT01,
    AGENT02,
    accept,
    only_available,
    open_available,
    quiet,
    ringing_offer,
    shared_queue,
)
from tests.support.server_proc import ServerFactory

pytestmark = pytest.mark.asyncio


async def test_a_new_chat_rings_on_the_available_agent_and_accepting_assigns_it(
    server_factory: ServerFactory,
) -> None:
    server = server_factory()
    quiet(server)
    queue = shared_queue(server, AGENT01)
    away = await Desk.open(server, "agent02")  # connected but never available
    desk = await open_available(server, "agent01")
    made = await asyncio.to_thread(intake, server.url, queue=queue)
    offer = await ringing_offer(desk, conversation_id=made["conversation_id"])
    assert offer.agent_id == AGENT01
    assert offer.channel == "chat"
    assert offer.why == "longest_idle"
    assert offer.why_level == 2
    assert offer.expires_at - offer.offered_at == pytest.approx(20.0)
    assert ("offer", offer.id) not in away.mirror.entities

    accepted = await accept(desk, offer.id)
    assert (accepted.state, accepted.phase) == ("accepted", "working")
    conversation = await desk.entity("conversation", offer.conversation_id, assignee_id=AGENT01)
    assert isinstance(conversation, ConversationData)
    await desk.presence_of(AGENT01, state="busy")

    again = await desk.command("offer.accept", offer_id=offer.id)
    assert not again.ok
    assert again.code == "not_ringing"
    theirs = await away.command("offer.accept", offer_id=offer.id)
    assert (theirs.ok, theirs.code) == (False, "not_your_offer")


async def test_only_agents_with_the_skill_and_presence_get_offers(
    server_factory: ServerFactory,
) -> None:
    server = server_factory()
    quiet(server)
    skills = "UPDATE routing_profiles SET skills = ?, languages = '[]' WHERE agent_id = ?"
    db.executemany(
        server,
        [
            (skills, ('[{"queue_id": 2, "level": 3}]', 1)),
            (skills, ('[{"queue_id": 1, "level": 3}]', 2)),
        ],
    )
    billing, general = (db.value(server, "SELECT name FROM queues WHERE id = ?", i) for i in (2, 1))
    one = await open_available(server, "agent01")
    two = await open_available(server, "agent02")
    b = await asyncio.to_thread(intake, server.url, queue=billing)
    g = await asyncio.to_thread(intake, server.url, queue=general)
    assert (await ringing_offer(one)).conversation_id == b["conversation_id"]
    first_general = await ringing_offer(two)
    assert first_general.conversation_id == g["conversation_id"]
    assert (await two.command("offer.decline", offer_id=first_general.id)).ok

    # On a break nobody gets anything: the next contact waits until they are back.
    await two.set_presence("break")
    waiting = await asyncio.to_thread(intake, server.url, queue=general)
    back = await two.set_presence("available")
    offer = await ringing_offer(two, conversation_id=waiting["conversation_id"])
    assert offer.agent_id == AGENT02
    assert offer.offered_at >= back.presence.since


async def test_a_timed_out_offer_moves_on_and_marks_the_agent_not_responding(
    server_factory: ServerFactory,
) -> None:
    server = server_factory()
    quiet(server, offer_seconds=1.0)
    queue = shared_queue(server, AGENT01, AGENT02)
    first = await open_available(server, "agent01")
    made = await asyncio.to_thread(intake, server.url, queue=queue)
    offer = await ringing_offer(first, conversation_id=made["conversation_id"])
    second = await open_available(server, "agent02")
    await first.entity("offer", offer.id, state="timed_out", phase="closed")
    await first.presence_of(AGENT01, state="not_responding")
    moved = await ringing_offer(second, conversation_id=made["conversation_id"])
    assert moved.agent_id == AGENT02

    # Not routable until they choose available again.
    db.execute(server, "UPDATE routing_queues SET offer_seconds = 20")
    other = await asyncio.to_thread(intake, server.url, queue=queue)
    # agent01 chooses available while agent02's desk still rings (not routable), so the
    # new chat can only go to agent01; accepting first let a round hand it to agent02
    # (room for a second chat) on a loaded machine.
    await first.set_presence("available")
    await accept(second, moved.id)
    assert (
        await ringing_offer(first, conversation_id=other["conversation_id"])
    ).agent_id == AGENT01


async def test_a_declined_offer_goes_to_the_next_agent_with_its_reason_kept(
    server_factory: ServerFactory,
) -> None:
    server = server_factory()
    quiet(server)
    queue = shared_queue(server, AGENT01, AGENT02)
    first = await open_available(server, "agent01")
    made = await asyncio.to_thread(intake, server.url, queue=queue)
    offer = await ringing_offer(first, conversation_id=made["conversation_id"])
    second = await open_available(server, "agent02")
    result = await first.command("offer.decline", offer_id=offer.id, reason="Not my language\x07")
    assert result.ok, result
    declined = OfferAnswer.model_validate(result.answer).offer
    assert declined is not None
    assert (declined.state, declined.decline_reason) == ("declined", "Not my language")
    assert (
        await ringing_offer(second, conversation_id=made["conversation_id"])
    ).agent_id == AGENT02
    await first.presence_of(AGENT01, state="available")  # a decline is a choice, not a miss
    too_long = await first.command("offer.decline", offer_id=offer.id, reason="x" * 1000)
    assert (too_long.ok, too_long.code) == (False, "bad_args")


async def test_capacity_is_never_exceeded_under_concurrent_arrivals(
    server_factory: ServerFactory,
) -> None:
    server = server_factory()
    quiet(server)
    agents = [1, 2, 3, 4, 5]
    queue = shared_queue(server, *agents)
    only_available(server, *agents)
    desks = [await open_available(server, f"agent{a:02d}") for a in agents]
    watcher = await Desk.open(server, "supervisor01")  # receives every offer's event

    async def keep_accepting(desk: Desk) -> None:
        while True:
            offer = await ringing_offer(desk)
            result = await desk.command("offer.accept", offer_id=offer.id)
            assert result.ok or result.code == "not_ringing", result

    workers = [asyncio.create_task(keep_accepting(d)) for d in desks]
    try:
        async with httpx.AsyncClient(timeout=30) as client:
            posts = [
                client.post(
                    f"{server.url}/api/intake/messages",
                    json={
                        "channel": "chat",
                        "customer": {"ref": f"burst-{i}", "name": f"Burst {i}", "language": "en"},
                        "body": "Hello",
                        "queue": queue,
                    },
                )
                for i in range(40)
            ]
            for response in await asyncio.gather(*posts):
                response.raise_for_status()

        def working() -> dict[int, int]:
            rows = db.rows(
                server,
                "SELECT agent_id, COUNT(*) FROM offers WHERE phase = 'working' GROUP BY agent_id",
            )
            return {int(a): int(n) for a, n in rows}

        async with asyncio.timeout(60):
            # Every accept is an offer event the supervisor receives: wait on those.
            while sum(working().values()) < 15:
                await watcher.next_frame()
        assert working() == dict.fromkeys(agents, 3)
        ringing = db.rows(
            server,
            "SELECT agent_id, COUNT(*) FROM offers WHERE phase = 'ringing' GROUP BY agent_id",
        )
        waiting = db.value(server, "SELECT COUNT(*) FROM routing_contacts WHERE state = 'waiting'")
        assert ringing == []  # full agents get nothing more
        assert waiting == 40 - 15
    finally:
        for w in workers:
            w.cancel()
        await asyncio.gather(*workers, return_exceptions=True)


async def test_a_sigkill_while_ringing_neither_loses_the_contact_nor_rings_forever(
    server_factory: ServerFactory,
) -> None:
    server = server_factory()
    quiet(server, offer_seconds=2.0)
    queue = shared_queue(server, AGENT01)
    desk = await open_available(server, "agent01")
    made = await asyncio.to_thread(intake, server.url, queue=queue)
    first = await ringing_offer(desk, conversation_id=made["conversation_id"])
    server.kill()
    # its expiry passes while the server is down
    db.execute(server, "UPDATE offers SET expires_at = expires_at - 60 WHERE id = ?", first.id)
    server.start()
    again = await open_available(server, "agent01")
    await again.entity("offer", first.id, state="withdrawn", phase="closed")
    offer = await ringing_offer(again, conversation_id=made["conversation_id"])
    assert offer.id != first.id
    await again.presence_of(AGENT01, state="available")  # nobody was ringing: no penalty


async def test_supervisors_configure_queues_and_agents_and_desks_see_it(
    server_factory: ServerFactory,
) -> None:
    server = server_factory()
    quiet(server)
    supervisor = await asyncio.to_thread(login, server.url, "supervisor01")
    agent_token = await asyncio.to_thread(login, server.url, "agent01")
    desk = await open_available(server, "agent01")

    def put(token: str, path: str, body: dict[str, Any]) -> httpx.Response:
        headers = {"Authorization": f"Bearer {token}"}
        return httpx.put(f"{server.url}/api/routing/{path}", json=body, headers=headers, timeout=10)

    codes = [{"code": "sold", "label": "Sale made"}, {"code": "lost", "label": "No sale"}]
    queue = {
        "priority": 5,
        "acw_seconds": 30,
        "wrapup_codes": codes,
        "offer_seconds": 10,
        "next_response_seconds": 600,
    }
    assert (await asyncio.to_thread(put, agent_token, "queues/1", queue)).status_code == 403
    ok = await asyncio.to_thread(put, supervisor, "queues/1", queue)
    assert ok.status_code == 200, ok.text
    setting = await desk.entity(
        "queue_routing", 1, priority=5, acw_seconds=30, next_response_seconds=600
    )
    assert isinstance(setting, QueueRoutingData)
    assert [c.code for c in setting.wrapup_codes] == ["sold", "lost"]

    bad: list[tuple[str, dict[str, Any], int]] = [
        ("queues/999", queue, 404),
        ("queues/1", {**queue, "wrapup_codes": codes + codes}, 422),
        ("queues/1", {**queue, "offer_seconds": 1}, 422),
        ("queues/1", {**queue, "next_response_seconds": 0}, 422),
        ("queues/1", {**queue, "next_response_seconds": 7 * 86400 + 1}, 422),
        ("queues/1", {**queue, "wrapup_codes": [{"code": "x" * 41, "label": "y"}]}, 422),
        ("agents/1", {"skills": [{"queue_id": 1, "level": 6}]}, 422),
        ("agents/1", {"skills": [{"queue_id": 99, "level": 1}]}, 422),
        ("agents/1", {"capacity": {"fax": 1}}, 422),
        ("agents/1", {"capacity": {"chat": 99}}, 422),
        ("agents/1", {"languages": ["klingon"]}, 422),
        ("agents/999", {}, 404),
    ]
    for path, body, status in bad:
        response = await asyncio.to_thread(put, supervisor, path, body)
        assert response.status_code == status, (path, body, response.text)

    profile = {
        "skills": [{"queue_id": 1, "level": 4}],
        "languages": ["fi", "zh-TW"],
        "capacity": {"chat": 1},
    }
    ok = await asyncio.to_thread(put, supervisor, "agents/1", profile)
    assert ok.status_code == 200, ok.text
    mine = await desk.entity("routing_profile", AGENT01, languages=["fi", "zh-Hant"])
    assert isinstance(mine, RoutingProfileData)
    assert mine.capacity == {"phone": 1, "chat": 1, "email": 5}


async def test_going_on_a_break_while_ringing_withdraws_the_offer_for_the_next_agent(
    server_factory: ServerFactory,
) -> None:
    server = server_factory()
    quiet(server)
    queue = shared_queue(server, AGENT01, AGENT02)
    first = await open_available(server, "agent01")
    made = await asyncio.to_thread(intake, server.url, queue=queue)
    offer = await ringing_offer(first, conversation_id=made["conversation_id"])
    second = await open_available(server, "agent02")
    await first.set_presence("break")
    gone = await first.entity("offer", offer.id, state="withdrawn")
    assert isinstance(gone, OfferData)
    assert gone.decline_reason == "you were no longer available"
    await first.presence_of(AGENT01, state="break")  # no "not responding" for a choice
    assert (
        await ringing_offer(second, conversation_id=made["conversation_id"])
    ).agent_id == AGENT02
