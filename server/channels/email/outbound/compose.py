"""Composing the mails the server sends: the parts every outbound mail shares, and
:func:`automatic` for the mails the server writes by itself (survey invitations, chat
transcripts).

Why the headers are what they are:

- ``From`` is the queue's address (``billing@<domain>``), so a customer's answer reaches
  the same queue even when the mail client ignores ``Reply-To``;
- ``Reply-To`` is the thread's plus address (:func:`server.channels.email.ids.reply_address`)
  when there is a conversation, the strongest way back into it;
- ``X-Loop: <domain>`` marks every mail we send, so our own mail coming back (a
  forwarding loop, a bounce quoting it) is recognised by the way in;
- ``Auto-Submitted: auto-generated`` only on mails no human wrote (RFC 3834): a
  customer's autoresponder rightly stays quiet for them, and answers a human agent.

Header values come from customers and agents (names, subjects): line breaks are folded
into spaces, lengths bounded, so nobody can inject a header.
"""

from __future__ import annotations

import html as html_lib
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from server.channels.delivery.senders import DeliveryError
from server.channels.email import ids
from server.core.settings import Settings

MAX_SUBJECT_CHARS = 300
MAX_NAME_CHARS = 200


def one_line(value: str, limit: int) -> str:
    """A header-safe value: control characters and line breaks become spaces."""
    cleaned = "".join(ch if ch.isprintable() else " " for ch in value)
    return " ".join(cleaned.split())[:limit]


def mail_domain(settings: Settings) -> str:
    """The support domain; without one nothing can be mailed (a permanent failure)."""
    if not settings.mail_domain:
        raise DeliveryError("no mail domain is configured (--mail-domain)", permanent=True)
    return settings.mail_domain


def address(name: str, addr_spec: str) -> Address:
    """An address header value; a malformed address is a permanent failure (retrying
    the same address cannot help)."""
    try:
        return Address(display_name=one_line(name, MAX_NAME_CHARS), addr_spec=addr_spec.strip())
    except (ValueError, IndexError, TypeError) as bad:
        raise DeliveryError(
            f"not a usable email address: {addr_spec[:100]!r} ({bad})", permanent=True
        ) from None


def queue_address(settings: Settings, queue_name: str) -> str:
    """``billing@<domain>``: where a queue's mail comes from and arrives."""
    return f"{ids.queue_local(queue_name)}@{mail_domain(settings)}"


def text_to_html(text: str) -> str:
    """The HTML part of a plain text: escaped (an agent's ``<b>`` is shown, not obeyed),
    blank lines make paragraphs, single line breaks stay breaks."""
    paragraphs = [p for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    body = "\n".join(
        "<p>" + "<br>\n".join(html_lib.escape(line) for line in p.strip("\n").split("\n")) + "</p>"
        for p in paragraphs
    )
    head = '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n'
    return f"{head}{body}\n</body></html>\n"


def base_message(
    settings: Settings,
    *,
    sender: Address,
    to: Address,
    subject: str,
    message_id: str,
    reply_to: str | None,
) -> EmailMessage:
    """The headers every outbound mail has (addresses, subject, ids, date, loop marker)."""
    domain = mail_domain(settings)
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    if reply_to:
        message["Reply-To"] = reply_to
    message["Subject"] = one_line(subject, MAX_SUBJECT_CHARS)
    message["Date"] = formatdate(localtime=False, usegmt=True)
    message["Message-ID"] = message_id
    message["X-Loop"] = domain
    return message


def set_body(message: EmailMessage, text: str, html: str | None) -> None:
    """A text part and an HTML part (multipart/alternative, text first as RFC 2046 says:
    clients show the last one they understand)."""
    message.set_content(
        text if text.endswith("\n") else text + "\n", subtype="plain", charset="utf-8"
    )
    message.add_alternative(
        html if html is not None else text_to_html(text), subtype="html", charset="utf-8"
    )


def automatic(
    settings: Settings,
    secret: bytes,
    *,
    to: str,
    to_name: str,
    subject: str,
    text: str,
    html: str | None = None,
    queue_name: str = "General",
    conversation_id: int | None = None,
) -> EmailMessage:
    """A mail the server writes by itself (a survey invitation, a chat transcript), from
    the queue's address, ``Auto-Submitted: auto-generated``, with the thread's reply
    address as ``Reply-To`` when it belongs to a conversation. ``html`` defaults to the
    escaped text. Raises :class:`DeliveryError` (permanent) for an unusable address or
    a server without a mail domain."""
    domain = mail_domain(settings)
    reply_to = (
        ids.reply_address(secret, domain, queue_name, conversation_id)
        if conversation_id is not None
        else None
    )
    message = base_message(
        settings,
        sender=address(queue_name, queue_address(settings, queue_name)),
        to=address(to_name, to),
        subject=subject,
        message_id=make_msgid(idstring="frontline-auto", domain=domain),
        reply_to=reply_to,
    )
    message["Auto-Submitted"] = "auto-generated"
    # Ask Exchange-style autoresponders not to answer a mail no human wrote.
    message["X-Auto-Response-Suppress"] = "All"
    set_body(message, text, html)
    return message
