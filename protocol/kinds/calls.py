"""Calls: the phone call entity and the bodies of the CTI API that telephony adapters use.

A call belongs to a conversation on the phone channel (the customer's, matched by the
caller's number) and is seen by whoever sees that conversation (its queue). The CTI
bodies live beside the entity because they name the same states and limits; the API
itself is described in ``docs/cti.md``.
"""

from __future__ import annotations

import math
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from protocol.kinds.base import EntityBase
from protocol.text import MAX_REF_CHARS, QueueName, clean_line

CallDirection = Literal["inbound", "outbound"]
CallState = Literal["offered", "connected", "held", "transferring", "ended"]
"""``offered`` is ringing (at a queue or a desk); ``ended`` is terminal."""
CallEventType = Literal[
    "offered",
    "answered",
    "held",
    "resumed",
    "transfer_started",
    "transfer_completed",
    "transfer_cancelled",
    "muted",
    "unmuted",
    "dtmf",
    "ended",
]
"""``muted``, ``unmuted`` and ``dtmf`` leave the state as it is (the agent's microphone and
the tones they sent); the others move the state machine."""

MAX_PROVIDER_CHARS = 50
MAX_PROVIDER_ID_CHARS = 200
MAX_END_REASON_CHARS = 100
MAX_USERNAME_CHARS = 64
LATEST_TIME = 32503680000.0
"""Year 3000 in UNIX seconds: an event time past it is a provider's bug, not a call."""


def _line(limit: int) -> AfterValidator:
    def check(value: str) -> str:
        value = clean_line(value)
        if not value:
            raise ValueError("is empty once control characters and spaces are removed")
        if len(value) > limit:
            raise ValueError(f"has more than {limit} characters")
        return value

    return AfterValidator(check)


def _finite(value: float) -> float:
    if not math.isfinite(value):
        raise ValueError("is not a finite number of seconds")
    return value


ProviderName = Annotated[
    str, Field(min_length=1, max_length=4 * MAX_PROVIDER_CHARS), _line(MAX_PROVIDER_CHARS)
]
ProviderId = Annotated[
    str, Field(min_length=1, max_length=4 * MAX_PROVIDER_ID_CHARS), _line(MAX_PROVIDER_ID_CHARS)
]
CallerNumber = Annotated[
    str, Field(min_length=1, max_length=4 * MAX_REF_CHARS), _line(MAX_REF_CHARS)
]
"""As the provider gives it; the server stores its E.164 form when it parses."""
EndReason = Annotated[
    str, Field(min_length=1, max_length=4 * MAX_END_REASON_CHARS), _line(MAX_END_REASON_CHARS)
]
Username = Annotated[
    str, Field(min_length=1, max_length=4 * MAX_USERNAME_CHARS), _line(MAX_USERNAME_CHARS)
]
EventTime = Annotated[float, Field(ge=0, le=LATEST_TIME), AfterValidator(_finite)]
"""UNIX seconds, UTC, as the provider saw the event."""


class CallData(EntityBase):
    """One phone call and where it stands. ``state_since`` is when the current state began
    (a desk's live timer counts from it); ``talk_seconds`` excludes hold, and time spent
    transferring counts as hold (the customer waits)."""

    kind: Literal["call"] = "call"
    id: int
    conversation_id: int
    queue_id: int
    direction: CallDirection
    caller: str
    state: CallState
    provider: str
    provider_call_id: str
    agent_id: int | None = None
    offered_at: float
    connected_at: float | None = None
    ended_at: float | None = None
    state_since: float
    talk_seconds: float = 0.0
    hold_seconds: float = 0.0
    end_reason: str = ""
    muted: bool = False
    dtmf: str = ""
    """The tones the agent has sent on this call (the last 64)."""
    transfer_target: str = ""
    """While ``transferring``: where to, in words ("queue Billing", "agent Li Wei")."""


class CtiEvent(BaseModel):
    """``POST /api/cti/events``: one thing a telephony provider saw happen to a call.

    ``event_id`` is unique per call at the provider: a repeated one is answered
    ``duplicate`` and changes nothing. ``caller``, ``queue`` and ``direction`` matter on
    ``offered`` only; ``agent`` (a username) on ``answered`` and ``transfer_completed``;
    ``reason`` on ``ended``."""

    model_config = ConfigDict(extra="forbid")

    provider: ProviderName
    provider_call_id: ProviderId
    event_id: ProviderId
    type: CallEventType
    at: EventTime
    caller: CallerNumber | None = None
    queue: QueueName | None = None
    direction: CallDirection = "inbound"
    agent: Username | None = None
    reason: EndReason | None = None
    digits: Annotated[str, Field(max_length=32, pattern=r"^[0-9*#A-D]*$")] | None = None
    """On ``dtmf``: the tones sent."""
    target: EndReason | None = None
    """On ``transfer_started``: where to, in words."""


class CtiAnswer(BaseModel):
    """The call after the event; ``duplicate`` when the event id was already applied."""

    call: CallData
    duplicate: bool = False
    seq: int = 0
