"""Helpers for tests against a real routing server (server and desk tests share them):
make it route only the test's own contacts, give agents a skill in one queue, play
provider events through the CTI API, and take offers with a raw desk socket."""

from __future__ import annotations

import itertools
import time
from typing import Any

import httpx

from protocol.commands import OfferAnswer
from protocol.kinds.routing import OfferData
from tests.support.db import Target, execute, executemany
from tests.support.desk_socket import Desk
from tests.support.server_proc import ServerProcess

AGENT01, AGENT02 = 1, 2
_events = itertools.count(1)


def quiet(db: Target, **queue_settings: Any) -> None:
    """No waiting demo contacts; every queue's routing settings as given. ``db``: the
    server (SQLite or PostgreSQL) or a SQLite file."""
    statements: list[tuple[str, tuple[object, ...]]] = [
        ("UPDATE conversations SET status='resolved' WHERE assignee_id IS NULL", ())
    ]
    for column, value in queue_settings.items():
        statements.append((f"UPDATE routing_queues SET {column} = ?", (value,)))
    executemany(db, statements)


def shared_queue(db: Target, *agent_ids: int) -> str:
    """A queue every one of ``agent_ids`` has a skill in (their skills are set to level 2)."""
    ids = ",".join(str(a) for a in agent_ids)
    skills = '[{"queue_id": 1, "level": 2}]'
    sql = f"UPDATE routing_profiles SET skills = ?, languages = '[]' WHERE agent_id IN ({ids})"
    _, names = executemany(db, [(sql, (skills,)), ("SELECT name FROM queues WHERE id = 1", ())])
    return str(names[0][0])


def only_available(db: Target, *agent_ids: int) -> None:
    """Nobody else is routable (other demo agents have no presence row until they act)."""
    ids = ",".join(str(a) for a in agent_ids)
    execute(db, f"DELETE FROM presence WHERE agent_id NOT IN ({ids})")


async def open_available(server: ServerProcess, username: str) -> Desk:
    desk = await Desk.open(server, username)
    await desk.set_presence("available")
    return desk


async def ringing_offer(desk: Desk, **expected: Any) -> OfferData:
    found = await desk.first("offer", phase="ringing", **expected)
    assert isinstance(found, OfferData)
    return found


async def accept(desk: Desk, offer_id: int) -> OfferData:
    result = await desk.command("offer.accept", offer_id=offer_id)
    assert result.ok, result
    answer = OfferAnswer.model_validate(result.answer)
    assert answer.offer is not None
    return answer.offer


def cti(server: ServerProcess, call_id: str, event_type: str, **extra: Any) -> dict[str, Any]:
    """One provider event through ``POST /api/cti/events``, as a telephony adapter sends it."""
    body = {
        "provider": "test",
        "provider_call_id": call_id,
        "event_id": f"{call_id}-{event_type}-{next(_events)}",
        "type": event_type,
        "at": time.time(),
        **extra,
    }
    response = httpx.post(f"{server.url}/api/cti/events", json=body, timeout=10)
    response.raise_for_status()
    answer: dict[str, Any] = response.json()
    return answer
