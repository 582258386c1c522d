"""A bounce of one of our replies marks that reply failed with the receiving system's
words: the server sends a real reply through a real SMTP relay (an aiosmtpd sink in the
test), the test bounces it back through the server's listener with the null sender, as
an MTA does, and the desk's read shows ``failed`` and the diagnostic."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from protocol.frames import Ack, CaughtUp, Mutation, ReplyOp, encode
from tests.server.channels.email_in.support import (
    MailServer,
    free_port,
    mail,
    start_mail_server,
)
from tests.support.client import hello, open_ws, recv_until
from tests.support.waiting import wait_until


class Sink:
    """The relay: keeps every mail it is given."""

    def __init__(self) -> None:
        self.mails: list[EmailMessage] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        del server, session
        parsed = message_from_bytes(envelope.original_content, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        self.mails.append(parsed)
        return "250 OK"


@pytest.fixture(scope="module")
def relay() -> Iterator[tuple[Sink, int]]:
    sink = Sink()
    port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield sink, port
    finally:
        controller.stop()


@pytest.fixture(scope="module")
def mx(tmp_path_factory: pytest.TempPathFactory, relay: tuple[Sink, int]) -> Iterator[MailServer]:
    yield from start_mail_server(
        tmp_path_factory, "bounce", "--smtp-relay", f"127.0.0.1:{relay[1]}"
    )


def _reply(mx: MailServer, conversation_id: int, body: str) -> None:
    async def run() -> None:
        async with await open_ws(mx.server.ws_url) as ws:
            await hello(ws, mx.token("agent01"), "email-in-bounce-client")
            await recv_until(ws, CaughtUp, timeout=30)
            change = ReplyOp(conversation_id=conversation_id, body=body)
            await ws.send(encode(Mutation(mutation_id=1, change=change)))
            await recv_until(ws, Ack)

    asyncio.run(run())


def _dsn(original: EmailMessage) -> bytes:
    headers = "".join(f"{k}: {v}\r\n" for k, v in original.items())
    return (
        "From: Mail Delivery System <MAILER-DAEMON@mx.customer.test>\r\n"
        f"To: {original['From']}\r\nSubject: Undelivered Mail Returned to Sender\r\n"
        "Auto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="R"\r\n\r\n'
        "--R\r\nContent-Type: text/plain\r\n\r\nI'm sorry to have to inform you...\r\n"
        "--R\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.customer.test\r\n\r\n"
        "Final-Recipient: rfc822; gone@customer.test\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 <gone@customer.test>: Recipient address rejected\r\n"
        f"\r\n--R\r\nContent-Type: text/rfc822-headers\r\n\r\n{headers}--R--\r\n"
    ).encode()


def test_a_bounce_fails_the_reply_it_reports(mx: MailServer, relay: tuple[Sink, int]) -> None:
    sink = relay[0]
    subject = f"Bounce me {uuid.uuid4().hex[:8]}"
    mx.send(mail(subject, "Please answer", sender="Gone <gone@customer.test>"))
    conversation = mx.conversation_of(subject)
    assert conversation is not None
    _reply(mx, conversation["id"], "Here is our answer")

    def sent() -> dict[str, Any] | None:
        out = [m for m in mx.messages(conversation["id"]) if m["direction"] == "out"]
        return out[0] if out and out[0]["delivery"] == "sent" else None

    reply = wait_until(sent, 30, message="the reply was never sent")
    assert reply is not None
    [ours] = [m for m in sink.mails if m["To"] and "gone@customer.test" in str(m["To"])]
    mx.send(_dsn(ours), sender="")

    def failed() -> dict[str, Any] | None:
        found = [m for m in mx.messages(conversation["id"]) if m["id"] == reply["id"]]
        return found[0] if found and found[0]["delivery"] == "failed" else None

    bounced = wait_until(failed, 30, message="the bounce did not fail the reply")
    assert bounced is not None
    assert "550 5.1.1" in bounced["delivery_error"]
    assert [m["body"] for m in mx.messages(conversation["id"])] == [
        "Please answer",
        "Here is our answer",
    ]
    kept = [r for r in mx.quarantine_rows() if r["subject"].startswith("Undelivered Mail")]
    assert [r["reason"] for r in kept] == ["bounce"]
    assert f"message {reply['id']}" in kept[0]["detail"]
    # A second copy of the bounce changes nothing more (and still opens nothing).
    mx.send(_dsn(ours), sender="")
    assert len(mx.messages(conversation["id"])) == 2
