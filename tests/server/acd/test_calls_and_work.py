"""Calls and work against a real server: a call offered through the CTI API rings on a
desk, is answered by accepting, held, muted, given tones, transferred (blind and warm)
and hung up; after-call work follows with its limit and required wrap-up code; a state
asked for on a call waits for the work to end; emails are pulled and claimed; callbacks
ring their promiser when due; a contact nobody speaks widens after its threshold."""

from __future__ import annotations

import asyncio
import itertools
import time
from typing import Any

import httpx
import pytest

from protocol.commands import CallAnswer, CallbackAnswer, OfferAnswer
from protocol.kinds.calls import CallData
from protocol.kinds.routing import CallbackData, OfferData
from tests.server.helpers import intake
from tests.support import db
from tests.support.desk_socket import Desk
from tests.support.routing import (
    AGENT01,
    AGENT02,
    accept,
    cti,
    open_available,
    quiet,
    ringing_offer,
    shared_queue,
)
from tests.support.server_proc import ServerFactory, ServerProcess

pytestmark = pytest.mark.asyncio
_calls = itertools.count(1)


async def ring_call(server: ServerProcess, queue: str, caller: str = "+358401234567") -> str:
    call_id = f"call-{next(_calls)}"
    await asyncio.to_thread(cti, server, call_id, "offered", caller=caller, queue=queue)
    return call_id


async def control(desk: Desk, call_id: int, action: str, **args: Any) -> CallData:
    result = await desk.command("call.control", call_id=call_id, action=action, **args)
    assert result.ok, result
    return CallAnswer.model_validate(result.answer).call


async def answered_call(server: ServerProcess, desk: Desk, queue: str) -> tuple[OfferData, int]:
    await ring_call(server, queue)
    offer = await ringing_offer(desk, channel="phone")
    assert offer.call_id is not None
    await accept(desk, offer.id)
    await desk.entity("call", offer.call_id, state="connected", agent_id=desk_agent(desk))
    return offer, offer.call_id


def desk_agent(desk: Desk) -> int:
    agents = {"agent01": AGENT01, "agent02": AGENT02}
    return agents[desk.username]


async def test_a_call_rings_is_answered_held_muted_given_tones_and_hung_up_into_wrapup(
    server_factory: ServerFactory,
) -> None:
    server = server_factory()
    quiet(server, acw_seconds=0)  # no time limit: the agent ends after-call work
    queue = shared_queue(server, AGENT01)
    desk = await open_available(server, "agent01")
    offer, call_id = await answered_call(server, desk, queue)
    await desk.presence_of(AGENT01, state="busy")

    assert (await control(desk, call_id, "hold")).state == "held"
    assert (await control(desk, call_id, "resume")).state == "connected"
    assert (await control(desk, call_id, "mute")).muted
    assert (await control(desk, call_id, "dtmf", digits="12#")).dtmf == "12#"
    bad = await desk.command("call.control", call_id=call_id, action="dtmf", digits="12x")
    assert (bad.ok, bad.code) == (False, "bad_args")
    again = await desk.command("call.control", call_id=call_id, action="resume")
    assert (again.ok, again.code) == (False, "illegal_call_action")
    assert "connected" in (again.message or "")

    # On a call, a break waits for the work to end.
    deferred = await desk.command("presence.set", state="break")
    assert deferred.ok
    assert deferred.answer is not None
    assert deferred.answer["deferred"]

    ended = await control(desk, call_id, "hangup")
    assert (ended.state, ended.end_reason) == ("ended", "agent hung up")
    work = await desk.entity("offer", offer.id, phase="acw")
    assert isinstance(work, OfferData)
    assert work.acw_until is None
    assert work.wrapup_required
    await desk.presence_of(AGENT01, state="acw")

    missing = await desk.command("work.wrapup", offer_id=offer.id)
    assert (missing.ok, missing.code) == (False, "code_required")
    unknown = await desk.command("work.wrapup", offer_id=offer.id, code="nonsense")
    assert (unknown.ok, unknown.code) == (False, "unknown_code")
    done = await desk.command("work.wrapup", offer_id=offer.id, code="resolved", note="Fixed\x00")
    assert done.ok, done
    wrapped = OfferAnswer.model_validate(done.answer).offer
    assert wrapped is not None
    assert (wrapped.phase, wrapped.wrapup_code, wrapped.wrapup_note) == (
        "done",
        "resolved",
        "Fixed",
    )
    assert wrapped.talk_seconds >= 0
    assert wrapped.hold_seconds > 0
    await desk.presence_of(AGENT01, state="break", requested=None)


async def test_after_call_work_ends_at_its_limit_once_the_code_is_given(
    server_factory: ServerFactory,
) -> None:
    server = server_factory()
    quiet(server, acw_seconds=1)
    queue = shared_queue(server, AGENT01)
    desk = await open_available(server, "agent01")
    made = await asyncio.to_thread(intake, server.url, queue=queue)
    offer = await ringing_offer(desk, conversation_id=made["conversation_id"])
    await accept(desk, offer.id)
    # The agent gives the code while still chatting; resolving ends the chat.
    early = await desk.command("work.wrapup", offer_id=offer.id, code="info")
    assert early.ok, early
    db.execute(
        server, "UPDATE conversations SET status='resolved' WHERE id = ?", offer.conversation_id
    )
    await asyncio.to_thread(intake, server.url, queue=queue)  # any event wakes routing
    await desk.entity("offer", offer.id, phase="done")
    await desk.presence_of(AGENT01, state="available")


async def test_a_blind_transfer_to_a_queue_frees_the_agent_and_rings_the_next(
    server_factory: ServerFactory,
) -> None:
    server = server_factory()
    quiet(server)
    queue = shared_queue(server, AGENT01, AGENT02)
    first = await open_available(server, "agent01")
    offer, call_id = await answered_call(server, first, queue)
    second = await open_available(server, "agent02")
    moved = await control(first, call_id, "transfer", target_queue_id=1)
    assert moved.state == "transferring"
    assert moved.transfer_target.startswith("queue ")
    await first.entity("offer", offer.id, phase="acw")
    taken = await ringing_offer(second, call_id=call_id)
    assert taken.why == "transfer"
    await accept(second, taken.id)
    await second.entity("call", call_id, state="connected", agent_id=AGENT02)
    refused = await first.command("call.control", call_id=call_id, action="hold")
    assert (refused.ok, refused.code) == (False, "not_your_call")


async def test_a_consult_transfer_keeps_the_first_agent_until_completed(
    server_factory: ServerFactory,
) -> None:
    server = server_factory()
    quiet(server)
    queue = shared_queue(server, AGENT01, AGENT02)
    first = await open_available(server, "agent01")
    offer, call_id = await answered_call(server, first, queue)
    second = await open_available(server, "agent02")
    early = await first.command("call.control", call_id=call_id, action="complete_transfer")
    assert (early.ok, early.code) == (False, "illegal_call_action")
    consulting = await control(first, call_id, "consult", target_agent_id=AGENT02)
    assert consulting.state == "transferring"
    not_yet = await first.command("call.control", call_id=call_id, action="complete_transfer")
    assert (not_yet.ok, not_yet.code) == (False, "not_answered")
    leg = await ringing_offer(second, call_id=call_id)
    assert leg.why == "reserved"
    await accept(second, leg.id)
    await first.entity("offer", offer.id, phase="working")  # still on the line
    done = await control(first, call_id, "complete_transfer")
    assert (done.state, done.agent_id) == ("connected", AGENT02)
    await first.entity("offer", offer.id, phase="acw")
    await second.entity("conversation", offer.conversation_id, assignee_id=AGENT02)


async def test_emails_are_pulled_and_claimed_within_capacity(
    server_factory: ServerFactory,
) -> None:
    server = server_factory()
    quiet(server)
    queue = shared_queue(server, AGENT01, AGENT02)
    desk = await Desk.open(server, "agent01")
    not_yet = await desk.command("routing.take_next")
    assert (not_yet.ok, not_yet.code) == (False, "not_routable")
    await desk.set_presence("break")
    mails = [
        await asyncio.to_thread(
            intake, server.url, queue=queue, channel="email", ref=f"mail{i}@example.com"
        )
        for i in range(2)
    ]
    await desk.set_presence("available")
    # Emails are offered too, one at a time; a ringing offer blocks pulling. Declining
    # both leaves them waiting (a declined contact is not offered to the same agent again
    # for a minute), and the agent may still pull or claim them: their own choice.
    ringing = await ringing_offer(desk, channel="email")
    blocked = await desk.command("routing.take_next")
    assert (blocked.ok, blocked.code) == (False, "not_routable")
    assert (await desk.command("offer.decline", offer_id=ringing.id, reason="later")).ok
    second = await ringing_offer(desk, channel="email")
    assert second.conversation_id != ringing.conversation_id
    assert (await desk.command("offer.decline", offer_id=second.id, reason="later")).ok
    pulled = await desk.command("routing.take_next")
    assert pulled.ok, pulled
    offer = OfferAnswer.model_validate(pulled.answer).offer
    assert offer is not None
    assert (offer.why, offer.phase) == ("pulled", "working")
    assert offer.conversation_id == ringing.conversation_id  # the oldest first
    assert offer.conversation_id in {m["conversation_id"] for m in mails}
    other = ({m["conversation_id"] for m in mails} - {offer.conversation_id}).pop()
    claimed = await desk.command("routing.claim", conversation_id=other)
    assert claimed.ok, claimed
    got = OfferAnswer.model_validate(claimed.answer).offer
    assert got is not None
    assert got.why == "claimed"
    twice = await desk.command("routing.claim", conversation_id=other)
    assert (twice.ok, twice.code) == (False, "not_waiting")
    empty = await desk.command("routing.take_next")
    assert empty.ok
    assert OfferAnswer.model_validate(empty.answer).offer is None


async def test_a_due_callback_rings_its_promiser_and_places_the_call(
    server_factory: ServerFactory,
) -> None:
    server = server_factory()
    quiet(server)
    queue = shared_queue(server, AGENT01, AGENT02)
    desk = await open_available(server, "agent01")
    _offer, call_id = await answered_call(server, desk, queue)
    call = await desk.entity("call", call_id)
    assert isinstance(call, CallData)
    result = await desk.command(
        "callback.schedule",
        conversation_id=call.conversation_id,
        due_at=time.time() + 1,
        note="Call back about the refund",
    )
    assert result.ok, result
    callback = CallbackAnswer.model_validate(result.answer).callback
    assert (callback.state, callback.agent_id, callback.phone) == (
        "scheduled",
        AGENT01,
        "+358401234567",
    )
    too_far = await desk.command(
        "callback.schedule", conversation_id=call.conversation_id, due_at=time.time() + 90 * 86400
    )
    assert (too_far.ok, too_far.code) == (False, "too_far")
    await control(desk, call_id, "hangup")
    other = await open_available(server, "agent02")  # available, but the callback is not theirs
    ended = await desk.first("offer", call_id=call_id, phase="acw")
    assert (await desk.command("work.wrapup", offer_id=ended.id, code="follow_up")).ok
    ring = await ringing_offer(desk, callback_id=callback.id)
    assert ring.why == "reserved"
    assert ("offer", ring.id) not in other.mirror.entities
    await accept(desk, ring.id)
    placed = await desk.first("call", direction="outbound", state="connected")
    assert isinstance(placed, CallData)
    assert placed.caller == "+358401234567"
    await desk.entity("callback", callback.id, state="done")


async def test_a_contact_nobody_speaks_widens_after_the_threshold(
    server_factory: ServerFactory,
) -> None:
    server = server_factory()
    quiet(server, widen_after_seconds=1)
    queue = shared_queue(server, AGENT01)
    db.execute(server, "UPDATE routing_profiles SET languages = '[\"en\"]' WHERE agent_id = 1")
    desk = await open_available(server, "agent01")
    response = await asyncio.to_thread(
        httpx.post,
        f"{server.url}/api/intake/messages",
        json={
            "channel": "chat",
            "customer": {"ref": "zh-visitor", "name": "王先生", "language": "zh-Hant"},
            "body": "你好",
            "queue": queue,
        },
        timeout=10,
    )
    response.raise_for_status()
    offer = await ringing_offer(desk, conversation_id=response.json()["conversation_id"])
    assert offer.why == "widened"
    assert offer.why_waited >= 1.0


async def test_a_customer_asks_for_a_callback_through_intake(
    server_factory: ServerFactory,
) -> None:
    server = server_factory()
    quiet(server)
    queue = shared_queue(server, AGENT01)
    made = await asyncio.to_thread(intake, server.url, queue=queue)
    token = made["conversation_token"]

    def ask(**body: Any) -> httpx.Response:
        return httpx.post(f"{server.url}/api/intake/callbacks", json=body, timeout=10)

    no_phone = await asyncio.to_thread(ask, conversation_token=token, due_at=time.time())
    assert no_phone.status_code == 422
    assert "phone" in no_phone.text
    forged = await asyncio.to_thread(
        ask, conversation_token=f"{made['conversation_id']}.deadbeef", due_at=time.time()
    )
    assert forged.status_code == 404
    far = await asyncio.to_thread(
        ask, conversation_token=token, due_at=time.time() + 100 * 86400, phone="+358401234567"
    )
    assert far.status_code == 422
    bad_phone = await asyncio.to_thread(
        ask, conversation_token=token, due_at=time.time(), phone="call me maybe"
    )
    assert bad_phone.status_code == 422

    supervisor = await Desk.open(server, "supervisor01")
    ok = await asyncio.to_thread(
        ask, conversation_token=token, due_at=time.time() + 3600, phone="+358 40 123 4567"
    )
    assert ok.status_code == 200, ok.text
    answer = ok.json()
    assert answer["phone"] == "+358401234567"
    scheduled = await supervisor.entity("callback", answer["callback_id"], state="scheduled")
    assert isinstance(scheduled, CallbackData)
    assert scheduled.requested_by == "customer"
    assert scheduled.conversation_id == made["conversation_id"]
