"""The CTI API against a real server: a full call, refusals, duplicates, the terminal
rule, one conversation per caller however the number is written, and the call reaching
the desks that may see it (and not the others)."""

from __future__ import annotations

import pytest

from protocol.frames import CaughtUp, Events
from protocol.kinds.calls import CallData
from tests.server.domains.calls.helpers import cti, new_call_id, ok
from tests.server.helpers import TECH
from tests.support.client import Mirror, hello, login, open_ws, recv, recv_until
from tests.support.server_proc import ServerFactory, ServerProcess

T0 = 1_800_000_000.0
CALLER = "+358 40 123 4567"


def _offer(
    url: str, call_id: str, caller: str = CALLER, queue: str = "General"
) -> dict[str, object]:
    return ok(cti(url, call_id, "offered", T0, caller=caller, queue=queue))


def test_a_full_call_counts_talk_and_hold(demo_server: ServerProcess) -> None:
    url, call_id = demo_server.url, new_call_id("full")
    offered = _offer(url, call_id, caller="+44 20 7946 0000")
    assert offered["state"] == "offered"
    assert offered["caller"] == "+442079460000"
    assert offered["direction"] == "inbound"
    answered = ok(cti(url, call_id, "answered", T0 + 5, agent="agent01"))
    assert answered["state"] == "connected"
    assert answered["agent_id"] is not None
    ok(cti(url, call_id, "held", T0 + 65))
    ok(cti(url, call_id, "resumed", T0 + 85))
    ended = ok(cti(url, call_id, "ended", T0 + 125, reason="customer hung up"))
    assert ended["state"] == "ended"
    assert ended["connected_at"] == T0 + 5
    assert ended["ended_at"] == T0 + 125
    assert ended["talk_seconds"] == 100.0
    assert ended["hold_seconds"] == 20.0
    assert ended["end_reason"] == "customer hung up"
    assert ended["agent_id"] == answered["agent_id"]


def test_an_illegal_transition_is_409_and_changes_nothing(demo_server: ServerProcess) -> None:
    url, call_id = demo_server.url, new_call_id("illegal")
    first = cti(url, call_id, "offered", T0, event_id="offer-1", caller=CALLER)
    before = ok(first)
    refused = cti(url, call_id, "resumed", T0 + 3)
    assert refused.status_code == 409
    detail = refused.json()["detail"]
    assert detail["state"] == "offered"
    assert detail["event"] == "resumed"
    assert set(detail["allowed"]) == {"answered", "ended"}
    again = cti(url, call_id, "offered", T0, event_id="offer-1", caller=CALLER)
    assert again.json()["duplicate"] is True
    assert ok(again) == before


def test_a_repeated_event_id_is_ignored(demo_server: ServerProcess) -> None:
    url, call_id = demo_server.url, new_call_id("dup")
    _offer(url, call_id)
    first = cti(url, call_id, "answered", T0 + 2, event_id="ans", agent="agent01")
    ok(first)
    held = ok(cti(url, call_id, "held", T0 + 10))
    repeat = cti(url, call_id, "answered", T0 + 50, event_id="ans", agent="agent02")
    assert repeat.json()["duplicate"] is True
    assert ok(repeat) == held
    assert repeat.json()["seq"] >= first.json()["seq"]


def test_an_ended_call_stays_ended(demo_server: ServerProcess) -> None:
    url, call_id = demo_server.url, new_call_id("ended")
    _offer(url, call_id)
    ended = ok(cti(url, call_id, "ended", T0 + 30, reason="abandoned"))
    assert ended["talk_seconds"] == 0.0
    assert ended["connected_at"] is None
    for type_ in ("answered", "ended", "held", "offered"):
        refused = cti(url, call_id, type_, T0 + 40, caller=CALLER)
        assert refused.status_code == 409, type_
        assert refused.json()["detail"]["state"] == "ended"
        assert "never changed" in refused.json()["detail"]["message"]


def test_a_caller_written_two_ways_joins_one_conversation(demo_server: ServerProcess) -> None:
    url = demo_server.url
    first = _offer(url, new_call_id("two-ways"), caller="+1 (202) 555-0143")
    second = _offer(url, new_call_id("two-ways"), caller="+12025550143")
    assert first["caller"] == second["caller"] == "+12025550143"
    assert first["conversation_id"] == second["conversation_id"]
    assert first["id"] != second["id"]


def test_an_event_of_an_unknown_call_is_404(demo_server: ServerProcess) -> None:
    response = cti(demo_server.url, new_call_id("ghost"), "answered", T0, agent="agent01")
    assert response.status_code == 404


@pytest.mark.parametrize(
    ("type_", "fields"),
    [
        ("offered", {}),  # no caller
        ("offered", {"caller": "+358 45 000 1111", "queue": "No Such Queue"}),  # a new caller
        ("offered", {"caller": "x" * 2000}),
        ("offered", {"caller": CALLER, "provider": "p" * 51}),
        ("offered", {"caller": CALLER, "at": "NaN"}),
        ("offered", {"caller": CALLER, "at": -1}),
        ("rang", {"caller": CALLER}),
        ("offered", {"caller": CALLER, "surprise": 1}),
        ("offered", {"caller": "\u202e\u0000 "}),
    ],
)
def test_bad_input_is_422(
    demo_server: ServerProcess, type_: str, fields: dict[str, object]
) -> None:
    at = fields.pop("at", T0)
    response = cti(demo_server.url, new_call_id("bad"), type_, at, **fields)  # type: ignore[arg-type]
    assert response.status_code == 422, response.text


def test_an_unknown_agent_is_422_and_changes_nothing(demo_server: ServerProcess) -> None:
    url, call_id = demo_server.url, new_call_id("who")
    _offer(url, call_id)
    assert cti(url, call_id, "answered", T0 + 1, agent="nobody-here").status_code == 422
    assert ok(cti(url, call_id, "answered", T0 + 2, agent="agent01"))["state"] == "connected"


def test_the_phone_key_guards_the_api(server_factory: ServerFactory) -> None:
    server = server_factory(
        "--intake-key", "phone=phone-key-0123456789", "--intake-key", "chat=chat-key-0123456789"
    )
    url, call_id = server.url, new_call_id("key")
    assert cti(url, call_id, "offered", T0, caller=CALLER).status_code == 401
    wrong = {"X-Intake-Key": "chat-key-0123456789"}
    assert cti(url, call_id, "offered", T0, caller=CALLER, headers=wrong).status_code == 401
    right = {"X-Intake-Key": "phone-key-0123456789"}
    assert cti(url, call_id, "nonsense", T0, headers={}).status_code == 401  # before the body
    ok(cti(url, call_id, "offered", T0, caller=CALLER, headers=right))
    closed = server_factory("--intake-key", "chat=chat-key-0123456789", name="closed")
    assert cti(closed.url, call_id, "offered", T0, caller=CALLER, headers=right).status_code == 401


@pytest.mark.asyncio
async def test_calls_reach_the_desks_of_their_queue_only(demo_server: ServerProcess) -> None:
    url = demo_server.url
    async with await open_ws(demo_server.ws_url) as ws:
        await hello(ws, login(url, "agent01"), "calls-agent-0001")
        await recv_until(ws, CaughtUp, timeout=30)
        hidden = _offer(url, new_call_id("tech"), caller="+358 50 765 4321", queue=TECH)
        call_id = new_call_id("desk")
        shown = _offer(url, call_id, caller="+358 9 876 5432", queue="Billing")
        ok(cti(url, call_id, "answered", T0 + 1, agent="agent01"))
        ok(cti(url, call_id, "ended", T0 + 61, reason="done"))
        mirror = Mirror()
        while True:
            frame = await recv(ws)
            mirror.apply(frame)
            if isinstance(frame, Events):
                assert all(e.kind != "call" or e.id != hidden["id"] for e in frame.events)
            seen = mirror.entities.get(("call", int(str(shown["id"]))))
            if isinstance(seen, CallData) and seen.state == "ended":
                break
        assert seen.talk_seconds == 60.0
        assert ("conversation", seen.conversation_id) in mirror.entities
        assert hidden["id"] not in mirror.ids("call")
