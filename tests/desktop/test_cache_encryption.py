"""The desk cache is encrypted at rest (SQLCipher), private on disk, migrated from a plain
cache in place, and never silently dropped when it cannot be decrypted."""

from __future__ import annotations

import os
import secrets
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.store import apply
from desktop.store.cache import Cache
from desktop.store.connection import (
    PLAIN_HEADER,
    CacheUnreadableError,
    is_plain,
    open_connection,
)
from desktop.store.keyfile import key_file
from desktop.store.reader import CacheReader
from desktop.store.schema import SCHEMA_VERSION
from tests.desktop import factories as f

SECRET_NAME = "Ainoa Salaisuus-Plaintext"
UNSENT = "UNSENT-REPLY-PLAINTEXT: your refund is on its way"
REPO = Path(__file__).resolve().parents[2]


def mode(path: Path | str) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def on_disk(path: Path) -> bytes:
    """Every byte of the cache and its WAL, as someone who copies the files would see."""
    data = path.read_bytes()
    wal = Path(f"{path}-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


@pytest.fixture
def key() -> bytes:
    return secrets.token_bytes(32)


@pytest.fixture
def cache(tmp_path: Path, key: bytes) -> Iterator[Cache]:
    c = Cache(tmp_path / "private" / "cache-agent01.sqlite3", key)
    c.open()
    yield c
    c.close()


def _fill(cache: Cache) -> None:
    conv = f.conversation(1).model_copy(update={"customer_name": SECRET_NAME})
    batch = f.events(f.queue(1), conv, f.message(10, 1, body=f"{SECRET_NAME} writes"))
    cache.writer.call(lambda c: apply.apply_events(c, batch, upto=3))


def test_cache_bytes_on_disk_are_encrypted(cache: Cache, key: bytes) -> None:
    _fill(cache)
    assert not is_plain(cache.path)
    assert not cache.path.read_bytes().startswith(PLAIN_HEADER)
    assert SECRET_NAME.encode() not in on_disk(cache.path)
    reader = CacheReader(cache.path, key)
    try:
        assert reader.conversation(1) is not None
        assert reader.messages(1)[0].body == f"{SECRET_NAME} writes"
        # FTS5 is compiled into the binding (the knowledge index needs it).
        assert reader.conn.execute("SELECT count(*) FROM kb_fts").fetchone()[0] == 0
    finally:
        reader.close()


def test_cache_folder_and_files_are_private_whatever_the_umask(tmp_path: Path) -> None:
    path = tmp_path / "new" / "data" / "cache-agent01.sqlite3"
    old = os.umask(0)  # the most permissive umask: the modes must not depend on it
    try:
        c = Cache(path)  # no keyring here: the key goes to the file beside the cache
        c.open()
        _fill(c)
        reader = CacheReader(path)
        try:
            assert reader.conversation(1) is not None
            assert mode(path.parent) == 0o700
            assert mode(tmp_path / "new") == 0o700
            for name in (path, f"{path}-wal", f"{path}-shm", key_file(path)):
                assert mode(name) == 0o600, name
        finally:
            reader.close()
            c.close()
    finally:
        os.umask(old)


def test_wrong_key_is_a_clear_error_for_a_reader(cache: Cache) -> None:
    _fill(cache)
    with pytest.raises(CacheUnreadableError, match="cannot be decrypted with the stored key"):
        CacheReader(cache.path, secrets.token_bytes(32))


def test_a_cache_the_key_cannot_decrypt_is_kept_aside_not_deleted(
    tmp_path: Path, key: bytes
) -> None:
    path = tmp_path / "cache-agent01.sqlite3"
    first = Cache(path, key)
    first.open()
    _fill(first)
    first.close()
    before = path.read_bytes()

    other = Cache(path, secrets.token_bytes(32))  # e.g. the keyring lost its entry
    other.open()
    try:
        aside = other.set_aside
        assert aside is not None
        assert aside.parent == path.parent
        assert aside.name.startswith("cache-agent01.unreadable-")
        assert aside.read_bytes() == before
        fresh = other.writer.call(
            lambda c: c.execute("SELECT count(*) FROM conversations").fetchone()[0]
        )
        assert fresh == 0
    finally:
        other.close()
    # The kept file is intact: with its key it reads as before.
    old = CacheReader(aside, key)
    try:
        assert old.messages(1)[0].body == f"{SECRET_NAME} writes"
    finally:
        old.close()


def test_a_damaged_cache_is_kept_aside(tmp_path: Path, key: bytes) -> None:
    path = tmp_path / "cache-agent01.sqlite3"
    first = Cache(path, key)
    first.open()
    _fill(first)
    first.close()
    with path.open("r+b") as fh:  # scribble over the first page
        fh.seek(100)
        fh.write(b"\x00" * 200)
    again = Cache(path, key)
    again.open()
    try:
        assert again.set_aside is not None
        assert again.set_aside.exists()
    finally:
        again.close()


# A plain cache exactly as the previous build wrote it: the standard library's sqlite3, the
# old connection settings, the same schema, apply and outbox code. The process dies without
# closing, so committed rows (the unsent reply among them) are still only in the WAL.
_PLAIN_BUILDER = textwrap.dedent(
    """
    import os, sqlite3, sys, time
    import sqlite_utils
    from pathlib import Path
    from desktop.store import apply, kb_apply, outbox
    from desktop.store.schema import migrate
    from tests.desktop import factories as f

    path = Path(sys.argv[1])
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    migrate(conn)
    conv = f.conversation(1).model_copy(update={"customer_name": sys.argv[2]})
    apply.apply_events(conn, f.events(f.queue(1), conv, f.message(10, 1)), 3)
    outbox.queue_reply(conn, 1, sys.argv[3], "Agent One", internal=False)
    with sqlite_utils.Database(conn).atomic():
        kb_apply.set_favourite(conn, "refunds", True, time.time())
    sys.stdout.flush()
    os._exit(0)
    """
)


def test_a_plain_cache_is_encrypted_in_place_and_keeps_its_data(tmp_path: Path, key: bytes) -> None:
    path = tmp_path / "cache-agent01.sqlite3"
    subprocess.run(
        [sys.executable, "-c", _PLAIN_BUILDER, str(path), SECRET_NAME, UNSENT],
        check=True,
        cwd=REPO,
    )
    assert is_plain(path)
    assert Path(f"{path}-wal").stat().st_size > 0  # the reply is in the WAL only
    assert SECRET_NAME.encode() in on_disk(path)

    cache = Cache(path, key)
    cache.open()
    try:
        assert cache.set_aside is None
        assert not is_plain(path)
        raw = on_disk(path)
        assert SECRET_NAME.encode() not in raw
        assert UNSENT.encode() not in raw
        assert not Path(f"{path}.encrypting").exists()
        assert mode(path) == 0o600
        version = cache.writer.call(lambda c: c.execute("PRAGMA user_version").fetchone()[0])
        assert version == SCHEMA_VERSION
    finally:
        cache.close()
    reader = CacheReader(path, key)
    try:
        counts = reader.counts()
        assert counts["queued"] == 1
        assert counts["cursor"] == 3
        assert [m.body for m in reader.messages(1) if m.pending] == [UNSENT]
        favourites = reader.conn.execute("SELECT slug FROM favourites").fetchall()
        assert favourites == [("refunds",)]
    finally:
        reader.close()
    assert SECRET_NAME.encode() not in on_disk(path)


def test_the_writer_raises_the_standard_librarys_errors(cache: Cache) -> None:
    import sqlite3

    with pytest.raises(sqlite3.OperationalError):
        cache.writer.call(lambda c: c.execute("SELECT * FROM no_such_table"))


def test_raw_key_needs_no_kdf(cache: Cache, key: bytes) -> None:
    """The raw key form is what every connection uses (no PBKDF2 per reader open)."""
    conn = open_connection(cache.path, key, readonly=True)
    try:
        assert conn.execute("PRAGMA cipher_version").fetchone()[0]
    finally:
        conn.close()
