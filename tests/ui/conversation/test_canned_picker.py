"""The "/" picker in the reply box, over a real cache with no server.

Conversations with customers writing English, Finnish, Simplified and Traditional
Chinese; canned replies arrive in the cache through the same apply path as the sync
engine's. The agent types "/" and a query, picks with the keyboard, and the reply box
gets the reply in the customer's language with the variables filled, the first fill-in
selected; Tab moves through the fill-ins; Send asks while one is left.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from desktop.models.canned import CannedReply
from desktop.models.changes import Changes
from desktop.store import apply, outbox
from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from desktop.sync.engine import SyncEngine
from desktop.ui.conversation.canned_picker import CannedPicker
from desktop.ui.conversation.pane import ConversationPane
from desktop.ui.shell.bridge import SyncBridge
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.window import MainWindow
from protocol.entities import CannedReplyData, ConversationData
from protocol.frames import AgentInfo, Event, ReplyOp
from tests.knowledge.test_canned_search import BILLING, GIFT_CARD, PASSWORD, REFUND
from tests.ui import fill
from tests.ui.fill import Filler

AGENT = AgentInfo(id=7, username="agent07", display_name="Emma Stone", role="agent")
CUSTOMERS = {
    1: ("John Smith", "en"),
    2: ("Aino Virtanen", "fi"),
    3: ("王小明", "zh-Hans"),
    4: ("陳美玲", "zh-Hant"),
}
GREETING = CannedReply(
    id=5,
    scope="shared",
    shortcut="hello",
    title="Greeting",
    variants={
        "en": "Hello {customer.first_name}, this is {agent.first_name} from {queue.name}.",
        "fi": "Hei {customer.first_name}, täällä {agent.first_name} ({queue.name}).",
        "zh-Hans": "{customer.first_name}您好，我是{agent.name}。",
        "zh-Hant": "{customer.first_name}您好，我是{agent.name}。很高興為您服務。",
    },
)
ORDER = CannedReply(
    id=6,
    scope="shared",
    shortcut="order",
    title="Order status",
    variants={"en": "Order {order.number} for conversation #{conversation.id} is on its way."},
)


def canned_data(reply: CannedReply) -> CannedReplyData:
    return CannedReplyData.model_validate(
        {
            "id": reply.id,
            "scope": reply.scope,
            "queue_id": reply.queue_id,
            "owner_id": reply.owner_id,
            "shortcut": reply.shortcut,
            "title": reply.title,
            "variants": dict(reply.variants),
            "updated_at": 1_700_000_000.0,
        }
    )


def put(filler: Filler, *entities: CannedReplyData | ConversationData) -> Changes:
    """Entities into the cache through the engine's apply path."""
    batch = [
        Event(seq=filler.seq + 1 + i, kind=e.kind, id=e.id, data=e) for i, e in enumerate(entities)
    ]
    filler.seq += len(batch)
    upto = filler.seq
    return filler.cache.writer.call(lambda c: apply.apply_events(c, batch, upto))


def fill_desk(filler: Filler, replies: tuple[CannedReply, ...]) -> Changes:
    """Queue "Billing", one conversation per customer language, and ``replies``."""
    filler.apply(fill.queue(1, "Billing"))
    conversations = []
    for cid, (name, language) in CUSTOMERS.items():
        data = fill.conversation(cid, name=name, at=1000.0 - cid).model_dump()
        data["language"] = language
        conversations.append(ConversationData.model_validate(data))
    return put(filler, *conversations, *(canned_data(r) for r in replies))


SHARED = (REFUND, PASSWORD, BILLING, GREETING, ORDER)
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class PaneDesk:
    """A conversation pane over the cache, its bridge and an engine that never connects
    (the desk offline: the outbox is what the server would get)."""

    def __init__(self, qtbot: QtBot, cache: Cache, reader: CacheReader) -> None:
        self.cache = cache
        self.bridge = SyncBridge()
        self.engine = SyncEngine(
            cache,
            "ws://127.0.0.1:9/ws",
            "not-a-real-token",
            on_changes=self.bridge.on_changes,
            on_state=self.bridge.on_state,
        )
        self.engine.agent = AGENT  # as the server's welcome would have said
        self.pane = ConversationPane(reader, Ops())
        qtbot.addWidget(self.pane)
        self.bridge.changes.connect(self.pane.on_changes)
        self.pane.set_actions(self.engine)
        self.pane.set_store(cache)
        self.pane.resize(900, 640)
        self.pane.show()
        qtbot.waitExposed(self.pane)

    @property
    def editor(self) -> QPlainTextEdit:
        return self.pane.reply.editor

    @property
    def picker(self) -> CannedPicker:
        picker = self.pane.reply.canned.picker
        assert picker is not None
        return picker

    def open(self, conversation_id: int) -> None:
        self.pane.show_conversation(conversation_id)
        self.editor.setFocus()

    def type(self, text: str) -> None:
        QTest.keyClicks(self.editor, text)

    def commit(self, text: str) -> None:
        """Text an input method commits (pinyin, zhuyin): QTest can type ASCII only."""
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(self.editor, event)

    def key(self, key: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(self.editor, key, mods)

    def shown(self) -> list[str]:
        return [entry.reply.shortcut for entry in self.picker.model.entries]

    def picker_open(self) -> bool:
        return self.pane.reply.canned.picker is not None and self.picker.isVisible()

    def selected(self) -> str:
        return str(self.editor.textCursor().selectedText())

    def replies(self) -> list[tuple[int, str, bool]]:
        found = []
        for mutation in self.cache.writer.call(outbox.pending):
            if isinstance(mutation.change, ReplyOp):
                change = mutation.change
                found.append((change.conversation_id, change.body, change.internal))
        return found

    def stop(self) -> None:
        """As the window closing would: drafts kept while the cache is still open."""
        self.pane.stop()
        self.bridge.flush()
        self.pane.close()


@pytest.fixture
def make_desk(
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
    filler: Filler,
    cache: Cache,
    reader: CacheReader,
) -> Iterator[Callable[[tuple[CannedReply, ...]], PaneDesk]]:
    """Fill the cache with the customers and ``replies``, and show a pane over it."""
    del qloop
    made: list[PaneDesk] = []

    def make(replies: tuple[CannedReply, ...]) -> PaneDesk:
        fill_desk(filler, replies)
        made.append(PaneDesk(qtbot, cache, reader))
        return made[-1]

    yield make
    for desk in made:
        desk.stop()


@pytest.fixture
def desk(make_desk: Callable[[tuple[CannedReply, ...]], PaneDesk]) -> PaneDesk:
    return make_desk(SHARED)


def test_slash_opens_the_picker_and_typing_filters(desk: PaneDesk) -> None:
    desk.open(1)
    desk.type("/")
    assert desk.picker_open()
    assert sorted(desk.shown()) == sorted(r.shortcut for r in SHARED)
    desk.type("ref")
    assert desk.shown()[0] == "refund"
    assert desk.shown() == ["refund", "billing"]  # the shortcut, then a text with "refund"
    desk.type("und password")
    assert not desk.shown()
    assert desk.picker_open()  # no match yet, but the agent may still be typing
    assert desk.picker.empty.isVisible()


def test_slash_inside_a_word_or_a_date_opens_nothing(desk: PaneDesk) -> None:
    desk.open(1)
    desk.type("and/or 1/2")
    assert not desk.picker_open()
    desk.type(" /")
    assert desk.picker_open()
    desk.key(Qt.Key.Key_Backspace)
    assert not desk.picker_open()


@pytest.mark.parametrize(
    ("conversation_id", "expected"),
    [
        (1, "Hello John, this is Emma from Billing."),
        (2, "Hei Aino, täällä Emma (Billing)."),
        (3, "王小明您好，我是Emma Stone。"),
        (4, "陳美玲您好，我是Emma Stone。很高興為您服務。"),
    ],
)
def test_enter_inserts_the_customers_language_with_variables_filled(
    desk: PaneDesk, conversation_id: int, expected: str
) -> None:
    desk.open(conversation_id)
    desk.type("/hel")
    assert desk.shown() == ["hello"]
    desk.key(Qt.Key.Key_Return)
    assert not desk.picker_open()
    assert desk.editor.toPlainText() == expected
    assert not desk.pane.reply.snippet_note.isVisible()


def test_the_preview_is_in_the_customers_language(desk: PaneDesk) -> None:
    desk.open(4)
    desk.type("/hello")
    entry = desk.picker.model.entries[0]
    assert entry.language == "zh-Hant"
    assert entry.preview.startswith("陳美玲您好")


def test_chinese_and_finnish_queries_find_their_reply(desk: PaneDesk) -> None:
    desk.open(3)
    desk.type("/")
    desk.commit("退款")
    assert desk.shown() == ["refund"]
    desk.key(Qt.Key.Key_Escape)
    desk.type(" /hyvitys")
    assert desk.shown() == ["refund", "billing"]
    desk.type(" ")
    desk.key(Qt.Key.Key_Backspace)
    desk.key(Qt.Key.Key_Down)
    desk.key(Qt.Key.Key_Return)
    assert desk.editor.toPlainText().startswith("/退款 ")
    assert "我们" not in desk.editor.toPlainText()  # billing has no Chinese: English then
    assert "billing team" in desk.editor.toPlainText()


def test_escape_closes_and_leaves_the_typed_text(desk: PaneDesk) -> None:
    desk.open(1)
    desk.type("Hi /pass")
    assert desk.picker_open()
    desk.key(Qt.Key.Key_Escape)
    assert not desk.picker_open()
    assert desk.editor.toPlainText() == "Hi /pass"
    assert desk.editor.hasFocus()
    desk.type("word")  # typing on does not reopen it: only a new "/" does
    assert not desk.picker_open()
    assert desk.editor.toPlainText() == "Hi /password"


def test_up_down_choose_and_enter_without_a_match_is_a_new_line(desk: PaneDesk) -> None:
    desk.open(1)
    desk.type("/")
    first = desk.picker.current_reply()
    desk.key(Qt.Key.Key_Down)
    second = desk.picker.current_reply()
    assert first is not None
    assert second is not None
    assert second.id != first.id
    desk.key(Qt.Key.Key_Up)
    assert desk.picker.current_reply() == first
    desk.type("zzzz")
    desk.key(Qt.Key.Key_Return)
    assert desk.editor.toPlainText() == "/zzzz\n"


def test_a_click_inserts_the_reply(qtbot: QtBot, desk: PaneDesk) -> None:
    desk.open(1)
    desk.type("/pw")
    rect = desk.picker.view.visualRect(desk.picker.model.index(0, 0))
    QTest.mouseClick(desk.picker.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert desk.editor.toPlainText().startswith("To reset your password")
    assert desk.editor.hasFocus()


def test_the_picker_works_without_the_engine(
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
    filler: Filler,
    cache: Cache,
    reader: CacheReader,
) -> None:
    """Before sign-in (no engine at all) the cache is enough: shared replies are listed
    and inserted; the agent's name is the one the stored session gave."""
    del qloop
    fill_desk(filler, (GREETING,))
    pane = ConversationPane(reader, Ops())
    qtbot.addWidget(pane)
    pane.set_agent("Emma Stone")
    pane.resize(800, 600)
    pane.show()
    qtbot.waitExposed(pane)
    pane.show_conversation(1)
    pane.reply.editor.setFocus()
    QTest.keyClicks(pane.reply.editor, "/hello")
    QTest.keyClick(pane.reply.editor, Qt.Key.Key_Return)
    assert pane.reply.editor.toPlainText() == "Hello John, this is Emma from Billing."
    pane.stop()


def test_personal_replies_are_the_agents_own(
    make_desk: Callable[[tuple[CannedReply, ...]], PaneDesk],
) -> None:
    someone_elses = CannedReply(
        id=30,
        scope="personal",
        shortcut="mine",
        title="Someone else's",
        variants={"en": "Not yours"},
        owner_id=99,
    )
    desk = make_desk((REFUND, GIFT_CARD, someone_elses))  # GIFT_CARD is agent 7's
    desk.open(1)
    desk.type("/")
    assert desk.shown() == ["refund", "money-back"]


def test_the_picker_follows_the_canned_topic(desk: PaneDesk, filler: Filler) -> None:
    desk.open(1)
    desk.type("/new")
    assert desk.shown() == []
    fresh = CannedReply(
        id=40,
        scope="shared",
        shortcut="newsletter",
        title="Newsletter",
        variants={"en": "You can unsubscribe at any time."},
    )
    changes = put(filler, canned_data(fresh))
    assert changes.canned == {40}
    desk.pane.on_changes(changes)
    assert desk.shown() == ["newsletter"]


def test_open_canned_picker_types_the_slash_and_escape_takes_it_back(desk: PaneDesk) -> None:
    desk.open(1)
    desk.type("Thanks")
    assert desk.pane.open_canned_picker()
    assert desk.picker_open()
    assert desk.editor.toPlainText() == "Thanks /"
    desk.key(Qt.Key.Key_Escape)
    assert desk.editor.toPlainText() == "Thanks "
    assert desk.pane.open_canned_picker()
    desk.type("hel")
    desk.key(Qt.Key.Key_Return)
    assert desk.editor.toPlainText() == "Thanks Hello John, this is Emma from Billing."


def test_switching_conversations_closes_the_picker_and_keeps_drafts(
    desk: PaneDesk, qtbot: QtBot, reader: CacheReader
) -> None:
    desk.open(1)
    desk.type("/refund")
    desk.key(Qt.Key.Key_Return)
    desk.type("A-1")  # the caret stays where the fill-in was
    desk.type(" /pa")
    assert desk.picker_open()
    desk.open(2)
    assert not desk.picker_open()
    assert desk.editor.toPlainText() == ""
    qtbot.waitUntil(lambda: reader.draft(1) is not None)
    draft = reader.draft(1)
    assert draft is not None
    assert draft.text.startswith("Hi John, your refund for order A-1 /pa has been approved.")
    desk.open(1)
    assert desk.editor.toPlainText() == draft.text
    assert not desk.picker_open()  # a "/" in a restored draft opens nothing


def test_the_picker_stays_in_the_window_and_off_the_editor(desk: PaneDesk) -> None:
    """At the bottom of the pane the list sits above the editor, whatever the number of
    matches, and inside the window."""
    desk.pane.resize(1024, 640)
    desk.open(2)
    desk.type("/")
    editor = QRect(desk.editor.mapTo(desk.pane, QPoint(0, 0)), desk.editor.size())
    for more in ("", "r", "e", "f"):
        desk.type(more)
        box = desk.picker.geometry()
        assert desk.pane.rect().contains(box)
        assert not box.intersects(editor)
        assert box.bottom() < editor.top()


def test_personal_replies_are_listed_before_and_after_the_welcome(
    make_desk: Callable[[tuple[CannedReply, ...]], PaneDesk],
) -> None:
    desk = make_desk((REFUND, GIFT_CARD))
    desk.engine.agent = None  # a desk opened offline: not welcomed yet
    desk.open(1)
    desk.type("/")
    # one cache per agent holds only its own personal replies: shown offline too
    assert desk.shown() == ["refund", "money-back"]
    desk.key(Qt.Key.Key_Escape)
    desk.engine.agent = AGENT  # the welcome
    desk.type(" /")
    assert desk.shown() == ["refund", "money-back"]


def test_hostile_replies_are_shown_and_inserted_as_plain_text(
    make_desk: Callable[[tuple[CannedReply, ...]], PaneDesk],
) -> None:
    hostile = CannedReply(
        id=50,
        scope="shared",
        shortcut="evil",
        title="<b>SUPERVISOR</b> \u202etxt.exe",
        variants={"en": "<img src='file:///etc/hosts'> \u202eoverride {customer.name}"},
    )
    desk = make_desk((hostile,))
    desk.open(1)
    desk.type("/evil")
    [entry] = desk.picker.model.entries
    assert "\u202e" not in entry.preview
    assert entry.preview.startswith("<img src=")  # shown as the characters it is
    described = desk.picker.model.data(desk.picker.model.index(0, 0))
    assert isinstance(described, str)
    assert "\u202e" not in described
    desk.key(Qt.Key.Key_Return)
    assert desk.editor.toPlainText().startswith("<img src='file:///etc/hosts'>")
    assert desk.editor.toPlainText().endswith("John Smith")


def test_the_keymaps_shortcut_opens_the_picker_in_the_desk(
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
    filler: Filler,
    cache: Cache,
    reader: CacheReader,
) -> None:
    """The main window's "Insert a canned reply" keys (Ctrl+Shift+C by default) open
    the picker in the reply box of the open conversation, from another page too."""
    del qloop
    fill_desk(filler, SHARED)
    bridge = SyncBridge()
    window = MainWindow(reader, bridge, Ops())
    qtbot.addWidget(window)
    window.set_store(cache)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.inbox.select_id(2)
    window.show_page("knowledge")
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_C, CTRL_SHIFT)
    reply = window.conversation.reply
    picker = reply.canned.picker
    assert picker is not None
    qtbot.waitUntil(picker.isVisible)
    assert reply.editor.hasFocus()
    assert reply.editor.toPlainText() == "/"
    QTest.keyClicks(reply.editor, "hel")
    QTest.keyClick(reply.editor, Qt.Key.Key_Return)
    assert reply.editor.toPlainText() == "Hei Aino, täällä {agent.first_name} (Billing)."
    window.conversation.stop()
    bridge.flush()
    window.close()
