"""Seed an empty database with a month of contact-centre history, and its events.

Deterministic (fixed random seed; times relative to now) and fast: rows and events are
built in memory and written with a handful of bulk inserts in one transaction. Every seeded
row also becomes an event, so a desk syncing from seq 0 receives the history like any other
change, and visibility rules apply to it unchanged.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from protocol.entities import AgentData, ConversationData, CustomerData, MessageData, QueueData
from server.acd import tables as acd
from server.core import tables as house
from server.core.auth import hash_password
from server.core.visibility import SUPERVISORS_ONLY
from server.demo import routing as demo_routing
from server.demo.complaints import seed_complaints_if_empty
from server.demo.content import LANGUAGES, TOPIC_QUEUE, TOPICS, dialogue, make_person
from server.demo.customers import seed_profiles
from server.demo.history import seed_history_if_empty
from server.demo.schedules import seed_schedules_if_empty
from server.demo.surveys import seed_surveys_if_empty
from server.domains.conversations import tables as t
from server.domains.conversations.entities import preview

log = logging.getLogger(__name__)

SEED = 20261124
PASSWORD = "demo"  # noqa: S105 - the documented password of the demo accounts
QUEUES = ("General", "Billing", "Delivery", "Technical Support")
AGENT_NAMES = (
    "Emma Wilson",
    "Mikko Virtanen",
    "王芳",
    "陳怡君",
    "Oliver Hughes",
    "Sanna Lehtonen",
    "李伟",
    "林志豪",
    "Charlotte Evans",
    "Jussi Koskinen",
)
CUSTOMERS = 200
CONVERSATIONS = 1000
OPEN_CONVERSATIONS = 40
DAYS = 30


def _memberships(rng: random.Random) -> dict[int, list[int]]:
    """Agent id -> queue ids: agent01 in General+Billing+Delivery, others 2-3 queues."""
    queue_ids = list(range(1, len(QUEUES) + 1))
    out = {1: [1, 2, 3]}
    for agent_id in range(2, len(AGENT_NAMES) + 1):
        out[agent_id] = sorted(rng.sample(queue_ids, rng.choice((2, 3))))
    out[2] = sorted({*out[2], 4})  # somebody besides the supervisor covers Technical Support
    return out


class _Log:
    """Accumulates event rows with consecutive seqs."""

    def __init__(self, now: float) -> None:
        self.rows: list[dict[str, Any]] = []
        self.now = now

    def add(self, entity: Any, queue_id: int | None = None, agent_id: int | None = None) -> None:
        payload = entity.model_dump_json()
        self.rows.append(
            {
                "seq": len(self.rows) + 1,
                "kind": entity.kind,
                "entity_id": entity.id,
                "op": "upsert",
                "queue_id": queue_id,
                "agent_id": agent_id,
                "payload": payload,
                "created_at": self.now,
            }
        )


async def seed_if_empty(engine: AsyncEngine) -> bool:
    """Seed the demo data unless the database already has agents or events."""
    async with engine.connect() as conn:
        agents = (await conn.execute(sa.select(sa.func.count()).select_from(house.agents))).scalar()
        events = (await conn.execute(sa.select(sa.func.count()).select_from(house.events))).scalar()
    if agents or events:
        return False
    started = time.perf_counter()
    # One hash shared by the demo accounts: they share the password anyway, and 11 argon2
    # runs would be most of the seed time.
    password_hash = await asyncio.to_thread(hash_password, PASSWORD)
    tables = build(time.time(), password_hash)
    async with engine.begin() as conn:
        for table, rows in tables:
            if rows:
                await conn.execute(sa.insert(table), rows)
        await seed_profiles(conn)
    await seed_complaints_if_empty(engine)
    await seed_surveys_if_empty(engine)
    await seed_schedules_if_empty(engine)
    await seed_history_if_empty(engine)
    log.info("seeded demo data in %.2f s", time.perf_counter() - started)
    return True


def _directory(
    rng: random.Random, events: _Log, password_hash: str
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]], dict[int, list[int]]]:
    """Queues, agents (ten agents and a supervisor), memberships, and queue -> agent ids."""
    queue_rows: list[dict[str, Any]] = [{"id": i, "name": n} for i, n in enumerate(QUEUES, 1)]
    for row in queue_rows:
        events.add(QueueData(**row))
    people = [(f"agent{i:02d}", name, "agent") for i, name in enumerate(AGENT_NAMES, 1)]
    people.append(("supervisor01", "Helena Nieminen", "supervisor"))
    agent_rows: list[dict[str, Any]] = []
    for i, (username, name, role) in enumerate(people, 1):
        agent_rows.append(
            {
                "id": i,
                "username": username,
                "display_name": name,
                "role": role,
                "password_hash": password_hash,
            }
        )
        events.add(AgentData(id=i, username=username, display_name=name, role=role))
    members = _memberships(rng)
    supervisor_id = len(people)
    members[supervisor_id] = [int(q["id"]) for q in queue_rows]
    membership_rows: list[dict[str, Any]] = [
        {"agent_id": a, "queue_id": q} for a, queues in members.items() for q in queues
    ]
    queue_agents: dict[int, list[int]] = {int(q["id"]): [] for q in queue_rows}
    for a, queues in members.items():
        for q in queues:
            if a != supervisor_id:
                queue_agents[q].append(a)
    return queue_rows, agent_rows, membership_rows, queue_agents


def _customers(rng: random.Random) -> list[dict[str, Any]]:
    """200 customers, a quarter in each language."""
    rows: list[dict[str, Any]] = []
    for i in range(1, CUSTOMERS + 1):
        person = make_person(rng, LANGUAGES[(i - 1) % len(LANGUAGES)], i)
        rows.append(
            {
                "id": i,
                "ref": person.email,
                "name": person.name,
                "email": person.email,
                "phone": person.phone,
                "language": person.language,
            }
        )
    return rows


def _messages(
    rng: random.Random,
    *,
    conv_id: int,
    created_at: float,
    lines: tuple[str, ...],
    count: int,
    customer_name: str,
    agent: dict[str, Any] | None,
    first_id: int,
    now: float,
) -> list[dict[str, Any]]:
    """The exchange of one conversation: customer first, then alternating with the agent."""
    out: list[dict[str, Any]] = []
    at = created_at
    for k in range(count):
        outbound = k % 2 == 1
        out.append(
            {
                "id": first_id + k,
                "conversation_id": conv_id,
                "direction": "out" if outbound else "in",
                "author_name": agent["display_name"] if outbound and agent else customer_name,
                "author_agent_id": agent["id"] if outbound and agent else None,
                "body": lines[k],
                "created_at": at,
                "client_ref": None,
            }
        )
        at = min(now, at + rng.uniform(30, 4 * 3600))
    return out


def build(now: float, password_hash: str) -> list[tuple[sa.Table, list[dict[str, Any]]]]:
    """All seed rows, in insertion order (pure: no I/O)."""
    rng = random.Random(SEED)  # noqa: S311 - reproducible demo data, not secrets
    events = _Log(now)
    queue_rows, agent_rows, membership_rows, queue_agents = _directory(rng, events, password_hash)
    customer_rows = _customers(rng)
    queue_by_name = {str(q["name"]): int(q["id"]) for q in queue_rows}
    starts = sorted(now - rng.uniform(600, DAYS * 86400) for _ in range(CONVERSATIONS))
    conversation_rows: list[dict[str, Any]] = []
    message_rows: list[dict[str, Any]] = []
    for conv_id, created_at in enumerate(starts, 1):
        customer = rng.choice(customer_rows)
        topic = rng.choice(TOPICS)
        talk = dialogue(topic, customer["language"])
        queue_id = queue_by_name[TOPIC_QUEUE[topic]]
        recent = conv_id > CONVERSATIONS - OPEN_CONVERSATIONS
        count = rng.randint(2, min(6, len(talk.lines)))
        if recent and count % 2 == 0:
            # An open conversation waits on the agent: it ends with the customer.
            count = count + 1 if count < 6 else 5
        candidates = queue_agents[queue_id]
        assignee = rng.choice(candidates) if candidates else None
        if recent and rng.random() < 0.4:
            assignee = None
            count = 1  # unassigned: a new contact nobody has answered yet
        agent = agent_rows[assignee - 1] if assignee else None
        msgs = _messages(
            rng,
            conv_id=conv_id,
            created_at=created_at,
            lines=talk.lines,
            count=count,
            customer_name=customer["name"],
            agent=agent,
            first_id=len(message_rows) + 1,
            now=now,
        )
        message_rows.extend(msgs)
        status = rng.choice(("open", "open", "pending")) if recent else "resolved"
        c: dict[str, Any] = {
            "id": conv_id,
            "queue_id": queue_id,
            "customer_id": customer["id"],
            "channel": rng.choice(("phone", "chat", "email")),
            "status": status,
            "subject": talk.subject,
            "language": customer["language"],
            "assignee_id": assignee,
            "created_at": created_at,
            "updated_at": msgs[-1]["created_at"],
            "last_message_at": msgs[-1]["created_at"],
            "last_message_preview": preview(msgs[-1]["body"]),
            "message_count": count,
        }
        conversation_rows.append(c)
        events.add(CustomerData(**{k: v for k, v in customer.items() if k != "ref"}), queue_id)
        for m in msgs:
            events.add(MessageData(**m), queue_id)
        events.add(ConversationData(customer_name=customer["name"], **c), queue_id)
    members: dict[int, list[int]] = {}
    for m in membership_rows:
        members.setdefault(int(m["agent_id"]), []).append(int(m["queue_id"]))
    routing_queue_rows, profile_rows, queue_settings, profiles = demo_routing.rows(
        queue_rows, members, len(AGENT_NAMES)
    )
    for setting in queue_settings:
        events.add(setting, setting.id)
    for profile in profiles:
        events.add(profile, agent_id=profile.id)
        events.add(profile, SUPERVISORS_ONLY)
    return [
        (house.queues, queue_rows),
        (house.agents, agent_rows),
        (house.agent_queues, membership_rows),
        (t.customers, customer_rows),
        (t.conversations, conversation_rows),
        (t.messages, message_rows),
        (acd.routing_queues, routing_queue_rows),
        (acd.routing_profiles, profile_rows),
        (house.events, events.rows),
    ]
