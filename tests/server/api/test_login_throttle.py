"""Sign-in throttling: per-username and per-address lock-outs (429 + Retry-After) on a real
server, and the throttle's counters and argon2 slots as units."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from server.api.throttle import BusyError, FailureCounter, LockedError, LoginGuard
from server.core.settings import Settings
from tests.support.server_proc import ServerFactory, ServerProcess, make_factory
from tests.support.waiting import wait_until, wait_until_async

USER_LIMIT = 5


@pytest.fixture(scope="module")
def throttled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """A demo server with the default username limit (5 failures, 60 s lock-out) and room
    for this module's failures from 127.0.0.1 in the address limit (default 20)."""
    factory, started = make_factory(tmp_path_factory.mktemp("throttle"))
    yield factory("--login-address-failures", "100")
    for server in started:
        server.stop()


def sign_in(url: str, username: str, password: str) -> httpx.Response:
    return httpx.post(
        f"{url}/api/login", json={"username": username, "password": password}, timeout=30
    )


def lock(url: str, username: str) -> None:
    """Fail ``USER_LIMIT`` times: each is a plain 401, the last one starts the lock-out."""
    for _ in range(USER_LIMIT):
        assert sign_in(url, username, "wrong").status_code == 401


def retry_after(response: httpx.Response) -> int:
    assert response.status_code == 429, response.text
    value = response.headers["Retry-After"]
    assert value.isdigit(), value
    return int(value)


def test_sixth_wrong_password_is_429_with_retry_after(throttled: ServerProcess) -> None:
    lock(throttled.url, "agent04")
    wait = retry_after(sign_in(throttled.url, "agent04", "wrong"))
    assert 1 <= wait <= 60
    # the right password is refused too while the lock lasts, before any password check
    assert retry_after(sign_in(throttled.url, "agent04", "demo")) >= 1
    assert "sign-ins for username 'agent04' locked" in throttled.log_text()


def test_other_users_sign_in_at_once_while_one_is_locked(throttled: ServerProcess) -> None:
    lock(throttled.url, "agent05")
    assert sign_in(throttled.url, "agent05", "demo").status_code == 429
    ok = sign_in(throttled.url, "agent06", "demo")  # same address (127.0.0.1)
    assert ok.status_code == 200
    assert ok.json()["role"] == "agent"


def test_unknown_usernames_are_throttled_like_known_ones(throttled: ServerProcess) -> None:
    lock(throttled.url, "no-such-agent")
    assert retry_after(sign_in(throttled.url, "no-such-agent", "demo")) >= 1


def test_success_starts_the_username_over(throttled: ServerProcess) -> None:
    for _ in range(USER_LIMIT - 1):
        assert sign_in(throttled.url, "agent07", "wrong").status_code == 401
    assert sign_in(throttled.url, "agent07", "demo").status_code == 200
    for _ in range(USER_LIMIT - 1):
        assert sign_in(throttled.url, "agent07", "wrong").status_code == 401
    assert sign_in(throttled.url, "agent07", "demo").status_code == 200


def test_lockout_ends_after_retry_after(server_factory: ServerFactory) -> None:
    server = server_factory("--login-lockout", "3", "--login-lockout-max", "6", name="short")
    lock(server.url, "agent08")
    assert retry_after(sign_in(server.url, "agent08", "demo")) <= 3
    # poll (no fixed sleep) until the lock has passed; refused attempts do not extend it

    def signed_in() -> httpx.Response | None:
        response = sign_in(server.url, "agent08", "demo")
        return response if response.status_code == 200 else None

    ok = wait_until(
        signed_in,
        timeout=30,
        interval=0.2,
        message="the lock-out never ended",
    )
    assert ok is not None
    assert ok.json()["agent_id"] == 8


def test_address_limit_covers_many_usernames(server_factory: ServerFactory) -> None:
    server = server_factory("--login-address-failures", "4", name="address")
    for n in range(4):
        assert sign_in(server.url, f"guess{n}", "wrong").status_code == 401
    # the address is locked now: even another user's right password waits
    assert retry_after(sign_in(server.url, "agent09", "demo")) >= 1
    assert "sign-ins from address 127.0.0.1 locked" in server.log_text()


# --- units ------------------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_lockouts_grow_exponentially_up_to_the_maximum() -> None:
    clock = Clock()
    counter = FailureCounter(3, window=900, lockout=60, lockout_max=300, clock=clock)
    durations = []
    for _ in range(5):
        assert counter.failed("u") == 0
        assert counter.failed("u") == 0
        durations.append(counter.failed("u"))
        assert counter.retry_after("u") == durations[-1]
        clock.now += durations[-1]
        assert counter.retry_after("u") == 0
    assert durations == [60, 120, 240, 300, 300]
    # a whole quiet window forgets the history
    clock.now += 901
    for _ in range(2):
        counter.failed("u")
    assert counter.failed("u") == 60


def test_failures_outside_the_window_do_not_add_up() -> None:
    clock = Clock()
    counter = FailureCounter(3, window=10, lockout=60, lockout_max=60, clock=clock)
    for _ in range(10):
        assert counter.failed("u") == 0
        clock.now += 6  # two failures per window at most
        if counter.failed("u"):
            pytest.fail("locked although the failures were spread out")
        clock.now += 6


def test_retry_after_is_whole_seconds_rounded_up() -> None:
    clock = Clock()
    counter = FailureCounter(1, window=10, lockout=2.5, lockout_max=10, clock=clock)
    assert counter.failed("u") == 3
    clock.now += 0.1
    assert counter.retry_after("u") == 3
    clock.now += 2.3
    assert counter.retry_after("u") == 1


def test_clear_and_memory_bound() -> None:
    counter = FailureCounter(5, window=10, lockout=1, lockout_max=1, max_keys=100)
    for n in range(1000):
        counter.failed(f"user{n}")
    assert len(counter) == 100
    counter.failed("kept")
    counter.clear("kept")
    assert counter.retry_after("kept") == 0
    assert len(counter) == 99


def test_guard_locks_by_username_or_address(tmp_path: Path) -> None:
    clock = Clock()
    settings = Settings(db_path=tmp_path / "x.sqlite", login_user_failures=2)
    guard = LoginGuard(settings, clock=clock)
    guard.failed("a", "10.0.0.1")
    guard.failed("a", "10.0.0.1")
    assert guard.retry_after("a", "10.0.0.2") == 60
    assert guard.retry_after("b", "10.0.0.1") == 0
    guard.succeeded("b")
    assert guard.retry_after("a", "10.0.0.1") == 60  # a success of b does not unlock a


@pytest.mark.asyncio
async def test_verification_slots_and_queue_bound(tmp_path: Path) -> None:
    settings = Settings(db_path=tmp_path / "x.sqlite", login_concurrency=2, login_queue=1)
    guard = LoginGuard(settings)
    release = asyncio.Event()
    inside = 0

    async def hold() -> None:
        nonlocal inside
        async with guard.verifying():
            inside += 1
            await release.wait()

    holders = [asyncio.create_task(hold()) for _ in range(2)]
    await wait_until_async(lambda: inside == 2)
    waiter = asyncio.create_task(hold())  # the one allowed to wait
    await wait_until_async(lambda: guard.waiting == 1)
    with pytest.raises(BusyError):
        async with guard.verifying():
            pytest.fail("a fourth sign-in got a slot")
    release.set()
    await asyncio.gather(*holders, waiter)
    assert inside == 3
    assert guard.waiting == 0


@pytest.mark.asyncio
async def test_a_lock_set_while_waiting_is_honoured(tmp_path: Path) -> None:
    guard = LoginGuard(Settings(db_path=tmp_path / "x.sqlite", login_user_failures=1))
    guard.failed("a", "10.0.0.1")
    with pytest.raises(LockedError) as caught:
        async with guard.verifying("a", "10.0.0.9"):
            pytest.fail("verified a locked username")
    assert caught.value.retry_after == 60
    async with guard.verifying("b", "10.0.0.9"):
        pass
