"""Presence against a real server: the agent's choice, refused system states, a choice
kept while on a contact, going away (grace period, sign-out) and coming back, and who
receives whose presence."""

from __future__ import annotations

import httpx
import pytest

from tests.support.client import Mirror, hello, open_ws, recv
from tests.support.db import connect as db_connect
from tests.support.desk_socket import Desk
from tests.support.server_proc import ServerFactory

pytestmark = pytest.mark.asyncio

AGENT01, AGENT02, SUPERVISOR = 1, 2, 11


async def test_set_reaches_the_agent_and_supervisors_but_not_colleagues(
    server_factory: ServerFactory,
) -> None:
    server = server_factory()
    agent = await Desk.open(server, "agent01")
    colleague = await Desk.open(server, "agent02")
    supervisor = await Desk.open(server, "supervisor01")
    try:
        assert ("presence", AGENT01) not in agent.mirror.entities  # never chosen yet
        answer = await agent.set_presence("break", "Coffee\u0007 ")
        assert (answer.presence.state, answer.presence.reason, answer.deferred) == (
            "break",
            "Coffee",
            False,
        )
        seen = await agent.presence_of(AGENT01, state="break")
        assert seen.reason == "Coffee"
        await supervisor.presence_of(AGENT01, state="break", reason="Coffee")
        # The colleague's own later change is delivered after agent01's in seq order.
        await colleague.set_presence("lunch")
        await colleague.presence_of(AGENT02, state="lunch")
        assert ("presence", AGENT01) not in colleague.mirror.entities
        await supervisor.presence_of(AGENT02, state="lunch")
        # A snapshot (reconnect from seq 0 with an unknown epoch) follows the same rule.
        fresh = await open_ws(server.ws_url)
        await hello(fresh, colleague.token, client_id="presence-agent02-fresh", epoch="other")
        mirror = Mirror()
        while True:
            frame = await recv(fresh)
            mirror.apply(frame)
            if mirror.seq and not mirror.in_snapshot and mirror.resets:
                break
        assert mirror.ids("presence") == {AGENT02}
        await fresh.close()
    finally:
        for desk in (agent, colleague, supervisor):
            await desk.ws.close()


async def test_system_states_and_bad_reasons_are_refused(server_factory: ServerFactory) -> None:
    server = server_factory()
    agent = await Desk.open(server, "agent01")
    try:
        for state in ("busy", "acw", "not_responding"):
            result = await agent.command("presence.set", state=state)
            assert (result.ok, result.code) == (False, "system_state"), result
        result = await agent.command("presence.set", state="break", reason="x" * 61)
        assert (result.ok, result.code) == (False, "bad_args")
        result = await agent.command("presence.set", state="asleep")
        assert (result.ok, result.code) == (False, "bad_args")
    finally:
        await agent.ws.close()


async def test_a_choice_while_busy_is_kept_as_requested(server_factory: ServerFactory) -> None:
    """Routing sets ``busy`` later; until it exists the test writes the row, which is what
    routing's own transaction will do."""
    server = server_factory()
    agent = await Desk.open(server, "agent01")
    try:
        await agent.set_presence("available")
        with db_connect(server) as db:
            db.execute("UPDATE presence SET state = 'busy' WHERE agent_id = ?", (AGENT01,))
        answer = await agent.set_presence("lunch", "Canteen")
        assert answer.deferred
        assert (answer.presence.state, answer.presence.requested) == ("busy", "lunch")
        assert answer.presence.requested_reason == "Canteen"
        await agent.presence_of(AGENT01, state="busy", requested="lunch")
    finally:
        await agent.ws.close()


async def test_away_after_the_grace_period_and_back_on_reconnect(
    server_factory: ServerFactory,
) -> None:
    server = server_factory("--presence-grace", "0.2")
    supervisor = await Desk.open(server, "supervisor01")
    agent = await Desk.open(server, "agent01")
    try:
        await agent.set_presence("meeting")
        await agent.ws.close()
        away = await supervisor.presence_of(AGENT01, state="offline")
        assert away.before_offline == "meeting"
        agent = await Desk.open(server, "agent01", agent.token)
        back = await supervisor.presence_of(AGENT01, state="meeting")
        assert back.before_offline is None
    finally:
        await agent.ws.close()
        await supervisor.ws.close()


async def test_sign_out_is_offline_at_once(server_factory: ServerFactory) -> None:
    server = server_factory("--presence-grace", "3600")
    supervisor = await Desk.open(server, "supervisor01")
    agent = await Desk.open(server, "agent01")
    try:
        await agent.set_presence("training")
        headers = {"Authorization": f"Bearer {agent.token}"}
        async with httpx.AsyncClient() as http:
            response = await http.post(f"{server.url}/api/logout", headers=headers)
        assert response.status_code == 204
        away = await supervisor.presence_of(AGENT01, state="offline")
        assert away.before_offline == "training"
        agent = await Desk.open(server, "agent01")
        await supervisor.presence_of(AGENT01, state="training")
    finally:
        await agent.ws.close()
        await supervisor.ws.close()


async def test_an_agent_who_chose_offline_stays_offline_on_reconnect(
    server_factory: ServerFactory,
) -> None:
    server = server_factory("--presence-grace", "0")
    agent = await Desk.open(server, "agent01")
    supervisor = await Desk.open(server, "supervisor01")
    try:
        answer = await agent.set_presence("offline")
        assert answer.presence.before_offline is None
        await agent.ws.close()
        agent = await Desk.open(server, "agent01", agent.token)
        await agent.presence_of(AGENT01, state="offline", before_offline=None)
        # a change after both connections settled still reaches the supervisor in order
        await agent.set_presence("available")
        seen = await supervisor.presence_of(AGENT01, state="available")
        assert seen.before_offline is None
    finally:
        await agent.ws.close()
        await supervisor.ws.close()
