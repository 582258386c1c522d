"""The agent's own canned replies: saved from the reply box, edited and deleted in the
manager, through the outbox of an engine that never connects (the desk offline)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QMenu
from pytestqt.qtbot import QtBot

from desktop.models.canned import CannedReply
from desktop.store import outbox
from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from desktop.ui.conversation.canned_manage import (
    SaveCannedDialog,
    normal_shortcut,
    variant_tag,
)
from desktop.ui.conversation.pane import ConversationPane
from desktop.ui.shell.ops import Ops
from protocol.frames import CannedDeleteOp, CannedSaveOp
from tests.knowledge.test_canned_search import GIFT_CARD
from tests.ui.conversation.test_canned_picker import SHARED, PaneDesk, fill_desk, make_desk
from tests.ui.fill import Filler

__all__ = ["make_desk"]  # the picker tests' fixture, used here too
MakeDesk = Callable[[tuple[CannedReply, ...]], PaneDesk]


def menu_action(desk: PaneDesk, text: str) -> None:
    """Choose ``text`` in the reply box's Canned menu, as the agent would."""
    menu = desk.pane.reply.canned_button.menu()
    assert isinstance(menu, QMenu)
    menu.aboutToShow.emit()
    [action] = [a for a in menu.actions() if a.text() == text]
    assert action.isEnabled()
    action.trigger()


def ops(cache: Cache) -> list[CannedSaveOp | CannedDeleteOp]:
    return [
        m.change
        for m in cache.writer.call(outbox.pending)
        if isinstance(m.change, CannedSaveOp | CannedDeleteOp)
    ]


def save_dialog(desk: PaneDesk) -> SaveCannedDialog:
    dialog = desk.pane.canned.save_dialog
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def test_save_as_canned_reply_in_the_conversations_language(
    make_desk: MakeDesk, qtbot: QtBot, cache: Cache
) -> None:
    desk = make_desk(SHARED)
    desk.open(4)  # 陳美玲 writes Traditional Chinese
    desk.commit("感謝您的耐心等候。")
    menu_action(desk, "Save as canned reply…")
    dialog = save_dialog(desk)
    assert dialog.language.currentData() == "zh-Hant"
    assert dialog.body.toPlainText() == "感謝您的耐心等候。"
    dialog.shortcut.setText("/Thanks Wait")
    dialog.title.setText("Thanks for waiting")
    with qtbot.waitSignal(dialog.finished):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    [saved] = ops(cache)
    assert isinstance(saved, CannedSaveOp)
    assert (saved.id, saved.shortcut, saved.title) == (None, "thanks-wait", "Thanks for waiting")
    assert saved.variants == {"zh-Hant": "感謝您的耐心等候。"}
    # At once in the picker (pending until the server confirms), marked as personal.
    desk.pane.reply.load(4)
    desk.type("/thanks")
    qtbot.waitUntil(lambda: desk.shown() == ["thanks-wait"])
    assert desk.picker.model.entries[0].reply.scope == "personal"


def test_the_selection_is_what_gets_saved(make_desk: MakeDesk) -> None:
    desk = make_desk(SHARED)
    desk.open(1)
    desk.type("Kind regards, Emma")
    cursor = desk.editor.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(12, cursor.MoveMode.KeepAnchor)
    desk.editor.setTextCursor(cursor)
    menu_action(desk, "Save as canned reply…")
    dialog = save_dialog(desk)
    assert dialog.body.toPlainText() == "Kind regards"
    assert dialog.language.currentData() == "en"
    dialog.reject()


def test_bad_values_are_said_in_the_dialog_and_nothing_is_queued(
    make_desk: MakeDesk, cache: Cache
) -> None:
    desk = make_desk((*SHARED, GIFT_CARD))  # agent 7 already has /money-back
    desk.open(2)
    desk.type("Hei!")
    menu_action(desk, "Save as canned reply…")
    dialog = save_dialog(desk)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    dialog.title.setText("Tervehdys")
    save.click()
    assert dialog.error.isVisible()
    assert "shortcut" in dialog.error.text()
    dialog.shortcut.setText("money-back")
    save.click()
    assert "/money-back" in dialog.error.text()
    dialog.shortcut.setText("hei")
    dialog.body.setPlainText("   ")
    save.click()
    assert "empty" in dialog.error.text()
    dialog.title.setText("")
    dialog.body.setPlainText("Hei!")
    save.click()
    assert "title" in dialog.error.text()
    dialog.body.setPlainText("x" * 5_001)
    dialog.title.setText("Liian pitkä")
    save.click()
    assert "5000" in dialog.error.text()
    assert ops(cache) == []
    assert dialog.isVisible()
    dialog.reject()


def test_switching_language_keeps_each_variants_text(make_desk: MakeDesk, qtbot: QtBot) -> None:
    desk = make_desk(SHARED)
    desk.open(1)
    desk.type("Thank you for waiting.")
    menu_action(desk, "Save as canned reply…")
    dialog = save_dialog(desk)
    dialog.language.setCurrentIndex(dialog.language.findData("fi"))
    assert dialog.body.toPlainText() == ""
    dialog.body.setPlainText("Kiitos odotuksesta.")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.body.toPlainText() == "Thank you for waiting."
    dialog.shortcut.setText("wait")
    dialog.title.setText("Waiting")
    with qtbot.waitSignal(dialog.finished):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    [saved] = ops(desk.cache)
    assert isinstance(saved, CannedSaveOp)
    assert saved.variants == {"en": "Thank you for waiting.", "fi": "Kiitos odotuksesta."}


def test_manage_edits_and_deletes_personal_replies_and_shows_shared_ones(
    make_desk: MakeDesk, qtbot: QtBot, cache: Cache
) -> None:
    desk = make_desk((*SHARED, GIFT_CARD))
    desk.open(1)
    menu_action(desk, "Manage my canned replies…")
    manager = desk.pane.canned.manage_dialog
    assert manager is not None
    assert manager.isVisible()
    first = manager.current()
    assert first is not None
    assert first.id == GIFT_CARD.id  # personal replies first
    assert manager.edit.isEnabled()
    assert manager.delete.isEnabled()
    manager.choose_row(1)
    shared = manager.current()
    assert shared is not None
    assert shared.scope == "shared"
    assert not manager.edit.isEnabled()
    assert not manager.delete.isEnabled()
    manager.filter.setText("gift")
    assert manager.count() == 1
    assert manager.current() == first
    assert "gift card" in manager.text.toPlainText()
    # Edit: the save dialog, filled in; the change goes with the reply's id.
    manager.edit.click()
    dialog = save_dialog(desk)
    assert dialog.shortcut.text() == "money-back"
    dialog.title.setText("Refund as a gift card")
    with qtbot.waitSignal(dialog.finished):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    [edited] = ops(cache)
    assert isinstance(edited, CannedSaveOp)
    assert (edited.id, edited.title) == (GIFT_CARD.id, "Refund as a gift card")
    qtbot.waitUntil(lambda: "as a" in getattr(manager.current(), "title", ""))
    assert manager.count() == 1
    # Delete asks with a second click, then the reply leaves the list.
    manager.delete.click()
    assert ops(cache) == [edited]
    assert "money-back" in manager.delete.text()
    manager.delete.click()
    qtbot.waitUntil(lambda: len(ops(cache)) == 2)
    assert ops(cache)[1] == CannedDeleteOp(id=GIFT_CARD.id)
    qtbot.waitUntil(lambda: manager.count() == 0)
    manager.close()


def test_without_the_engine_nothing_is_saved(
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
    filler: Filler,
    cache: Cache,
    reader: CacheReader,
) -> None:
    del qloop
    fill_desk(filler, SHARED)
    pane = ConversationPane(reader, Ops())
    qtbot.addWidget(pane)
    pane.show_conversation(1)
    pane.reply.editor.setPlainText("Hello")
    pane.reply.saveCannedRequested.emit("Hello")
    dialog = pane.canned.save_dialog
    assert dialog is not None
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert dialog.error.text() == "Signing in…"
    dialog.reject()
    pane.stop()


def test_shortcuts_and_languages_are_normalised() -> None:
    assert normal_shortcut("/Refund Note") == "refund-note"
    assert normal_shortcut("  ÄÖ!?") == ""
    assert len(normal_shortcut("a" * 100)) == 32
    assert variant_tag("zh-TW") == "zh-Hant"
    assert variant_tag("zh") == "zh-Hans"
    assert variant_tag("fi-FI") == "fi"
    assert variant_tag(None) == "en"
