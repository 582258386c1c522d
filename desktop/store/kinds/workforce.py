"""Store declarations of the workforce domain (tables made by schema migration ``_v15``,
``desktop/store/workforce_schema.py``).

- ``shift``: the agent's shifts (a supervisor's cache: everyone's). Topic ``shifts``.
  A shift moved to another agent reaches the old agent as a ``delete`` (it is no longer
  theirs to see): the plain delete by id removes it, so the old agent's day never shows
  a shift they no longer work.
- ``swap``: trades the desk may see. Topic ``swaps``.
- ``time_off``: requests. Topic ``time_off``.
- ``workforce_policy``: the centre's one row of rules. Topic ``workforce_policy``.

Each row keeps the entity's JSON whole (the reads rebuild the protocol model from it) and
the columns the reads filter and sort on.
"""

from __future__ import annotations

from desktop.store.kinds.base import Row, StoreKind
from protocol.kinds.workforce import ShiftData, SwapData, TimeOffData, WorkforcePolicyData


def _shift_row(s: ShiftData) -> Row:
    return (s.id, s.agent_id, s.start, s.end, s.week, int(s.published), s.model_dump_json())


def _swap_row(s: SwapData) -> Row:
    return (
        s.id,
        s.state,
        s.type,
        s.initiator_id,
        s.target_agent_id,
        s.accepter_id,
        s.shift.start,
        s.updated_at,
        s.expires_at,
        s.model_dump_json(),
    )


def _time_off_row(t: TimeOffData) -> Row:
    return (t.id, t.agent_id, t.state, t.start, t.end, t.updated_at, t.model_dump_json())


def _policy_row(p: WorkforcePolicyData) -> Row:
    return (p.id, p.model_dump_json())


SHIFT = StoreKind(
    model=ShiftData,
    table="shifts",
    columns=("id", "agent_id", "start", "end", "week", "published", "json"),
    row=_shift_row,
    topic="shifts",
    migration="_v15",
)

SWAP = StoreKind(
    model=SwapData,
    table="swaps",
    columns=(
        "id",
        "state",
        "type",
        "initiator_id",
        "target_agent_id",
        "accepter_id",
        "shift_start",
        "updated_at",
        "expires_at",
        "json",
    ),
    row=_swap_row,
    topic="swaps",
    migration="_v15",
)

TIME_OFF = StoreKind(
    model=TimeOffData,
    table="time_off",
    columns=("id", "agent_id", "state", "start", "end", "updated_at", "json"),
    row=_time_off_row,
    topic="time_off",
    migration="_v15",
)

WORKFORCE_POLICY = StoreKind(
    model=WorkforcePolicyData,
    table="workforce_policy",
    columns=("id", "json"),
    row=_policy_row,
    topic="workforce_policy",
    migration="_v15",
)

KINDS: tuple[StoreKind, ...] = (WORKFORCE_POLICY, SHIFT, SWAP, TIME_OFF)
"""The domain's declarations: the policy, then shifts before the trades that name them."""
