"""The desk's sync engine against the real server: offline work, lost acks, silent sockets,
expired sessions, resets and the headless client."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from desktop.models.connection import Link
from desktop.store.cache import Cache
from desktop.store.paths import cache_path
from desktop.store.reader import CacheReader
from desktop.sync.engine import AuthExpiredError, SyncEngine
from protocol.frames import Ack, encode
from tests.support.client import hello, login, open_ws, recv
from tests.support.netcut import NetCut
from tests.support.server_proc import ROOT, ServerFactory
from tests.support.waiting import wait_until_async
from tests.sync.helpers import intake_body, latest_seq, running_desk, server_messages


def port_of(url: str) -> int:
    return int(urlsplit(url).port or 0)


async def first_conversation(url: str) -> int:
    token = login(url, "agent01")
    async with httpx.AsyncClient(base_url=url, timeout=10) as client:
        page = await client.get("/api/conversations", headers={"Authorization": f"Bearer {token}"})
    return int(page.json()["items"][0]["id"])


async def bodies_on_server(url: str, conversation_id: int) -> list[str]:
    token = login(url, "agent01")
    async with httpx.AsyncClient(base_url=url, timeout=10) as client:
        reply = await client.get(
            f"/api/conversations/{conversation_id}/messages",
            headers={"Authorization": f"Bearer {token}"},
        )
    return [m["body"] for m in reply.json()["items"]]


@pytest.mark.asyncio
async def test_desk_syncs_exactly_what_the_agent_may_see(
    server_factory: ServerFactory, tmp_path: Path
) -> None:
    server = server_factory()
    async with running_desk(server.url, tmp_path / "cache.sqlite3") as desk:
        await asyncio.wait_for(desk.engine.wait_idle(), 60)
        assert desk.reader.message_ids() == await server_messages(server.url)
        by_name = {name: qid for qid, name in desk.reader.queue_names().items()}
        rows = desk.reader.conversations(desk.reader.conversation_ids())
        seen_queues = {row.queue_id for row in rows.values()}
        assert by_name["Technical Support"] not in seen_queues  # agent01 is not in it
        assert by_name["General"] in seen_queues
        assert desk.links()[-1] is Link.ONLINE
        token = desk.token
    files = await asyncio.to_thread(lambda: [p.read_bytes() for p in tmp_path.glob("cache*")])
    assert files
    assert not [data for data in files if token.encode() in data]


@pytest.mark.asyncio
async def test_reply_queued_offline_is_delivered_once_when_the_ack_was_lost(
    server_factory: ServerFactory, tmp_path: Path
) -> None:
    server = server_factory()
    cache_file = tmp_path / "cache.sqlite3"
    async with running_desk(server.url, cache_file) as desk:
        await asyncio.wait_for(desk.engine.wait_idle(), 60)
    conversation_id = await first_conversation(server.url)

    # Offline: the agent replies; the reply waits in the outbox.
    cache = Cache(cache_file)
    cache.open()
    await cache.queue_reply(conversation_id, "Exactly once, please", "Agent")
    replica = await cache.state()
    [mutation] = await cache.pending()
    await asyncio.to_thread(cache.close)

    # The frame reaches the server twice, and both acks are lost on the way back.
    token = login(server.url, "agent01")
    for attempt in range(2):
        ws = await open_ws(server.ws_url)
        await hello(ws, token, client_id=replica.client_id, last_seq=replica.cursor)
        await ws.send(encode(mutation))
        while not isinstance(frame := await recv(ws), Ack):
            pass
        assert frame.duplicate is (attempt == 1)
        await ws.close()

    # The desk reconnects with the mutation still in its outbox.
    async with running_desk(server.url, cache_file) as desk:
        await asyncio.wait_for(desk.engine.wait_idle(), 60)
        mine = [m for m in desk.reader.messages(conversation_id) if m.body.startswith("Exactly")]
        assert [(m.pending, m.id > 0) for m in mine] == [(False, True)]
        assert desk.reader.counts()["queued"] == 0
    assert (await bodies_on_server(server.url, conversation_id)).count("Exactly once, please") == 1


@pytest.mark.asyncio
async def test_desk_process_killed_with_queued_replies_delivers_each_once(
    server_factory: ServerFactory, tmp_path: Path
) -> None:
    server = server_factory()
    conversation_id = await first_conversation(server.url)
    proxy = NetCut(port_of(server.url))
    await proxy.start()
    proxy.pass_limit = 1  # the sign-in gets through; the websocket never does
    data_dir = tmp_path / "desk"
    env = {**os.environ, "FRONTLINE_PASSWORD": "demo"}
    replies = [f"--reply={conversation_id}=Killed reply {i}" for i in range(3)]
    base = [sys.executable, "-m", "cli.main", "sync", "--user", "agent01"]
    desk = await asyncio.create_subprocess_exec(
        *base,
        "--server",
        proxy.url,
        "--data-dir",
        str(data_dir),
        *replies,
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )

    def queued() -> int:
        path = cache_path(data_dir, "agent01")
        if not path.exists():
            return 0
        reader = CacheReader(path)
        try:
            return reader.counts()["queued"]
        except Exception:  # noqa: BLE001 - the schema may not exist yet
            return 0
        finally:
            reader.close()

    try:
        await wait_until_async(lambda: queued() == 3, 30, message="replies never queued")
    finally:
        desk.send_signal(signal.SIGKILL)
        await desk.wait()
        await proxy.close()

    done = await asyncio.create_subprocess_exec(
        *base,
        "--server",
        server.url,
        "--data-dir",
        str(data_dir),
        "--until-idle",
        "--json",
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await asyncio.wait_for(done.communicate(), 60)
    assert done.returncode == 0
    assert json.loads(out)["queued"] == 0
    bodies = await bodies_on_server(server.url, conversation_id)
    assert [bodies.count(f"Killed reply {i}") for i in range(3)] == [1, 1, 1]


@pytest.mark.asyncio
async def test_silent_socket_is_detected_and_the_desk_recovers(
    server_factory: ServerFactory, tmp_path: Path
) -> None:
    server = server_factory("--heartbeat", "0.3")
    proxy = NetCut(port_of(server.url))
    await proxy.start()
    ws_url = proxy.url.replace("http://", "ws://") + "/ws"
    async with running_desk(server.url, tmp_path / "c.sqlite3", ws_url=ws_url) as desk:
        await asyncio.wait_for(desk.engine.wait_idle(), 60)
        proxy.set_mode("freeze")  # the socket stays open and delivers nothing
        await wait_until_async(
            lambda: desk.engine.state.link is Link.RECONNECTING, 10, message="not detected"
        )
        proxy.set_mode("pass")
        await wait_until_async(lambda: desk.engine.state.link is Link.ONLINE, 20)
        async with httpx.AsyncClient(base_url=server.url) as client:
            sent = (await client.post("/api/intake/messages", json=intake_body(1))).json()
        await wait_until_async(
            lambda: sent["message_id"] in desk.reader.message_ids(), 10, message="not synced"
        )
    await proxy.close()


@pytest.mark.asyncio
async def test_rejected_token_stops_the_engine_and_asks_for_sign_in(
    server_factory: ServerFactory, tmp_path: Path
) -> None:
    server = server_factory(demo=False)
    cache = Cache(tmp_path / "c.sqlite3")
    cache.open()
    engine = SyncEngine(cache, server.ws_url, "not-a-valid-token")
    with pytest.raises(AuthExpiredError):
        await asyncio.wait_for(engine.run(), 20)
    assert engine.state.link is Link.SIGNED_OUT
    await asyncio.to_thread(cache.close)
    assert "not-a-valid-token" not in server.log_text()


@pytest.mark.asyncio
async def test_desk_older_than_the_retained_log_is_rebuilt_from_a_snapshot(
    server_factory: ServerFactory, tmp_path: Path
) -> None:
    server = server_factory("--retain-events", "50")
    cache_file = tmp_path / "cache.sqlite3"
    async with running_desk(server.url, cache_file) as desk:
        await asyncio.wait_for(desk.engine.wait_idle(), 60)
    async with httpx.AsyncClient(base_url=server.url, timeout=10) as client:
        for n in range(120):
            (await client.post("/api/intake/messages", json=intake_body(n))).raise_for_status()
    await asyncio.to_thread(server.restart)  # compaction runs at start
    async with running_desk(server.url, cache_file) as desk:
        await asyncio.wait_for(desk.engine.wait_idle(), 60)
        assert any(c.reset for c in desk.changes)
        assert desk.reader.message_ids() == await server_messages(server.url)
        assert desk.reader.counts()["cursor"] == await latest_seq(server.url)


@pytest.mark.asyncio
async def test_headless_client_prints_counts_and_rejects_a_wrong_password(
    server_factory: ServerFactory, tmp_path: Path
) -> None:
    server = server_factory()
    base = [sys.executable, "-m", "cli.main", "sync", "--server", server.url, "--user", "agent01"]
    args = [*base, "--data-dir", str(tmp_path), "--until-idle", "--json"]

    async def run(password: str) -> tuple[int, bytes, bytes]:
        proc = await asyncio.create_subprocess_exec(
            *args,
            cwd=ROOT,
            env={**os.environ, "FRONTLINE_PASSWORD": password},
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode is not None
        return proc.returncode, out, err

    code, _, err = await run("wrong")
    assert code == 2
    assert b"wrong username or password" in err
    code, out, _ = await run("demo")
    assert code == 0
    counts = json.loads(out)
    assert counts["messages"] == len(await server_messages(server.url))
    assert counts["queued"] == 0
    assert counts["cursor"] == await latest_seq(server.url)


@pytest.mark.asyncio
async def test_internal_note_reaches_colleagues_but_not_the_inbox_preview(
    server_factory: ServerFactory, tmp_path: Path
) -> None:
    server = server_factory()
    conversation_id = await first_conversation(server.url)
    async with running_desk(server.url, tmp_path / "cache.sqlite3") as desk:
        await asyncio.wait_for(desk.engine.wait_idle(), 60)
        before = desk.reader.conversation(conversation_id)
        assert before is not None
        await desk.engine.send_reply(conversation_id, "Call her back after 3 pm", internal=True)
        await asyncio.wait_for(desk.engine.wait_idle(), 30)

        def delivered() -> bool:
            return any(
                m.direction == "note" and not m.pending
                for m in desk.reader.messages(conversation_id)
            )

        await wait_until_async(delivered, 10, message="note not delivered")
        after = desk.reader.conversation(conversation_id)
        assert after is not None
        assert after.last_message_preview == before.last_message_preview
        assert after.message_count == before.message_count + 1


@pytest.mark.asyncio
async def test_a_full_cache_disk_is_reported_and_nothing_is_lost(
    server_factory: ServerFactory, tmp_path: Path
) -> None:
    server = server_factory()
    async with running_desk(server.url, tmp_path / "cache.sqlite3") as desk:
        await asyncio.wait_for(desk.engine.wait_idle(), 60)
        # SQLITE_FULL for real: the cache file may not grow by a single page.
        pages = await desk.cache.writer.run(
            lambda c: int(c.execute("PRAGMA page_count").fetchone()[0])
        )
        await desk.cache.writer.run(lambda c: c.execute(f"PRAGMA max_page_count = {pages}"))
        async with httpx.AsyncClient(base_url=server.url, timeout=10) as client:
            for n in range(300):
                (await client.post("/api/intake/messages", json=intake_body(n))).raise_for_status()
        await wait_until_async(
            lambda: "cannot write the local cache" in desk.engine.state.detail,
            20,
            message="the full disk was not reported",
        )
        await desk.cache.writer.run(lambda c: c.execute("PRAGMA max_page_count = 1073741823"))
        desk.engine.retry_now()
        final = await latest_seq(server.url)
        await wait_until_async(lambda: desk.reader.counts()["cursor"] >= final, 30)
        assert desk.reader.message_ids() == await server_messages(server.url)
