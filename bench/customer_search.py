"""Benchmark of find-customer (issue 10): 1,000,000 customers on the server, searched by
phone fragment, order number, name and e-mail prefix.

Run: ``.venv/bin/python -m bench.customer_search [customers]``. A fresh SQLite database
in a temporary folder is migrated and seeded as ``frontline server --demo`` does, then
filled directly (bulk inserts, not through HTTP) with customers in four markets (names
from the demo's name lists in Finnish, English and Chinese, an e-mail, a phone in E.164,
their identities and search terms exactly as :mod:`server.domains.customers.search_terms`
makes them) and one order each. The search function the route runs is then timed on the
server's own async engine for 300 queries of each kind taken from random customers, and
a ``frontline server`` on the same file answers 200 HTTP requests (one keep-alive client,
sign-in included once). Prints p50/p95/p99 per kind (docs/benchmarks.md).
"""

from __future__ import annotations

import asyncio
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

import server.app  # noqa: F401 - every domain's tables on the shared metadata
from server.db.engine import create_engine, run_migrations
from server.db.metadata import metadata
from server.demo.content import LANGUAGES, make_person
from server.demo.seed import seed_if_empty
from server.domains.customers.search import search
from server.domains.customers.search_terms import terms_of
from tests.support.server_proc import ServerProcess

CUSTOMERS = 1_000_000
QUERIES = 300
HTTP_REQUESTS = 200
BATCH = 20_000
MARKETS = {  # number ranges the demo's own customers do not use
    "fi": ("+35850", "FI-"),
    "en": ("+447911", "UK-"),
    "zh-Hans": ("+86138", "CN-"),
    "zh-Hant": ("+886933", "TW-"),
}


def _phone(language: str, serial: int) -> str:
    prefix, _ = MARKETS[language]
    width = 13 - len(prefix) if language != "en" else 6
    return f"{prefix}{serial % 10**width:0{width}d}"


def build(db: Path, count: int) -> list[tuple[str, str, str, str]]:
    """Bulk-insert ``count`` customers after the demo's; a sample of (name, email, phone,
    order number) to search for."""
    rng = random.Random(10)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("DROP INDEX ix_customer_search_customer")
    start_id = conn.execute("SELECT max(id) FROM customers").fetchone()[0] + 1
    order_id = (conn.execute("SELECT max(id) FROM orders").fetchone()[0] or 0) + 1
    sample: list[tuple[str, str, str, str]] = []
    now = time.time()
    for base in range(0, count, BATCH):
        customers, identities, terms, orders = [], [], [], []
        for serial in range(base, min(base + BATCH, count)):
            cid = start_id + serial
            language = LANGUAGES[serial % len(LANGUAGES)]
            person = make_person(rng, language, 1_000_000 + serial)  # not a demo e-mail
            email = person.email.lower()
            phone = _phone(language, serial)
            handles = [("email", email), ("phone", phone)]
            customers.append(
                (cid, email, person.name, email, phone, language, json.dumps(handles), now)
            )
            identities += [(cid, kind, value) for kind, value in handles]
            terms += [(t, cid, f) for t, f in terms_of(person.name, email, phone, handles)]
            number = f"{MARKETS[language][1]}{7_000_000 + serial}"
            orders.append(
                (order_id, f"bench-{serial}", number, cid, "EUR", 1000, "shipped", now, now)
            )
            order_id += 1
            if rng.random() < 0.001:
                sample.append((person.name, email, phone, number))
        conn.executemany(
            "INSERT INTO customers (id, ref, name, email, phone, language, identities, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            customers,
        )
        conn.executemany(
            "INSERT INTO customer_identities (customer_id, type, value) VALUES (?, ?, ?)",
            identities,
        )
        conn.executemany(
            "INSERT OR IGNORE INTO customer_search (term, customer_id, field) VALUES (?, ?, ?)",
            terms,
        )
        conn.executemany(
            "INSERT INTO orders (id, external_id, number, customer_id, currency, total_minor, "
            "status, placed_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            orders,
        )
        conn.commit()
    conn.execute("CREATE INDEX ix_customer_search_customer ON customer_search (customer_id)")
    conn.execute("ANALYZE")
    conn.commit()
    conn.close()
    return sample


def queries(sample: list[tuple[str, str, str, str]]) -> dict[str, list[str]]:
    """Per kind, queries an agent would type, taken from existing customers."""
    rng = random.Random(11)
    kinds: dict[str, list[str]] = {k: [] for k in ("phone fragment", "order", "name", "email")}
    for _ in range(QUERIES):
        name, email, phone, number = rng.choice(sample)
        digits = phone[1:]
        start = rng.randrange(2, len(digits) - 6)
        kinds["phone fragment"].append(digits[start : start + rng.randint(4, 7)])
        kinds["order"].append(number[: rng.randint(6, len(number))].lower())
        words = name.split()
        if len(words) == 1:  # a Chinese name: any two characters of it
            start = rng.randrange(len(name) - 1)
            kinds["name"].append(name[start : start + 2])
        else:
            word = rng.choice(words)
            kinds["name"].append(word[: rng.randint(min(3, len(word)), len(word))])
        kinds["email"].append(email[: rng.randint(6, 14)])
    return kinds


def percentiles(times: list[float]) -> str:
    ms = sorted(t * 1000 for t in times)
    cut = statistics.quantiles(ms, n=100)
    return f"p50 {statistics.median(ms):.2f} ms, p95 {cut[94]:.2f} ms, p99 {cut[98]:.2f} ms"


async def time_function(url: str, kinds: dict[str, list[str]]) -> None:
    engine = create_engine(url)
    async with engine.connect() as conn:
        for q in ("warm", "358"):
            await search(conn, q)
        for kind, texts in kinds.items():
            times, hits = [], 0
            for q in texts:
                started = time.perf_counter()
                result = await search(conn, q)
                times.append(time.perf_counter() - started)
                hits += len(result.hits)
            print(f"search() {kind:15s} {percentiles(times)}; {hits / len(texts):.1f} hits")
    await engine.dispose()


def time_http(db: Path, kinds: dict[str, list[str]]) -> None:
    server = ServerProcess(db, ["--demo"]).start()
    try:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            token = client.post(
                "/api/login", json={"username": "supervisor01", "password": "demo"}
            ).json()["token"]
            headers = {"Authorization": f"Bearer {token}"}
            mixed = [q for texts in kinds.values() for q in texts]
            random.Random(12).shuffle(mixed)
            times = []
            for q in mixed[:HTTP_REQUESTS]:
                started = time.perf_counter()
                answer = client.get("/api/customers/search", params={"q": q}, headers=headers)
                times.append(time.perf_counter() - started)
                answer.raise_for_status()
            print(f"HTTP GET /api/customers/search (mixed) {percentiles(times)}")
    finally:
        server.stop()


async def main(count: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="frontline-customers-"))
    db = folder / "bench.db"
    url = f"sqlite+aiosqlite:///{db}"
    run_migrations(url, metadata)
    engine = create_engine(url)
    await seed_if_empty(engine)
    await engine.dispose()
    started = time.perf_counter()
    sample = build(db, count)
    with sqlite3.connect(db) as conn:
        terms = conn.execute("SELECT count(*) FROM customer_search").fetchone()[0]
        total = conn.execute("SELECT count(*) FROM customers").fetchone()[0]
    size = db.stat().st_size / 1e6
    print(
        f"built {total:,} customers, {terms:,} search terms, {count:,} orders in"
        f" {time.perf_counter() - started:.0f} s ({size:.0f} MB)"
    )
    kinds = queries(sample)
    await time_function(url, kinds)
    time_http(db, kinds)


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else CUSTOMERS))
