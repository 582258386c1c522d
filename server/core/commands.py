"""Command dispatch: a handler per command name (``protocol.commands``), typed both ways.

Domains register their handlers (:attr:`server.core.registry.Domain.commands`); the
websocket hands every ``command`` frame to :func:`run`, which validates the arguments
against the command's declared model, runs the handler with the caller's viewer, and
answers with a ``result``: the handler's answer, or an error code and a sentence (unknown
command, bad arguments, refused, failed).
"""

from __future__ import annotations

import logging

from pydantic import ValidationError

from protocol.commands import COMMANDS
from protocol.frames import Command, CommandResult
from protocol.text import excerpt
from server.core.context import ServerContext
from server.core.visibility import Viewer

log = logging.getLogger(__name__)


class CommandRefusedError(Exception):
    """A handler's way to say no (not allowed now, not found): ``code`` and a sentence."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


async def run(ctx: ServerContext, viewer: Viewer, frame: Command) -> CommandResult:
    """Answer one command frame (never raises)."""
    cid = frame.command_id
    spec = COMMANDS.get(frame.name)
    handler = ctx.registry.commands.get(frame.name)
    if spec is None or handler is None:
        message = f"unknown command {excerpt(frame.name, 64)}"
        return CommandResult(command_id=cid, ok=False, code="unknown_command", message=message)
    try:
        args = spec.args.model_validate(frame.args)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        message = f"{where}: {first['msg']}" if where else str(first["msg"])
        return CommandResult(command_id=cid, ok=False, code="bad_args", message=message)
    try:
        answer = await handler(ctx, viewer, args)
    except CommandRefusedError as exc:
        return CommandResult(command_id=cid, ok=False, code=exc.code, message=exc.message)
    except Exception:
        # A handler refuses with CommandRefusedError; anything else is a server bug. It is
        # logged with its traceback and the desk gets a result with code "internal" (the
        # agent sees "command failed"), never a closed connection.
        log.exception("command %s failed", frame.name)
        return CommandResult(command_id=cid, ok=False, code="internal", message="command failed")
    return CommandResult(command_id=cid, ok=True, answer=answer.model_dump(mode="json"))
