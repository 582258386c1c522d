"""A reply that looks like another language than the customer's asks before it is sent."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from desktop.ui.conversation.reply import language_mismatch
from tests.ui import fill
from tests.ui.conversation.test_drafts import Desk, _desk
from tests.ui.fill import Filler

FINNISH = "Hei, tarkistan tilauksesi heti ja palaan asiaan tänään"
ENGLISH = "Thanks for waiting, I have checked your order and it ships today"


@pytest.fixture
def desk(
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
    filler: Filler,
    cache: Cache,
    reader: CacheReader,
) -> Iterator[Desk]:
    """#1 an English conversation; #2 one without a language whose customer writes
    Finnish; #3 a Simplified Chinese one."""
    del qloop
    filler.apply(
        fill.queue(1, "Support"),
        fill.conversation(1, name="Ann Smith", at=300.0),
        fill.conversation(2, name="Liisa Korhonen", at=200.0).model_copy(update={"language": ""}),
        fill.conversation(3, name="王小明", at=100.0).model_copy(update={"language": "zh-Hans"}),
        fill.message(10, 1, body="Where is my order?"),
        fill.message(11, 2, body="Hei, missä tilaukseni on? Kiitos"),
        fill.message(12, 3, body="我的订单在哪里？"),
    )
    made = _desk(qtbot, cache, reader)
    yield made
    made.bridge.flush()
    made.window.close()


def _compose(desk: Desk, conversation_id: int, text: str) -> None:
    assert desk.window.inbox.select_id(conversation_id)
    desk.pane.reply.editor.setPlainText(text)


def _send(desk: Desk) -> None:
    QTest.keyClick(desk.pane.reply.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_a_finnish_reply_to_an_english_customer_asks_first(qtbot: QtBot, desk: Desk) -> None:
    reply = desk.pane.reply
    _compose(desk, 1, FINNISH)
    _send(desk)
    assert reply.warning.isVisible()
    assert reply.warning.text.text() == (
        "This reply looks like Finnish; the customer writes English. Send anyway?"
    )
    assert desk.replies() == []
    assert reply.editor.toPlainText() == FINNISH  # nothing taken from the agent yet

    reply.warning.edit.click()  # "Edit": back to the text, nothing sent
    assert not reply.warning.isVisible()
    assert reply.editor.toPlainText() == FINNISH
    assert desk.replies() == []

    _send(desk)
    assert reply.warning.isVisible()
    with qtbot.waitSignal(desk.pane.replyQueued, timeout=5000):
        reply.warning.send_anyway.click()
    assert not reply.warning.isVisible()
    assert desk.replies() == [(1, FINNISH, False)]
    assert reply.editor.toPlainText() == ""


def test_the_customer_language_is_guessed_when_the_conversation_has_none(
    qtbot: QtBot, desk: Desk
) -> None:
    _compose(desk, 2, ENGLISH)
    _send(desk)
    assert desk.pane.reply.warning.text.text() == (
        "This reply looks like English; the customer writes Finnish. Send anyway?"
    )
    assert desk.replies() == []
    desk.pane.reply.editor.setPlainText(FINNISH)  # fixed: the question goes away
    assert not desk.pane.reply.warning.isVisible()
    with qtbot.waitSignal(desk.pane.replyQueued, timeout=5000):
        _send(desk)
    assert desk.replies() == [(2, FINNISH, False)]


def test_short_replies_notes_and_the_same_language_never_ask(qtbot: QtBot, desk: Desk) -> None:
    reply = desk.pane.reply
    _compose(desk, 1, "Kiitos paljon!")  # Finnish, but 12 letters
    with qtbot.waitSignal(desk.pane.replyQueued, timeout=5000):
        _send(desk)
    assert not reply.warning.isVisible()

    _compose(desk, 1, ENGLISH)
    with qtbot.waitSignal(desk.pane.replyQueued, timeout=5000):
        _send(desk)

    reply.internal.setChecked(True)  # colleagues read notes, not the customer
    _compose(desk, 1, FINNISH)
    with qtbot.waitSignal(desk.pane.replyQueued, timeout=5000):
        _send(desk)
    reply.internal.setChecked(False)

    _compose(desk, 3, "您好，我们已经找到您的包裹，今天就会发货，请放心等待")
    with qtbot.waitSignal(desk.pane.replyQueued, timeout=5000):
        _send(desk)
    assert not reply.warning.isVisible()
    assert [r[0] for r in desk.replies()] == [1, 1, 1, 3]


def test_switching_conversations_withdraws_the_question(qtbot: QtBot, desk: Desk) -> None:
    reply = desk.pane.reply
    _compose(desk, 1, FINNISH)
    _send(desk)
    assert reply.warning.isVisible()
    assert desk.window.inbox.select_id(3)
    assert not reply.warning.isVisible()
    assert not reply.asking
    reply.warning.send_anyway.click()  # a stale click does nothing
    assert desk.replies() == []
    qtbot.waitUntil(lambda: desk.stored_draft(1) == FINNISH, timeout=5000)


@pytest.mark.parametrize(
    ("body", "language", "customer", "expected"),
    [
        (FINNISH, "en", [], ("fi", "en")),
        (ENGLISH, "fi", [], ("en", "fi")),
        (ENGLISH, "zh-Hant", [], ("en", "zh")),
        ("您好，我们已经找到您的包裹，今天就会发货", "en", [], ("zh", "en")),
        ("您好，我们已经找到您的包裹，今天就会发货", "zh-Hant", [], None),  # scripts: no
        (ENGLISH, "en", [], None),
        ("Kiitos, hyvää päivää!", "en", [], None),  # 17 letters: too short to tell
        (ENGLISH, "sv", [], None),  # a language the guess cannot tell: no basis
        ("1234567890 1234567890 12345", "fi", [], None),  # no words, no guess
        (ENGLISH, "", ["Hei, missä tilaukseni on?"], ("en", "fi")),
        (ENGLISH, "", [], None),
    ],
)
def test_language_mismatch(
    body: str, language: str, customer: list[str], expected: tuple[str, str] | None
) -> None:
    assert language_mismatch(body, language, customer) == expected


def test_chinese_counts_as_words_not_letters() -> None:
    assert language_mismatch("谢谢您的耐心", "en", []) is None  # six characters: short
    assert language_mismatch("您好，我们已经找到您的包裹", "en", []) == ("zh", "en")
