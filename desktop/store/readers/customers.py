"""Customer reads: who the customer of a conversation is (the context column's facts)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class CustomerFacts:
    name: str
    email: str
    phone: str
    language: str


class CustomerReads:
    """Customer reads; needs ``self.conn`` (the reader's connection)."""

    conn: sqlite3.Connection

    def customer_facts(self, customer_id: int) -> CustomerFacts | None:
        """One customer's contact details from the cache (a primary-key read)."""
        row = self.conn.execute(
            "SELECT name, email, phone, language FROM customers WHERE id = ?", (customer_id,)
        ).fetchone()
        if row is None:
            return None
        return CustomerFacts(*(str(v or "") for v in row))
