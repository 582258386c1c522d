"""The one thread that writes the cache.

SQLite connections are bound to the thread that made them, and SQLite allows one writer at
a time anyway, so every write goes through this thread, which owns the only read-write
connection. Callers hand it a function of the connection and await the result; the UI
thread never touches SQLite for writing and never blocks on it.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import queue
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from desktop.store.connection import as_stdlib_error, open_connection, prepare_cache
from desktop.store.keyfile import file_key
from desktop.store.schema import migrate

T = TypeVar("T")
log = logging.getLogger(__name__)

_Job = tuple[Callable[[sqlite3.Connection], object], concurrent.futures.Future[object]]


class CacheWriter:
    """Runs write jobs, in submission order, on a dedicated thread.

    The connection is opened and migrated on the thread itself; :meth:`start` waits for
    that, so a cache that cannot be opened (a newer schema, a read-only disk) fails at once
    with the real error.

    ``key`` is the cache key (see ``desktop/store/connection.py``); without one, the key in
    the file beside the cache is used (made if missing): scripts, tests and benchmarks. On
    start a plain cache is encrypted in place, and a file the key cannot decrypt is renamed
    aside (:attr:`set_aside`) before a fresh cache starts.

    Errors of the SQLCipher binding reach callers as the standard library's ``sqlite3``
    exceptions of the same name, so ``except sqlite3.Error`` holds.
    """

    def __init__(self, path: Path, key: bytes | None = None) -> None:
        self.path = path
        self._key = key
        self.set_aside: Path | None = None
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="cache-writer", daemon=True)
        self._ready: concurrent.futures.Future[None] = concurrent.futures.Future()

    def start(self) -> None:
        self._thread.start()
        self._ready.result()

    def _run(self) -> None:
        try:
            key = self._key if self._key is not None else file_key(self.path)
            self.set_aside = prepare_cache(self.path, key)
            conn = open_connection(self.path, key)
            migrate(conn)
        except BaseException as exc:  # noqa: BLE001 - start() re-raises it
            self._ready.set_exception(as_stdlib_error(exc))
            return
        self._ready.set_result(None)
        while (job := self._jobs.get()) is not None:
            func, future = job
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(func(conn))
            except BaseException as exc:  # noqa: BLE001 - the caller gets it via the future
                future.set_exception(as_stdlib_error(exc))
        conn.close()

    def submit(self, func: Callable[[sqlite3.Connection], T]) -> concurrent.futures.Future[T]:
        """Queue ``func(conn)``; the future resolves on the writer thread."""
        if not self._thread.is_alive():
            raise RuntimeError("the cache writer is not running")
        future: concurrent.futures.Future[object] = concurrent.futures.Future()
        self._jobs.put((func, future))
        return future  # type: ignore[return-value]

    async def run(self, func: Callable[[sqlite3.Connection], T]) -> T:
        """Await ``func(conn)`` run on the writer thread."""
        return await asyncio.wrap_future(self.submit(func))

    def call(self, func: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``func(conn)`` and wait: for scripts and tests, never the UI thread."""
        return self.submit(func).result()

    def stop(self) -> None:
        """Finish queued jobs, then close the connection."""
        if self._thread.is_alive():
            self._jobs.put(None)
            self._thread.join()
