"""``POST /api/commerce/orders/import`` against a real server: JSON and CSV, idempotent by
external id (items replaced, refunds upserted), all or nothing with every bad row named,
supervisors only, and the 8 MiB body limit."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.server.domains.commerce.orders_helpers import (
    customer_orders,
    new_customer,
    order,
    post_csv,
    post_json,
)
from tests.support.client import login
from tests.support.server_proc import ServerProcess

CSV_HEADER = (
    "external_id,number,customer_email,customer_phone,currency,total_minor,status,placed_at,"
    "carrier,tracking_code,tracking_url,item_sku,item_title,item_quantity,item_unit_minor,"
    "refund_external_id,refund_amount_minor,refund_reason,refunded_at\n"
)


def test_json_import_then_reimport_replaces_items_without_duplicates(
    demo_server: ServerProcess,
) -> None:
    url = demo_server.url
    boss = login(url, "supervisor01")
    buyer = new_customer(url)
    refund = {
        "external_id": "rf-j1",
        "amount_minor": 2990,
        "reason": "Wrong size",
        "refunded_at": "2026-11-10T09:00:00+02:00",
    }
    first = post_json(url, boss, {"orders": [order("j1", buyer, refunds=[refund])]})
    assert first.status_code == 200, first.text
    assert (first.json()["created"], first.json()["updated"], first.json()["items"]) == (1, 0, 2)
    # Again, with one item fewer, a new status and the same refund changed: updated in place.
    changed = order(
        "j1",
        buyer,
        status="partially_refunded",
        items=[{"sku": "SH-RUN-42", "title": "Trail shoes", "quantity": 2, "unit_minor": 12995}],
        total_minor=25990,
        refunds=[{**refund, "amount_minor": 3000}],
    )
    again = post_json(url, boss, {"orders": [changed]})
    assert (again.json()["created"], again.json()["updated"]) == (0, 1)
    orders = customer_orders(url, boss, buyer["id"]).json()["orders"]
    assert len(orders) == 1
    (only,) = orders
    assert only["status"] == "partially_refunded"
    assert [(i["line"], i["sku"], i["quantity"]) for i in only["items"]] == [(1, "SH-RUN-42", 2)]
    assert [(r["external_id"], r["amount_minor"]) for r in only["refunds"]] == [("rf-j1", 3000)]
    assert only["refunded_minor"] == 3000
    assert only["placed_at"] == datetime(2026, 11, 3, 10, tzinfo=UTC).timestamp()


def test_csv_rows_group_into_orders_matched_by_email_and_phone(demo_server: ServerProcess) -> None:
    url = demo_server.url
    boss = login(url, "supervisor01")
    buyer = new_customer(url)
    email, phone = buyer["email"].upper(), buyer["phone"].replace(" ", "")
    common = "EUR,15985,delivered,2026-11-01T08:00:00Z,Posti,JJ1,https://posti.fi/t/JJ1"
    text = CSV_HEADER + (
        f"c1,FI-C1,{email},,{common},SH-RUN-42,Shoes,1,12995,,,,\n"
        f'c1,FI-C1,{email},,{common},SK-MER-3P,"Socks, merino",1,2990,c1-r,2990,Socks,'
        "2026-11-05T08:00:00Z\n"
        f"c2,FI-C2,,{phone},EUR,4990,placed,2026-11-20T08:00:00Z,,,,BG-DAY-25,Daypack,1,4990,,,,\n"
    )
    first = post_csv(url, boss, text)
    assert first.status_code == 200, first.text
    assert (first.json()["created"], first.json()["items"], first.json()["refunds"]) == (2, 3, 1)
    assert post_csv(url, boss, text).json()["updated"] == 2
    orders = customer_orders(url, boss, buyer["id"]).json()["orders"]
    assert [o["number"] for o in orders] == ["FI-C2", "FI-C1"]  # newest first
    assert [i["title"] for i in orders[1]["items"]] == ["Shoes", "Socks, merino"]
    assert len(orders[1]["refunds"]) == 1


def test_bad_rows_are_all_named_and_nothing_is_written(demo_server: ServerProcess) -> None:
    url = demo_server.url
    boss = login(url, "supervisor01")
    buyer = new_customer(url)
    refund = {"external_id": "rf-b", "amount_minor": 1, "refunded_at": "2026-11-10T09:00:00Z"}
    body = {
        "orders": [
            order("b-good", buyer),
            order("b-url", buyer, tracking_url="javascript:alert(1)"),
            order(
                "b-qty", buyer, items=[{"sku": "x", "title": "x", "quantity": 0, "unit_minor": 1}]
            ),
            order("b-who", {"id": 99_999_999}),
            order("b-nobody", {"id": None}),
            order("b-cur", buyer, currency="eur"),
            order("b-huge", buyer, total_minor=10**12 + 1),
            order("b-rf", buyer, refunds=[refund, refund]),
            order("b-good", buyer),
        ]
    }
    answer = post_json(url, boss, body)
    assert answer.status_code == 422
    problems = [(p["row"], p["item"], p["reason"]) for p in answer.json()["problems"]]
    assert [(row, item) for row, item, _ in problems] == [
        (1, "b-url"),
        (2, "b-qty"),
        (3, "b-who"),
        (4, "b-nobody"),
        (5, "b-cur"),
        (6, "b-huge"),
        (7, "b-rf"),
        (8, "b-good"),
    ]
    assert "http or https" in problems[0][2]
    assert "unknown customer id 99999999" in problems[2][2]
    assert "the same refund external_id twice" in problems[6][2]
    assert "the same external_id as row 0" in problems[7][2]
    assert customer_orders(url, boss, buyer["id"]).json()["orders"] == []  # not even b-good
    # CSV: the line is named, and an order whose rows disagree is refused whole.
    text = CSV_HEADER + (
        f"x1,FI-X1,{buyer['email']},,EUR,100,paid,2026-11-01T08:00:00Z,,,,A,a,1,100,,,,\n"
        f"x1,FI-X1,{buyer['email']},,EUR,999,paid,2026-11-01T08:00:00Z,,,,B,b,1,100,,,,\n"
        f"x2,FI-X2,nobody@nowhere.example,,EUR,100,paid,2026-11-01T08:00:00Z,,,,A,a,1,100,,,,\n"
    )
    csv_answer = post_csv(url, boss, text)
    assert csv_answer.status_code == 422
    assert [(p["row"], p["item"]) for p in csv_answer.json()["problems"]] == [(3, "x1"), (4, "x2")]
    assert "no customer with that e-mail or phone" in csv_answer.json()["problems"][1]["reason"]
    assert customer_orders(url, boss, buyer["id"]).json()["orders"] == []


def test_only_supervisors_import_and_bodies_are_bounded(demo_server: ServerProcess) -> None:
    url = demo_server.url
    refused = post_json(url, login(url, "agent01"), {"orders": []})
    assert refused.status_code == 403
    assert post_json(url, "not-a-token", {"orders": []}).status_code == 401
    boss = login(url, "supervisor01")
    assert post_json(url, boss, {"orders": "no"}).status_code == 400
    assert post_csv(url, boss, "id,name\n1,x\n").status_code == 400
    too_big = post_csv(url, boss, CSV_HEADER + "x" * (8 * 1024 * 1024))
    assert too_big.status_code == 413
