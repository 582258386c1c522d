"""Routing and call events land in the cache, raise their topics and read back: the
ringing offer with its screen-pop facts, work items, a queue's wrap-up codes, callbacks,
the agent's live call with the new call fields."""

from __future__ import annotations

from desktop.models.changes import Changes
from desktop.store import apply
from desktop.store.reader import CacheReader
from desktop.store.readers.routing import WrapupCode
from desktop.store.writer import CacheWriter
from protocol.entities import ConversationData, EntityBase, QueueData
from protocol.frames import Event
from protocol.kinds.calls import CallData
from protocol.kinds.routing import (
    CallbackData,
    OfferData,
    QueueRoutingData,
    RoutingProfileData,
    Skill,
    WrapupChoice,
)

NOW = 1_700_000_000.0


class Feed:
    def __init__(self, writer: CacheWriter) -> None:
        self.writer = writer
        self.seq = 0

    def __call__(self, *entities: EntityBase) -> Changes:
        batch = []
        for entity in entities:
            self.seq += 1
            batch.append(Event(seq=self.seq, kind=entity.kind, id=entity.id, data=entity))
        upto = self.seq
        return self.writer.call(lambda c: apply.apply_events(c, batch, upto=upto))


def conversation(cid: int, customer: int, at: float, channel: str = "phone") -> ConversationData:
    return ConversationData.model_validate(
        {
            "id": cid,
            "queue_id": 1,
            "customer_id": customer,
            "customer_name": "Aino Virtanen",
            "channel": channel,
            "status": "open",
            "subject": f"Subject {cid}",
            "language": "fi",
            "created_at": at,
            "updated_at": at,
            "last_message_at": at,
            "last_message_preview": "",
            "message_count": 0,
        }
    )


def offer(**changes: object) -> OfferData:
    base: dict[str, object] = {
        "id": 5,
        "agent_id": 1,
        "conversation_id": 3,
        "queue_id": 1,
        "channel": "phone",
        "call_id": 9,
        "state": "ringing",
        "phase": "ringing",
        "why": "widened",
        "why_level": 2,
        "why_candidates": 4,
        "why_waited": 35.0,
        "offered_at": NOW,
        "expires_at": NOW + 20,
    }
    return OfferData.model_validate({**base, **changes})


def call(**changes: object) -> CallData:
    base: dict[str, object] = {
        "id": 9,
        "conversation_id": 3,
        "queue_id": 1,
        "direction": "inbound",
        "caller": "+358401234567",
        "state": "offered",
        "provider": "loopback",
        "provider_call_id": "c9",
        "offered_at": NOW,
        "state_since": NOW,
    }
    return CallData.model_validate({**base, **changes})


def test_offers_calls_and_routing_settings_read_back(writer: CacheWriter) -> None:
    feed = Feed(writer)
    reader = CacheReader(writer.path)
    assert reader.ringing_offer(1) is None
    feed(
        QueueData(id=1, name="Support"),
        conversation(1, customer=7, at=NOW - 900, channel="email"),
        conversation(2, customer=7, at=NOW - 300, channel="chat"),
        conversation(3, customer=7, at=NOW),
        conversation(4, customer=8, at=NOW),
    )
    changes = feed(offer(), call())
    assert changes.offers == {5}
    assert changes.calls == {9}
    ringing = reader.ringing_offer(1)
    assert ringing is not None
    assert (ringing.customer_name, ringing.queue_name, ringing.language) == (
        "Aino Virtanen",
        "Support",
        "fi",
    )
    assert ringing.customer_id == 7
    assert (ringing.why, ringing.why_level, ringing.why_candidates) == ("widened", 2, 4)
    assert ringing.why_waited == 35.0
    assert reader.ringing_offer(2) is None
    assert [c.conversation_id for c in reader.recent_contacts(7, exclude=3)] == [2, 1]

    feed(
        offer(state="accepted", phase="working", decided_at=NOW + 3),
        call(state="connected", agent_id=1, state_since=NOW + 3, connected_at=NOW + 3),
    )
    assert reader.ringing_offer(1) is None
    assert [o.id for o in reader.work_items(1)] == [5]
    live = reader.live_call(1)
    assert live is not None
    assert (live.state, live.muted, live.dtmf) == ("connected", False, "")
    feed(call(state="held", agent_id=1, muted=True, dtmf="12#", state_since=NOW + 10))
    live = reader.live_call(1)
    assert live is not None
    assert (live.state, live.muted, live.dtmf) == ("held", True, "12#")
    # Consulting keeps the agent on the call; a blind transfer hands it on (their work
    # goes to after-call work) although the switch names them until someone answers.
    feed(call(state="transferring", agent_id=1, transfer_target="agent Li Wei"))
    assert reader.live_call(1) is not None
    feed(offer(state="accepted", phase="acw", decided_at=NOW + 3))
    assert reader.live_call(1) is None
    feed(offer(state="accepted", phase="working", decided_at=NOW + 3))
    feed(call(state="ended", agent_id=1, state_since=NOW + 60, talk_seconds=40.0))
    assert reader.live_call(1) is None
    assert [c.talk_seconds for c in reader.calls_of(3)] == [40.0]

    changes = feed(
        QueueRoutingData(
            id=1,
            acw_seconds=30,
            wrapup_required=True,
            wrapup_codes=[WrapupChoice(code="solved", label="Solved <b>now</b>")],
        ),
        RoutingProfileData(id=1, skills=[Skill(queue_id=1, level=3)], languages=["fi"]),
        offer(state="accepted", phase="acw", acw_until=NOW + 90, wrapup_required=True),
    )
    assert changes.queue_routing == {1}
    assert changes.routing_profiles == {1}
    routing = reader.queue_routing(1)
    assert routing is not None
    assert routing.wrapup_codes == (WrapupCode("solved", "Solved <b>now</b>"),)
    assert (routing.acw_seconds, routing.wrapup_required) == (30, True)
    assert reader.queue_routing(2) is None
    (item,) = reader.work_items(1)
    assert (item.phase, item.acw_until, item.wrapup_required) == ("acw", NOW + 90, True)
    feed(offer(state="accepted", phase="done", wrapup_code="solved"))
    assert reader.work_items(1) == []
    reader.close()


def test_callbacks_of_a_conversation_waiting_first(writer: CacheWriter) -> None:
    feed = Feed(writer)
    reader = CacheReader(writer.path)

    def callback(cid: int, due: float, state: str) -> CallbackData:
        return CallbackData.model_validate(
            {
                "id": cid,
                "conversation_id": 3,
                "customer_id": 7,
                "queue_id": 1,
                "phone": "+358401234567",
                "due_at": due,
                "state": state,
                "agent_id": 1,
                "prefer_agent": True,
                "created_at": NOW,
            }
        )

    changes = feed(
        callback(1, NOW + 500, "done"),
        callback(2, NOW + 900, "scheduled"),
        callback(3, NOW + 100, "scheduled"),
        callback(4, NOW + 600, "cancelled"),
    )
    assert changes.callbacks == {1, 2, 3, 4}
    assert [c.id for c in reader.callbacks_of(3)] == [3, 2, 4, 1]
    assert reader.callbacks_of(4) == []
    assert reader.callbacks_of(3)[0].prefer_agent
    reader.close()
