"""The one way the UI runs slow work.

Anything that may wait (the network, the cache writer, keyring, a child process) is a
coroutine. :meth:`Ops.run` schedules it on the asyncio loop (qasync runs that loop on the
Qt thread, so callbacks land on the UI thread without any cross-thread plumbing), keeps a
strong reference to the task until it is done (asyncio holds tasks only weakly), and
delivers the result to ``on_done`` or the exception to ``on_error``. A failure nobody
handles is logged and announced on :attr:`Ops.failed` so the window can show it; it never
disappears silently and never reaches the user as a traceback.

Blocking functions go through ``asyncio.to_thread`` inside the coroutine, e.g.
``ops.run(asyncio.to_thread(server.start), ...)``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

T = TypeVar("T")
log = logging.getLogger(__name__)


class Ops(QObject):
    """Runs coroutines for the UI and reports back on the UI thread.

    Signals:
        failed(str, str): an operation failed and no ``on_error`` handled it;
            carries what was being done and the error, both for people.
        busyChanged(bool): whether any operation is running.
    """

    failed = Signal(str, str)
    busyChanged = Signal(bool)  # noqa: N815 - Qt naming

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: set[asyncio.Task[Any]] = set()

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def run(
        self,
        work: Coroutine[Any, Any, T],
        *,
        what: str = "",
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> asyncio.Task[T]:
        """Schedule ``work``; ``what`` names it in logs and error messages."""
        task: asyncio.Task[T] = asyncio.ensure_future(work)
        was_busy = self.busy
        self._tasks.add(task)
        if not was_busy:
            self.busyChanged.emit(True)

        def finished(done: asyncio.Task[T]) -> None:
            self._tasks.discard(done)
            try:
                self._deliver(done, what, on_done, on_error)
            finally:
                if not self._tasks:
                    self.busyChanged.emit(False)

        task.add_done_callback(finished)
        return task

    def _deliver(
        self,
        task: asyncio.Task[T],
        what: str,
        on_done: Callable[[T], None] | None,
        on_error: Callable[[BaseException], None] | None,
    ) -> None:
        if task.cancelled():
            log.debug("cancelled: %s", what or task.get_name())
            return
        error = task.exception()
        if error is None:
            if on_done is not None:
                on_done(task.result())
            return
        if on_error is not None:
            log.info("%s failed: %s", what or task.get_name(), error)
            on_error(error)
            return
        log.error("%s failed", what or task.get_name(), exc_info=error)
        self.failed.emit(what, str(error) or type(error).__name__)

    async def cancel_all(self) -> None:
        """Cancel what is still running and wait for it to end (closing the window)."""
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
