"""Who may read orders: an agent sees the orders of customers with a conversation in one
of the agent's queues, a supervisor everyone's; anyone else gets the same 404 as for a
customer or order that does not exist, so ids and numbers do not leak."""

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


def test_agents_read_orders_of_their_queues_customers_only(demo_server: ServerProcess) -> None:
    url = demo_server.url
    boss, agent = login(url, "supervisor01"), login(url, "agent01")
    mine, hidden = new_customer(url, "General"), new_customer(url, TECH)
    answer = post_json(url, boss, {"orders": [order("v-mine", mine), order("v-hidden", hidden)]})
    assert answer.status_code == 200, answer.text

    seen = customer_orders(url, agent, mine["id"])
    assert seen.status_code == 200
    assert [o["number"] for o in seen.json()["orders"]] == ["FI-v-mine"]
    assert by_number(url, agent, "FI-v-mine").json()["customer_id"] == mine["id"]

    outside = customer_orders(url, agent, hidden["id"])
    missing = customer_orders(url, agent, 99_999_999)
    assert outside.status_code == missing.status_code == 404
    assert outside.json() == missing.json()  # indistinguishable
    assert by_number(url, agent, "FI-v-hidden").status_code == 404
    assert by_number(url, agent, "FI-nope").json() == by_number(url, agent, "FI-v-hidden").json()

    assert customer_orders(url, boss, hidden["id"]).json()["orders"][0]["number"] == "FI-v-hidden"
    assert by_number(url, boss, "FI-v-hidden").status_code == 200
    assert customer_orders(url, "not-a-token", mine["id"]).status_code == 401
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
