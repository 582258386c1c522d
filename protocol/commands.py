"""Commands: real-time requests a desk makes of the server, each with a typed answer.

Two ways exist for a desk to ask the server for something, and the rule for choosing is
whether the action still makes sense later:

- **Outbox** (``mutation`` frames): replayable work an agent expects to go out whenever the
  desk is back online: replies, notes, status changes, votes. Queued durably, shown
  optimistically, applied exactly once.
- **Commands** (``command`` / ``result`` frames, this module): actions that are only
  meaningful *now* (answer this call, go on break, take this offer). Never queued: a desk
  that is offline refuses at once, and one that hears nothing within the command's timeout
  gives up and says so. The server answers each ``command_id`` once with a ``result``.

A command is declared once, here, by name with its argument and result models; the
server's domains register a handler per name and the desk's command client validates the
answer against the result model.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, Field

from protocol.channels import CHANNEL_COMMANDS
from protocol.command_base import CommandAnswer as CommandAnswer  # noqa: PLC0414 (re-export)
from protocol.command_base import CommandArgs as CommandArgs  # noqa: PLC0414 (re-export)
from protocol.command_base import CommandSpec as CommandSpec  # noqa: PLC0414 (re-export)
from protocol.kinds.calls import CallData
from protocol.kinds.presence import PresenceData, PresenceState, Reason
from protocol.kinds.routing import CallbackData, DeclineReason, Note, OfferData, WrapupCode
from protocol.text import MAX_INT
from protocol.workforce import WORKFORCE_COMMANDS

# --------------------------------------------------------------------------- session


class NoArgs(CommandArgs):
    """A command that takes nothing."""


class ServerClock(CommandAnswer):
    """The server's clock and latest seq: lets a desk measure its round trip and its clock
    skew (shift times and SLA timers are computed against the server's clock)."""

    time: float
    latest_seq: int


SERVER_CLOCK = CommandSpec("session.clock", NoArgs, ServerClock, timeout=5.0)

# -------------------------------------------------------------------------- presence


class SetPresence(CommandArgs):
    """Choose a presence state, with an optional reason code. Any state parses, so the
    server can refuse the ones only it sets (``busy``, ``acw``, ``not_responding``) with
    the code ``system_state`` rather than a bare validation error."""

    state: PresenceState
    reason: Reason = ""


class PresenceAnswer(CommandAnswer):
    """The agent's presence after the command. ``deferred`` is true when the agent is on
    a contact: the state waits in ``presence.requested`` until the contact ends."""

    presence: PresenceData
    deferred: bool = False


SET_PRESENCE = CommandSpec("presence.set", SetPresence, PresenceAnswer, timeout=5.0)

# --------------------------------------------------------------------------- routing

Id = Annotated[int, Field(ge=1, le=MAX_INT)]


class OfferRef(CommandArgs):
    """Names one of the agent's offers."""

    offer_id: Id


class DeclineOffer(CommandArgs):
    """Say no to a ringing offer, with a reason the supervisor can read."""

    offer_id: Id
    reason: DeclineReason = ""


class OfferAnswer(CommandAnswer):
    """The offer after the command (``None`` when ``routing.take_next`` found nothing)."""

    offer: OfferData | None


class TakeNext(CommandArgs):
    """Pull the oldest waiting email of the agent's queues (or of ``queue_id``)."""

    channel: Literal["email"] = "email"
    queue_id: Id | None = None


class Claim(CommandArgs):
    """Take one waiting conversation from a queue list (email only: calls and chats are
    offered, never grabbed)."""

    conversation_id: Id


class Wrapup(CommandArgs):
    """Close the work on an offer with a wrap-up code of its queue and an optional note;
    ends after-call work. ``code`` may be empty when the queue does not require one."""

    offer_id: Id
    code: WrapupCode = ""
    note: Note = ""


OFFER_ACCEPT = CommandSpec("offer.accept", OfferRef, OfferAnswer, timeout=5.0)
OFFER_DECLINE = CommandSpec("offer.decline", DeclineOffer, OfferAnswer, timeout=5.0)
TAKE_NEXT = CommandSpec("routing.take_next", TakeNext, OfferAnswer, timeout=5.0)
CLAIM = CommandSpec("routing.claim", Claim, OfferAnswer, timeout=5.0)
WRAPUP = CommandSpec("work.wrapup", Wrapup, OfferAnswer, timeout=5.0)

# ----------------------------------------------------------------------------- calls

CallAction = Literal[
    "hold",
    "resume",
    "mute",
    "unmute",
    "dtmf",
    "hangup",
    "transfer",
    "consult",
    "complete_transfer",
    "cancel_transfer",
]
"""What an agent may do to their call. ``transfer`` is blind (the agent leaves at once);
``consult`` holds the customer and rings the target first (warm), then
``complete_transfer`` hands the call over or ``cancel_transfer`` takes it back."""

DTMF_DIGITS = frozenset("0123456789*#ABCD")
MAX_DTMF = 32


def _digits(value: str) -> str:
    if any(ch not in DTMF_DIGITS for ch in value):
        raise ValueError("only 0-9, *, # and A-D are DTMF tones")
    return value


class CallControl(CommandArgs):
    """One action on the agent's call. ``digits`` for ``dtmf``; a target queue or agent
    (exactly one) for ``transfer`` and ``consult``."""

    call_id: Id
    action: CallAction
    digits: Annotated[str, Field(max_length=MAX_DTMF), AfterValidator(_digits)] = ""
    target_queue_id: Id | None = None
    target_agent_id: Id | None = None


class CallAnswer(CommandAnswer):
    """The call after the action, as the telephony side reported it."""

    call: CallData


CALL_CONTROL = CommandSpec("call.control", CallControl, CallAnswer, timeout=8.0)

# ------------------------------------------------------------------------- callbacks


class ScheduleCallback(CommandArgs):
    """Promise the customer of ``conversation_id`` a call back at ``due_at`` (UNIX
    seconds); ``prefer_me`` offers it to the promising agent first."""

    conversation_id: Id
    due_at: Annotated[float, Field(ge=0, le=32503680000.0)]
    note: Note = ""
    prefer_me: bool = True


class CallbackRef(CommandArgs):
    """Names one callback."""

    callback_id: Id


class CallbackAnswer(CommandAnswer):
    """The callback after the command."""

    callback: CallbackData


SCHEDULE_CALLBACK = CommandSpec("callback.schedule", ScheduleCallback, CallbackAnswer, timeout=5.0)
CANCEL_CALLBACK = CommandSpec("callback.cancel", CallbackRef, CallbackAnswer, timeout=5.0)

COMMANDS: dict[str, CommandSpec] = {
    spec.name: spec
    for spec in (
        SERVER_CLOCK,
        SET_PRESENCE,
        OFFER_ACCEPT,
        OFFER_DECLINE,
        TAKE_NEXT,
        CLAIM,
        WRAPUP,
        CALL_CONTROL,
        SCHEDULE_CALLBACK,
        CANCEL_CALLBACK,
        *WORKFORCE_COMMANDS,
        *CHANNEL_COMMANDS,
    )
}
"""Every command by name. Add a command: declare its spec above (in its domain's section)
and list it here; the server's domain registers its handler under the same name."""
