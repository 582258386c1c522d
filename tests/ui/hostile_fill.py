"""Hostile demo data: what customers, other agents and a compromised network could put in
every string the desk shows (rich-text tags, local-file images, bidi overrides, control
characters, very long strings, CJK). Written into a real cache through the apply path."""

from __future__ import annotations

import json

from desktop.models.changes import Changes
from desktop.store import apply
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
