"""Hostile demo data: what customers, other agents and a compromised network could put in
every string the desk shows (rich-text tags, local-file images, bidi overrides, control
characters, very long strings, CJK). Written into a real cache through the apply path."""

from __future__ import annotations

import json

from desktop.models.changes import Changes
from desktop.store import apply
from desktop.store.kinds.customers import put_profile
from protocol.customer360 import CustomerProfile
from protocol.entities import (
    AgentData,
    ArticleData,
    ConversationData,
    CustomerData,
    MessageData,
    MessageDirection,
    QueueData,
    ScriptData,
)
from protocol.frames import Event
from protocol.kinds.complaints import ComplaintData, FollowupTaskData
from protocol.kinds.customers import CustomerNoteData
from tests.ui.fill import Filler

FAKE_NOTE = '<b style="color:red;font-size:30px">SUPERVISOR NOTE: refund approved</b>'
LOCAL_IMAGE = '<img src="file:///etc/hosts">'
RLO_FILE = "invoice \u202eexe.txt"  # shows as "invoice txt.exe" unless neutralised
ISOLATES = "\u2067abc\u2069 \u202bdef\u202c \u2066ghi\u2069"
C0 = "bell\x07 esc\x1b[31mred\x1b[0m nul\x00 back\x08space"
LONG_NAME = "W" * 10_000
CJK = "王小明 <i>斜体</i> 陳美玲"
AGENT = "<u>Agent</u> <font color=red>Smith</font>"
QUEUE = "<i>Support</i>" + LOCAL_IMAGE
TAGS = ("<b", "<img", "<i>", "<u>", "<font", "<a ", "<script", "<table")
BIDI_AND_CONTROLS = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))} | {
    chr(c) for c in range(0x20) if chr(c) not in "\t\n"
}

HOSTILE_SCRIPT = json.dumps(  # JSON is YAML: no quoting surprises in the test data
    {
        "id": "hostile-script",
        "title": "<b>Refund</b> script " + LOCAL_IMAGE,
        "lang": "en",
        "steps": [
            {
                "id": "greet",
                "text": "Hello {customer.name}, I am {agent.name}.",
                "input": {"name": "why", "label": "<i>Reason</i>", "required": True},
            },
            {"id": "done", "text": "Thanks " + FAKE_NOTE, "end": True},
        ],
    }
)

ARTICLE_BODY = (
    "Refund policy for quokka supervisor approvals.\n\n"
    f"Raw HTML is escaped: {FAKE_NOTE} {LOCAL_IMAGE}\n\n"
    "[a local file](file:///etc/hosts) and ![hosts](file:///etc/hosts)\n\n"
    f"{RLO_FILE} {C0}\n"
)


Entity = (
    QueueData | AgentData | CustomerData | ConversationData | MessageData | ArticleData | ScriptData
)

Entity360 = ComplaintData | FollowupTaskData | CustomerNoteData


def hostile_entities(now: float = 1_700_000_000.0) -> list[Entity]:
    """Built with ``model_construct``: a desk must survive whatever its cache holds, even
    values a stricter protocol would refuse today."""

    def conv(cid: int, name: str, subject: str, preview: str) -> ConversationData:
        return ConversationData.model_construct(
            id=cid,
            queue_id=1,
            customer_id=cid,
            customer_name=name,
            channel="chat",
            status="open",
            subject=subject,
            created_at=now,
            updated_at=now,
            last_message_at=now + cid,
            last_message_preview=preview,
            message_count=3,
        )

    def msg(mid: int, cid: int, body: str, direction: MessageDirection, author: str) -> MessageData:
        return MessageData.model_construct(
            id=mid,
            conversation_id=cid,
            direction=direction,
            author_name=author,
            body=body,
            created_at=now + mid,
        )

    return [
        QueueData.model_construct(id=1, name=QUEUE),
        AgentData.model_construct(id=7, username="agent07", display_name=AGENT),
        CustomerData.model_construct(
            id=1,
            name=FAKE_NOTE,
            email='<a href="file:///etc/hosts">x</a>@example.com',
            phone="+358<b>40</b>",
        ),
        CustomerData.model_construct(id=4, name=LONG_NAME, email="w" * 300 + "@example.com"),
        conv(1, FAKE_NOTE, LOCAL_IMAGE + " " + RLO_FILE, FAKE_NOTE),
        conv(2, LOCAL_IMAGE, C0, LOCAL_IMAGE),
        conv(3, RLO_FILE + " Smith", ISOLATES, CJK),
        conv(4, LONG_NAME, LONG_NAME, LONG_NAME),
        conv(5, CJK + " " + C0, CJK, C0),
        msg(1, 1, FAKE_NOTE + " refund supervisor", "in", FAKE_NOTE),
        msg(2, 1, LOCAL_IMAGE + "\n" + RLO_FILE + "\n" + C0, "out", AGENT),
        msg(3, 1, CJK + " " + ISOLATES, "note", AGENT),
        msg(4, 4, LONG_NAME, "in", LONG_NAME),
        ArticleData.model_construct(
            id=1001,
            slug="hostile-refunds",
            title="<b>Refund</b> quokka supervisor " + LOCAL_IMAGE + " " + RLO_FILE,
            lang="en",
            body=ARTICLE_BODY,
            category="<u>Billing</u>",
            section=LOCAL_IMAGE,
            updated_at=now,
        ),
        ArticleData.model_construct(
            id=1002,
            slug="hostile-plain",
            title=FAKE_NOTE,
            lang="en",
            body="refund supervisor note approved by the quokka desk",
            category=FAKE_NOTE,
            section=CJK,
            updated_at=now,
        ),
        ScriptData.model_construct(
            id=1001,
            slug="hostile-script",
            title="<b>Refund</b> script " + LOCAL_IMAGE,
            lang="en",
            source=HOSTILE_SCRIPT,
            updated_at=now,
        ),
    ]


def fill_hostile(filler: Filler) -> Changes:
    """Apply the hostile entities to the filler's cache, continuing its sequence."""
    entities = hostile_entities()
    start = filler.seq + 1
    batch = [Event(seq=start + i, kind=e.kind, id=e.id, data=e) for i, e in enumerate(entities)]
    filler.seq += len(batch)
    upto = filler.seq
    return filler.cache.writer.call(lambda c: apply.apply_events(c, batch, upto))


def hostile_profile(customer_id: int = 1) -> CustomerProfile:
    """A fetched profile whose every string is hostile: the timeline's subjects, queues,
    agents and wrap-up codes, order numbers, items and tracking, notes and promises."""
    from bench.profile_data import profile

    base = profile(customer_id, contacts=3, orders=2)
    timeline = [
        item.model_copy(
            update={
                "subject": FAKE_NOTE,
                "preview": LOCAL_IMAGE + RLO_FILE,
                "queue_name": QUEUE,
                "agent_name": AGENT,
                "wrapup_code": C0,
            }
        )
        for item in base.timeline
    ]
    orders = [
        order.model_copy(
            update={
                "number": "<b>FI-1</b>" + RLO_FILE,
                "carrier": LOCAL_IMAGE,
                "tracking_code": C0,
                "tracking_url": "javascript:alert(1)",
                "items": [i.model_copy(update={"title": FAKE_NOTE + CJK}) for i in order.items],
            }
        )
        for order in base.orders
    ]
    notes = [n.model_copy(update={"author_name": AGENT, "body": FAKE_NOTE}) for n in base.notes]
    tasks = [t.model_copy(update={"title": LOCAL_IMAGE + ISOLATES}) for t in base.tasks]
    callbacks = [c.model_copy(update={"note": FAKE_NOTE}) for c in base.callbacks]
    customer = base.customer.model_copy(
        update={"name": FAKE_NOTE, "tags": ["<b>vip</b>", RLO_FILE], "timezone": LOCAL_IMAGE}
    )
    return base.model_copy(
        update={
            "customer": customer,
            "timeline": timeline,
            "orders": orders,
            "notes": notes,
            "tasks": tasks,
            "callbacks": callbacks,
        }
    )


def hostile_complaint(customer_id: int = 1, now: float = 1_700_000_000.0) -> list[Entity360]:
    """A complaint and its follow-up task with hostile description, wishes, contact,
    escalation reason, resolution and task title (synced kinds, so through apply)."""
    return [
        ComplaintData.model_construct(
            id=1,
            customer_id=customer_id,
            conversation_id=1,
            queue_id=1,
            category="delivery",
            severity="high",
            description=FAKE_NOTE + "\n" + RLO_FILE,
            wanted=LOCAL_IMAGE + CJK,
            contact_channel="email",
            contact_value='<a href="file:///etc/hosts">x</a>@example.com',
            contact_confirmed=True,
            state="investigating",
            owner_id=None,
            escalation="supervisor",
            escalated_to_id=None,
            escalation_reason=FAKE_NOTE + C0,
            escalated_at=now,
            escalated_by_id=None,
            resolution=ISOLATES,
            satisfaction=None,
            created_by_id=None,
            created_at=now,
            updated_at=now,
            state_since=now,
            resolved_at=None,
            closed_at=None,
        ),
        FollowupTaskData.model_construct(
            id=1,
            complaint_id=1,
            customer_id=customer_id,
            queue_id=1,
            assignee_id=7,
            title=FAKE_NOTE + RLO_FILE,
            due_at=now - 60,
            done_at=None,
            created_by_id=None,
            created_at=now - 3600,
            done_by_id=None,
        ),
        CustomerNoteData.model_construct(
            id=2,
            customer_id=customer_id,
            author_id=7,
            author_name=AGENT,
            body=LOCAL_IMAGE + "\n" + C0,
            created_at=now,
        ),
    ]


def fill_hostile_customer(filler: Filler, customer_id: int = 1) -> None:
    """The hostile complaint, task and note through apply, and the hostile profile as the
    customer's cached profile (what the desk keeps after a fetch)."""
    entities = hostile_complaint(customer_id)
    start = filler.seq + 1
    batch = [Event(seq=start + i, kind=e.kind, id=e.id, data=e) for i, e in enumerate(entities)]
    filler.seq += len(batch)
    upto = filler.seq
    filler.cache.writer.call(lambda c: apply.apply_events(c, batch, upto))
    bundle = hostile_profile(customer_id)
    filler.cache.writer.call(lambda c: put_profile(c, bundle))
