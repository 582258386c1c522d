"""A chat survives a server restart mid-conversation: the server process is stopped and
started again on the same database and port while the page stays open in Chromium; what
the customer typed meanwhile is stored once, the agent's later reply arrives, and neither
the page nor the database holds a lost or repeated message."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.async_api import Browser, Page, expect

from tests.server.channels.webchat.support import (
    ReplyDesk,
    free_port,
    session_conversation,
    stored_bodies,
    token_hash,
)
from tests.support.browser import browser, browser_args
from tests.support.server_proc import ServerProcess, make_factory

__all__ = ["browser", "browser_args"]
pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """A demo server on a fixed port, so the page finds it again after the restart."""
    factory, started = make_factory(tmp_path_factory.mktemp("chatrestart"))
    yield factory("--port", str(free_port()))
    for s in started:
        s.stop()


async def _say(page: Page, text: str) -> None:
    box = page.get_by_label("Message")
    await box.fill(text)
    await box.press("Enter")


async def test_the_chat_survives_a_server_restart(browser: Browser, server: ServerProcess) -> None:
    context = await browser.new_context(locale="en-US")
    page = await context.new_page()
    await page.goto(f"{server.url}/chat")
    await page.get_by_label("Your name").fill("Rita Restart")
    await page.get_by_role("button", name="Start chat").click()
    await _say(page, "before the restart")
    await expect(page.locator(".msg.pending")).to_have_count(0)
    state = await page.evaluate("() => JSON.parse(sessionStorage.getItem('frontline.chat'))")
    conversation = session_conversation(server, token_hash(str(state["token"])))
    desk = await ReplyDesk.open(server, "supervisor01")
    first = await desk.reply(conversation, "reply before")
    await expect(page.locator(f"#m-{first}")).to_have_count(1)
    await desk.ws.close()

    url = server.url
    server.stop()
    await expect(page.locator("#status")).to_have_text("Connection lost. Reconnecting…")
    await _say(page, "while the server was down")
    await expect(page.locator(".msg.pending")).to_have_count(1)
    server.start()
    assert server.url == url
    await expect(page.locator("#status")).to_have_text("Connected.", timeout=30_000)
    await expect(page.locator(".msg.pending")).to_have_count(0)

    desk = await ReplyDesk.open(server, "supervisor01")
    after = await desk.reply(conversation, "reply after")
    await expect(page.locator(f"#m-{after}")).to_have_count(1)
    expected = ["before the restart", "reply before", "while the server was down", "reply after"]
    assert stored_bodies(server, conversation) == expected
    assert await page.locator(".msg .body").all_text_contents() == expected
    await desk.ws.close()
    await context.close()
