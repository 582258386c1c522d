"""Find a customer: ``GET /api/customers/search?q=`` and the function it runs.

A query is a few prefix range scans on ``customer_search``'s key (see
:mod:`.search_terms`) and on the case-folded order number index, each reading at most a
few hundred keys whatever the number of customers:

- digits (3 or more, with spaces, ``+``, ``-``, ``(``, ``)`` around them): the phone
  scan, any fragment of the number (a leading trunk ``0`` also tried without it, so
  ``040 123`` finds ``+358 40 123...``);
- otherwise the whole folded query against every term (a name word's prefix, a CJK
  substring of a name, an e-mail or chat handle's prefix); a query of several words
  scans its longest word among names and keeps the customers whose name has a word
  starting with each of the others;
- always: order numbers starting with the query (case-insensitive).

Merged and erased customers have no terms, so they are never found. Every signed-in
agent may search every customer: contact centres find callers from other queues, and a
hit is the profile header only (what a profile read shows anyway).
"""

from __future__ import annotations

import json
import re
from typing import Any, Literal, cast

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.customer360 import SEARCH_HITS_MAX, CustomerHit, CustomerSearchResult
from server.domains.customers import tables as t
from server.domains.customers.search_terms import (
    MIN_PHONE_DIGITS,
    TOP,
    fold,
    name_terms,
)

Field = Literal["name", "email", "phone", "chat", "order"]
SCAN_ROWS = 200
"""Keys read per scan: enough for 20 distinct customers when several terms of one
customer share a prefix (a phone's suffixes, a CJK name's)."""
NAME_CANDIDATES = 2_000
_PHONE_QUERY = re.compile(r"^[+\d][\d\s().\-]*$")

customer_table = sa.table(
    "customers",
    sa.column("id"),
    sa.column("name"),
    sa.column("email"),
    sa.column("phone"),
    sa.column("language"),
    sa.column("tags"),
    sa.column("merged_into"),
    sa.column("erased_at"),
)
order_table = sa.table("orders", sa.column("number"), sa.column("customer_id"))
conversation_table = sa.table(
    "conversations", sa.column("customer_id"), sa.column("last_message_at")
)


async def _scan(
    conn: AsyncConnection, prefix: str, field: str | None = None, rows: int = SCAN_ROWS
) -> list[tuple[int, str, str]]:
    """``(customer_id, field, term)`` of the terms starting with ``prefix``, in key order."""
    s = t.customer_search
    query = sa.select(s.c.customer_id, s.c.field, s.c.term).where(
        s.c.term >= prefix, s.c.term < prefix + TOP
    )
    if field is not None:
        query = query.where(s.c.field == field)
    found = await conn.execute(query.order_by(s.c.term).limit(rows))
    return [(int(r.customer_id), str(r.field), str(r.term)) for r in found]


async def _orders(conn: AsyncConnection, folded: str) -> list[tuple[int, str, str]]:
    o = order_table
    number = sa.func.lower(o.c.number)
    found = await conn.execute(
        sa.select(o.c.customer_id, o.c.number)
        .where(number >= folded, number < folded + TOP)
        .order_by(number)
        .limit(SCAN_ROWS)
    )
    return [(int(r.customer_id), "order", str(r.number)) for r in found]


async def _names(conn: AsyncConnection, words: list[str]) -> list[tuple[int, str, str]]:
    """Customers whose name has a word starting with each of ``words``."""
    longest = max(words, key=len)
    candidates = await _scan(conn, longest, "name", NAME_CANDIDATES)
    ids = list(dict.fromkeys(cid for cid, _f, _t in candidates))
    if not ids:
        return []
    c = customer_table
    names = {
        int(r.id): str(r.name)
        for r in await conn.execute(sa.select(c.c.id, c.c.name).where(c.c.id.in_(ids)))
    }
    hits = []
    for cid in ids:
        terms = name_terms(names.get(cid, ""))
        if all(any(term.startswith(w) for term in terms) for w in words):
            hits.append((cid, "name", names.get(cid, "")))
    return hits


async def search(conn: AsyncConnection, query: str) -> CustomerSearchResult:
    """The customers ``query`` finds (at most :data:`SEARCH_HITS_MAX`), best kind of match
    first: phone fragments, then handles and names, then order numbers."""
    folded = fold(query)
    found: list[tuple[int, str, str]] = []
    digits = re.sub(r"\D", "", folded)
    if _PHONE_QUERY.match(folded) and len(digits) >= MIN_PHONE_DIGITS:
        found += await _scan(conn, digits, "phone")
        national = digits.lstrip("0")
        if national != digits and len(national) >= MIN_PHONE_DIGITS:
            # A number typed the national way (040 123...) without its trunk zero.
            found += await _scan(conn, national, "phone")
    words = folded.split()
    if len(words) > 1:
        found += await _scan(conn, folded)
        found += await _names(conn, words)
    elif folded:
        found += await _scan(conn, folded)
    found += await _orders(conn, folded)
    first: dict[int, tuple[str, str]] = {}
    for cid, field, text in found:
        first.setdefault(cid, (field, text))
    return CustomerSearchResult(query=query, hits=await _hits(conn, first))


async def _hits(conn: AsyncConnection, first: dict[int, tuple[str, str]]) -> list[CustomerHit]:
    if not first:
        return []
    c = customer_table
    wanted = list(first)[: SEARCH_HITS_MAX * 3]
    rows = {
        int(r.id): r
        for r in await conn.execute(
            sa.select(c).where(
                c.c.id.in_(wanted), c.c.merged_into.is_(None), c.c.erased_at.is_(None)
            )
        )
    }
    kept = [cid for cid in wanted if cid in rows][:SEARCH_HITS_MAX]
    cv = conversation_table
    last = {
        int(r.customer_id): float(r.at)
        for r in await conn.execute(
            sa.select(cv.c.customer_id, sa.func.max(cv.c.last_message_at).label("at"))
            .where(cv.c.customer_id.in_(kept))
            .group_by(cv.c.customer_id)
        )
    }
    return [_hit(rows[cid], *first[cid], last.get(cid)) for cid in kept]


def _hit(row: Any, field: str, text: str, last_contact_at: float | None) -> CustomerHit:
    return CustomerHit(
        id=row.id,
        name=row.name,
        email=row.email,
        phone=row.phone,
        language=row.language,
        tags=json.loads(row.tags or "[]"),
        matched=cast(Field, field),
        matched_text=text[:200],
        last_contact_at=last_contact_at,
    )
