"""Benchmark of the orders import (issue 10, part 3): the demo seed, then 5,000 orders
imported new and again (an idempotent re-import only updates), and the parse and check of
the same orders as one JSON body.

Run: ``.venv/bin/python -m bench.orders_import``. A fresh SQLite database in a temporary
folder, migrated and seeded as ``frontline server --demo`` does; each figure is one run.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

import server.app  # noqa: F401 - every domain's tables on the shared metadata
from server.db.engine import create_engine, run_migrations
from server.db.metadata import metadata
from server.demo.orders import demo_orders, seed_orders_if_empty
from server.demo.seed import seed_if_empty
from server.domains.commerce import importer

NOW = 1.8e9
ORDERS = 5_000


async def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="frontline-orders-"))
    url = f"sqlite+aiosqlite:///{folder / 'bench.db'}"
    run_migrations(url, metadata)
    engine = create_engine(url)
    await seed_if_empty(engine)
    started = time.perf_counter()
    await seed_orders_if_empty(engine, NOW)
    seeded = time.perf_counter() - started
    async with engine.connect() as conn:
        count = (await conn.execute(sa.text("SELECT count(*) FROM orders"))).scalar()
        customers = list(
            await conn.execute(sa.text("SELECT id, language, phone FROM customers ORDER BY id"))
        )
    print(f"demo seed: {count} orders in {seeded * 1000:.0f} ms")
    orders = demo_orders(customers, NOW)
    many = []
    for copy in range(ORDERS // max(1, len(orders)) + 1):
        for order in orders:
            refunds = [
                r.model_copy(update={"external_id": f"{r.external_id}-{copy}"})
                for r in order.refunds
            ]
            many.append(
                order.model_copy(
                    update={"external_id": f"{order.external_id}-{copy}", "refunds": refunds}
                )
            )
    many = many[:ORDERS]
    for label in ("new", "again"):
        started = time.perf_counter()
        async with engine.begin() as conn:
            result = await importer.import_orders(
                conn, importer.Parsed(orders=list(enumerate(many)))
            )
        took = (time.perf_counter() - started) * 1000
        print(
            f"import {len(many)} orders ({label}): {took:.0f} ms,"
            f" {result.created} created, {result.updated} updated"
        )
    body = ('{"orders": [' + ",".join(o.model_dump_json() for o in many) + "]}").encode()
    started = time.perf_counter()
    parsed = importer.parse_json(body)
    took = (time.perf_counter() - started) * 1000
    print(
        f"parse and check {len(many)} JSON orders ({len(body) / 1e6:.1f} MB): {took:.0f} ms,"
        f" {len(parsed.problems)} problems"
    )
    await engine.dispose()


if __name__ == "__main__":
    asyncio.run(main())
