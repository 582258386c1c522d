"""The commerce domain's tables: orders, their items and their refunds.

Amounts are integers in minor units (never floats); times are epoch seconds like every
other table. ``external_id`` is the shop's id, the key an import is idempotent by.
"""

from __future__ import annotations

import sqlalchemy as sa

from server.db.metadata import metadata

orders = sa.Table(
    "orders",
    metadata,
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
    sa.Index("ix_orders_customer_placed", "customer_id", "placed_at"),
    sa.Index("ix_orders_number", "number"),
)

order_items = sa.Table(
    "order_items",
    metadata,
    sa.Column("order_id", sa.Integer, sa.ForeignKey("orders.id"), primary_key=True),
    sa.Column("line", sa.Integer, primary_key=True),
    sa.Column("sku", sa.String(64), nullable=False),
    sa.Column("title", sa.String(200), nullable=False),
    sa.Column("quantity", sa.Integer, nullable=False),
    sa.Column("unit_minor", sa.BigInteger, nullable=False),
)

refunds = sa.Table(
    "refunds",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("order_id", sa.Integer, sa.ForeignKey("orders.id"), nullable=False),
    sa.Column("external_id", sa.String(100), nullable=False, unique=True),
    sa.Column("amount_minor", sa.BigInteger, nullable=False),
    sa.Column("reason", sa.String(200), nullable=False, server_default=""),
    sa.Column("refunded_at", sa.Float, nullable=False),
    sa.Index("ix_refunds_order", "order_id"),
)
