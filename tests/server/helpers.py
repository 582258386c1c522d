"""Small helpers shared by the server tests."""

from __future__ import annotations

import itertools
from typing import Any

import httpx

_counter = itertools.count(1)

# Demo memberships: agent01 works General, Billing and Delivery, never Technical Support.
TECH = "Technical Support"


def intake(
    url: str,
    *,
    queue: str = "General",
    ref: str | None = None,
    body: str = "Hello, I need help with my order.",
    channel: str = "chat",
    headers: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Post one inbound message and return the intake result (raises on HTTP errors)."""
    ref = ref or f"visitor-{next(_counter)}-{id(url)}"
    payload = {
        "channel": channel,
        "customer": {"ref": ref, "name": f"Test Customer {ref}", "language": "en"},
        "body": body,
        "queue": queue,
    }
    response = httpx.post(
        f"{url}/api/intake/messages", json=payload, headers=headers or {}, timeout=10
    )
    response.raise_for_status()
    result: dict[str, Any] = response.json()
    return result


def auth(token: str) -> dict[str, str]:
    """The bearer header for ``token``."""
    return {"Authorization": f"Bearer {token}"}


def health(url: str) -> dict[str, Any]:
    """``GET /api/health``."""
    body: dict[str, Any] = httpx.get(f"{url}/api/health", timeout=10).json()
    return body


def get(url: str, path: str, token: str, **params: Any) -> httpx.Response:
    """An authenticated ``GET``."""
    return httpx.get(f"{url}{path}", headers=auth(token), params=params, timeout=10)


def post(url: str, path: str, body: dict[str, Any]) -> httpx.Response:
    """A ``POST`` of a JSON body."""
    return httpx.post(f"{url}{path}", json=body, timeout=10)


def latest_seq(url: str) -> int:
    """The server's latest seq from ``/api/health``."""
    return int(httpx.get(f"{url}/api/health", timeout=10).json()["latest_seq"])
