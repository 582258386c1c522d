"""Demo complaints: a handful in every state, on recent demo conversations, so the desk's
complaint tab, the supervisors' list and the reminders have something to show at once.

Seven complaints across the four queues: new, investigating (one escalated to the
supervisor, one to second level), awaiting the customer, resolved with the customer's
satisfaction and closed, one opened six days ago so the supervisors' list has an old
one on top. Their follow-up tasks fall due for demo agents later today or are already
overdue, so agent01 (General, Billing, Delivery) and agent02 see reminders on signing in;
one of agent01's tasks belongs to a Technical Support complaint, a queue agent01 does not
work in, which shows a task reaching its assignee outside the queue.

The customer's own words (description, what they want) are in the customer's language;
what agents write for each other (tasks, reasons, resolutions) is in English.
Deterministic in content (times relative to now), written with the domain's own mappers
and events, and only into a database without complaints.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from server.core import eventlog
from server.core.eventlog import Draft
from server.core.sqlite_log import append, latest_and_floor
from server.domains.complaints import tables as t
from server.domains.complaints.entities import (
    complaint_events,
    complaint_from_row,
    task_events,
    task_from_row,
)

log = logging.getLogger(__name__)

HOUR = 3600.0
DAY = 24 * HOUR
SUPERVISOR_ID = 11
"""supervisor01 in the demo seed."""


@dataclass(frozen=True)
class Task:
    title: str
    assignee: int
    due_in: float
    """Seconds from now (negative: overdue)."""
    done: bool = False


@dataclass(frozen=True)
class Spec:
    queue_id: int
    owner: int
    category: str
    severity: str
    state: str
    age: float
    """Seconds since it was opened."""
    words: dict[str, tuple[str, str]]
    """Language -> (description, what the customer wants)."""
    escalation: tuple[str, int, str] | None = None
    """(level, to agent, reason)."""
    resolution: str = ""
    satisfaction: int | None = None
    tasks: tuple[Task, ...] = ()
    contact: tuple[str, str] | None = None
    """(channel, customer field to copy): the contact the customer confirmed."""


SPECS: tuple[Spec, ...] = (
    Spec(
        2,
        1,
        "billing",
        "medium",
        "new",
        2 * HOUR,
        {
            "en": (
                "Charged twice for the same invoice this month.",
                "Refund of the double charge.",
            ),
            "fi": ("Sama lasku veloitettiin kahdesti tässä kuussa.", "Tuplaveloitus takaisin."),
            "zh-Hans": ("本月同一张发票被扣了两次款。", "退还重复扣款。"),
            "zh-Hant": ("本月同一張發票被扣了兩次款。", "退還重複扣款。"),
        },
        tasks=(Task("Check the double charge with the payment provider", 1, 3 * HOUR),),
        contact=("email", "email"),
    ),
    Spec(
        3,
        1,
        "delivery",
        "high",
        "investigating",
        2 * DAY,
        {
            "en": (
                "The parcel was marked delivered but never arrived.",
                "A new parcel sent by express.",
            ),
            "fi": (
                "Paketti merkittiin toimitetuksi, mutta sitä ei koskaan tullut.",
                "Uusi paketti pikatoimituksena.",
            ),
            "zh-Hans": ("包裹显示已签收，但我从未收到。", "用快递重新寄一个包裹。"),
            "zh-Hant": ("包裹顯示已簽收，但我從未收到。", "用快遞重新寄一個包裹。"),
        },
        escalation=(
            "supervisor",
            SUPERVISOR_ID,
            "Third lost parcel this year; needs a goodwill decision.",
        ),
        tasks=(
            Task("Open a claim with the carrier", 1, -DAY),
            Task("Decide on goodwill compensation", SUPERVISOR_ID, 5 * HOUR),
        ),
        contact=("phone", "phone"),
    ),
    Spec(
        1,
        1,
        "product",
        "low",
        "awaiting_customer",
        3 * DAY,
        {
            "en": ("The jacket's zip broke after two weeks.", "A replacement jacket."),
            "fi": ("Takin vetoketju hajosi kahden viikon jälkeen.", "Uusi takki tilalle."),
            "zh-Hans": ("夹克的拉链两周后就坏了。", "换一件新夹克。"),
            "zh-Hant": ("夾克的拉鍊兩週後就壞了。", "換一件新夾克。"),
        },
        tasks=(Task("Remind the customer to send photos of the zip", 1, -3 * HOUR),),
    ),
    Spec(
        4,
        2,
        "service",
        "high",
        "investigating",
        DAY,
        {
            "en": (
                "I cannot sign in since the update and lost a day's work.",
                "Access back today and an explanation.",
            ),
            "fi": (
                "En pääse kirjautumaan päivityksen jälkeen, päivän työt menivät hukkaan.",
                "Pääsy takaisin tänään ja selitys.",
            ),
            "zh-Hans": ("更新后无法登录，损失了一天的工作。", "今天恢复访问并给出解释。"),
            "zh-Hant": ("更新後無法登入，損失了一天的工作。", "今天恢復存取並給出解釋。"),
        },
        escalation=(
            "second_level",
            2,
            "Sign-in fails for this account only; needs the identity team.",
        ),
        tasks=(
            Task("Call the customer back with the fix", 2, HOUR),
            Task("Confirm the refund of a month's fee", 1, 4 * HOUR),
        ),
    ),
    Spec(
        3,
        1,
        "delivery",
        "medium",
        "resolved",
        5 * DAY,
        {
            "en": ("The courier left the parcel in the rain.", "Compensation for the damaged box."),
            "fi": ("Kuriiri jätti paketin sateeseen.", "Hyvitys kastuneesta laatikosta."),
            "zh-Hans": ("快递员把包裹放在雨里。", "赔偿被淋湿的箱子。"),
            "zh-Hant": ("快遞員把包裹放在雨裡。", "賠償被淋濕的箱子。"),
        },
        resolution="A 15 € voucher sent; the carrier was told about the driver.",
        satisfaction=4,
        tasks=(Task("Send the voucher", 1, -2 * DAY, done=True),),
    ),
    Spec(
        2,
        1,
        "billing",
        "low",
        "closed",
        12 * DAY,
        {
            "en": ("The invoice shows the wrong address.", "A corrected invoice."),
            "fi": ("Laskussa on väärä osoite.", "Korjattu lasku."),
            "zh-Hans": ("发票上的地址不对。", "开一张更正后的发票。"),
            "zh-Hant": ("發票上的地址不對。", "開一張更正後的發票。"),
        },
        resolution="Corrected invoice sent and the address fixed in the customer record.",
        satisfaction=5,
    ),
    Spec(
        1,
        1,
        "conduct",
        "critical",
        "new",
        6 * DAY,
        {
            "en": (
                "The agent on the phone was rude and hung up on me.",
                "An apology and a call back.",
            ),
            "fi": (
                "Puhelimessa ollut asiakaspalvelija oli epäkohtelias ja katkaisi puhelun.",
                "Anteeksipyyntö ja soitto takaisin.",
            ),
            "zh-Hans": ("电话客服态度粗鲁，还挂了我的电话。", "道歉并回电。"),
            "zh-Hant": ("電話客服態度粗魯，還掛了我的電話。", "道歉並回電。"),
        },
        tasks=(Task("Listen to the call recording", SUPERVISOR_ID, -2 * HOUR),),
    ),
)


async def _conversations(engine: AsyncEngine) -> list[Any]:
    cv = sa.table(
        "conversations",
        sa.column("id"),
        sa.column("queue_id"),
        sa.column("customer_id"),
        sa.column("status"),
    )
    cu = sa.table(
        "customers", sa.column("id"), sa.column("language"), sa.column("email"), sa.column("phone")
    )
    query = (
        sa.select(
            cv.c.id,
            cv.c.queue_id,
            cv.c.customer_id,
            cv.c.status,
            cu.c.language,
            cu.c.email,
            cu.c.phone,
        )
        .join(cu, cu.c.id == cv.c.customer_id)
        .order_by(cv.c.id.desc())
    )
    async with engine.connect() as conn:
        return list(await conn.execute(query))


def _pick(conversations: list[Any], spec: Spec, used: set[int]) -> Any | None:
    """The newest unused conversation of the spec's queue (an open one for an open
    complaint, a resolved one for a finished complaint)."""
    finished = spec.state in ("resolved", "closed")
    for row in conversations:
        if row.queue_id != spec.queue_id or row.id in used:
            continue
        if (row.status == "resolved") == finished:
            used.add(row.id)
            return row
    return None


def _complaint_values(spec: Spec, conv: Any, now: float) -> dict[str, Any]:
    description, wanted = spec.words.get(conv.language, spec.words["en"])
    created = now - spec.age
    values: dict[str, Any] = {
        "customer_id": conv.customer_id,
        "conversation_id": conv.id,
        "queue_id": conv.queue_id,
        "category": spec.category,
        "severity": spec.severity,
        "description": description,
        "wanted": wanted,
        "state": spec.state,
        "owner_id": spec.owner,
        "created_by_id": spec.owner,
        "created_at": created,
        "state_since": created + spec.age / 2 if spec.state != "new" else created,
        "updated_at": created + spec.age / 2,
        "resolution": spec.resolution,
        "satisfaction": spec.satisfaction,
    }
    if spec.contact is not None and getattr(conv, spec.contact[1]):
        channel, field = spec.contact
        value = str(getattr(conv, field)).replace(" ", "")
        values |= {"contact_channel": channel, "contact_value": value, "contact_confirmed": True}
    if spec.state in ("resolved", "closed"):
        values["resolved_at"] = created + spec.age / 2
    if spec.state == "closed":
        values["closed_at"] = created + spec.age * 3 / 4
        values["state_since"] = values["closed_at"]
    if spec.escalation is not None:
        level, to, reason = spec.escalation
        values |= {
            "escalation": level,
            "escalated_to_id": to,
            "escalation_reason": reason,
            "escalated_at": created + spec.age / 3,
            "escalated_by_id": spec.owner,
        }
    return values


async def seed_complaints_if_empty(engine: AsyncEngine, now: float | None = None) -> bool:
    """Create the demo complaints and tasks (and their events) unless there are any.

    Runs at startup before the event log is opened, so it appends after the stored
    latest seq itself (nothing else writes yet)."""
    now = time.time() if now is None else now
    async with engine.connect() as conn:
        if (await conn.execute(sa.select(sa.func.count()).select_from(t.complaints))).scalar():
            return False
    conversations = await _conversations(engine)
    used: set[int] = set()
    drafts: list[Draft] = []
    latest, _floor = await latest_and_floor(engine)
    async with engine.begin() as conn:
        for spec in SPECS:
            conv = _pick(conversations, spec, used)
            if conv is None:
                continue
            values = _complaint_values(spec, conv, now)
            inserted = await conn.execute(sa.insert(t.complaints).values(**values))
            complaint_id = eventlog.new_id(inserted)
            row = (
                await conn.execute(sa.select(t.complaints).where(t.complaints.c.id == complaint_id))
            ).one()
            drafts += complaint_events(complaint_from_row(row))
            for task in spec.tasks:
                due = now + task.due_in
                inserted = await conn.execute(
                    sa.insert(t.followup_tasks).values(
                        complaint_id=complaint_id,
                        customer_id=conv.customer_id,
                        queue_id=conv.queue_id,
                        assignee_id=task.assignee,
                        title=task.title,
                        due_at=due,
                        done_at=due - HOUR if task.done else None,
                        done_by_id=task.assignee if task.done else None,
                        created_by_id=spec.owner,
                        created_at=float(values["created_at"]),
                    )
                )
                task_id = eventlog.new_id(inserted)
                f = t.followup_tasks
                task_row = (await conn.execute(sa.select(f).where(f.c.id == task_id))).one()
                drafts += task_events(task_from_row(task_row))
        await append(conn, drafts, after_seq=latest)
    log.info("seeded %d demo complaints", len(used))
    return bool(used)
