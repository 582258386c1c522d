"""Random event sequences against the real server: whatever a provider sends, the answer
is never a server error, a refused event changes nothing, a repeated id is a no-op, and an
ended call is never left."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from protocol.kinds.calls import CallEventType
from server.domains.calls.machine import CALL_EVENT_TYPES, TRANSITIONS
from tests.server.domains.calls.helpers import cti, new_call_id
from tests.support.server_proc import ServerProcess

T0 = 1_800_000_000.0

steps = st.lists(
    st.tuples(
        st.integers(0, 2),  # which of three calls
        st.sampled_from(CALL_EVENT_TYPES),
        st.floats(-30, 300),  # seconds after the previous event (clocks disagree)
        st.booleans(),  # resend the call's previous event id instead of a new one
    ),
    min_size=1,
    max_size=25,
)


@settings(max_examples=25, deadline=None)
@given(sequence=steps)
def test_random_events_never_break_a_call(
    demo_server: ServerProcess, sequence: list[tuple[int, CallEventType, float, bool]]
) -> None:
    url = demo_server.url
    call_ids = [new_call_id("random") for _ in range(3)]
    known: dict[int, dict[str, Any]] = {}
    last_event: dict[int, str] = {}
    at = T0
    for number, (which, type_, delta, resend) in enumerate(sequence):
        at += delta
        event_id = last_event[which] if resend and which in last_event else f"r{number}"
        response = cti(
            url,
            call_ids[which],
            type_,
            max(at, 0.0),
            event_id=event_id,
            caller=f"+358 40 555 {which:04d}",
            agent="agent01",
        )
        before = known.get(which)
        assert response.status_code in (200, 404, 409), response.text
        if response.status_code == 404:
            assert before is None
            assert type_ != "offered"
            continue
        if response.status_code == 409:
            assert before is not None
            assert (before["state"], type_) not in TRANSITIONS
            continue
        body = response.json()
        call = body["call"]
        if body["duplicate"]:
            assert before is not None
            assert call == before
            continue
        last_event[which] = event_id
        if before is None:
            assert type_ == "offered"
        else:
            assert before["state"] != "ended"
            assert TRANSITIONS[(before["state"], type_)] == call["state"]
            assert call["talk_seconds"] >= before["talk_seconds"]
            assert call["hold_seconds"] >= before["hold_seconds"]
        spent = call["talk_seconds"] + call["hold_seconds"]
        assert spent <= call["state_since"] - call["offered_at"] + 1e-3
        assert (call["ended_at"] is not None) == (call["state"] == "ended")
        known[which] = call
