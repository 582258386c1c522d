"""Knowledge images: ``frontline kb import`` uploads what articles reference, the server
stores them by SHA-256 and serves them (token for desks, public only when published)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import httpx
import pytest

from tests.knowledge_sync.helpers import kb_import, write_article
from tests.support.client import login
from tests.support.server_proc import ROOT, ServerFactory

PNG = (ROOT / "resources" / "kb" / "articles" / "images" / "refund-flow.png").read_bytes()
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10"/></svg>'


@pytest.mark.asyncio
async def test_import_uploads_images_and_reports_bad_ones(
    server_factory: ServerFactory, tmp_path: Path
) -> None:
    server = server_factory()
    folder = tmp_path / "kb"
    (folder / "images").mkdir(parents=True)
    (folder / "images" / "flow.png").write_bytes(PNG)
    (folder / "images" / "secret.svg").write_bytes(SVG)
    (folder / "images" / "huge.png").write_bytes(PNG[:8] + b"\0" * (2 * 1024 * 1024))
    (folder / "images" / "notes.png").write_text("not an image", encoding="utf-8")
    body = (
        "Flow:\n\n![Refund flow](images/flow.png)\n\n![Huge](images/huge.png)\n\n"
        "![Notes](images/notes.png)\n\n![Remote](https://example.com/x.png)\n"
    )
    write_article(folder, "as-flow-en", "Asset flow", "en", body)
    draft = "![S](images/secret.svg)"
    write_article(folder, "as-draft-en", "Asset draft", "en", draft, status="draft")
    run = await kb_import(server.url, folder)
    assert run.returncode == 1, run.stderr  # imported, with problems to report
    huge, notes = folder / "images" / "huge.png", folder / "images" / "notes.png"
    assert f"{huge}: image too large ({len(PNG[:8]) + 2 * 1024 * 1024} bytes" in run.stderr
    assert f"{notes}: not a PNG, JPEG, GIF, WebP or SVG image" in run.stderr
    assert run.summary["articles"]["created"] == 2
    assert run.summary["images"] == 2
    png_sha, svg_sha = hashlib.sha256(PNG).hexdigest(), hashlib.sha256(SVG).hexdigest()

    async with httpx.AsyncClient(base_url=server.url, timeout=30) as http:
        token = login(server.url, "agent01")
        auth = {"Authorization": f"Bearer {token}"}
        assert (await http.get(f"/api/kb/assets/{png_sha}")).status_code == 401
        got = await http.get(f"/api/kb/assets/{png_sha}", headers=auth)
        assert got.status_code == 200
        assert got.content == PNG
        assert got.headers["content-type"] == "image/png"
        assert "immutable" in got.headers["cache-control"]
        svg = await http.get(f"/api/kb/assets/{svg_sha}", headers=auth)
        assert svg.headers["content-type"] == "image/svg+xml"
        assert (await http.get("/api/kb/assets/" + "0" * 64, headers=auth)).status_code == 404
        # Agents may not upload.
        put = await http.put("/api/kb/assets", content=PNG, headers=auth)
        assert put.status_code == 403

        # The public page: the published article's image is public, the draft's is not.
        page = await http.get("/kb/as-flow-en")
        assert f'src="/kb/assets/{png_sha}"' in page.text
        assert 'alt="Huge"' in page.text  # a refused image stays as written
        public = await http.get(f"/kb/assets/{png_sha}")
        assert public.status_code == 200
        assert public.content == PNG
        assert (await http.get(f"/kb/assets/{svg_sha}")).status_code == 404
