"""The delivery part's registration: the ``message.retry`` command.

Placeholder of the issue-12 contract: the handler refuses until the delivery work lands.
"""

from __future__ import annotations

from protocol.channels import RETRY_DELIVERY
from protocol.command_base import CommandAnswer, CommandArgs
from server.core.commands import CommandRefusedError
from server.core.context import ServerContext
from server.core.registry import Domain
from server.core.visibility import Viewer


async def retry(ctx: ServerContext, viewer: Viewer, args: CommandArgs) -> CommandAnswer:
    """Queue a failed delivery again."""
    del ctx, viewer, args
    raise CommandRefusedError("not_failed", "delivery is not built yet")


DOMAIN = Domain(name="delivery", commands={RETRY_DELIVERY.name: retry})
