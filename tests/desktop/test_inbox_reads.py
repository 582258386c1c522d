"""The inbox's reads: views (Mine, Unassigned, All, Mentions) and filters as SQL and as a
row check that agree, view counts through indexes, mentions of the agent in notes (whole
handles, any case, wildcards taken literally), and the languages on offer."""

from __future__ import annotations

import pytest

from desktop.models.changes import Changes
from desktop.store import apply
from desktop.store.reader import CacheReader
from desktop.store.readers.conversations import InboxFilter, mention_pattern
from desktop.store.writer import CacheWriter
from protocol.entities import ConversationData, EntityBase, MessageData, QueueData
from protocol.frames import Event

ME = 7
OTHER = 8


def feed(writer: CacheWriter, *entities: EntityBase) -> Changes:
    batch = [Event(seq=i + 1, kind=e.kind, id=e.id, data=e) for i, e in enumerate(entities)]
    return writer.call(lambda c: apply.apply_events(c, batch, upto=len(batch)))


def conv(
    cid: int,
    *,
    queue: int = 1,
    status: str = "open",
    assignee: int | None = None,
    channel: str = "chat",
    language: str = "en",
    at: float = 1000.0,
) -> ConversationData:
    return ConversationData.model_validate(
        {
            "id": cid,
            "queue_id": queue,
            "customer_id": cid,
            "customer_name": f"Customer {cid}",
            "channel": channel,
            "status": status,
            "language": language,
            "assignee_id": assignee,
            "created_at": at,
            "updated_at": at,
            "last_message_at": at + cid,
        }
    )


def note(mid: int, cid: int, body: str, at: float = 2000.0) -> MessageData:
    return MessageData.model_validate(
        {
            "id": mid,
            "conversation_id": cid,
            "direction": "note",
            "author_name": "Li Wei",
            "body": body,
            "created_at": at,
        }
    )


@pytest.fixture
def desk(writer: CacheWriter) -> None:
    feed(
        writer,
        QueueData(id=1, name="Support"),
        QueueData(id=2, name="Billing"),
        QueueData(id=3, name="Sales"),
        conv(1, assignee=ME),
        conv(2, assignee=ME, status="pending", channel="email", language="fi"),
        conv(3, assignee=ME, status="resolved"),
        conv(4, assignee=OTHER),
        conv(5),  # unassigned, open, queue 1
        conv(6, status="snoozed", queue=2, language="zh-Hant"),
        conv(7, status="resolved"),  # unassigned but finished
        conv(8, queue=3),  # not one of my queues
        conv(9, assignee=ME, queue=3, channel="phone"),  # mine though outside my queues
    )


MY_QUEUES = frozenset({1, 2})


def _ids(reader: CacheReader, flt: InboxFilter) -> list[int]:
    return reader.inbox_keys(flt)[0]


def test_views_list_mine_unassigned_and_all_of_my_queues(desk: None, reader: CacheReader) -> None:
    del desk
    mine = InboxFilter(view="mine", agent_id=ME, queue_ids=MY_QUEUES)
    assert _ids(reader, mine) == [9, 2, 1]  # open and pending, newest first, any queue
    unassigned = InboxFilter(view="unassigned", agent_id=ME, queue_ids=MY_QUEUES)
    assert _ids(reader, unassigned) == [6, 5]
    every = InboxFilter(view="all", agent_id=ME, queue_ids=MY_QUEUES)
    assert _ids(reader, every) == [7, 6, 5, 4, 3, 2, 1]
    supervisor = InboxFilter(view="all", agent_id=ME, queue_ids=None)
    assert _ids(reader, supervisor) == [9, 8, 7, 6, 5, 4, 3, 2, 1]
    nobody = InboxFilter(view="mine", agent_id=None)
    assert _ids(reader, nobody) == []

    # The row check agrees with the SQL for every view and filter combination.
    rows = reader.conversations(list(range(1, 10)))
    for flt in (
        mine,
        unassigned,
        every,
        supervisor,
        nobody,
        InboxFilter(view="all", queue_ids=MY_QUEUES, language="fi"),
        InboxFilter(view="unassigned", queue_ids=None, channel="chat"),
        InboxFilter(view="all", queue_id=3, statuses=frozenset({"open"})),
    ):
        assert sorted(_ids(reader, flt)) == sorted(c for c, r in rows.items() if flt.matches(r))


def test_filters_narrow_any_view(desk: None, reader: CacheReader) -> None:
    del desk
    assert _ids(reader, InboxFilter(language="fi")) == [2]
    assert _ids(reader, InboxFilter(queue_id=2)) == [6]
    assert _ids(reader, InboxFilter(channel="phone")) == [9]
    assert _ids(reader, InboxFilter(view="mine", agent_id=ME, channel="email")) == [2]
    assert _ids(reader, InboxFilter(queue_ids=frozenset())) == []  # no queues: nothing
    assert reader.conversation_languages() == ["en", "fi", "zh-Hant"]


def test_view_counts_use_the_status_index(desk: None, reader: CacheReader) -> None:
    del desk
    assert reader.view_counts(ME, MY_QUEUES) == {"mine": 3, "unassigned": 2, "all": 7}
    assert reader.view_counts(ME, None) == {"mine": 3, "unassigned": 3, "all": 9}
    for view in ("mine", "unassigned"):
        clause, args = InboxFilter(view=view, agent_id=ME, queue_ids=MY_QUEUES).where()
        plan = " ".join(
            str(row[-1])
            for row in reader.conn.execute(
                f"EXPLAIN QUERY PLAN SELECT count(*) FROM conversations{clause}", args
            )
        )
        assert "conv_by_status" in plan, plan


def test_mentions_find_whole_handles_in_notes_only(
    writer: CacheWriter, reader: CacheReader
) -> None:
    feed(
        writer,
        conv(1),
        conv(2),
        conv(3),
        conv(4),
        conv(5),
        note(1, 1, "@agent01 can you take this one?", at=2001.0),
        note(2, 1, "thanks @AGENT01!", at=2005.0),  # any case; the newest counts
        note(3, 2, "ask @Agent One about it", at=2002.0),  # the display name
        note(4, 3, "@agent012 is someone else; mail agent01@example.com", at=2003.0),
        MessageData(
            id=5,
            conversation_id=4,
            direction="in",
            author_name="Customer",
            body="@agent01 customers cannot mention",
            created_at=2004.0,
        ),
        note(6, 5, "50% off for @agent_1 and @李伟", at=2006.0),
    )
    handles = ("@agent01", "@Agent One")
    assert reader.mentions(handles) == {1: 2005.0, 2: 2002.0}
    assert reader.mentions(handles, [2, 3, 4]) == {2: 2002.0}
    assert reader.mentions(("@李伟",)) == {5: 2006.0}
    # LIKE wildcards in a handle are plain characters: "@agent_1" is not "@agentX1".
    assert reader.mentions(("@agent_1",)) == {5: 2006.0}
    assert reader.mentions(("@agentX1",)) == {}
    assert reader.mentions(()) == {}
    assert reader.mentions(("@", " ", "@" + "x" * 500)) == {}  # nothing sensible to find


def test_mention_pattern_is_whole_words_and_bounded() -> None:
    pattern = mention_pattern(["@li", "@li wei"])
    assert pattern is not None
    assert pattern.search("hi @Li Wei.") is not None
    assert pattern.search("hi @liwei") is None
    assert mention_pattern(["@" + "a" * 100]) is None
