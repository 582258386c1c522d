"""Where the session token lives: the OS keyring, or this process's memory.

keyring can hang (a locked keyring waits for a password prompt) or have no backend at all
on a headless Linux, so every call runs in a worker thread with a timeout. Without a usable
keyring the token stays in memory for this session only, and ``persistent`` is False so
the desk can tell the agent they will sign in again next time. The token is never written
to a file or a log by this module.
"""

from __future__ import annotations

import asyncio
import logging

log = logging.getLogger(__name__)
SERVICE = "frontline"


class TokenStore:
    """Keeps one token per (server, username)."""

    def __init__(self, timeout: float = 3.0, *, use_keyring: bool = True) -> None:
        self.timeout = timeout
        self.use_keyring = use_keyring
        self.persistent = use_keyring
        self.problem = "" if use_keyring else "keyring disabled"
        self._memory: dict[str, str] = {}

    @staticmethod
    def _key(server_url: str, username: str) -> str:
        return f"{username}@{server_url}"

    async def _keyring(self, name: str, *args: str) -> str | None:
        import keyring
        import keyring.errors

        def call() -> str | None:
            result: str | None = getattr(keyring, name)(SERVICE, *args)
            return result

        try:
            return await asyncio.wait_for(asyncio.to_thread(call), self.timeout)
        except (keyring.errors.KeyringError, RuntimeError, OSError, TimeoutError) as exc:
            self.persistent = False
            self.problem = f"no usable keyring ({type(exc).__name__})"
            log.warning("keyring unavailable, keeping the token in memory: %s", self.problem)
            return None

    async def save(self, server_url: str, username: str, token: str) -> None:
        key = self._key(server_url, username)
        self._memory[key] = token
        if self.use_keyring and self.persistent:
            await self._keyring("set_password", key, token)

    async def load(self, server_url: str, username: str) -> str | None:
        key = self._key(server_url, username)
        if key in self._memory:
            return self._memory[key]
        if self.use_keyring and self.persistent:
            return await self._keyring("get_password", key)
        return None

    async def forget(self, server_url: str, username: str) -> None:
        key = self._key(server_url, username)
        self._memory.pop(key, None)
        if self.use_keyring and self.persistent:
            await self._keyring("delete_password", key)
