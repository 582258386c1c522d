"""Agents' email replies leave through a real postfix and arrive in a real mailbox.

The reply is sent as a desk would (a ``reply`` mutation over the websocket); the mail is
read back from the customer's Maildir over IMAP (dovecot), so every header checked here
is what the customer's mail client sees. Refusals are real postfix answers in the SMTP
dialogue (a 550 and a 450 from an access map).
"""

from __future__ import annotations

import asyncio
import os
import re
import uuid
from email.message import EmailMessage
from email.utils import parseaddr
from pathlib import Path

import httpx
import pytest

from server.channels.delivery.senders import DeliveryError
from server.channels.email.outbound import compose
from server.channels.email.outbound.mailer import send_mail
from server.core.settings import Settings
from tests.server.channels.email_out.conftest import DOMAIN, AgentDesk, MailRig
from tests.support.mailserver import BUSY, CUSTOMER_DOMAIN, REFUSED, free_port
from tests.support.waiting import wait_until

pytestmark = [pytest.mark.asyncio, pytest.mark.other_side]


def new_customer(rig: MailRig, address: str | None, subject: str, *, ref: str = "") -> int:
    """An email conversation in Billing opened through the intake API (``address`` is
    the customer's profile email; ``ref`` their channel handle, the address by default)."""
    customer: dict[str, str] = {
        "ref": ref or address or f"walk-in-{uuid.uuid4().hex[:8]}",
        "name": "Ann Customer",
    }
    if address:
        customer["email"] = address
    payload = {
        "channel": "email",
        "customer": customer,
        "body": f"Hello, about {subject}",
        "subject": subject,
        "queue": "Billing",
    }
    answer = httpx.post(f"{rig.server.url}/api/intake/messages", json=payload, timeout=10)
    answer.raise_for_status()
    return int(answer.json()["conversation_id"])


def text_of(mail: EmailMessage, subtype: str) -> str:
    part = mail.get_body(preferencelist=(subtype,))
    assert part is not None, f"no text/{subtype} part"
    assert isinstance(part, EmailMessage)
    return str(part.get_content()).replace("\r\n", "\n")  # CRLF on the wire


def recipient(mail: EmailMessage) -> str:
    return parseaddr(str(mail["To"]))[1]


def unique_address() -> str:
    return f"ann.{uuid.uuid4().hex[:10]}@{CUSTOMER_DOMAIN}"


async def test_agent_reply_reaches_the_customer_with_threading_headers_and_attachment(
    rig: MailRig,
) -> None:
    address = unique_address()
    conv = new_customer(rig, address, "Invoice 42")
    scan = os.urandom(40_000)  # under the 64 KiB body limit (see report)
    desk = await AgentDesk.open(rig.server)
    try:
        file_id = await desk.upload("scan 2026.pdf", scan, "application/pdf")
        body = "Hello Ann,\n\nyour refund of 12 € is on its way <today>.\n\nBest"
        message_id = await desk.reply(conv, body, (file_id,))
        sent = await desk.message(message_id, delivery="sent")
        assert sent.delivery_error == ""
        assert sent.delivery_attempts == 1
    finally:
        await desk.close()
    mail = await asyncio.to_thread(rig.mail.wait_for_mail, lambda m: recipient(m) == address)
    name, sender = parseaddr(str(mail["From"]))
    assert name == f"{rig.agent_name('agent01')} (Billing)"
    assert sender == f"billing@{DOMAIN}"
    reply_to = parseaddr(str(mail["Reply-To"]))[1]
    assert re.fullmatch(rf"billing\+c{conv}x[0-9a-f]{{16}}@{re.escape(DOMAIN)}", reply_to)
    assert re.fullmatch(
        rf"<frontline\.{conv}\.{message_id}\.[0-9a-f]{{16}}@{re.escape(DOMAIN)}>",
        str(mail["Message-ID"]),
    )
    assert str(mail["Subject"]) == "Re: Invoice 42"
    assert mail["Auto-Submitted"] is None  # a human wrote it (RFC 3834)
    assert str(mail["X-Loop"]) == DOMAIN
    assert text_of(mail, "plain").strip() == body
    html = text_of(mail, "html")
    assert "12 € is on its way &lt;today&gt;." in html
    assert "<today>" not in html
    files = [p for p in mail.iter_attachments() if isinstance(p, EmailMessage)]
    assert [(p.get_filename(), p.get_content_type()) for p in files] == [
        ("scan 2026.pdf", "application/pdf")
    ]
    assert files[0].get_content() == scan


async def test_a_second_reply_references_the_first_and_keeps_one_re(rig: MailRig) -> None:
    address = unique_address()
    conv = new_customer(rig, address, "RE: Re: Parcel lost")
    desk = await AgentDesk.open(rig.server)
    try:
        first = await desk.reply(conv, "We are looking into it.")
        await desk.message(first, delivery="sent")
        second = await desk.reply(conv, "Found it: it arrives tomorrow.")
        await desk.message(second, delivery="sent")
    finally:
        await desk.close()

    def to_customer(m: EmailMessage) -> bool:
        return recipient(m) == address

    def both() -> list[EmailMessage] | None:
        found = [m for m in rig.mail.imap_messages() if to_customer(m)]
        return found if len(found) == 2 else None

    mails = await asyncio.to_thread(wait_until, both, 30, 0.1)
    assert mails is not None
    by_body = {text_of(m, "plain").strip(): m for m in mails}
    one = by_body["We are looking into it."]
    two = by_body["Found it: it arrives tomorrow."]
    assert str(one["Subject"]) == str(two["Subject"]) == "Re: Parcel lost"
    assert str(one["Message-ID"]) in str(two["References"]).split()
    assert one["References"] is None  # nothing before it in the thread had an id


async def test_a_recipient_the_relay_refuses_fails_with_its_words(rig: MailRig) -> None:
    # The profile's address wins over the channel handle.
    conv = new_customer(rig, REFUSED, "Closed", ref=f"r{uuid.uuid4().hex[:6]}@{CUSTOMER_DOMAIN}")
    desk = await AgentDesk.open(rig.server)
    try:
        message_id = await desk.reply(conv, "Your account is closed.")
        failed = await desk.message(message_id, delivery="failed")
    finally:
        await desk.close()
    assert failed.delivery_error.startswith("550 5.1.1")
    assert "no such user here" in failed.delivery_error
    assert failed.delivery_attempts == 1  # a 5xx is final: no retries


async def test_a_busy_mailbox_is_retried_until_it_takes_the_mail(rig: MailRig) -> None:
    conv = new_customer(rig, BUSY, "Busy", ref=f"b{uuid.uuid4().hex[:6]}@{CUSTOMER_DOMAIN}")
    desk = await AgentDesk.open(rig.server)
    try:
        message_id = await desk.reply(conv, "Are you there?")
        retried = await desk.message(message_id, delivery="queued", delivery_attempts=2)
        assert retried.delivery_error.startswith("450 4.2.1")
        assert "mailbox busy" in retried.delivery_error
        # The mailbox frees up: a later retry goes through, nothing was lost.
        await asyncio.to_thread(rig.mail.accept, BUSY)
        sent = await desk.message(message_id, delivery="sent", timeout=90)
    finally:
        await desk.close()
    assert sent.delivery_attempts >= 3
    assert sent.delivery_error == ""
    mail = await asyncio.to_thread(rig.mail.wait_for_mail, lambda m: recipient(m) == BUSY)
    assert text_of(mail, "plain").strip() == "Are you there?"


async def test_a_customer_without_an_address_fails_visibly(rig: MailRig) -> None:
    conv = new_customer(rig, None, "Walk-in", ref=f"walk-in-{uuid.uuid4().hex[:8]}")
    desk = await AgentDesk.open(rig.server)
    try:
        message_id = await desk.reply(conv, "Hello?")
        failed = await desk.message(message_id, delivery="failed")
    finally:
        await desk.close()
    assert failed.delivery_error == "the customer has no email address"


async def test_automatic_mail_is_marked_and_threads_back(rig: MailRig, tmp_path: Path) -> None:
    """What transcripts and survey invitations use: through the same relay."""
    settings = Settings(
        db_path=tmp_path / "x.sqlite", mail_domain=DOMAIN, smtp_relay=("127.0.0.1", 25)
    )
    address = unique_address()
    mail = compose.automatic(
        settings,
        b"secret",
        to=address,
        to_name="Ann\r\nBcc: evil@customer.test",
        subject="Your chat\nwith us",
        text="Transcript:\nhello",
        queue_name="Delivery",
        conversation_id=77,
    )
    await send_mail(settings, mail)
    got = await asyncio.to_thread(rig.mail.wait_for_mail, lambda m: recipient(m) == address)
    assert str(got["Auto-Submitted"]) == "auto-generated"
    assert parseaddr(str(got["From"]))[1] == f"delivery@{DOMAIN}"
    assert re.fullmatch(
        rf"delivery\+c77x[0-9a-f]{{16}}@{re.escape(DOMAIN)}", parseaddr(str(got["Reply-To"]))[1]
    )
    assert str(got["Subject"]) == "Your chat with us"
    assert got["Bcc"] is None
    assert text_of(got, "plain").strip() == "Transcript:\nhello"


async def test_send_mail_classifies_failures(tmp_path: Path) -> None:
    base = Settings(db_path=tmp_path / "x.sqlite", mail_domain=DOMAIN)
    mail = compose.automatic(base, b"s", to="a@customer.test", to_name="A", subject="s", text="t")
    with pytest.raises(DeliveryError) as none:
        await send_mail(base, mail)
    assert none.value.permanent
    assert "--smtp-relay" in none.value.reason
    closed = Settings(
        db_path=base.db_path, mail_domain=DOMAIN, smtp_relay=("127.0.0.1", free_port())
    )
    with pytest.raises(DeliveryError) as refused:
        await send_mail(closed, mail)
    assert not refused.value.permanent
    assert "could not be reached" in refused.value.reason
