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

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from server.core import eventlog
from server.core import tables as house
from server.core.eventlog import Draft
from server.core.sqlite_log import append
from server.customer360.customer_ops import customer_drafts
from server.domains.conversations import tables as ct
from server.domains.customers import identities, search_terms
from server.domains.customers import tables as cu
from server.domains.customers.entities import customer_queues, note_from_row

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
    the number of customers enriched."""
    c = ct.customers
    rows = list(await conn.execute(sa.select(c).order_by(c.c.id)))
    agents = list(
        await conn.execute(
            sa.select(house.agents.c.id, house.agents.c.display_name).where(
                house.agents.c.role == "agent"
            )
        )
    )
    now = time.time()
    drafts: list[Draft] = []
    for row in rows:
        cid = int(row.id)
        rng = random.Random(f"profile-{cid}")  # noqa: S311 - a demo, not a secret
        await identities.claim(conn, cid, _handles(rng, row))
        await identities.write_mirror(conn, cid)
        tags = sorted(rng.sample(TAGS, rng.choice((0, 0, 1, 1, 2))))
        await conn.execute(
            sa.update(c)
            .where(c.c.id == cid)
            .values(
                timezone=ZONES.get(str(row.language), "UTC"),
                tags=json.dumps(tags),
                consent_email=rng.random() < 0.8,
                consent_phone=rng.random() < 0.5,
                consent_marketing=rng.random() < 0.3,
                updated_at=now,
            )
        )
        await search_terms.reindex(conn, cid)
        drafts += await customer_drafts(conn, cid)
        if cid % 10 == 0 and agents:
            author = agents[cid % len(agents)]
            n = cu.customer_notes
            inserted = await conn.execute(
                sa.insert(n).values(
                    customer_id=cid,
                    author_id=author.id,
                    author_name=author.display_name,
                    body=NOTES.get(str(row.language), NOTES["en"]),
                    created_at=now - 86_400 * rng.randint(1, 60),
                )
            )
            note = (
                await conn.execute(sa.select(n).where(n.c.id == eventlog.new_id(inserted)))
            ).one()
            drafts += [
                eventlog.upsert(note_from_row(note), queue_id=q)
                for q in await customer_queues(conn, cid)
            ]
    latest = (await conn.execute(sa.select(sa.func.max(house.events.c.seq)))).scalar() or 0
    await append(conn, drafts, after_seq=int(latest))
    return len(rows)
