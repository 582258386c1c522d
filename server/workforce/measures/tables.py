"""The indexes the KPIs read ``offers`` by (created by revision 0016).

``offers`` and ``routing_contacts`` are the ACD's tables; the KPIs are their heaviest
reader, so the indexes they need are declared here, on the same table objects, and the
schema seen by ``create_all`` and Alembic stays the one revision 0016 builds.
"""

from __future__ import annotations

import sqlalchemy as sa

from server.acd.tables import offers, routing_contacts
from server.domains.conversations.tables import conversations

_o = offers.c
INDEXES = (
    sa.Index("ix_offers_agent_ended", _o.agent_id, _o.ended_at),
    sa.Index("ix_offers_ended", _o.ended_at),
    sa.Index("ix_offers_call", _o.call_id),
    sa.Index("ix_offers_conversation", _o.conversation_id),
    sa.Index("ix_routing_contacts_call", routing_contacts.c.call_id),
    sa.Index(
        "ix_conversations_customer_created", conversations.c.customer_id, conversations.c.created_at
    ),
)
