"""The canned domain's rows as ``canned_reply`` entities, and their events.

Visibility follows the reply's scope: a personal reply's events go to its owner only
(``agent_id``); a shared reply's to its queue's members and supervisors (``queue_id``),
or to everybody when it is for every queue. A delete travels with the same scope as the
reply had, so it reaches exactly the desks that hold it.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from protocol.entities import CannedReplyData
from server.core import eventlog
from server.core.eventlog import Draft

Row = Any  # sqlalchemy Row with named columns


def canned_from_row(r: Row) -> CannedReplyData:
    """A canned reply from a ``canned_replies`` row."""
    return CannedReplyData(
        id=r.id,
        scope=r.scope,
        queue_id=r.queue_id,
        owner_id=r.owner_id,
        shortcut=r.shortcut,
        title=r.title,
        variants=json.loads(r.variants),
        updated_at=r.updated_at,
    )


def content_hash(title: str, variants: dict[str, str]) -> str:
    """What decides whether an import or a save changed a reply (not its key)."""
    text = json.dumps(
        {"title": title, "variants": variants},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(text.encode()).hexdigest()


def _scope(scope: str, queue_id: int | None, owner_id: int | None) -> tuple[int | None, int | None]:
    if scope == "personal":
        return None, owner_id
    return queue_id, None


def canned_event(reply: CannedReplyData) -> Draft:
    """The upsert of a reply, to exactly the desks that may see it."""
    queue_id, agent_id = _scope(reply.scope, reply.queue_id, reply.owner_id)
    return eventlog.upsert(reply, queue_id=queue_id, agent_id=agent_id)


def canned_delete(r: Row) -> Draft:
    """The delete of a reply (a row read before deleting it), with the reply's scope."""
    queue_id, agent_id = _scope(r.scope, r.queue_id, r.owner_id)
    return Draft("canned_reply", int(r.id), "delete", queue_id, agent_id, None)
