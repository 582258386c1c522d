"""Where the desk cache's encryption key lives: the OS keyring, or a 0600 file beside it.

The key is 32 random bytes made on the first start and kept in the OS keyring (service
``frontline``, one entry per cache file, named ``cache-key:<absolute path>``). keyring can
hang (a locked keyring waits for a password prompt) or have no backend at all on a headless
Linux, so every call runs in a worker thread with a timeout, as for session tokens
(``desktop/sync/credentials.py``). With no usable keyring the key is kept in
``<cache>.key`` (0600, see ``desktop/store/keyfile.py``), which is weaker, and
:attr:`CacheKey.in_file` tells the desk to say so.

Order: a key file, if present, is the key (so a desk that once had no keyring keeps working
when a keyring appears; the file stays); otherwise the keyring's entry; otherwise a new key,
stored in the keyring or, failing that, in the file. If the keyring cannot be reached and
an encrypted cache already exists with no key file, the key is somewhere we cannot read
now: :class:`CacheKeyUnavailableError`, and nothing is touched.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from pathlib import Path

from desktop.store.connection import is_plain
from desktop.store.keyfile import KeyFileError, new_key, parse_key, read_key_file, write_key_file

log = logging.getLogger(__name__)
SERVICE = "frontline"


class CacheKeyUnavailableError(RuntimeError):
    """The cache exists but its key (in the keyring) cannot be read now."""


@dataclass(frozen=True)
class CacheKey:
    key: bytes
    in_file: bool
    """True: kept in ``<cache>.key`` (no usable keyring); the desk says so."""
    problem: str = ""
    """Why the keyring was not used (empty if it was)."""


def keyring_entry(cache: Path) -> str:
    """The keyring user name of a cache's key: one entry per cache file."""
    return f"cache-key:{cache.resolve()}"


class _NoKeyringError(Exception):
    pass


async def _keyring(name: str, timeout: float, *args: str) -> str | None:
    import keyring
    import keyring.errors

    def call() -> str | None:
        result: str | None = getattr(keyring, name)(SERVICE, *args)
        return result

    try:
        return await asyncio.wait_for(asyncio.to_thread(call), timeout)
    except (keyring.errors.KeyringError, RuntimeError, OSError, TimeoutError) as exc:
        raise _NoKeyringError(f"no usable keyring ({type(exc).__name__})") from exc


def _encrypted_cache_exists(cache: Path) -> bool:
    return cache.exists() and cache.stat().st_size > 0 and not is_plain(cache)


async def load_cache_key(
    cache: Path, *, use_keyring: bool = True, timeout: float = 3.0
) -> CacheKey:
    """The key of the cache at ``cache``, made and stored on the first start.

    Raises :class:`CacheKeyUnavailableError` when an encrypted cache exists, the keyring
    (which would hold its key) cannot be reached and there is no key file.
    """
    try:
        in_file = await asyncio.to_thread(read_key_file, cache)
    except KeyFileError as exc:
        raise CacheKeyUnavailableError(f"{exc}: {cache.name}.key") from exc
    if in_file is not None:
        return CacheKey(in_file, in_file=True, problem="key kept in a file")
    problem = "keyring disabled"
    entry = keyring_entry(cache)
    if use_keyring:
        try:
            stored = await _keyring("get_password", timeout, entry)
        except _NoKeyringError as exc:
            problem = str(exc)
        else:
            if stored is not None:
                try:
                    return CacheKey(parse_key(stored), in_file=False)
                except KeyFileError:
                    log.error("the keyring's cache key for %s is malformed", cache.name)
                    # the cache (if any) is set aside on open: it cannot be decrypted
            key = new_key()
            try:
                await _keyring("set_password", timeout, entry, key.hex())
            except _NoKeyringError as exc:
                problem = str(exc)
            else:
                return CacheKey(key, in_file=False)
    if use_keyring and await asyncio.to_thread(_encrypted_cache_exists, cache):
        raise CacheKeyUnavailableError(
            f"the cache {cache.name} is encrypted with a key kept in the keyring,"
            f" which cannot be reached now ({problem})"
        )
    key = new_key()
    await asyncio.to_thread(write_key_file, cache, key)
    log.warning("keeping the cache key in a file beside the cache: %s", problem)
    return CacheKey(key, in_file=True, problem=problem)
