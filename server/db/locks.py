"""The PostgreSQL advisory lock keys of one Frontline database, in one place so no two
uses ever share a key by accident. Only PostgreSQL uses them (SQLite has one process).

* :data:`WRITE` - taken first (``pg_advisory_xact_lock``) by every write transaction of
  the event log, so writes of all processes are serialised like SQLite's write gate and
  seq order is commit order (``server.core.pg_log``; docs/architecture.md says why).
* :data:`SETUP` - held (``pg_advisory_lock``) while a process migrates and seeds, so
  processes started together against an empty database do it once.
* :data:`SINGLETON_BASE` + n - the jobs exactly one process runs at a time (routing,
  delivery, listeners, expiry...; ``server.core.cluster``), held by a session lock on a
  connection of their own: a process that dies releases them with its connection.
"""

from __future__ import annotations

import zlib

WRITE = 0x46_4C_0001
SETUP = 0x46_4C_0002
SINGLETON_BASE = 0x46_4C_1000


def singleton_key(name: str) -> int:
    """The advisory lock key of singleton job ``name`` (stable across processes)."""
    return SINGLETON_BASE + zlib.crc32(name.encode()) % 0x1000
