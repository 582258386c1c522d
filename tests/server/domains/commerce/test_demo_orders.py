"""The demo seed's orders: every demo customer has 1-4 in their market's currency, the
statuses are spread, shipped ones carry tracking, a few are refunded; the seed is
deterministic and re-importing it creates nothing new."""

from __future__ import annotations

from collections import Counter
from types import SimpleNamespace

from server.demo.orders import demo_orders
from tests.server.domains.commerce.orders_helpers import customer_orders, post_json
from tests.support.client import login
from tests.support.server_proc import ServerProcess

CURRENCY = {"fi": "EUR", "zh-Hans": "CNY", "zh-Hant": "TWD", "en": "GBP"}


def _demo_customers(server: ServerProcess) -> list[SimpleNamespace]:
    rows = server.rows("SELECT id, language, phone FROM customers WHERE id <= 200 ORDER BY id")
    return [SimpleNamespace(id=i, language=lang, phone=phone) for i, lang, phone in rows]


def test_demo_customers_have_orders_in_their_market(demo_server: ServerProcess) -> None:
    url = demo_server.url
    boss = login(url, "supervisor01")
    customers = _demo_customers(demo_server)
    assert len(customers) == 200
    statuses: Counter[str] = Counter()
    for customer in customers[:40]:
        orders = customer_orders(url, boss, customer.id).json()["orders"]
        assert 1 <= len(orders) <= 4
        for o in orders:
            assert o["currency"] == CURRENCY[customer.language]
            assert o["total_minor"] == sum(i["unit_minor"] * i["quantity"] for i in o["items"])
            if o["status"] in ("shipped", "delivered"):
                assert o["tracking_url"].startswith("https://")
            statuses[o["status"]] += 1
    assert {"placed", "shipped", "delivered"} <= set(statuses)


def test_demo_seed_is_deterministic_and_idempotent(demo_server: ServerProcess) -> None:
    customers = _demo_customers(demo_server)
    first, second = demo_orders(customers, 1.8e9), demo_orders(customers, 1.8e9)
    assert first == second
    assert {"refunded", "partially_refunded"} <= {o.status for o in first}
    # The same orders again through the import: everything updated in place, nothing new.
    url = demo_server.url
    boss = login(url, "supervisor01")
    body = {"orders": [o.model_dump(mode="json") for o in first]}
    again = post_json(url, boss, body)
    assert again.status_code == 200, again.text[:500]
    assert (again.json()["created"], again.json()["updated"]) == (0, len(first))
