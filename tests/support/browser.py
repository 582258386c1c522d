"""A real Chromium for tests of the customer pages (web chat, "Call us", survey page).

Playwright (PyPI) drives Debian's ``chromium`` by its executable path: Playwright's own
browser downloads do not work on our machines (see /work/shared/CHANNELS.md). Two ways in:

* the async API (tests are ``async`` and share the module's event loop)::

      from tests.support.browser import browser, browser_args  # noqa: F401 (fixtures)

      @pytest.mark.asyncio(loop_scope="module")
      async def test_page(browser: Browser) -> None:
          page = await browser.new_page()

  A module that needs more flags overrides the ``browser_args`` fixture (module scope),
  e.g. ``return list(FAKE_MEDIA_ARGS)`` for a fake microphone.
* :func:`launch` as an async context manager, for a test or a bench that wants its own.

The sync API is not offered: it runs its own event loop and refuses to work inside
pytest-asyncio's running loop, and our tests talk to desk sockets with asyncio anyway.
"""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager

import pytest
import pytest_asyncio
from playwright.async_api import Browser, async_playwright

BASE_ARGS: tuple[str, ...] = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
"""Flags every test browser gets: no sandbox (containers), no network chatter of its own."""

FAKE_MEDIA_ARGS: tuple[str, ...] = (
    "--use-fake-ui-for-media-stream",
    "--use-fake-device-for-media-stream",
)
"""A microphone and camera that need no hardware and no permission prompt."""


def chromium_path() -> str:
    """Debian's Chromium. Missing, the test fails rather than skips: ``scripts/test``
    installs it, so its absence is a broken set-up that a skip would hide."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        pytest.fail("chromium is not installed (scripts/test installs it)")
    return path


@asynccontextmanager
async def launch(
    extra_args: Sequence[str] = (), *, headless: bool = True
) -> AsyncIterator[Browser]:
    """A headless Chromium with :data:`BASE_ARGS` plus ``extra_args``, closed on exit."""
    async with async_playwright() as p:
        browser = await p.chromium.launch(
            executable_path=chromium_path(),
            args=[*BASE_ARGS, *extra_args],
            headless=headless,
        )
        try:
            yield browser
        finally:
            await browser.close()


@pytest.fixture(scope="module")
def browser_args() -> list[str]:
    """Extra Chromium flags for the module's browser; override it in a test module."""
    return []


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def browser(browser_args: list[str]) -> AsyncIterator[Browser]:
    """One Chromium per test module (starting one costs about a second); tests open
    their own contexts or pages on it so cookies and storage never leak between them."""
    async with launch(browser_args) as b:
        yield b
