"""Passwords (argon2) and session tokens (opaque, stored only as a SHA-256 hash).

The raw token exists in exactly two places: the login response and the desk's keyring. The
database keeps its hash, and nothing here ever logs it, so a leaked log or database file
does not sign anybody in.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import secrets
import time
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import Literal

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from protocol.rest import LoginResponse
from server.core import tables as t
from server.core.context import ServerContext

log = logging.getLogger(__name__)
_hasher = PasswordHasher()
# Verified against when the username is unknown, so both failures take the same time.
_DUMMY_HASH = _hasher.hash("frontline-no-such-user")


def hash_password(password: str) -> str:
    """An argon2id hash of ``password`` (slow by design: call off the event loop)."""
    return _hasher.hash(password)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def token_hash(token: str) -> str:
    """The stored form of a session token."""
    return hashlib.sha256(token.encode()).hexdigest()


class LoginFailedError(Exception):
    """Unknown user or wrong password (deliberately not told apart to the caller)."""


async def login(
    ctx: ServerContext,
    username: str,
    password: str,
    slot: Callable[[], AbstractAsyncContextManager[None]] | None = None,
) -> LoginResponse:
    """Check the password and open a session. Raises :class:`LoginFailedError`.

    ``slot`` bounds the argon2 work: the verification runs inside ``slot()`` (see
    :meth:`server.api.throttle.LoginGuard.verifying`, which may raise before any work).
    """
    agent = None
    if "\x00" not in username:  # no username has one; PostgreSQL text cannot hold it
        async with ctx.engine.connect() as conn:
            agent = (
                await conn.execute(sa.select(t.agents).where(t.agents.c.username == username))
            ).first()
    stored = agent.password_hash if agent is not None else _DUMMY_HASH
    async with slot() if slot is not None else contextlib.nullcontext():
        ok = await asyncio.to_thread(_verify, stored, password)
    if agent is None or not ok:
        log.warning("login refused for username %r", username[:100])
        raise LoginFailedError
    token = secrets.token_urlsafe(32)
    expires_at = time.time() + ctx.settings.token_ttl
    async with ctx.engine.begin() as conn:
        # Housekeeping on the rare path: forget sessions that expired a day ago or more.
        await conn.execute(
            sa.delete(t.sessions).where(t.sessions.c.expires_at < time.time() - 86400)
        )
        await conn.execute(
            sa.insert(t.sessions).values(
                token_hash=token_hash(token), agent_id=agent.id, expires_at=expires_at
            )
        )
    log.info("agent %s signed in", agent.username)
    return LoginResponse(
        token=token,
        expires_at=expires_at,
        agent_id=agent.id,
        display_name=agent.display_name,
        role=agent.role,
    )


@dataclass(frozen=True)
class TokenCheck:
    """Outcome of checking a bearer token: the agent id, or why not.

    ``expires_at`` (epoch seconds) and ``token_hash`` are set when the session exists, so a
    websocket can close itself at expiry and register with :class:`server.core.live_sessions.
    LiveSessions` to be closed when the session is revoked.
    """

    agent_id: int | None
    problem: Literal["auth_failed", "token_expired"] | None = None
    expires_at: float | None = None
    token_hash: str | None = None


async def check_token(ctx: ServerContext, token: str) -> TokenCheck:
    """Resolve a bearer token to its agent without ever logging the token."""
    hashed = token_hash(token)
    async with ctx.engine.connect() as conn:
        row = (
            await conn.execute(
                sa.select(t.sessions.c.agent_id, t.sessions.c.expires_at).where(
                    t.sessions.c.token_hash == hashed
                )
            )
        ).first()
    if row is None:
        return TokenCheck(None, "auth_failed")
    expires_at = float(row.expires_at)
    if expires_at <= time.time():
        return TokenCheck(None, "token_expired", expires_at, hashed)
    return TokenCheck(int(row.agent_id), None, expires_at, hashed)


async def revoke(ctx: ServerContext, token: str) -> bool:
    """Delete the token's session (expired or not) and close every websocket that signed in
    with it. False when no such session exists."""
    hashed = token_hash(token)
    async with ctx.engine.begin() as conn:
        agent_id = (
            await conn.execute(
                sa.select(t.sessions.c.agent_id).where(t.sessions.c.token_hash == hashed)
            )
        ).scalar()
        result = await conn.execute(sa.delete(t.sessions).where(t.sessions.c.token_hash == hashed))
    closed = ctx.live.revoke(hashed)
    if result.rowcount:
        log.info("session revoked (%d open connection(s) closed)", closed)
    if agent_id is not None:
        await ctx.agents.signed_out(ctx, int(agent_id), closing=closed)
    return bool(result.rowcount)
