"""Posting CTI events to a test server."""

from __future__ import annotations

import itertools
from typing import Any

import httpx

_calls = itertools.count(1)
_events = itertools.count(1)


def new_call_id(prefix: str) -> str:
    """A provider call id no other test uses."""
    return f"{prefix}-{next(_calls)}"


def cti(
    url: str,
    call_id: str,
    type_: str,
    at: float,
    *,
    event_id: str | None = None,
    headers: dict[str, str] | None = None,
    **fields: Any,
) -> httpx.Response:
    """``POST /api/cti/events`` for one event of the test provider's call ``call_id``."""
    body = {
        "provider": "test",
        "provider_call_id": call_id,
        "event_id": event_id or f"ev-{next(_events)}",
        "type": type_,
        "at": at,
        **fields,
    }
    return httpx.post(f"{url}/api/cti/events", json=body, headers=headers or {}, timeout=10)


def ok(response: httpx.Response) -> dict[str, Any]:
    """The call of a 200 answer (fails the test with the body otherwise)."""
    assert response.status_code == 200, response.text
    call: dict[str, Any] = response.json()["call"]
    return call
