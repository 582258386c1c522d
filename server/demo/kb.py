"""Demo knowledge: load ``resources/kb`` into a demo server, through the import path.

Why the server reads the folder itself (instead of reusing what ``frontline kb import``
sends): the seed runs inside the server process at startup, before any CLI exists, and the
server may not import ``desktop`` (an import-linter contract keeps the two independent).
The demo files are known-good project content, so a minimal reader suffices: split the
front matter with a regular expression, ``yaml.safe_load`` it, take the script's title and
language from its YAML. Everything after that (validation, hashing, versions, events) is
the very code ``POST /api/kb/import`` runs, so demo and imported knowledge cannot differ.
Files the minimal reader cannot make sense of are logged and skipped; ``frontline kb
check`` is the author's full validator.

Seeding runs when the database has no articles yet, also for a demo database made before
the knowledge base existed, so an existing embedded desk gains it on its next start.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa
import yaml
from sqlalchemy.ext.asyncio import AsyncEngine

from protocol.rest import ImportArticle, ImportScript, KbImport
from server.core.sqlite_log import append, latest_and_floor
from server.domains.knowledge import assets, importer
from server.domains.knowledge import tables as t

log = logging.getLogger(__name__)

KB_DIR = Path(__file__).resolve().parents[2] / "resources" / "kb"
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


def _strings(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return [str(item) for item in value]


_IMAGE = re.compile(r"(!\[[^\]]*\]\()([^)\s:]+)")


def _images(body: str, folder: Path, images: dict[str, tuple[str, bytes]]) -> str:
    """Local images (``images/x.png``) as ``asset:<sha256>``, collected into ``images``;
    what the CLI import does, so demo articles look like imported ones."""

    def one(match: re.Match[str]) -> str:
        try:
            data = (folder / match.group(2)).read_bytes()
        except OSError:
            return match.group(0)
        kind, reason = assets.check(data)
        if kind is None:
            log.warning("demo image %s skipped: %s", match.group(2), reason)
            return match.group(0)
        sha = hashlib.sha256(data).hexdigest()
        images[sha] = (kind, data)
        return f"{match.group(1)}asset:{sha}"

    return _IMAGE.sub(one, body)


def _article(text: str) -> ImportArticle:
    match = _FRONT_MATTER.match(text)
    if match is None:
        raise ValueError("no front matter")
    meta = yaml.safe_load(match.group(1))
    if not isinstance(meta, dict):
        raise ValueError("front matter is not a mapping")
    return ImportArticle(
        slug=str(meta["id"]).strip(),
        title=str(meta["title"]).strip(),
        lang=str(meta["lang"]).strip(),
        body=text[match.end() :].strip("\n"),
        category=str(meta.get("category") or "").strip(),
        section=str(meta.get("section") or "").strip(),
        tags=_strings(meta.get("tags")),
        status=str(meta.get("status") or "published").strip().lower(),
        version=int(meta.get("version", 1)),
        translations=_strings(meta.get("translations")),
    )


def _script(text: str) -> ImportScript:
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise ValueError("not a mapping")
    return ImportScript(
        slug=str(data["id"]).strip(),
        title=str(data["title"]).strip(),
        lang=str(data["lang"]).strip(),
        source=text,
    )


def load_demo_kb(root: Path = KB_DIR) -> KbImport:
    """The demo articles and scripts under ``root`` as an import body."""
    return load_demo_kb_with_images(root)[0]


def load_demo_kb_with_images(root: Path = KB_DIR) -> tuple[KbImport, dict[str, tuple[str, bytes]]]:
    """:func:`load_demo_kb` and the images its articles reference, by SHA-256."""
    images: dict[str, tuple[str, bytes]] = {}
    articles: list[ImportArticle] = []
    scripts: list[ImportScript] = []
    for file in sorted((root / "articles").rglob("*.md")):
        try:
            article = _article(file.read_text(encoding="utf-8"))
            body = _images(article.body, file.parent, images)
            articles.append(article.model_copy(update={"body": body}))
        except (OSError, ValueError, KeyError, TypeError, yaml.YAMLError) as exc:
            log.warning("demo article %s skipped: %s", file.name, exc)
    for file in sorted([*(root / "scripts").rglob("*.yaml"), *(root / "scripts").rglob("*.yml")]):
        try:
            scripts.append(_script(file.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError, yaml.YAMLError) as exc:
            log.warning("demo script %s skipped: %s", file.name, exc)
    return KbImport(articles=articles, scripts=scripts), images


async def seed_kb_if_empty(engine: AsyncEngine, root: Path = KB_DIR) -> bool:
    """Import the demo knowledge unless the database already has articles.

    Runs at startup before the hub exists, so it allocates seqs after the stored latest
    one itself (nothing else writes yet).
    """
    async with engine.connect() as conn:
        count = (await conn.execute(sa.select(sa.func.count()).select_from(t.articles))).scalar()
    if count:
        return False
    body, images = load_demo_kb_with_images(root)
    if not body.articles and not body.scripts:
        return False
    latest, _floor = await latest_and_floor(engine)
    async with engine.begin() as conn:
        for sha, (kind, data) in images.items():
            await conn.execute(
                sa.insert(t.kb_assets).values(
                    sha256=sha, content_type=kind, data=data, created_at=time.time()
                )
            )
        result, drafts = await importer.import_items(conn, body)
        await append(conn, drafts, after_seq=latest)
    log.info(
        "seeded demo knowledge: %d articles, %d scripts, %d problem(s)",
        result.articles.created,
        result.scripts.created,
        len(result.problems),
    )
    return True
