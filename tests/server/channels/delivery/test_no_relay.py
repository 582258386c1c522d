"""Delivery on a server without an SMTP relay: an email reply fails visibly (never
silently), an agent's retry queues it again; notes and phone lines never deliver; the
refusals of ``message.retry`` and of reply attachments write nothing."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from protocol.frames import Reject, ReplyOp
from tests.server.channels.delivery.support import (
    DeliveryDesk,
    conversation,
    email_conversation,
)
from tests.server.helpers import TECH, auth
from tests.support.client import login
from tests.support.server_proc import ServerProcess

pytestmark = pytest.mark.asyncio


def messages(url: str, token: str, conversation_id: int) -> list[dict[str, Any]]:
    response = httpx.get(
        f"{url}/api/conversations/{conversation_id}/messages", headers=auth(token), timeout=10
    )
    response.raise_for_status()
    items: list[dict[str, Any]] = response.json()["items"]
    return items


def upload(url: str, token: str, name: str, data: bytes) -> int:
    response = httpx.post(
        f"{url}/api/attachments",
        content=data,
        headers={**auth(token), "X-Filename": name, "Content-Type": "text/plain"},
        timeout=10,
    )
    response.raise_for_status()
    return int(response.json()["id"])


def download_status(url: str, token: str, attachment_id: int) -> int:
    response = httpx.get(f"{url}/api/attachments/{attachment_id}", headers=auth(token), timeout=10)
    return response.status_code


async def test_email_reply_without_relay_fails_visibly_and_retry_queues_it_again(
    demo_server: ServerProcess,
) -> None:
    url = demo_server.url
    conv = email_conversation(url)
    desk = await DeliveryDesk.open(demo_server, "agent01")
    try:
        sent = await desk.reply(conv, "Your refund is on its way.")
        failed = await desk.message(sent.id, delivery="failed")
        assert "--smtp-relay" in failed.delivery_error
        assert failed.delivery_attempts == 1
        assert desk.history[sent.id] == ["queued", "failed"]
        # Any agent of the queue reads the same through REST.
        rows = messages(url, desk.token, conv)
        mine = [m for m in rows if m["id"] == sent.id]
        assert mine[0]["delivery"] == "failed"
        assert "--smtp-relay" in mine[0]["delivery_error"]

        result = await desk.retry(sent.id)
        assert result.ok, result
        assert result.answer is not None
        again = result.answer["message"]
        assert (again["delivery"], again["delivery_attempts"], again["delivery_error"]) == (
            "queued",
            0,
            "",
        )
        await desk.message(sent.id, delivery="failed", delivery_attempts=1)
        assert desk.history[sent.id] == ["queued", "failed", "queued", "failed"]
    finally:
        await desk.ws.close()


async def test_notes_and_phone_lines_have_no_delivery_chat_replies_are_queued(
    demo_server: ServerProcess,
) -> None:
    url = demo_server.url
    desk = await DeliveryDesk.open(demo_server, "agent01")
    try:
        email = email_conversation(url)
        note = await desk.reply(email, "Customer sounds upset.", internal=True)
        assert note.direction == "note"
        assert note.delivery is None
        phone = conversation(url, "phone")
        line = await desk.reply(phone, "Called back, sorted.")
        assert line.delivery is None
        chat = conversation(url, "chat")
        answer = await desk.reply(chat, "Hello, how can I help?")
        assert desk.history[answer.id][0] == "queued"
        # No chat page ever held this intake chat: on a demo server the simulator plays
        # its customer, so the reply reads as sent (a centre's server fails it instead).
        await desk.message(answer.id, delivery="sent")
        # Neither the note nor the phone line ever moves.
        boss = login(url, "supervisor01")
        states = {m["id"]: m["delivery"] for m in messages(url, boss, email)}
        assert states[note.id] is None
        states = {m["id"]: m["delivery"] for m in messages(url, boss, phone)}
        assert states[line.id] is None
    finally:
        await desk.ws.close()


async def test_retry_refusals(demo_server: ServerProcess) -> None:
    url = demo_server.url
    desk = await DeliveryDesk.open(demo_server, "agent01")
    boss = await DeliveryDesk.open(demo_server, "supervisor01")
    try:
        # Another queue's failed message: agent01 does not see it (same answer as missing).
        hidden = email_conversation(url, queue=TECH)
        theirs = await boss.reply(hidden, "From technical support.")
        await boss.message(theirs.id, delivery="failed")
        refused = await desk.retry(theirs.id)
        assert (refused.ok, refused.code) == (False, "not_visible")
        missing = await desk.retry(2_000_000_000)
        assert (missing.ok, missing.code) == (False, "not_visible")
        assert missing.message.replace("2000000000", "X") == refused.message.replace(
            str(theirs.id), "X"
        )
        # Nothing moved: still failed, for the supervisor who sees it.
        await boss.message(theirs.id, delivery="failed", delivery_attempts=1)

        # Not failed: a customer's message, a note.
        conv = email_conversation(url)
        inbound = messages(url, desk.token, conv)[0]
        assert inbound["direction"] == "in"
        refused = await desk.retry(int(inbound["id"]))
        assert (refused.ok, refused.code) == (False, "not_failed")
        note = await desk.reply(conv, "Checking with the warehouse.", internal=True)
        refused = await desk.retry(note.id)
        assert (refused.ok, refused.code) == (False, "not_failed")
        assert [m["delivery"] for m in messages(url, desk.token, conv)] == [None, None]
        # A bad id is refused by the command's own validation.
        bad = await desk.command("message.retry", message_id=-5)
        assert not bad.ok
    finally:
        await desk.ws.close()
        await boss.ws.close()


async def test_reply_attachments_only_own_unsent_uploads_on_email(
    demo_server: ServerProcess,
) -> None:
    url = demo_server.url
    desk = await DeliveryDesk.open(demo_server, "agent01")
    try:
        other = login(url, "agent02")
        not_mine = upload(url, other, "theirs.txt", b"agent02's file")
        mine = upload(url, desk.token, "invoice.txt", b"Invoice 1234: 20.00 EUR")
        email = email_conversation(url)
        chat = conversation(url, "chat")
        before = len(messages(url, desk.token, email))

        async def refused(conversation_id: int, ids: list[int], internal: bool = False) -> str:
            op = ReplyOp(
                conversation_id=conversation_id,
                body="Here is the file.",
                internal=internal,
                attachment_ids=ids,
            )
            reject = await desk.mutate(op)
            assert isinstance(reject, Reject), reject
            return reject.code

        assert await refused(email, [not_mine]) == "attachment_unknown"
        assert await refused(email, [mine, 2_000_000_000]) == "attachment_unknown"
        assert await refused(email, [mine], internal=True) == "attachments_not_allowed"
        assert await refused(chat, [mine]) == "attachments_not_allowed"
        # Nothing was written, and both uploads are still unsent (their uploaders' only).
        assert len(messages(url, desk.token, email)) == before
        assert download_status(url, other, not_mine) == 200

        sent = await desk.reply(email, "Here is your invoice.", attachment_ids=[mine])
        assert [(a.id, a.name, a.size) for a in sent.attachments] == [
            (mine, "invoice.txt", len(b"Invoice 1234: 20.00 EUR"))
        ]
        # Used once: it cannot go out with a second reply.
        assert await refused(email, [mine]) == "attachment_unknown"
        listed = [m for m in messages(url, desk.token, email) if m["id"] == sent.id]
        assert [a["id"] for a in listed[0]["attachments"]] == [mine]
    finally:
        await desk.ws.close()
