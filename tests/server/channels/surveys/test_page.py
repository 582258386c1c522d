"""The survey page in a real Chromium (keyboard only, the accessible names a screen
reader announces, the CSP letting its one style sheet apply) and over plain HTTP with
hostile values: every bad token gets the same friendly 404, every refused answer stores
nothing, a second answer replaces the first."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.async_api import Browser

from tests.server.channels.surveys.support import contact, query, token_for
from tests.support.browser import browser, browser_args  # noqa: F401 - fixtures
from tests.support.server_proc import ServerProcess, make_factory

pytestmark = [pytest.mark.asyncio(loop_scope="module"), pytest.mark.other_side]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    factory, started = make_factory(Path(tmp_path_factory.mktemp("surveys-page")))
    yield factory()
    for s in started:
        s.stop()


def answers(server: ServerProcess, conversation_id: int) -> dict[str, tuple[int, str]]:
    rows = query(
        server,
        "SELECT kind, score, comment FROM survey_responses WHERE conversation_id = ?",
        conversation_id,
    )
    return {str(kind): (int(score), str(comment)) for kind, score, comment in rows}


async def test_keyboard_answer_in_chromium_then_a_second_answer_replaces_it(
    server: ServerProcess,
    browser: Browser,  # noqa: F811 - the fixture
) -> None:
    conv = contact(server, "email", email="keys.survey@customer.test")["conversation_id"]
    link = f"{server.url}/survey/{token_for(server, conv)}"
    page = await browser.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    await page.goto(link)
    assert await page.get_attribute("html", "lang") == "en"
    csat = page.get_by_role("group", name="How satisfied are you with the help you got?")
    assert await csat.get_by_role("radio").count() == 5
    nps = page.get_by_role("group", name="How likely are you to recommend us to a friend?")
    assert await nps.get_by_role("radio").count() == 11
    # The style sheet applied: the CSP allowed it by its hash.
    button = page.get_by_role("button", name="Send answer")
    colour = await button.evaluate("b => getComputedStyle(b).backgroundColor")
    assert colour == "rgb(29, 78, 216)"

    await page.keyboard.press("Tab")  # into the CSAT group: its first choice, 5
    await page.keyboard.press("Space")
    await page.keyboard.press("ArrowDown")  # 4
    assert await page.get_by_role("radio", name="4 - Satisfied").is_checked()
    await page.keyboard.press("Tab")  # into the NPS group
    await page.keyboard.press("Space")  # 0
    for _ in range(7):
        await page.keyboard.press("ArrowRight")  # 7
    await page.keyboard.press("Tab")
    comment = page.get_by_label("Anything else you want to tell us? (optional)")
    assert await comment.evaluate("e => e === document.activeElement")
    await page.keyboard.type("Quick and kind.")
    await page.keyboard.press("Tab")
    await page.keyboard.press("Enter")
    await page.get_by_role("heading", name="Thank you!").wait_for()
    assert answers(server, conv) == {"csat": (4, "Quick and kind."), "nps": (7, "")}
    # Opened again, the link shows what the customer said.
    await page.goto(link)
    assert await page.get_by_role("radio", name="4 - Satisfied").is_checked()
    assert await page.get_by_role("radio", name="7", exact=True).is_checked()
    assert await comment.input_value() == "Quick and kind."

    # A second answer (the link opened again) replaces the first; NPS left out stays.
    async with httpx.AsyncClient(timeout=10) as http:
        again = await http.post(link, data={"csat": "1", "comment": ""})
    assert again.status_code == 200
    assert answers(server, conv) == {"csat": (1, ""), "nps": (7, "")}

    await page.goto(f"{server.url}/survey/{conv}.forged")
    await page.get_by_role("heading", name="Survey not found").wait_for()
    assert problems == [] or all("404" in p for p in problems)
    await page.close()


async def test_every_bad_token_is_the_same_friendly_404(server: ServerProcess) -> None:
    conv = contact(server, "email", email="tokens.survey@customer.test")["conversation_id"]
    good = token_for(server, conv)
    other = contact(server, "email", email="other.survey@customer.test")["conversation_id"]
    bad = [
        f"{conv}.{'0' * 32}",  # forged MAC
        f"{other}.{good.split('.')[1]}",  # this MAC on another conversation
        f"999999.{good.split('.')[1]}",  # no such conversation
        good + "0",
        good.upper(),
        "1" * 40 + ".abc",
        "x" * 5000,
        f"{good}%0A",  # a newline after a good token
        "%E2%98%83.abc",
    ]
    async with httpx.AsyncClient(timeout=10) as http:
        first = await http.get(f"{server.url}/survey/{bad[0]}")
        assert first.status_code == 404
        assert "Survey not found" in first.text
        assert "Content-Security-Policy" in first.headers
        for token in bad:
            for method in ("GET", "POST"):
                response = await http.request(
                    method, f"{server.url}/survey/{token}", data={"csat": "5"}
                )
                assert response.status_code == 404, (token, method)
                assert response.text == first.text
        finnish = await http.get(
            f"{server.url}/survey/{bad[0]}", headers={"Accept-Language": "fi-FI,fi;q=0.9"}
        )
        assert "Kyselyä ei löydy" in finnish.text
    assert answers(server, conv) == {}
    assert answers(server, other) == {}


async def test_refused_answers_store_nothing_and_say_why(server: ServerProcess) -> None:
    conv = contact(server, "email", email="hostile.survey@customer.test", language="zh-CN")[
        "conversation_id"
    ]
    link = f"{server.url}/survey/{token_for(server, conv)}"
    refused = [
        ({"csat": "9"}, 422, "请选择您的满意程度"),
        ({"csat": "0"}, 422, "请选择您的满意程度"),
        ({"csat": "-1"}, 422, "请选择您的满意程度"),
        ({"nps": "5"}, 422, "请选择您的满意程度"),
        ({"csat": "3", "nps": "11"}, 422, "推荐评分"),
        ({"csat": "3", "nps": "٣"}, 422, "推荐评分"),
        ({"csat": "3", "comment": "长" * 1001}, 422, "评论太长"),
        ({"csat": "3", "admin": "1"}, 400, "无法识别回答"),
    ]
    async with httpx.AsyncClient(timeout=10) as http:
        for form, status, words in refused:
            response = await http.post(link, data=form)
            assert response.status_code == status, form
            assert words in response.text, form
        shown = await http.post(link, data={"csat": "3", "comment": "<script>x</script>"})
        assert shown.status_code == 200
        assert answers(server, conv) == {"csat": (3, "<script>x</script>")}
        # The refused values were not stored over the good answer either.
        for body, kind in (
            (b"csat=4&csat=5", "application/x-www-form-urlencoded"),
            (b"csat=4&comment=%FF%FE", "application/x-www-form-urlencoded"),
            (b'{"csat": 4}', "application/json"),
        ):
            response = await http.post(link, content=body, headers={"Content-Type": kind})
            assert response.status_code == 400, body
        huge = await http.post(link, data={"csat": "4", "comment": "a" * 70_000})
        assert huge.status_code == 413
        refilled = await http.post(link, data={"csat": "4", "nps": "x", "comment": "<b>hi</b>"})
        assert refilled.status_code == 422
        assert "&lt;b&gt;hi&lt;/b&gt;" in refilled.text
        assert "<b>hi</b>" not in refilled.text
        assert (await http.get(f"{server.url}/api/health")).status_code == 200
    assert answers(server, conv) == {"csat": (3, "<script>x</script>")}
