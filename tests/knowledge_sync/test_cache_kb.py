"""Knowledge in the cache without a server: apply, index in the same transaction, votes."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlite_utils

from desktop.store import apply, meta, outbox
from desktop.store.reader import CacheReader
from desktop.store.schema import MIGRATIONS, migrate
from desktop.store.writer import CacheWriter
from protocol.entities import ArticleData, VoteData
from protocol.frames import Event
from tests.desktop import factories as f


def article(
    aid: int, slug: str, title: str, body: str, lang: str = "en", **extra: object
) -> ArticleData:
    return ArticleData.model_validate(
        {"id": aid, "slug": slug, "title": title, "lang": lang, "body": body, "updated_at": 1.0}
        | extra
    )


def events(*entities: ArticleData | VoteData, start: int = 1) -> list[Event]:
    return [Event(seq=start + i, kind=e.kind, id=e.id, data=e) for i, e in enumerate(entities)]


@pytest.fixture
def writer(tmp_path: Path) -> Iterator[CacheWriter]:
    w = CacheWriter(tmp_path / "cache.sqlite3")
    w.start()
    yield w
    w.stop()


def hits(writer: CacheWriter, query: str) -> list[str]:
    reader = CacheReader(writer.path)
    try:
        return [h.hit.id for h in reader.search(query)]
    finally:
        reader.close()


def test_articles_are_indexed_with_their_batch_and_deletes_unindex(writer: CacheWriter) -> None:
    first = events(article(1, "kb-otter", "Otter billing", "Otters pay invoices."))
    changes = writer.call(lambda c: apply.apply_events(c, first, upto=1))
    assert changes.articles == frozenset({1})
    assert hits(writer, "otter") == ["kb-otter"]
    writer.call(lambda c: apply.apply_events(c, first, upto=1))  # replay: still one
    assert hits(writer, "otter") == ["kb-otter"]
    renamed = events(article(1, "kb-otter", "Walrus billing", "Walruses pay."), start=2)
    writer.call(lambda c: apply.apply_events(c, renamed, upto=2))
    assert hits(writer, "walrus") == ["kb-otter"]
    assert hits(writer, "otters") == []
    gone = [Event(seq=3, op="delete", kind="article", id=1)]
    writer.call(lambda c: apply.apply_events(c, gone, upto=3))
    assert hits(writer, "walrus") == []


def test_a_failed_batch_leaves_the_index_untouched(writer: CacheWriter) -> None:
    good = article(1, "kb-heron", "Heron refunds", "Herons get refunds.")
    bad = Event(
        seq=2, kind="conversation", id=3, data=f.conversation(3).model_copy(update={"status": None})
    )
    with pytest.raises(sqlite3.IntegrityError):
        writer.call(lambda c: apply.apply_events(c, [*events(good), bad], upto=2))
    assert hits(writer, "heron") == []
    assert writer.call(meta.cursor) == 0


def test_a_pending_vote_adds_to_server_totals_until_the_server_counts_it(
    writer: CacheWriter,
) -> None:
    writer.call(
        lambda c: apply.apply_events(
            c, events(article(1, "kb-lynx", "Lynx", "Lynx.", helpful_up=2, helpful_down=1)), 1
        )
    )
    mutation_id, _ = writer.call(lambda c: outbox.queue_vote(c, 1, -1, "old", 7))
    reader = CacheReader(writer.path)
    try:
        row = reader.article(1)
        assert row is not None
        assert (row.helpful_up, row.helpful_down, row.my_vote_pending) == (2, 2, True)
        # Another agent's vote arrives first: server totals move, ours stays added once.
        other = article(1, "kb-lynx", "Lynx", "Lynx.", helpful_up=3, helpful_down=1)
        writer.call(lambda c: apply.apply_events(c, events(other, start=2), 2))
        row = reader.article(1)
        assert row is not None
        assert (row.helpful_up, row.helpful_down) == (3, 2)
        # The server counts ours: its vote replaces the pending row, totals are its own.
        mine = VoteData(id=40, article_id=1, agent_id=7, value=-1, comment="old", updated_at=2.0)
        counted = article(1, "kb-lynx", "Lynx", "Lynx.", helpful_up=3, helpful_down=2)
        writer.call(lambda c: apply.apply_events(c, events(mine, counted, start=3), 4))
        writer.call(lambda c: outbox.acknowledge(c, mutation_id, only=mutation_id))
        row = reader.article(1)
        assert row is not None
        assert (row.helpful_up, row.helpful_down, row.my_vote, row.my_vote_pending) == (
            3,
            2,
            -1,
            False,
        )
        # A new vote (+1) rejected by the server: the confirmed -1 comes back.
        second, _ = writer.call(lambda c: outbox.queue_vote(c, 1, 1, None, 7))
        row = reader.article(1)
        assert row is not None
        assert (row.helpful_up, row.helpful_down, row.my_vote) == (4, 1, 1)
        changes = writer.call(lambda c: outbox.reject(c, second, "nope"))
        assert [n.kind for n in changes.notices] == ["vote_rejected"]
        row = reader.article(1)
        assert row is not None
        assert (row.helpful_up, row.helpful_down, row.my_vote, row.my_vote_comment) == (
            3,
            2,
            -1,
            "old",
        )
    finally:
        reader.close()


def test_upgrading_a_v1_cache_replays_from_the_start_to_fill_the_knowledge_tables(
    tmp_path: Path,
) -> None:
    conn = sqlite3.connect(tmp_path / "old.sqlite3", isolation_level=None)
    db = sqlite_utils.Database(conn)
    MIGRATIONS[0](db)
    conn.execute("PRAGMA user_version = 1")
    meta.put(conn, meta.LAST_SEQ, 500)
    assert migrate(conn) == 1
    assert meta.cursor(conn) == 0
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert {"articles", "votes", "favourites", "kb_fts"} <= tables
    conn.close()
