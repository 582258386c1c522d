"""Demo customer profiles: the seed's customers get what a real centre knows about people.

Each demo customer holds its e-mail and phone as identities, some a second address or a
web-chat handle, segment tags (``vip``, ``at-risk``, ...), consent flags, the time zone
of its market, and every tenth a note from an agent; the search terms follow. One seeded
random per customer, so a re-seed makes the same profiles. Runs inside the seed, right
after its rows are written and before the event log opens, and appends the customers'
and notes' events after the stored latest seq (one upsert per queue the customer has a
conversation in, as ``customer.update`` would).
"""

from __future__ import annotations

import json
import random
import time
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from server.core import eventlog
from server.core import tables as house
from server.core.eventlog import Draft
from server.core.sqlite_log import append
from server.domains.conversations import tables as ct
from server.domains.conversations.entities import customer_from_row
from server.domains.customers import identities, search_terms
from server.domains.customers import tables as cu
from server.domains.customers.entities import note_from_row

ZONES = {
    "fi": "Europe/Helsinki",
    "zh-Hans": "Asia/Shanghai",
    "zh-Hant": "Asia/Taipei",
    "en": "Europe/London",
}
TAGS = ("vip", "at-risk", "b2b", "newsletter", "frequent-returns")
NOTES = {
    "en": "Prefers e-mail over phone; calls only after 17:00.",
    "fi": "Toivoo yhteydenottoa sähköpostilla, soitot vasta klo 17 jälkeen.",
    "zh-Hans": "客户希望通过电子邮件联系，下午五点后才方便接电话。",
    "zh-Hant": "客戶希望透過電子郵件聯絡，下午五點後才方便接電話。",
}


def _handles(rng: random.Random, row: sa.Row[tuple[object, ...]]) -> list[tuple[str, str]]:
    handles: list[tuple[str, str]] = []
    for kind, value in (("email", row.email), ("phone", row.phone)):
        normal = identities.normal_or_none(kind, str(value or ""))
        if normal is not None:
            handles.append((kind, normal))
    local = str(row.email or "").partition("@")[0]
    if local and rng.random() < 0.3:
        handles.append(("email", f"{local}@example.org"))
    if rng.random() < 0.25:
        handles.append(("chat", f"web-{int(row.id):04d}"))
    return handles


async def seed_profiles(conn: AsyncConnection) -> int:
    """Give every customer of a freshly seeded database its profile (see the module doc);
    the number of customers enriched.

    Every test that starts a demo server pays for this, so it is a handful of bulk
    statements (about 0.1 s for the 200 customers) rather than ten per customer; the
    seeded random draws stay in the same order, so the profiles are the same."""
    c = ct.customers
    rows = list(await conn.execute(sa.select(c).order_by(c.c.id)))
    agents = list(
        await conn.execute(
            sa.select(house.agents.c.id, house.agents.c.display_name).where(
                house.agents.c.role == "agent"
            )
        )
    )
    i = cu.customer_identities
    held = {(str(r.type), str(r.value)) for r in await conn.execute(sa.select(i.c.type, i.c.value))}
    now = time.time()
    identity_rows: list[dict[str, object]] = []
    updates: list[dict[str, object]] = []
    term_rows: list[dict[str, object]] = []
    note_rows: list[dict[str, object]] = []
    for row in rows:
        cid = int(row.id)
        rng = random.Random(f"profile-{cid}")  # noqa: S311 - a demo, not a secret
        mine: list[tuple[str, str]] = []
        for handle in dict.fromkeys(_handles(rng, row)):
            if handle not in held:  # one handle, one person (the first to claim it)
                held.add(handle)
                mine.append(handle)
                identity_rows.append({"customer_id": cid, "type": handle[0], "value": handle[1]})
        tags = sorted(rng.sample(TAGS, rng.choice((0, 0, 1, 1, 2))))
        updates.append(
            {
                "cid": cid,
                "timezone": ZONES.get(str(row.language), "UTC"),
                "tags": json.dumps(tags),
                "consent_email": rng.random() < 0.8,
                "consent_phone": rng.random() < 0.5,
                "consent_marketing": rng.random() < 0.3,
                "updated_at": now,
                "identities": json.dumps([list(h) for h in mine], ensure_ascii=False),
            }
        )
        terms = search_terms.terms_of(str(row.name or ""), row.email, row.phone, mine)
        term_rows += [{"term": t, "customer_id": cid, "field": f} for t, f in sorted(terms)]
        if cid % 10 == 0 and agents:
            author = agents[cid % len(agents)]
            note_rows.append(
                {
                    "customer_id": cid,
                    "author_id": author.id,
                    "author_name": author.display_name,
                    "body": NOTES.get(str(row.language), NOTES["en"]),
                    "created_at": now - 86_400 * rng.randint(1, 60),
                }
            )
    if identity_rows:
        await conn.execute(sa.insert(i), identity_rows)
    if updates:
        values: dict[str, Any] = {k: sa.bindparam(k) for k in updates[0] if k != "cid"}
        await conn.execute(
            sa.update(c).where(c.c.id == sa.bindparam("cid")).values(values), updates
        )
    if term_rows:
        await conn.execute(sa.insert(cu.customer_search), term_rows)
    n = cu.customer_notes
    if note_rows:
        await conn.execute(sa.insert(n), note_rows)
    return await _append_events(conn, [int(r.id) for r in rows])


async def _append_events(conn: AsyncConnection, customer_ids: list[int]) -> int:
    """The customers' and their notes' events, one upsert per queue each customer has a
    conversation in, after the stored latest seq."""
    c = ct.customers
    cv = ct.conversations
    n = cu.customer_notes
    queues: dict[int, list[int]] = {}
    for r in await conn.execute(
        sa.select(cv.c.customer_id, cv.c.queue_id).distinct().order_by(cv.c.queue_id)
    ):
        queues.setdefault(int(r.customer_id), []).append(int(r.queue_id))
    customers = {int(r.id): r for r in await conn.execute(sa.select(c))}
    notes: dict[int, list[Any]] = {}
    for r in await conn.execute(sa.select(n).order_by(n.c.id)):
        notes.setdefault(int(r.customer_id), []).append(r)
    drafts: list[Draft] = []
    for cid in customer_ids:
        entity = customer_from_row(customers[cid])
        drafts += [eventlog.upsert(entity, queue_id=q) for q in queues.get(cid, [])]
        for note in notes.get(cid, []):
            drafts += [
                eventlog.upsert(note_from_row(note), queue_id=q) for q in queues.get(cid, [])
            ]
    latest = (await conn.execute(sa.select(sa.func.max(house.events.c.seq)))).scalar() or 0
    await append(conn, drafts, after_seq=int(latest))
    return len(customer_ids)
