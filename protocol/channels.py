"""The real channels' part of the protocol (issue 12): commands about outbound delivery.

A failed delivery never disappears: the message stays in the conversation marked
``failed`` with the channel's error, and an agent can send it again with
``message.retry`` (the server queues it afresh; the message's ``delivery`` goes back to
``queued`` and the usual events follow). The web chat page's own protocol is
:mod:`protocol.webchat`, never this one.
"""

from __future__ import annotations

from pydantic import Field

from protocol.command_base import CommandAnswer, CommandArgs, CommandSpec
from protocol.kinds.conversations import MessageData
from protocol.text import MAX_INT


class MessageRef(CommandArgs):
    """One message, by id."""

    message_id: int = Field(ge=1, le=MAX_INT)


class MessageAnswer(CommandAnswer):
    """The message as it stands after the command."""

    message: MessageData


RETRY_DELIVERY = CommandSpec("message.retry", MessageRef, MessageAnswer, timeout=5.0)
"""Queue a ``failed`` outbound message again; refused (``not_failed``) for any other
state and (``not_visible``) for a message of a conversation the agent cannot see."""

CHANNEL_COMMANDS = (RETRY_DELIVERY,)
