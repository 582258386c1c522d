"""The demo knowledge base (resources/kb) in a real cache, applied like synced events."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.knowledge.articles import load_folder
from desktop.knowledge.scripts import load_scripts
from desktop.models.changes import Changes
from desktop.store import apply
from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from desktop.sync.engine import SyncEngine
from desktop.ui.shell.bridge import SyncBridge
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.window import KNOWLEDGE_PAGE, MainWindow
from protocol.entities import ArticleData, ScriptData
from protocol.frames import Event
from tests.ui import fill
from tests.ui.fill import Filler

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


def fill_kb(filler: Filler) -> Changes:
    """Apply the demo knowledge base to the filler's cache through the engine's apply
    path, continuing its sequence numbers."""
    entities = kb_entities()
    start = filler.seq + 1
    batch = [Event(seq=start + i, kind=e.kind, id=e.id, data=e) for i, e in enumerate(entities)]
    filler.seq += len(batch)
    upto = filler.seq
    return filler.cache.writer.call(lambda c: apply.apply_events(c, batch, upto))


@dataclass
class KbDesk:
    window: MainWindow
    bridge: SyncBridge
    engine: SyncEngine
    reader: CacheReader
    cache: Cache


def make_kb_desk(qtbot: QtBot, filler: Filler, cache: Cache, reader: CacheReader) -> KbDesk:
    filler.apply(fill.queue(1, "Support"), fill.conversation(1, name="Aino Virtanen"))
    fill_kb(filler)
    bridge = SyncBridge()
    engine = SyncEngine(
        cache,
        "ws://127.0.0.1:9/ws",
        "not-a-real-token",
        on_changes=bridge.on_changes,
        on_state=bridge.on_state,
    )
    window = MainWindow(reader, bridge, Ops())
    window.set_store(cache)
    window.set_actions(engine)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    window.show_page(KNOWLEDGE_PAGE)
    return KbDesk(window, bridge, engine, reader, cache)
