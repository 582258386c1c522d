"""Canned replies in the desk's cache: they arrive by sync from a real server, stay
through a restart and offline, and personal ones make the outbox round trip (pending at
once, the server's copy after, rolled back with a notice when refused)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest

from desktop.store.reader import CacheReader
from tests.support.server_proc import ServerFactory
from tests.support.waiting import wait_until_async
from tests.sync.helpers import intake_body, running_desk

pytestmark = pytest.mark.asyncio

AGENT01 = 1
DEMO_FOR_AGENT01 = {
    "closing",
    "delivery-delay",
    "follow-up-email",
    "greeting",
    "invoice-copy",
    "one-moment",
    "order-number",
    "refund-timeline",
    "transfer-billing",
}
"""The demo's ten shared replies but Technical Support's password reset."""


def shortcuts(reader: CacheReader, agent_id: int | None = AGENT01) -> set[str]:
    return {r.shortcut for r in reader.canned_replies(agent_id)}


async def test_replies_sync_survive_a_restart_and_save_offline(
    server_factory: ServerFactory, tmp_path: Path
) -> None:
    server = server_factory()
    cache_file = tmp_path / "cache.sqlite3"
    async with running_desk(server.url, cache_file) as desk:
        await asyncio.wait_for(desk.engine.wait_idle(), 120)
        replies = desk.reader.canned_replies(AGENT01)
        assert {r.shortcut for r in replies} == DEMO_FOR_AGENT01
        titles = [r.title for r in replies]
        assert titles == sorted(titles, key=str.casefold)
        greeting = next(r for r in replies if r.shortcut == "greeting")
        assert (greeting.scope, greeting.queue_id, greeting.owner_id) == ("shared", None, None)
        assert "{customer.first_name}" in greeting.variants["zh-Hant"]
        assert "感謝" in greeting.variants["zh-Hant"]
        assert desk.reader.canned_reply(greeting.id) == greeting
        assert any(c.canned for c in desk.changes)
        await asyncio.to_thread(server.stop)
        # Offline: a personal reply is saved at once, pending, and listed by title.
        await desk.engine.save_canned_reply(
            "/My Thanks", "Aa first by title", {"fi": "Kiitos, {customer.first_name}!"}
        )
        pending = desk.reader.canned_replies(AGENT01)[0]
        assert (pending.shortcut, pending.scope, pending.owner_id) == ("my-thanks", "personal", 1)
        assert pending.id < 0
        assert desk.reader.canned_reply(pending.id) == pending
        # not yet welcomed (agent unknown): this agent's cache lists its own replies too
        assert shortcuts(desk.reader, agent_id=None) == {*DEMO_FOR_AGENT01, "my-thanks"}
        assert shortcuts(desk.reader, agent_id=2) == DEMO_FOR_AGENT01  # nobody else's

    # A cold desk with no server: everything is still in the cache file.
    reader = CacheReader(cache_file)
    try:
        assert shortcuts(reader) == {*DEMO_FOR_AGENT01, "my-thanks"}
    finally:
        reader.close()

    await asyncio.to_thread(server.start)
    async with running_desk(server.url, cache_file) as desk:
        await asyncio.wait_for(desk.engine.wait_idle(), 120)
        mine = [r for r in desk.reader.canned_replies(AGENT01) if r.shortcut == "my-thanks"]
        assert len(mine) == 1  # the server's copy replaced the pending one
        assert mine[0].id > 0
        assert mine[0].variants == {"fi": "Kiitos, {customer.first_name}!"}
        assert desk.reader.counts()["queued"] == 0


async def test_personal_replies_round_trip_and_refusals_roll_back(
    server_factory: ServerFactory, tmp_path: Path
) -> None:
    server = server_factory()
    async with running_desk(server.url, tmp_path / "a.sqlite3") as desk:
        # One desk's first sync at a time: two at once on a loaded machine took over 60 s.
        await asyncio.wait_for(desk.engine.wait_idle(), 120)
        engine, reader = desk.engine, desk.reader
        await engine.save_canned_reply("hello-fi", "Tervehdys", {"fi": "Hei!"})
        await engine.save_canned_reply("bye", "Goodbye", {"en": "Bye!", "zh-TW": "再見！"})
        await asyncio.wait_for(engine.wait_idle(), 30)
        saved = {r.shortcut: r for r in reader.canned_replies(AGENT01) if r.scope == "personal"}
        assert set(saved) == {"hello-fi", "bye"}
        assert all(r.id > 0 for r in saved.values())
        assert saved["bye"].variants == {"en": "Bye!", "zh-Hant": "再見！"}
        # An edit shows at once and the server's copy keeps it.
        await engine.save_canned_reply(
            "hello-fi", "Tervehdys", {"fi": "Hei taas!"}, reply_id=saved["hello-fi"].id
        )
        edited = reader.canned_reply(saved["hello-fi"].id)
        assert edited is not None
        assert edited.variants == {"fi": "Hei taas!"}
        await asyncio.wait_for(engine.wait_idle(), 30)
        # Renaming onto another of one's shortcuts: shown at once, refused, rolled back,
        # and the agent is told why.
        await engine.save_canned_reply("bye", "Clash", {"en": "x"}, reply_id=saved["hello-fi"].id)
        await asyncio.wait_for(engine.wait_idle(), 30)
        back = reader.canned_reply(saved["hello-fi"].id)
        assert back is not None
        assert (back.shortcut, back.variants) == ("hello-fi", {"fi": "Hei taas!"})
        notices = [n for c in desk.changes for n in c.notices]
        assert [n.kind for n in notices] == ["canned_rejected"]
        assert "/bye" in notices[0].reason
        # Delete: gone at once and for good.
        await engine.delete_canned_reply(saved["bye"].id)
        assert reader.canned_reply(saved["bye"].id) is None
        await asyncio.wait_for(engine.wait_idle(), 30)
        assert reader.canned_reply(saved["bye"].id) is None
        # Refused before anything is queued: bad values, shared replies, unknown ids.
        queued = reader.counts()["queued"]
        greeting = next(r for r in reader.canned_replies(AGENT01) if r.shortcut == "greeting")
        with pytest.raises(ValueError, match="shortcut"):
            await engine.save_canned_reply("two words!", "t", {"en": "x"})
        with pytest.raises(ValueError, match="at least one language"):
            await engine.save_canned_reply("empty", "t", {})
        with pytest.raises(ValueError, match="own personal"):
            await engine.save_canned_reply("greeting", "Mine now", {"en": "x"}, greeting.id)
        with pytest.raises(ValueError, match="own personal"):
            await engine.delete_canned_reply(greeting.id)
        with pytest.raises(ValueError, match="not in the cache"):
            await engine.delete_canned_reply(987654)
        assert reader.counts()["queued"] == queued
    # Agent 2's desk never gets any of agent 1's.
    async with running_desk(server.url, tmp_path / "b.sqlite3", user="agent02") as other:
        await asyncio.wait_for(other.engine.wait_idle(), 120)
        theirs = other.reader.canned_replies(2)
        assert theirs
        assert not [r for r in theirs if r.scope == "personal"]
        assert other.reader.canned_replies(AGENT01) == theirs


async def test_a_reset_keeps_pending_replies_and_replaces_the_rest(
    server_factory: ServerFactory, tmp_path: Path
) -> None:
    server = server_factory("--retain-events", "50")
    cache_file = tmp_path / "cache.sqlite3"
    async with running_desk(server.url, cache_file) as desk:
        await asyncio.wait_for(desk.engine.wait_idle(), 120)
        await desk.engine.save_canned_reply("kept", "Kept", {"en": "Kept"})
        await asyncio.wait_for(desk.engine.wait_idle(), 30)
        await asyncio.to_thread(server.stop)
        await desk.engine.save_canned_reply("offline", "Offline", {"en": "Saved offline"})
    await asyncio.to_thread(server.start)
    async with httpx.AsyncClient(base_url=server.url, timeout=10) as client:
        for n in range(120):
            (await client.post("/api/intake/messages", json=intake_body(n))).raise_for_status()
    await asyncio.to_thread(server.restart)  # compaction at start: the desk's cursor is too old
    async with running_desk(server.url, cache_file) as desk:
        await asyncio.wait_for(desk.engine.wait_idle(), 120)
        assert any(c.reset for c in desk.changes)
        await wait_until_async(
            lambda: all(r.id > 0 for r in desk.reader.canned_replies(AGENT01)), timeout=30
        )
        assert shortcuts(desk.reader) == {*DEMO_FOR_AGENT01, "kept", "offline"}
