"""The demo knowledge base (resources/kb) in a real cache, applied like synced events."""

from __future__ import annotations

from pathlib import Path

from desktop.knowledge.articles import load_folder
from desktop.knowledge.scripts import load_scripts
from desktop.models.changes import Changes
from desktop.store import apply
from desktop.store.cache import Cache
from protocol.entities import ArticleData, ScriptData
from protocol.frames import Event

KB = Path(__file__).resolve().parents[2] / "resources" / "kb"


def kb_entities() -> list[ArticleData | ScriptData]:
    """Every demo article and script as the server would send them (ids from 1)."""
    entities: list[ArticleData | ScriptData] = []
    articles = load_folder(KB / "articles").articles
    for number, article in enumerate(articles, start=1):
        entities.append(
            ArticleData.model_validate(
                {
                    "id": number,
                    "slug": article.id,
                    "title": article.title,
                    "lang": article.lang,
                    "body": article.body,
                    "category": article.category,
                    "section": article.section,
                    "tags": list(article.tags),
                    "translations": list(article.translations),
                    "version": article.version,
                    "updated_at": 1_700_000_000.0,
                    "helpful_up": 3,
                    "helpful_down": 1,
                }
            )
        )
    for number, script in enumerate(load_scripts(KB / "scripts").scripts, start=1):
        entities.append(
            ScriptData.model_validate(
                {
                    "id": number,
                    "slug": script.id,
                    "title": script.title,
                    "lang": script.lang,
                    "source": Path(script.source).read_text(encoding="utf-8"),
                    "updated_at": 1_700_000_000.0,
                }
            )
        )
    return entities


def fill_kb(cache: Cache, start_seq: int = 1) -> Changes:
    """Apply the demo knowledge base to ``cache`` through the engine's apply path."""
    entities = kb_entities()
    batch = [Event(seq=start_seq + i, kind=e.kind, id=e.id, data=e) for i, e in enumerate(entities)]
    upto = start_seq + len(batch) - 1
    return cache.writer.call(lambda c: apply.apply_events(c, batch, upto))
