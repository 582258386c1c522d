""" "Insert link" in the Knowledge reader inserts the article's public page on the desk's
server, and that page answers without a token."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.shell.window import KNOWLEDGE_PAGE
from tests.support.server_proc import ServerFactory
from tests.ui.desk_runs import start_signed_in_desk


def test_insert_link_is_the_public_page_on_the_desk_server(
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
