"""Helpers for the order tests: a fresh customer in a queue, an order body, the calls."""

from __future__ import annotations

import itertools
from typing import Any

import httpx

from tests.server.helpers import auth

_serial = itertools.count(1)


def new_customer(url: str, queue: str = "General") -> dict[str, Any]:
    """A customer with a conversation in ``queue``: its id, email and phone."""
    n = next(_serial)
    email = f"buyer{n}.{id(url) % 10000}@shop-test.example"
    phone = f"+358 50 {n % 1000:03d} {id(url) % 10000:04d}"
    payload = {
        "channel": "email",
        "customer": {"ref": email, "name": f"Buyer {n}", "email": email, "phone": phone},
        "body": "Where is my order?",
        "queue": queue,
    }
    response = httpx.post(f"{url}/api/intake/messages", json=payload, timeout=10)
    response.raise_for_status()
    return {"id": response.json()["customer_id"], "email": email, "phone": phone}


def order(external_id: str, customer: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """A valid order with two items for ``customer`` (by id unless overridden)."""
    body: dict[str, Any] = {
        "external_id": external_id,
        "number": f"FI-{external_id}",
        "customer_id": customer["id"],
        "currency": "EUR",
        "total_minor": 15985,
        "status": "shipped",
        "placed_at": "2026-11-03T10:00:00Z",
        "carrier": "Posti",
        "tracking_code": "JJFI6437",
        "tracking_url": "https://www.posti.fi/fi/seuranta#/lahetys/JJFI6437",
        "items": [
            {
                "sku": "SH-RUN-42",
                "title": "Trail running shoes",
                "quantity": 1,
                "unit_minor": 12995,
            },
            {"sku": "SK-MER-3P", "title": "Merino socks", "quantity": 1, "unit_minor": 2990},
        ],
    }
    body.update(extra)
    return body


def post_json(url: str, token: str, body: object) -> httpx.Response:
    return httpx.post(
        f"{url}/api/commerce/orders/import", json=body, headers=auth(token), timeout=30
    )


def post_csv(url: str, token: str, text: str) -> httpx.Response:
    headers = {**auth(token), "Content-Type": "text/csv; charset=utf-8"}
    return httpx.post(
        f"{url}/api/commerce/orders/import",
        content=text.encode(),
        headers=headers,
        timeout=30,
    )


def customer_orders(url: str, token: str, customer_id: int, limit: int = 20) -> httpx.Response:
    return httpx.get(
        f"{url}/api/customers/{customer_id}/orders",
        params={"limit": limit},
        headers=auth(token),
        timeout=10,
    )


def by_number(url: str, token: str, number: str) -> httpx.Response:
    return httpx.get(f"{url}/api/orders/by-number/{number}", headers=auth(token), timeout=10)
