"""Helpful votes through the outbox: optimistic totals, replace, idempotent, private."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from desktop.models.knowledge import ArticleRow
from protocol.frames import Ack, CaughtUp, Events, Mutation, Reject, VoteOp, encode
from tests.support.client import hello, login, open_ws, recv_until
from tests.support.server_proc import ServerFactory
from tests.support.waiting import wait_until_async
from tests.sync.helpers import Desk, running_desk


def article(desk: Desk, slug: str) -> ArticleRow:
    row = desk.reader.article_by_slug(slug)
    assert row is not None, slug
    return row


@pytest.mark.asyncio
async def test_votes_round_trip_replace_and_stay_private(
    server_factory: ServerFactory, tmp_path: Path
) -> None:
    server = server_factory()
    async with running_desk(server.url, tmp_path / "a1.sqlite3") as desk:
        await asyncio.wait_for(desk.engine.wait_idle(), 60)
        target = article(desk, "password-reset-en")
        assert (target.helpful_up, target.helpful_down, target.my_vote) == (0, 0, None)

        await desk.engine.vote(target.id, 1, "Clear steps")
        shown = article(desk, "password-reset-en")  # optimistic, before any ack
        assert (shown.helpful_up, shown.my_vote) == (1, 1)
        await asyncio.wait_for(desk.engine.wait_idle(), 30)
        confirmed = article(desk, "password-reset-en")
        assert (confirmed.helpful_up, confirmed.helpful_down) == (1, 0)
        assert confirmed.my_vote == 1
        assert confirmed.my_vote_comment == "Clear steps"
        assert not confirmed.my_vote_pending

        await desk.engine.vote(target.id, -1)  # a second vote replaces the first
        shown = article(desk, "password-reset-en")
        assert (shown.helpful_up, shown.helpful_down, shown.my_vote) == (0, 1, -1)
        await asyncio.wait_for(desk.engine.wait_idle(), 30)
        final = article(desk, "password-reset-en")
        assert (final.helpful_up, final.helpful_down, final.my_vote) == (0, 1, -1)
        assert final.my_vote_comment is None
        assert desk.reader.kb_counts()["votes"] == 1

    async with running_desk(server.url, tmp_path / "a2.sqlite3", user="agent02") as other:
        await asyncio.wait_for(other.engine.wait_idle(), 60)
        seen = article(other, "password-reset-en")
        assert (seen.helpful_up, seen.helpful_down, seen.my_vote) == (0, 1, None)
        assert other.reader.kb_counts()["votes"] == 0  # agent01's vote never reaches agent02
        await other.engine.vote(seen.id, 1)
        await asyncio.wait_for(other.engine.wait_idle(), 30)
        both = article(other, "password-reset-en")
        assert (both.helpful_up, both.helpful_down, both.my_vote) == (1, 1, 1)


@pytest.mark.asyncio
async def test_a_resent_vote_is_applied_once(server_factory: ServerFactory) -> None:
    server = server_factory()
    token = login(server.url, "agent03")
    ws = await open_ws(server.ws_url)
    try:
        welcome = await hello(ws, token, client_id="vote-client-0001")
        await ws.send(encode(Mutation(mutation_id=1, change=VoteOp(article_id=1, value=1))))
        frames = await recv_until(ws, Ack, timeout=30)
        assert frames[-1] == Ack(mutation_id=1, duplicate=False)
        await ws.send(encode(Mutation(mutation_id=1, change=VoteOp(article_id=1, value=-1))))
        frames = await recv_until(ws, Ack, timeout=30)
        assert frames[-1] == Ack(mutation_id=1, duplicate=True)
        events = [e for f in frames if isinstance(f, Events) for e in f.events]
        assert not [e for e in events if e.kind in ("vote", "article")]
        unknown = Mutation(mutation_id=2, change=VoteOp(article_id=987654, value=1))
        await ws.send(encode(unknown))
        frames = await recv_until(ws, Reject, timeout=30)
        assert isinstance(frames[-1], Reject)
        assert frames[-1].code == "unknown_article"
    finally:
        await ws.close()
    assert welcome.last_mutation_id == 0
    # The server kept the first vote only.
    ws = await open_ws(server.ws_url)
    try:
        await hello(ws, token, client_id="vote-client-0002", last_seq=0)
        frames = await recv_until(ws, CaughtUp, timeout=60)
    finally:
        await ws.close()
    latest: dict[tuple[str, int], object] = {}
    for frame in frames:
        if isinstance(frame, Events):
            for event in frame.events:
                latest[(event.kind, event.id)] = event.data
    votes = [d for (kind, _), d in latest.items() if kind == "vote"]
    assert len(votes) == 1
    assert getattr(votes[0], "value", None) == 1
    first = latest[("article", 1)]
    assert (getattr(first, "helpful_up", None), getattr(first, "helpful_down", None)) == (1, 0)


@pytest.mark.asyncio
async def test_a_vote_on_an_unknown_article_is_rejected_and_rolled_back(
    server_factory: ServerFactory, tmp_path: Path
) -> None:
    server = server_factory()
    async with running_desk(server.url, tmp_path / "cache.sqlite3") as desk:
        await asyncio.wait_for(desk.engine.wait_idle(), 60)
        await desk.engine.vote(987654, 1)
        assert desk.reader.kb_counts()["votes"] == 1  # shown at once

        def rejected() -> bool:
            return any(n.kind == "vote_rejected" for c in desk.changes for n in c.notices)

        await wait_until_async(rejected, 30, message="no rejection arrived")
        notice = next(n for c in desk.changes for n in c.notices if n.kind == "vote_rejected")
        assert "987654" in notice.reason
        assert desk.reader.kb_counts()["votes"] == 0
        await asyncio.wait_for(desk.engine.wait_idle(), 30)
