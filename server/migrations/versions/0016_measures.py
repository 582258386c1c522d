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
    dialect = op.get_bind().dialect.name
    for statement in trigger_statements(dialect):
        op.execute(statement)
    # Everything already handled is marked, so the first read computes it.
    slot = _slot_sql(dialect)
    op.execute(
        "INSERT INTO kpi_dirty (agent_id, first_slot, last_slot) SELECT agent_id,"
        f" {slot.format(x='MIN(ended_at)')}, {slot.format(x='MAX(ended_at)')}"
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


def _slot_sql(dialect: str) -> str:
    """The 15-minute slot of a time ``{x}`` (seconds) as an integer, truncated: SQLite's
    CAST truncates, PostgreSQL's rounds (times are positive, so trunc is floor)."""
    if dialect == "postgresql":
        return "CAST(trunc(({x}) / 900) AS INTEGER)"
    return "CAST(({x}) / 900 AS INTEGER)"


def _triggers(dialect: str) -> dict[str, tuple[str, str, str]]:
    """Name -> (event, condition or "", body statements) of each dirty-marking trigger,
    in ``dialect``'s spelling (slot arithmetic and null-safe inequality differ)."""
    slot = _slot_sql(dialect)
    is_not = "IS DISTINCT FROM" if dialect == "postgresql" else "IS NOT"
    done = "state = 'accepted' AND phase = 'done' AND ended_at IS NOT NULL"
    mark = "INSERT INTO kpi_dirty (agent_id, first_slot, last_slot)"

    def of_offer(ref: str) -> str:
        s = slot.format(x=f"{ref}.ended_at")
        return f"{mark} VALUES ({ref}.agent_id, {s}, {s});"

    def of_presence(ref: str) -> str:
        first = slot.format(x=f"{ref}.start")
        last = slot.format(x=f'{ref}."end"')
        return f"{mark} VALUES ({ref}.agent_id, {first}, {last});"

    def of_conversation(ref: str) -> str:
        s = slot.format(x="offers.ended_at")
        return (
            f"{mark} SELECT agent_id, {s}, {s} FROM offers"
            f" WHERE conversation_id = {ref}.conversation_id AND {done};"
        )

    o = slot.format(x="o.ended_at")
    new_done = "NEW.state = 'accepted' AND NEW.phase = 'done' AND NEW.ended_at IS NOT NULL"
    t = slot.format(x="offers.ended_at")
    return {
        "kpi_offer_insert": ("AFTER INSERT ON offers", new_done, of_offer("NEW")),
        "kpi_offer_update": ("AFTER UPDATE ON offers", new_done, of_offer("NEW")),
        "kpi_offer_accepted": (
            "AFTER UPDATE OF state ON offers",
            f"NEW.state = 'accepted' AND OLD.state {is_not} 'accepted'",
            of_conversation("NEW"),
        ),
        "kpi_offer_delete": (
            "AFTER DELETE ON offers",
            "OLD.ended_at IS NOT NULL",
            of_offer("OLD") + " " + of_conversation("OLD"),
        ),
        "kpi_conversation": (
            "AFTER UPDATE OF status, customer_id, created_at ON conversations",
            f"OLD.status {is_not} NEW.status OR OLD.customer_id {is_not} NEW.customer_id"
            f" OR OLD.created_at {is_not} NEW.created_at",
            f"""{mark} SELECT o.agent_id, {o}, {o}
          FROM offers o JOIN conversations c ON c.id = o.conversation_id
          WHERE c.customer_id IN (OLD.customer_id, NEW.customer_id)
            AND o.state = 'accepted' AND o.phase = 'done' AND o.ended_at IS NOT NULL
            AND (c.id = NEW.id OR OLD.customer_id {is_not} NEW.customer_id
                 OR OLD.created_at {is_not} NEW.created_at);""",
        ),
        "kpi_survey_insert": (
            "AFTER INSERT ON survey_responses",
            "",
            of_conversation("NEW"),
        ),
        "kpi_survey_update": (
            "AFTER UPDATE ON survey_responses",
            "",
            of_conversation("NEW") + " " + of_conversation("OLD"),
        ),
        "kpi_survey_delete": (
            "AFTER DELETE ON survey_responses",
            "",
            of_conversation("OLD"),
        ),
        "kpi_transfer": (
            "AFTER INSERT ON routing_contacts",
            "NEW.call_id IS NOT NULL AND NEW.purpose IN ('transfer', 'consult')",
            f"{mark} SELECT agent_id, {t}, {t} FROM offers WHERE call_id = NEW.call_id AND {done};",
        ),
        "kpi_presence_insert": (
            "AFTER INSERT ON presence_log",
            'NEW."end" IS NOT NULL',
            of_presence("NEW"),
        ),
        "kpi_presence_update": (
            "AFTER UPDATE ON presence_log",
            'NEW."end" IS NOT NULL',
            of_presence("NEW"),
        ),
        "kpi_presence_delete": (
            "AFTER DELETE ON presence_log",
            'OLD."end" IS NOT NULL',
            of_presence("OLD"),
        ),
    }


def trigger_statements(dialect: str) -> list[str]:
    """The DDL of the dirty marks for the KPI slots (server/workforce/measures/slots.py),
    written by the database in the transaction of the change itself, whoever makes it.

    SQLite: ``CREATE TRIGGER ... WHEN ... BEGIN ... END``. PostgreSQL: one plpgsql
    function per trigger and a row trigger with the same condition calling it (same
    marks; an AFTER row trigger's return value is ignored)."""
    statements = []
    for name, (event, when, body) in _triggers(dialect).items():
        if dialect == "postgresql":
            statements.append(
                f"CREATE FUNCTION {name}_fn() RETURNS trigger LANGUAGE plpgsql AS $$"
                f" BEGIN {body} RETURN NULL; END $$"
            )
            condition = f" WHEN ({when})" if when else ""
            statements.append(
                f"CREATE TRIGGER {name} {event} FOR EACH ROW{condition}"
                f" EXECUTE FUNCTION {name}_fn()"
            )
        else:
            condition = f" WHEN {when}" if when else ""
            statements.append(f"CREATE TRIGGER {name} {event}{condition} BEGIN {body} END")
    return statements


def downgrade() -> None:
    """Not supported: restore a backup instead."""
    raise NotImplementedError
