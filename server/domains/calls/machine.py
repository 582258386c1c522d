"""The provider-neutral call state machine: a table and two pure functions, no I/O.

Every telephony provider reports calls differently; the server keeps one model of where a
call stands and which provider events may move it::

    offered --answered--> connected --held--> held --resumed--> connected
    connected|held --transfer_started--> transferring --transfer_completed--> connected
    transferring --transfer_cancelled--> connected         (a consult the agent took back)
    connected|held|transferring --muted|unmuted|dtmf--> (same state)
    offered|connected|held|transferring --ended--> ended      (terminal)

``offered`` is a call ringing (at a queue or a desk); a call is created by its ``offered``
event, which is legal at no other time. ``ended`` is never left: any event after it is
refused, so a late or replayed event can never bring a finished call back. Refusals carry
the state and the event so the adapter's log says exactly what it sent out of order.

Time: talk time is time spent ``connected``; hold time is time ``held`` or
``transferring`` (the customer waits while the agent consults or the transfer rings).
Provider clocks may disagree between events, so an event dated before the current state
began counts as happening at that moment: time never runs backwards and no duration is
negative.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import get_args

from protocol.kinds.calls import CallEventType, CallState

CALL_STATES: tuple[CallState, ...] = get_args(CallState)
CALL_EVENT_TYPES: tuple[CallEventType, ...] = get_args(CallEventType)
TERMINAL: frozenset[CallState] = frozenset({"ended"})
ON_HOLD: frozenset[CallState] = frozenset({"held", "transferring"})

TRANSITIONS: Mapping[tuple[CallState, CallEventType], CallState] = {
    ("offered", "answered"): "connected",
    ("offered", "ended"): "ended",
    ("connected", "held"): "held",
    ("connected", "transfer_started"): "transferring",
    ("connected", "ended"): "ended",
    ("held", "resumed"): "connected",
    ("held", "transfer_started"): "transferring",
    ("held", "ended"): "ended",
    ("transferring", "transfer_completed"): "connected",
    ("transferring", "transfer_cancelled"): "connected",
    **{
        (state, side): state
        for state in ("connected", "held", "transferring")
        for side in ("muted", "unmuted", "dtmf")
    },
    ("transferring", "ended"): "ended",
}
"""Every legal move of an existing call; any (state, event) pair not here is refused."""

SIDE_EVENTS: frozenset[CallEventType] = frozenset({"muted", "unmuted", "dtmf"})
"""Events that leave the state and its clock as they are (the microphone, tones sent)."""


class IllegalTransitionError(Exception):
    """``event`` cannot happen to a call in ``state``; ``allowed`` lists what can."""

    def __init__(self, state: CallState, event: CallEventType) -> None:
        self.state = state
        self.event = event
        self.allowed = tuple(e for (s, e) in TRANSITIONS if s == state)
        if state in TERMINAL:
            why = f"the call has {state} and an ended call is never changed"
        else:
            why = f"a call that is {state} accepts only: {', '.join(self.allowed)}"
        super().__init__(f"{event} is not possible now: {why}")


def next_state(state: CallState, event: CallEventType) -> CallState:
    """Where ``event`` takes a call in ``state``; raises :class:`IllegalTransitionError`."""
    found = TRANSITIONS.get((state, event))
    if found is None:
        raise IllegalTransitionError(state, event)
    return found


@dataclass(frozen=True, slots=True)
class CallClock:
    """The part of a call the machine moves: its state and its times."""

    state: CallState
    state_since: float
    talk_seconds: float = 0.0
    hold_seconds: float = 0.0
    connected_at: float | None = None
    ended_at: float | None = None


def offered(at: float) -> CallClock:
    """A new call, ringing since ``at``."""
    return CallClock(state="offered", state_since=at)


def advance(clock: CallClock, event: CallEventType, at: float) -> CallClock:
    """``clock`` after ``event`` at ``at``: the time spent in the state being left goes to
    talk or hold. Raises :class:`IllegalTransitionError` (nothing changes)."""
    state = next_state(clock.state, event)
    if event in SIDE_EVENTS:
        return clock
    moment = max(at, clock.state_since)
    spent = moment - clock.state_since
    return replace(
        clock,
        state=state,
        state_since=moment,
        talk_seconds=clock.talk_seconds + (spent if clock.state == "connected" else 0.0),
        hold_seconds=clock.hold_seconds + (spent if clock.state in ON_HOLD else 0.0),
        connected_at=clock.connected_at
        if clock.connected_at is not None or state != "connected"
        else moment,
        ended_at=moment if state in TERMINAL else None,
    )
