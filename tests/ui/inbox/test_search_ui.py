"""The conversation search box: typing finds, matches are painted highlighted, keys move
and open, and the message list jumps to the opened message."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QListView
from pytestqt.qtbot import QtBot

from desktop.store import apply
from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from desktop.store.readers.search import ConversationHit
from desktop.ui.conversation.messages import MessageDelegate, MessageListModel
from desktop.ui.inbox.search import HIT_ROLE, ConversationSearch, shown
from desktop.ui.shell import style
from protocol.entities import ConversationData, CustomerData, EntityBase, MessageData
from protocol.frames import Event

_SEQ = itertools.count(1)


def conv(cid: int, *, channel: str = "chat", name: str = "", lang: str = "en") -> ConversationData:
    return ConversationData.model_validate(
        {
            "id": cid,
            "queue_id": 1,
            "customer_id": cid,
            "customer_name": name or f"Customer {cid}",
            "channel": channel,
            "status": "open",
            "language": lang,
            "created_at": 1000.0,
            "updated_at": 1000.0,
            "last_message_at": 1000.0 + cid,
        }
    )


def msg(mid: int, cid: int, body: str) -> MessageData:
    return MessageData.model_validate(
        {
            "id": mid,
            "conversation_id": cid,
            "direction": "in",
            "author_name": "Customer",
            "body": body,
            "created_at": 1000.0 + mid,
        }
    )


def put(cache: Cache, *entities: EntityBase) -> None:
    batch = [Event(seq=next(_SEQ), kind=e.kind, id=e.id, data=e) for e in entities]
    cache.writer.call(lambda c: apply.apply_events(c, batch, upto=batch[-1].seq))


@pytest.fixture
def search(qtbot: QtBot, cache: Cache, reader: CacheReader) -> ConversationSearch:
    put(
        cache,
        CustomerData(id=1, name="Aino Laine", email="aino@example.fi"),
        conv(1, name="Aino Laine", lang="fi"),
        msg(11, 1, "Hei, laskun eräpäivä meni jo ohi"),
        conv(2, channel="email"),
        msg(21, 2, "My refund has not arrived"),
        msg(22, 2, "Still waiting for the refund of order ORD12345"),
        conv(3),
        msg(31, 3, "Refunds take five days"),
    )
    widget = ConversationSearch(reader)
    qtbot.addWidget(widget)
    widget.resize(640, 420)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def hits(widget: ConversationSearch) -> list[ConversationHit]:
    return widget.model.hits()


def test_typing_shows_ranked_results(qtbot: QtBot, search: ConversationSearch) -> None:
    QTest.keyClicks(search.field, "refund")
    qtbot.waitUntil(lambda: len(hits(search)) == 2)
    assert [h.conversation_id for h in hits(search)] == [2, 3]  # the word, then a completion
    assert hits(search)[0].message_id == 21  # the shorter message: BM25 length norm
    assert hits(search)[0].matches == 2


def test_matches_are_highlighted_in_the_snippet_and_painted(
    qtbot: QtBot, search: ConversationSearch
) -> None:
    QTest.keyClicks(search.field, "laskun ")
    qtbot.waitUntil(lambda: len(hits(search)) == 1)
    hit = hits(search)[0]
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["laskun"]
    search.results.clearSelection()
    search.results.setCurrentIndex(search.model.index(-1))
    image = search.results.viewport().grab().toImage()
    assert _has_colour(image, style.MARK, search.results.visualRect(search.model.index(0)))


def _has_colour(image: QImage, colour: QColor, area: QRect) -> bool:
    wanted = colour.rgb()
    ratio = image.devicePixelRatio()
    for y in range(int(area.top() * ratio), int(area.bottom() * ratio), 2):
        for x in range(int(area.left() * ratio), int(area.right() * ratio), 2):
            if image.pixel(x, y) == wanted:
                return True
    return False


def test_enter_opens_the_first_hit_and_down_enter_the_next(
    qtbot: QtBot, search: ConversationSearch
) -> None:
    QTest.keyClicks(search.field, "refund")
    qtbot.waitUntil(lambda: len(hits(search)) == 2)
    with qtbot.waitSignal(search.openMessage) as opened:
        QTest.keyClick(search.field, Qt.Key.Key_Return)
    assert opened.args == [2, 21]
    QTest.keyClick(search.field, Qt.Key.Key_Down)
    assert search.results.hasFocus()
    QTest.keyClick(search.results, Qt.Key.Key_Down)
    with qtbot.waitSignal(search.openMessage) as opened:
        QTest.keyClick(search.results, Qt.Key.Key_Return)
    assert opened.args == [3, 31]


def test_a_header_hit_opens_with_message_zero(qtbot: QtBot, search: ConversationSearch) -> None:
    QTest.keyClicks(search.field, "aino")
    qtbot.waitUntil(lambda: len(hits(search)) == 1)
    assert search.model.index(0).data(HIT_ROLE).message_id is None
    with qtbot.waitSignal(search.openMessage) as opened:
        QTest.keyClick(search.field, Qt.Key.Key_Enter)
    assert opened.args == [1, 0]


def test_escape_clears_then_asks_to_close(qtbot: QtBot, search: ConversationSearch) -> None:
    QTest.keyClicks(search.field, "refund")
    qtbot.waitUntil(lambda: len(hits(search)) == 2)
    QTest.keyClick(search.field, Qt.Key.Key_Escape)
    assert search.field.text() == ""
    assert hits(search) == []
    with qtbot.waitSignal(search.closeRequested):
        QTest.keyClick(search.field, Qt.Key.Key_Escape)


def test_filters_narrow_the_results(qtbot: QtBot, search: ConversationSearch) -> None:
    QTest.keyClicks(search.field, "refund")
    qtbot.waitUntil(lambda: len(hits(search)) == 2)
    search.channel.setCurrentIndex(search.channel.findData("email"))
    assert [h.conversation_id for h in hits(search)] == [2]
    search.channel.setCurrentIndex(0)
    search.language.setCurrentIndex(search.language.findData("fi"))
    assert hits(search) == []


def test_synced_messages_refresh_the_open_search(
    qtbot: QtBot, cache: Cache, search: ConversationSearch
) -> None:
    QTest.keyClicks(search.field, "refund")
    qtbot.waitUntil(lambda: len(hits(search)) == 2)
    batch = [Event(seq=next(_SEQ), kind="message", id=41, data=msg(41, 1, "refund please"))]
    changes = cache.writer.call(lambda c: apply.apply_events(c, batch, upto=batch[-1].seq))
    search.on_changes(changes)
    qtbot.waitUntil(lambda: len(hits(search)) == 3)
    assert hits(search)[0].message_id == 41  # the word as typed, in the shortest text


def test_hostile_typing_never_raises(qtbot: QtBot, search: ConversationSearch) -> None:
    for text in ('"', "NEAR(", "*", "-x", "\u202e", "a" * 400):
        search.field.setText(text)
        search.run_search()
    assert search.model.rowCount() >= 0


def test_show_message_scrolls_to_the_bubble_and_flashes_it(
    qtbot: QtBot, cache: Cache, reader: CacheReader
) -> None:
    put(
        cache,
        conv(9),
        *(msg(900 + i, 9, f"Message number {i} with some text to wrap") for i in range(80)),
    )
    model = MessageListModel(reader)
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = MessageDelegate(view, view)
    view.setItemDelegate(delegate)
    view.resize(420, 300)
    view.show()
    qtbot.waitExposed(view)
    model.load(9)
    view.scrollToBottom()
    first = model.index(0)
    assert not view.viewport().rect().intersects(view.visualRect(first))
    assert delegate.show_message(900)
    assert view.viewport().rect().intersects(view.visualRect(first))
    assert view.currentIndex().row() == 0
    assert delegate.flashing == 900
    qtbot.waitUntil(lambda: delegate.flashing == 0, timeout=5_000)
    assert not delegate.show_message(123456)


def test_untrusted_text_is_laid_out_without_overrides_and_offsets_kept() -> None:
    text = "a\u202eb\x00c\nd\ud800e"
    safe = shown(text)
    assert len(safe) == len(text)
    assert not {"\u202e", "\x00", "\n", "\ud800"} & set(safe)
    assert (safe[0], safe[2], safe[4], safe[6], safe[8]) == ("a", "b", "c", "d", "e")


def test_the_title_is_highlighted_too(qtbot: QtBot, search: ConversationSearch) -> None:
    QTest.keyClicks(search.field, "aino")
    qtbot.waitUntil(lambda: len(hits(search)) == 1)
    hit = hits(search)[0]
    assert [hit.title[s:e] for s, e in hit.title_highlights] == ["Aino"]
