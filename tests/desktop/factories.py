"""Small builders of protocol entities and events for cache tests."""

from __future__ import annotations

from protocol.entities import ConversationData, MessageData, QueueData
from protocol.frames import Event


def conversation(
    cid: int, *, at: float = 1000.0, status: str = "open", queue: int = 1
) -> ConversationData:
    return ConversationData.model_validate(
        {
            "id": cid,
            "queue_id": queue,
            "customer_id": cid,
            "customer_name": f"Customer {cid}",
            "channel": "chat",
            "status": status,
            "created_at": at,
            "updated_at": at,
            "last_message_at": at,
            "last_message_preview": f"hello {cid}",
            "message_count": 1,
        }
    )


def message(mid: int, cid: int, *, body: str = "hi", ref: str | None = None) -> MessageData:
    return MessageData(
        id=mid,
        conversation_id=cid,
        direction="in" if ref is None else "out",
        author_name="someone",
        body=body,
        created_at=1000.0 + mid,
        client_ref=ref,
    )


def queue(qid: int, name: str = "General") -> QueueData:
    return QueueData(id=qid, name=name)


def events(*entities: ConversationData | MessageData | QueueData, start: int = 1) -> list[Event]:
    return [Event(seq=start + i, kind=e.kind, id=e.id, data=e) for i, e in enumerate(entities)]
