"""The conversations domain's registration: queues, agents, customers, conversations and
messages; replies and status changes; the conversation REST reads.

Visibility: queues and agents are everybody's (a desk shows colleagues' names); a
customer, a conversation and its messages belong to the conversation's queue.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from protocol.entities import AgentData, ConversationData, CustomerData, MessageData, QueueData
from server.core import tables as house
from server.core.registry import Domain, KindRegistration
from server.core.visibility import Viewer
from server.domains.conversations import mutations, router
from server.domains.conversations import tables as t
from server.domains.conversations.entities import (
    agent_from_row,
    conversation_from_row,
    conversation_select,
    conversation_visibility,
    customer_from_row,
    message_from_row,
    queue_from_row,
)


def _queues(_viewer: Viewer) -> sa.Select[Any]:
    return sa.select(house.queues).order_by(house.queues.c.id)


def _agents(_viewer: Viewer) -> sa.Select[Any]:
    return sa.select(house.agents).order_by(house.agents.c.id)


def _customers(viewer: Viewer) -> sa.Select[Any]:
    cv = t.conversations
    with_visible = sa.select(cv.c.customer_id).where(conversation_visibility(viewer))
    return (
        sa.select(t.customers).where(t.customers.c.id.in_(with_visible)).order_by(t.customers.c.id)
    )


def _conversations(viewer: Viewer) -> sa.Select[Any]:
    return conversation_select.where(conversation_visibility(viewer)).order_by(t.conversations.c.id)


def _messages(viewer: Viewer) -> sa.Select[Any]:
    cv = t.conversations
    return (
        sa.select(t.messages)
        .join(cv, cv.c.id == t.messages.c.conversation_id)
        .where(conversation_visibility(viewer))
        .order_by(t.messages.c.id)
    )


DOMAIN = Domain(
    name="conversations",
    kinds=(
        KindRegistration(QueueData, house.queues, queue_from_row, _queues, "everyone"),
        KindRegistration(AgentData, house.agents, agent_from_row, _agents, "everyone"),
        KindRegistration(CustomerData, t.customers, customer_from_row, _customers, "queue"),
        KindRegistration(
            ConversationData, t.conversations, conversation_from_row, _conversations, "queue"
        ),
        KindRegistration(MessageData, t.messages, message_from_row, _messages, "queue"),
    ),
    mutations={"reply": mutations.reply, "set_status": mutations.set_status},
    routers=(router.router,),
)
