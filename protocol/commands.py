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

from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict

from protocol.kinds.presence import PresenceData, PresenceState, Reason


class CommandArgs(BaseModel):
    """Base of every command's arguments."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class CommandAnswer(BaseModel):
    """Base of every command's successful answer."""

    model_config = ConfigDict(extra="forbid", frozen=True)


@dataclass(frozen=True)
class CommandSpec:
    """A command's name, what it takes, what it answers, and how long a desk waits."""

    name: str
    args: type[CommandArgs]
    answer: type[CommandAnswer]
    timeout: float = 10.0


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

COMMANDS: dict[str, CommandSpec] = {spec.name: spec for spec in (SERVER_CLOCK, SET_PRESENCE)}
"""Every command by name. Add a command: declare its spec above (in its domain's section)
and list it here; the server's domain registers its handler under the same name."""
