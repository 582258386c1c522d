"""Email replies through a real SMTP relay: an ``aiosmtpd`` server on loopback that
answers as the test scripts it per recipient (451 once then 250, 550 always), a relay
that is down, and a server restarted with a reply still queued. Every exchange is a real
SMTP dialogue with the server's own sender (``server/channels/email/outbound``)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from tests.server.channels.delivery.support import (
    customer_address,
    delivery_desk,
    email_conversation,
)
from tests.support.mailserver import free_port
from tests.support.server_proc import ServerProcess, make_factory

pytestmark = pytest.mark.asyncio

TOGETHER = 3
"""Replies of different conversations the relay holds until they are all in flight."""
MAX_ATTEMPTS = 4
RETRIES = ["--delivery-retry-base", "1", "--delivery-max-attempts", str(MAX_ATTEMPTS)]
"""Retries after 1, 2 and 4 s: exhausted in 7 s, and long enough for the restart test to
stop the server with its reply still queued."""


@dataclass
class Relay:
    """What the relay answers (by recipient local part prefix) and what it accepted."""

    accepted: list[EmailMessage] = field(default_factory=list)
    tries: dict[str, int] = field(default_factory=dict)
    together: int = 0
    all_there: asyncio.Event = field(default_factory=asyncio.Event)

    async def handle_RCPT(  # noqa: N802 (aiosmtpd's hook name)
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: Any
    ) -> str:
        del server, session, options
        local = address.split("@", maxsplit=1)[0]
        self.tries[address] = self.tries.get(address, 0) + 1
        if local.startswith("unknown-"):
            return "550 5.1.1 <" + address + ">: no such user here"
        if local.startswith("busy-") and self.tries[address] == 1:
            return "451 4.3.0 mailbox busy, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(  # noqa: N802 (aiosmtpd's hook name)
        self, server: SMTP, session: Session, envelope: Envelope
    ) -> str:
        del server, session
        if any(a.startswith("together-") for a in envelope.rcpt_tos):
            # Hold the mail until TOGETHER of them are in the relay at once (or give up).
            self.together += 1
            if self.together >= TOGETHER:
                self.all_there.set()
            try:
                await asyncio.wait_for(self.all_there.wait(), 20)
            except TimeoutError:
                return "451 4.4.1 the others never came"
        raw = envelope.original_content or b""
        parsed = message_from_bytes(raw, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        self.accepted.append(parsed)
        return "250 2.0.0 queued"

    def mails_to(self, address: str) -> list[EmailMessage]:
        return [m for m in self.accepted if address in str(m.get("To", ""))]


class RelayProcess:
    """The scripted relay on a fixed loopback port, which a test can take down and bring
    back (a relay that is down refuses connections)."""

    def __init__(self) -> None:
        self.handler = Relay()
        self.port = free_port()
        self.controller: Controller | None = None

    def up(self) -> None:
        if self.controller is None:
            self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)
            self.controller.start()

    def down(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@pytest.fixture(scope="module")
def relay() -> Iterator[RelayProcess]:
    process = RelayProcess()
    process.up()
    yield process
    process.down()


@pytest.fixture(scope="module")
def relayed(
    tmp_path_factory: pytest.TempPathFactory, relay: RelayProcess
) -> Iterator[ServerProcess]:
    """One demo server for the module, sending through the scripted relay."""
    factory, started = make_factory(tmp_path_factory.mktemp("relay"))
    yield factory(
        "--smtp-relay", f"127.0.0.1:{relay.port}", "--mail-domain", "support.test", *RETRIES
    )
    for server in started:
        server.stop()


def new_customer(relayed: ServerProcess, relay: RelayProcess, prefix: str) -> tuple[str, int]:
    """With the relay up: a fresh customer's address (starting with ``prefix``, which tells
    the relay how to answer) and their new email conversation."""
    relay.up()
    customer = customer_address(prefix)
    return customer, email_conversation(relayed.url, email=customer)


async def test_temporary_refusal_is_retried_then_sent(
    relayed: ServerProcess, relay: RelayProcess
) -> None:
    customer, conv = new_customer(relayed, relay, "busy")
    async with delivery_desk(relayed) as desk:
        reply = await desk.reply(conv, "We have shipped your parcel today.")
        done = await desk.message(reply.id, delivery="sent")
        assert done.delivery_attempts == 2
        versions = desk.versions[reply.id]
        # Seen by the desk: queued, queued again after the 451 (with its words), sent.
        assert [v.delivery for v in versions] == ["queued", "queued", "sent"]
        assert versions[1].delivery_attempts == 1
        assert versions[1].delivery_error.startswith("451 4.3.0 mailbox busy")
        assert done.delivery_error == ""
        # A sent message is not sent again.
        refused = await desk.retry(reply.id)
        assert (refused.ok, refused.code) == (False, "not_failed")
        assert "sent" in refused.message
    mails = relay.handler.mails_to(customer)
    assert len(mails) == 1
    assert relay.handler.tries[customer] == 2
    body = mails[0].get_body(("plain",))
    assert body is not None
    assert "We have shipped your parcel today." in body.get_content()


async def test_permanent_refusal_fails_at_once_with_the_relays_words(
    relayed: ServerProcess, relay: RelayProcess
) -> None:
    customer, conv = new_customer(relayed, relay, "unknown")
    async with delivery_desk(relayed) as desk:
        reply = await desk.reply(conv, "Please confirm your address.")
        failed = await desk.message(reply.id, delivery="failed")
        assert failed.delivery_attempts == 1
        assert failed.delivery_error.startswith("550 5.1.1")
        assert "no such user here" in failed.delivery_error
        assert desk.history[reply.id] == ["queued", "failed"]
    assert relay.handler.tries[customer] == 1
    assert relay.handler.mails_to(customer) == []


async def test_one_conversations_replies_leave_in_order(
    relayed: ServerProcess, relay: RelayProcess
) -> None:
    customer, conv = new_customer(relayed, relay, "busy")
    async with delivery_desk(relayed) as desk:
        first = await desk.reply(conv, "First: we received your return.")
        second = await desk.reply(conv, "Second: the refund is on its way.")
        await desk.message(first.id, delivery="sent", delivery_attempts=2)
        later = await desk.message(second.id, delivery="sent")
        # The second waited for the first's retry instead of overtaking it.
        assert later.delivery_attempts == 1
    bodies = [m.get_body(("plain",)) for m in relay.handler.mails_to(customer)]
    texts = [b.get_content() if b is not None else "" for b in bodies]
    assert len(texts) == 2
    assert "First:" in texts[0]
    assert "Second:" in texts[1]


async def test_several_conversations_are_sent_at_once(
    relayed: ServerProcess, relay: RelayProcess
) -> None:
    relay.up()
    customers = [customer_address("together") for _ in range(TOGETHER)]
    convs = [email_conversation(relayed.url, email=c) for c in customers]
    async with delivery_desk(relayed) as desk:
        replies = [await desk.reply(conv, f"Reply {n}.") for n, conv in enumerate(convs)]
        for reply in replies:
            # The relay held each mail until all were in flight: sent on the first try.
            await desk.message(reply.id, delivery="sent", delivery_attempts=1)
    assert all(len(relay.handler.mails_to(c)) == 1 for c in customers)


async def test_relay_down_is_retried_then_failed(
    relayed: ServerProcess, relay: RelayProcess
) -> None:
    relay.down()
    try:
        customer = customer_address("down")
        conv = email_conversation(relayed.url, email=customer)
        async with delivery_desk(relayed) as desk:
            reply = await desk.reply(conv, "Your order is confirmed.")
            failed = await desk.message(reply.id, delivery="failed")
            assert failed.delivery_attempts == MAX_ATTEMPTS
            assert f"127.0.0.1:{relay.port}" in failed.delivery_error
            states = [(v.delivery, v.delivery_attempts) for v in desk.versions[reply.id]]
            assert states == [
                *(("queued", n) for n in range(MAX_ATTEMPTS)),
                ("failed", MAX_ATTEMPTS),
            ]
    finally:
        relay.up()
    assert relay.handler.mails_to(customer) == []


async def test_queued_reply_is_sent_after_a_restart(
    relayed: ServerProcess, relay: RelayProcess
) -> None:
    relay.down()
    customer = customer_address("restart")
    try:
        conv = email_conversation(relayed.url, email=customer)
        async with delivery_desk(relayed) as desk:
            reply = await desk.reply(conv, "Sent once the relay is back.")
            waiting = await desk.message(reply.id, delivery_attempts=1)
            assert waiting.delivery == "queued"
        relayed.stop()
        # The relay comes back while the server is down; the reply waits in the database.
        relay.up()
        relayed.start()
        async with delivery_desk(relayed) as desk:
            sent = await desk.message(reply.id, delivery="sent")
        assert sent.delivery_attempts >= 2
        assert len(relay.handler.mails_to(customer)) == 1
    finally:
        relay.up()
        if not relayed.running:
            relayed.start()
