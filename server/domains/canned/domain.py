"""The canned domain's registration: the ``canned_reply`` kind, the personal-reply
mutations and the supervisors' import endpoint."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from protocol.entities import CannedReplyData
from server.core.registry import Domain, KindRegistration
from server.core.visibility import Viewer
from server.domains.canned import mutations, router
from server.domains.canned import tables as t
from server.domains.canned.entities import canned_from_row


def visible_replies(viewer: Viewer) -> sa.Select[Any]:
    """Shared replies for every queue or one the viewer sees (a supervisor sees every
    queue), and the viewer's own personal replies: what :func:`canned_event` scopes."""
    c = t.canned_replies
    shared_queue: sa.ColumnElement[bool] = c.c.queue_id.is_(None)
    if viewer.supervisor:
        shared_queue = sa.true()
    elif viewer.queue_ids:
        shared_queue = sa.or_(shared_queue, c.c.queue_id.in_(sorted(viewer.queue_ids)))
    shared = sa.and_(c.c.scope == "shared", shared_queue)
    personal = sa.and_(c.c.scope == "personal", c.c.owner_id == viewer.agent_id)
    return sa.select(c).where(sa.or_(shared, personal)).order_by(c.c.id)


DOMAIN = Domain(
    name="canned",
    # "queue" is the nearest scope: personal replies' events are agent-scoped and shared
    # ones for every queue unscoped (entities.canned_event decides per reply).
    kinds=(
        KindRegistration(
            CannedReplyData, t.canned_replies, canned_from_row, visible_replies, "queue"
        ),
    ),
    mutations={"canned.save": mutations.save, "canned.delete": mutations.delete},
    routers=(router.router,),
)
