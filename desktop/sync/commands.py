"""The desk's command client: real-time requests that fail at once when offline.

Beside the outbox (replayable work, queued durably), commands are for actions that only
make sense now (``protocol.commands`` has the rule). :meth:`CommandClient.call` sends a
command on the live session and waits for its ``result`` up to the command's timeout. It
never queues: with no session it raises :class:`CommandOfflineError` at once, and a
session lost while waiting fails every pending command the same way.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from pydantic import ValidationError

from protocol.commands import CommandAnswer, CommandArgs, CommandSpec
from protocol.frames import Command, CommandResult, encode

log = logging.getLogger(__name__)
A = TypeVar("A", bound=CommandAnswer)
Send = Callable[[str], Awaitable[None]]


class CommandError(Exception):
    """The server answered the command with an error: ``code`` and a sentence."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


class CommandOfflineError(CommandError):
    """Not connected (or the connection dropped while waiting): nothing was done or queued,
    or, if the command had reached the server, its answer is lost."""

    def __init__(self, message: str = "not connected to the server") -> None:
        super().__init__("offline", message)


class CommandTimeoutError(CommandError):
    """No answer within the command's timeout."""

    def __init__(self, name: str, timeout: float) -> None:
        super().__init__("timeout", f"no answer to {name} within {timeout:g} s")


class CommandClient:
    """Pending commands by id; the sync engine attaches its live socket's send function."""

    def __init__(self) -> None:
        self._ids = itertools.count(1)
        self._pending: dict[int, asyncio.Future[CommandResult]] = {}
        self._send: Send | None = None

    @property
    def online(self) -> bool:
        """Whether a command sent now would reach the server."""
        return self._send is not None

    def attach(self, send: Send) -> None:
        """A session is live: commands go out through ``send``."""
        self._send = send

    def detach(self, reason: str = "the connection to the server was lost") -> None:
        """The session ended: fail every command still waiting."""
        self._send = None
        pending, self._pending = self._pending, {}
        for future in pending.values():
            if not future.done():
                future.set_exception(CommandOfflineError(reason))

    def resolve(self, result: CommandResult) -> None:
        """A ``result`` frame arrived (unknown ids, e.g. after a timeout, are ignored)."""
        future = self._pending.pop(result.command_id, None)
        if future is not None and not future.done():
            future.set_result(result)

    async def call(self, spec: CommandSpec, args: CommandArgs, answer: type[A]) -> A:
        """Run ``spec`` with ``args`` and return its answer. Raises :class:`CommandError`
        (its subclasses for offline and timeout)."""
        send = self._send
        if send is None:
            raise CommandOfflineError
        command_id = next(self._ids)
        future: asyncio.Future[CommandResult] = asyncio.get_running_loop().create_future()
        self._pending[command_id] = future
        frame = Command(command_id=command_id, name=spec.name, args=args.model_dump(mode="json"))
        try:
            await send(encode(frame))
            result = await asyncio.wait_for(future, spec.timeout)
        except TimeoutError:
            raise CommandTimeoutError(spec.name, spec.timeout) from None
        except OSError as exc:  # the socket broke while sending
            raise CommandOfflineError(str(exc)) from None
        finally:
            self._pending.pop(command_id, None)
        if not result.ok:
            raise CommandError(result.code or "failed", result.message)
        try:
            return answer.model_validate(result.answer or {})
        except ValidationError as exc:
            raise CommandError("bad_answer", f"unexpected answer to {spec.name}: {exc}") from None
