"""Customer reads: who the customer is (the context column's facts, with tags and
consent), their notes, and the profile the desk last fetched (issue 10).

The profile page merges three things, each read here: the cached ``CustomerProfile``
(timeline, orders, promises: what the server answered at ``fetched_at``), the live
customer row (synced: newer tags, consent or time zone replace the profile's) and the
notes from the synced table (a note written offline shows at once, pending). pydantic is
imported only when a profile is read, so the first paint of the desk does not load it.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from protocol.customer360 import CustomerProfile


@dataclass(frozen=True)
class CustomerFacts:
    """A customer's synced row. ``tags`` and ``identities`` ((type, value) pairs) come
    from JSON columns; the consent flags are False until the customer said yes."""

    name: str
    email: str
    phone: str
    language: str
    timezone: str = ""
    tags: tuple[str, ...] = ()
    consent_email: bool = False
    consent_phone: bool = False
    consent_marketing: bool = False
    identities: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    merged_into: int | None = None
    erased: bool = False
    updated_at: float = 0.0


@dataclass(frozen=True)
class CustomerNote:
    """A note about the customer; ``pending`` until the server has it."""

    id: int
    customer_id: int
    author_name: str
    body: str
    created_at: float
    pending: bool


@dataclass(frozen=True)
class CachedHit:
    """A customer found in the cache (the shape of the server's ``CustomerHit``)."""

    id: int
    name: str
    matched: str
    matched_text: str
    tags: tuple[str, ...]
    last_contact_at: float | None


def _json_list(text: object) -> list[object]:
    if not isinstance(text, str) or not text:
        return []
    try:
        value = json.loads(text)
    except ValueError:
        return []
    return value if isinstance(value, list) else []


def _identities(text: object) -> tuple[tuple[str, str], ...]:
    found: list[tuple[str, str]] = []
    for item in _json_list(text):
        if isinstance(item, dict):
            kind, value = item.get("type"), item.get("value")
            if isinstance(kind, str) and isinstance(value, str):
                found.append((kind, value))
    return tuple(found)


class CustomerReads:
    """Customer reads; needs ``self.conn`` (the reader's connection)."""

    conn: sqlite3.Connection

    def customer_facts(self, customer_id: int) -> CustomerFacts | None:
        """One customer's row from the cache (a primary-key read)."""
        row = self.conn.execute(
            "SELECT name, email, phone, language, timezone, tags, consent_email,"
            " consent_phone, consent_marketing, identities, merged_into, erased, updated_at"
            " FROM customers WHERE id = ?",
            (customer_id,),
        ).fetchone()
        if row is None:
            return None
        return CustomerFacts(
            name=str(row[0] or ""),
            email=str(row[1] or ""),
            phone=str(row[2] or ""),
            language=str(row[3] or ""),
            timezone=str(row[4] or ""),
            tags=tuple(str(t) for t in _json_list(row[5]) if isinstance(t, str)),
            consent_email=bool(row[6]),
            consent_phone=bool(row[7]),
            consent_marketing=bool(row[8]),
            identities=_identities(row[9]),
            merged_into=int(row[10]) if row[10] is not None else None,
            erased=bool(row[11]),
            updated_at=float(row[12] or 0.0),
        )

    def customer_notes(self, customer_id: int, limit: int = 500) -> list[CustomerNote]:
        """The customer's notes, newest first (pending ones are the newest)."""
        rows = self.conn.execute(
            "SELECT id, customer_id, author_name, body, created_at, pending"
            " FROM customer_notes WHERE customer_id = ? ORDER BY created_at DESC, id DESC"
            " LIMIT ?",
            (customer_id, limit),
        ).fetchall()
        return [
            CustomerNote(int(r[0]), int(r[1]), str(r[2] or ""), str(r[3]), float(r[4]), bool(r[5]))
            for r in rows
        ]

    def profile_fetched_at(self, customer_id: int) -> float | None:
        """When the cached profile of this customer was fetched (None: never)."""
        row = self.conn.execute(
            "SELECT fetched_at FROM customer_profiles WHERE customer_id = ?", (customer_id,)
        ).fetchone()
        return float(row[0]) if row else None

    def cached_profile(self, customer_id: int) -> CustomerProfile | None:
        """The customer's profile as the server last answered it (None: never fetched,
        erased since, or written by a desk whose protocol no longer reads it)."""
        row = self.conn.execute(
            "SELECT json FROM customer_profiles WHERE customer_id = ?", (customer_id,)
        ).fetchone()
        if row is None:
            return None
        from pydantic import ValidationError

        from protocol.customer360 import CustomerProfile

        try:
            return CustomerProfile.model_validate_json(row[0])
        except ValidationError:
            return None  # an older shape: the next fetch replaces it

    def customer_ids_by_phone(self, phone: str, limit: int = 5) -> list[int]:
        """Cached customers whose primary phone is ``phone`` (E.164): the ringing call's
        customer when the call carries no customer id."""
        rows = self.conn.execute(
            "SELECT id FROM customers WHERE phone = ? AND NOT coalesce(erased, 0)"
            " ORDER BY id LIMIT ?",
            (phone, limit),
        ).fetchall()
        return [int(r[0]) for r in rows]

    def recent_customers(self, agent_id: int | None, limit: int = 12) -> list[CachedHit]:
        """The customers of the newest conversations in the cache, each once, newest
        first: ``agent_id``'s own (assigned) ones, or every cached one when that agent has
        none or is not known yet (signed out). The find box shows these before the agent
        types. Walks the ``last_message_at`` index in blocks and stops once it has
        ``limit`` people, so a cache of 100,000 conversations costs a few blocks."""
        for owner in (agent_id, None) if agent_id is not None else (None,):
            order: list[int] = []
            last: dict[int, float] = {}
            query = (
                "SELECT customer_id, last_message_at FROM conversations"
                + (" WHERE assignee_id = ?" if owner is not None else "")
                + " ORDER BY last_message_at DESC, id DESC LIMIT 200 OFFSET ?"
            )
            offset = 0
            while len(order) < limit * 2:
                args = (owner, offset) if owner is not None else (offset,)
                block = self.conn.execute(query, args).fetchall()
                for customer_id, at in block:
                    if customer_id is not None and int(customer_id) not in last:
                        last[int(customer_id)] = float(at)
                        order.append(int(customer_id))
                if len(block) < 200 or offset >= 2000:
                    break
                offset += 200
            hits = self._recent_hits(order, last, limit)
            if hits:
                return hits
        return []

    def _recent_hits(self, order: list[int], last: dict[int, float], limit: int) -> list[CachedHit]:
        if not order:
            return []
        marks = ",".join("?" * len(order))
        rows = self.conn.execute(
            f"SELECT id, name, tags FROM customers WHERE id IN ({marks})"
            " AND NOT coalesce(erased, 0) AND merged_into IS NULL",
            order,
        ).fetchall()
        people = {int(r[0]): (str(r[1] or ""), r[2]) for r in rows}
        hits = [
            CachedHit(
                id=cid,
                name=people[cid][0],
                matched="recent",
                matched_text="",
                tags=tuple(str(t) for t in _json_list(people[cid][1]) if isinstance(t, str)),
                last_contact_at=last[cid],
            )
            for cid in order
            if cid in people
        ]
        return hits[:limit]

    def find_cached_customers(self, query: str, limit: int = 20) -> list[CachedHit]:
        """Customers in the cache by a name or email fragment, or a phone fragment (its
        digits), with their last contact: the find box's answer offline. A scan of the
        cached customers (a desk holds thousands, not millions), newest contact first."""
        text = query.strip().casefold()
        if len(text) < 2:
            return []
        digits = "".join(ch for ch in text if ch.isdigit())
        like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        phone_like = f"%{digits}%" if len(digits) >= 3 else None
        rows = self.conn.execute(
            "SELECT c.id, c.name, c.email, c.phone, c.tags,"
            " (SELECT max(v.last_message_at) FROM conversations v WHERE v.customer_id = c.id)"
            " AS last_at,"
            " CASE WHEN lower(c.name) LIKE ? ESCAPE '\\' THEN 'name'"
            " WHEN lower(coalesce(c.email, '')) LIKE ? ESCAPE '\\' THEN 'email'"
            " ELSE 'phone' END"
            " FROM customers c WHERE NOT coalesce(c.erased, 0) AND c.merged_into IS NULL AND ("
            " lower(c.name) LIKE ? ESCAPE '\\' OR lower(coalesce(c.email, '')) LIKE ? ESCAPE '\\'"
            " OR (? IS NOT NULL AND replace(coalesce(c.phone, ''), '+', '') LIKE ?))"
            " ORDER BY last_at IS NULL, last_at DESC, c.id LIMIT ?",
            (like, like, like, like, phone_like, phone_like, limit),
        ).fetchall()
        hits: list[CachedHit] = []
        for cid, name, email, phone, tags, last_at, matched in rows:
            handle = {"name": "", "email": email or "", "phone": phone or ""}[matched]
            hits.append(
                CachedHit(
                    id=int(cid),
                    name=str(name or ""),
                    matched=str(matched),
                    matched_text=str(handle),
                    tags=tuple(str(t) for t in _json_list(tags) if isinstance(t, str)),
                    last_contact_at=float(last_at) if last_at is not None else None,
                )
            )
        return hits
