"""The cache key: made once, kept in the OS keyring, or in a 0600 file without one.

No real keyring runs headless here: a tiny in-memory backend stands in for one, and
keyring's own ``fail`` backend (what a headless Linux has) for none.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.errors
import pytest

from desktop.store.cache import Cache
from desktop.store.keyfile import key_file
from desktop.sync.cache_key import (
    SERVICE,
    CacheKeyUnavailableError,
    keyring_entry,
    load_cache_key,
)


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


def _no_backend() -> keyring.backend.KeyringBackend:
    """What a headless Linux has: every call raises ``NoKeyringError``."""
    return keyring.backends.fail.Keyring()  # type: ignore[no-untyped-call]


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(_no_backend())
    yield
    keyring.set_keyring(before)


@pytest.mark.asyncio
async def test_key_is_made_once_and_kept_in_the_keyring(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    cache = tmp_path / "cache-agent01.sqlite3"
    first = await load_cache_key(cache)
    assert not first.in_file
    assert len(first.key) == 32
    assert not key_file(cache).exists()
    assert memory_keyring.entries == {(SERVICE, keyring_entry(cache)): first.key.hex()}
    again = await load_cache_key(cache)
    assert again.key == first.key
    other = await load_cache_key(tmp_path / "cache-agent02.sqlite3")
    assert other.key != first.key  # one entry per cache file


@pytest.mark.asyncio
async def test_without_a_keyring_the_key_is_a_private_file(
    tmp_path: Path, no_keyring: None
) -> None:
    cache = tmp_path / "cache-agent01.sqlite3"
    found = await load_cache_key(cache)
    assert found.in_file
    assert "no usable keyring" in found.problem
    assert stat.S_IMODE(os.stat(key_file(cache)).st_mode) == 0o600
    assert key_file(cache).read_text().strip() == found.key.hex()
    c = Cache(cache, found.key)
    c.open()
    c.close()
    assert (await load_cache_key(cache)).key == found.key


@pytest.mark.asyncio
async def test_a_key_file_stays_the_key_when_a_keyring_appears(tmp_path: Path) -> None:
    cache = tmp_path / "cache-agent01.sqlite3"
    before = keyring.get_keyring()
    keyring.set_keyring(_no_backend())
    try:
        made = await load_cache_key(cache)
    finally:
        keyring.set_keyring(before)
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        later = await load_cache_key(cache)
    finally:
        keyring.set_keyring(before)
    assert later.key == made.key
    assert later.in_file
    assert backend.entries == {}


@pytest.mark.asyncio
async def test_an_encrypted_cache_whose_keyring_is_unreachable_is_left_alone(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    cache = tmp_path / "cache-agent01.sqlite3"
    found = await load_cache_key(cache)
    c = Cache(cache, found.key)
    c.open()
    c.close()
    before = cache.read_bytes()
    keyring.set_keyring(_no_backend())  # e.g. the session bus is down
    with pytest.raises(CacheKeyUnavailableError, match="cannot be reached now"):
        await load_cache_key(cache)
    assert not key_file(cache).exists()
    assert cache.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == [cache.name]


@pytest.mark.asyncio
async def test_a_locked_keyring_means_a_key_file(tmp_path: Path) -> None:
    class Stuck(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            raise keyring.errors.KeyringLocked("locked")

    before = keyring.get_keyring()
    keyring.set_keyring(Stuck())
    try:
        found = await load_cache_key(tmp_path / "cache-agent01.sqlite3", timeout=1.0)
    finally:
        keyring.set_keyring(before)
    assert found.in_file
    assert "KeyringLocked" in found.problem
