"""KPIs over real contacts driven through a real server: a chat accepted, resolved and
wrapped up, then rated through the real survey route; a call accepted and transferred
blind to a colleague, who takes it, hangs up and wraps up. ``GET /api/kpi`` must count
them by the formulas (docs/kpi.md), and ``GET /api/kpi/contacts`` must list exactly the
contacts behind each figure (their numbers add up to its numerator and denominator).
Also: who may read whose figures (403), and hostile parameters (422).

The demo's own history of agent01 and agent02 is removed first (offers and presence
history rows), so today holds only this test's contacts.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from tests.server.helpers import auth, intake
from tests.support.client import login
from tests.support.db import connect as db_connect
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
from tests.support.server_proc import ServerProcess, make_factory


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    factory, started = make_factory(tmp_path_factory.mktemp("kpi"))
    yield factory()
    for each in started:
        each.stop()


def get(server: ServerProcess, path: str, user: str = "agent01", **params: Any) -> httpx.Response:
    token = login(server.url, user)
    return httpx.get(f"{server.url}{path}", params=params, headers=auth(token), timeout=20)


SURVEY_TOKENS: dict[int, str] = {}


def _handle(rows: list[dict[str, Any]]) -> float:
    return float(sum(c["talk_seconds"] + c["hold_seconds"] + c["acw_seconds"] for c in rows))


Rows = list[dict[str, Any]]
TRACE_SUMS: dict[str, Callable[[Rows], float]] = {
    "handled": len,
    "aht": _handle,
    "occupancy": _handle,
    "fcr": lambda rows: sum(c["first_contact_resolved"] for c in rows),
    "transfer_rate": lambda rows: sum(c["transferred"] for c in rows),
    "repeat_rate": lambda rows: sum(c["repeat"] for c in rows),
    "csat": lambda rows: sum(c["csat"] >= 4 for c in rows),
    "nps": lambda rows: sum(c["nps"] >= 9 for c in rows) - sum(c["nps"] <= 6 for c in rows),
    "ces": lambda rows: sum(c["ces"] for c in rows),
}
"""Per KPI, its numerator from the contacts listed for it (docs/kpi.md)."""


def value(period: dict[str, Any], kpi: str) -> dict[str, Any]:
    found: dict[str, Any] = next(v for v in period["values"] if v["kpi"] == kpi)
    return found


async def _chat_resolved_and_rated(server: ServerProcess, desk: Desk, queue: str) -> int:
    made = await asyncio.to_thread(intake, server.url, queue=queue)
    offer = await ringing_offer(desk, conversation_id=made["conversation_id"])
    await accept(desk, offer.id)
    with db_connect(server) as conn:  # the agent resolves the chat
        conn.execute(
            "UPDATE conversations SET status='resolved' WHERE id = ?", (offer.conversation_id,)
        )
    # Any event wakes routing: a message for a queue neither agent serves (so it rings
    # nobody here and agent01 stays free for the call).
    await asyncio.to_thread(intake, server.url, queue="Billing")
    await desk.entity("offer", offer.id, phase="acw")
    done = await desk.command("work.wrapup", offer_id=offer.id, code="resolved")
    assert done.ok, done
    await desk.entity("offer", offer.id, phase="done")
    for kind, score in (("csat", 5), ("nps", 9), ("ces", 6)):
        body = {"token": made["survey_token"], "kind": kind, "score": score}
        url = f"{server.url}/api/intake/survey"
        answered = await asyncio.to_thread(httpx.post, url, json=body, timeout=10)
        assert answered.status_code == 200, answered.text
    SURVEY_TOKENS[offer.id] = made["survey_token"]
    return offer.id


async def _call_transferred(
    server: ServerProcess, first: Desk, second: Desk, queue: str
) -> tuple[int, int]:
    await asyncio.to_thread(
        cti, server, "kpi-call-1", "offered", caller="+358401112233", queue=queue
    )
    offer = await ringing_offer(first, channel="phone")
    assert offer.call_id is not None
    await accept(first, offer.id)
    await first.entity("call", offer.call_id, state="connected", agent_id=AGENT01)
    moved = await first.command(
        "call.control", call_id=offer.call_id, action="transfer", target_queue_id=1
    )
    assert moved.ok, moved
    await first.entity("offer", offer.id, phase="acw")
    assert (await first.command("work.wrapup", offer_id=offer.id, code="info")).ok
    await first.entity("offer", offer.id, phase="done")
    taken = await ringing_offer(second, call_id=offer.call_id)
    assert taken.why == "transfer"
    await accept(second, taken.id)
    await second.entity("call", offer.call_id, state="connected", agent_id=AGENT02)
    hung = await second.command("call.control", call_id=offer.call_id, action="hangup")
    assert hung.ok, hung
    await second.entity("offer", taken.id, phase="acw")
    assert (await second.command("work.wrapup", offer_id=taken.id, code="resolved")).ok
    await second.entity("offer", taken.id, phase="done")
    return offer.id, taken.id


@pytest.mark.asyncio
async def test_kpis_count_real_contacts_and_the_trace_adds_up(server: ServerProcess) -> None:
    started = time.time()
    quiet(server, acw_seconds=0)  # after-call work ends with the wrap-up
    queue = shared_queue(server, AGENT01, AGENT02)
    with db_connect(server) as conn:  # only this test's contacts today
        conn.execute("DELETE FROM offers WHERE agent_id IN (1, 2)")
        conn.execute("DELETE FROM presence_log WHERE agent_id IN (1, 2)")
    first = await open_available(server, "agent01")
    chat = await _chat_resolved_and_rated(server, first, queue)
    second = await open_available(server, "agent02")
    handed, taken = await _call_transferred(server, first, second, queue)

    response = await asyncio.to_thread(get, server, "/api/kpi", tz="UTC")
    assert response.status_code == 200, response.text
    today = response.json()["today"]
    # agent01: two handled contacts (the chat, the call they transferred).
    assert value(today, "handled")["value"] == 2
    # transfer rate = 1 transferred / 2 handled
    assert value(today, "transfer_rate") | {"kpi": "x"} == {
        "kpi": "x", "value": 0.5, "numerator": 1, "denominator": 2, "count": 2
    }  # fmt: skip
    # FCR: the chat (resolved, one handling, not transferred) counts; the call does not
    # (transferred, and its conversation has a second handling): 1 / 2
    assert (value(today, "fcr")["numerator"], value(today, "fcr")["value"]) == (1, 0.5)
    # CSAT 5 -> 1 rating of 4-5 of 1: 1.0; NPS 9 -> a promoter: +100; CES 6: 6.0
    assert (value(today, "csat")["value"], value(today, "csat")["count"]) == (1.0, 1)
    assert value(today, "nps")["value"] == 100.0
    assert value(today, "ces")["value"] == 6.0
    aht = value(today, "aht")
    assert aht["value"] == pytest.approx(aht["numerator"] / 2)
    occupancy = value(today, "occupancy")
    assert occupancy["numerator"] == pytest.approx(aht["numerator"])
    assert occupancy["denominator"] > 0  # available and on-contact time from the history
    assert response.json()["targets"]  # the policy's (default) targets

    window: dict[str, Any] = {"start": started - 5, "end": time.time() + 5}
    trace = await asyncio.to_thread(get, server, "/api/kpi/contacts", kpi="aht", **window)
    assert trace.status_code == 200, trace.text
    contacts = trace.json()["contacts"]
    assert {c["offer_id"] for c in contacts} == {chat, handed}
    handle = sum(c["talk_seconds"] + c["hold_seconds"] + c["acw_seconds"] for c in contacts)
    assert handle == pytest.approx(aht["numerator"])
    assert trace.json()["total"] == aht["denominator"] == 2
    by_offer = {c["offer_id"]: c for c in contacts}
    assert by_offer[handed]["transferred"]
    assert not by_offer[chat]["transferred"]
    assert by_offer[chat]["first_contact_resolved"]
    assert (by_offer[chat]["csat"], by_offer[chat]["nps"], by_offer[chat]["ces"]) == (5, 9, 6)
    rated = await asyncio.to_thread(get, server, "/api/kpi/contacts", kpi="csat", **window)
    assert [c["offer_id"] for c in rated.json()["contacts"]] == [chat]

    # Every contact KPI of today: the contacts listed for it add up to its figures.
    bounds: dict[str, Any] = {"start": today["start"], "end": today["end"]}
    for kpi, numerator in TRACE_SUMS.items():
        listed = await asyncio.to_thread(get, server, "/api/kpi/contacts", kpi=kpi, **bounds)
        assert listed.status_code == 200, listed.text
        rows, figure = listed.json()["contacts"], value(today, kpi)
        assert listed.json()["total"] == len(rows) == figure["count"], kpi
        assert numerator(rows) == pytest.approx(figure["numerator"]), kpi

    # The customer changes their mind (CSAT 5 -> 2): the next report says so at once.
    body = {"token": SURVEY_TOKENS[chat], "kind": "csat", "score": 2}
    url = f"{server.url}/api/intake/survey"
    assert (await asyncio.to_thread(httpx.post, url, json=body, timeout=10)).status_code == 200
    again = await asyncio.to_thread(get, server, "/api/kpi", tz="UTC")
    assert value(again.json()["today"], "csat") | {"kpi": "x"} == {
        "kpi": "x", "value": 0.0, "numerator": 0, "denominator": 1, "count": 1
    }  # fmt: skip

    # agent02 took the transferred call: handled 1, transferred 0 (a supervisor reads it).
    theirs = await asyncio.to_thread(
        get, server, "/api/kpi", user="supervisor01", agent_id=AGENT02, tz="Europe/Helsinki"
    )
    assert theirs.status_code == 200, theirs.text
    assert value(theirs.json()["today"], "handled")["value"] == 1
    assert value(theirs.json()["today"], "transfer_rate")["numerator"] == 0
    listed = await asyncio.to_thread(
        get, server, "/api/kpi/contacts", user="supervisor01", agent_id=AGENT02, kpi="handled",
        **window,
    )  # fmt: skip
    assert [c["offer_id"] for c in listed.json()["contacts"]] == [taken]


def test_the_report_has_a_30_day_trend_and_a_histogram(server: ServerProcess) -> None:
    report = get(server, "/api/kpi", tz="Europe/Helsinki")
    assert report.status_code == 200, report.text
    body = report.json()
    assert len(body["trend"]) == 30
    assert body["trend"][-1]["start"] == body["today"]["start"]
    assert body["week"]["end"] == body["today"]["end"]
    days = [p["label"] for p in body["trend"]]
    assert days == sorted(days)
    assert sum(b["count"] for b in body["handle_times"]) == sum(
        value(p, "handled")["count"] for p in body["trend"]
    )


def test_agents_read_only_their_own_figures(server: ServerProcess) -> None:
    assert get(server, "/api/kpi", agent_id=AGENT02).status_code == 403
    now = time.time()
    window: dict[str, Any] = {"start": now - 3600, "end": now}
    assert (
        get(server, "/api/kpi/contacts", agent_id=AGENT02, kpi="aht", **window).status_code == 403
    )
    assert get(server, "/api/kpi", user="supervisor01", agent_id=AGENT02).status_code == 200
    assert get(server, "/api/kpi", user="supervisor01", agent_id=99_999).status_code == 404


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/kpi", {"tz": "Mars/Olympus"}),
        ("/api/kpi", {"tz": "../etc/passwd"}),
        ("/api/kpi/contacts", {"kpi": "aht", "start": 0, "end": 93 * 86_400}),  # > 92 days
        ("/api/kpi/contacts", {"kpi": "aht", "start": 100, "end": 50}),  # backwards
        ("/api/kpi/contacts", {"kpi": "aht", "start": 0, "end": 60, "limit": 1001}),
        ("/api/kpi/contacts", {"kpi": "aht", "start": 0, "end": 60, "limit": 0}),
        ("/api/kpi/contacts", {"kpi": "speed", "start": 0, "end": 60}),
        ("/api/kpi/contacts", {"kpi": "adherence", "start": 0, "end": 60}),  # not contacts
        ("/api/kpi/contacts", {"kpi": "aht", "start": "nan", "end": 60}),
        ("/api/kpi", {"agent_id": -1}),
    ],
)
def test_hostile_parameters_are_422(
    server: ServerProcess, path: str, params: dict[str, Any]
) -> None:
    response = get(server, path, **params)
    assert response.status_code == 422, response.text


def test_no_token_is_401(server: ServerProcess) -> None:
    assert httpx.get(f"{server.url}/api/kpi", timeout=10).status_code == 401
