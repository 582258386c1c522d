"""The Knowledge view against a real ``frontline server --demo`` (which seeds resources/kb):
articles sync into the desk, and search keeps working from the cache once the server is
gone."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.knowledge.models import ArticleIdRole
from desktop.ui.shell.window import KNOWLEDGE_PAGE
from tests.support.server_proc import ServerFactory
from tests.ui.desk_runs import start_signed_in_desk


def test_synced_articles_are_searchable_after_the_server_stops(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    server_factory: ServerFactory,
    tmp_path: Path,
) -> None:
    server = server_factory()
    started = start_signed_in_desk(qtbot, qapp, qloop, server.url, tmp_path)
    desk, window, run = started.desk, started.window, started.task
    reader = desk.reader
    assert reader is not None
    status = window.status
    view = window.knowledge
    window.show_page(KNOWLEDGE_PAGE)
    qtbot.waitUntil(lambda: reader.kb_counts()["articles"] == 60, timeout=30_000)
    qtbot.waitUntil(lambda: view.tree_model.rowCount() > 0, timeout=5000)
    assert window.scripts.picker.count() == 10

    server.stop()
    qtbot.waitUntil(lambda: status.link_text().startswith("Reconnecting"), timeout=20_000)

    with qtbot.waitSignal(view.searchFinished, timeout=3000) as found:
        QTest.keyClicks(view.search, "takaisinsoittoon")
    assert found.args[0] > 0
    first = reader.article(int(view.results_model.index(0).data(ArticleIdRole)))
    assert first is not None
    assert first.slug == "callbacks-fi"
    with qtbot.waitSignal(view.articleOpened, timeout=3000):
        view.results.clicked.emit(view.results_model.index(0))
    assert view.article_reader.article is not None
    assert view.article_reader.article.slug == "callbacks-fi"
    qtbot.waitUntil(lambda: view.recent_model.rowCount() == 1, timeout=5000)

    window.close()
    qtbot.waitUntil(run.done, timeout=15_000)
    assert run.result() == 0
