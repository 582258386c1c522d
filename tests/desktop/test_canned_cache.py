"""Canned replies in the cache without a server: events, deletes and snapshots land in
``canned_replies``, pending personal replies survive a snapshot and are replaced by the
server's copy, and a reject puts back exactly what the change replaced."""

from __future__ import annotations

import functools
import sqlite3

import pytest

from desktop.store import apply, outbox
from desktop.store.reader import CacheReader
from desktop.store.writer import CacheWriter
from protocol.entities import CannedReplyData
from protocol.frames import Event


def shared(reply_id: int, shortcut: str, title: str, queue_id: int | None = None) -> Event:
    data = CannedReplyData(
        id=reply_id,
        scope="shared",
        queue_id=queue_id,
        shortcut=shortcut,
        title=title,
        variants={"en": f"{title} text", "zh-Hant": "您好"},
        updated_at=1.0,
    )
    return Event(seq=reply_id, kind="canned_reply", id=reply_id, data=data)


def personal(reply_id: int, shortcut: str, owner_id: int = 1, text: str = "Mine") -> Event:
    data = CannedReplyData(
        id=reply_id,
        scope="personal",
        owner_id=owner_id,
        shortcut=shortcut,
        title=shortcut.title(),
        variants={"en": text},
        updated_at=2.0,
    )
    return Event(seq=100 + reply_id, kind="canned_reply", id=reply_id, data=data)


def test_events_and_deletes_land_and_raise_the_canned_topic(
    writer: CacheWriter, reader: CacheReader
) -> None:
    batch = [shared(1, "zeta", "zeta last"), shared(2, "alpha", "Alpha first", 3)]
    changes = writer.call(lambda c: apply.apply_events(c, batch, upto=2))
    assert changes.canned == {1, 2}
    replies = reader.canned_replies(1)
    assert [r.shortcut for r in replies] == ["alpha", "zeta"]  # by title, case-folded
    assert replies[0].queue_id == 3
    assert replies[0].variants == {"en": "Alpha first text", "zh-Hant": "您好"}
    gone = Event(seq=3, op="delete", kind="canned_reply", id=1)
    assert writer.call(lambda c: apply.apply_events(c, [gone], upto=3)).canned == {1}
    assert reader.canned_reply(1) is None
    # Somebody else's personal reply (a shared desk's earlier agent) is not listed.
    writer.call(lambda c: apply.apply_events(c, [personal(9, "theirs", owner_id=2)], upto=200))
    assert [r.shortcut for r in reader.canned_replies(1)] == ["alpha"]
    assert [r.shortcut for r in reader.canned_replies(2)] == ["alpha", "theirs"]
    # offline before the welcome: whatever personal replies the cache holds are shown
    # (one cache per agent: paths.py)
    assert [r.shortcut for r in reader.canned_replies(None)] == ["alpha", "theirs"]


def test_a_pending_reply_survives_a_snapshot_and_yields_to_the_servers_copy(
    writer: CacheWriter, reader: CacheReader
) -> None:
    writer.call(lambda c: apply.apply_events(c, [shared(1, "greeting", "Greeting")], upto=1))
    mutation_id, changes = writer.call(
        lambda c: outbox.queue_canned_save(
            c, None, shortcut="thanks", title="Thanks", variants={"en": "Thanks!"}, agent_id=1
        )
    )
    assert changes.canned == {-mutation_id}
    assert changes.outbox
    entities = [e.data for e in (shared(5, "closing", "Closing"),) if e.data is not None]
    writer.call(lambda c: apply.apply_snapshot(c, entities, 10, "epoch-2"))
    assert [r.shortcut for r in reader.canned_replies(1)] == ["closing", "thanks"]
    assert reader.canned_reply(1) is None  # the snapshot replaced the replicated rows
    # The server's copy (same owner and shortcut) replaces the pending row in its batch.
    writer.call(lambda c: apply.apply_events(c, [personal(7, "thanks", text="Thanks!")], upto=11))
    assert [(r.id, r.shortcut) for r in reader.canned_replies(1)] == [(5, "closing"), (7, "thanks")]
    writer.call(lambda c: outbox.acknowledge(c, mutation_id, only=mutation_id))
    assert reader.counts()["queued"] == 0


def test_a_reject_puts_back_what_the_change_replaced(
    writer: CacheWriter, reader: CacheReader
) -> None:
    writer.call(lambda c: apply.apply_events(c, [personal(7, "thanks", text="Old")], upto=107))
    edit_id, _ = writer.call(
        lambda c: outbox.queue_canned_save(
            c, 7, shortcut="renamed", title="New", variants={"fi": "Uusi"}, agent_id=1
        )
    )
    shown = reader.canned_reply(7)
    assert shown is not None
    assert (shown.shortcut, shown.variants) == ("renamed", {"fi": "Uusi"})
    changes = writer.call(lambda c: outbox.reject(c, edit_id, "you already have /renamed"))
    assert changes.canned >= {7}
    assert [n.kind for n in changes.notices] == ["canned_rejected"]
    back = reader.canned_reply(7)
    assert back is not None
    assert (back.shortcut, back.variants) == ("thanks", {"en": "Old"})
    # A refused delete brings the reply back; a refused new one leaves nothing behind.
    delete_id, _ = writer.call(lambda c: outbox.queue_canned_delete(c, 7, agent_id=1))
    assert reader.canned_reply(7) is None
    writer.call(lambda c: outbox.reject(c, delete_id, "no"))
    assert reader.canned_reply(7) is not None
    new_id, _ = writer.call(
        lambda c: outbox.queue_canned_save(
            c, None, shortcut="new", title="New", variants={"en": "x"}, agent_id=1
        )
    )
    writer.call(lambda c: outbox.reject(c, new_id, "too many"))
    assert [r.shortcut for r in reader.canned_replies(1)] == ["thanks"]
    assert reader.counts()["queued"] == 0


def test_a_newer_server_copy_is_not_overwritten_by_a_rollback(
    writer: CacheWriter, reader: CacheReader
) -> None:
    writer.call(lambda c: apply.apply_events(c, [personal(7, "thanks", text="Old")], upto=107))
    edit_id, _ = writer.call(
        lambda c: outbox.queue_canned_save(
            c, 7, shortcut="thanks", title="Mine", variants={"en": "Mine"}, agent_id=1
        )
    )
    newer = personal(7, "thanks", text="From my other desk")
    writer.call(lambda c: apply.apply_events(c, [newer.model_copy(update={"seq": 300})], upto=300))
    writer.call(lambda c: outbox.reject(c, edit_id, "no"))
    kept = reader.canned_reply(7)
    assert kept is not None
    assert kept.variants == {"en": "From my other desk"}


def test_only_ones_own_personal_replies_can_be_changed(writer: CacheWriter) -> None:
    writer.call(
        lambda c: apply.apply_events(
            c, [shared(1, "greeting", "Greeting"), personal(9, "theirs", owner_id=2)], upto=200
        )
    )

    def save(conn: sqlite3.Connection, reply_id: int) -> object:
        return outbox.queue_canned_save(
            conn, reply_id, shortcut="x", title="x", variants={"en": "x"}, agent_id=1
        )

    for reply_id in (1, 9):
        with pytest.raises(ValueError, match="own personal"):
            writer.call(functools.partial(save, reply_id=reply_id))
        with pytest.raises(ValueError, match="own personal"):
            writer.call(
                functools.partial(outbox.queue_canned_delete, reply_id=reply_id, agent_id=1)
            )
