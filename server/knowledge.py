"""The knowledge base on the server: import (upsert by slug), helpful votes, entity views.

Visibility: articles and scripts are shared knowledge, so their events carry neither a
queue nor an agent (every desk receives them). Only *published* articles travel: a draft,
review or archived article makes no event, and one that leaves ``published`` is sent as a
delete. A vote is private to its agent (``agent_id`` = voter); the article's event is
re-emitted with the new totals, which everybody may see.

Import is idempotent: each item's content is hashed, unchanged content makes no write and
no event, changed content bumps the version (never below the author's front-matter
version).
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

from protocol.entities import ArticleData, ScriptData, VoteData
from protocol.frames import VoteOp
from protocol.rest import (
    ImportArticle,
    ImportCounts,
    ImportProblem,
    ImportScript,
    KbImport,
    KbImportResult,
)
from server import eventlog
from server.db import tables as t
from server.eventlog import Draft

STATUSES = ("draft", "review", "published", "archived")
Row = Any  # sqlalchemy Row with named columns


# --------------------------------------------------------------------------- views


def article_from_row(r: Row) -> ArticleData:
    """An article from an ``articles`` row."""
    return ArticleData(
        id=r.id,
        slug=r.slug,
        title=r.title,
        lang=r.lang,
        body=r.body,
        category=r.category,
        section=r.section,
        tags=json.loads(r.tags),
        status=r.status,
        version=r.version,
        translations=json.loads(r.translations),
        updated_at=r.updated_at,
        helpful_up=r.helpful_up,
        helpful_down=r.helpful_down,
    )


def script_from_row(r: Row) -> ScriptData:
    """A call script from a ``scripts`` row."""
    return ScriptData(
        id=r.id,
        slug=r.slug,
        title=r.title,
        lang=r.lang,
        source=r.source,
        version=r.version,
        updated_at=r.updated_at,
    )


def vote_from_row(r: Row) -> VoteData:
    """A vote from a ``votes`` row."""
    return VoteData(
        id=r.id,
        article_id=r.article_id,
        agent_id=r.agent_id,
        value=1 if r.value > 0 else -1,
        comment=r.comment,
        updated_at=r.updated_at,
    )


def article_event(article: ArticleData) -> Draft:
    """Everybody's upsert of a published article."""
    return eventlog.upsert(article)


def article_delete(article_id: int) -> Draft:
    """Everybody's delete of an article that is no longer published."""
    return Draft("article", article_id, "delete", None, None, None)


async def snapshot_rows(conn: AsyncConnection, agent_id: int) -> list[str]:
    """Published articles, every script and the agent's own votes, as entity JSON."""
    a, s, v = t.articles, t.scripts, t.votes
    articles = (
        await conn.execute(sa.select(a).where(a.c.status == "published").order_by(a.c.id))
    ).all()
    scripts = (await conn.execute(sa.select(s).order_by(s.c.id))).all()
    votes = (
        await conn.execute(sa.select(v).where(v.c.agent_id == agent_id).order_by(v.c.id))
    ).all()
    out = [article_from_row(r).model_dump_json() for r in articles]
    out.extend(script_from_row(r).model_dump_json() for r in scripts)
    out.extend(vote_from_row(r).model_dump_json() for r in votes)
    return out


# --------------------------------------------------------------------------- import


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


# --------------------------------------------------------------------------- votes


async def vote(conn: AsyncConnection, agent_id: int, op: VoteOp) -> list[Draft] | None:
    """Record ``agent_id``'s vote (replacing an earlier one) and recount the article's
    totals. ``None`` if the article does not exist or is not published."""
    a, v = t.articles, t.votes
    status = (await conn.execute(sa.select(a.c.status).where(a.c.id == op.article_id))).scalar()
    if status != "published":
        return None
    now = time.time()
    mine = sa.and_(v.c.article_id == op.article_id, v.c.agent_id == agent_id)
    changed = await conn.execute(
        sa.update(v).where(mine).values(value=op.value, comment=op.comment, updated_at=now)
    )
    if not changed.rowcount:
        await conn.execute(
            sa.insert(v).values(
                article_id=op.article_id,
                agent_id=agent_id,
                value=op.value,
                comment=op.comment,
                updated_at=now,
            )
        )
    up = sa.func.coalesce(sa.func.sum(sa.case((v.c.value > 0, 1), else_=0)), 0)
    down = sa.func.coalesce(sa.func.sum(sa.case((v.c.value < 0, 1), else_=0)), 0)
    totals = (await conn.execute(sa.select(up, down).where(v.c.article_id == op.article_id))).one()
    await conn.execute(
        sa.update(a)
        .where(a.c.id == op.article_id)
        .values(helpful_up=int(totals[0]), helpful_down=int(totals[1]))
    )
    vote_row = (await conn.execute(sa.select(v).where(mine))).one()
    article_row = (await conn.execute(sa.select(a).where(a.c.id == op.article_id))).one()
    return [
        eventlog.upsert(vote_from_row(vote_row), agent_id=agent_id),
        article_event(article_from_row(article_row)),
    ]
