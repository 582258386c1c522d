"""GDPR erase (issue 10 part 7): a customer's personal data leaves the tables and the
event log in one write; what stays are ids, times, channels, queues, amounts and scores,
which the KPIs need and which identify nobody once the person is anonymised.

Erasing twice answers 409: the first erase already did everything, and a second would
only add noise to the audit trail.
"""

from __future__ import annotations

import time
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.customer360 import EraseResult
from server.core import audit
from server.core import tables as house
from server.core.context import ServerContext
from server.core.eventlog import Draft
from server.customer360 import redact
from server.db.metadata import metadata
from server.domains.calls import tables as calls_t
from server.domains.commerce import tables as commerce_t
from server.domains.complaints import reads as complaints
from server.domains.conversations import tables as ct
from server.domains.customers import search_terms
from server.domains.customers import tables as customers_t
from server.domains.surveys import reads as surveys

ERASED_NAME = "Erased customer"
ERASED_REF_PREFIX = "erased:"
"""An erased customer's ``ref`` (unique, not null) becomes ``erased:<id>``."""


class EraseError(Exception):
    """The erase cannot run; ``status`` is the HTTP answer (404 unknown, 409 already)."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


def _anonymous(customer_id: int, now: float) -> dict[str, Any]:
    """The customer row's new values: no name, handle, time zone, tag or consent left."""
    return {
        "name": ERASED_NAME,
        "ref": f"{ERASED_REF_PREFIX}{customer_id}",
        "email": None,
        "phone": None,
        "timezone": None,
        "tags": "[]",
        "identities": "[]",
        "consent_email": False,
        "consent_phone": False,
        "consent_marketing": False,
        "erased_at": now,
        "updated_at": now,
    }


async def erase(ctx: ServerContext, actor_id: int, customer_id: int, reason: str) -> EraseResult:
    """Erase one customer (see the module doc); raises :class:`EraseError`."""

    async def work(conn: AsyncConnection) -> tuple[EraseResult, list[Draft]]:
        return await _erase(ctx, conn, actor_id, customer_id, reason)

    result, _seq = await ctx.write(work)
    return result


async def _erase(
    ctx: ServerContext, conn: AsyncConnection, actor_id: int, customer_id: int, reason: str
) -> tuple[EraseResult, list[Draft]]:
    c = ct.customers
    row = (await conn.execute(sa.select(c).where(c.c.id == customer_id))).first()
    if row is None:
        raise EraseError(404, "no such customer")
    if str(row.ref).startswith(ERASED_REF_PREFIX) or row.erased_at is not None:
        raise EraseError(409, "this customer is already erased")
    now = time.time()
    merged = await _merged_into(conn, customer_id)
    keys: dict[str, set[int]] = {"customer": {customer_id, *merged}}
    conversation_ids = [
        int(r[0])
        for r in await conn.execute(
            sa.select(ct.conversations.c.id).where(ct.conversations.c.customer_id == customer_id)
        )
    ]
    keys["conversation"] = set(conversation_ids)
    keys["message"] = await redact.message_ids(conn, conversation_ids)
    keys["customer_note"] = await _notes(conn, customer_id)
    keys["call"] = await _calls(conn, conversation_ids)
    keys["callback"] = await _callbacks(conn, customer_id)
    keys["offer"] = await _offers(conn, conversation_ids)
    for kind in ("complaint", "followup_task"):
        keys[kind] = await _ids_by_customer(ctx, conn, kind, customer_id)
    # The complaints domain blanks its own free text; the upserts it makes are superseded
    # by the rewrite below (one fresh event per audience the old ones had).
    await complaints.erase_customer(conn, customer_id)

    for person in (customer_id, *merged):
        await conn.execute(sa.update(c).where(c.c.id == person).values(**_anonymous(person, now)))
        identities = customers_t.customer_identities
        await conn.execute(sa.delete(identities).where(identities.c.customer_id == person))
        await search_terms.reindex(conn, person)  # erased: no terms, search never finds it
    redacted = await redact.redact_conversations(conn, conversation_ids, author_too=True)
    o = commerce_t.orders
    await conn.execute(
        sa.update(o)
        .where(o.c.customer_id == customer_id)
        .values(tracking_code=None, tracking_url=None)
    )
    await surveys.blank_comments(conn, customer_id)

    rewritten, drafts = await redact.rewrite_events(conn, ctx.registry, keys)
    ctx.events.drop_ring()
    detail = (
        f"reason={reason} conversations={len(conversation_ids)} messages={redacted} "
        f"events={rewritten} merged={len(merged)}"
    )
    await audit.record(conn, actor_id, "customer.erase", customer_id, detail)
    result = EraseResult(
        customer_id=customer_id,
        conversations=len(conversation_ids),
        messages_redacted=redacted,
        events_rewritten=rewritten,
    )
    return result, drafts


async def _merged_into(conn: AsyncConnection, customer_id: int) -> list[int]:
    """The customers merged into this one, directly or through others: the same person,
    whose rows kept their own name and handles when their contacts moved over."""
    c = ct.customers.c
    found: list[int] = []
    frontier = [customer_id]
    while frontier:
        rows = await conn.execute(
            sa.select(c.id).where(c.merged_into.in_(frontier), c.erased_at.is_(None))
        )
        frontier = [int(r[0]) for r in rows if int(r[0]) not in found and r[0] != customer_id]
        found.extend(frontier)
    return found


async def _notes(conn: AsyncConnection, customer_id: int) -> set[int]:
    """Delete the customer's notes; the ids of every note they ever had (deleted ones
    too: their old upserts in the log still carry the text)."""
    table = customers_t.customer_notes
    ids = {
        int(r[0])
        for r in await conn.execute(sa.select(table.c.id).where(table.c.customer_id == customer_id))
    }
    await conn.execute(sa.delete(table).where(table.c.customer_id == customer_id))
    e = house.events.c
    pattern = f'%"customer_id":{customer_id},%'
    rows = await conn.execute(
        sa.select(e.entity_id).where(e.kind == "customer_note", e.payload.like(pattern)).distinct()
    )
    ids.update(int(r[0]) for r in rows)
    return ids


async def _calls(conn: AsyncConnection, conversation_ids: list[int]) -> set[int]:
    """Blank the callers' numbers (and the digits they keyed in) of the customer's calls;
    their ids."""
    k = calls_t.calls
    ids: set[int] = set()
    for start in range(0, len(conversation_ids), redact.CHUNK):
        where = k.c.conversation_id.in_(conversation_ids[start : start + redact.CHUNK])
        ids.update(int(r[0]) for r in await conn.execute(sa.select(k.c.id).where(where)))
        await conn.execute(sa.update(k).where(where).values(caller="", dtmf=""))
    return ids


async def _callbacks(conn: AsyncConnection, customer_id: int) -> set[int]:
    """Blank the phone number and note of the customer's callbacks; their ids."""
    b = metadata.tables["callbacks"]  # the ACD's table: a sibling layer, not importable
    ids = {
        int(r[0])
        for r in await conn.execute(sa.select(b.c.id).where(b.c.customer_id == customer_id))
    }
    await conn.execute(sa.update(b).where(b.c.customer_id == customer_id).values(phone="", note=""))
    return ids


async def _offers(conn: AsyncConnection, conversation_ids: list[int]) -> set[int]:
    """Blank the agents' wrap-up notes on the customer's contacts (free text about the
    person); the wrap-up codes and times stay for the KPIs. Their ids."""
    o = metadata.tables["offers"]  # the ACD's table: a sibling layer, not importable
    ids: set[int] = set()
    for start in range(0, len(conversation_ids), redact.CHUNK):
        part = conversation_ids[start : start + redact.CHUNK]
        where = o.c.conversation_id.in_(part)
        ids.update(int(r[0]) for r in await conn.execute(sa.select(o.c.id).where(where)))
        await conn.execute(sa.update(o).where(where).values(wrapup_note=""))
    return ids


async def _ids_by_customer(
    ctx: ServerContext, conn: AsyncConnection, kind: str, customer_id: int
) -> set[int]:
    found = redact.registration(ctx.registry, kind)
    if found is None or "customer_id" not in found.table.c:
        return set()
    table = found.table
    rows = await conn.execute(sa.select(table.c.id).where(table.c.customer_id == customer_id))
    return {int(r[0]) for r in rows}
