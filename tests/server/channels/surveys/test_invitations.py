"""Survey invitations end to end: a real server mails them through a real SMTP relay
(aiosmtpd in the test) when an agent resolves a conversation over the desk socket; the
mail's link opens the survey page and the answer shows in the customer's profile.

"Nothing more was sent" is checked with a marker: invitations go out in the order their
conversations were resolved, so once a later conversation's invitation arrived, an
unwanted one for an earlier conversation would have arrived too.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import aiosmtplib
import httpx
import pytest

from tests.server.channels.support import wait_for_port
from tests.server.channels.surveys.support import (
    WAIT,
    Desk,
    Mailbox,
    contact,
    free_port,
    invites,
    query,
    relay,
    wait_invite_state,
)
from tests.server.helpers import auth
from tests.support.client import login
from tests.support.server_proc import ServerProcess, make_factory
from tests.support.waiting import wait_until_async

pytestmark = pytest.mark.asyncio(loop_scope="module")
_serial = itertools.count(1)
SMTP_PORT = free_port()


@pytest.fixture(scope="module")
def mailbox_and_server(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Mailbox, ServerProcess]]:
    with relay() as (box, port):
        factory, started = make_factory(Path(tmp_path_factory.mktemp("surveys")))
        server = factory(
            "--smtp-relay",
            f"127.0.0.1:{port}",
            "--mail-domain",
            "example.test",
            "--smtp-port",
            str(SMTP_PORT),
        )
        wait_for_port(SMTP_PORT)
        yield box, server
        for s in started:
            s.stop()


def link_of(mail: EmailMessage) -> str:
    part = mail.get_body(preferencelist=("plain",))
    assert part is not None
    found = re.search(r"http://\S+/survey/\S+", part.get_content())
    assert found is not None, part.get_content()
    return found.group(0)


async def marker(box: Mailbox, server: ServerProcess, desk: Desk) -> None:
    """Resolve one more email conversation and wait for its invitation (see the module
    docstring)."""
    address = f"marker{next(_serial)}@customer.test"
    conv = contact(server, "email", email=address)["conversation_id"]
    await desk.set_status(conv, "resolved")
    await box.wait_for(address)


async def test_resolved_email_gets_one_invitation_whose_link_answers(
    mailbox_and_server: tuple[Mailbox, ServerProcess],
) -> None:
    box, server = mailbox_and_server
    address = "liisa.survey@customer.test"
    taken = contact(server, "email", email=address, language="fi-FI")
    conv, customer_id = taken["conversation_id"], taken["customer_id"]
    desk = await Desk.open(server)
    try:
        await desk.set_status(conv, "resolved")
        (mail,) = await box.wait_for(address)
        assert mail["Auto-Submitted"] == "auto-generated"
        assert "Miten onnistuimme?" in str(mail["Subject"])
        assert mail["From"].addresses[0].addr_spec == "billing@example.test"
        link = link_of(mail)
        assert link.startswith(server.url + "/survey/")
        html_part = mail.get_body(preferencelist=("html",))
        assert html_part is not None
        assert link in html_part.get_content()

        http = httpx.AsyncClient(timeout=10)
        form = await http.get(link)
        assert form.status_code == 200
        assert '<html lang="fi">' in form.text
        answer = {"csat": "2", "nps": "6", "comment": "Paketti tuli lopulta."}
        thanks = await http.post(link, data=answer)
        assert thanks.status_code == 200
        assert "Kiitos!" in thanks.text
        token = login(server.url, "agent01")
        path = f"{server.url}/api/customers/{customer_id}/profile"
        profile = (await http.get(path, headers=auth(token))).json()
        await http.aclose()
        mine = {s["kind"]: s for s in profile["surveys"] if s["conversation_id"] == conv}
        assert mine["csat"]["score"] == 2
        assert mine["csat"]["comment"] == "Paketti tuli lopulta."
        assert mine["nps"]["score"] == 6
        assert profile["averages"]["csat"] == 2.0

        # Resolved again without a new customer message: the same contact, no new mail.
        await desk.set_status(conv, "open")
        await desk.set_status(conv, "resolved")
        await marker(box, server, desk)
        assert len(box.to(address)) == 1
        assert [row[:2] for row in invites(server, conv)] == [("email", "sent")]

        # The customer writes again: a new contact, whose resolution is invited again.
        again = contact(
            server,
            "email",
            email=address,
            language="fi-FI",
            body="Vielä yksi.",
            token=taken["conversation_token"],
        )
        assert again["conversation_id"] == conv
        await desk.set_status(conv, "resolved")
        assert len(await box.wait_for(address, 2)) == 2
        rows = await wait_invite_state(server, conv, "sent")
        assert [row[1] for row in rows] == ["sent", "sent"]
    finally:
        await desk.close()


async def test_phone_invited_by_email_only_with_an_address_and_chat_never(
    mailbox_and_server: tuple[Mailbox, ServerProcess],
) -> None:
    box, server = mailbox_and_server
    caller = "caller.survey@customer.test"
    with_address = contact(server, "phone", email=caller, language="zh-TW")["conversation_id"]
    without = contact(server, "phone", email=None)["conversation_id"]
    chat = contact(server, "chat", email="chatter@customer.test")["conversation_id"]
    desk = await Desk.open(server)
    try:
        for conv in (with_address, without, chat):
            await desk.set_status(conv, "resolved")
        (mail,) = await box.wait_for(caller)
        assert "您對我們的服務滿意嗎" in str(mail["Subject"])
        async with httpx.AsyncClient(timeout=10) as http:
            page = await http.get(link_of(mail))
        assert '<html lang="zh-Hant">' in page.text
        rows = await wait_invite_state(server, without, "skipped")
        assert rows == [("phone", "skipped", "the customer has no email address", 1)]
        await marker(box, server, desk)
        assert invites(server, chat) == []
        assert box.to("chatter@customer.test") == []
    finally:
        await desk.close()


async def test_a_mail_that_came_over_smtp_is_invited_at_its_sender(
    mailbox_and_server: tuple[Mailbox, ServerProcess],
) -> None:
    box, server = mailbox_and_server
    sender = "wen.survey@customer.test"
    mail = EmailMessage()
    mail["From"] = f"王文 <{sender}>"
    mail["To"] = "billing@example.test"
    mail["Subject"] = "發票問題"
    mail["Message-ID"] = "<first.wen@customer.test>"
    mail.set_content("我的發票金額不對。")
    await aiosmtplib.send(mail, hostname="127.0.0.1", port=SMTP_PORT, timeout=30)

    def arrived() -> int | None:
        rows = query(
            server,
            "SELECT c.id FROM conversations c JOIN customers u ON u.id = c.customer_id"
            " WHERE c.channel = 'email' AND (u.email = ? OR u.ref = ?)",
            sender,
            sender,
        )
        return int(rows[0][0]) if rows else None

    conv = await wait_until_async(arrived, WAIT, message="the mail opened no conversation")
    assert conv is not None
    desk = await Desk.open(server)
    try:
        await desk.set_status(conv, "resolved")
    finally:
        await desk.close()
    (invitation,) = await box.wait_for(sender)
    assert "發票問題" in str(invitation["Subject"])
    assert invitation["To"].addresses[0].addr_spec == sender
