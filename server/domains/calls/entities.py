"""The calls domain's rows as ``protocol.entities`` models (events and snapshots share it)."""

from __future__ import annotations

from typing import Any

from protocol.kinds.calls import CallData

Row = Any  # sqlalchemy Row with named columns


def call_from_row(r: Row) -> CallData:
    """A call from a ``calls`` row."""
    return CallData(
        id=r.id,
        conversation_id=r.conversation_id,
        queue_id=r.queue_id,
        direction=r.direction,
        caller=r.caller,
        state=r.state,
        provider=r.provider,
        provider_call_id=r.provider_call_id,
        agent_id=r.agent_id,
        offered_at=r.offered_at,
        connected_at=r.connected_at,
        ended_at=r.ended_at,
        state_since=r.state_since,
        talk_seconds=r.talk_seconds,
        hold_seconds=r.hold_seconds,
        end_reason=r.end_reason,
        muted=bool(r.muted),
        dtmf=r.dtmf,
        transfer_target=r.transfer_target,
    )
