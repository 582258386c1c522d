"""``frontline sim --calls`` against a real server: whole calls through the CTI API with
the phone key, answered by the simulator (``--answer-as``) or by someone else (the test
plays the router's switch), abandoned when nobody answers, and a wrong key failing clearly."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from typing import Any

import httpx
import pytest

from server.channels.simulator import BUILTIN_CALLS
from tests.server.channels.support import records
from tests.support.db import execute
from tests.support.desk_socket import Desk
from tests.support.server_proc import ROOT, ServerFactory, ServerProcess
from tests.support.waiting import wait_until

PHONE_KEY = "phone-key-0123456789"


def _sim(server: ServerProcess, *flags: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "cli.main",
        "sim",
        "--server",
        server.url,
        "--chats",
        "0",
        "--emails",
        "0",
        "--call-rate",
        "0",
        "--speed",
        "200",
        *flags,
    ]


def _run(server: ServerProcess, *flags: str) -> tuple[int, dict[str, Any], str]:
    done = subprocess.run(
        _sim(server, *flags), cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    return done.returncode, json.loads(done.stdout.strip().splitlines()[-1]), done.stderr


def _calls(server: ServerProcess) -> list[dict[str, Any]]:
    return records(
        server,
        "SELECT c.*, a.username FROM calls c LEFT JOIN agents a ON a.id = c.agent_id"
        " WHERE c.provider = 'sim' ORDER BY c.id",
    )


def test_answered_as_an_agent_the_calls_are_played_to_their_end(
    server_factory: ServerFactory,
) -> None:
    server = server_factory("--intake-key", f"phone={PHONE_KEY}")
    code, summary, stderr = _run(
        server,
        *("--calls", "5", "--answer-as", "agent01", "--abandon", "0.4", "--seed", "3"),
        *("--phone-key", PHONE_KEY),
    )
    assert code == 0, stderr
    calls = summary["calls"]
    assert calls["offered"] == 5
    assert calls["answered"] + calls["abandoned"] == 5
    assert calls["hung_up"] == calls["answered"]
    assert calls["refused"] == {}
    assert calls["errors"] == 0
    assert summary["errors"] == 0
    rows = _calls(server)
    assert len(rows) == 5
    assert all(row["state"] == "ended" for row in rows)
    abandoned = [row for row in rows if row["end_reason"] == "caller abandoned"]
    answered = [row for row in rows if row["end_reason"] == "customer hung up"]
    assert len(abandoned) == calls["abandoned"]
    assert len(answered) == calls["answered"]
    assert all(row["connected_at"] is None and row["agent_id"] is None for row in abandoned)
    for row in answered:
        assert row["username"] == "agent01"
        assert row["offered_at"] <= row["connected_at"] <= row["ended_at"]
        assert row["talk_seconds"] > 0
        spent = row["talk_seconds"] + row["hold_seconds"]
        assert abs(spent - (row["ended_at"] - row["connected_at"])) < 1e-6
    held = sum(1 for row in answered if row["hold_seconds"] > 0)
    assert held <= calls["holds"] <= 2 * held
    assert all(row["caller"].startswith("+") for row in rows)  # E.164 from the demo people
    channels = server.rows(
        "SELECT DISTINCT v.channel FROM calls c JOIN conversations v"
        " ON v.id = c.conversation_id WHERE c.provider = 'sim'"
    )
    assert channels == [("phone",)]


def test_nobody_answering_every_caller_abandons(server_factory: ServerFactory) -> None:
    server = server_factory("--intake-key", f"phone={PHONE_KEY}")
    code, summary, stderr = _run(server, "--calls", "3", "--intake-key", PHONE_KEY)
    assert code == 0, stderr
    assert summary["calls"]["offered"] == 3
    assert summary["calls"]["abandoned"] == 3
    assert summary["calls"]["answered"] == 0
    rows = _calls(server)
    assert [row["end_reason"] for row in rows] == ["caller abandoned"] * 3
    assert all(row["connected_at"] is None for row in rows)


def test_answered_elsewhere_the_sim_waits_and_a_409_is_no_failure(
    server_factory: ServerFactory,
) -> None:
    """Without ``--answer-as`` the simulator never answers: the test answers each ringing
    call as the server's switch would, and hangs up two of them itself. The simulator
    sees the answers, hangs up the others after their talk time, and counts the two it
    found ended (or whose ``ended`` was 409) without failing."""
    server = server_factory("--intake-key", f"phone={PHONE_KEY}")
    sim = subprocess.Popen(
        # Speed 50, not 200: a caller's patience (2-5 min) is then 2.4-6 s, time enough
        # for this loop to answer on a busy machine before the caller gives up.
        [
            *_sim(server, "--calls", "5", "--abandon", "0", "--phone-key", PHONE_KEY),
            "--speed",
            "50",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    answered: set[int] = set()
    deadline = time.monotonic() + 60
    with httpx.Client(base_url=server.url, headers={"X-Intake-Key": PHONE_KEY}) as switch:
        while sim.poll() is None and time.monotonic() < deadline:
            for row in _calls(server):
                if row["state"] != "offered" or row["id"] in answered:
                    continue
                answered.add(row["id"])
                event = {"provider": "sim", "provider_call_id": row["provider_call_id"]}
                got = switch.post(
                    "/api/cti/events",
                    json={
                        **event,
                        "event_id": "switch-1",
                        "type": "answered",
                        "agent": "agent02",
                        "at": time.time(),
                    },
                )
                assert got.status_code == 200, got.text
                if len(answered) <= 2:
                    got = switch.post(
                        "/api/cti/events",
                        json={
                            **event,
                            "event_id": "switch-2",
                            "type": "ended",
                            "reason": "agent hung up",
                            "at": time.time(),
                        },
                    )
                    assert got.status_code == 200, got.text
            time.sleep(0.03)
    out, err = sim.communicate(timeout=60)
    assert sim.returncode == 0, err
    calls = json.loads(out.strip().splitlines()[-1])["calls"]
    assert calls["offered"] == 5
    assert calls["abandoned"] == 0
    assert calls["ended_elsewhere"] == 2
    assert calls["hung_up"] == 3
    assert calls["errors"] == 0
    rows = _calls(server)
    assert (
        sorted(row["end_reason"] for row in rows)
        == ["agent hung up"] * 2 + ["customer hung up"] * 3
    )
    assert {row["username"] for row in rows} == {"agent02"}


def test_a_wrong_phone_key_fails_clearly(server_factory: ServerFactory) -> None:
    server = server_factory("--intake-key", f"phone={PHONE_KEY}")
    code, summary, stderr = _run(server, "--calls", "3", "--phone-key", "wrong-key-0123456789")
    assert code == 1
    assert summary["calls"]["offered"] == 0
    assert summary["calls"]["refused"].get("401", 0) >= 1
    assert "refused the key (401" in stderr
    assert "--phone-key" in stderr
    assert _calls(server) == []


def test_the_builtin_simulator_rings_calls_through_the_cti_function(
    server_factory: ServerFactory,
) -> None:
    """``--simulate`` plays calls with the CTI route's own function: each has its recorded
    ``offered`` event, and no more than three ring at once."""
    server = server_factory("--simulate", "1200")
    wait_until(lambda: len(_calls(server)) >= 2, timeout=30)
    # Both counts in one statement (one snapshot): the simulator keeps placing calls.
    [(recorded, placed)] = server.rows(
        "SELECT (SELECT COUNT(*) FROM call_events e JOIN calls c ON c.id = e.call_id"
        " WHERE c.provider = 'sim' AND e.type = 'offered'),"
        " (SELECT COUNT(*) FROM calls WHERE provider = 'sim')"
    )
    rows = _calls(server)
    assert recorded == placed
    assert sum(1 for row in rows if row["state"] != "ended") <= BUILTIN_CALLS
    assert "simulated call failed" not in server.log_text()


@pytest.mark.asyncio
async def test_with_routing_a_desk_accepts_and_the_server_answers(
    server_factory: ServerFactory,
) -> None:
    """Routing mode end to end: the simulator only offers; agent01's desk accepts each
    ringing offer (the server's switch answers the call), the simulator sees the answer,
    hangs up after the talk time, and the desk wraps up so the next call can ring."""
    server = server_factory("--intake-key", f"phone={PHONE_KEY}")
    # Only the simulator's calls are routed.
    execute(server, "UPDATE conversations SET status='resolved' WHERE assignee_id IS NULL")
    desk = await Desk.open(server, "agent01")
    await desk.set_presence("available")
    sim = await asyncio.create_subprocess_exec(
        *_sim(server, "--calls", "2", "--seed", "1", "--abandon", "0", "--phone-key", PHONE_KEY),
        *("--speed", "50", "--call-rate", "0.4"),  # talk 1.2 s, the next call 2.5 s later
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    for _ in range(2):
        ringing = await desk.first("offer", state="ringing", channel="phone")
        accepted = await desk.command("offer.accept", offer_id=ringing.id)
        assert accepted.ok, accepted
        await desk.entity("offer", ringing.id, phase="acw")
        wrapped = await desk.command("work.wrapup", offer_id=ringing.id, code="resolved")
        assert wrapped.ok, wrapped
    out, err = await asyncio.wait_for(sim.communicate(), 60)
    assert sim.returncode == 0, err
    calls = json.loads(out.decode().strip().splitlines()[-1])["calls"]
    assert calls["answered"] == 2
    assert calls["hung_up"] == 2
    rows = _calls(server)
    assert [(row["end_reason"], row["username"]) for row in rows] == [
        ("customer hung up", "agent01")
    ] * 2
    await desk.ws.close()
