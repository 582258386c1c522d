"""Identities: the handles one customer is reached by, each held by one customer only.

The rows are the truth (``UNIQUE(type, value)`` makes a handle one person's); the JSON
mirror on the customer's row is what the entity is built from, rewritten by
:func:`write_mirror` whenever the rows change.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.kinds.customers import normal_handle
from server.domains.customers import tables as t

customer_mirror = sa.table("customers", sa.column("id"), sa.column("identities"))

CHANNEL_IDENTITY = {"email": "email", "phone": "phone", "chat": "chat"}
"""The identity type a channel's customer ``ref`` is."""


def key(kind: str, normal: str) -> str:
    """How a handle already in normal form is stored and compared: e-mail addresses
    wholly lower-cased (the protocol lower-cases only the domain, but people type
    ``Anna.K@`` and ``anna.k@`` for one mailbox, and every large provider agrees)."""
    return normal.lower() if kind == "email" else normal


def normal_or_none(kind: str, value: str | None) -> str | None:
    """``value`` as a stored handle of ``kind`` (normal form, :func:`key`), or ``None``
    if it is not one."""
    if not value:
        return None
    try:
        return key(kind, normal_handle(kind, value))
    except ValueError:
        return None


async def owner(conn: AsyncConnection, kind: str, value: str) -> int | None:
    """The customer holding this handle, if any."""
    i = t.customer_identities
    found = (
        await conn.execute(sa.select(i.c.customer_id).where(i.c.type == kind, i.c.value == value))
    ).scalar()
    return None if found is None else int(found)


async def of_customer(conn: AsyncConnection, customer_id: int) -> list[tuple[str, str]]:
    """The customer's handles, oldest first."""
    i = t.customer_identities
    rows = await conn.execute(
        sa.select(i.c.type, i.c.value).where(i.c.customer_id == customer_id).order_by(i.c.id)
    )
    return [(str(r.type), str(r.value)) for r in rows]


async def write_mirror(conn: AsyncConnection, customer_id: int) -> list[tuple[str, str]]:
    """Copy the customer's identity rows into the JSON mirror on its row."""
    handles = await of_customer(conn, customer_id)
    await conn.execute(
        sa.update(customer_mirror)
        .where(customer_mirror.c.id == customer_id)
        .values(identities=json.dumps([list(h) for h in handles], ensure_ascii=False))
    )
    return handles


async def claim(conn: AsyncConnection, customer_id: int, handles: Iterable[tuple[str, str]]) -> int:
    """Give the customer those handles nobody holds yet (a held one is skipped); the
    number added. The caller rewrites the mirror and the search terms."""
    added = 0
    for kind, value in dict.fromkeys(handles):
        if await owner(conn, kind, value) is None:
            await conn.execute(
                sa.insert(t.customer_identities).values(
                    customer_id=customer_id, type=kind, value=value
                )
            )
            added += 1
    return added
