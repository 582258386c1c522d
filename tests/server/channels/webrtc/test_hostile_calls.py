"""Browser calls against hostile or unlucky callers, on a real server: offers that are not
SDP, oversized or mistyped bodies, someone else's call id, more calls than the server
takes, and a server that stops or dies with calls in flight. The offers are real ones,
made by aiortc in the test (what a browser sends, without a browser)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from aiortc import RTCConfiguration, RTCPeerConnection

from server.channels.webrtc.calls import MAX_BROWSER_CALLS
from server.channels.webrtc.service import (
    MAX_SDP_CHARS,
    ORPHAN_SWEEP,
    RESTART_REASON,
    SHUTDOWN_REASON,
)
from tests.support.db import execute
from tests.support.server_proc import ServerProcess
from tests.support.waiting import wait_until

pytestmark = pytest.mark.other_side

START_SECONDS = 90.0


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """A server without demo data (nothing here needs agents; seeding costs seconds) and
    the default queue anonymous calls ring in. The start may take long on a machine busy
    with the rest of the suite: the deadline is generous, nothing waits for it idly."""
    db = tmp_path_factory.mktemp("webrtc-hostile") / "server.sqlite"
    started = ServerProcess(db, start_timeout=START_SECONDS).start()
    execute(started, "INSERT INTO queues (name) VALUES ('General')")
    yield started
    started.stop()


@pytest.fixture(scope="module")
def offer_sdp() -> str:
    """A real WebRTC offer: one audio section and a data channel, as the page makes."""

    async def make() -> str:
        pc = RTCPeerConnection(RTCConfiguration(iceServers=[]))
        pc.addTransceiver("audio", direction="sendonly")
        pc.createDataChannel("call")
        await pc.setLocalDescription(await pc.createOffer())
        sdp = str(pc.localDescription.sdp)
        await pc.close()
        return sdp

    return asyncio.run(make())


def post(server: ServerProcess, body: Any) -> httpx.Response:
    return httpx.post(f"{server.url}/chat/call", json=body, timeout=20)


def place(server: ServerProcess, sdp: str) -> dict[str, Any]:
    answer = post(server, {"sdp": sdp, "type": "offer"})
    assert answer.status_code == 200, answer.text
    placed: dict[str, Any] = answer.json()
    assert placed["type"] == "answer"
    assert placed["sdp"].startswith("v=0")
    return placed


def hang_up(server: ServerProcess, call_id: str, key: str) -> httpx.Response:
    return httpx.delete(
        f"{server.url}/chat/call/{call_id}", headers={"X-Call-Key": key}, timeout=20
    )


def calls(server: ServerProcess) -> dict[str, tuple[str, str]]:
    """Browser calls in the database: provider call id -> (state, end reason)."""
    rows = server.rows(
        "SELECT provider_call_id, state, end_reason FROM calls WHERE provider = 'webrtc'"
    )
    return {str(ref): (str(state), str(reason)) for ref, state, reason in rows}


def test_offers_that_cannot_be_answered_are_refused_and_leave_nothing(
    server: ServerProcess, offer_sdp: str
) -> None:
    before = calls(server)
    for sdp, status in (
        ("hello", 400),  # not SDP at all
        ("v=0\r\ns=-\r\n", 400),  # SDP without audio
        (offer_sdp[: offer_sdp.index("a=ice-ufrag:")], 400),  # cut before its credentials
        (offer_sdp.replace("a=fingerprint:", "a=fingerprint:x"), 400),
        ("v=0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\n" + "a=x\r\n" * 4000, 422),  # > 16,000
    ):
        answer = post(server, {"sdp": sdp, "type": "offer"})
        assert answer.status_code == status, (sdp[:40], answer.text)
    assert len("a=x\r\n" * 4000) > MAX_SDP_CHARS
    bodies: list[object] = [
        {"sdp": offer_sdp, "type": "answer"},  # only offers are answered
        {"sdp": offer_sdp, "type": "offer", "extra": 1},  # unknown fields are refused
        {"sdp": offer_sdp, "type": "offer", "session": "not a token!"},
        {"sdp": offer_sdp, "type": "offer", "queue": ""},
        {"type": "offer"},
        [],
    ]
    for body in bodies:
        assert post(server, body).status_code == 422, body
    huge = httpx.post(
        f"{server.url}/chat/call",
        content=b'{"sdp": "' + b"v" * 200_000 + b'", "type": "offer"}',
        headers={"Content-Type": "application/json"},
        timeout=20,
    )
    assert huge.status_code == 413
    unknown_queue = post(server, {"sdp": offer_sdp, "type": "offer", "queue": "No such queue"})
    assert unknown_queue.status_code == 422
    assert "unknown queue" in unknown_queue.text
    assert calls(server) == before  # nothing recorded, nothing ringing
    assert httpx.get(f"{server.url}/api/health", timeout=10).status_code == 200


def test_an_unknown_chat_session_is_refused(server: ServerProcess, offer_sdp: str) -> None:
    body = {"sdp": offer_sdp, "type": "offer", "session": "x" * 43}
    answer = post(server, body)
    assert answer.status_code == 404
    assert answer.json()["detail"] == "unknown or expired chat session"


def test_a_call_is_its_callers_only(server: ServerProcess, offer_sdp: str) -> None:
    mine = place(server, offer_sdp)
    theirs = place(server, offer_sdp)
    assert calls(server)[mine["call_id"]] == ("offered", "")
    url = f"{server.url}/chat/call"
    # Someone else's call with my key, a made-up id, a wrong or missing key: one answer.
    assert hang_up(server, theirs["call_id"], mine["key"]).status_code == 404
    assert hang_up(server, "no-such-call", mine["key"]).status_code == 404
    wrong = httpx.get(f"{url}/{theirs['call_id']}", headers={"X-Call-Key": "x"}, timeout=10)
    assert (wrong.status_code, wrong.json()["detail"]) == (404, "no such call")
    assert httpx.get(f"{url}/{theirs['call_id']}", timeout=10).status_code == 422
    assert calls(server)[theirs["call_id"]] == ("offered", "")

    own = httpx.get(f"{url}/{mine['call_id']}", headers={"X-Call-Key": mine["key"]}, timeout=10)
    assert own.json()["state"] == "ringing"
    for placed in (mine, theirs):
        ended = hang_up(server, placed["call_id"], placed["key"])
        assert (ended.status_code, ended.json()["state"]) == (200, "ended")
        assert calls(server)[placed["call_id"]] == ("ended", "customer hung up")
        # Hanging up twice: the call is gone.
        assert hang_up(server, placed["call_id"], placed["key"]).status_code == 404


def test_more_calls_than_the_server_takes_are_refused_clearly(
    server: ServerProcess, offer_sdp: str
) -> None:
    placed = [place(server, offer_sdp) for _ in range(MAX_BROWSER_CALLS)]
    refused = post(server, {"sdp": offer_sdp, "type": "offer"})
    assert refused.status_code == 503
    assert "too many calls at once" in refused.json()["detail"]
    assert len([c for c in calls(server).values() if c[0] == "offered"]) == MAX_BROWSER_CALLS
    for one in placed:
        assert hang_up(server, one["call_id"], one["key"]).status_code == 200
    again = place(server, offer_sdp)  # room again
    assert hang_up(server, again["call_id"], again["key"]).status_code == 200


def test_calls_end_when_the_server_stops_or_dies(server: ServerProcess, offer_sdp: str) -> None:
    killed = place(server, offer_sdp)
    server.kill()  # no chance to end anything: the next start does
    server.start()
    # On SQLite before it listens; on PostgreSQL the process sweeping the calls of gone
    # processes does (webrtc-orphans: on its second look, so within two sweeps).
    ended = ("ended", RESTART_REASON)
    wait_until(lambda: calls(server)[killed["call_id"]] == ended, 3 * ORPHAN_SWEEP)

    stopped = place(server, offer_sdp)
    assert server.stop() == 0
    assert calls(server)[stopped["call_id"]] == ("ended", SHUTDOWN_REASON)
