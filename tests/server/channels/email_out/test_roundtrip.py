"""The whole way of a mail thread through real postfix and dovecot.

A customer's mail goes to postfix on port 25, which relays the support domain to the
server's own SMTP listener; it becomes a conversation the agent's desk receives. The
agent's reply leaves through postfix (``--smtp-relay``) into the customer's Maildir and is
read back over IMAP. The customer's answer to it (to its ``Reply-To``, ``In-Reply-To``
our Message-ID) joins the SAME conversation; an auto-reply to it opens nothing and sends
nothing back.
"""

from __future__ import annotations

import asyncio
import os
import time
import uuid
from email.message import EmailMessage
from email.utils import make_msgid, parseaddr

import httpx
import pytest

from protocol.kinds.conversations import ConversationData, MessageData
from tests.server.channels.email_out.conftest import DOMAIN, AgentDesk, MailRig
from tests.server.helpers import auth
from tests.support.client import login
from tests.support.mailserver import CUSTOMER_DOMAIN
from tests.support.waiting import wait_until

pytestmark = [pytest.mark.asyncio, pytest.mark.other_side]


def customer_mail(sender: str, to: str, subject: str, body: str, **headers: str) -> EmailMessage:
    """A customer's mail as their provider hands it over (its own Message-ID)."""
    mail = EmailMessage()
    mail["From"] = f"Zoë Customer <{sender}>"
    mail["To"] = to
    mail["Subject"] = subject
    mail["Message-ID"] = make_msgid(domain=CUSTOMER_DOMAIN)
    for name, value in headers.items():
        mail[name.replace("_", "-")] = value
    mail.set_content(body)
    return mail


def recipient(mail: EmailMessage) -> str:
    return parseaddr(str(mail["To"]))[1]


def text_of(mail: EmailMessage, subtype: str) -> str:
    part = mail.get_body(preferencelist=(subtype,))
    assert isinstance(part, EmailMessage), f"no text/{subtype} part"
    return str(part.get_content()).replace("\r\n", "\n")


async def open_thread(rig: MailRig, desk: AgentDesk, tag: str) -> tuple[str, EmailMessage, int]:
    """A new customer writes to billing@; the conversation their mail opened."""
    sender = f"zoe.{tag}@{CUSTOMER_DOMAIN}"
    first = customer_mail(
        sender, f"billing@{DOMAIN}", f"Broken kettle {tag}", "My kettle stopped working."
    )
    await rig.mail.send(first, sender=sender, recipients=[f"billing@{DOMAIN}"])
    conv = await desk.first(
        "conversation",
        lambda c: isinstance(c, ConversationData) and c.subject == f"Broken kettle {tag}",
    )
    assert isinstance(conv, ConversationData)
    assert conv.channel == "email"
    return sender, first, conv.id


async def reply_and_receive(
    rig: MailRig, desk: AgentDesk, conv: int, sender: str, body: str
) -> tuple[int, EmailMessage]:
    """The agent replies; its mail as the customer got it, read over IMAP."""
    message_id = await desk.reply(conv, body)
    await desk.message(message_id, delivery="sent")

    def arrived() -> EmailMessage | None:
        theirs = [m for m in rig.mail.imap_messages() if recipient(m) == sender]
        return next((m for m in theirs if text_of(m, "plain").strip() == body), None)

    mail = await asyncio.to_thread(wait_until, arrived, 30, 0.1)
    assert mail is not None
    return message_id, mail


async def test_a_thread_goes_out_and_comes_back_to_the_same_conversation(rig: MailRig) -> None:
    tag = uuid.uuid4().hex[:8]
    desk = await AgentDesk.open(rig.server)
    try:
        sender, first, conv = await open_thread(rig, desk, tag)
        inbound = await desk.first(
            "message",
            lambda m: isinstance(m, MessageData) and m.conversation_id == conv,
        )
        assert isinstance(inbound, MessageData)
        assert inbound.direction == "in"
        assert "kettle stopped working" in inbound.body

        manual = os.urandom(30_000)
        file_id = await desk.upload("manual.pdf", manual, "application/pdf")
        body = "Sorry about that.\n\nPlease try the reset in the manual attached."
        our_id = await desk.reply(conv, body, (file_id,))
        await desk.message(our_id, delivery="sent")

        def answer() -> EmailMessage | None:
            return next((m for m in rig.mail.imap_messages() if recipient(m) == sender), None)

        mail = await asyncio.to_thread(wait_until, answer, 30, 0.1)
        assert mail is not None
        assert str(mail["In-Reply-To"]) == str(first["Message-ID"])
        assert str(first["Message-ID"]) in str(mail["References"]).split()
        assert str(mail["Subject"]) == f"Re: Broken kettle {tag}"
        assert parseaddr(str(mail["From"])) == (
            f"{rig.agent_name('agent01')} (Billing)",
            f"billing@{DOMAIN}",
        )
        reply_to = parseaddr(str(mail["Reply-To"]))[1]
        assert reply_to.startswith(f"billing+c{conv}x")
        assert mail["Auto-Submitted"] is None
        assert text_of(mail, "plain").strip() == body
        assert "Please try the reset in the manual attached." in text_of(mail, "html")
        attached = [p for p in mail.iter_attachments() if isinstance(p, EmailMessage)]
        assert [p.get_filename() for p in attached] == ["manual.pdf"]
        assert attached[0].get_content() == manual

        # The customer answers our mail: to its Reply-To, threaded on its Message-ID.
        follow_up = customer_mail(
            sender,
            reply_to,
            f"Re: Broken kettle {tag}",
            "Thanks, the reset worked!\n\n> Sorry about that.",
            In_Reply_To=str(mail["Message-ID"]),
            References=f"{first['Message-ID']} {mail['Message-ID']}",
        )
        await rig.mail.send(follow_up, sender=sender, recipients=[reply_to])
        joined = await desk.first(
            "message",
            lambda m: isinstance(m, MessageData) and m.body.startswith("Thanks, the reset worked"),
        )
        assert isinstance(joined, MessageData)
        assert joined.conversation_id == conv
        assert joined.direction == "in"

        # The next reply answers the customer's newest mail and carries the chain.
        _second_id, second = await reply_and_receive(rig, desk, conv, sender, "Glad to hear it!")
        assert str(second["In-Reply-To"]) == str(follow_up["Message-ID"])
        chain = str(second["References"]).split()
        assert chain[-3:] == [
            str(first["Message-ID"]),
            str(mail["Message-ID"]),
            str(follow_up["Message-ID"]),
        ]
        assert str(second["Subject"]) == f"Re: Broken kettle {tag}"
    finally:
        await desk.close()
    [(opened,)] = rig.server.rows(
        "SELECT COUNT(*) FROM conversations c JOIN customers u ON u.id = c.customer_id"
        " WHERE u.email = ?",
        sender,
    )
    assert opened == 1


async def test_an_auto_reply_to_our_answer_opens_nothing_and_sends_nothing(
    rig: MailRig,
) -> None:
    tag = uuid.uuid4().hex[:8]
    desk = await AgentDesk.open(rig.server)
    try:
        sender, _first, conv = await open_thread(rig, desk, tag)
        _our_id, ours = await reply_and_receive(
            rig, desk, conv, sender, "We will send a new kettle."
        )
    finally:
        await desk.close()
    reply_to = parseaddr(str(ours["Reply-To"]))[1]
    started = time.time()
    away = customer_mail(
        sender,
        reply_to,
        f"Out of office: Re: Broken kettle {tag}",
        "I am away until Monday.",
        Auto_Submitted="auto-replied",
        In_Reply_To=str(ours["Message-ID"]),
        References=str(ours["Message-ID"]),
    )
    await rig.mail.send(away, sender=sender, recipients=[reply_to])

    boss = await asyncio.to_thread(login, rig.server.url, "supervisor01")

    def quarantined() -> dict[str, object] | None:
        answer = httpx.get(f"{rig.server.url}/api/mail/quarantine", headers=auth(boss), timeout=10)
        answer.raise_for_status()
        items: list[dict[str, object]] = answer.json()["items"]
        return next((i for i in items if i["subject"] == str(away["Subject"])), None)

    # The server took it (postfix got its 250) and set it aside as automatic.
    item = await asyncio.to_thread(wait_until, quarantined, 30, 0.1)
    assert item is not None
    assert item["reason"] == "auto-reply"
    await asyncio.to_thread(wait_until, rig.mail.queue_empty, 30, 0.1)
    db = rig.server
    [(in_thread,)] = db.rows("SELECT COUNT(*) FROM messages WHERE conversation_id = ?", conv)
    [(opened,)] = db.rows("SELECT COUNT(*) FROM conversations WHERE created_at >= ?", started)
    [(answered,)] = db.rows(
        "SELECT COUNT(*) FROM messages WHERE direction = 'out' AND created_at >= ?", started
    )
    assert in_thread == 2  # the customer's first mail and our answer, nothing more
    assert opened == 0
    assert answered == 0
    mails_to_customer = [m for m in rig.mail.imap_messages() if recipient(m) == sender]
    assert len(mails_to_customer) == 1  # only our answer: nothing went back
