"""The conversations domain's rows as ``protocol.entities`` models: the one place that
knows both shapes.

Events, snapshots and REST reads all go through here, so an entity looks the same whichever
way a desk learns about it. Queues and agents are read from the house's tables
(:mod:`server.core.tables`), customers, conversations and messages from the domain's.
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.entities import AgentData, ConversationData, CustomerData, MessageData, QueueData
from protocol.kinds.conversations import AttachmentRef
from protocol.kinds.customers import Consent, Identity
from server.core.visibility import Viewer
from server.domains.conversations import tables as t

Row = Any  # sqlalchemy Row with named columns
PREVIEW_CHARS = 120


def preview(body: str) -> str:
    """The one-line inbox preview of a message body."""
    return " ".join(body.split())[:PREVIEW_CHARS]


conversation_select = sa.select(*t.conversations.c, t.customers.c.name.label("customer_name")).join(
    t.customers, t.customers.c.id == t.conversations.c.customer_id
)


def conversation_from_row(r: Row) -> ConversationData:
    """A conversation header from a :data:`conversation_select` row."""
    return ConversationData(
        id=r.id,
        queue_id=r.queue_id,
        customer_id=r.customer_id,
        customer_name=r.customer_name,
        channel=r.channel,
        status=r.status,
        subject=r.subject,
        language=r.language,
        assignee_id=r.assignee_id,
        created_at=r.created_at,
        updated_at=r.updated_at,
        last_message_at=r.last_message_at,
        last_message_preview=r.last_message_preview,
        message_count=r.message_count,
    )


def message_from_row(r: Row) -> MessageData:
    """A message from a ``messages`` row."""
    return MessageData(
        id=r.id,
        conversation_id=r.conversation_id,
        direction=r.direction,
        author_name=r.author_name,
        author_agent_id=r.author_agent_id,
        body=r.body,
        created_at=r.created_at,
        client_ref=r.client_ref,
        delivery=r.delivery,
        delivery_error=r.delivery_error or "",
        delivery_attempts=r.delivery_attempts or 0,
        html=r.html or "",
        quoted=r.quoted or "",
        attachments=attachment_refs(r.attachments),
    )


def attachment_refs(text: str | None) -> list[AttachmentRef]:
    """The ``messages.attachments`` JSON text as refs (the column is written only by the
    server from validated refs, so it is trusted as is)."""
    return [AttachmentRef.model_construct(**a) for a in json.loads(text or "[]")]


def customer_from_row(r: Row) -> CustomerData:
    """A customer from a ``customers`` row: one row, no join (intake calls this for every
    new conversation), because ``identities`` is mirrored as JSON text on the row."""
    return CustomerData(
        id=r.id,
        name=r.name,
        email=r.email,
        phone=r.phone,
        language=r.language,
        timezone=r.timezone,
        tags=json.loads(r.tags or "[]"),
        consent=Consent(
            email=r.consent_email, phone=r.consent_phone, marketing=r.consent_marketing
        ),
        identities=[
            Identity.model_construct(type=i[0], value=i[1])
            for i in json.loads(r.identities or "[]")
        ],
        merged_into=r.merged_into,
        erased=r.erased_at is not None,
        updated_at=r.updated_at or 0.0,
    )


def agent_from_row(r: Row) -> AgentData:
    """An agent from an ``agents`` row (never the password hash)."""
    return AgentData(id=r.id, username=r.username, display_name=r.display_name, role=r.role)


def queue_from_row(r: Row) -> QueueData:
    """A queue from a ``queues`` row."""
    return QueueData(id=r.id, name=r.name)


async def load_conversation(conn: AsyncConnection, conversation_id: int) -> ConversationData | None:
    """One conversation header, or ``None``."""
    row = (
        await conn.execute(conversation_select.where(t.conversations.c.id == conversation_id))
    ).first()
    return None if row is None else conversation_from_row(row)


def conversation_visibility(viewer: Viewer) -> sa.ColumnElement[bool]:
    """SQL filter: conversations in the viewer's queues (all for supervisors)."""
    if viewer.supervisor:
        return sa.true()
    return t.conversations.c.queue_id.in_(sorted(viewer.queue_ids))
