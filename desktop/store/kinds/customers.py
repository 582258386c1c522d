"""Store declarations of the customer 360 (issue 10): notes about a customer, the
customer's own columns (tags, consent, identities) and the profiles fetched on demand.

The ``customer`` kind itself stays declared in ``conversations.py`` (its table is made by
``_v1``); its row and its erase hook live here beside the rest of the customer's data.
``CUSTOMER_NOTE`` is listed in ``conversations.KINDS`` right after the customer (parents
first), so the registry in ``kinds/__init__.py`` needs no edit of its own.

``customer_profiles`` is desk-only: the whole ``CustomerProfile`` the server answered
(``desktop/sync/customers.py`` writes it through the cache writer), so a profile opens
offline. An upsert of an erased customer (``erased`` set by the server's GDPR erase)
drops that customer's profile and notes in the transaction that applies it: erased data
leaves the cache with the event, not at the next fetch.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop.store.kinds.base import Row, StoreKind
from protocol.kinds.customers import CustomerData, CustomerNoteData

if TYPE_CHECKING:
    from protocol.customer360 import CustomerProfile

CUSTOMER_COLUMNS: tuple[str, ...] = (
    "id",
    "name",
    "email",
    "phone",
    "language",
    "timezone",
    "tags",
    "consent_email",
    "consent_phone",
    "consent_marketing",
    "identities",
    "merged_into",
    "erased",
    "updated_at",
)


def customer_row(customer: CustomerData) -> Row:
    """The ``customers`` row of an entity: tags and identities as JSON text."""
    return (
        customer.id,
        customer.name,
        customer.email,
        customer.phone,
        customer.language,
        customer.timezone,
        json.dumps(customer.tags, ensure_ascii=False),
        int(customer.consent.email),
        int(customer.consent.phone),
        int(customer.consent.marketing),
        json.dumps([i.model_dump() for i in customer.identities], ensure_ascii=False),
        customer.merged_into,
        int(customer.erased),
        customer.updated_at,
    )


def drop_erased(conn: sqlite3.Connection, customers: Sequence[CustomerData]) -> None:
    """An erased customer's cached profile and notes leave with the event that erases
    it (the customer's row itself is the blanked copy the server sent)."""
    erased = [(c.id,) for c in customers if c.erased]
    if erased:
        conn.executemany("DELETE FROM customer_profiles WHERE customer_id = ?", erased)
        conn.executemany("DELETE FROM customer_notes WHERE customer_id = ?", erased)


CUSTOMER_NOTE = StoreKind(
    model=CustomerNoteData,
    table="customer_notes",
    columns=("id", "customer_id", "author_id", "author_name", "body", "created_at"),
    fixed=(("pending", "0"),),
    topic="customer_notes",
    touched_by="customer_id",  # the page re-reads one customer's notes
    migration="_v13",
    replaced="id > 0",  # a note written offline is the agent's unsent work
)

KINDS: tuple[StoreKind, ...] = (CUSTOMER_NOTE,)


# --------------------------------------------------------------------------- profiles


def put_profile(conn: sqlite3.Connection, profile: CustomerProfile) -> bool:
    """Keep ``profile`` as the customer's cached profile (newer ``fetched_at`` wins);
    False when the customer is erased in the cache (their data must not come back) or a
    newer copy is already there."""
    customer_id = profile.customer.id
    erased = conn.execute("SELECT erased FROM customers WHERE id = ?", (customer_id,)).fetchone()
    if profile.customer.erased or (erased is not None and erased[0]):
        conn.execute("DELETE FROM customer_profiles WHERE customer_id = ?", (customer_id,))
        return False
    cursor = conn.execute(
        "INSERT INTO customer_profiles (customer_id, fetched_at, json) VALUES (?, ?, ?)"
        " ON CONFLICT(customer_id) DO UPDATE SET fetched_at = excluded.fetched_at,"
        " json = excluded.json WHERE excluded.fetched_at >= customer_profiles.fetched_at",
        (customer_id, profile.fetched_at or time.time(), profile.model_dump_json()),
    )
    return cursor.rowcount > 0


def drop_profile(conn: sqlite3.Connection, customer_id: int) -> None:
    """Forget a cached profile (the server says the customer is gone or not ours)."""
    conn.execute("DELETE FROM customer_profiles WHERE customer_id = ?", (customer_id,))
