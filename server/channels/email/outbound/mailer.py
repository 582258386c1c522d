"""Hands one composed mail to the centre's SMTP relay (``--smtp-relay HOST:PORT``).

Every channel that mails (agent replies, chat transcripts, survey invitations) goes
through :func:`send_mail`, so the relay's answer is classified once: a 5xx is final
(``DeliveryError(permanent=True)``: retrying cannot help), a 4xx, a refused connection or
a timeout is temporary (the delivery dispatcher retries with backoff). The relay's own
words travel in the error, because an agent reading "550 5.1.1 no such user" on a bubble
knows what to do; "delivery failed" says nothing.
"""

from __future__ import annotations

import logging
from email.message import EmailMessage
from email.utils import getaddresses

import aiosmtplib

from protocol.kinds.conversations import MAX_DELIVERY_ERROR_CHARS
from server.channels.delivery.senders import DeliveryError
from server.core.hosts import is_loopback
from server.core.settings import Settings

log = logging.getLogger(__name__)

CONNECT_TIMEOUT = 10.0
"""Seconds to reach the relay; a relay that does not answer is a temporary failure."""
SEND_TIMEOUT = 60.0
"""Seconds for each SMTP command once connected (DATA of a large mail included)."""


def _words(code: int, message: str) -> str:
    """``"550 5.1.1 no such user"``: the relay's reply, one line, bounded."""
    text = " ".join(f"{code} {message}".split())
    return text[:MAX_DELIVERY_ERROR_CHARS]


def _envelope(message: EmailMessage) -> tuple[str, list[str]]:
    sender = getaddresses([str(message.get("Return-Path") or message.get("From") or "")])
    recipients = [
        address
        for header in ("To", "Cc", "Bcc")
        for _name, address in getaddresses([str(value) for value in message.get_all(header, [])])
        if address
    ]
    return (sender[0][1] if sender else ""), recipients


async def send_mail(settings: Settings, message: EmailMessage) -> None:
    """Send ``message`` through ``settings.smtp_relay``; raises :class:`DeliveryError`
    (permanent for a 5xx or when no relay is configured, temporary otherwise).

    The envelope sender is the mail's ``From`` (bounces come back to the queue's address,
    where the inbound side recognises them); recipients are ``To``/``Cc``/``Bcc`` and a
    ``Bcc`` header never leaves. STARTTLS is used when a remote relay offers it; a relay
    on loopback (the centre's own MTA on this host) is spoken to in the clear.
    """
    if settings.smtp_relay is None:
        raise DeliveryError("no SMTP relay is configured (--smtp-relay)", permanent=True)
    host, port = settings.smtp_relay
    sender, recipients = _envelope(message)
    if not recipients:
        raise DeliveryError("the mail has no recipient address", permanent=True)
    del message["Bcc"]
    try:
        await aiosmtplib.send(
            message,
            sender=sender or None,
            recipients=recipients,
            hostname=host,
            port=port,
            timeout=SEND_TIMEOUT,
            start_tls=False if is_loopback(host) else None,
            local_hostname=settings.mail_domain or None,
        )
    except aiosmtplib.SMTPRecipientsRefused as refused:
        first = refused.recipients[0] if refused.recipients else None
        if first is None:
            raise DeliveryError("the relay refused every recipient", permanent=True) from None
        raise DeliveryError(
            _words(first.code, first.message), permanent=first.code >= 500
        ) from None
    except (aiosmtplib.SMTPConnectTimeoutError, aiosmtplib.SMTPTimeoutError) as timeout:
        raise DeliveryError(f"the relay {host}:{port} timed out: {timeout}"[:500]) from None
    except aiosmtplib.SMTPResponseException as answer:
        raise DeliveryError(
            _words(answer.code, answer.message), permanent=answer.code >= 500
        ) from None
    except (aiosmtplib.SMTPException, OSError) as failure:
        # Connection refused, reset or dropped mid-dialogue: try again later.
        text = f"the relay {host}:{port} could not be reached: {failure}"
        raise DeliveryError(" ".join(text.split())[:MAX_DELIVERY_ERROR_CHARS]) from None
    log.info("mail %s sent through %s:%s", message.get("Message-ID", "?"), host, port)
