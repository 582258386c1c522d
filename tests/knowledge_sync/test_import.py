"""``frontline kb import`` against the real server, and what desks then receive."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest

from tests.knowledge_sync.helpers import author_folder, kb_import, write_article
from tests.support.client import login
from tests.support.server_proc import ROOT, ServerFactory
from tests.support.waiting import wait_until_async
from tests.sync.helpers import latest_seq, running_desk


@pytest.mark.asyncio
async def test_import_reports_the_malformed_file_and_desks_sync_the_published_rest(
    server_factory: ServerFactory, tmp_path: Path
) -> None:
    server = server_factory()
    articles, scripts = author_folder(tmp_path / "kb")
    run = await kb_import(server.url, articles, scripts)
    assert run.returncode == 1, run.stderr  # imported, with a problem to report
    assert f"{articles / 'broken.md'}: no YAML front matter" in run.stderr
    assert [p["item"] for p in run.summary["problems"]] == [str(articles / "broken.md")]
    assert run.summary["articles"] == {"created": 4, "updated": 0, "unchanged": 0}
    assert run.summary["scripts"] == {"created": 1, "updated": 0, "unchanged": 0}
    assert run.summary["created"] == 5

    async with running_desk(server.url, tmp_path / "cache.sqlite3") as desk:
        await asyncio.wait_for(desk.engine.wait_idle(), 60)
        reader = desk.reader
        english = reader.article_by_slug("ks-callback-en")
        assert english is not None
        assert english.title == "Zebrafish callback promise"
        assert english.version == 1
        assert reader.article_by_slug("ks-draft-en") is None  # drafts never reach desks
        langs = {t.lang for t in reader.translations(english.id)}
        assert langs == {"fi", "zh-Hans"}
        script = reader.script("ks-script-en")
        assert script is not None
        assert "Hello {customer.first_name}" in script.source
        # The demo knowledge (resources/kb) is there too, and the tree lists the new one.
        assert reader.kb_counts()["articles"] == 60 + 3
        tree = {c.name: c for c in reader.categories()}
        assert [s.name for s in tree["Test category"].sections] == ["Test section"]
        assert [h.hit.id for h in reader.search("zebrafish callback")][:1] == ["ks-callback-en"]
        assert "ks-draft-en" not in {h.hit.id for h in reader.search("quokka draft")}


@pytest.mark.asyncio
async def test_reimport_unchanged_is_a_no_op_and_a_change_bumps_the_version(
    server_factory: ServerFactory, tmp_path: Path
) -> None:
    server = server_factory()
    articles, scripts = author_folder(tmp_path / "kb")
    (articles / "broken.md").unlink()
    first = await kb_import(server.url, articles, scripts)
    assert first.returncode == 0, first.stderr
    seq = await latest_seq(server.url)

    again = await kb_import(server.url, articles, scripts)
    assert again.returncode == 0, again.stderr
    assert again.summary["created"] == again.summary["updated"] == 0
    assert again.summary["unchanged"] == 5
    assert await latest_seq(server.url) == seq  # no new events at all

    write_article(
        articles,
        "ks-callback-en",
        "Zebrafish callback promise",
        "en",
        "Promise the customer a narwhal callback within one working day.",
        translations=("ks-callback-fi", "ks-callback-zh"),
    )
    write_article(articles, "ks-callback-fi", "Seeprakala", "fi", "Arkistoitu.", status="archived")
    changed = await kb_import(server.url, articles, scripts)
    assert changed.summary["articles"] == {"created": 0, "updated": 2, "unchanged": 2}
    assert changed.summary["scripts"] == {"created": 0, "updated": 0, "unchanged": 1}

    async with running_desk(server.url, tmp_path / "cache.sqlite3") as desk:
        await asyncio.wait_for(desk.engine.wait_idle(), 60)
        reader = desk.reader
        english = reader.article_by_slug("ks-callback-en")
        assert english is not None
        assert english.version == 2
        assert "narwhal" in english.body
        assert [h.hit.id for h in reader.search("narwhal")] == ["ks-callback-en"]
        assert reader.search("zebrafish callback promise within two days", lang="en") != []
        # Archived: it left published, so desks were told to delete it.
        assert reader.article_by_slug("ks-callback-fi") is None
        assert "ks-callback-fi" not in {h.hit.id for h in reader.search("seeprakalasta")}


@pytest.mark.asyncio
async def test_a_live_desk_drops_an_article_when_it_is_unpublished(
    server_factory: ServerFactory, tmp_path: Path
) -> None:
    server = server_factory()
    articles, scripts = author_folder(tmp_path / "kb")
    (articles / "broken.md").unlink()
    await kb_import(server.url, articles, scripts)
    async with running_desk(server.url, tmp_path / "cache.sqlite3") as desk:
        await asyncio.wait_for(desk.engine.wait_idle(), 60)
        assert [h.hit.id for h in desk.reader.search("斑马鱼")] == ["ks-callback-zh"]
        write_article(articles, "ks-callback-zh", "斑马鱼", "zh-Hans", "草稿。", status="review")
        run = await kb_import(server.url, articles, scripts)
        assert run.summary["updated"] == 1
        target = int(run.summary["seq"])

        def applied() -> bool:
            return desk.reader.counts()["cursor"] >= target

        await wait_until_async(applied, 30, message="the unpublish did not arrive")
        assert desk.reader.article_by_slug("ks-callback-zh") is None
        assert "ks-callback-zh" not in {h.hit.id for h in desk.reader.search("斑马鱼")}
        assert any(c.articles for c in desk.changes)


@pytest.mark.asyncio
async def test_only_supervisors_may_import(server_factory: ServerFactory, tmp_path: Path) -> None:
    server = server_factory()
    articles, _scripts = author_folder(tmp_path / "kb")
    run = await kb_import(server.url, articles, user="agent01")
    assert run.returncode == 2
    assert "only supervisors may import knowledge" in run.stderr


@pytest.mark.asyncio
async def test_the_demo_seed_and_the_cli_read_resources_kb_alike(
    server_factory: ServerFactory,
) -> None:
    server = server_factory()
    seq = await latest_seq(server.url)
    run = await kb_import(server.url, ROOT / "resources" / "kb")
    assert run.returncode == 0, run.stderr
    assert run.summary["unchanged"] == 70  # 60 articles and 10 scripts, already seeded
    assert run.summary["created"] == run.summary["updated"] == 0
    assert await latest_seq(server.url) == seq


@pytest.mark.asyncio
async def test_the_server_reports_refused_items_and_imports_the_rest(
    server_factory: ServerFactory,
) -> None:
    server = server_factory()
    token = login(server.url, "supervisor01")
    article = {"slug": "ks-one", "title": "One", "lang": "en", "body": "Pelican."}
    body = {
        "articles": [
            article,
            {**article, "title": "Again"},
            {**article, "slug": "ks-two", "status": "secret"},
        ],
        "scripts": [
            {"slug": "ks-s", "title": "S", "lang": "en", "source": "- just\n- a list\n"},
            {"slug": "ks-t", "title": "T", "lang": "en", "source": "steps: [{id: a, text: Hi}]"},
        ],
    }
    async with httpx.AsyncClient(base_url=server.url, timeout=30) as client:
        headers = {"Authorization": f"Bearer {token}"}
        answer = await client.post("/api/kb/import", json=body, headers=headers)
        anonymous = await client.post("/api/kb/import", json=body)
    assert anonymous.status_code == 401
    assert answer.status_code == 200, answer.text
    result = answer.json()
    assert result["articles"] == {"created": 1, "updated": 0, "unchanged": 0}
    assert result["scripts"] == {"created": 1, "updated": 0, "unchanged": 0}
    reasons = {p["item"]: p["reason"] for p in result["problems"]}
    assert reasons["ks-one"] == "duplicate slug in import"
    assert reasons["ks-two"].startswith("unknown status 'secret'")
    assert "steps" in reasons["ks-s"]
