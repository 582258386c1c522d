"""Each attack of the hardening issue, reproduced against a real server on 127.0.0.1.

Every test checks two things: the attacker gets a clear error, and everybody else keeps
syncing. The module ends with a fresh headless desk (the real sync engine and cache) in
the attacked queues reaching idle.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import socket
import sys
import time
from pathlib import Path

import httpx
import pytest
from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed

from protocol.frames import (
    PROTOCOL_VERSION,
    Ack,
    CaughtUp,
    ErrorFrame,
    Events,
    Hello,
    Mutation,
    Pull,
    ReplyOp,
    Reset,
    SetStatusOp,
    encode,
)
from protocol.text import MAX_BODY_CHARS
from tests.server.helpers import auth, intake
from tests.support.client import hello, login, open_ws, recv, recv_until
from tests.support.server_proc import ROOT, ServerFactory, ServerProcess


def post_intake(url: str, payload: dict[str, object], **kwargs: object) -> httpx.Response:
    return httpx.post(f"{url}/api/intake/messages", json=payload, timeout=30, **kwargs)  # type: ignore[arg-type]


def message(ref: str, **fields: object) -> dict[str, object]:
    body: dict[str, object] = {
        "channel": "chat",
        "customer": {"ref": ref, "name": "Mallory", "language": "en"},
        "body": "hello",
        "queue": "General",
    }
    body.update(fields)
    return body


async def caught_up(ws_url: str, token: str, client_id: str) -> ClientConnection:
    ws = await open_ws(ws_url)
    await hello(ws, token, client_id)
    await recv_until(ws, CaughtUp, timeout=30)
    return ws


async def sees_conversation(
    ws: ClientConnection, conversation_id: int, timeout: float = 20
) -> None:
    """Wait until ``ws`` delivers an event about ``conversation_id``."""
    async with asyncio.timeout(timeout):
        while True:
            frame = await recv(ws, timeout)
            if isinstance(frame, Events) and any(
                e.kind == "conversation" and e.id == conversation_id for e in frame.events
            ):
                return


# --------------------------------------------------------------------------- HTTP input


@pytest.mark.asyncio
async def test_oversized_fields_are_refused_and_the_queue_still_syncs(
    demo_server: ServerProcess,
) -> None:
    url = demo_server.url
    token = login(url, "agent01")
    ws = await caught_up(demo_server.ws_url, token, "bystander-field-01")
    try:
        long_subject = post_intake(url, message("attacker-subject", subject="S" * 200_000))
        assert long_subject.status_code in (413, 422)
        assert len(long_subject.content) < 2_000  # never an echo of the input
        controls = "\x01\x02\x1b\x7f" * (MAX_BODY_CHARS // 4)
        for _ in range(30):
            refused = post_intake(url, message("attacker-controls", body=controls))
            assert refused.status_code in (413, 422), refused.text[:200]
            assert len(refused.content) < 2_000
        # A body that is mostly controls keeps its text, without the controls.
        kept = post_intake(url, message("attacker-mixed", body="\x00hi\x1b[31m there\r\n"))
        assert kept.status_code == 200
        listed = await asyncio.to_thread(
            httpx.get,
            f"{url}/api/conversations/{kept.json()['conversation_id']}/messages",
            headers=auth(token),
        )
        messages = listed.json()["items"]
        assert messages[-1]["body"] == "hi[31m there\n"
        # The queue still syncs for the bystander.
        conv = intake(url, ref="after-the-attack")["conversation_id"]
        await sees_conversation(ws, conv)
    finally:
        await ws.close()


def test_fields_get_their_normal_form(demo_server: ServerProcess) -> None:
    url = demo_server.url
    result = post_intake(
        url,
        message(
            "+358 40 123 4567",
            channel="phone",
            customer={
                "ref": "+358 40 123 4567",
                "name": "\u202eevil\u202c  Name\nSecond line",
                "phone": "+358 (40) 123-4567",
                "email": "Someone@EXAMPLE.com",
                "language": "zh-TW",
            },
            subject="Line one\r\nline two\t\x07",
        ),
    )
    assert result.status_code == 200, result.text
    token = login(url, "supervisor01")
    conv_id = result.json()["conversation_id"]
    page = httpx.get(f"{url}/api/conversations", headers=auth(token), params={"limit": 5})
    conv = next(c for c in page.json()["items"] if c["id"] == conv_id)
    assert conv["customer_name"] == "evil Name Second line"
    assert conv["subject"] == "Line one line two"
    assert conv["language"] == "zh-Hant"
    # The phone channel found the customer by E.164: a differently written number is them.
    again = post_intake(url, message("+358401234567", channel="phone"))
    assert again.json()["customer_id"] == result.json()["customer_id"]
    for bad in (
        {"customer": {"ref": "x", "name": "A", "email": "not-an-address"}},
        {"customer": {"ref": "x", "name": "A", "email": "a" * 65 + "@example.com"}},
        {"customer": {"ref": "x", "name": "A", "phone": "12345"}},
        {"customer": {"ref": "x", "name": "A", "language": "klingon"}},
        {"customer": {"ref": "x", "name": "\x00\x01 \t"}},
        {"queue": "Q" * 101},
        {"body": " \x00 \n"},
    ):
        response = post_intake(url, message("normal-forms", **bad))
        assert response.status_code == 422, (bad, response.text)
        assert response.json()["detail"][0]["msg"]


def test_lone_surrogates_and_huge_integers_give_422_not_500(
    demo_server: ServerProcess,
) -> None:
    url = demo_server.url
    raw = (
        '{"channel":"chat","customer":{"ref":"sur","name":"A\\ud800"},'
        '"body":"x\\udfff","queue":"General"}'
    )
    headers = {"Content-Type": "application/json"}
    response = httpx.post(f"{url}/api/intake/messages", content=raw, headers=headers)
    assert response.status_code == 422
    login_raw = '{"username":"agent01","password":"\\ud83d"}'
    assert httpx.post(f"{url}/api/login", content=login_raw, headers=headers).status_code == 422
    token = login(url, "agent01")
    huge = "9" * 40
    for path in (
        f"/api/conversations/{huge}/messages",
        f"/api/conversations?cursor={huge}",
        "/api/conversations?limit=" + huge,
    ):
        got = httpx.get(f"{url}{path}", headers=auth(token), timeout=10)
        assert got.status_code == 422, (path, got.status_code)
    token_attempt = post_intake(url, message("huge-token", conversation_token=f"{huge}.abc"))
    assert token_attempt.status_code in (404, 422)
    assert "Traceback" not in demo_server.log_text()


def test_a_50_mib_post_is_refused_without_being_read(demo_server: ServerProcess) -> None:
    url = demo_server.url
    big = b'{"channel":"chat","body":"' + b"x" * (50 * 1024 * 1024) + b'"}'
    response = httpx.post(
        f"{url}/api/intake/messages",
        content=big,
        headers={"Content-Type": "application/json"},
        timeout=60,
    )
    assert response.status_code == 413
    assert len(response.content) < 200
    # Chunked (no Content-Length): cut off as it streams.

    def chunks() -> object:
        for _ in range(50):
            yield b"x" * (1024 * 1024)

    with socket.create_connection(("127.0.0.1", int(url.rsplit(":", 1)[1]))) as sock:
        sock.sendall(
            b"POST /api/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n"
        )
        sent = 0
        reply = b""
        sock.settimeout(10)
        try:
            for _ in range(64):
                piece = b"x" * 65536
                sock.sendall(b"%x\r\n%s\r\n" % (len(piece), piece))
                sent += len(piece)
        except (BrokenPipeError, ConnectionResetError):
            pass
        try:
            reply = sock.recv(4096)
        except (ConnectionResetError, TimeoutError):
            reply = b""
    assert reply.startswith(b"HTTP/1.1 413"), reply[:100]
    # The server is fine afterwards.
    assert httpx.get(f"{url}/api/health").status_code == 200


def test_a_customer_adds_only_through_their_conversation_token(
    demo_server: ServerProcess,
) -> None:
    url = demo_server.url
    first = post_intake(url, message("token-owner")).json()
    victim = post_intake(url, message("token-victim")).json()
    assert first["conversation_token"].startswith(f"{first['conversation_id']}.")
    # Guessing an id is no longer a way in: the field is gone and a forged token fails.
    guessed = post_intake(url, message("token-owner", conversation_id=victim["conversation_id"]))
    assert guessed.status_code == 422
    forged = f"{victim['conversation_id']}.{'0' * 32}"
    assert post_intake(url, message("token-owner", conversation_token=forged)).status_code == 404
    # Another customer's real token does not work for this customer either.
    stolen = victim["conversation_token"]
    assert post_intake(url, message("token-owner", conversation_token=stolen)).status_code == 404
    mine = post_intake(url, message("token-owner", conversation_token=first["conversation_token"]))
    assert mine.status_code == 200
    assert mine.json()["conversation_id"] == first["conversation_id"]


def test_intake_is_closed_outside_demo_without_a_key(server_factory: ServerFactory) -> None:
    closed = server_factory(demo=False, name="closed")
    response = post_intake(closed.url, message("closed"))
    assert response.status_code == 401
    assert "intake is closed" in closed.log_text()
    closed.stop()
    keyed = server_factory(
        "--demo", "--intake-key", "email=email-only-key-0001", demo=False, name="keyed"
    )
    ok = post_intake(
        keyed.url,
        message("mail@example.com", channel="email"),
        headers={"X-Intake-Key": "email-only-key-0001"},
    )
    assert ok.status_code == 200
    wrong_channel = post_intake(
        keyed.url, message("chatter"), headers={"X-Intake-Key": "email-only-key-0001"}
    )
    assert wrong_channel.status_code == 401


# --------------------------------------------------------------------------- websocket


@pytest.mark.asyncio
async def test_a_colleagues_client_id_is_refused_and_their_replies_survive(
    demo_server: ServerProcess,
) -> None:
    url = demo_server.url
    victim_token = login(url, "agent01")
    thief_token = login(url, "agent02")
    conv = intake(url, queue="General", ref="client-id-theft")["conversation_id"]
    victim = await caught_up(demo_server.ws_url, victim_token, "victim-client-001")
    try:
        reply = Mutation(mutation_id=1, change=ReplyOp(conversation_id=conv, body="First."))
        await victim.send(encode(reply))
        await recv_until(victim, Ack)
        # The colleague says hello with the victim's id: refused, counter untouched.
        async with await open_ws(demo_server.ws_url) as thief:
            frame = Hello(
                protocol=PROTOCOL_VERSION,
                token=thief_token,
                client_id="victim-client-001",
                last_seq=0,
            )
            await thief.send(encode(frame))
            refused = await recv(thief)
            assert isinstance(refused, ErrorFrame)
            assert (refused.code, refused.fatal) == ("client_id_taken", True)
        second = Mutation(mutation_id=2, change=ReplyOp(conversation_id=conv, body="Second."))
        await victim.send(encode(second))
        ack = (await recv_until(victim, Ack))[-1]
        assert isinstance(ack, Ack)
        assert not ack.duplicate
    finally:
        await victim.close()


@pytest.mark.asyncio
async def test_newlines_in_a_client_id_cannot_forge_log_lines(demo_server: ServerProcess) -> None:
    token = login(demo_server.url, "agent01")
    async with await open_ws(demo_server.ws_url) as ws:
        forged = {
            "type": "hello",
            "protocol": 1,
            "token": token,
            "client_id": "abcdefgh\nERROR forged",
            "last_seq": 0,
        }
        await ws.send(json.dumps(forged))
        frame = await recv(ws)
        assert isinstance(frame, ErrorFrame)
        assert frame.code == "bad_frame"
    assert "\nERROR forged" not in demo_server.log_text()


@pytest.mark.asyncio
async def test_more_than_a_few_kib_before_hello_is_refused(demo_server: ServerProcess) -> None:
    async with await open_ws(demo_server.ws_url) as ws:
        await ws.send('{"type":"hello","pad":"' + "x" * 8192 + '"}')
        frame = await recv(ws)
        assert isinstance(frame, ErrorFrame)
        assert (frame.code, frame.fatal) == ("frame_too_large", True)
        with pytest.raises(ConnectionClosed):
            await recv(ws)


@pytest.mark.asyncio
async def test_huge_integers_in_frames_are_non_fatal_errors(demo_server: ServerProcess) -> None:
    token = login(demo_server.url, "agent01")
    ws = await caught_up(demo_server.ws_url, token, "huge-int-client1")
    try:
        for raw in (
            '{"type":"pull","after_seq":' + "9" * 40 + "}",
            '{"type":"mutation","mutation_id":1,"change":{"op":"set_status",'
            '"conversation_id":' + "9" * 30 + ',"status":"open"}}',
            '{"type":"mutation","mutation_id":' + "9" * 30 + ',"change":{"op":"set_status",'
            '"conversation_id":1,"status":"open"}}',
        ):
            await ws.send(raw)
            frame = (await recv_until(ws, ErrorFrame))[-1]
            assert isinstance(frame, ErrorFrame)
            assert (frame.code, frame.fatal) == ("bad_frame", False)
        conv = intake(demo_server.url, ref="after-huge-ints")["conversation_id"]
        await sees_conversation(ws, conv)
    finally:
        await ws.close()


@pytest.mark.asyncio
async def test_a_burst_of_bad_frames_closes_only_that_connection(
    demo_server: ServerProcess,
) -> None:
    token = login(demo_server.url, "agent01")
    good = await caught_up(demo_server.ws_url, token, "burst-bystander1")
    try:
        async with await open_ws(demo_server.ws_url) as bad:
            await hello(bad, token, "burst-attacker01")
            for _ in range(40):
                await bad.send("{nope")
            codes: list[tuple[str, bool]] = []

            async def read_all() -> None:
                while True:
                    frame = await recv(bad)
                    if isinstance(frame, ErrorFrame):
                        codes.append((frame.code, frame.fatal))

            with pytest.raises(ConnectionClosed) as closed:
                await read_all()
            assert closed.value.rcvd is not None
            assert closed.value.rcvd.code == 4400
            assert codes[-1] == ("too_many_errors", True)
            assert codes.count(("bad_json", False)) == 20
        conv = intake(demo_server.url, ref="after-burst")["conversation_id"]
        await sees_conversation(good, conv)
    finally:
        await good.close()
    log = demo_server.log_text()
    assert log.count("bad frame from agent agent01 client burst-attacker01") == 1
    assert "closing client burst-attacker01" in log


@pytest.mark.asyncio
async def test_a_flood_of_pulls_makes_few_snapshots_and_never_blocks_writes(
    demo_server: ServerProcess,
) -> None:
    token = login(demo_server.url, "supervisor01")
    async with await open_ws(demo_server.ws_url) as ws:
        await hello(ws, token, "pull-flooder-001")
        await recv_until(ws, CaughtUp, timeout=30)
        flood = [encode(Pull(after_seq=10**12)) for _ in range(300)]  # each asks a snapshot

        async def send_all() -> None:
            for text in flood:
                await ws.send(text)

        sender = asyncio.create_task(send_all())
        # Writes go through while the snapshots are read.
        started = time.monotonic()
        results = await asyncio.gather(
            *(asyncio.to_thread(intake, demo_server.url, ref=f"flood-{i}") for i in range(20))
        )
        assert len(results) == 20
        await sender
        resets = 0

        async def count_resets() -> None:
            nonlocal resets
            while True:
                frame = await recv(ws, timeout=3)
                resets += isinstance(frame, Reset)

        with pytest.raises(TimeoutError):  # quiet once the flood is answered
            await count_resets()
        assert 1 <= resets <= 10  # coalesced: one pending snapshot per connection
        assert time.monotonic() > started


@pytest.mark.asyncio
async def test_session_expiry_and_logout_close_open_sockets(
    server_factory: ServerFactory,
) -> None:
    server = server_factory("--token-ttl", "2", name="ttl")
    token = login(server.url, "agent01")
    conv = intake(server.url, ref="expiry")["conversation_id"]
    ws = await caught_up(server.ws_url, token, "expiring-client1")
    try:
        frame = (await recv_until(ws, ErrorFrame, timeout=20))[-1]
        assert isinstance(frame, ErrorFrame)
        assert (frame.code, frame.fatal) == ("token_expired", True)
        with pytest.raises(ConnectionClosed) as closed:
            await recv(ws)
        assert closed.value.rcvd is not None
        assert closed.value.rcvd.code == 4401
    finally:
        await ws.close()
    late = Mutation(mutation_id=1, change=ReplyOp(conversation_id=conv, body="Too late."))
    async with await open_ws(server.ws_url) as again:
        await again.send(
            encode(Hello(protocol=1, token=token, client_id="expiring-client1", last_seq=0))
        )
        refused = await recv(again)
        assert isinstance(refused, ErrorFrame)
        assert refused.code == "token_expired"
        with contextlib.suppress(ConnectionClosed):
            await again.send(encode(late))
        with pytest.raises(ConnectionClosed):
            await recv(again)
    fresh = login(server.url, "agent01")
    listed = await asyncio.to_thread(
        httpx.get, f"{server.url}/api/conversations/{conv}/messages", headers=auth(fresh)
    )
    messages = listed.json()["items"]
    assert "Too late." not in [m["body"] for m in messages]
    # Logout closes the sockets of that token at once.
    ws2 = await open_ws(server.ws_url)
    await hello(ws2, fresh, "logout-client-01")
    response = await asyncio.to_thread(httpx.post, f"{server.url}/api/logout", headers=auth(fresh))
    assert response.status_code == 204
    frame = (await recv_until(ws2, ErrorFrame, timeout=10))[-1]
    assert isinstance(frame, ErrorFrame)
    assert (frame.code, frame.fatal) == ("session_revoked", True)
    with pytest.raises(ConnectionClosed):
        await recv(ws2)


# --------------------------------------------------------------------------- the end


@pytest.mark.asyncio
async def test_a_fresh_desk_in_the_attacked_queues_reaches_idle(
    demo_server: ServerProcess, tmp_path: Path
) -> None:
    """Runs last in the module: everything above attacked this server."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "cli.main",
        "sync",
        "--server",
        demo_server.url,
        "--user",
        "supervisor01",
        "--data-dir",
        str(tmp_path),
        "--until-idle",
        "--json",
        cwd=ROOT,
        env={**os.environ, "FRONTLINE_PASSWORD": "demo"},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), 120)
    assert proc.returncode == 0, err.decode()[-2000:]
    counts = json.loads(out)
    health = (await asyncio.to_thread(httpx.get, f"{demo_server.url}/api/health")).json()
    assert counts["cursor"] == health["latest_seq"]
    assert counts["queued"] == 0


@pytest.mark.asyncio
async def test_a_desk_over_its_frame_rate_is_slowed_not_refused(
    server_factory: ServerFactory,
) -> None:
    # A rate well under what the server can take in (about 40 mutations/s on PostgreSQL
    # under load, which would pace the desk below a limit of 40 by itself).
    server = server_factory("--ws-frame-rate", "8", "--ws-frame-burst", "10", name="rate")
    token = login(server.url, "agent01")
    conv = intake(server.url, ref="rate-limit")["conversation_id"]
    async with await open_ws(server.ws_url) as ws:
        await hello(ws, token, "fast-outbox-0001")
        await recv_until(ws, CaughtUp, timeout=30)
        statuses = ("pending", "open")
        for n in range(1, 61):  # a long outbox flushed at once
            change = SetStatusOp(conversation_id=conv, status=statuses[n % 2])
            await ws.send(encode(Mutation(mutation_id=n, change=change)))
        acked: set[int] = set()
        async with asyncio.timeout(30):
            while len(acked) < 60:
                frame = await recv(ws)
                assert not isinstance(frame, ErrorFrame), frame
                if isinstance(frame, Ack):
                    acked.add(frame.mutation_id)
    assert acked == set(range(1, 61))  # nothing dropped or refused
    assert server.log_text().count("client fast-outbox-0001 of agent agent01 is over") == 1
