"""Demo orders: 1-4 realistic orders for each demo customer, in their market.

The market follows the customer: Finnish speakers buy in euros from the Finnish shop,
zh-Hans customers in yuan, zh-Hant in New Taiwan dollars, English ones in pounds (a +44
phone) or dollars. Deterministic (one seeded random per customer), written through the
very importer ``POST /api/commerce/orders/import`` uses, and idempotent on a re-seed:
order numbers and external ids depend only on the customer, so a second run updates in
place. Seeding runs while the database has no orders, also for a demo database made
before orders existed.
"""

from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from protocol.rest import OrderBody
from server.demo.seed import CUSTOMERS
from server.domains.commerce import importer
from server.domains.commerce import tables as t

log = logging.getLogger(__name__)

DAY = 86_400.0


@dataclass(frozen=True)
class Market:
    currency: str
    prefix: str
    rate: float
    """Price multiplier from the catalogue's euro prices."""
    whole: bool
    """Prices end in whole units (yuan, NT dollars) rather than .95."""
    carrier: str
    tracking: str
    """The carrier's public tracking page, ``{code}`` filled in."""
    title: int
    """Which title of the catalogue this market reads."""


MARKETS = {
    "EUR": Market(
        "EUR", "FI-", 1.0, False, "Posti", "https://www.posti.fi/fi/seuranta#/lahetys/{code}", 1
    ),
    "GBP": Market(
        "GBP",
        "UK-",
        0.86,
        False,
        "Royal Mail",
        "https://www.royalmail.com/track-your-item#/tracking-results/{code}",
        0,
    ),
    "USD": Market("USD", "US-", 1.08, False, "UPS", "https://www.ups.com/track?tracknum={code}", 0),
    "CNY": Market(
        "CNY",
        "CN-",
        7.8,
        True,
        "顺丰速运",
        "https://www.sf-express.com/chn/sc/waybill/waybill-detail/{code}",
        2,
    ),
    "TWD": Market(
        "TWD", "TW-", 35.0, True, "中華郵政", "https://trackings.post.gov.tw/?id={code}", 3
    ),
}

CATALOGUE: tuple[tuple[str, tuple[str, str, str, str], int], ...] = (
    ("SH-RUN-42", ("Trail running shoes", "Maastojuoksukengät", "越野跑鞋", "越野跑鞋"), 12995),
    ("SH-WIN-41", ("Winter boots", "Talvikengät", "冬季靴子", "冬季靴子"), 15990),
    (
        "JK-SHELL-M",
        ("Waterproof shell jacket", "Vedenpitävä kuoritakki", "防水冲锋衣", "防水衝鋒衣"),
        18900,
    ),
    ("JK-DOWN-L", ("Down jacket", "Untuvatakki", "羽绒服", "羽絨外套"), 22900),
    (
        "HP-ANC-200",
        ("Noise-cancelling headphones", "Vastamelukuulokkeet", "降噪耳机", "降噪耳機"),
        24900,
    ),
    (
        "HP-BUDS-3",
        ("Wireless earbuds", "Langattomat nappikuulokkeet", "无线耳机", "無線耳機"),
        8990,
    ),
    ("BG-DAY-25", ("Daypack 25 l", "Päiväreppu 25 l", "25 升双肩包", "25 公升後背包"), 6995),
    (
        "SK-MER-3P",
        (
            "Merino socks, 3 pairs",
            "Merinovillasukat, 3 paria",
            "美利奴羊毛袜（3 双）",
            "美麗諾羊毛襪（3 雙）",
        ),
        2995,
    ),
    ("WT-GPS-5", ("GPS sports watch", "GPS-urheilukello", "GPS 运动手表", "GPS 運動手錶"), 29900),
    (
        "BT-STEEL-1",
        ("Insulated bottle 0.75 l", "Termospullo 0,75 l", "保温瓶 0.75 升", "保溫瓶 0.75 公升"),
        3490,
    ),
)

STATUSES = ("placed", "paid", "shipped", "delivered", "delivered", "delivered", "cancelled")


def market_of(language: str, phone: str | None) -> Market:
    """The customer's shop: by language, English ones by their phone's country."""
    if language == "fi":
        return MARKETS["EUR"]
    if language == "zh-Hans":
        return MARKETS["CNY"]
    if language == "zh-Hant":
        return MARKETS["TWD"]
    return MARKETS["GBP"] if (phone or "").replace(" ", "").startswith("+44") else MARKETS["USD"]


def _price(market: Market, euro_cents: int) -> int:
    value = euro_cents * market.rate
    if market.whole:
        return (int(value // 100 // 10) * 10 + 9) * 100  # 1,009 -> 1,009.00; 868 -> 869
    return int(value // 100) * 100 + 95


def _when(at: float) -> datetime:
    return datetime.fromtimestamp(at, UTC)


def demo_orders(customers: list[Any], now: float) -> list[OrderBody]:
    """The demo orders of ``customers`` (rows with id, language, phone)."""
    orders: list[OrderBody] = []
    for customer in customers:
        rng = random.Random(f"orders-{customer.id}")  # noqa: S311 - a demo, not a secret
        market = market_of(str(customer.language), customer.phone)
        for k in range(rng.randint(1, 4)):
            number = f"{market.prefix}{100000 + int(customer.id) * 10 + k}"
            picks = rng.sample(CATALOGUE, rng.choice((1, 1, 2, 2, 3)))
            items: list[dict[str, Any]] = [
                {
                    "sku": sku,
                    "title": titles[market.title],
                    "quantity": rng.choice((1, 1, 1, 2)),
                    "unit_minor": _price(market, cents),
                }
                for sku, titles, cents in picks
            ]
            total = sum(i["unit_minor"] * i["quantity"] for i in items)
            age = rng.uniform(0.5, 90.0)
            status = (
                STATUSES[min(int(age // 4), len(STATUSES) - 1)]
                if age < 28
                else rng.choice(STATUSES[3:])
            )
            refunds: list[dict[str, Any]] = []
            roll = rng.random()
            if status == "delivered" and roll < 0.08:
                status = "refunded"
                refunds.append(
                    {
                        "external_id": f"demo-rf-{number}",
                        "amount_minor": total,
                        "reason": "Returned unused",
                        "refunded_at": _when(now - (age - 6) * DAY),
                    }
                )
            elif status == "delivered" and roll < 0.16 and len(items) > 1:
                status = "partially_refunded"
                part = items[-1]["unit_minor"] * items[-1]["quantity"]
                refunds.append(
                    {
                        "external_id": f"demo-rf-{number}",
                        "amount_minor": part,
                        "reason": "Wrong size",
                        "refunded_at": _when(now - (age - 5) * DAY),
                    }
                )
            shipped = status in ("shipped", "delivered", "refunded", "partially_refunded")
            code = f"{market.prefix[:2]}{rng.randrange(10**9, 10**10)}"
            orders.append(
                OrderBody.model_validate(
                    {
                        "external_id": f"demo-{number}",
                        "number": number,
                        "customer_id": int(customer.id),
                        "currency": market.currency,
                        "total_minor": total,
                        "status": status,
                        "placed_at": _when(now - age * DAY),
                        "updated_at": _when(now - max(age - 3, 0.1) * DAY),
                        "carrier": market.carrier if shipped else None,
                        "tracking_code": code if shipped else None,
                        "tracking_url": market.tracking.format(code=code) if shipped else None,
                        "items": items,
                        "refunds": refunds,
                    }
                )
            )
    return orders


async def seed_orders_if_empty(engine: AsyncEngine, now: float | None = None) -> bool:
    """Create the demo orders unless the database already has orders (no events: orders
    are not a synced kind yet). Only the seed's own customers (ids up to ``CUSTOMERS``)
    get orders, not the thousands a simulator may have added to an older demo database."""
    customer = sa.table("customers", sa.column("id"), sa.column("language"), sa.column("phone"))
    async with engine.begin() as conn:
        if (await conn.execute(sa.select(sa.func.count()).select_from(t.orders))).scalar():
            return False
        demo = sa.select(customer).where(customer.c.id <= CUSTOMERS).order_by(customer.c.id)
        rows = list(await conn.execute(demo))
        orders = demo_orders(rows, time.time() if now is None else now)
        parsed = importer.Parsed(orders=list(enumerate(orders)))
        result = await importer.import_orders(conn, parsed)
    log.info("seeded demo orders: %d created, %d problem(s)", result.created, len(result.problems))
    return bool(result.created)
