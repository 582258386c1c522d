"""Filling real cache files for UI tests and benchmarks."""

from __future__ import annotations

import random
import time
from collections.abc import Sequence
from pathlib import Path

from desktop.models.changes import Changes
from desktop.store import apply
from desktop.store.cache import Cache
from desktop.store.connection import open_connection
from desktop.store.keyfile import file_key
from protocol.entities import ConversationData, MessageData, QueueData
from protocol.frames import Event

NAMES = ("Aino Virtanen", "王小明", "陳美玲", "Maria Garcia", "John Smith", "Liisa Korhonen")
CHANNELS = ("chat", "email", "phone")


def conversation(
    cid: int,
    *,
    at: float = 1_700_000_000.0,
    status: str = "open",
    channel: str = "chat",
    queue: int = 1,
    name: str | None = None,
) -> ConversationData:
    return ConversationData.model_validate(
        {
            "id": cid,
            "queue_id": queue,
            "customer_id": cid,
            "customer_name": name or f"Customer {cid}",
            "channel": channel,
            "status": status,
            "subject": f"Subject {cid}",
            "created_at": at,
            "updated_at": at,
            "last_message_at": at,
            "last_message_preview": f"hello {cid}",
            "message_count": 1,
        }
    )


def message(
    mid: int, cid: int, *, body: str = "hi", direction: str = "in", at: float | None = None
) -> MessageData:
    return MessageData.model_validate(
        {
            "id": mid,
            "conversation_id": cid,
            "direction": direction,
            "author_name": "Customer" if direction == "in" else "Agent One",
            "body": body,
            "created_at": at if at is not None else 1_700_000_000.0 + mid,
        }
    )


Entity = QueueData | ConversationData | MessageData


def events(entities: Sequence[Entity], start: int) -> list[Event]:
    return [Event(seq=start + i, kind=e.kind, id=e.id, data=e) for i, e in enumerate(entities)]


class Filler:
    """Writes entities into a :class:`Cache` through the same apply path as the engine."""

    def __init__(self, cache: Cache) -> None:
        self.cache = cache
        self.seq = 0

    def apply(self, *entities: QueueData | ConversationData | MessageData) -> Changes:
        batch = events(entities, self.seq + 1)
        self.seq += len(batch)
        upto = self.seq
        return self.cache.writer.call(lambda c: apply.apply_events(c, batch, upto))


def bulk_conversations(path: Path, count: int, *, seed: int = 7) -> None:
    """``count`` conversations written straight with executemany (fast, for 100k)."""
    rng = random.Random(seed)
    now = time.time()
    rows = [
        (
            cid,
            1 + cid % 3,
            cid,
            f"{rng.choice(NAMES)} {cid}",
            CHANNELS[cid % 3],
            ("open", "pending", "resolved")[rng.randrange(3)],
            f"Question {cid}",
            "en",
            None,
            now - cid * 60.0,
            now - cid * 60.0,
            now - cid * 60.0 - rng.random(),
            f"Message preview number {cid}",
            1,
        )
        for cid in range(1, count + 1)
    ]
    cols = apply._COLUMNS["conversation"]
    marks = ",".join("?" for _ in cols)
    conn = open_connection(path, file_key(path))  # the cache's key file, as Cache(path) uses
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO conversations ({','.join(cols)}) VALUES ({marks})", rows)
    conn.executemany(
        "INSERT OR REPLACE INTO queues (id, name) VALUES (?, ?)",
        [(1, "Support"), (2, "Billing"), (3, "Sales")],
    )
    conn.execute("COMMIT")
    conn.close()


def queue(qid: int, name: str = "General") -> QueueData:
    return QueueData(id=qid, name=name)
