"""The calls domain's registration: the ``call`` kind.

Visibility: a call is seen like the conversation it belongs to, by its queue's members
and supervisors (``queue_id`` is the conversation's queue when the call was offered).
The CTI route that feeds it is a channel (``server/channels/cti_route.py``): it also opens
or joins the customer's conversation, which this domain may not touch.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from protocol.kinds.calls import CallData
from server.core.registry import Domain, KindRegistration
from server.core.visibility import Viewer
from server.domains.calls import tables as t
from server.domains.calls.entities import call_from_row


def _calls(viewer: Viewer) -> sa.Select[Any]:
    query = sa.select(t.calls)
    if not viewer.supervisor:
        query = query.where(t.calls.c.queue_id.in_(sorted(viewer.queue_ids)))
    return query.order_by(t.calls.c.id)


DOMAIN = Domain(
    name="calls",
    kinds=(KindRegistration(CallData, t.calls, call_from_row, _calls, "queue"),),
)
