"""The complaint state machine without a server: every pair of states, and what each
legal move records."""

from __future__ import annotations

import pytest

from protocol.kinds.complaints import COMPLAINT_MOVES, COMPLAINT_STATES, ComplaintMoveOp
from server.core.registry import MutationRefusedError
from server.domains.complaints import machine

LEGAL = [(a, b) for a in COMPLAINT_STATES for b in sorted(COMPLAINT_MOVES[a])]
ILLEGAL = [
    (a, b) for a in COMPLAINT_STATES for b in COMPLAINT_STATES if b not in COMPLAINT_MOVES[a]
]


def op(to: str, **fields: object) -> ComplaintMoveOp:
    if to == "resolved":
        fields.setdefault("resolution", "Refunded.")
    return ComplaintMoveOp.model_validate({"complaint_id": 1, "to": to, **fields})


def test_the_pairs_cover_every_pair_once() -> None:
    assert len(LEGAL) == 7
    assert len(LEGAL) + len(ILLEGAL) == len(COMPLAINT_STATES) ** 2


@pytest.mark.parametrize(("state", "target"), ILLEGAL)
def test_an_illegal_move_is_refused_naming_both_states(state: str, target: str) -> None:
    with pytest.raises(MutationRefusedError) as refused:
        machine.move_values(state, op(target), 100.0)
    assert refused.value.code == "illegal_move"
    assert f"a complaint cannot go from {state} to {target}" in refused.value.message


@pytest.mark.parametrize(("state", "target"), LEGAL)
def test_a_legal_move_sets_the_state_and_its_time(state: str, target: str) -> None:
    values = machine.move_values(state, op(target), 100.0)
    assert values["state"] == target
    assert values["state_since"] == values["updated_at"] == 100.0


def test_resolving_records_the_resolution_time_and_satisfaction() -> None:
    values = machine.move_values("investigating", op("resolved", satisfaction=4), 7.0)
    assert values["resolution"] == "Refunded."
    assert values["resolved_at"] == 7.0
    assert values["satisfaction"] == 4
    closed = machine.move_values("resolved", op("closed"), 9.0)
    assert closed["closed_at"] == 9.0
    assert "satisfaction" not in closed  # kept from the resolution when not given again
    assert machine.move_values("resolved", op("closed", satisfaction=2), 9.0)["satisfaction"] == 2


def test_reopening_clears_the_resolution_time_and_satisfaction_but_keeps_the_text() -> None:
    values = machine.move_values("resolved", op("investigating"), 8.0)
    assert values["resolved_at"] is None
    assert values["satisfaction"] is None
    assert "resolution" not in values


def test_resolution_and_satisfaction_only_where_they_belong() -> None:
    with pytest.raises(MutationRefusedError, match="resolution is written when"):
        machine.move_values("new", op("investigating", resolution="Done"), 1.0)
    with pytest.raises(MutationRefusedError, match="satisfaction is recorded when"):
        machine.move_values("investigating", op("awaiting_customer", satisfaction=3), 1.0)
    with pytest.raises(ValueError, match="resolution needs a text"):
        ComplaintMoveOp.model_validate({"complaint_id": 1, "to": "resolved"})


def test_escalation_refuses_finished_complaints_and_the_same_level() -> None:
    machine.check_escalation("new", "none", "supervisor")
    machine.check_escalation("investigating", "supervisor", "second_level")
    with pytest.raises(MutationRefusedError, match="already escalated to a supervisor"):
        machine.check_escalation("investigating", "supervisor", "supervisor")
    with pytest.raises(MutationRefusedError, match="already escalated to second level"):
        machine.check_escalation("awaiting_customer", "second_level", "second_level")
    for state in ("resolved", "closed"):
        with pytest.raises(MutationRefusedError, match=f"a {state} complaint cannot be"):
            machine.check_escalation(state, "none", "supervisor")
