"""Search over every cached conversation and message: analysis, ranking, filters, and an
index that follows every apply, delete and snapshot in the same transaction."""

from __future__ import annotations

import itertools
import sqlite3
from pathlib import Path

import pytest

from desktop.store import apply, search_index
from desktop.store.reader import CacheReader
from desktop.store.readers.search import MAX_QUERY_CHARS, ConversationHit, SearchReads
from desktop.store.schema import SCHEMA_VERSION, migrate
from desktop.store.writer import CacheWriter
from protocol.entities import ConversationData, CustomerData, EntityBase, MessageData
from protocol.frames import Event

_SEQ = itertools.count(1)


def conv(
    cid: int,
    *,
    lang: str = "en",
    status: str = "open",
    channel: str = "chat",
    queue: int = 1,
    name: str | None = None,
    subject: str = "",
) -> ConversationData:
    return ConversationData.model_validate(
        {
            "id": cid,
            "queue_id": queue,
            "customer_id": cid,
            "customer_name": name or f"Customer {cid}",
            "channel": channel,
            "status": status,
            "subject": subject,
            "language": lang,
            "created_at": 1000.0,
            "updated_at": 1000.0,
            "last_message_at": 1000.0 + cid,
        }
    )


def msg(mid: int, cid: int, body: str, direction: str = "in") -> MessageData:
    return MessageData.model_validate(
        {
            "id": mid,
            "conversation_id": cid,
            "direction": direction,
            "author_name": "Someone",
            "body": body,
            "created_at": 1000.0 + mid,
        }
    )


def events(*entities: EntityBase) -> list[Event]:
    found = []
    for entity in entities:
        found.append(Event(seq=next(_SEQ), kind=entity.kind, id=entity.id, data=entity))
    return found


def put(writer: CacheWriter, *entities: EntityBase) -> None:
    batch = events(*entities)
    writer.call(lambda c: apply.apply_events(c, batch, upto=batch[-1].seq))


def delete(writer: CacheWriter, kind: str, entity_id: int) -> None:
    seq = next(_SEQ)
    batch = [Event(seq=seq, kind=kind, id=entity_id, op="delete")]
    writer.call(lambda c: apply.apply_events(c, batch, upto=seq))


def found(reader: CacheReader, query: str, **filters: object) -> list[tuple[int, int | None]]:
    hits = reader.search_conversations(query, **filters)  # type: ignore[arg-type]
    return [(h.conversation_id, h.message_id) for h in hits]


def test_whole_words_rank_above_stems_and_stems_above_typos(
    writer: CacheWriter, reader: CacheReader
) -> None:
    put(
        writer,
        conv(1, lang="en"),
        msg(11, 1, "The refunding team will call"),  # stem only: refund
        conv(2, lang="en"),
        msg(12, 2, "Your refunds were sent"),  # the word as typed
        conv(3, lang="en"),
        msg(13, 3, "The refinds are a typo here"),  # one edit away: a typo correction
    )
    assert [cid for cid, _ in found(reader, "refunds ")] == [2, 1, 3]


def test_an_exact_word_beats_the_word_being_completed(
    writer: CacheWriter, reader: CacheReader
) -> None:
    put(writer, conv(1), msg(11, 1, "invoices attached"), conv(2), msg(12, 2, "invoice attached"))
    assert [cid for cid, _ in found(reader, "invoice")] == [2, 1]
    assert [cid for cid, _ in found(reader, "invo")] == [2, 1]  # ties: most recent first


def test_phrase_ranks_above_scattered_words(writer: CacheWriter, reader: CacheReader) -> None:
    put(
        writer,
        conv(1),
        msg(11, 1, "order number ORD1 was wrong"),
        conv(2),
        msg(12, 2, "the number of the order was wrong"),
    )
    assert [cid for cid, _ in found(reader, "order number")] == [1, 2]


def test_simplified_query_finds_traditional_message_and_back(
    writer: CacheWriter, reader: CacheReader
) -> None:
    put(writer, conv(1, lang="zh-Hant"), msg(11, 1, "我的發票號碼是多少"))
    put(writer, conv(2, lang="zh-Hans"), msg(12, 2, "请把退款的发票寄给我"))
    assert sorted(found(reader, "发票")) == [(1, 11), (2, 12)]
    assert sorted(found(reader, "發票")) == [(1, 11), (2, 12)]
    hit = next(h for h in reader.search_conversations("发票") if h.conversation_id == 1)
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["發票"]
    assert {cid for cid, _ in found(reader, "退款")} == {2}
    assert {cid for cid, _ in found(reader, "退款 發票")} == {2}


def test_cjk_bigrams_and_single_characters_match(writer: CacheWriter, reader: CacheReader) -> None:
    put(writer, conv(1, lang="zh-Hans"), msg(11, 1, "订单号码错了"))
    put(writer, conv(2, lang="zh-Hans"), msg(12, 2, "号码"))
    assert {cid for cid, _ in found(reader, "订单号")} == {1}  # both bigrams, in order
    assert {cid for cid, _ in found(reader, "号")} == {1, 2}
    hit = reader.search_conversations("订单")[0]
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["订单"]


def test_finnish_stems(writer: CacheWriter, reader: CacheReader) -> None:
    put(
        writer,
        conv(1, lang="fi"),
        msg(11, 1, "Lasku on maksettu"),
        conv(2, lang="fi"),
        msg(12, 2, "Milloin laskut lähtevät?"),
        conv(3, lang="fi"),
        msg(13, 3, "Kiitos avusta"),
        conv(4, lang="fi"),
        msg(14, 4, "Laskun eräpäivä meni"),
    )
    assert {cid for cid, _ in found(reader, "laskun ")} == {1, 2, 4}
    assert found(reader, "laskun ")[0] == (4, 14)  # the word as typed first
    assert {cid for cid, _ in found(reader, "lasku ")} == {1, 2, 4}
    hit = reader.search_conversations("lasku ")[-1]
    assert next(hit.snippet[s:e].lower() for s, e in hit.highlights).startswith("lasku")


def test_english_stems(writer: CacheWriter, reader: CacheReader) -> None:
    put(writer, conv(1), msg(11, 1, "The parcel was delivered yesterday"))
    assert found(reader, "delivers ") == [(1, 11)]
    assert found(reader, "delivering ") == [(1, 11)]
    assert found(reader, "nothing ") == []


def test_header_matches_customer_name_email_and_phone(
    writer: CacheWriter, reader: CacheReader
) -> None:
    put(
        writer,
        CustomerData(id=1, name="Aino Laine", email="aino.laine@example.fi", phone="+358401234567"),
        conv(1, lang="fi", name="Aino Laine", subject="Takuu"),
        msg(11, 1, "Hei"),
    )
    assert found(reader, "aino") == [(1, None)]
    assert found(reader, "example.fi") == [(1, None)]
    assert found(reader, "35840123") == [(1, None)]
    assert found(reader, "takuu") == [(1, None)]


def test_several_messages_collapse_into_one_hit(writer: CacheWriter, reader: CacheReader) -> None:
    put(
        writer,
        conv(1),
        msg(11, 1, "warranty question"),
        msg(12, 1, "warranty again"),
        msg(13, 1, "the warranty certificate"),
    )
    hits = reader.search_conversations("warranty ")
    assert len(hits) == 1
    assert hits[0].matches == 3
    assert hits[0].message_id == 13  # equal words and scores: the most recent


def test_filters(writer: CacheWriter, reader: CacheReader) -> None:
    put(
        writer,
        conv(1, channel="chat", status="open", queue=1, lang="en"),
        msg(11, 1, "voucher"),
        conv(2, channel="email", status="resolved", queue=2, lang="fi"),
        msg(12, 2, "voucher"),
    )
    assert {c for c, _ in found(reader, "voucher")} == {1, 2}
    assert found(reader, "voucher", channel="email") == [(2, 12)]
    assert found(reader, "voucher", status="open") == [(1, 11)]
    assert found(reader, "voucher", queue_id=2) == [(2, 12)]
    assert found(reader, "voucher", language="fi") == [(2, 12)]
    assert found(reader, "voucher", language="fi", channel="chat") == []


def test_status_change_moves_a_conversation_between_filters(
    writer: CacheWriter, reader: CacheReader
) -> None:
    put(writer, conv(1, status="open"), msg(11, 1, "voucher"))
    put(writer, conv(1, status="resolved"))
    assert found(reader, "voucher", status="open") == []
    assert found(reader, "voucher", status="resolved") == [(1, 11)]


def test_internal_notes_are_indexed_and_marked(writer: CacheWriter, reader: CacheReader) -> None:
    put(writer, conv(1), msg(11, 1, "manager approved the goodwill voucher", direction="note"))
    hits = reader.search_conversations("goodwill")
    assert [(h.message_id, h.internal) for h in hits] == [(11, True)]


def test_a_message_applied_by_sync_is_searchable_at_once(
    writer: CacheWriter, reader: CacheReader
) -> None:
    put(writer, conv(1), msg(11, 1, "hello"))
    assert found(reader, "kangaroo") == []
    put(writer, msg(12, 1, "a kangaroo ate my parcel"))
    assert found(reader, "kangaroo") == [(1, 12)]


def test_deletes_and_snapshots_remove_rows(writer: CacheWriter, reader: CacheReader) -> None:
    put(writer, conv(1), msg(11, 1, "zebra one"), msg(12, 1, "zebra two"))
    put(writer, conv(2), msg(21, 2, "zebra three"))
    delete(writer, "message", 12)
    assert sorted(found(reader, "zebra")) == [(1, 11), (2, 21)]
    delete(writer, "conversation", 1)
    assert found(reader, "zebra") == [(2, 21)]
    assert found(reader, "customer 1 ") == []
    snapshot = [conv(3), msg(31, 3, "giraffe")]
    writer.call(lambda c: apply.apply_snapshot(c, snapshot, 99, "epoch-2"))
    assert found(reader, "zebra") == []
    assert found(reader, "giraffe") == [(3, 31)]


def test_a_cache_migrated_from_10_indexes_what_it_holds(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    writer = CacheWriter(path)
    writer.start()
    put(writer, conv(1), msg(11, 1, "platypus"))

    def back_to_10(conn: sqlite3.Connection) -> None:
        search_index.clear(conn)
        conn.execute("DELETE FROM cs_meta")
        conn.execute("PRAGMA user_version = 10")

    writer.call(back_to_10)
    reader = CacheReader(path)
    assert found(reader, "platypus") == []
    writer.stop()
    writer = CacheWriter(path)
    writer.start()
    try:
        assert writer.call(lambda c: c.execute("PRAGMA user_version").fetchone()[0]) == (
            SCHEMA_VERSION
        )
        assert found(reader, "platypus") == [(1, 11)]
    finally:
        reader.close()
        writer.stop()


def test_pending_replies_wait_for_the_servers_copy(
    writer: CacheWriter, reader: CacheReader
) -> None:
    from desktop.store import outbox

    put(writer, conv(1), msg(11, 1, "hi"))
    writer.call(lambda c: outbox.queue_reply(c, 1, "wombat on its way", "Me", internal=False))
    assert found(reader, "wombat") == []
    put(writer, msg(12, 1, "wombat on its way", direction="out"))
    assert found(reader, "wombat") == [(1, 12)]


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        "*",
        "refund*",
        "NEAR(",
        "NEAR(refund invoice, 2)",
        "-refund",
        "refund -",
        "^refund",
        "refund OR",
        "AND",
        "meta : qqhead",
        "terms:refund",
        "(((",
        "{terms}",
        "\x00\x01\x1b[31m",
        "\u202erefund",
        "x" * 10_000,
        "refund " * 500,
        "🙂",
        "",
        "   ",
    ],
)
def test_hostile_queries_never_raise(writer: CacheWriter, reader: CacheReader, query: str) -> None:
    put(writer, conv(1), msg(11, 1, "refund invoice NEAR the warehouse"))
    hits = reader.search_conversations(query)
    assert all(isinstance(h, ConversationHit) for h in hits)
    reader.search_conversations(query, channel='chat" OR x', status="(", language='"')


def test_a_long_query_is_cut(writer: CacheWriter, reader: CacheReader) -> None:
    put(writer, conv(1), msg(11, 1, "refund"))
    assert found(reader, "refund" + " " * MAX_QUERY_CHARS + "zzz") == [(1, 11)]
    assert found(reader, "refund zzz") == []
    assert found(reader, "x" * MAX_QUERY_CHARS + " refund") == []


def test_an_older_sqlite_keeps_the_terms_as_content_and_still_deletes(tmp_path: Path) -> None:
    """The standard library's SQLite (a plain cache in scripts) may predate contentless
    deletes; the index then stores its terms and works the same."""
    conn = sqlite3.connect(tmp_path / "plain.sqlite3", isolation_level=None)
    migrate(conn)
    batch = events(conv(1), msg(11, 1, "quokka"), msg(12, 1, "quokka again"))
    apply.apply_events(conn, batch, upto=batch[-1].seq)
    gone = next(_SEQ)
    apply.apply_events(conn, [Event(seq=gone, kind="message", id=12, op="delete")], upto=gone)

    class Reads(SearchReads):
        def __init__(self, connection: sqlite3.Connection) -> None:
            self.conn = connection

    hits = Reads(conn).search_conversations("quokka")
    assert [(h.conversation_id, h.message_id, h.matches) for h in hits] == [(1, 11, 1)]
    apply.apply_snapshot(conn, [conv(2), msg(21, 2, "quokka")], 999, "e")
    assert [h.conversation_id for h in Reads(conn).search_conversations("quokka")] == [2]


def test_a_customers_new_email_and_a_new_subject_reach_the_header(
    writer: CacheWriter, reader: CacheReader
) -> None:
    put(writer, CustomerData(id=1, name="Aino"), conv(1, name="Aino", subject="Kysymys"))
    assert found(reader, "uusi@example.fi") == []
    put(writer, CustomerData(id=1, name="Aino", email="uusi@example.fi"))
    assert found(reader, "uusi@example.fi") == [(1, None)]
    put(writer, conv(1, name="Aino", subject="Reklamaatio"))
    assert found(reader, "reklamaatio") == [(1, None)]
    assert found(reader, "kysymys") == []


def test_the_word_being_typed_gets_typo_corrections_too(
    writer: CacheWriter, reader: CacheReader
) -> None:
    put(writer, conv(1), msg(11, 1, "the delivery is late"))
    assert found(reader, "delivry") == [(1, 11)]
    assert found(reader, "deliv") == [(1, 11)]  # a prefix


def test_a_huge_message_is_indexed_and_snippeted(writer: CacheWriter, reader: CacheReader) -> None:
    body = "lorem ipsum " * 20_000 + "needle"
    put(writer, conv(1), msg(11, 1, body))
    hit = reader.search_conversations("needle")[0]
    assert len(hit.snippet) < 200
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["needle"]


def test_an_index_built_by_an_older_analysis_is_rebuilt_when_the_cache_opens(
    writer: CacheWriter, reader: CacheReader
) -> None:
    put(writer, conv(1), msg(11, 1, "the parcel never came"))
    assert writer.call(search_index.ensure_current) is False  # current: nothing to do

    def age(conn: sqlite3.Connection) -> None:  # as an older Frontline left it
        conn.execute("UPDATE cs_meta SET value = 'old' WHERE key = 'analysis'")
        conn.execute("DELETE FROM cs_fts")

    writer.call(age)
    assert found(reader, "parcel") == []
    assert writer.call(search_index.ensure_current) is True
    assert found(reader, "parcel") == [(1, 11)]
