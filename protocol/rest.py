"""Bodies of the HTTP API (sign-in, intake, reads), shared by server, desk and simulator."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from protocol.entities import Channel, ConversationData, MessageData


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LoginRequest(_Body):
    username: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=1, max_length=1000)


class LoginResponse(_Body):
    token: str
    expires_at: float
    agent_id: int
    display_name: str
    role: Literal["agent", "supervisor"]


class IntakeCustomer(_Body):
    """Who wrote. ``ref`` is the channel's stable handle (email address, phone number,
    chat visitor id): the same ref finds the same customer."""

    ref: str = Field(min_length=1, max_length=320)
    name: str = Field(min_length=1, max_length=200)
    email: str | None = None
    phone: str | None = None
    language: str = "en"


class IntakeMessage(_Body):
    """A new inbound customer message. Without ``conversation_id`` the server continues the
    customer's open conversation on that channel, or opens a new one in ``queue``."""

    channel: Channel
    customer: IntakeCustomer
    body: str = Field(min_length=1, max_length=100_000)
    subject: str = ""
    queue: str | None = Field(default=None, description="queue name; default: by channel")
    conversation_id: int | None = None


class IntakeResult(_Body):
    conversation_id: int
    message_id: int
    customer_id: int
    seq: int


class ConversationPage(_Body):
    items: list[ConversationData]
    next_cursor: str | None


class MessageList(_Body):
    items: list[MessageData]
