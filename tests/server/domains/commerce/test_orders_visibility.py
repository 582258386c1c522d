"""Who may read orders: every signed-in agent reads any customer's orders (as the
customer profile: contact centres find callers from other queues); only a customer or
an order that does not exist answers 404, and no sign-in 401."""

from __future__ import annotations

from tests.server.domains.commerce.orders_helpers import (
    by_number,
    customer_orders,
    new_customer,
    order,
    post_json,
)
from tests.server.helpers import TECH
from tests.support.client import login
from tests.support.server_proc import ServerProcess


def test_any_agent_reads_any_customers_orders(demo_server: ServerProcess) -> None:
    url = demo_server.url
    boss, agent = login(url, "supervisor01"), login(url, "agent01")
    mine, other = new_customer(url, "General"), new_customer(url, TECH)
    answer = post_json(url, boss, {"orders": [order("v-mine", mine), order("v-other", other)]})
    assert answer.status_code == 200, answer.text

    seen = customer_orders(url, agent, mine["id"])
    assert seen.status_code == 200
    assert [o["number"] for o in seen.json()["orders"]] == ["FI-v-mine"]
    assert by_number(url, agent, "FI-v-mine").json()["customer_id"] == mine["id"]

    # A customer of a queue agent01 does not work: readable all the same.
    outside = customer_orders(url, agent, other["id"])
    assert outside.status_code == 200
    assert [o["number"] for o in outside.json()["orders"]] == ["FI-v-other"]
    assert by_number(url, agent, "FI-v-other").json()["customer_id"] == other["id"]

    missing = customer_orders(url, agent, 99_999_999)
    assert missing.status_code == 404
    assert missing.json() == {"detail": "no such customer"}
    assert by_number(url, agent, "FI-nope").status_code == 404
    assert customer_orders(url, boss, other["id"]).json()["orders"][0]["number"] == "FI-v-other"
    assert customer_orders(url, "not-a-token", mine["id"]).status_code == 401
    assert by_number(url, "not-a-token", "FI-v-mine").status_code == 401
    assert customer_orders(url, boss, mine["id"], limit=0).status_code == 422
    assert customer_orders(url, boss, mine["id"], limit=101).status_code == 422
    assert by_number(url, boss, "x" * 41).status_code == 404


def test_limit_keeps_the_newest(demo_server: ServerProcess) -> None:
    url = demo_server.url
    boss = login(url, "supervisor01")
    buyer = new_customer(url)
    orders = [
        order(f"n{day}", buyer, placed_at=f"2026-10-{day:02d}T12:00:00Z") for day in (3, 9, 5)
    ]
    assert post_json(url, boss, {"orders": orders}).status_code == 200
    newest = customer_orders(url, boss, buyer["id"], limit=2).json()["orders"]
    assert [o["external_id"] for o in newest] == ["n9", "n5"]
