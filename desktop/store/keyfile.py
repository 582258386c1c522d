"""The cache key kept in a file beside the cache: the fallback when no keyring is usable.

``<cache>.key`` holds the 32-byte key as 64 hex digits, mode 0600, written atomically. It
is weaker than the OS keyring (anyone who can read the user's files can read the key), which
is why the desk says so in its status bar; ``desktop/sync/cache_key.py`` decides which one
holds the key.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from desktop.store.connection import KEY_BYTES, make_private_dir


class KeyFileError(ValueError):
    """A key file exists but does not hold a key."""


def key_file(cache: Path) -> Path:
    return cache.with_name(cache.name + ".key")


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def parse_key(text: str) -> bytes:
    """The key written as hex (a key file's content or a keyring entry)."""
    try:
        key = bytes.fromhex(text.strip())
    except ValueError:
        raise KeyFileError("the cache key is not hex") from None
    if len(key) != KEY_BYTES:
        raise KeyFileError(f"the cache key has {len(key)} bytes, not {KEY_BYTES}")
    return key


def read_key_file(cache: Path) -> bytes | None:
    """The key in ``<cache>.key``, or None if there is no such file."""
    try:
        text = key_file(cache).read_text(encoding="ascii")
    except FileNotFoundError:
        return None
    return parse_key(text)


def write_key_file(cache: Path, key: bytes) -> Path:
    """Write ``key`` to ``<cache>.key`` (0600, atomically, fsynced); returns the path."""
    make_private_dir(cache.parent)
    path = key_file(cache)
    tmp = path.with_name(path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    try:
        os.write(fd, key.hex().encode("ascii") + b"\n")
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    with contextlib.suppress(OSError):
        dfd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    return path


def file_key(cache: Path) -> bytes:
    """The key in ``<cache>.key``, made (random, 0600) if there is none yet: for scripts,
    tests and benchmarks that open a cache without a keyring."""
    key = read_key_file(cache)
    if key is None:
        key = new_key()
        write_key_file(cache, key)
    return key
