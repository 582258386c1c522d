"""``GET /kb/{slug}``: the public page of a published article (what customers open)."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from tests.knowledge_sync.helpers import kb_import, write_article
from tests.support.server_proc import ServerFactory

SCRIPTED = (
    "Reset the password in **three** steps.\n\n"
    "<script>alert('owned')</script>\n\n"
    "| Step | Action |\n|---|---|\n| 1 | Open <b>settings</b> |\n"
)


@pytest.mark.asyncio
async def test_published_article_page_is_escaped_html_and_drafts_are_404(
    server_factory: ServerFactory, tmp_path: Path
) -> None:
    server = server_factory()
    folder = tmp_path / "kb"
    write_article(folder, "pp-reset-en", "Reset & <recover>", "en", SCRIPTED)
    write_article(folder, "pp-reset-fi", "Salasanan nollaus", "fi", "Nollaa salasana.")
    write_article(folder, "pp-draft-en", "Draft page", "en", "Not yet.", status="draft")
    run = await kb_import(server.url, folder)
    assert run.returncode == 0, run.stderr

    async with httpx.AsyncClient(base_url=server.url, timeout=30) as http:
        page = await http.get("/kb/pp-reset-en")  # no token: customers open this
        assert page.status_code == 200
        assert page.headers["content-type"].startswith("text/html")
        text = page.text
        assert text.startswith("<!doctype html>")
        assert '<html lang="en">' in text
        assert "<title>Reset &amp; &lt;recover&gt;</title>" in text
        assert "<strong>three</strong>" in text  # Markdown is rendered
        assert "<table>" in text
        # Raw HTML is text, never markup: the script cannot run, the <b> is not bold.
        assert "<script" not in text
        assert "&lt;script&gt;alert(" in text
        assert "<b>" not in text
        assert "&lt;b&gt;settings&lt;/b&gt;" in text

        finnish = await http.get("/kb/pp-reset-fi")
        assert finnish.status_code == 200
        assert '<html lang="fi">' in finnish.text

        assert (await http.get("/kb/pp-draft-en")).status_code == 404
        assert (await http.get("/kb/no-such-article")).status_code == 404
