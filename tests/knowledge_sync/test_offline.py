"""The desk's knowledge works from its cache alone: offline search, reset, desk-only data."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest

from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from tests.support.server_proc import ServerFactory
from tests.sync.helpers import intake_body, running_desk


def ids(reader: CacheReader, query: str, lang: str | None = None) -> list[str]:
    return [h.hit.id for h in reader.search(query, lang=lang, limit=10)]


@pytest.mark.asyncio
async def test_search_works_offline_after_the_server_is_stopped(
    server_factory: ServerFactory, tmp_path: Path
) -> None:
    server = server_factory()
    cache_file = tmp_path / "cache.sqlite3"
    async with running_desk(server.url, cache_file) as desk:
        await asyncio.wait_for(desk.engine.wait_idle(), 60)
        assert desk.reader.kb_counts() == {"articles": 60, "scripts": 10, "votes": 0}
        await asyncio.to_thread(server.stop)
        # Still running, now offline: search, browse, favourites and votes go on.
        assert ids(desk.reader, "takaisinsoittoon")[:1] == ["callbacks-fi"]
        callbacks = desk.reader.article_by_slug("callbacks-fi")
        assert callbacks is not None
        await desk.engine.vote(callbacks.id, 1)
        assert desk.reader.article(callbacks.id) is not None
        row = desk.reader.article(callbacks.id)
        assert row is not None
        assert (row.helpful_up, row.my_vote, row.my_vote_pending) == (1, 1, True)
        await desk.cache.set_favourite("callbacks-fi")
        await desk.cache.mark_viewed("password-reset-zh-hant")

    # A cold desk with no server at all: a fresh reader on the cache file.
    reader = CacheReader(cache_file)
    try:
        # Finnish inflection, Traditional query on both scripts, Simplified query on
        # Traditional text, a two-character Chinese query, an acronym.
        assert ids(reader, "takaisinsoittoon", lang="fi")[:1] == ["callbacks-fi"]
        assert {"password-reset-zh-hans", "password-reset-zh-hant"} <= set(
            ids(reader, "重設密碼")[:2]
        )
        assert ids(reader, "重置密码", lang="zh-Hant")[:1] == ["password-reset-zh-hant"]
        assert "password-reset-zh-hans" in ids(reader, "密码")
        assert ids(reader, "AHT FCR", lang="en")[:1] != []
        hit = reader.search("salasanan vaihtaminen", lang="fi")[0]
        assert hit.hit.id == "password-reset-fi"
        assert "<mark>" in hit.hit.title_html
        assert [a.slug for a in reader.favourites()] == ["callbacks-fi"]
        assert [a.slug for a in reader.recently_viewed()] == ["password-reset-zh-hant"]
        assert {s.slug for s in reader.scripts(lang="fi")} >= {"refund-request-fi"}
        tree = reader.categories(lang="zh")
        assert tree
        assert sum(node.count for node in tree) == 30
        assert reader.kb_counts()["votes"] == 1  # the offline vote, still pending
    finally:
        reader.close()


@pytest.mark.asyncio
async def test_reset_and_snapshot_keep_articles_searchable_and_desk_data(
    server_factory: ServerFactory, tmp_path: Path
) -> None:
    server = server_factory("--retain-events", "50")
    cache_file = tmp_path / "cache.sqlite3"
    async with running_desk(server.url, cache_file) as desk:
        await asyncio.wait_for(desk.engine.wait_idle(), 60)
        refund = desk.reader.article_by_slug("refunds-en")
        assert refund is not None
        await desk.engine.vote(refund.id, 1, "useful")
        await asyncio.wait_for(desk.engine.wait_idle(), 30)
        await desk.cache.set_favourite("refunds-en")
    async with httpx.AsyncClient(base_url=server.url, timeout=10) as client:
        for n in range(120):
            (await client.post("/api/intake/messages", json=intake_body(n))).raise_for_status()
    await asyncio.to_thread(server.restart)  # compaction runs at start
    async with running_desk(server.url, cache_file) as desk:
        await asyncio.wait_for(desk.engine.wait_idle(), 60)
        assert any(c.reset for c in desk.changes)
        reader = desk.reader
        assert reader.kb_counts() == {"articles": 60, "scripts": 10, "votes": 1}
        assert ids(reader, "退款")[:2] != []
        assert "refunds-en" in ids(reader, "refund money back", lang="en")
        row = reader.article_by_slug("refunds-en")
        assert row is not None
        assert (row.helpful_up, row.my_vote, row.my_vote_comment) == (1, 1, "useful")
        assert row.favourite
        assert [a.slug for a in reader.favourites()] == ["refunds-en"]


def test_a_new_cache_migrates_to_the_knowledge_schema(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache.sqlite3")
    cache.open()
    try:
        tables = {
            r[0]
            for r in cache.writer.call(
                lambda c: c.execute("SELECT name FROM sqlite_master").fetchall()
            )
        }
    finally:
        cache.close()
    assert {"articles", "scripts", "votes", "favourites", "recently_viewed"} <= tables
    assert {"kb_article", "kb_fts", "kb_words"} <= tables
    reader = CacheReader(tmp_path / "cache.sqlite3")
    try:
        assert reader.search("anything") == []
        assert reader.categories() == []
    finally:
        reader.close()
