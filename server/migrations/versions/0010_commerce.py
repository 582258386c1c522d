"""Orders (issue 10 part 3): ``orders``, ``order_items`` and ``refunds``
(server/domains/commerce)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the three tables; ``POST /api/commerce/orders/import`` and the demo fill them."""
    op.create_table(
        "orders",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("external_id", sa.String(100), nullable=False, unique=True),
        sa.Column("number", sa.String(40), nullable=False),
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("total_minor", sa.BigInteger, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("placed_at", sa.Float, nullable=False),
        sa.Column("updated_at", sa.Float, nullable=False),
        sa.Column("carrier", sa.String(100)),
        sa.Column("tracking_code", sa.String(100)),
        sa.Column("tracking_url", sa.String(2000)),
    )
    op.create_index("ix_orders_customer_placed", "orders", ["customer_id", "placed_at"])
    op.create_index("ix_orders_number", "orders", ["number"])
    op.create_table(
        "order_items",
        sa.Column("order_id", sa.Integer, sa.ForeignKey("orders.id"), primary_key=True),
        sa.Column("line", sa.Integer, primary_key=True),
        sa.Column("sku", sa.String(64), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("quantity", sa.Integer, nullable=False),
        sa.Column("unit_minor", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "refunds",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("order_id", sa.Integer, sa.ForeignKey("orders.id"), nullable=False),
        sa.Column("external_id", sa.String(100), nullable=False, unique=True),
        sa.Column("amount_minor", sa.BigInteger, nullable=False),
        sa.Column("reason", sa.String(200), nullable=False, server_default=""),
        sa.Column("refunded_at", sa.Float, nullable=False),
    )
    op.create_index("ix_refunds_order", "refunds", ["order_id"])


def downgrade() -> None:
    """Drop the three tables."""
    op.drop_index("ix_refunds_order", "refunds")
    op.drop_table("refunds")
    op.drop_table("order_items")
    op.drop_index("ix_orders_number", "orders")
    op.drop_index("ix_orders_customer_placed", "orders")
    op.drop_table("orders")
