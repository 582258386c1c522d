"""Knowledge import: upsert articles and scripts by slug.

Import is idempotent: each item's content is hashed, unchanged content makes no write and
no event, changed content bumps the version (never below the author's front-matter
version). An article that stops being published is sent to desks as a delete.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
import yaml
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.rest import (
    ImportArticle,
    ImportCounts,
    ImportProblem,
    ImportScript,
    KbImport,
    KbImportResult,
)
from server.core import eventlog
from server.core.eventlog import Draft
from server.domains.knowledge import tables as t
from server.domains.knowledge.entities import (
    Row,
    article_delete,
    article_event,
    article_from_row,
    script_from_row,
)

STATUSES = ("draft", "review", "published", "archived")


def _digest(payload: dict[str, Any]) -> str:
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def article_hash(item: ImportArticle) -> str:
    """The content hash of an article: everything but the author's version number."""
    return _digest(item.model_dump(exclude={"version"}))


def script_hash(item: ImportScript) -> str:
    return _digest(item.model_dump())


def _script_problem(item: ImportScript) -> str | None:
    try:
        data = yaml.safe_load(item.source)
    except yaml.YAMLError as exc:
        return f"bad YAML: {str(exc).splitlines()[0]}"
    if not isinstance(data, dict) or not isinstance(data.get("steps"), list):
        return "a script must be a mapping with a list of 'steps'"
    return None


@dataclass
class _Outcome:
    articles: ImportCounts = field(default_factory=ImportCounts)
    scripts: ImportCounts = field(default_factory=ImportCounts)
    problems: list[ImportProblem] = field(default_factory=list)
    drafts: list[Draft] = field(default_factory=list)


async def _existing(conn: AsyncConnection, table: sa.Table) -> dict[str, Row]:
    rows = await conn.execute(
        sa.select(table.c.id, table.c.slug, table.c.content_hash, table.c.version, *_extra(table))
    )
    return {str(r.slug): r for r in rows}


def _extra(table: sa.Table) -> list[sa.Column[Any]]:
    return [table.c.status] if table is t.articles else []


async def _import_article(
    conn: AsyncConnection, item: ImportArticle, old: Row | None, now: float, out: _Outcome
) -> None:
    a = t.articles
    digest = article_hash(item)
    values = {
        "title": item.title,
        "lang": item.lang,
        "body": item.body,
        "category": item.category,
        "section": item.section,
        "tags": json.dumps(item.tags, ensure_ascii=False),
        "status": item.status,
        "translations": json.dumps(item.translations, ensure_ascii=False),
        "content_hash": digest,
        "updated_at": now,
    }
    if old is None:
        result = await conn.execute(
            sa.insert(a).values(slug=item.slug, version=max(1, item.version), **values)
        )
        article_id = eventlog.new_id(result)
        was_published = False
        out.articles.created += 1
    elif old.content_hash == digest:
        out.articles.unchanged += 1
        return
    else:
        article_id = int(old.id)
        version = max(int(old.version) + 1, item.version)
        await conn.execute(
            sa.update(a).where(a.c.id == article_id).values(version=version, **values)
        )
        was_published = old.status == "published"
        out.articles.updated += 1
    if item.status == "published":
        row = (await conn.execute(sa.select(a).where(a.c.id == article_id))).one()
        out.drafts.append(article_event(article_from_row(row)))
    elif was_published:
        out.drafts.append(article_delete(article_id))


async def _import_script(
    conn: AsyncConnection, item: ImportScript, old: Row | None, now: float, out: _Outcome
) -> None:
    s = t.scripts
    digest = script_hash(item)
    values = {
        "title": item.title,
        "lang": item.lang,
        "source": item.source,
        "content_hash": digest,
        "updated_at": now,
    }
    if old is None:
        result = await conn.execute(sa.insert(s).values(slug=item.slug, version=1, **values))
        script_id = eventlog.new_id(result)
        out.scripts.created += 1
    elif old.content_hash == digest:
        out.scripts.unchanged += 1
        return
    else:
        script_id = int(old.id)
        await conn.execute(
            sa.update(s).where(s.c.id == script_id).values(version=int(old.version) + 1, **values)
        )
        out.scripts.updated += 1
    row = (await conn.execute(sa.select(s).where(s.c.id == script_id))).one()
    out.drafts.append(eventlog.upsert(script_from_row(row)))


async def import_items(conn: AsyncConnection, body: KbImport) -> tuple[KbImportResult, list[Draft]]:
    """Upsert ``body``'s articles and scripts by slug; the result and the events to append.

    A refused item (unknown status, a slug twice in one request, a script that is not a
    YAML mapping of steps) is reported in ``problems``; the rest is imported.
    """
    now = time.time()
    out = _Outcome()
    existing = await _existing(conn, t.articles)
    seen: set[str] = set()
    for item in body.articles:
        if item.slug in seen:
            out.problems.append(ImportProblem(item=item.slug, reason="duplicate slug in import"))
            continue
        seen.add(item.slug)
        if item.status not in STATUSES:
            reason = f"unknown status {item.status!r} (expected one of {', '.join(STATUSES)})"
            out.problems.append(ImportProblem(item=item.slug, reason=reason))
            continue
        await _import_article(conn, item, existing.get(item.slug), now, out)
    existing = await _existing(conn, t.scripts)
    seen = set()
    for script in body.scripts:
        problem = "duplicate slug in import" if script.slug in seen else _script_problem(script)
        seen.add(script.slug)
        if problem is not None:
            out.problems.append(ImportProblem(item=script.slug, reason=problem))
            continue
        await _import_script(conn, script, existing.get(script.slug), now, out)
    a, s = out.articles, out.scripts
    result = KbImportResult(
        created=a.created + s.created,
        updated=a.updated + s.updated,
        unchanged=a.unchanged + s.unchanged,
        articles=a,
        scripts=s,
        problems=out.problems,
        seq=0,
    )
    return result, out.drafts
