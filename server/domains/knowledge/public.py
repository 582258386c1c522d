"""``GET /kb/{slug}``: the public, read-only page of a published article.

This is the link an agent pastes into a reply, so it needs no token: customers open it.
Only *published* articles are served; a draft, review, archived or unknown slug is a 404
(the same answer, so the page does not reveal which unpublished slugs exist). The
Markdown is rendered with markdown-it-py with raw HTML disabled, so anything an author
typed as HTML (a ``<script>`` included) is shown as escaped text, never run. The page is
a small self-contained document (inline CSS, no scripts) with the article's language on
``<html lang>``.
"""

from __future__ import annotations

import html

import sqlalchemy as sa
from fastapi import APIRouter, HTTPException
from fastapi.responses import HTMLResponse
from markdown_it import MarkdownIt
from markdown_it.token import Token

from server.core.requests import Ctx
from server.domains.knowledge import tables as t

router = APIRouter(prefix="/kb")

_MD = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")
_ASSET = "asset:"


def _public_image_urls(tokens: list[Token]) -> None:
    """``asset:<sha256>`` image sources become this server's public image address."""
    for token in tokens:
        for child in token.children or []:
            src = child.attrGet("src") if child.type == "image" else None
            if isinstance(src, str) and src.startswith(_ASSET):
                child.attrSet("src", f"/kb/assets/{src[len(_ASSET) :]}")


_CSS = """
body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto;
       padding: 0 1rem; line-height: 1.5; color: #1f2933; }
table { border-collapse: collapse; margin: 1rem 0; }
td, th { border: 1px solid #d5dbe3; padding: 0.35rem 0.6rem; text-align: left; }
th { background: #eef2f6; }
code { background: #f0f2f5; padding: 0 0.2rem; }
img { max-width: 100%; }
"""


def _render(body: str) -> str:
    env: dict[str, object] = {}
    tokens = _MD.parse(body, env)
    _public_image_urls(tokens)
    return str(_MD.renderer.render(tokens, _MD.options, env))


def article_page(title: str, lang: str, body: str) -> str:
    """The whole HTML document for one article (title escaped, body without raw HTML)."""
    return (
        "<!doctype html>\n"
        f'<html lang="{html.escape(lang, quote=True)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<article>\n<h1>{html.escape(title)}</h1>\n{_render(body)}</article>\n"
        "</body>\n</html>\n"
    )


@router.get("/{slug}", response_class=HTMLResponse)
async def public_article(slug: str, ctx: Ctx) -> HTMLResponse:
    """The published article ``slug`` as a page; 404 for anything else."""
    a = t.articles
    async with ctx.engine.connect() as conn:
        row = (
            await conn.execute(
                sa.select(a.c.title, a.c.lang, a.c.body).where(
                    a.c.slug == slug, a.c.status == "published"
                )
            )
        ).first()
    if row is None:
        raise HTTPException(404, "no such published article")
    return HTMLResponse(
        article_page(str(row.title), str(row.lang), str(row.body)),
        headers={"Cache-Control": "public, max-age=60", "X-Content-Type-Options": "nosniff"},
    )
