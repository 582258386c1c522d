"""Measures (issue 11 parts 3 and 6: server/workforce/measures): presence history and
the indexes the KPIs read by."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create ``kpi_slots`` and ``kpi_dirty`` with the triggers that mark what to
    recompute; create ``presence_log`` (one row per stretch in one state, the open one with
    ``end`` NULL), opened for every agent who already has a state, so history starts with
    the state they are in now. Index ``offers`` for the KPIs: by agent and end of work (an
    agent's period), by end of work (everyone's days), by call (who took a transferred
    call) by conversation (first-contact resolution, repeats, surveys); and the routing
    contacts by call (was a call transferred), and conversations by customer and creation
    (repeat contacts)."""
    op.create_table(
        "presence_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("agent_id", sa.Integer, sa.ForeignKey("agents.id"), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("start", sa.Float, nullable=False),
        sa.Column("end", sa.Float),
    )
    op.create_index("ix_presence_log_agent_start", "presence_log", ["agent_id", "start"])
    op.create_index("ix_presence_log_start", "presence_log", ["start"])
    op.execute(
        "INSERT INTO presence_log (agent_id, state, start) SELECT agent_id, state, since"
        " FROM presence"
    )
    op.create_table(
        "kpi_slots",
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
    op.create_table(
        "kpi_dirty",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("agent_id", sa.Integer, nullable=False),
        sa.Column("first_slot", sa.Integer, nullable=False),
        sa.Column("last_slot", sa.Integer, nullable=False),
    )
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    # Everything already handled is marked, so the first read computes it.
    op.execute(
        "INSERT INTO kpi_dirty (agent_id, first_slot, last_slot) SELECT agent_id,"
        " CAST(MIN(ended_at) / 900 AS INTEGER), CAST(MAX(ended_at) / 900 AS INTEGER)"
        " FROM offers WHERE ended_at IS NOT NULL GROUP BY agent_id"
    )
    op.create_index("ix_offers_agent_ended", "offers", ["agent_id", "ended_at"])
    op.create_index("ix_offers_ended", "offers", ["ended_at"])
    op.create_index("ix_offers_call", "offers", ["call_id"])
    op.create_index("ix_offers_conversation", "offers", ["conversation_id"])
    op.create_index("ix_routing_contacts_call", "routing_contacts", ["call_id"])
    op.create_index(
        "ix_conversations_customer_created", "conversations", ["customer_id", "created_at"]
    )


_DONE = "state = 'accepted' AND phase = 'done' AND ended_at IS NOT NULL"
_SLOT = "CAST({t}.ended_at / 900 AS INTEGER)"
_MARK = "INSERT INTO kpi_dirty (agent_id, first_slot, last_slot)"
_OF_CONVERSATION = (
    f"{_MARK} SELECT agent_id, {_SLOT.format(t='offers')}, {_SLOT.format(t='offers')}"
    f" FROM offers WHERE conversation_id = {{ref}}.conversation_id AND {_DONE};"
)
TRIGGERS = {
    "kpi_offer_insert": f"""AFTER INSERT ON offers
        WHEN NEW.state = 'accepted' AND NEW.phase = 'done' AND NEW.ended_at IS NOT NULL
        BEGIN {_MARK} VALUES (NEW.agent_id, {_SLOT.format(t="NEW")}, {_SLOT.format(t="NEW")});
        END""",
    "kpi_offer_update": f"""AFTER UPDATE ON offers
        WHEN NEW.state = 'accepted' AND NEW.phase = 'done' AND NEW.ended_at IS NOT NULL
        BEGIN {_MARK} VALUES (NEW.agent_id, {_SLOT.format(t="NEW")}, {_SLOT.format(t="NEW")});
        END""",
    "kpi_offer_accepted": f"""AFTER UPDATE OF state ON offers
        WHEN NEW.state = 'accepted' AND OLD.state IS NOT 'accepted'
        BEGIN {_OF_CONVERSATION.format(ref="NEW")} END""",
    "kpi_offer_delete": f"""AFTER DELETE ON offers WHEN OLD.ended_at IS NOT NULL
        BEGIN {_MARK} VALUES (OLD.agent_id, {_SLOT.format(t="OLD")}, {_SLOT.format(t="OLD")});
        {_OF_CONVERSATION.format(ref="OLD")} END""",
    "kpi_conversation": f"""AFTER UPDATE OF status, customer_id, created_at ON conversations
        WHEN OLD.status IS NOT NEW.status OR OLD.customer_id IS NOT NEW.customer_id
          OR OLD.created_at IS NOT NEW.created_at
        BEGIN {_MARK} SELECT o.agent_id, {_SLOT.format(t="o")}, {_SLOT.format(t="o")}
          FROM offers o JOIN conversations c ON c.id = o.conversation_id
          WHERE c.customer_id IN (OLD.customer_id, NEW.customer_id)
            AND o.state = 'accepted' AND o.phase = 'done' AND o.ended_at IS NOT NULL
            AND (c.id = NEW.id OR OLD.customer_id IS NOT NEW.customer_id
                 OR OLD.created_at IS NOT NEW.created_at);
        END""",
    "kpi_survey_insert": f"""AFTER INSERT ON survey_responses
        BEGIN {_OF_CONVERSATION.format(ref="NEW")} END""",
    "kpi_survey_update": f"""AFTER UPDATE ON survey_responses
        BEGIN {_OF_CONVERSATION.format(ref="NEW")} {_OF_CONVERSATION.format(ref="OLD")} END""",
    "kpi_survey_delete": f"""AFTER DELETE ON survey_responses
        BEGIN {_OF_CONVERSATION.format(ref="OLD")} END""",
    "kpi_transfer": f"""AFTER INSERT ON routing_contacts
        WHEN NEW.call_id IS NOT NULL AND NEW.purpose IN ('transfer', 'consult')
        BEGIN {_MARK} SELECT agent_id, {_SLOT.format(t="offers")}, {_SLOT.format(t="offers")}
          FROM offers WHERE call_id = NEW.call_id AND {_DONE}; END""",
    "kpi_presence_insert": f"""AFTER INSERT ON presence_log WHEN NEW."end" IS NOT NULL
        BEGIN {_MARK} VALUES (NEW.agent_id, CAST(NEW.start / 900 AS INTEGER),
          CAST(NEW."end" / 900 AS INTEGER)); END""",
    "kpi_presence_update": f"""AFTER UPDATE ON presence_log WHEN NEW."end" IS NOT NULL
        BEGIN {_MARK} VALUES (NEW.agent_id, CAST(NEW.start / 900 AS INTEGER),
          CAST(NEW."end" / 900 AS INTEGER)); END""",
    "kpi_presence_delete": f"""AFTER DELETE ON presence_log WHEN OLD."end" IS NOT NULL
        BEGIN {_MARK} VALUES (OLD.agent_id, CAST(OLD.start / 900 AS INTEGER),
          CAST(OLD."end" / 900 AS INTEGER)); END""",
}
"""Dirty marks for the KPI slots (server/workforce/measures/slots.py), written by SQLite
in the transaction of the change itself, whoever makes it."""


def downgrade() -> None:
    """Not supported: restore a backup instead."""
    raise NotImplementedError
