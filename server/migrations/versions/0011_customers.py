"""Customer profiles (issue 10 part 1): profile columns, identities, notes, search
terms and merges (server/domains/customers).

Existing customers get their e-mail, phone and ``ref`` as identities (the first customer
holding a handle keeps it) and their search terms, so a database made before profiles
finds its customers the same way as a new one. The term rules are
``server.domains.customers.search_terms`` (imported: the index must match the code that
queries it).
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from protocol.kinds.customers import normal_handle
from server.domains.customers.search_terms import terms_of

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_PROFILE_COLUMNS = (
    "timezone",
    "tags",
    "identities",
    "consent_email",
    "consent_phone",
    "consent_marketing",
    "merged_into",
    "erased_at",
    "updated_at",
)


def upgrade() -> None:
    """Add the profile columns, create the four tables, index order numbers case-folded,
    then fill identities and search terms for the customers already there."""
    with op.batch_alter_table("customers") as batch:
        batch.add_column(sa.Column("timezone", sa.String(64)))
        batch.add_column(sa.Column("tags", sa.Text, nullable=False, server_default="[]"))
        batch.add_column(sa.Column("identities", sa.Text, nullable=False, server_default="[]"))
        for name in ("consent_email", "consent_phone", "consent_marketing"):
            batch.add_column(sa.Column(name, sa.Boolean, nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("merged_into", sa.Integer))
        batch.add_column(sa.Column("erased_at", sa.Float))
        batch.add_column(sa.Column("updated_at", sa.Float, nullable=False, server_default="0"))
    op.create_table(
        "customer_identities",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
        sa.Column("type", sa.String(10), nullable=False),
        sa.Column("value", sa.String(320), nullable=False),
        sa.UniqueConstraint("type", "value", name="uq_customer_identities_type_value"),
    )
    op.create_index("ix_customer_identities_customer", "customer_identities", ["customer_id"])
    op.create_table(
        "customer_notes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
        sa.Column("author_id", sa.Integer, sa.ForeignKey("agents.id")),
        sa.Column("author_name", sa.String(200), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
    )
    op.create_index("ix_customer_notes_customer", "customer_notes", ["customer_id"])
    op.create_table(
        "customer_search",
        sa.Column("term", sa.String(320), primary_key=True),
        sa.Column("customer_id", sa.Integer, primary_key=True),
        sa.Column("field", sa.String(8), primary_key=True),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_customer_search_customer", "customer_search", ["customer_id"])
    op.create_table(
        "customer_merges",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("source_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
        sa.Column("target_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
        sa.Column("by_agent_id", sa.Integer, sa.ForeignKey("agents.id")),
        sa.Column("at", sa.Float, nullable=False),
        sa.Column("moved", sa.Text, nullable=False, server_default="{}"),
        sa.Column("undone_at", sa.Float),
    )
    # Find-customer by order number: a case-insensitive prefix range scan.
    op.create_index("ix_orders_number_folded", "orders", [sa.text("lower(number)")])
    _fill_identities_and_terms()


def _handle(kind: str, value: str | None) -> str | None:
    if not value:
        return None
    try:
        normal = normal_handle(kind, value)
    except ValueError:
        return None
    return normal.lower() if kind == "email" else normal  # customers.identities.key


def _fill_identities_and_terms() -> None:
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, ref, name, email, phone FROM customers ORDER BY id"))
    held: set[tuple[str, str]] = set()
    identities: list[dict[str, object]] = []
    terms: list[dict[str, object]] = []
    mirrors: list[dict[str, object]] = []
    for row in rows:
        mine: list[tuple[str, str]] = []
        email, phone = _handle("email", row.email), _handle("phone", row.phone)
        ref_kind = "email" if "@" in row.ref else "phone" if row.ref.startswith("+") else "chat"
        ref = _handle(ref_kind, row.ref)
        for kind, value in (("email", email), ("phone", phone), (ref_kind, ref)):
            if value is not None and (kind, value) not in held:
                held.add((kind, value))
                mine.append((kind, value))
        identities.extend({"customer_id": row.id, "type": k, "value": v} for k, v in mine)
        mirrors.append({"cid": row.id, "identities": json.dumps([list(h) for h in mine])})
        for term, field in terms_of(row.name, row.email, row.phone, mine):
            terms.append({"term": term, "customer_id": row.id, "field": field})
    if identities:
        conn.execute(
            sa.text(
                "INSERT INTO customer_identities (customer_id, type, value) "
                "VALUES (:customer_id, :type, :value)"
            ),
            identities,
        )
        conn.execute(
            sa.text("UPDATE customers SET identities = :identities WHERE id = :cid"), mirrors
        )
    if terms:
        conn.execute(
            sa.text(
                "INSERT INTO customer_search (term, customer_id, field) "
                "VALUES (:term, :customer_id, :field)"
            ),
            terms,
        )


def downgrade() -> None:
    """Drop the four tables, the order-number index and the profile columns."""
    op.drop_index("ix_orders_number_folded", "orders")
    op.drop_table("customer_merges")
    op.drop_index("ix_customer_search_customer", "customer_search")
    op.drop_table("customer_search")
    op.drop_index("ix_customer_notes_customer", "customer_notes")
    op.drop_table("customer_notes")
    op.drop_index("ix_customer_identities_customer", "customer_identities")
    op.drop_table("customer_identities")
    with op.batch_alter_table("customers") as batch:
        for name in reversed(_PROFILE_COLUMNS):
            batch.drop_column(name)
