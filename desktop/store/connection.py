"""Opening cache connections: encrypted (SQLCipher), private on disk, WAL so readers never
block the writer.

Every connection to a desk cache is made by :func:`open_connection`, which takes the cache
key (32 raw bytes, see ``desktop/sync/cache_key.py``). The key is given to SQLCipher as a
raw 256-bit key (``PRAGMA key = "x'<64 hex>'"``), so no key derivation runs per connection:
a reader opens in well under a millisecond instead of the ~100 ms a passphrase KDF costs.

The binding is ``sqlcipher3`` (a fork of the standard library's ``sqlite3`` module linked
against SQLCipher, with the same API), so its connections are typed as
``sqlite3.Connection`` here and everywhere else; its exception classes are its own, which is
why the writer re-raises them as the standard library's (see :func:`as_stdlib_error`) and
why :data:`DATABASE_ERRORS` names both.

Files are private: the cache's directory is created 0700, and the database file is created
0600 *before* SQLite opens it, because SQLite gives the ``-wal`` and ``-shm`` files the
database file's mode. The process umask is never changed.

:func:`prepare_cache` runs once before the writer opens the file: it encrypts a plain cache
left by an older Frontline in place, and sets aside (renames, never deletes) a file that the
key cannot decrypt so that a fresh cache can start.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time
from pathlib import Path
from typing import cast

from sqlcipher3 import dbapi2 as sqlcipher

log = logging.getLogger(__name__)

PLAIN_HEADER = b"SQLite format 3\x00"
KEY_BYTES = 32
SIDE_FILES = ("-wal", "-shm", "-journal")
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher.Error)
"""Catch these around reads: readers raise the binding's own exception classes."""
CIPHER_VERSION: str = str(
    sqlcipher.connect(":memory:").execute("PRAGMA cipher_version").fetchone()[0]
)


class CacheUnreadableError(sqlite3.DatabaseError):
    """The cache file cannot be decrypted with the key given (wrong key or damaged file)."""

    def __init__(self, path: Path, detail: str = "") -> None:
        message = f"the cache cannot be decrypted with the stored key: {path}"
        super().__init__(f"{message} ({detail})" if detail else message)
        self.path = path


def key_pragma(key: bytes) -> str:
    """The SQLCipher raw-key literal for ``key``: no KDF runs when it is used."""
    if len(key) != KEY_BYTES:
        raise ValueError(f"a cache key is {KEY_BYTES} bytes, not {len(key)}")
    return f"x'{key.hex()}'"


def is_plain(path: Path) -> bool:
    """True if ``path`` is an unencrypted SQLite database (its header says so)."""
    try:
        with path.open("rb") as f:
            return f.read(len(PLAIN_HEADER)) == PLAIN_HEADER
    except FileNotFoundError:
        return False


def make_private_dir(folder: Path) -> None:
    """Create ``folder`` (and missing parents) 0700; an existing folder keeps its mode."""
    missing: list[Path] = []
    while not folder.is_dir():
        missing.append(folder)
        folder = folder.parent
    for made in reversed(missing):
        with contextlib.suppress(FileExistsError):
            made.mkdir(mode=0o700)
            # mkdir's mode is filtered by the umask: never looser than 0700, never tighter
            os.chmod(made, 0o700)


def create_private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 if it does not exist (SQLite then gives its WAL
    and SHM the same mode); an existing file is made 0600."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    os.chmod(path, 0o600)


def _raw_connect(path: Path, *, readonly: bool) -> sqlite3.Connection:
    if readonly:
        conn = sqlcipher.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None)
    else:
        conn = sqlcipher.connect(str(path), isolation_level=None)
    # A wrong key is reported by us with the file's name; SQLCipher's own stderr log of the
    # failed HMAC check adds nothing.
    conn.execute("PRAGMA cipher_log_level = NONE")
    return cast(sqlite3.Connection, conn)


def _check_key(conn: sqlite3.Connection, path: Path) -> None:
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DATABASE_ERRORS as exc:
        conn.close()
        raise CacheUnreadableError(path, str(exc)) from exc


def open_connection(path: Path, key: bytes, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection for the calling thread only (sqlite connections are thread-bound).

    The writer's connection runs in autocommit mode (``isolation_level=None``) and opens
    its transactions explicitly, so a batch of events and the cursor commit together.
    Raises :class:`CacheUnreadableError` if ``key`` does not decrypt the file.
    """
    if not readonly:
        make_private_dir(path.parent)
        create_private_file(path)
    conn = _raw_connect(path, readonly=readonly)
    conn.execute(f'PRAGMA key = "{key_pragma(key)}"')
    _check_key(conn, path)
    if not readonly:
        conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA busy_timeout=5000")
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("PRAGMA cache_size=-16000")
    return conn


def as_stdlib_error(exc: BaseException) -> BaseException:
    """The standard library's exception for one of the binding's (same class name, same
    message, same SQLite error code), so ``except sqlite3.Error`` keeps working; anything
    else unchanged."""
    if not isinstance(exc, sqlcipher.Error):
        return exc
    kind = getattr(sqlite3, type(exc).__name__, sqlite3.Error)
    if not (isinstance(kind, type) and issubclass(kind, sqlite3.Error)):
        kind = sqlite3.Error
    translated = kind(*exc.args)
    for attr in ("sqlite_errorcode", "sqlite_errorname"):
        if hasattr(exc, attr):
            setattr(translated, attr, getattr(exc, attr))
    translated.__cause__ = exc
    translated.__traceback__ = exc.__traceback__
    return translated


# -- before the writer opens the file ------------------------------------------------------


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_side_files(path: Path) -> None:
    for suffix in SIDE_FILES:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{path}{suffix}")


def encrypt_plain_cache(path: Path, key: bytes) -> None:
    """Encrypt the plain cache at ``path`` in place: export it into an encrypted copy
    (``PRAGMA user_version`` kept), fsync, rename the copy over the original atomically and
    drop the plain WAL/SHM. A crash at any point leaves either the plain or the encrypted
    file complete; a half-written copy is discarded on the next try."""
    copy = path.with_name(path.name + ".encrypting")
    copy.unlink(missing_ok=True)
    _remove_side_files(copy)
    create_private_file(copy)
    os.chmod(path, 0o600)
    plain = _raw_connect(path, readonly=False)
    try:
        # Fold the WAL into the file first, so the file alone holds every committed row and
        # no plain WAL could ever be replayed onto the encrypted file.
        plain.execute("PRAGMA busy_timeout=5000")
        plain.execute("PRAGMA journal_mode=DELETE").fetchone()
        version = int(plain.execute("PRAGMA user_version").fetchone()[0])
        plain.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(copy), key_pragma(key)))
        plain.execute("SELECT sqlcipher_export('encrypted')").fetchone()
        plain.execute(f"PRAGMA encrypted.user_version = {version}")
        plain.execute("DETACH DATABASE encrypted")
    finally:
        plain.close()
    _fsync(copy)
    os.replace(copy, path)
    _remove_side_files(path)
    _fsync(path.parent)
    log.info("encrypted the plain cache %s in place", path)


def set_aside(path: Path) -> Path:
    """Rename ``path`` (and its WAL/SHM, kept paired) to ``<stem>.unreadable-<time><suffix>``
    beside it, so nothing is deleted and a fresh cache can start; returns the new name."""
    stamp = time.strftime("%Y%m%dT%H%M%S")
    aside = path.with_name(f"{path.stem}.unreadable-{stamp}{path.suffix}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.stem}.unreadable-{stamp}-{n}{path.suffix}")
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.replace(f"{path}{suffix}", f"{aside}{suffix}")
    os.replace(path, aside)
    _fsync(path.parent)
    return aside


def prepare_cache(path: Path, key: bytes) -> Path | None:
    """Make the file at ``path`` openable with ``key`` before the writer opens it: the
    folder 0700 and the files 0600; a plain cache from an older Frontline encrypted in
    place; a file ``key`` cannot decrypt renamed aside (returned) so a fresh cache starts.
    Never deletes a cache."""
    make_private_dir(path.parent)
    if path.exists():
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.chmod(f"{path}{suffix}", 0o600)
    if is_plain(path):
        encrypt_plain_cache(path, key)
        return None
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        open_connection(path, key).close()
    except CacheUnreadableError as exc:
        aside = set_aside(path)
        log.error("%s; kept it aside as %s and starting a fresh cache", exc, aside.name)
        return aside
    return None
