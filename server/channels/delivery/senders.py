"""What a channel gives the delivery dispatcher: a :class:`Sender` per channel name.

The dispatcher (``server.channels.delivery``) owns the state (queued, sent, delivered,
failed), the retries and the events; a sender only tries once and says how it went:
return ``"sent"`` (the channel took it) or ``"delivered"`` (the customer has it), or
raise :class:`DeliveryError` (``permanent`` skips the retries: a 5xx from the relay,
a customer without an address).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

Delivered = Literal["sent", "delivered"]


@dataclass(frozen=True)
class Outbound:
    """One outbound message to deliver (the sender reads anything else it needs, such as
    the customer's address or the thread's ids, from the database)."""

    message_id: int
    conversation_id: int
    channel: str
    body: str
    author_name: str
    author_agent_id: int | None
    attachment_ids: tuple[int, ...]
    attempt: int
    """1 on the first try."""


class DeliveryError(Exception):
    """The channel did not take the message; ``reason`` is the channel's own words."""

    def __init__(self, reason: str, *, permanent: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent


class Sender(Protocol):
    """Tries once to hand one message to its channel."""

    async def send(self, message: Outbound) -> Delivered:
        """``"sent"`` or ``"delivered"``; raises :class:`DeliveryError`."""
        ...


Senders = dict[str, Sender]
"""By channel name (``email``, ``chat``); a channel without a sender fails visibly."""
