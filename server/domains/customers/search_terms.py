"""The find-customer index: what terms a customer is found by, and keeping them current.

Every term is a key of ``customer_search`` and a query is one prefix range scan on that
key (``term >= q AND term < q + U+10FFFF``), so its cost depends on the hits read, not on
the number of customers. Terms per field:

- name: each case-folded word (a query finds word prefixes); a word in a CJK script is
  stored as every suffix, so a prefix scan finds any substring (``小明`` in ``王小明``);
- email: the whole address, lower-cased (a query finds prefixes of the address);
- phone: every suffix of the E.164 digits with 3 or more digits, so a prefix scan finds
  any fragment of the number (``4012`` in ``+358401234567``);
- chat: the handle, case-folded.

:func:`reindex` rewrites one customer's terms from its row and identities; intake,
``customer.update``, merges and the erase call it (an erased or merged customer has
none).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from server.domains.customers import tables as t

MAX_TERM_CHARS = 320
MIN_PHONE_DIGITS = 3
MAX_CJK_SUFFIXES = 32
"""A CJK word longer than this is indexed by its first 32 suffixes (names are short)."""
TOP = "\U0010ffff"
"""Sorts after every character: ``[q, q + TOP)`` is the range of terms starting with q."""

_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")

customer_table = sa.table(
    "customers",
    sa.column("id"),
    sa.column("name"),
    sa.column("email"),
    sa.column("phone"),
    sa.column("identities"),
    sa.column("merged_into"),
    sa.column("erased_at"),
)


def fold(text: str) -> str:
    """The form terms and queries are compared in: NFKC, case-folded, one line."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def name_terms(name: str) -> set[str]:
    """A name's word terms; CJK words as every suffix (see the module doc)."""
    terms: set[str] = set()
    for word in _WORD.findall(fold(name)):
        if _CJK.search(word):
            terms.update(word[i:] for i in range(min(len(word), MAX_CJK_SUFFIXES)))
        else:
            terms.add(word[:MAX_TERM_CHARS])
    return terms


def phone_terms(phone: str) -> set[str]:
    """Every suffix of the number's digits with at least :data:`MIN_PHONE_DIGITS`."""
    digits = re.sub(r"\D", "", phone)
    return {digits[i:] for i in range(len(digits) - MIN_PHONE_DIGITS + 1)}


def terms_of(
    name: str, email: str | None, phone: str | None, identities: Iterable[tuple[str, str]]
) -> set[tuple[str, str]]:
    """``(term, field)`` pairs of one customer."""
    terms = {(term, "name") for term in name_terms(name)}
    emails = {email} if email else set()
    phones = {phone} if phone else set()
    for kind, value in identities:
        if kind == "email":
            emails.add(value)
        elif kind == "phone":
            phones.add(value)
        else:
            terms.add((fold(value)[:MAX_TERM_CHARS], "chat"))
    terms.update((fold(e)[:MAX_TERM_CHARS], "email") for e in emails)
    for p in phones:
        terms.update((term, "phone") for term in phone_terms(p))
    return {(term, field) for term, field in terms if term}


async def reindex(conn: AsyncConnection, customer_id: int) -> None:
    """Rewrite one customer's search terms from its row and identities; an erased or
    merged customer (or a missing id) is left with none, so search never finds it."""
    s = t.customer_search
    await conn.execute(sa.delete(s).where(s.c.customer_id == customer_id))
    c = customer_table
    row = (await conn.execute(sa.select(c).where(c.c.id == customer_id))).first()
    if row is None or row.erased_at is not None or row.merged_into is not None:
        return
    identities = [(kind, value) for kind, value in json.loads(row.identities or "[]")]
    terms = terms_of(row.name or "", row.email, row.phone, identities)
    if terms:
        await conn.execute(
            sa.insert(s),
            [{"term": term, "customer_id": customer_id, "field": f} for term, f in sorted(terms)],
        )
