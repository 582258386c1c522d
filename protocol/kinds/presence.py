"""Agent presence: the state each agent is in, which routing reads and supervisors watch.

One ``presence`` entity per agent (its ``id`` is the agent's id). The agent sets the
states in :data:`SETTABLE_STATES` with the ``presence.set`` command; the server alone sets
the others (``busy`` while on a contact, ``acw`` after it, ``not_responding`` after a
missed offer). A state asked for while ``busy`` or ``acw`` waits in ``requested`` until
the contact ends; ``before_offline`` is what a reconnecting agent returns to.
"""

from __future__ import annotations

from typing import Annotated, Literal, get_args

from pydantic import AfterValidator, Field

from protocol.kinds.base import EntityBase
from protocol.text import clean_line

PresenceState = Literal[
    "available",
    "busy",
    "acw",
    "break",
    "lunch",
    "meeting",
    "training",
    "offline",
    "not_responding",
]
SettableState = Literal["available", "break", "lunch", "meeting", "training", "offline"]
"""The states an agent may choose; the others follow from work and are the server's."""

PRESENCE_STATES: tuple[str, ...] = get_args(PresenceState)
SETTABLE_STATES: tuple[str, ...] = get_args(SettableState)
ON_CONTACT_STATES: tuple[str, ...] = ("busy", "acw")
"""While in these, a chosen state is stored as ``requested`` and applied when work ends."""

MAX_REASON_CHARS = 60
"""A reason code is a label a centre defines ("Coaching", "IT problem"), not a note."""


def _reason(value: str) -> str:
    value = clean_line(value)
    if len(value) > MAX_REASON_CHARS:
        raise ValueError(f"has more than {MAX_REASON_CHARS} characters")
    return value


Reason = Annotated[str, Field(max_length=4 * MAX_REASON_CHARS), AfterValidator(_reason)]
"""A reason code: one line, control characters removed, at most 60 characters."""


class PresenceData(EntityBase):
    """One agent's presence. ``since`` is the server's time of the last change of
    ``state``; ``requested`` (with ``requested_reason``) is a state chosen while on a
    contact; ``before_offline`` is the state the connection's loss replaced."""

    kind: Literal["presence"] = "presence"
    id: int
    state: PresenceState
    reason: Reason = ""
    since: float
    requested: SettableState | None = None
    requested_reason: Reason = ""
    before_offline: PresenceState | None = None
