"""The complaint state machine: which moves are legal and what each one writes.

Pure (a state, an op and the time in; the column values out), so every pair of states is
testable without a server, and the handler in :mod:`mutations` only loads, checks who
may act and writes. :data:`protocol.kinds.complaints.COMPLAINT_MOVES` is the one list of
legal moves; this module adds what each move records:

- ``resolved``: the resolution (the op's model already insists on one), ``resolved_at``,
  and the customer's satisfaction when they gave it;
- ``closed``: ``closed_at``, and the satisfaction when given now;
- ``resolved -> investigating`` (reopening): ``resolved_at`` and the satisfaction are
  cleared, since the customer was not satisfied after all; the old resolution text stays
  as the record of what was tried until the next one replaces it.

Escalation keeps the state; it is refused only for complaints that are already resolved
or closed (reopen first) and for the level the complaint already has.
"""

from __future__ import annotations

from protocol.kinds.complaints import COMPLAINT_MOVES, ComplaintMoveOp
from server.core.registry import MutationRefusedError

SATISFACTION_STATES = frozenset({"resolved", "closed"})
ESCALATABLE_STATES = frozenset({"new", "investigating", "awaiting_customer"})


def check_move(state: str, to: str) -> None:
    """Refuse a move :data:`COMPLAINT_MOVES` does not list, naming both states."""
    if to not in COMPLAINT_MOVES.get(state, frozenset()):
        if state == to:
            message = f"a complaint cannot go from {state} to {to}: it is {state} already"
        elif state == "closed":
            message = (
                f"a complaint cannot go from closed to {to}: a closed complaint stays "
                "closed (open a new one)"
            )
        else:
            allowed = " or ".join(sorted(COMPLAINT_MOVES[state]))
            message = f"a complaint cannot go from {state} to {to} (from {state}: {allowed})"
        raise MutationRefusedError("illegal_move", message)


def move_values(state: str, op: ComplaintMoveOp, now: float) -> dict[str, object]:
    """The columns a legal move writes; raises :class:`MutationRefusedError` otherwise."""
    check_move(state, op.to)
    if op.resolution and op.to != "resolved":
        raise MutationRefusedError(
            "bad_value", "a resolution is written when the complaint is resolved"
        )
    if op.satisfaction is not None and op.to not in SATISFACTION_STATES:
        raise MutationRefusedError(
            "bad_value", "satisfaction is recorded when the complaint is resolved or closed"
        )
    values: dict[str, object] = {"state": op.to, "state_since": now, "updated_at": now}
    if op.to == "resolved":
        values |= {"resolution": op.resolution, "resolved_at": now}
    elif op.to == "closed":
        values["closed_at"] = now
    elif state == "resolved":  # reopened: the customer was not satisfied after all
        values |= {"resolved_at": None, "satisfaction": None}
    if op.satisfaction is not None:
        values["satisfaction"] = op.satisfaction
    return values


def check_escalation(state: str, current: str, level: str) -> None:
    """Refuse escalating a finished complaint, or to the level it already has."""
    if state not in ESCALATABLE_STATES:
        raise MutationRefusedError(
            "illegal_move",
            f"a {state} complaint cannot be escalated"
            + (": move it back to investigating first" if state == "resolved" else ""),
        )
    if current == level:
        where = "a supervisor" if level == "supervisor" else "second level"
        raise MutationRefusedError(
            "already_escalated", f"the complaint is already escalated to {where}"
        )
