"""Customer profiles as the server would answer them, for the profile benchmark and the
desk's cache and page tests: one customer with ``contacts`` past contacts on every
channel (some in a queue the reader may not see), ``orders`` orders with items and a
refund, notes, open follow-up tasks and a promised callback."""

from __future__ import annotations

import time

from protocol.customer360 import CustomerProfile, SurveyAverages, TimelineItem
from protocol.kinds.complaints import FollowupTaskData
from protocol.kinds.customers import Consent, CustomerData, CustomerNoteData, Identity
from protocol.kinds.routing import CallbackData
from protocol.rest import OrderItemView, OrderView, RefundView

NOW = float(int(time.time()))
"""Profiles are built around now: promises due before it are overdue."""
CHANNELS = ("chat", "email", "phone")
STATUSES = ("delivered", "shipped", "paid", "refunded", "partially_refunded", "placed")


def customer(customer_id: int = 7, *, name: str = "Aino Virtanen") -> CustomerData:
    return CustomerData(
        id=customer_id,
        name=name,
        email="aino@example.fi",
        phone="+358401234567",
        language="fi",
        timezone="Europe/Helsinki",
        tags=["vip", "at-risk"],
        consent=Consent(email=True, phone=False, marketing=False),
        identities=[
            Identity(type="email", value="aino@example.fi"),
            Identity(type="phone", value="+358401234567"),
            Identity(type="chat", value="aino-v"),
        ],
        updated_at=NOW - 3600,
    )


def timeline(customer_id: int, contacts: int, *, hidden_every: int = 7) -> list[TimelineItem]:
    """Newest first; every ``hidden_every``-th contact is in a queue the reader may not
    see (metadata only)."""
    items: list[TimelineItem] = []
    for n in range(contacts):
        visible = n % hidden_every != hidden_every - 1
        channel = CHANNELS[n % 3]
        items.append(
            TimelineItem(
                type="call" if channel == "phone" else "conversation",
                id=10_000 + n,
                conversation_id=10_000 + n,
                channel=channel,
                queue_id=1 if visible else 9,
                queue_name="Billing" if visible else "Fraud",
                at=NOW - 86_400 * (n + 1),
                ended_at=NOW - 86_400 * (n + 1) + 600,
                status="resolved",
                agent_id=1,
                agent_name="Agent One",
                wrapup_code="billing-question" if visible else "",
                talk_seconds=240.0 if channel == "phone" else 0.0,
                visible=visible,
                subject=f"Invoice question {n}" if visible else None,
                preview=f"Where is my invoice {n}?" if visible else None,
                csat=(n % 5) + 1 if n % 4 == 0 else None,
                nps=(n % 11) if n % 9 == 0 else None,
                repeat=n % 6 == 0,
            )
        )
    return items


def order(customer_id: int, n: int, currency: str = "EUR") -> OrderView:
    status = STATUSES[n % len(STATUSES)]
    shipped = status in ("shipped", "delivered")
    refunds = (
        [RefundView(external_id=f"r-{n}", amount_minor=1500, reason="damaged", refunded_at=NOW)]
        if "refund" in status
        else []
    )
    return OrderView(
        id=n + 1,
        external_id=f"shop-{n}",
        number=f"FI-{1_000_000 + n}",
        customer_id=customer_id,
        currency=currency,
        total_minor=4990 + 100 * n,
        refunded_minor=sum(r.amount_minor for r in refunds),
        status=status,
        placed_at=NOW - 3600 * (n + 2),
        updated_at=NOW - 3600 * (n + 1),
        carrier="Posti" if shipped else None,
        tracking_code=f"JJFI{n:08d}" if shipped else None,
        tracking_url=f"https://www.posti.fi/track/JJFI{n:08d}" if shipped else None,
        items=[
            OrderItemView(line=1, sku="MUG-1", title="Moomin mug", quantity=2, unit_minor=1995),
            OrderItemView(line=2, sku="TEA-3", title="Black tea", quantity=1, unit_minor=1000),
        ],
        refunds=refunds,
    )


def profile(
    customer_id: int = 7, *, contacts: int = 12, orders: int = 4, fetched_at: float = NOW
) -> CustomerProfile:
    who = customer(customer_id)
    return CustomerProfile(
        customer=who,
        notes=[
            CustomerNoteData(
                id=1,
                customer_id=customer_id,
                author_id=1,
                author_name="Agent One",
                body="Prefers email after 16:00.",
                created_at=NOW - 7200,
            )
        ],
        timeline=timeline(customer_id, contacts),
        timeline_total=contacts,
        orders=[order(customer_id, n) for n in range(orders)],
        orders_total=orders,
        tasks=[
            FollowupTaskData(
                id=1,
                complaint_id=1,
                customer_id=customer_id,
                queue_id=1,
                assignee_id=1,
                title="Call back about the refund",
                due_at=NOW - 600,  # overdue
                created_at=NOW - 86_400,
            ),
            FollowupTaskData(
                id=2,
                complaint_id=1,
                customer_id=customer_id,
                queue_id=1,
                assignee_id=1,
                title="Check the replacement shipped",
                due_at=NOW + 86_400,
                created_at=NOW - 86_400,
            ),
        ],
        callbacks=[
            CallbackData(
                id=1,
                conversation_id=10_000,
                customer_id=customer_id,
                queue_id=1,
                phone="+358401234567",
                due_at=NOW + 7200,
                note="After the meeting",
                agent_id=1,
                created_at=NOW - 600,
            )
        ],
        averages=SurveyAverages(csat=4.2, csat_count=5),
        repeat_contact=True,
        fetched_at=fetched_at,
    )
