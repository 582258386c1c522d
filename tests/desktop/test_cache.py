"""The cache applies events idempotently, keeps its cursor in step, and keeps the outbox."""

from __future__ import annotations

import functools
import sqlite3
from pathlib import Path

import pytest

from desktop.store import apply, meta, outbox
from desktop.store.reader import CacheReader
from desktop.store.schema import SCHEMA_VERSION, CacheTooNewError
from desktop.store.writer import CacheWriter
from protocol.frames import Event, client_ref
from tests.desktop import factories as f


def test_new_cache_is_migrated_and_in_wal_mode(writer: CacheWriter) -> None:
    version = writer.call(lambda c: c.execute("PRAGMA user_version").fetchone()[0])
    mode = writer.call(lambda c: c.execute("PRAGMA journal_mode").fetchone()[0])
    assert version == SCHEMA_VERSION
    assert mode == "wal"


def test_cache_from_a_newer_frontline_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    w = CacheWriter(path)
    with pytest.raises(CacheTooNewError):
        w.start()


def test_events_apply_with_their_cursor_and_replay_is_idempotent(writer: CacheWriter) -> None:
    batch = f.events(f.queue(1), f.conversation(10), f.message(100, 10), f.message(101, 10))
    writer.call(lambda c: apply.apply_events(c, batch, upto=7))
    writer.call(lambda c: apply.apply_events(c, batch, upto=4))  # an older replay
    reader = CacheReader(writer.path)
    counts = reader.counts()
    assert counts == {"conversations": 1, "messages": 2, "cursor": 7, "queued": 0}
    assert [m.id for m in reader.messages(10)] == [100, 101]
    reader.close()


def test_latest_state_of_an_entity_wins_within_a_batch(writer: CacheWriter) -> None:
    batch = f.events(f.conversation(1, status="open"), f.conversation(1, status="resolved"))
    changes = writer.call(lambda c: apply.apply_events(c, batch, upto=2))
    reader = CacheReader(writer.path)
    row = reader.conversation(1)
    assert row is not None
    assert row.status == "resolved"
    assert changes.conversations == frozenset({1})
    reader.close()


def test_a_failed_batch_leaves_rows_and_cursor_untouched(writer: CacheWriter) -> None:
    writer.call(lambda c: apply.apply_events(c, f.events(f.conversation(1)), upto=1))
    good = f.conversation(2)
    bad = Event(seq=3, kind="conversation", id=3, data=good.model_copy(update={"status": None}))
    with pytest.raises(sqlite3.IntegrityError):
        writer.call(lambda c: apply.apply_events(c, [*f.events(good, start=2), bad], upto=3))
    reader = CacheReader(writer.path)
    assert reader.counts()["cursor"] == 1
    assert reader.conversation_ids() == [1]
    reader.close()


def test_delete_event_removes_a_conversation_and_its_messages(writer: CacheWriter) -> None:
    writer.call(lambda c: apply.apply_events(c, f.events(f.conversation(1), f.message(5, 1)), 2))
    gone = Event(seq=3, op="delete", kind="conversation", id=1)
    writer.call(lambda c: apply.apply_events(c, [gone], upto=3))
    reader = CacheReader(writer.path)
    assert reader.counts()["conversations"] == 0
    assert reader.counts()["messages"] == 0
    reader.close()


def test_reply_is_pending_until_the_servers_copy_arrives(writer: CacheWriter) -> None:
    writer.call(lambda c: apply.apply_events(c, f.events(f.conversation(1)), upto=1))
    mutation_id, changes = writer.call(
        lambda c: outbox.queue_reply(c, 1, "On it!", "Me", internal=False)
    )
    assert changes.outbox
    reader = CacheReader(writer.path)
    [pending] = reader.messages(1)
    assert pending.pending
    assert pending.id == -mutation_id
    ref = writer.call(lambda c: client_ref(meta.client_id(c), mutation_id))
    writer.call(lambda c: outbox.acknowledge(c, mutation_id, only=mutation_id))
    assert reader.counts()["queued"] == 0
    assert [m.pending for m in reader.messages(1)] == [True]  # ack came before the event
    server_copy = f.message(77, 1, body="On it!", ref=ref)
    writer.call(lambda c: apply.apply_events(c, f.events(server_copy, start=2), upto=2))
    [delivered] = reader.messages(1)
    assert (delivered.id, delivered.pending) == (77, False)
    reader.close()


def test_reject_rolls_back_and_says_why(writer: CacheWriter) -> None:
    writer.call(lambda c: apply.apply_events(c, f.events(f.conversation(1)), upto=1))
    reply_id, _ = writer.call(lambda c: outbox.queue_reply(c, 1, "hello", "Me", internal=False))
    status_id, _ = writer.call(lambda c: outbox.queue_status(c, 1, "resolved"))
    reader = CacheReader(writer.path)
    row = reader.conversation(1)
    assert row is not None
    assert row.status == "resolved"
    changes = writer.call(lambda c: outbox.reject(c, status_id, "not allowed"))
    writer.call(lambda c: outbox.reject(c, reply_id, "conversation closed"))
    row = reader.conversation(1)
    assert row is not None
    assert row.status == "open"
    assert reader.messages(1) == []
    assert [(n.kind, n.reason) for n in changes.notices] == [("status_rejected", "not allowed")]
    reader.close()


def _reply(conn: sqlite3.Connection, body: str) -> int:
    return outbox.queue_reply(conn, 1, body, "Me", internal=False)[0]


def test_outbox_survives_restart_and_ids_never_repeat(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    first = CacheWriter(path)
    first.start()
    first.call(lambda c: apply.apply_events(c, f.events(f.conversation(1)), upto=1))
    ids = [first.call(functools.partial(_reply, body=body)) for body in ("a", "b", "c")]
    first.call(lambda c: outbox.acknowledge(c, ids[-1]))
    first.stop()
    second = CacheWriter(path)
    second.start()
    assert second.call(outbox.pending) == []
    new_id, _ = second.call(lambda c: outbox.queue_reply(c, 1, "again", "Me", internal=False))
    assert new_id > max(ids)
    pending = second.call(outbox.pending)
    assert [m.mutation_id for m in pending] == [new_id]
    second.stop()


def test_snapshot_replaces_the_replica_but_keeps_unsent_work(writer: CacheWriter) -> None:
    writer.call(lambda c: apply.apply_events(c, f.events(f.conversation(1), f.conversation(2)), 2))
    mutation_id, _ = writer.call(lambda c: outbox.queue_reply(c, 2, "unsent", "Me", internal=False))
    writer.call(lambda c: apply.apply_snapshot(c, [f.conversation(2), f.conversation(3)], 90, "e2"))
    reader = CacheReader(writer.path)
    assert sorted(reader.conversation_ids()) == [2, 3]
    assert reader.counts()["cursor"] == 90
    assert [m.id for m in reader.messages(2)] == [-mutation_id]
    assert writer.call(lambda c: meta.get(c, meta.EPOCH)) == "e2"
    reader.close()


def test_pending_replies_of_an_older_build_get_the_hashed_client_ref(tmp_path: Path) -> None:
    """A reply queued before client refs were hashed still meets the server's copy."""
    path = tmp_path / "old.sqlite3"
    writer = CacheWriter(path)
    writer.start()
    writer.call(lambda c: apply.apply_events(c, f.events(f.conversation(1)), upto=1))
    mutation_id, _ = writer.call(
        lambda c: outbox.queue_reply(c, 1, "Queued long ago", "Me", internal=False)
    )
    client_id = writer.call(meta.client_id)

    def back_to_v3(conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE messages SET client_ref = ? WHERE id < 0", (f"{client_id}:1",))
        conn.execute("PRAGMA user_version = 3")

    writer.call(back_to_v3)
    writer.stop()
    writer = CacheWriter(path)
    writer.start()
    try:
        ref = writer.call(
            lambda c: c.execute("SELECT client_ref FROM messages WHERE id < 0").fetchone()[0]
        )
        assert ref == client_ref(client_id, mutation_id) != f"{client_id}:1"
        server_copy = f.message(501, 1, body="Queued long ago", ref=ref)
        writer.call(lambda c: apply.apply_events(c, f.events(server_copy, start=2), upto=2))
        ids = writer.call(lambda c: c.execute("SELECT id FROM messages").fetchall())
        assert ids == [(501,)]
    finally:
        writer.stop()
