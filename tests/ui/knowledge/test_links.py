""" "Insert link" in the Knowledge reader inserts the article's public page at the server's
configured public address (desk.ini ``knowledge/public_url``), and that page answers
without a token; never a loopback address, whose port changes every run."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app import PUBLIC_URL_KEY
from desktop.models.knowledge import ArticleRow
from desktop.store.reader import CacheReader
from desktop.ui.knowledge.reader_pane import ArticleReader
from desktop.ui.shell.window import KNOWLEDGE_PAGE
from tests.support.server_proc import ServerFactory
from tests.ui.desk_runs import start_signed_in_desk
from tests.ui.fill import Filler
from tests.ui.kb_fill import fill_kb


def test_insert_link_is_the_public_page_on_the_desk_server(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    server_factory: ServerFactory,
    tmp_path: Path,
) -> None:
    server = server_factory()
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    settings.setValue(PUBLIC_URL_KEY, server.url + "/")  # the test server is the public one
    settings.sync()
    started = start_signed_in_desk(qtbot, qapp, qloop, server.url, tmp_path)
    desk, window, run = started.desk, started.window, started.task
    reader = desk.reader
    assert reader is not None
    qtbot.waitUntil(lambda: reader.kb_counts()["articles"] == 60, timeout=30_000)
    window.show_page(KNOWLEDGE_PAGE)
    view = window.knowledge
    article = reader.article_by_slug("callbacks-fi")
    assert article is not None
    with qtbot.waitSignal(view.articleOpened, timeout=3000):
        view.open_article(article.id)

    pane = view.article_reader
    with qtbot.waitSignal(pane.insertRequested, timeout=3000) as inserted:
        pane.link_button.click()
    url = f"{server.url}/kb/callbacks-fi"
    assert inserted.args == [f"{article.title}: {url}"]
    page = httpx.get(url, timeout=10)  # what the customer opens: no token
    assert page.status_code == 200
    assert '<html lang="fi">' in page.text

    window.close()
    qtbot.waitUntil(run.done, timeout=15_000)
    assert run.result() == 0


def _reader_pane(qtbot: QtBot, reader: CacheReader, article: ArticleRow) -> ArticleReader:
    pane = ArticleReader(reader)
    qtbot.addWidget(pane)
    pane.show_article(article)
    return pane


def test_a_loopback_server_gives_no_link_that_changes(
    qtbot: QtBot, filler: Filler, reader: CacheReader
) -> None:
    fill_kb(filler)
    article = reader.article_by_slug("refunds-en")
    assert article is not None
    pane = _reader_pane(qtbot, reader, article)
    texts = []
    for port in (41023, 52177):  # the embedded server's port changes every run
        pane.link_base = f"http://127.0.0.1:{port}/kb"
        texts.append(pane.link_text())
    assert texts[0] == texts[1] == f"{article.title} (knowledge base: refunds-en)"
    pane.link_base = "http://localhost:8000/kb"
    assert "localhost" not in pane.link_text()


def test_a_real_server_or_the_public_address_gives_the_link(
    qtbot: QtBot, filler: Filler, reader: CacheReader
) -> None:
    fill_kb(filler)
    article = reader.article_by_slug("refunds-en")
    assert article is not None
    pane = _reader_pane(qtbot, reader, article)
    pane.link_base = "https://desk.example.com/kb"
    assert pane.link_text() == f"{article.title}: https://desk.example.com/kb/refunds-en"
    pane.public_base = "https://help.example.com/"
    with qtbot.waitSignal(pane.insertRequested, timeout=1000) as inserted:
        pane.link_button.click()
    assert inserted.args == [f"{article.title}: https://help.example.com/kb/refunds-en"]
