"""Signing in over HTTPS (httpx): username and password for an expiring bearer token."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import httpx

from protocol.rest import LoginRequest, LoginResponse

log = logging.getLogger(__name__)


class SignInError(Exception):
    """The server refused the credentials (wrong password, unknown user)."""


class ServerUnreachableError(Exception):
    """No answer from the server: it is down, or the network is."""


class TooManyAttemptsError(Exception):
    """The server throttles sign-ins (429, or 503 when it is busy checking passwords):
    ``retry_after`` is how many seconds to wait before trying again."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"too many sign-in attempts: try again in {retry_after} s")
        self.retry_after = retry_after


def _retry_after(response: httpx.Response) -> int:
    value = response.headers.get("Retry-After", "")
    return min(int(value), 86_400) if value.isdigit() else 60


@dataclass(frozen=True)
class Session:
    """A signed-in agent. ``token`` is a secret: never log it, never write it to the cache."""

    server_url: str
    token: str
    expires_at: float
    agent_id: int
    display_name: str
    role: str

    def __repr__(self) -> str:  # keeps the token out of tracebacks and logs
        return f"Session(agent_id={self.agent_id}, server_url={self.server_url!r})"

    @property
    def ws_url(self) -> str:
        base = self.server_url.rstrip("/")
        if base.startswith("https://"):
            return "wss://" + base.removeprefix("https://") + "/ws"
        return "ws://" + base.removeprefix("http://") + "/ws"


async def sign_in(server_url: str, username: str, password: str, timeout: float = 15) -> Session:
    """Exchange credentials for a session. Raises :class:`SignInError` or
    :class:`ServerUnreachableError` with a sentence a person can act on."""
    body = LoginRequest(username=username, password=password).model_dump()
    try:
        async with httpx.AsyncClient(base_url=server_url, timeout=timeout) as client:
            response = await client.post("/api/login", json=body)
    except httpx.HTTPError as exc:
        raise ServerUnreachableError(f"cannot reach {server_url}: {type(exc).__name__}") from None
    if response.status_code in (401, 403):
        raise SignInError("wrong username or password")
    if response.status_code in (429, 503):
        raise TooManyAttemptsError(_retry_after(response))
    if response.status_code != 200:
        raise ServerUnreachableError(f"the server answered {response.status_code}")
    login = LoginResponse.model_validate_json(response.content)
    return Session(
        server_url=server_url,
        token=login.token,
        expires_at=login.expires_at,
        agent_id=login.agent_id,
        display_name=login.display_name,
        role=login.role,
    )


async def logout(server_url: str, token: str, timeout: float = 3.0) -> bool:
    """Ask the server to revoke ``token`` (``POST /api/logout``); True if it did.

    Never raises: signing out must work offline too, so a server that cannot be reached,
    answers 401 (the token was already invalid) or has no logout (404) is logged and the
    desk forgets the token locally all the same."""
    try:
        async with httpx.AsyncClient(base_url=server_url, timeout=timeout) as client:
            response = await client.post(
                "/api/logout", headers={"Authorization": f"Bearer {token}"}
            )
    except httpx.HTTPError as exc:
        log.info(
            "sign-out not confirmed by the server (%s); signed out locally", type(exc).__name__
        )
        return False
    if response.status_code in (200, 204):
        return True
    log.info("sign-out: the server answered %d; signed out locally", response.status_code)
    return False
