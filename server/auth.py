"""Passwords (argon2) and session tokens (opaque, stored only as a SHA-256 hash).

The raw token exists in exactly two places: the login response and the desk's keyring. The
database keeps its hash, and nothing here ever logs it, so a leaked log or database file
does not sign anybody in.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import secrets
import time
from dataclasses import dataclass
from typing import Literal

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from protocol.rest import LoginResponse
from server.context import ServerContext
from server.db import tables as t

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


async def login(ctx: ServerContext, username: str, password: str) -> LoginResponse:
    """Check the password and open a session. Raises :class:`LoginFailedError`."""
    async with ctx.engine.connect() as conn:
        agent = (
            await conn.execute(sa.select(t.agents).where(t.agents.c.username == username))
        ).first()
    stored = agent.password_hash if agent is not None else _DUMMY_HASH
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
    """Outcome of checking a bearer token: the agent id, or why not."""

    agent_id: int | None
    problem: Literal["auth_failed", "token_expired"] | None = None


async def check_token(ctx: ServerContext, token: str) -> TokenCheck:
    """Resolve a bearer token to its agent without ever logging the token."""
    async with ctx.engine.connect() as conn:
        row = (
            await conn.execute(
                sa.select(t.sessions.c.agent_id, t.sessions.c.expires_at).where(
                    t.sessions.c.token_hash == token_hash(token)
                )
            )
        ).first()
    if row is None:
        return TokenCheck(None, "auth_failed")
    if row.expires_at <= time.time():
        return TokenCheck(None, "token_expired")
    return TokenCheck(int(row.agent_id))
