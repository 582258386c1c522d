"""The work of ``POST /api/commerce/orders/import``: parse, check every row, then write.

All or nothing, like the canned import: every order is validated on its own (so the
answer names every bad one with its index or CSV line), customers are matched and
duplicates found, and only when nothing is wrong is anything written. Idempotent by the
shop's ``external_id``: a known order is updated in place (same id) and its items
replaced; refunds are upserted by their own ``external_id`` and never deleted (they are
ledger entries: a later feed that omits one does not undo money already returned).
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.rest import (
    MAX_ORDER_IMPORT,
    OrderBody,
    OrderImportProblem,
    OrderImportResult,
    epoch,
)
from protocol.text import excerpt
from server.domains.commerce import customers
from server.domains.commerce import tables as t

ORDER_COLUMNS = (
    "external_id",
    "number",
    "customer_id",
    "customer_email",
    "customer_phone",
    "currency",
    "total_minor",
    "status",
    "placed_at",
    "updated_at",
    "carrier",
    "tracking_code",
    "tracking_url",
)
ITEM_COLUMNS = ("item_sku", "item_title", "item_quantity", "item_unit_minor")
REFUND_COLUMNS = ("refund_external_id", "refund_amount_minor", "refund_reason", "refunded_at")
CSV_COLUMNS = ORDER_COLUMNS + ITEM_COLUMNS + REFUND_COLUMNS
REQUIRED_CSV_COLUMNS = ("external_id", "number", "currency", "total_minor", "status", "placed_at")
"""One CSV row per item (or per refund); the order's columns repeat on each of its rows."""
MAX_CSV_LINES = 200_000
MAX_REASONS = 3


class ImportFormatError(ValueError):
    """The body is not an import at all (bad JSON, no header): a 400, not row problems."""


@dataclass
class Parsed:
    """Orders that validated, with the row each came from, and the problems found."""

    orders: list[tuple[int, OrderBody]] = field(default_factory=list)
    problems: list[OrderImportProblem] = field(default_factory=list)


def _reasons(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors()[:MAX_REASONS]:
        loc = ".".join(str(p) for p in error["loc"])
        parts.append(f"{excerpt(loc, 60)}: {excerpt(str(error['msg']), 160)}")
    more = len(exc.errors()) - MAX_REASONS
    return "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")


def _validate(row: int, name: str, data: object, parsed: Parsed) -> None:
    try:
        parsed.orders.append((row, OrderBody.model_validate(data)))
    except ValidationError as exc:
        parsed.problems.append(OrderImportProblem(row=row, item=name, reason=_reasons(exc)))


def parse_json(raw: bytes) -> Parsed:
    """``{"orders": [...]}``; each order's row is its index."""
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise ImportFormatError("the body is not valid JSON") from None
    if not isinstance(data, dict) or not isinstance(data.get("orders"), list):
        raise ImportFormatError('a JSON import is an object {"orders": [...]}')
    if set(data) - {"orders"}:
        raise ImportFormatError('a JSON import has only the key "orders"')
    orders: list[Any] = data["orders"]
    if len(orders) > MAX_ORDER_IMPORT:
        raise ImportFormatError(f"at most {MAX_ORDER_IMPORT} orders per import")
    parsed = Parsed()
    for index, order in enumerate(orders):
        name = order.get("external_id") if isinstance(order, dict) else None
        _validate(
            index, excerpt(name if isinstance(name, str) else f"#{index}", 100), order, parsed
        )
    return parsed


def _blank(value: str | None) -> bool:
    return value is None or not value.strip()


def _add_lines(order: dict[str, Any], record: dict[str, str]) -> None:
    """The item and/or refund one CSV row carries (a refund repeated on every item row of
    its order is counted once)."""
    if not _blank(record.get("item_sku")):
        order["items"].append(
            {
                "sku": record["item_sku"],
                "title": record.get("item_title") or "",
                "quantity": record.get("item_quantity") or "",
                "unit_minor": record.get("item_unit_minor") or "",
            }
        )
    if not _blank(record.get("refund_external_id")):
        refund = {
            "external_id": record["refund_external_id"],
            "amount_minor": record.get("refund_amount_minor") or "",
            "refunded_at": record.get("refunded_at") or "",
        }
        if not _blank(record.get("refund_reason")):
            refund["reason"] = record["refund_reason"]
        if refund not in order["refunds"]:
            order["refunds"].append(refund)


def parse_csv(raw: bytes) -> Parsed:
    """One row per item (or refund); rows of one order share ``external_id`` and must
    repeat the same order columns. A problem names the order's first line."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFormatError("a CSV import is UTF-8") from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or []
    missing = [c for c in REQUIRED_CSV_COLUMNS if c not in header]
    unknown = [c for c in header if c not in CSV_COLUMNS]
    if missing or unknown:
        raise ImportFormatError(
            f"CSV header: missing {', '.join(missing) or 'nothing'}; "
            f"unknown {excerpt(', '.join(unknown), 200) or 'nothing'}"
        )
    groups: dict[str, tuple[int, dict[str, Any]]] = {}
    parsed = Parsed()
    bad_orders: set[str] = set()
    for record in reader:
        line = reader.line_num
        if line > MAX_CSV_LINES:
            raise ImportFormatError(f"at most {MAX_CSV_LINES} CSV lines per import")
        if None in record:
            parsed.problems.append(
                OrderImportProblem(row=line, item="", reason="more cells than columns")
            )
            continue
        key = (record.get("external_id") or "").strip()
        order_fields = {c: record[c] for c in ORDER_COLUMNS if not _blank(record.get(c))}
        if key not in groups:
            groups[key] = (line, {**order_fields, "items": [], "refunds": []})
        first_line, order = groups[key]
        if {c: order.get(c) for c in order_fields} != order_fields or set(order_fields) != (
            set(order) - {"items", "refunds"}
        ):
            parsed.problems.append(
                OrderImportProblem(
                    row=line,
                    item=excerpt(key, 100),
                    reason=f"order columns differ from line {first_line} of the same order",
                )
            )
            bad_orders.add(key)
            continue
        _add_lines(order, record)
    for key, (line, order) in groups.items():
        if key not in bad_orders:
            _validate(line, excerpt(key or f"line {line}", 100), order, parsed)
    return parsed


async def _check(conn: AsyncConnection, parsed: Parsed) -> dict[int, int]:
    """Customer ids per row, adding a problem for every unknown customer, repeated
    order or refund, and refund whose id belongs to another order."""
    matched = await customers.match(conn, [order for _, order in parsed.orders])
    by_row: dict[int, int] = {}
    seen_orders: dict[str, int] = {}
    seen_refunds: dict[str, str] = {}
    existing_refunds = await _refund_owners(conn, parsed)

    def problem(row: int, order: OrderBody, reason: str) -> None:
        parsed.problems.append(OrderImportProblem(row=row, item=order.external_id, reason=reason))

    for (row, order), customer_id in zip(parsed.orders, matched, strict=True):
        if customer_id is None:
            problem(row, order, customers.unknown_reason(order))
            continue
        if order.external_id in seen_orders:
            problem(row, order, f"the same external_id as row {seen_orders[order.external_id]}")
            continue
        seen_orders[order.external_id] = row
        refunded = 0
        for refund in order.refunds:
            owner = seen_refunds.setdefault(refund.external_id, order.external_id)
            owner = existing_refunds.get(refund.external_id, owner)
            if owner != order.external_id:
                problem(row, order, f"refund {refund.external_id!r} belongs to order {owner!r}")
            refunded += refund.amount_minor
        if refunded > order.total_minor:
            problem(row, order, "refunds add up to more than the order's total")
        if len({refund.external_id for refund in order.refunds}) < len(order.refunds):
            problem(row, order, "the same refund external_id twice in one order")
        by_row[row] = customer_id
    return by_row


async def _refund_owners(conn: AsyncConnection, parsed: Parsed) -> dict[str, str]:
    ids = sorted({r.external_id for _, o in parsed.orders for r in o.refunds})
    owners: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        rows = await conn.execute(
            sa.select(t.refunds.c.external_id, t.orders.c.external_id.label("order_ext"))
            .join(t.orders, t.orders.c.id == t.refunds.c.order_id)
            .where(t.refunds.c.external_id.in_(ids[start : start + 500]))
        )
        owners.update({str(r.external_id): str(r.order_ext) for r in rows})
    return owners


async def _existing(
    conn: AsyncConnection, column: sa.Column[Any], key: sa.Column[Any], wanted: list[str]
) -> dict[str, int]:
    """``column`` values already stored among ``wanted`` -> their row's ``key``."""
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        rows = await conn.execute(
            sa.select(column, key).where(column.in_(wanted[start : start + 500]))
        )
        found.update({str(r[0]): int(r[1]) for r in rows})
    return found


async def import_orders(conn: AsyncConnection, parsed: Parsed) -> OrderImportResult:
    """Check everything, then (only if nothing is wrong) upsert; the caller's transaction
    makes the writes one unit. Known ids are looked up in bulk and items and refunds are
    written in batches, so the write gate is held for one statement per order or so."""
    by_row = await _check(conn, parsed) if parsed.orders else {}
    if parsed.problems:
        parsed.problems.sort(key=lambda p: p.row)
        return OrderImportResult(problems=parsed.problems)
    result = OrderImportResult()
    o, i, r = t.orders, t.order_items, t.refunds
    known = await _existing(
        conn, o.c.external_id, o.c.id, [order.external_id for _, order in parsed.orders]
    )
    creates: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    for row, order in parsed.orders:
        values = {
            "number": order.number,
            "customer_id": by_row[row],
            "currency": order.currency,
            "total_minor": order.total_minor,
            "status": order.status,
            "placed_at": epoch(order.placed_at),
            "updated_at": epoch(order.updated_at or order.placed_at),
            "carrier": order.carrier,
            "tracking_code": order.tracking_code,
            "tracking_url": order.tracking_url,
        }
        if order.external_id in known:
            updates.append({"order_key": known[order.external_id], **values})
        else:
            creates.append({"external_id": order.external_id, **values})
    result.created, result.updated = len(creates), len(updates)
    if creates:
        # One statement for all new orders; RETURNING in parameter order gives their ids.
        inserted = await conn.execute(
            sa.insert(o).returning(o.c.id, sort_by_parameter_order=True), creates
        )
        ids = [int(x[0]) for x in inserted]
        known.update({c["external_id"]: k for c, k in zip(creates, ids, strict=True)})
    items: list[dict[str, Any]] = [
        {"order_id": known[order.external_id], "line": line, **item.model_dump()}
        for _, order in parsed.orders
        for line, item in enumerate(order.items, start=1)
    ]
    refunds: list[dict[str, Any]] = [
        {
            "external_id": refund.external_id,
            "order_id": known[order.external_id],
            "amount_minor": refund.amount_minor,
            "reason": refund.reason,
            "refunded_at": epoch(refund.refunded_at),
        }
        for _, order in parsed.orders
        for refund in order.refunds
    ]
    if updates:
        await conn.execute(
            sa.update(o).where(o.c.id == sa.bindparam("order_key")),
            updates,
        )
        replaced = [u["order_key"] for u in updates]
        for start in range(0, len(replaced), 500):
            await conn.execute(sa.delete(i).where(i.c.order_id.in_(replaced[start : start + 500])))
    if items:
        await conn.execute(sa.insert(i), items)
    result.items = len(items)
    stored = await _existing(conn, r.c.external_id, r.c.id, [x["external_id"] for x in refunds])
    new_refunds = [x for x in refunds if x["external_id"] not in stored]
    for refund in refunds:
        if refund["external_id"] in stored:
            await conn.execute(
                sa.update(r).where(r.c.id == stored[refund["external_id"]]).values(**refund)
            )
    if new_refunds:
        await conn.execute(sa.insert(r), new_refunds)
    result.refunds = len(refunds)
    return result
