"""Browser calls in a real Chromium with its fake microphone, against a real server: the
page's "Call us" places a WebRTC call that aiortc answers, an agent's desk sees it ring,
accepting connects it (the page says so), the customer's audio arrives on the server, and
either side hanging up ends the call on the other side.

One server and one browser for the module; every test places its own call and wraps up
its agent's work, so the next call finds the agent available again.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
import pytest_asyncio
from playwright.async_api import Browser, Page

from protocol.kinds.calls import CallData
from protocol.kinds.routing import OfferData
from tests.support.browser import FAKE_MEDIA_ARGS, browser  # noqa: F401 (fixture)
from tests.support.desk_socket import Desk
from tests.support.routing import AGENT01, accept, open_available, quiet, shared_queue
from tests.support.server_proc import ServerProcess
from tests.support.waiting import wait_until

pytestmark = [pytest.mark.asyncio(loop_scope="module"), pytest.mark.other_side]
PAGE_TIMEOUT_MS = 15_000
START_SECONDS = 90.0


@pytest.fixture(scope="module")
def browser_args() -> list[str]:
    """A microphone without hardware or a permission prompt."""
    return list(FAKE_MEDIA_ARGS)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """A demo server (agents, queues, routing); seeding it on a machine busy with the rest
    of the suite may take long, so its start deadline is generous."""
    db = tmp_path_factory.mktemp("webrtc") / "server.sqlite"
    started = ServerProcess(db, ["--demo"], start_timeout=START_SECONDS).start()
    quiet(started, acw_seconds=0)
    yield started
    started.stop()


@pytest.fixture(scope="module")
def queue(server: ServerProcess) -> str:
    """A queue agent01 takes calls in."""
    return shared_queue(server, AGENT01)


@pytest_asyncio.fixture(loop_scope="module")
async def desk(server: ServerProcess) -> AsyncIterator[Desk]:
    opened = await open_available(server, "agent01")
    yield opened
    await opened.ws.close()


async def site_page(chromium: Browser, server: ServerProcess, queue: str, lang: str) -> Page:
    """A page of the centre's own site carrying the button and ``/chat/call.js`` (the
    chat page carries the same two; a page without a chat session calls anonymously)."""
    page = await chromium.new_page()
    await page.goto(f"{server.url}/api/health")  # the server's origin, for fetch
    await page.set_content(
        f'<!doctype html><html lang="{lang}"><body data-queue="{queue}">'
        '<button id="call-us" type="button" hidden>Call us</button>'
        f'<script src="{server.url}/chat/call.js"></script></body></html>'
    )
    return page


async def status_is(page: Page, text: str) -> None:
    await page.wait_for_function(
        "text => document.getElementById('call-status').textContent === text",
        arg=text,
        timeout=PAGE_TIMEOUT_MS,
    )


async def place(page: Page, button: str = "Call us") -> dict[str, Any]:
    """Click the call button; the server's answer (call id and key) as the page got it."""
    async with page.expect_response("**/chat/call") as response:
        await page.get_by_role("button", name=button).click()
    placed: dict[str, Any] = await (await response.value).json()
    return placed


async def ringing(desk: Desk, call_ref: str) -> tuple[CallData, OfferData]:
    """The browser call as the desk sees it, and the offer ringing on the desk."""
    call = await desk.first("call", provider_call_id=call_ref)
    assert isinstance(call, CallData)
    offer = await desk.first("offer", call_id=call.id, phase="ringing")
    assert isinstance(offer, OfferData)
    return call, offer


def status(server: ServerProcess, placed: dict[str, Any]) -> httpx.Response:
    return httpx.get(
        f"{server.url}/chat/call/{placed['call_id']}",
        headers={"X-Call-Key": placed["key"]},
        timeout=10,
    )


async def wrap_up(desk: Desk, offer: OfferData) -> None:
    await desk.entity("offer", offer.id, phase="acw")
    done = await desk.command("work.wrapup", offer_id=offer.id, code="resolved")
    assert done.ok, done
    await desk.presence_of(AGENT01, state="available")


def calls_in_db(server: ServerProcess) -> list[tuple[str, str, str]]:
    rows = server.rows(
        "SELECT provider_call_id, state, end_reason FROM calls WHERE provider = 'webrtc'"
        " ORDER BY id"
    )
    return [(str(a), str(b), str(c)) for a, b, c in rows]


async def test_call_us_rings_connects_carries_audio_and_the_agent_hangs_up(
    browser: Browser,  # noqa: F811 (fixture)
    server: ServerProcess,
    queue: str,
    desk: Desk,
) -> None:
    page = await site_page(browser, server, queue, "en")
    placed = await place(page)
    await status_is(page, "Calling…")
    call, offer = await ringing(desk, placed["call_id"])
    assert (call.state, call.caller, call.direction) == ("offered", "web visitor", "inbound")

    await accept(desk, offer.id)
    connected = await desk.entity("call", call.id, state="connected")
    assert connected.agent_id == AGENT01  # type: ignore[attr-defined]
    await status_is(page, "Connected")

    # The fake microphone's audio reaches the server.
    def heard() -> bool:
        return bool(status(server, placed).json()["audio_bytes"] > 0)

    await asyncio.to_thread(wait_until, heard, 15, 0.1, "no audio reached the server")

    hold = await desk.command("call.control", call_id=call.id, action="hold")
    assert hold.ok, hold
    await desk.entity("call", call.id, state="held")
    await status_is(page, "On hold")
    resume = await desk.command("call.control", call_id=call.id, action="resume")
    assert resume.ok, resume
    await status_is(page, "Connected")

    hangup = await desk.command("call.control", call_id=call.id, action="hangup")
    assert hangup.ok, hangup
    ended = await desk.entity("call", call.id, state="ended")
    assert ended.end_reason == "agent hung up"  # type: ignore[attr-defined]
    await status_is(page, "Call ended")
    assert await page.get_by_role("button", name="Call us").is_visible()
    assert not await page.locator("#hang-up").is_visible()
    # The call is gone for the page as well: its id no longer answers.
    assert (await asyncio.to_thread(status, server, placed)).status_code == 404
    await wrap_up(desk, offer)
    await page.close()


async def chat_page(chromium: Browser, server: ServerProcess, queue: str, lang: str) -> Page:
    """The web chat page with a chat started (its session is the caller's identity)."""
    page = await chromium.new_page()
    await page.goto(f"{server.url}/chat?queue={queue}&lang={lang}")
    await page.locator("#name").fill("Aino Virtanen")
    await page.locator("#start").click()
    await page.locator("#call-us").wait_for(state="visible", timeout=PAGE_TIMEOUT_MS)
    return page


def session_customer(server: ServerProcess) -> str:
    """The chat handle of the newest chat session (this module starts one per test)."""
    return str(server.rows("SELECT customer_ref FROM chat_sessions ORDER BY id DESC")[0][0])


async def test_a_chatting_customer_calls_in_their_language_and_hangs_up(
    browser: Browser,  # noqa: F811 (fixture)
    server: ServerProcess,
    queue: str,
    desk: Desk,
) -> None:
    page = await chat_page(browser, server, queue, "fi")
    placed = await place(page, "Soita meille")
    await status_is(page, "Soitetaan…")
    call, offer = await ringing(desk, placed["call_id"])
    # The call is the chat's customer, not an anonymous visitor.
    assert call.caller == session_customer(server)
    assert call.caller.startswith("webchat:")
    await accept(desk, offer.id)
    await status_is(page, "Yhdistetty")

    await page.get_by_role("button", name="Lopeta puhelu").click()
    await status_is(page, "Puhelu päättyi")
    ended = await desk.entity("call", call.id, state="ended")
    assert ended.end_reason == "customer hung up"  # type: ignore[attr-defined]
    await wrap_up(desk, offer)
    await page.close()


async def test_a_caller_who_closes_the_page_while_it_rings_ends_the_call(
    browser: Browser,  # noqa: F811 (fixture)
    server: ServerProcess,
    queue: str,
    desk: Desk,
) -> None:
    page = await site_page(browser, server, queue, "zh-TW")
    assert await page.get_by_role("button", name="打電話給我們").is_visible()
    placed = await place(page, "打電話給我們")
    await status_is(page, "正在撥號…")
    call, offer = await ringing(desk, placed["call_id"])
    await page.close()
    ended = await desk.entity("call", call.id, state="ended")
    assert ended.end_reason == "customer hung up"  # type: ignore[attr-defined]
    gone = await desk.entity("offer", offer.id, phase="closed")
    assert gone.phase == "closed"  # type: ignore[attr-defined]
