"""Merging duplicate customers against a real server (supervisors only): everything of
the source moves to the survivor, the source's profile answers with the survivor's,
intake and search follow, and an undo moves exactly those rows back; merging into
itself, an erased or an already merged customer is refused with a sentence."""

from __future__ import annotations

import uuid

import httpx

from tests.server.domains.commerce.orders_helpers import order, post_json
from tests.server.domains.customers.customer_helpers import (
    hit_ids,
    person,
    profile,
    sql,
    unique_phone,
)
from tests.server.helpers import auth
from tests.support.client import login
from tests.support.server_proc import ServerProcess


def merge(url: str, token: str, source: int, into: object) -> httpx.Response:
    return httpx.post(
        f"{url}/api/customers/{source}/merge",
        json={"into": into},
        headers=auth(token),
        timeout=30,
    )


def undo(url: str, token: str, merge_id: int) -> httpx.Response:
    return httpx.post(
        f"{url}/api/customers/merges/{merge_id}/undo", headers=auth(token), timeout=30
    )


def counts(server: ServerProcess, customer_id: int) -> dict[str, int]:
    tables = ("conversations", "customer_identities", "customer_notes", "orders", "callbacks")
    return {
        t: sql(server, f"SELECT count(*) FROM {t} WHERE customer_id = ?", customer_id)[0][0]
        for t in tables
    }


def test_merge_moves_everything_and_undo_moves_it_back(demo_server: ServerProcess) -> None:
    url = demo_server.url
    boss, agent = login(url, "supervisor01"), login(url, "agent01")
    tag = uuid.uuid4().hex[:8]
    phone = unique_phone()
    dup = person(url, name=f"Dup {tag}", phone=phone, ref=f"dup-{tag}")
    keep = person(url, channel="email", ref=f"keep.{tag}@example.com", queue="Billing")
    source, target = dup["customer_id"], keep["customer_id"]
    assert post_json(url, boss, {"orders": [order(f"mg-{tag}", {"id": source})]}).status_code == 200
    sql(
        demo_server,
        "INSERT INTO customer_notes (customer_id, author_id, author_name, body, created_at) "
        "VALUES (?, 1, 'Emma Wilson', 'dup note', 1)",
        source,
    )
    before = {source: counts(demo_server, source), target: counts(demo_server, target)}
    assert before[source]["orders"] == 1

    merged = merge(url, boss, source, target)
    assert merged.status_code == 200, merged.text
    result = merged.json()
    assert result["moved"]["conversations"] == 1
    assert result["moved"]["customer_identities"] == 2  # the chat handle and the phone
    assert result["moved"]["customer_notes"] == 1
    assert result["moved"]["orders"] == 1
    after = {source: counts(demo_server, source), target: counts(demo_server, target)}
    assert all(n == 0 for n in after[source].values())
    assert all(after[target][t] == before[source][t] + before[target][t] for t in after[target])

    # The source's profile is the survivor's; search and intake find the survivor.
    shown = profile(url, agent, source).json()
    assert shown["customer"]["id"] == target
    assert shown["timeline_total"] == 2
    assert [n["body"] for n in shown["notes"]] == ["dup note"]
    assert hit_ids(url, agent, phone[-6:]) == [target]
    assert person(url, ref=f"dup-{tag}", body="me again")["customer_id"] == target
    assert sql(demo_server, "SELECT merged_into FROM customers WHERE id = ?", source) == [(target,)]

    # Merging again, or into the merged one, is refused.
    assert merge(url, boss, source, target).status_code == 422
    again = merge(url, boss, target, source)
    assert again.status_code == 422
    assert "already merged" in again.json()["detail"]

    undone = undo(url, boss, result["merge_id"])
    assert undone.status_code == 200, undone.text
    assert undone.json()["undone"] is True
    restored = {source: counts(demo_server, source), target: counts(demo_server, target)}
    assert restored == before
    assert hit_ids(url, agent, phone[-6:]) == [source]
    assert profile(url, agent, source).json()["customer"]["merged_into"] is None
    twice = undo(url, boss, result["merge_id"])
    assert twice.status_code == 422
    assert "already undone" in twice.json()["detail"]
    audit = sql(
        demo_server,
        "SELECT action FROM audit_log WHERE action IN ('customer.merge', 'customer.unmerge') "
        "AND customer_id = ? ORDER BY id",
        target,
    )
    assert audit == [("customer.merge",), ("customer.unmerge",)]


def test_refusals_and_who_may_merge(demo_server: ServerProcess) -> None:
    url = demo_server.url
    boss, agent = login(url, "supervisor01"), login(url, "agent01")
    one, two = person(url)["customer_id"], person(url)["customer_id"]
    erased = person(url)["customer_id"]
    sql(demo_server, "UPDATE customers SET erased_at = 1 WHERE id = ?", erased)

    refused = merge(url, agent, one, two)
    assert refused.status_code == 403
    assert refused.json()["detail"] == "only supervisors may merge customers"
    assert undo(url, agent, 1).status_code == 403
    itself = merge(url, boss, one, one)
    assert itself.status_code == 422
    assert itself.json()["detail"] == "a customer cannot be merged into itself"
    into_erased = merge(url, boss, one, erased)
    assert into_erased.status_code == 422
    assert "was erased" in into_erased.json()["detail"]
    assert merge(url, boss, erased, one).status_code == 422
    assert merge(url, boss, one, 99_999_999).status_code == 404
    assert merge(url, boss, 99_999_999, one).status_code == 404
    assert undo(url, boss, 99_999_999).status_code == 404
    for bad in (0, -1, "x", None, 2**60):
        assert merge(url, boss, one, bad).status_code == 422, bad
    extra = httpx.post(
        f"{url}/api/customers/{one}/merge",
        json={"into": two, "also": 1},
        headers=auth(boss),
        timeout=10,
    )
    assert extra.status_code == 422
    assert counts(demo_server, one)["conversations"] == 1  # nothing moved
