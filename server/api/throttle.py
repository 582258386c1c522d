"""Sign-in throttling: failure counters per username and per client address, and a bound
on concurrent password verifications.

Two independent limits, both checked *before* any password work:

- per username (default 5 failures within 15 minutes): guessing one agent's password;
- per client address (default 20 within 15 minutes): one machine guessing many usernames.
  Higher than the username limit so colleagues behind one address (a call-centre NAT) do
  not lock each other out; a locked username never blocks another user's sign-in.

Reaching a limit locks the key for ``login_lockout`` seconds; each further lock-out of the
same key doubles (up to ``login_lockout_max``) until the key has been quiet for a whole
window. Attempts refused while locked do not count as failures (polling a lock does not
extend it). A successful sign-in clears its username's counter; the address counter only
ages out, so one valid account cannot be used to launder guesses at others.

The address is ``request.client.host``: the TCP peer, except that uvicorn (its defaults:
``proxy_headers`` on, ``forwarded_allow_ips`` 127.0.0.1) replaces it with
``X-Forwarded-For`` when the peer is 127.0.0.1. A remote client's header is ignored
(anybody can send it); a local one is trusted, which is what ``frontline cluster``'s nginx
on the same machine relies on (it overwrites the header with the real peer). A proxy on
another machine must be listed in uvicorn's ``FORWARDED_ALLOW_IPS``, else every client
behind it shares its address and the per-address limit applies to the proxy as a whole.

Memory is bounded: at most ``MAX_KEYS`` counters per kind, least recently touched dropped
first (an attacker who could fill them within a window from many addresses could make the
server forget a lock early; the per-address limit makes that need hundreds of addresses).

Password verification is argon2 (tens of ms of CPU and 64 MiB each): at most
``login_concurrency`` run at once and at most ``login_queue`` sign-ins wait for a turn, the
rest are answered "busy" at once, so a flood of wrong passwords costs bounded CPU and memory
and every other agent's sign-in waits behind at most a short queue.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass

from server.core.settings import Settings

log = logging.getLogger(__name__)

MAX_KEYS = 10_000
"""Most counters kept per kind (usernames, addresses)."""


class BusyError(Exception):
    """Too many sign-ins are already waiting for a password check."""

    retry_after = 1


class LockedError(Exception):
    """The username or the address is locked out; ``retry_after`` whole seconds."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"locked for {retry_after} s")
        self.retry_after = retry_after


@dataclass
class _Counter:
    failures: int = 0
    window_start: float = 0.0
    last_failure: float = 0.0
    locked_until: float = 0.0
    lockouts: int = 0


class FailureCounter:
    """Failures per key within a window, and exponentially growing lock-outs."""

    def __init__(
        self,
        limit: int,
        window: float,
        lockout: float,
        lockout_max: float,
        *,
        max_keys: int = MAX_KEYS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit = max(1, limit)
        self.window = window
        self.lockout = lockout
        self.lockout_max = max(lockout, lockout_max)
        self.max_keys = max_keys
        self._clock = clock
        self._counters: OrderedDict[str, _Counter] = OrderedDict()

    def retry_after(self, key: str) -> int:
        """Whole seconds until ``key`` may try again (0: not locked)."""
        counter = self._counters.get(key)
        if counter is None:
            return 0
        left = counter.locked_until - self._clock()
        return math.ceil(left) if left > 0 else 0

    def failed(self, key: str) -> int:
        """Count a failure; returns the lock-out it started in seconds (0: none)."""
        now = self._clock()
        counter = self._counters.get(key)
        if counter is None:
            counter = self._counters[key] = _Counter(window_start=now)
            while len(self._counters) > self.max_keys:
                self._counters.popitem(last=False)
        else:
            self._counters.move_to_end(key)
        if now - counter.last_failure > self.window and counter.locked_until <= now:
            counter.lockouts = 0  # quiet for a whole window: start over
        if now - counter.window_start > self.window:
            counter.failures, counter.window_start = 0, now
        counter.failures += 1
        counter.last_failure = now
        if counter.failures < self.limit:
            return 0
        duration = min(self.lockout * 2.0**counter.lockouts, self.lockout_max)
        counter.locked_until = now + duration
        counter.lockouts += 1
        counter.failures, counter.window_start = 0, now
        return math.ceil(duration)

    def clear(self, key: str) -> None:
        """Forget ``key`` (a successful sign-in)."""
        self._counters.pop(key, None)

    def __len__(self) -> int:
        return len(self._counters)


class LoginGuard:
    """Everything sign-in throttling keeps for one server instance."""

    def __init__(self, settings: Settings, clock: Callable[[], float] = time.monotonic) -> None:
        self.users = FailureCounter(
            settings.login_user_failures,
            settings.login_window,
            settings.login_lockout,
            settings.login_lockout_max,
            clock=clock,
        )
        self.addresses = FailureCounter(
            settings.login_address_failures,
            settings.login_window,
            settings.login_lockout,
            settings.login_lockout_max,
            clock=clock,
        )
        self._slots = asyncio.Semaphore(max(1, settings.login_concurrency))
        self._queue_limit = max(0, settings.login_queue)
        self._waiting = 0

    def retry_after(self, username: str, address: str) -> int:
        """Whole seconds until this sign-in may be tried (0: go ahead)."""
        return max(self.users.retry_after(username), self.addresses.retry_after(address))

    def failed(self, username: str, address: str) -> None:
        """A wrong password or unknown username from ``address``."""
        locked = self.users.failed(username)
        if locked:
            log.warning("sign-ins for username %r locked for %d s", username[:100], locked)
        locked = self.addresses.failed(address)
        if locked:
            log.warning("sign-ins from address %s locked for %d s", address, locked)

    def succeeded(self, username: str) -> None:
        """A successful sign-in: the username's counter starts over."""
        self.users.clear(username)

    @property
    def waiting(self) -> int:
        """Sign-ins waiting for a verification slot right now."""
        return self._waiting

    @contextlib.asynccontextmanager
    async def verifying(self, username: str = "", address: str = "") -> AsyncIterator[None]:
        """Hold one of the password-verification slots; raises :class:`BusyError` at once
        when ``login_queue`` sign-ins are already waiting for one, and :class:`LockedError`
        if ``username`` or ``address`` got locked while this sign-in waited for its turn."""
        if self._slots.locked():
            if self._waiting >= self._queue_limit:
                raise BusyError
            self._waiting += 1
            try:
                await self._slots.acquire()
            finally:
                self._waiting -= 1
        else:
            await self._slots.acquire()
        try:
            wait = self.retry_after(username, address)
            if wait:
                raise LockedError(wait)
            yield
        finally:
            self._slots.release()
