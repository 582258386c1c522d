"""A customer's timeline: every conversation and every call, on every channel, in every
queue, newest first.

What the reader may not see stays out: a conversation in a queue outside the reader's
(an agent's routing profile) keeps its metadata (when, channel, queue, status, who
worked it, the wrap-up code, talk time, survey scores) with ``visible`` false and no
subject or preview, and no message text is ever read here. Wrap-up codes are the ACD's
(its ``offers`` table, the latest wrapped offer of the conversation or call), read as a
``sa.table`` clause: the customer 360 and the ACD sit side by side and do not import
each other.

``repeat`` marks a contact that came within :data:`REPEAT_CONTACT_SECONDS` of the
customer's previous contact; a call is not a repeat of the conversation it belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.customer360 import PROFILE_TIMELINE_MAX, REPEAT_CONTACT_SECONDS, TimelineItem
from protocol.kinds.calls import CallData
from server.core import tables as house
from server.core.visibility import Viewer
from server.domains.calls import tables as calls_t
from server.domains.calls.entities import call_from_row
from server.domains.conversations import tables as ct
from server.domains.surveys import reads as surveys

Row = Any
offer_table = sa.table(
    "offers",
    sa.column("conversation_id"),
    sa.column("call_id"),
    sa.column("wrapup_code"),
    sa.column("wrapped_at"),
)


@dataclass
class Timeline:
    items: list[TimelineItem]
    total: int
    calls: list[CallData]
    visible_conversations: set[int]


async def _wrapups(
    conn: AsyncConnection, conversation_ids: list[int]
) -> tuple[dict[int, str], dict[int, str]]:
    """The latest wrap-up code by conversation and by call."""
    by_conversation: dict[int, str] = {}
    by_call: dict[int, str] = {}
    o = offer_table
    for start in range(0, len(conversation_ids), 500):
        rows = await conn.execute(
            sa.select(o.c.conversation_id, o.c.call_id, o.c.wrapup_code)
            .where(
                o.c.conversation_id.in_(conversation_ids[start : start + 500]),
                o.c.wrapped_at.is_not(None),
            )
            .order_by(o.c.wrapped_at)
        )
        for r in rows:
            if r.wrapup_code:
                by_conversation[int(r.conversation_id)] = str(r.wrapup_code)
                if r.call_id is not None:
                    by_call[int(r.call_id)] = str(r.wrapup_code)
    return by_conversation, by_call


async def _names(conn: AsyncConnection) -> tuple[dict[int, str], dict[int, str]]:
    queues = {int(r.id): str(r.name) for r in await conn.execute(sa.select(house.queues))}
    agents = {
        int(r.id): str(r.display_name)
        for r in await conn.execute(sa.select(house.agents.c.id, house.agents.c.display_name))
    }
    return queues, agents


async def read(conn: AsyncConnection, viewer: Viewer, customer_id: int) -> Timeline:
    """The customer's contacts as the viewer may see them (see the module doc)."""
    cv = ct.conversations
    conversations = list(
        await conn.execute(
            sa.select(cv).where(cv.c.customer_id == customer_id).order_by(cv.c.created_at)
        )
    )
    ids = [int(r.id) for r in conversations]
    k = calls_t.calls
    calls: list[Row] = []
    for start in range(0, len(ids), 500):
        calls += list(
            await conn.execute(
                sa.select(k).where(k.c.conversation_id.in_(ids[start : start + 500]))
            )
        )
    calls.sort(key=lambda r: (r.offered_at, r.id))
    wrap_conv, wrap_call = await _wrapups(conn, ids)
    scores = await surveys.by_conversation(conn, ids)
    queues, agents = await _names(conn)
    talk: dict[int, float] = {}
    for call in calls:
        talk[int(call.conversation_id)] = talk.get(int(call.conversation_id), 0.0) + float(
            call.talk_seconds
        )
    visible = {int(r.id) for r in conversations if viewer.sees(int(r.queue_id), None)}
    items: list[TimelineItem] = []
    for r in conversations:
        seen = int(r.id) in visible
        survey = scores.get(int(r.id), {})
        items.append(
            TimelineItem(
                type="conversation",
                id=r.id,
                conversation_id=r.id,
                channel=r.channel,
                queue_id=r.queue_id,
                queue_name=queues.get(int(r.queue_id), ""),
                at=r.created_at,
                ended_at=r.last_message_at,
                status=r.status,
                agent_id=r.assignee_id,
                agent_name=agents.get(r.assignee_id or 0, ""),
                wrapup_code=wrap_conv.get(int(r.id), ""),
                talk_seconds=talk.get(int(r.id), 0.0),
                visible=seen,
                subject=r.subject if seen else None,
                preview=r.last_message_preview if seen else None,
                csat=survey.get("csat"),
                nps=survey.get("nps"),
                ces=survey.get("ces"),
            )
        )
    for call in calls:
        seen = int(call.conversation_id) in visible
        items.append(
            TimelineItem(
                type="call",
                id=call.id,
                conversation_id=call.conversation_id,
                channel="phone",
                queue_id=call.queue_id,
                queue_name=queues.get(int(call.queue_id), ""),
                at=call.offered_at,
                ended_at=call.ended_at,
                status=call.state,
                agent_id=call.agent_id,
                agent_name=agents.get(call.agent_id or 0, ""),
                wrapup_code=wrap_call.get(int(call.id), ""),
                talk_seconds=call.talk_seconds,
                visible=seen,
            )
        )
    items = _mark_repeats(items)
    items.sort(key=lambda i: (i.at, i.type == "call", i.id), reverse=True)
    newest_calls = sorted(calls, key=lambda r: (r.offered_at, r.id), reverse=True)
    return Timeline(
        items=items[:PROFILE_TIMELINE_MAX],
        total=len(items),
        calls=[_call(r, visible) for r in newest_calls[:PROFILE_TIMELINE_MAX]],
        visible_conversations=visible,
    )


def _call(row: Row, visible: set[int]) -> CallData:
    """A call; of a hidden queue without the tones sent and the transfer target (what
    was keyed in or said about the caller stays the queue's own)."""
    call = call_from_row(row)
    if call.conversation_id in visible:
        return call
    return call.model_copy(update={"dtmf": "", "transfer_target": ""})


def _mark_repeats(items: list[TimelineItem]) -> list[TimelineItem]:
    """Each item with ``repeat`` set when an earlier contact (not its own conversation's
    start, for a call) came within :data:`REPEAT_CONTACT_SECONDS`."""
    ordered = sorted(items, key=lambda i: (i.at, i.type == "call", i.id))
    marked: list[TimelineItem] = []
    for index, item in enumerate(ordered):
        previous = None
        for earlier in reversed(ordered[:index]):
            own_start = (
                item.type == "call"
                and earlier.type == "conversation"
                and earlier.conversation_id == item.conversation_id
            )
            if not own_start:
                previous = earlier
                break
        repeat = previous is not None and item.at - previous.at <= REPEAT_CONTACT_SECONDS
        marked.append(item.model_copy(update={"repeat": repeat}) if repeat else item)
    return marked
