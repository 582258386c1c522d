"""The Knowledge page fits a 1024 px window with an article open: long category paths give
way (elided, whole in their tooltip and text) instead of widening the window."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.kb_fill import KbDesk

LONG = "Billing and payments › Refunds, credit notes and compensation for late deliveries"


def test_the_knowledge_page_fits_1024_px(qtbot: QtBot, kb_desk: KbDesk) -> None:
    window = kb_desk.window
    view = window.knowledge
    article = kb_desk.reader.article_by_slug("refunds-en")
    assert article is not None
    with qtbot.waitSignal(view.articleOpened, timeout=3000):
        view.open_article(article.id)
    view.list_title.setText(LONG)
    view.article_reader.where.setText(LONG + " · version 12")
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.width() == 1024, timeout=3000)
    assert window.minimumSizeHint().width() <= 1024
    assert view.list_title.text() == LONG
    qtbot.waitUntil(view.list_title.is_elided, timeout=3000)
    assert view.list_title.toolTip() == LONG
    reader = view.article_reader
    right = reader.insert_button.mapTo(window, reader.insert_button.rect().topRight()).x()
    assert right <= window.width()
