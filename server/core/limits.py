"""Request-size limits and short error bodies: what hostile HTTP input may cost us.

:class:`BodyLimit` is a plain ASGI middleware. A request whose ``Content-Length`` is over
its route's limit is answered 413 before a byte of the body is read; a chunked body is
counted as it streams and cut off with 413 the moment it passes the limit, so a 50 MiB
POST is never buffered. Validation errors (422) quote at most a short, escaped excerpt of
what was sent, never the input itself, so an error can never be bigger than its request
or carry a string that breaks the client that shows it.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from protocol.text import excerpt

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

KIB = 1024
MIB = 1024 * KIB
ROUTE_LIMITS: tuple[tuple[str, int], ...] = (
    ("/api/intake/", 256 * KIB),
    ("/api/kb/import", 64 * MIB),
    ("/api/canned/import", 16 * MIB),
    ("/api/commerce/orders/import", 8 * MIB),
    ("/api/workforce/schedules/import", 16 * MIB),
    ("/api/kb/assets", 2 * MIB + 64 * KIB),
    ("/api/login", 4 * KIB),
    ("/api/logout", 4 * KIB),
)
"""Longest prefix first is not needed: the prefixes do not overlap."""
DEFAULT_LIMIT = 64 * KIB
MAX_ERRORS_SHOWN = 10


def limit_for(path: str, limits: Sequence[tuple[str, int]] = ROUTE_LIMITS) -> int:
    """The body limit of a request path (the first prefix of ``limits`` that matches)."""
    for prefix, limit in limits:
        if path.startswith(prefix):
            return limit
    return DEFAULT_LIMIT


class _TooLargeError(HTTPException):
    """Raised from ``receive``: FastAPI lets an HTTPException raised while it reads the
    body through untouched, so the answer is 413, not "error parsing the body" (400)."""

    def __init__(self, limit: int) -> None:
        super().__init__(
            413, f"request body too large (limit {limit} bytes)", {"Connection": "close"}
        )


def _too_large_body(limit: int) -> bytes:
    return json.dumps({"detail": f"request body too large (limit {limit} bytes)"}).encode()


class BodyLimit:
    """Refuses HTTP bodies over their route's limit with 413, reading no more than that."""

    def __init__(self, app: ASGIApp, limits: Sequence[tuple[str, int]] = ROUTE_LIMITS) -> None:
        self.app = app
        self.limits = limits

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = limit_for(str(scope.get("path", "")), self.limits)
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            await _send_413(send, limit)
            return
        seen = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise _TooLargeError(limit)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLargeError:
            if not started:
                await _send_413(send, limit)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _send_413(send: Send, limit: int) -> None:
    body = _too_large_body(limit)
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def validation_error(_request: Request, exc: Exception) -> JSONResponse:
    """422 with where and why, and at most a short escaped excerpt of each bad value."""
    assert isinstance(exc, RequestValidationError)
    errors = []
    for error in exc.errors()[:MAX_ERRORS_SHOWN]:
        item: dict[str, object] = {
            "loc": [excerpt(part, 40) if isinstance(part, str) else part for part in error["loc"]],
            "msg": excerpt(str(error.get("msg", "")), 200),
            "type": str(error.get("type", "")),
        }
        if "input" in error and not isinstance(error["input"], dict | list):
            item["input"] = excerpt(error["input"])
        errors.append(item)
    return JSONResponse({"detail": errors}, status_code=422)


def install(app: FastAPI, settings_limits: Sequence[tuple[str, int]] = ()) -> None:
    """Put the body limit around ``app`` and its short 422 bodies in place.
    ``settings_limits`` are routes whose limit is a setting of this server (an agent's
    attachment upload: ``max_attachment_bytes``), checked before the fixed ones."""
    app.add_middleware(BodyLimit, limits=(*settings_limits, *ROUTE_LIMITS))
    app.add_exception_handler(RequestValidationError, validation_error)
