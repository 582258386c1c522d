"""The call state machine, exhaustively: every (state, event) pair is either a listed move
or refused, the terminal state is never left, and the clock's times always add up."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from protocol.kinds.calls import CallEventType, CallState
from server.domains.calls.machine import (
    CALL_EVENT_TYPES,
    CALL_STATES,
    TERMINAL,
    TRANSITIONS,
    CallClock,
    IllegalTransitionError,
    advance,
    next_state,
    offered,
)

LEGAL: dict[tuple[CallState, CallEventType], CallState] = {
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
    ("transferring", "ended"): "ended",
    ("connected", "muted"): "connected",
    ("connected", "unmuted"): "connected",
    ("connected", "dtmf"): "connected",
    ("held", "muted"): "held",
    ("held", "unmuted"): "held",
    ("held", "dtmf"): "held",
    ("transferring", "muted"): "transferring",
    ("transferring", "unmuted"): "transferring",
    ("transferring", "dtmf"): "transferring",
}
"""Written out again on purpose: a change to the machine must change this test too."""

ALL_PAIRS = list(itertools.product(CALL_STATES, CALL_EVENT_TYPES))


def test_the_table_is_exactly_the_documented_one() -> None:
    assert dict(TRANSITIONS) == LEGAL
    assert set(CALL_STATES) == {"offered", "connected", "held", "transferring", "ended"}
    assert len(ALL_PAIRS) == 55


@pytest.mark.parametrize(("state", "event"), ALL_PAIRS)
def test_every_pair_is_a_move_or_a_clear_refusal(state: CallState, event: CallEventType) -> None:
    if (state, event) in LEGAL:
        assert next_state(state, event) == LEGAL[(state, event)]
        return
    with pytest.raises(IllegalTransitionError) as refused:
        next_state(state, event)
    assert refused.value.state == state
    assert refused.value.event == event
    assert event in str(refused.value)
    assert state in str(refused.value)
    assert set(refused.value.allowed) == {e for (s, e) in LEGAL if s == state}


def test_offered_is_only_how_a_call_starts_and_ended_is_never_left() -> None:
    for state in CALL_STATES:
        with pytest.raises(IllegalTransitionError):
            next_state(state, "offered")
    for event in CALL_EVENT_TYPES:
        with pytest.raises(IllegalTransitionError, match="never changed"):
            next_state("ended", event)
    assert {"ended"} == TERMINAL


def test_a_full_call_counts_talk_and_hold_apart() -> None:
    clock = offered(100.0)
    clock = advance(clock, "answered", 110.0)  # 10 s ringing: neither talk nor hold
    clock = advance(clock, "held", 140.0)  # 30 s talk
    clock = advance(clock, "resumed", 160.0)  # 20 s hold
    clock = advance(clock, "held", 170.0)  # 10 s talk
    clock = advance(clock, "resumed", 175.0)  # 5 s hold
    clock = advance(clock, "transfer_started", 180.0)  # 5 s talk
    clock = advance(clock, "transfer_completed", 190.0)  # 10 s transferring = hold
    clock = advance(clock, "ended", 200.0)  # 10 s talk
    assert clock == CallClock(
        state="ended",
        state_since=200.0,
        talk_seconds=55.0,
        hold_seconds=35.0,
        connected_at=110.0,
        ended_at=200.0,
    )


def test_an_event_dated_before_the_state_began_takes_no_time_back() -> None:
    clock = advance(offered(100.0), "answered", 120.0)
    clock = advance(clock, "held", 90.0)  # the provider's clock is behind
    assert clock.state_since == 120.0
    assert clock.talk_seconds == 0.0


@given(
    start=st.floats(0, 1e9),
    steps=st.lists(
        st.tuples(st.sampled_from(CALL_EVENT_TYPES), st.floats(-100, 1000)), max_size=30
    ),
)
def test_random_events_keep_the_clock_consistent(
    start: float, steps: list[tuple[CallEventType, float]]
) -> None:
    clock = offered(start)
    for event, delta in steps:
        before = clock
        try:
            clock = advance(clock, event, before.state_since + delta)
        except IllegalTransitionError:
            assert (before.state, event) not in LEGAL
            continue
        assert before.state not in TERMINAL
        assert clock.state_since >= before.state_since
        assert clock.talk_seconds >= before.talk_seconds
        assert clock.hold_seconds >= before.hold_seconds
        spent = clock.talk_seconds + clock.hold_seconds
        assert spent <= clock.state_since - start + 1e-6 * max(1.0, clock.state_since)
        assert (clock.ended_at is not None) == (clock.state == "ended")
        if clock.state == "connected":
            assert clock.connected_at is not None
