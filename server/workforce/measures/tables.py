"""The measures' tables (``kpi_slots``, ``kpi_dirty``: see :mod:`.slots`) and the indexes
the KPIs read ``offers`` by (all created by revision 0016, with the dirty-mark triggers).

``offers`` and ``routing_contacts`` are the ACD's tables; the KPIs are their heaviest
reader, so the indexes they need are declared here, on the same table objects, and the
schema seen by ``create_all`` and Alembic stays the one revision 0016 builds.
"""

from __future__ import annotations

import sqlalchemy as sa

from server.acd.tables import offers, routing_contacts
from server.db.metadata import metadata
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

kpi_slots = sa.Table(
    "kpi_slots",
    metadata,
    sa.Column("agent_id", sa.Integer, primary_key=True),
    sa.Column("slot", sa.Integer, primary_key=True),
    sa.Column("handled", sa.Integer, nullable=False, server_default="0"),
    sa.Column("handle", sa.Float, nullable=False, server_default="0"),
    sa.Column("transferred", sa.Integer, nullable=False, server_default="0"),
    sa.Column("fcr", sa.Integer, nullable=False, server_default="0"),
    sa.Column("repeats", sa.Integer, nullable=False, server_default="0"),
    sa.Column("csat_n", sa.Integer, nullable=False, server_default="0"),
    sa.Column("csat_good", sa.Integer, nullable=False, server_default="0"),
    sa.Column("nps_n", sa.Integer, nullable=False, server_default="0"),
    sa.Column("nps_net", sa.Integer, nullable=False, server_default="0"),
    sa.Column("ces_n", sa.Integer, nullable=False, server_default="0"),
    sa.Column("ces_sum", sa.Integer, nullable=False, server_default="0"),
    sa.Column("occupied", sa.Float, nullable=False, server_default="0"),
    sqlite_with_rowid=False,
)
"""Sums of one agent's handled contacts that ended in one 15-minute UTC slot, and the
seconds they spent available or on contacts in it (closed stretches only)."""

kpi_dirty = sa.Table(
    "kpi_dirty",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("agent_id", sa.Integer, nullable=False),
    sa.Column("first_slot", sa.Integer, nullable=False),
    sa.Column("last_slot", sa.Integer, nullable=False),
)
"""Slots to recompute, marked by triggers; emptied by :func:`.slots.refresh`."""
