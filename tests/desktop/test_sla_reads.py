"""SLA timers read from the cache: first response against next response, nothing due when
we spoke last or while waiting on the customer, the queue's targets (and the defaults
before the server has sent them), at risk and overdue at an injected "now", and one
indexed query for every open conversation."""

from __future__ import annotations

import pytest

from desktop.models.changes import Changes
from desktop.store import apply, outbox
from desktop.store.reader import CacheReader
from desktop.store.readers import sla
from desktop.store.readers.sla import SlaTimer
from desktop.store.writer import CacheWriter
from protocol.entities import ConversationData, EntityBase, MessageData, QueueData
from protocol.frames import Event
from protocol.kinds.routing import QueueRoutingData

T0 = 1_700_000_000.0


class Feed:
    """Entities into the cache through the engine's apply path."""

    def __init__(self, writer: CacheWriter) -> None:
        self.writer = writer
        self.seq = 0
        self.mid = 0

    def __call__(self, *entities: EntityBase) -> Changes:
        batch = []
        for entity in entities:
            self.seq += 1
            batch.append(Event(seq=self.seq, kind=entity.kind, id=entity.id, data=entity))
        upto = self.seq
        return self.writer.call(lambda c: apply.apply_events(c, batch, upto=upto))

    def message(self, cid: int, direction: str, at: float) -> MessageData:
        self.mid += 1
        return MessageData.model_validate(
            {
                "id": self.mid,
                "conversation_id": cid,
                "direction": direction,
                "author_name": "Aino" if direction == "in" else "Agent One",
                "body": f"{direction} at {at}",
                "created_at": at,
            }
        )


def conversation(cid: int, *, status: str = "open", queue: int = 1) -> ConversationData:
    return ConversationData.model_validate(
        {
            "id": cid,
            "queue_id": queue,
            "customer_id": cid,
            "customer_name": f"Customer {cid}",
            "channel": "chat",
            "status": status,
            "subject": "",
            "created_at": T0,
            "updated_at": T0,
            "last_message_at": T0,
            "last_message_preview": "",
            "message_count": 0,
        }
    )


@pytest.fixture
def feed(writer: CacheWriter) -> Feed:
    f = Feed(writer)
    f(
        QueueData(id=1, name="Support"),
        QueueData(id=2, name="Billing"),
        QueueRoutingData(id=1, sla_seconds=60, next_response_seconds=300),
    )
    return f


def test_first_response_then_next_response(feed: Feed, reader: CacheReader) -> None:
    feed(conversation(1), feed.message(1, "in", T0), feed.message(1, "in", T0 + 20))
    # No agent has replied: the oldest customer message starts the first-response clock.
    assert reader.sla_timers() == {1: SlaTimer(1, T0, 60, first=True)}
    timer = reader.sla_timers()[1]
    assert timer.due_at == T0 + 60
    assert timer.left(T0 + 30) == 30

    feed(feed.message(1, "out", T0 + 50))
    assert reader.sla_timers() == {}  # we spoke last
    feed(feed.message(1, "in", T0 + 400), feed.message(1, "in", T0 + 410))
    # Answered once: the oldest message since our reply, against the next-response target.
    assert reader.sla_timers() == {1: SlaTimer(1, T0 + 400, 300, first=False)}


def test_nothing_is_due_after_a_note_or_a_queued_reply(
    feed: Feed, reader: CacheReader, writer: CacheWriter
) -> None:
    feed(conversation(1), feed.message(1, "in", T0), feed.message(1, "note", T0 + 5))
    feed(conversation(2), feed.message(2, "in", T0))
    assert set(reader.sla_timers()) == {2}
    writer.call(lambda c: outbox.queue_reply(c, 2, "On it", "Agent One", internal=False))
    assert reader.sla_timers() == {}  # the agent has answered, even if not delivered yet


def test_paused_while_waiting_on_the_customer_and_when_resolved(
    feed: Feed, reader: CacheReader
) -> None:
    for cid, status in enumerate(("open", "pending", "snoozed", "resolved"), start=1):
        feed(conversation(cid, status=status), feed.message(cid, "in", T0))
    assert set(reader.sla_timers()) == {1}
    feed(conversation(2, status="open"))  # back to open: the timer runs again
    assert set(reader.sla_timers()) == {1, 2}
    assert set(reader.sla_timers([2, 3, 99])) == {2}


def test_each_queue_has_its_targets_and_defaults_until_the_server_says(
    feed: Feed, reader: CacheReader
) -> None:
    assert QueueRoutingData.model_fields["sla_seconds"].default == sla.FIRST_RESPONSE_SECONDS
    assert (
        QueueRoutingData.model_fields["next_response_seconds"].default == sla.NEXT_RESPONSE_SECONDS
    )
    feed(conversation(1, queue=2), feed.message(1, "in", T0))
    assert reader.sla_timers()[1].target == sla.FIRST_RESPONSE_SECONDS
    feed(QueueRoutingData(id=2, sla_seconds=120, next_response_seconds=900))
    assert reader.sla_timers()[1].target == 120
    assert reader.queue_routing(2) is not None
    assert reader.queue_routing(2).next_response_seconds == 900  # type: ignore[union-attr]


def test_at_risk_in_the_last_quarter_and_overdue_past_due(feed: Feed, reader: CacheReader) -> None:
    feed(conversation(1), feed.message(1, "in", T0))  # due at T0 + 60; amber from T0 + 45
    timer = reader.sla_timers()[1]
    assert [timer.level(T0 + s) for s in (0, 44, 45, 60, 61)] == [
        "ok",
        "ok",
        "at_risk",
        "at_risk",
        "overdue",
    ]
    assert reader.sla_at_risk(T0 + 44) == set()
    assert reader.sla_at_risk(T0 + 50) == {1}
    assert reader.sla_at_risk(T0 + 600) == {1}


def test_every_open_conversation_in_one_indexed_query(
    feed: Feed, reader: CacheReader, writer: CacheWriter
) -> None:
    entities: list[EntityBase] = []
    for cid in range(1, 2001):
        entities.append(conversation(cid, status=("open", "pending", "resolved")[cid % 3]))
        entities.append(feed.message(cid, "in", T0 + cid))
        if cid % 2:
            entities.append(feed.message(cid, "out", T0 + cid + 1))
            entities.append(feed.message(cid, "in", T0 + cid + 2))
    feed(*entities)
    timers = reader.sla_timers()
    expected = {cid for cid in range(1, 2001) if cid % 3 == 0}
    assert set(timers) == expected
    assert all(timers[cid].first == (cid % 2 == 0) for cid in expected)

    # The messages are reached per conversation through msg_by_conv, the open ones
    # through conv_by_status: never a scan of every message.
    plan = " | ".join(
        str(row[3])
        for row in reader.conn.execute("EXPLAIN QUERY PLAN " + sla._SLA_SQL.format(ids=""))
    )
    assert "SCAN m " not in plan + " ", plan
    assert "msg_by_conv" in plan, plan
    assert "conv_by_status" in plan, plan
