"""Drafts in the cache: kept, replaced, deleted when blank, dropped with the sent reply,
untouched by snapshots, and migrated onto an older cache."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.models.changes import Changes
from desktop.store import apply, drafts, outbox
from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from desktop.store.schema import SCHEMA_VERSION
from desktop.store.writer import CacheWriter
from tests.desktop import factories as f


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    c = Cache(tmp_path / "cache.sqlite3")
    c.open()
    c.writer.call(
        lambda conn: apply.apply_events(
            conn, f.events(f.conversation(1), f.conversation(2)), upto=2
        )
    )
    yield c
    c.close()


@pytest.fixture
def reader(cache: Cache) -> Iterator[CacheReader]:
    r = CacheReader(cache.path)
    yield r
    r.close()


def test_a_draft_is_kept_replaced_and_deleted_when_blank(cache: Cache, reader: CacheReader) -> None:
    changes = cache.put_draft(1, "First words", is_note=False).result()
    assert changes == Changes(drafts={1})
    draft = reader.draft(1)
    assert draft is not None
    assert (draft.text, draft.is_note) == ("First words", False)

    cache.put_draft(1, "A note instead\n", is_note=True).result()
    draft = reader.draft(1)
    assert draft is not None
    assert (draft.text, draft.is_note) == ("A note instead\n", True)  # kept as typed
    cache.put_draft(2, "Other", is_note=False).result()
    assert reader.draft_ids() == {1, 2}
    assert reader.draft_ids(frozenset({2, 3})) == {2}

    assert cache.put_draft(1, "  \n ", is_note=False).result() == Changes(drafts={1})
    assert reader.draft(1) is None
    assert reader.draft_ids() == {2}


def test_the_sent_reply_takes_its_draft_in_the_outbox_transaction(
    cache: Cache, reader: CacheReader
) -> None:
    cache.put_draft(1, "  Your refund is on its way \n", is_note=False).result()
    _mid, changes = cache.writer.call(
        lambda c: outbox.queue_reply(c, 1, "Your refund is on its way", "Me", internal=False)
    )
    assert changes.drafts == {1}
    assert changes.messages_of == {1}
    assert reader.draft(1) is None


def test_another_text_or_kind_leaves_the_draft(cache: Cache, reader: CacheReader) -> None:
    """A script's answers saved as a note must not take the reply being written."""
    cache.put_draft(1, "Half a reply", is_note=False).result()
    _mid, changes = cache.writer.call(
        lambda c: outbox.queue_reply(c, 1, "Script answers", "Me", internal=True)
    )
    assert not changes.drafts
    _mid, changes = cache.writer.call(
        lambda c: outbox.queue_reply(c, 1, "Half a reply", "Me", internal=True)
    )
    assert not changes.drafts
    draft = reader.draft(1)
    assert draft is not None
    assert draft.text == "Half a reply"


def test_a_snapshot_keeps_the_drafts(cache: Cache, reader: CacheReader) -> None:
    cache.put_draft(2, "Still mine", is_note=False).result()
    cache.writer.call(
        lambda c: apply.apply_snapshot(c, [f.conversation(1), f.conversation(2)], 10, "e2")
    )
    assert reader.draft_ids() == {2}


def test_drafts_arrive_on_an_older_cache(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    writer = CacheWriter(path)
    writer.start()

    def back_to_v7(conn: sqlite3.Connection) -> None:
        conn.execute("DROP TABLE drafts")
        conn.execute("PRAGMA user_version = 7")

    writer.call(back_to_v7)
    writer.stop()
    writer = CacheWriter(path)
    writer.start()
    try:
        version = writer.call(lambda c: c.execute("PRAGMA user_version").fetchone()[0])
        assert version == SCHEMA_VERSION
        writer.call(lambda c: drafts.put_draft(c, 1, "Back again", is_note=False, now=1.0))
        rows = writer.call(
            lambda c: c.execute("SELECT conversation_id, text FROM drafts").fetchall()
        )
        assert rows == [(1, "Back again")]
    finally:
        writer.stop()
