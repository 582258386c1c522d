"""The Knowledge view over a real cache holding the demo knowledge base (resources/kb)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextTable
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.models.changes import Changes
from desktop.store import apply
from desktop.store.reader import CacheReader
from desktop.ui.knowledge.models import ArticleIdRole, HtmlRole
from desktop.ui.knowledge.render import MARK_CLASS, article_html
from desktop.ui.knowledge.view import locale_language
from desktop.ui.shell.window import KNOWLEDGE_PAGE
from protocol.entities import ArticleData
from protocol.frames import Event
from tests.ui.fill import Filler
from tests.ui.kb_fill import KbDesk


def slugs(reader: CacheReader, ids: list[int]) -> list[str]:
    found = [reader.article(i) for i in ids]
    return [a.slug for a in found if a is not None]


def result_ids(desk: KbDesk) -> list[int]:
    model = desk.window.knowledge.results_model
    return [int(model.index(r).data(ArticleIdRole)) for r in range(model.rowCount())]


def search(qtbot: QtBot, desk: KbDesk, text: str) -> None:
    view = desk.window.knowledge
    view.search.clear()
    with qtbot.waitSignal(view.searchFinished, timeout=3000):
        if text.isascii():
            QTest.keyClicks(view.search, text)
        else:  # QTest cannot type CJK (an input method would); commit the text instead
            view.search.insert(text)


def test_the_category_tree_shows_sections_and_lists_their_articles(
    qtbot: QtBot, kb_desk: KbDesk
) -> None:
    view = kb_desk.window.knowledge
    view.language.setCurrentIndex(view.language.findData("en"))
    model = view.tree_model
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    billing = next(r for r, name in enumerate(names) if name.startswith("Billing and payments"))
    category = model.index(billing, 0)
    sections = [model.index(r, 0, category).data() for r in range(model.rowCount(category))]
    assert any(s.startswith("Bills") for s in sections)
    bills = model.index(
        next(r for r, s in enumerate(sections) if s.startswith("Bills")), 0, category
    )
    view.tree.clicked.emit(bills)
    assert "billing-overview-en" in slugs(kb_desk.reader, result_ids(kb_desk))
    assert view.list_title.text() == "Billing and payments › Bills"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("takaisinsoittoon", "callbacks-fi"),  # Finnish illative of takaisinsoitto
        ("重設密碼", "password-reset-zh-hant"),  # Traditional Chinese
    ],
)
def test_search_as_you_type_ranks_and_highlights(
    qtbot: QtBot, kb_desk: KbDesk, query: str, expected: str
) -> None:
    search(qtbot, kb_desk, query)
    ids = result_ids(kb_desk)
    assert slugs(kb_desk.reader, ids)[0] == expected
    hit = kb_desk.reader.search(query, limit=1, as_you_type=True)[0].hit
    assert "<mark>" in hit.title_html + hit.snippet_html
    painted = str(kb_desk.window.knowledge.results_model.index(0).data(HtmlRole))
    assert f'class="{MARK_CLASS}"' in painted  # the <mark> spans, coloured by the theme


def test_the_reader_renders_tables_and_switches_to_a_translation(
    qtbot: QtBot, kb_desk: KbDesk
) -> None:
    view = kb_desk.window.knowledge
    english = kb_desk.reader.article_by_slug("billing-overview-en")
    assert english is not None
    with qtbot.waitSignal(view.articleOpened, timeout=2000):
        view.open_article(english.id)
    document = view.article_reader.browser.document()
    tables = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert tables
    assert tables[0].rows() == 5
    assert tables[0].cellAt(1, 0).firstCursorPosition().block().text() == "Monthly fee"

    combo = view.article_reader.language
    assert combo.count() == 4
    finnish = combo.findText("Suomi")
    with qtbot.waitSignal(view.articleOpened, timeout=2000) as opened:
        combo.setCurrentIndex(finnish)
        combo.activated.emit(finnish)
    shown = kb_desk.reader.article(int(opened.args[0]))
    assert shown is not None
    assert shown.slug == "billing-overview-fi"
    assert view.article_reader.article is not None
    assert view.article_reader.article.lang == "fi"


def test_remote_images_are_shown_as_alt_text_never_loaded() -> None:
    rendered = article_html("T", "Before\n\n![Router back panel](https://example.com/r.png)")
    assert "[Router back panel]" in rendered
    assert "example.com" not in rendered


def test_insert_into_reply_puts_the_paragraph_in_the_reply_box(
    qtbot: QtBot, kb_desk: KbDesk
) -> None:
    window = kb_desk.window
    window.show_page(0)
    assert window.inbox.select_id(1)
    window.show_page(KNOWLEDGE_PAGE)
    article = kb_desk.reader.article_by_slug("refunds-en")
    assert article is not None
    window.knowledge.open_article(article.id)
    reader_pane = window.knowledge.article_reader
    reader_pane.select_paragraph(1)
    paragraph = reader_pane.browser.document().findBlockByNumber(1).text()
    assert paragraph
    QTest.mouseClick(reader_pane.insert_button, Qt.MouseButton.LeftButton)
    assert window.conversation.reply.editor.toPlainText() == paragraph
    QTest.mouseClick(reader_pane.link_button, Qt.MouseButton.LeftButton)
    lines = window.conversation.reply.editor.toPlainText().splitlines()
    assert lines[0] == paragraph
    assert article.title in lines[1]
    assert "refunds-en" in lines[1]


def test_a_vote_updates_the_totals_at_once(qtbot: QtBot, kb_desk: KbDesk) -> None:
    view = kb_desk.window.knowledge
    article = kb_desk.reader.article_by_slug("returns-en")
    assert article is not None
    view.open_article(article.id)
    pane = view.article_reader
    assert pane.helpful.text() == "Yes · 3"
    pane.comment.setText("Clear steps")
    with qtbot.waitSignal(view.voteQueued, timeout=3000):
        QTest.mouseClick(pane.helpful, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.helpful.text() == "Yes · 4", timeout=3000)
    assert pane.helpful.isChecked()
    assert pane.vote_state.text() == "Your vote is waiting to be sent"
    assert pane.comment.text() == ""  # sent with the vote
    with qtbot.waitSignal(view.voteQueued, timeout=3000):
        QTest.mouseClick(pane.unhelpful, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.unhelpful.text() == "No · 2", timeout=3000)
    assert pane.helpful.text() == "Yes · 3"
    stored = kb_desk.reader.article(article.id)
    assert stored is not None
    assert stored.my_vote == -1


def test_favourites_and_recently_viewed(qtbot: QtBot, kb_desk: KbDesk) -> None:
    view = kb_desk.window.knowledge
    first = kb_desk.reader.article_by_slug("delivery-delay-en")
    second = kb_desk.reader.article_by_slug("password-reset-zh-hant")
    assert first is not None
    assert second is not None
    view.open_article(first.id)
    view.open_article(second.id)
    qtbot.waitUntil(lambda: view.recent_model.rowCount() == 2, timeout=3000)
    assert [item.slug for item in view.recent_model.items] == [second.slug, first.slug]

    view.article_reader.favourite.click()
    qtbot.waitUntil(lambda: view.favourites_model.rowCount() == 1, timeout=3000)
    assert view.favourites_model.items[0].slug == second.slug
    assert view.article_reader.favourite.text() == "★ Favourite"
    view.article_reader.favourite.click()
    qtbot.waitUntil(lambda: view.favourites_model.rowCount() == 0, timeout=3000)


def test_ctrl_k_opens_the_knowledge_search(qtbot: QtBot, kb_desk: KbDesk) -> None:
    window = kb_desk.window
    window.show_page(0)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    QTest.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == KNOWLEDGE_PAGE
    qtbot.waitUntil(window.knowledge.search.hasFocus, timeout=3000)


def test_enter_opens_the_best_article_and_it_stays_selected(qtbot: QtBot, kb_desk: KbDesk) -> None:
    view = kb_desk.window.knowledge
    QTest.keyClicks(view.search, "salasanan")
    with qtbot.waitSignal(view.articleOpened, timeout=3000) as opened:
        QTest.keyClick(view.search, Qt.Key.Key_Return)
    article = kb_desk.reader.article(int(opened.args[0]))
    assert article is not None
    assert article.slug == "password-reset-fi"
    assert view.results.currentIndex().row() == 0
    # Remembering the view is an article change; the list and its selection stay put.
    qtbot.waitUntil(lambda: view.recent_model.rowCount() == 1, timeout=3000)
    with qtbot.waitSignal(view.searchFinished, timeout=3000):
        view.on_changes(Changes(articles=frozenset({article.id})))
    assert view.results.currentIndex().row() == 0


def test_copy_paragraph_copies_the_paragraph_at_the_cursor(kb_desk: KbDesk) -> None:
    view = kb_desk.window.knowledge
    article = kb_desk.reader.article_by_slug("callbacks-en")
    assert article is not None
    view.open_article(article.id)
    pane = view.article_reader
    pane.select_paragraph(1)
    QTest.mouseClick(pane.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied
    assert copied == pane.browser.document().findBlockByNumber(1).text().strip()


def test_the_browse_language_follows_the_locale() -> None:
    assert locale_language("fi_FI") == "fi"
    assert locale_language("zh_TW") == "zh-Hant"
    assert locale_language("zh_HK") == "zh-Hant"
    assert locale_language("zh_CN") == "zh-Hans"
    assert locale_language("en_GB") == "en"
    assert locale_language("de_DE") == ""
    assert locale_language("C") == ""


def test_a_synced_article_appears_in_the_tree(
    qtbot: QtBot, kb_desk: KbDesk, filler: Filler
) -> None:
    view = kb_desk.window.knowledge
    view.language.setCurrentIndex(view.language.findData("en"))
    article = ArticleData.model_validate(
        {
            "id": 500,
            "slug": "roaming-en",
            "title": "Roaming abroad",
            "lang": "en",
            "body": "Roaming charges apply outside the EU.",
            "category": "Travel",
            "section": "Roaming",
            "updated_at": 2.0,
        }
    )
    batch = [Event(seq=filler.seq + 1, kind="article", id=500, data=article)]
    filler.seq += 1
    upto = filler.seq
    changes = kb_desk.cache.writer.call(lambda c: apply.apply_events(c, batch, upto))
    kb_desk.bridge.on_changes(changes)
    model = view.tree_model
    qtbot.waitUntil(lambda: any(node.name == "Travel" for node in model.nodes), timeout=3000)
