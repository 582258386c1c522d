"""``GET /chat``: the customer's chat page, its script and its style, in their language.

One small HTML page with no framework and nothing from elsewhere, so it loads fast on a
phone and a strict Content-Security-Policy holds (scripts and styles only from this
server, no inline script, no frames, no form posts). The visible texts are filled in on
the server from ``static/strings.json`` (so the labels are right before any script runs,
which screen readers and slow phones both notice); the script reads the same table from a
JSON block for the texts it shows later. ``call.js`` belongs to the "Call us" button
(the SIP/WebRTC work serves it).
"""

from __future__ import annotations

import html
import json
from functools import cache
from importlib import resources
from typing import Annotated

from fastapi import APIRouter, Header, Query
from fastapi.responses import Response

from protocol.text import LANGUAGES, clean_line
from protocol.webchat import CHAT_LANGUAGES

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self'; media-src 'self'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)
"""Only this server's own script, style and sockets; nothing inline, nothing framed."""
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
}
MAX_ACCEPT_LANGUAGE_CHARS = 500
MAX_QUEUE_PARAM_CHARS = 100

router = APIRouter()


def _static(name: str) -> str:
    return (resources.files("server.channels.webchat") / "static" / name).read_text("utf-8")


@cache
def strings() -> dict[str, dict[str, str]]:
    """The page's texts by language (:data:`protocol.webchat.CHAT_LANGUAGES`)."""
    table: dict[str, dict[str, str]] = json.loads(_static("strings.json"))
    return table


def page_language(tag: str | None) -> str | None:
    """The page language for one BCP 47 tag (``zh-TW`` -> ``zh-Hant``, bare ``zh`` ->
    ``zh-Hans``, ``fi-FI`` -> ``fi``); ``None`` when the page is not written in it."""
    if not tag:
        return None
    low = tag.strip().replace("_", "-").lower()
    if low.startswith("zh"):
        traditional = ("zh-hant", "zh-tw", "zh-hk", "zh-mo")
        return "zh-Hant" if low.startswith(traditional) else "zh-Hans"
    known = LANGUAGES.get(low) or LANGUAGES.get(low.split("-")[0])
    return known if known in CHAT_LANGUAGES else None


def _from_accept(header: str) -> str | None:
    """The best page language an ``Accept-Language`` header asks for (by its q-values)."""
    wanted: list[tuple[float, int, str]] = []
    for index, part in enumerate(header[:MAX_ACCEPT_LANGUAGE_CHARS].split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        wanted.append((-quality, index, tag))
    for _q, _i, tag in sorted(wanted):
        found = page_language(tag)
        if found is not None:
            return found
    return None


def choose_language(lang: str | None, accept: str | None) -> str:
    """``?lang=`` first, then the browser's ``Accept-Language``, else English."""
    chosen = page_language(lang[:35]) if lang else None
    return chosen or (_from_accept(accept) if accept else None) or "en"


def render(language: str, queue: str) -> str:
    """The page in ``language`` for ``queue`` (empty: the default queue)."""
    texts = strings()[language]
    stars = "\n      ".join(
        f'<label><input type="radio" name="score" value="{n}" required> '
        f"{html.escape(texts['score'].format(score=n))}</label>"
        for n in range(1, 6)
    )
    page = _static("chat.html")
    values = {
        **{key: html.escape(value) for key, value in texts.items() if "." not in key},
        "lang": language,
        "queue": html.escape(queue),
        "stars": stars,
        # A JSON block is data, not script: the CSP allows it; "</" cannot end it early.
        "strings": json.dumps(texts, ensure_ascii=False).replace("</", "<\\/"),
    }
    for key, value in values.items():
        page = page.replace("{{" + key + "}}", value)
    return page


@router.get("/chat", include_in_schema=False)
async def chat_page(
    queue: Annotated[str | None, Query(max_length=4 * MAX_QUEUE_PARAM_CHARS)] = None,
    lang: Annotated[str | None, Query(max_length=35)] = None,
    accept_language: Annotated[str | None, Header()] = None,
) -> Response:
    """The page; ``?queue=billing`` sends its chats to that queue, ``?lang=fi`` picks the
    language (else the browser's). An unknown queue is refused when the chat starts."""
    language = choose_language(lang, accept_language)
    queue_name = clean_line(queue)[:MAX_QUEUE_PARAM_CHARS] if queue else ""
    return Response(
        render(language, queue_name),
        media_type="text/html; charset=utf-8",
        headers=SECURITY_HEADERS,
    )


@router.get("/chat/chat.js", include_in_schema=False)
async def chat_script() -> Response:
    """The page's script (no framework)."""
    return Response(
        _static("chat.js"), media_type="text/javascript; charset=utf-8", headers=SECURITY_HEADERS
    )


@router.get("/chat/chat.css", include_in_schema=False)
async def chat_style() -> Response:
    """The page's style."""
    return Response(
        _static("chat.css"), media_type="text/css; charset=utf-8", headers=SECURITY_HEADERS
    )
