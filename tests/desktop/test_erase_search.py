"""An erased customer leaves the conversation search index at once: their messages'
text leaves the cache, and the index's segments are merged so the person's words are not
left in the file's b-tree blocks (a deleted FTS5 row keeps its terms there until a merge),
even before the server's redacted copies of the messages arrive."""

from __future__ import annotations

import sqlite3

from bench.profile_data import customer
from desktop.store.apply import apply_events
from desktop.store.reader import CacheReader
from desktop.store.writer import CacheWriter
from protocol.frames import Event
from tests.desktop.factories import conversation, events, message, queue

SECRET = "zqvextailword"


def _blocks(conn: sqlite3.Connection) -> bytes:
    return b"".join(bytes(r[0]) for r in conn.execute("SELECT block FROM cs_fts_data") if r[0])


def _apply(writer: CacheWriter, batch: list[Event], upto: int) -> None:
    writer.call(lambda c: apply_events(c, batch, upto))


def test_erased_customer_words_leave_the_search_index(
    writer: CacheWriter, reader: CacheReader
) -> None:
    person = customer(7)
    writer.call(lambda c: apply_events(c, events(queue(1)), 1))
    writer.call(lambda c: apply_events(c, [Event(seq=2, kind="customer", id=7, data=person)], 2))
    writer.call(lambda c: apply_events(c, events(conversation(7), start=3), 3))
    writer.call(
        lambda c: apply_events(c, events(message(70, 7, body=f"my {SECRET} here"), start=4), 4)
    )
    seq = 5
    for n in range(12):  # other conversations: more segments, as a working desk has
        cid = 100 + n
        batch = events(conversation(cid), message(1000 + n, cid, body=f"other text {n}"), start=seq)
        _apply(writer, batch, seq + 1)
        seq += 2
    assert SECRET[-8:].encode() in writer.call(_blocks)  # the check can see the word

    erased = person.model_copy(
        update={
            "name": "Erased customer",
            "email": None,
            "phone": None,
            "identities": [],
            "erased": True,
        }
    )
    writer.call(
        lambda c: apply_events(c, [Event(seq=seq, kind="customer", id=7, data=erased)], seq)
    )

    assert SECRET[-8:].encode() not in writer.call(_blocks)
    bodies = writer.call(
        lambda c: [r[0] for r in c.execute("SELECT body FROM messages WHERE conversation_id = 7")]
    )
    assert bodies == ["[erased]"]
    others = writer.call(
        lambda c: c.execute(
            "SELECT count(*) FROM messages WHERE body LIKE 'other text%'"
        ).fetchone()
    )
    assert others == (12,)
