"""``POST /api/login`` (throttled) and ``POST /api/logout``.

Sign-in order: refuse a locked username or address (429, ``Retry-After``) before any
password work, then verify under the bounded argon2 slots (503, ``Retry-After``, when too
many are waiting), then count the outcome. See :mod:`server.api.throttle` for the limits.
"""

from __future__ import annotations

import functools
import logging
from typing import Annotated

from fastapi import APIRouter, Header, HTTPException, Request, Response

from protocol.rest import LoginRequest, LoginResponse
from server.api.throttle import BusyError, LockedError, LoginGuard
from server.core import auth
from server.core.requests import Ctx

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api")

UNKNOWN_ADDRESS = "unknown"
"""The address key of a request whose peer address is not known (e.g. a Unix socket)."""


def login_guard(request: Request) -> LoginGuard:
    """The app's sign-in throttle (created on first use: one per server instance)."""
    guard: LoginGuard | None = getattr(request.app.state, "login_guard", None)
    if guard is None:
        guard = request.app.state.login_guard = LoginGuard(request.app.state.ctx.settings)
    return guard


def _too_many(retry_after: int) -> HTTPException:
    return HTTPException(
        429, "too many failed sign-ins: try again later", {"Retry-After": str(retry_after)}
    )


@router.post("/login")
async def login(body: LoginRequest, request: Request, ctx: Ctx) -> LoginResponse:
    """Exchange a username and password for a session token."""
    guard = login_guard(request)
    # The TCP peer, never X-Forwarded-For (anybody can send that header).
    address = request.client.host if request.client is not None else UNKNOWN_ADDRESS
    wait = guard.retry_after(body.username, address)
    if wait:
        raise _too_many(wait)
    slot = functools.partial(guard.verifying, body.username, address)
    try:
        response = await auth.login(ctx, body.username, body.password, slot=slot)
    except LockedError as exc:
        raise _too_many(exc.retry_after) from None
    except BusyError:
        raise HTTPException(
            503, "sign-in is busy: try again shortly", {"Retry-After": str(BusyError.retry_after)}
        ) from None
    except auth.LoginFailedError:
        guard.failed(body.username, address)
        raise HTTPException(401, "wrong username or password") from None
    guard.succeeded(body.username)
    return response


@router.post("/logout", status_code=204)
async def logout(ctx: Ctx, authorization: Annotated[str | None, Header()] = None) -> Response:
    """Revoke the bearer token's session and close every websocket opened with it."""
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise HTTPException(401, "missing bearer token", {"WWW-Authenticate": "Bearer"})
    if not await auth.revoke(ctx, token.strip()):
        raise HTTPException(401, "invalid token", {"WWW-Authenticate": "Bearer"})
    return Response(status_code=204)
