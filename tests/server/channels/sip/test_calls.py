"""Phone calls over real SIP: a customer's baresip in a network namespace calls the
centre's endpoint (the baresip the server starts with ``--sip-listen``); an agent's
desk socket sees the call ring, answers, holds, resumes, sends tones and hangs up, and
the customer's phone sees each of those on the line; a customer hanging up ends the call
in the desk; the endpoint dying ends its calls with a reason and comes back."""

from __future__ import annotations

import asyncio
import itertools
import os
import signal
import subprocess
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio

from protocol.commands import CallAnswer
from protocol.kinds.calls import CallData
from tests.server.channels.sip.party import Customer, customer, start_server
from tests.support.desk_socket import Desk
from tests.support.netns import Namespace, network_namespace
from tests.support.routing import AGENT01, AGENT02, accept, open_available
from tests.support.server_proc import ServerProcess
from tests.support.waiting import wait_until

pytestmark = [pytest.mark.asyncio(loop_scope="module"), pytest.mark.other_side]
SIP_PORT = 5070
SCENARIOS = Path(__file__).parent / "scenarios"
_numbers = itertools.count(1)


@pytest.fixture(scope="module")
def ns() -> Iterator[Namespace]:
    with network_namespace("sip") as made:
        yield made


@pytest.fixture(scope="module")
def server(ns: Namespace, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    made = start_server(tmp_path_factory.mktemp("sip"), "--sip-listen", f"{ns.host_ip}:{SIP_PORT}")
    yield made
    made.stop()


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def desk(server: ServerProcess) -> AsyncIterator[Desk]:
    made = await open_available(server, "agent01")
    yield made
    await made.ws.close()


def centre(ns: Namespace) -> str:
    return f"sip:frontline@{ns.host_ip}:{SIP_PORT}"


async def control(desk: Desk, call_id: int, action: str, **args: Any) -> CallData:
    result = await desk.command("call.control", call_id=call_id, action=action, **args)
    assert result.ok, result
    return CallAnswer.model_validate(result.answer).call


async def ready(desk: Desk) -> None:
    """The agent is free for the next call."""
    await desk.set_presence("available")


async def wrap_up(desk: Desk, call_id: int) -> None:
    """End the after-call work of the agent's ended call (the queue has no time limit)."""
    work = await desk.first("offer", call_id=call_id, phase="acw")
    done = await desk.command("work.wrapup", offer_id=work.id, code="resolved")
    assert done.ok, done


async def ringing(desk: Desk, caller: str) -> tuple[int, int]:
    """The offer ringing on the desk for ``caller``'s call: (offer id, call id)."""
    call = await desk.first("call", caller=caller, state="offered")
    offer = await desk.first("offer", call_id=call.id, phase="ringing")
    return offer.id, call.id


def number() -> str:
    return f"+35840{os.getpid() % 1000:03d}{next(_numbers):04d}"


async def answered(desk: Desk, phone: Customer, ns: Namespace) -> int:
    """Dial, see it ring, accept; the connected call's id (the customer heard 200 OK)."""
    await phone.dial(centre(ns))
    offer_id, call_id = await ringing(desk, phone.number)
    accepted = await accept(desk, offer_id)
    assert accepted.call_id == call_id
    await desk.entity("call", call_id, state="connected", agent_id=AGENT01)
    await phone.wait_for("CALL_ESTABLISHED")
    return call_id


async def test_a_real_call_rings_is_answered_held_resumed_given_tones_and_hung_up_by_agent(
    server: ServerProcess, desk: Desk, ns: Namespace, tmp_path: Path
) -> None:
    async with customer(ns, tmp_path / "phone", number()) as phone:
        await ready(desk)
        call_id = await answered(desk, phone, ns)

        offers = phone.seen("CALL_REMOTE_SDP")
        await control(desk, call_id, "hold")  # asked of the line: moves when it is done
        await desk.entity("call", call_id, state="held")
        await phone.wait_for("CALL_REMOTE_SDP", offers + 1)  # our re-INVITE reached them
        await control(desk, call_id, "resume")
        await desk.entity("call", call_id, state="connected")
        await phone.wait_for("CALL_REMOTE_SDP", offers + 2)

        await control(desk, call_id, "mute")
        await desk.entity("call", call_id, muted=True)
        await control(desk, call_id, "unmute")
        await desk.entity("call", call_id, muted=False)

        await control(desk, call_id, "dtmf", digits="12#")
        await desk.entity("call", call_id, dtmf="12#")
        tones = await phone.wait_for("CALL_DTMF_START", 3)
        assert [e["param"] for e in tones] == ["1", "2", "#"]

        refused = await desk.command("call.control", call_id=call_id, action="resume")
        assert (refused.ok, refused.code) == (False, "illegal_call_action")

        await control(desk, call_id, "hangup")
        await phone.wait_for("CALL_CLOSED")  # our BYE
        ended = await desk.entity("call", call_id, state="ended")
        assert isinstance(ended, CallData)
        assert ended.end_reason == "agent hung up"
        assert ended.talk_seconds > 0
        await wrap_up(desk, call_id)


async def test_the_customer_hanging_up_ends_the_call_in_the_desk(
    desk: Desk, ns: Namespace, tmp_path: Path
) -> None:
    async with customer(ns, tmp_path / "phone", number()) as phone:
        await ready(desk)
        call_id = await answered(desk, phone, ns)
        await phone.hangup()
        ended = await desk.entity("call", call_id, state="ended")
        assert isinstance(ended, CallData)
        assert ended.end_reason == "customer hung up"
        refused = await desk.command("call.control", call_id=call_id, action="hold")
        assert (refused.ok, refused.code) == (False, "call_ended")
        await wrap_up(desk, call_id)


async def test_a_caller_who_gives_up_while_ringing_stops_ringing_the_desk(
    desk: Desk, ns: Namespace, tmp_path: Path
) -> None:
    async with customer(ns, tmp_path / "phone", number()) as phone:
        await ready(desk)
        await phone.dial(centre(ns))
        offer_id, call_id = await ringing(desk, phone.number)
        await phone.hangup()  # CANCEL
        ended = await desk.entity("call", call_id, state="ended")
        assert isinstance(ended, CallData)
        assert ended.end_reason == "customer hung up"
        late = await desk.command("offer.accept", offer_id=offer_id)
        assert not late.ok


def _endpoint_pid(server: ServerProcess) -> int:
    assert server.proc is not None
    out = subprocess.run(
        ["ps", "-o", "pid=,comm=", "--ppid", str(server.proc.pid)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    pids = [int(line.split()[0]) for line in out.splitlines() if line.split()[1] == "baresip"]
    assert len(pids) == 1, out
    return pids[0]


async def test_the_endpoint_dying_ends_its_calls_with_a_reason_and_it_comes_back(
    server: ServerProcess, desk: Desk, ns: Namespace, tmp_path: Path
) -> None:
    async with customer(ns, tmp_path / "phone", number()) as phone:
        await ready(desk)
        call_id = await answered(desk, phone, ns)
        dead = _endpoint_pid(server)
        links = server.log_text().count("sip ctrl connected")
        os.kill(dead, signal.SIGKILL)
        ended = await desk.entity("call", call_id, state="ended")
        assert isinstance(ended, CallData)
        assert ended.end_reason == "the phone line was lost"
        await wrap_up(desk, call_id)
    health = await asyncio.to_thread(httpx.get, f"{server.url}/api/health", timeout=10)
    assert health.status_code == 200
    # The server restarts its endpoint and the adapter reconnects: the next call rings.
    await asyncio.to_thread(
        wait_until, lambda: server.log_text().count("sip ctrl connected") > links, 30
    )
    async with customer(ns, tmp_path / "again", number()) as phone:
        await ready(desk)
        call_id = await answered(desk, phone, ns)
        assert _endpoint_pid(server) != dead
        await control(desk, call_id, "hangup")
        await desk.entity("call", call_id, state="ended")
        await wrap_up(desk, call_id)


async def test_a_caller_with_a_hostile_from_rings_with_a_clean_number_and_is_served(
    server: ServerProcess, desk: Desk, ns: Namespace, tmp_path: Path
) -> None:
    await ready(desk)
    sipp = ns.popen(
        [
            "sipp",
            f"{ns.host_ip}:{SIP_PORT}",
            "-sf",
            str(SCENARIOS / "weird_from.xml"),
            "-i",
            ns.ns_ip,
            "-p",
            "5064",
            "-m",
            "1",
            "-nostdin",
            "-timeout",
            "60s",
            "-timeout_error",
        ],
        log=tmp_path / "sipp.log",
        cwd=tmp_path,
    )
    call = await desk.first("call", state="offered")
    assert isinstance(call, CallData)
    assert call.caller
    assert not set(call.caller) & set("<>\"' ;=%()"), call.caller
    offer = await desk.first("offer", call_id=call.id, phase="ringing")
    await accept(desk, offer.id)
    await desk.entity("call", call.id, state="connected")
    await control(desk, call.id, "hangup")
    assert await asyncio.to_thread(sipp.wait, 30) == 0  # it got our 200 OK and our BYE
    await desk.entity("call", call.id, state="ended", end_reason="agent hung up")
    await wrap_up(desk, call.id)


async def test_a_transfer_to_a_colleague_keeps_the_line_and_their_buttons_work_on_it(
    server: ServerProcess, desk: Desk, ns: Namespace, tmp_path: Path
) -> None:
    """Transfers inside the centre stay routing's; the colleague who takes the call then
    controls the same SIP leg (their hang-up is our BYE)."""
    colleague = await open_available(server, "agent02")
    async with customer(ns, tmp_path / "phone", number()) as phone:
        await ready(desk)
        call_id = await answered(desk, phone, ns)
        moved = await control(desk, call_id, "transfer", target_agent_id=AGENT02)
        assert moved.state == "transferring"
        await wrap_up(desk, call_id)  # a blind transfer ends agent01's part at once
        offer = await colleague.first("offer", call_id=call_id, phase="ringing")
        await accept(colleague, offer.id)
        await colleague.entity("call", call_id, state="connected", agent_id=AGENT02)
        assert phone.seen("CALL_CLOSED") == 0  # the customer never left the line
        await control(colleague, call_id, "hangup")
        await phone.wait_for("CALL_CLOSED")
        ended = await colleague.entity("call", call_id, state="ended")
        assert isinstance(ended, CallData)
        assert ended.end_reason == "agent hung up"
    work = await colleague.first("offer", call_id=call_id, phase="acw")
    assert (await colleague.command("work.wrapup", offer_id=work.id, code="resolved")).ok
    await colleague.set_presence("offline")
    await colleague.ws.close()


async def test_a_call_live_when_the_server_stops_is_ended_when_it_starts_again(
    server: ServerProcess, desk: Desk, ns: Namespace, tmp_path: Path
) -> None:
    """Last in the module: it restarts the server (its endpoint stops with it)."""
    async with customer(ns, tmp_path / "phone", number()) as phone:
        await ready(desk)
        call_id = await answered(desk, phone, ns)
        await asyncio.to_thread(server.restart)
        await phone.wait_for("CALL_CLOSED")  # the endpoint went with the server
    again = await Desk.open(server, "agent01")
    ended = await again.entity("call", call_id, state="ended")
    assert isinstance(ended, CallData)
    assert ended.end_reason in ("the server restarted", "the phone line was lost")
    await again.ws.close()
