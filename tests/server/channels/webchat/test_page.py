"""The customer chat page in a real Chromium (Playwright) against a real server: the
customer types in the box labelled "Message" and presses Enter, a desk sees it; the queue
position, the agent's name, typing both ways, the reply, a transcript through a real SMTP
relay (aiosmtpd), the rating at the end; the page in Finnish and Chinese; a lost
connection and a reload without losing or repeating a message."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from email import message_from_bytes
from email.message import Message
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from playwright.async_api import Browser, Page, WebSocketRoute, expect

from protocol.frames import Activity, encode
from tests.server.channels.webchat.support import (
    ReplyDesk,
    customer_typing,
    free_port,
    session_conversation,
    stored_bodies,
    token_hash,
)
from tests.support.browser import browser, browser_args
from tests.support.db import execute
from tests.support.routing import AGENT01, accept, quiet, ringing_offer
from tests.support.server_proc import ServerProcess, make_factory

__all__ = ["browser", "browser_args"]
pytestmark = [pytest.mark.asyncio(loop_scope="module"), pytest.mark.other_side]


class Inbox:
    """An aiosmtpd handler keeping what the server's relay receives."""

    def __init__(self) -> None:
        self.mails: list[Message] = []
        self.port = free_port()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.mails.append(message_from_bytes(envelope.content))
        return "250 OK"


@pytest.fixture(scope="module")
def inbox() -> Iterator[Inbox]:
    handler = Inbox()
    controller = Controller(handler, hostname="127.0.0.1", port=handler.port)
    controller.start()
    yield handler
    controller.stop()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, inbox: Inbox) -> Iterator[ServerProcess]:
    """A demo server where nobody is available (chats wait in the queue) and no old
    contact waits, relaying mail to the test's SMTP server."""
    factory, started = make_factory(tmp_path_factory.mktemp("chatpage"))
    server = factory("--smtp-relay", f"127.0.0.1:{inbox.port}", "--mail-domain", "support.test")
    server.stop()
    quiet(server)
    execute(server, "DELETE FROM presence")  # nobody is available
    server.start()
    yield server
    for s in started:
        s.stop()


async def _token(page: Page) -> str:
    state = await page.evaluate("() => JSON.parse(sessionStorage.getItem('frontline.chat'))")
    assert state["token"]
    return str(state["token"])


async def _start(page: Page, url: str, name: str, email: str = "") -> None:
    await page.goto(url)
    await page.get_by_label("Your name").fill(name)
    if email:
        await page.get_by_label("Email (optional)").fill(email)
    await page.get_by_role("button", name="Start chat").click()
    await expect(page.get_by_label("Message")).to_be_visible()


async def _say(page: Page, text: str, label: str = "Message", *, confirmed: bool = True) -> None:
    """Type ``text`` and press Enter; with ``confirmed``, wait for the server's copy."""
    box = page.get_by_label(label)
    await box.fill(text)
    await box.press("Enter")
    if confirmed:
        await expect(page.locator(".msg.pending")).to_have_count(0)


async def test_a_whole_chat_in_english(
    browser: Browser, server: ServerProcess, inbox: Inbox
) -> None:
    context = await browser.new_context(locale="en-US")
    page = await context.new_page()
    await _start(page, f"{server.url}/chat", "Emma Brown", "emma@example.com")
    log = page.get_by_role("log")
    # The screen reader's view: a multi-line text box whose accessible name is "Message".
    box = page.get_by_role("textbox", name="Message", exact=True)
    assert await box.evaluate("e => e.tagName") == "TEXTAREA"
    assert await page.get_by_role("log", name="Conversation").count() == 1
    # Shift+Enter is a new line, Enter sends.
    await box.fill("My parcel")
    await box.press("Shift+Enter")
    await box.type("is late")
    await box.press("Enter")
    await expect(log).to_contain_text("My parcel\nis late")
    await expect(box).to_have_value("")
    await expect(page.locator(".msg.pending")).to_have_count(0)
    token = await _token(page)
    conversation = session_conversation(server, token_hash(token))
    desk = await ReplyDesk.open(server, "agent01")
    await desk.first("message", conversation_id=conversation, body="My parcel\nis late")

    # Nobody is available: the page shows its place in the queue.
    await expect(page.locator("#queue")).to_have_text(
        re.compile(r"You are number 1 in the queue\.")
    )
    # agent01 becomes available, is offered the chat and takes it: the page names them.
    await desk.set_presence("available")
    offer = await ringing_offer(desk, conversation_id=conversation)
    await accept(desk, offer.id)
    name = server.rows("SELECT display_name FROM agents WHERE id = ?", AGENT01)[0][0]
    await expect(log).to_contain_text(f"{name} has joined the chat.")
    await expect(page.locator("#queue")).to_have_text("")

    # Typing both ways.
    await box.press_sequentially("Any news", delay=20)
    await customer_typing(desk, conversation, True)
    await desk.ws.send(encode(Activity(conversation_id=conversation, state="typing")))
    await expect(page.locator("#typing")).to_have_text("The agent is typing…")

    reply = await desk.reply(conversation, "Your parcel arrives tomorrow.")
    await expect(log).to_contain_text("Your parcel arrives tomorrow.")
    await expect(page.locator("#typing")).to_have_text("")
    assert await page.locator(f"#m-{reply} .who").text_content() == name
    # The page confirmed it: delivered.
    async with asyncio.timeout(15):
        while server.rows("SELECT delivery FROM messages WHERE id = ?", reply)[0][0] != (
            "delivered"
        ):
            await desk.next_frame()

    # A transcript through the relay, to the address given at the start.
    await expect(page.get_by_label("Email for the transcript")).to_have_value("emma@example.com")
    await page.get_by_role("button", name="Email me the transcript").click()
    await expect(page.locator("#status")).to_have_text("The transcript is on its way.")
    mail = inbox.mails[-1]
    assert mail["To"] == "Emma Brown <emma@example.com>"
    assert mail["Auto-Submitted"] == "auto-generated"
    plain = next(part for part in mail.walk() if part.get_content_type() == "text/plain")
    raw = plain.get_payload(decode=True)
    assert isinstance(raw, bytes)
    text = raw.decode(plain.get_content_charset() or "utf-8")
    assert "My parcel" in text
    assert "Your parcel arrives tomorrow." in text

    # The agent resolves: the page asks for a rating, which is stored once for the contact.
    await desk.resolve(conversation)
    await expect(page.get_by_text("How was our service?")).to_be_visible()
    await page.get_by_label("4 of 5").check()
    await page.get_by_label("Comment (optional)").fill("Quick and kind")
    await page.get_by_role("button", name="Send rating").click()
    await expect(page.get_by_text("Thank you for your feedback!")).to_be_visible()
    answers = server.rows(
        "SELECT kind, score, comment FROM survey_responses WHERE conversation_id = ?",
        conversation,
    )
    assert answers == [("csat", 4, "Quick and kind")]
    await desk.set_presence("offline")
    await desk.ws.close()
    await context.close()


async def test_the_page_in_finnish_and_chinese(browser: Browser, server: ServerProcess) -> None:
    context = await browser.new_context(locale="fi-FI")
    page = await context.new_page()
    foreign: list[str] = []
    page.on("request", lambda r: foreign.append(r.url) if server.url not in r.url else None)
    response = await page.goto(f"{server.url}/chat?lang=fi")
    assert response is not None
    csp = (await response.all_headers())["content-security-policy"]
    assert "default-src 'none'" in csp
    assert "script-src 'self'" in csp
    assert await page.get_attribute("html", "lang") == "fi"
    await page.get_by_label("Nimesi").fill("Matti Meikäläinen")
    await page.get_by_role("button", name="Aloita keskustelu").click()
    await _say(page, "Missä pakettini on?", "Viesti")
    await expect(page.get_by_role("log")).to_contain_text("SinäMissä pakettini on?")
    token = await _token(page)
    conversation = session_conversation(server, token_hash(token))
    assert server.rows("SELECT language FROM conversations WHERE id = ?", conversation)[0][0] == (
        "fi"
    )
    assert foreign == []
    await context.close()

    # Traditional Chinese from the browser's language; Simplified from ?lang=.
    context = await browser.new_context(locale="zh-TW", extra_http_headers={})
    page = await context.new_page()
    await page.goto(f"{server.url}/chat")
    assert await page.get_attribute("html", "lang") == "zh-Hant"
    await page.get_by_label("您的姓名").fill("陳大文")
    await page.get_by_role("button", name="開始諮詢").click()
    await _say(page, "我的包裹在哪裡？", "訊息")
    await expect(page.get_by_role("log")).to_contain_text("我的包裹在哪裡？")
    await expect(page.locator("#hint")).to_have_text("按 Enter 傳送，按 Shift+Enter 換行。")
    await page.goto(f"{server.url}/chat?lang=zh-CN")
    assert await page.get_attribute("html", "lang") == "zh-Hans"
    await context.close()


async def test_a_lost_connection_and_a_reload_lose_and_repeat_nothing(
    browser: Browser, server: ServerProcess
) -> None:
    context = await browser.new_context(locale="en-US")
    page = await context.new_page()
    blocked = False
    routes: list[WebSocketRoute] = []

    async def route(ws: WebSocketRoute) -> None:
        routes.append(ws)
        if blocked:
            await ws.close()
        else:
            ws.connect_to_server()

    await page.route_web_socket(re.compile(r".*/chat/ws$"), route)
    await _start(page, f"{server.url}/chat", "Olli Offline")
    await _say(page, "first words")
    log = page.get_by_role("log")
    await expect(log).to_contain_text("first words")
    conversation = session_conversation(server, token_hash(await _token(page)))
    desk = await ReplyDesk.open(server, "supervisor01")

    blocked = True
    await routes[-1].close()
    await expect(page.locator("#status")).to_have_text("Connection lost. Reconnecting…")
    away = [await desk.reply(conversation, f"while away {n}") for n in (1, 2)]
    await _say(page, "typed offline", confirmed=False)
    await expect(page.locator(".msg.pending")).to_have_count(1)
    blocked = False
    await expect(page.locator("#status")).to_have_text("Connected.", timeout=15_000)
    await expect(page.locator(".msg.pending")).to_have_count(0)
    for reply in away:
        await expect(page.locator(f"#m-{reply}")).to_have_count(1)

    expected = ["first words", "while away 1", "while away 2", "typed offline"]
    assert stored_bodies(server, conversation) == expected
    shown = await page.locator(".msg .body").all_text_contents()
    assert shown == expected
    # A reload shows the whole chat once, from the server.
    await page.reload()
    await expect(page.locator(".msg")).to_have_count(4)
    assert await page.locator(".msg .body").all_text_contents() == expected
    await desk.ws.close()
    await context.close()
