""" "Insert into reply" with nothing chosen inserts the part of the article written for the
customer (or its summary), not the agent-facing opening paragraph."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from desktop.ui.knowledge.render import article_html
from desktop.ui.knowledge.sections import opening_paragraph, reply_text
from desktop.ui.shell.window import INBOX_PAGE, KNOWLEDGE_PAGE
from tests.ui.kb_fill import KbDesk


def _document(body: str) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(article_html("Title", body))
    return document


def insert_from(qtbot: QtBot, kb_desk: KbDesk, slug: str) -> str:
    """Open ``slug`` (cursor on its title, nothing selected) and press Insert into reply."""
    article = kb_desk.reader.article_by_slug(slug)
    assert article is not None
    view = kb_desk.window.knowledge
    with qtbot.waitSignal(view.articleOpened, timeout=3000):
        view.open_article(article.id)
    pane = view.article_reader
    with qtbot.waitSignal(pane.insertRequested, timeout=3000) as inserted:
        pane.insert_button.click()
    text = inserted.args[0]
    assert isinstance(text, str)
    return text


def test_the_customer_section_goes_into_the_reply(qtbot: QtBot, kb_desk: KbDesk) -> None:
    window = kb_desk.window
    window.show_page(INBOX_PAGE)
    assert window.inbox.select_id(1)
    window.show_page(KNOWLEDGE_PAGE)
    text = insert_from(qtbot, kb_desk, "refunds-en")
    assert text.startswith("Tell the customer that the refund has been issued")
    assert "A refund returns money" not in text  # the opening is for the agent
    assert window.conversation.reply.editor.toPlainText() == text


def test_each_language_finds_its_customer_section(qtbot: QtBot, kb_desk: KbDesk) -> None:
    assert insert_from(qtbot, kb_desk, "refunds-fi").startswith("Kerro, että hyvitys on tehty")
    said = insert_from(qtbot, kb_desk, "service-outage-en").splitlines()
    assert said[0] == "- Confirm that there is an outage in the customer's area."
    assert len(said) == 4
    chinese = insert_from(qtbot, kb_desk, "service-outage-zh-hans").splitlines()
    assert chinese[0].startswith("- 确认客户所在区域")
    assert insert_from(qtbot, kb_desk, "refunds-zh-hant").startswith("告訴客戶")


def test_a_chosen_paragraph_still_wins(qtbot: QtBot, kb_desk: KbDesk) -> None:
    article = kb_desk.reader.article_by_slug("refunds-en")
    assert article is not None
    view = kb_desk.window.knowledge
    view.open_article(article.id)
    pane = view.article_reader
    pane.select_paragraph(1)
    chosen = pane.browser.document().findBlockByNumber(1).text().strip()
    with qtbot.waitSignal(pane.insertRequested, timeout=3000) as inserted:
        pane.insert_button.click()
    assert inserted.args == [chosen]


def test_a_summary_then_the_opening_when_there_is_no_customer_section() -> None:
    summary = _document(
        "For agents: check the order first.\n\n## Steps\n\n1. Open it\n2. Check it\n\n"
        "## Summary\n\nYour order ships **today**.\n\n## Notes\n\nInternal."
    )
    assert reply_text(summary) == "Your order ships today."
    plain = _document("![Flow](images/x.png)\n\nThe opening.\n\n## Steps\n\n- One\n- Two")
    assert reply_text(plain) == "The opening."
    assert opening_paragraph(plain) == "The opening."


def test_a_section_keeps_lists_and_stops_at_the_next_heading() -> None:
    document = _document(
        "Intro.\n\n## What to say\n\nFirst this.\n\n1. Step one\n2. Step two\n\n"
        "### Detail\n\nStill ours.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
        "## Compensation\n\nNot ours."
    )
    assert reply_text(document).splitlines() == [
        "First this.",
        "1. Step one",
        "2. Step two",
        "Detail",
        "Still ours.",
    ]
