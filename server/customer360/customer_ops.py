"""The desk's customer ops: ``customer.note`` and ``customer.update`` (through the outbox).

Any agent may note or update a customer they can find (find-customer searches every
customer, as a contact centre must recognise callers from other queues), so the only
refusals are about the customer and its handles, each with a sentence the desk shows: an
unknown customer, an erased one, a merged one (the note belongs on the survivor), a
handle another customer already holds (naming that customer's id to supervisors only, who
can merge), and more than :data:`~protocol.kinds.customers.MAX_IDENTITIES` handles.

Events: the customer (and a note) go to every queue the customer has a conversation in,
one upsert per distinct queue. An agent who works two of those queues therefore receives
the same state twice; applying an upsert is idempotent, so this costs a duplicate row
write and nothing else. A customer with no conversation yet has no audience: desks read
it through the profile.

These handlers live in the customer 360 because they build the customer entity with the
conversations domain's mapper and keep the customers domain's identities and search
terms: the two domains do not import each other.
"""

from __future__ import annotations

import json
import time
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.kinds.customers import MAX_IDENTITIES, CustomerNoteOp, CustomerUpdateOp
from server.core import eventlog
from server.core.eventlog import Draft
from server.core.registry import MutationCall, MutationRefusedError
from server.core.visibility import Viewer
from server.domains.conversations import tables as ct
from server.domains.conversations.entities import customer_from_row
from server.domains.customers import identities, search_terms
from server.domains.customers import tables as cu
from server.domains.customers.entities import customer_queues, note_from_row

Row = Any


async def load_customer(conn: AsyncConnection, customer_id: int) -> Row | None:
    """The customer's row, or ``None``."""
    c = ct.customers
    return (await conn.execute(sa.select(c).where(c.c.id == customer_id))).first()


async def _workable(conn: AsyncConnection, customer_id: int) -> Row:
    row = await load_customer(conn, customer_id)
    if row is None:
        raise MutationRefusedError("unknown_customer", f"there is no customer {customer_id}")
    if row.erased_at is not None:
        raise MutationRefusedError(
            "erased_customer", f"customer {customer_id} was erased and cannot be changed"
        )
    if row.merged_into is not None:
        raise MutationRefusedError(
            "merged_customer",
            f"customer {customer_id} was merged into customer {row.merged_into}: "
            "change that profile instead",
        )
    return row


async def customer_drafts(conn: AsyncConnection, customer_id: int) -> list[Draft]:
    """The customer's current state, one upsert per queue it has a conversation in."""
    row = await load_customer(conn, customer_id)
    if row is None:
        return []
    entity = customer_from_row(row)
    return [eventlog.upsert(entity, queue_id=q) for q in await customer_queues(conn, customer_id)]


async def note(conn: AsyncConnection, call: MutationCall, op: CustomerNoteOp) -> list[Draft]:
    """Add a note to a customer's profile."""
    await _workable(conn, op.customer_id)
    n = cu.customer_notes
    inserted = await conn.execute(
        sa.insert(n).values(
            customer_id=op.customer_id,
            author_id=call.viewer.agent_id,
            author_name=call.author,
            body=op.body,
            created_at=time.time(),
        )
    )
    row = (await conn.execute(sa.select(n).where(n.c.id == eventlog.new_id(inserted)))).one()
    entity = note_from_row(row)
    queues = await customer_queues(conn, op.customer_id)
    return [eventlog.upsert(entity, queue_id=q) for q in queues]


def _held_reason(viewer: Viewer, kind: str, value: str, holder: int) -> str:
    whose = f"customer {holder}" if viewer.supervisor else "another customer"
    return f"the {kind} {value} belongs to {whose}; merge the two customers instead"


async def _identities(
    conn: AsyncConnection, viewer: Viewer, customer_id: int, op: CustomerUpdateOp
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Check the handles to add and remove; refuse before anything is written."""
    current = await identities.of_customer(conn, customer_id)
    wanted: list[tuple[str, str]] = [
        (i.type, identities.key(i.type, i.value)) for i in op.remove_identities
    ]
    remove = [handle for handle in wanted if handle in current]
    add: list[tuple[str, str]] = []
    for identity in op.add_identities:
        handle = (identity.type, identities.key(identity.type, identity.value))
        if handle in current or handle in add:
            continue
        holder = await identities.owner(conn, *handle)
        if holder is not None and holder != customer_id:
            raise MutationRefusedError("identity_taken", _held_reason(viewer, *handle, holder))
        add.append(handle)
    total = len(current) - len(remove) + len(add)
    if total > MAX_IDENTITIES:
        raise MutationRefusedError(
            "too_many_identities",
            f"a customer has at most {MAX_IDENTITIES} e-mail addresses, phones and chat "
            f"handles together; this change would make {total}",
        )
    return add, remove


def _primary(
    value: str | None, kind: str, handles: list[tuple[str, str]], removed: list[tuple[str, str]]
) -> str | None:
    """The primary e-mail or phone after a change: kept unless it was just removed
    (compared in normal form); an empty or removed one becomes the oldest remaining
    handle of that kind."""
    if value:
        normal = identities.normal_or_none(kind, value) or value
        if (kind, normal) not in removed:
            return value
    mine = [v for k, v in handles if k == kind]
    return mine[0] if mine else None


async def update(conn: AsyncConnection, call: MutationCall, op: CustomerUpdateOp) -> list[Draft]:
    """Change a customer's profile fields and handles."""
    row = await _workable(conn, op.customer_id)
    add, remove = await _identities(conn, call.viewer, op.customer_id, op)
    i = cu.customer_identities
    for kind, value in remove:
        await conn.execute(
            sa.delete(i).where(
                i.c.customer_id == op.customer_id, i.c.type == kind, i.c.value == value
            )
        )
    await identities.claim(conn, op.customer_id, add)
    handles = await identities.write_mirror(conn, op.customer_id)
    values: dict[str, object] = {"updated_at": time.time()}
    if op.name is not None:
        values["name"] = op.name
    if op.language is not None:
        values["language"] = op.language
    if op.timezone is not None:
        values["timezone"] = op.timezone
    if op.tags is not None:
        values["tags"] = json.dumps(sorted(set(op.tags)))
    if op.consent is not None:
        values |= {
            "consent_email": op.consent.email,
            "consent_phone": op.consent.phone,
            "consent_marketing": op.consent.marketing,
        }
    if add or remove:
        values["email"] = _primary(row.email, "email", handles, remove)
        values["phone"] = _primary(row.phone, "phone", handles, remove)
    c = ct.customers
    await conn.execute(sa.update(c).where(c.c.id == op.customer_id).values(**values))
    await search_terms.reindex(conn, op.customer_id)
    return await customer_drafts(conn, op.customer_id)
