"""Fill-ins of canned replies in the reply box: selected on insertion, Tab and
Shift+Tab round them (two snippets, emoji before them), typing replaces them, Send asks
while one is left; the editor grows with a long reply. Over a real cache, no server."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.models.canned import CannedReply
from desktop.ui.conversation.reply import EDITOR_GROWS_TO, EDITOR_HEIGHT
from tests.ui.conversation.test_canned_picker import PaneDesk, desk, make_desk

__all__ = ["desk", "make_desk"]  # the picker tests' fixtures, used here too


def test_fill_ins_are_selected_tabbed_through_and_replaced(desk: PaneDesk) -> None:
    desk.open(2)
    desk.type("/refund")
    desk.key(Qt.Key.Key_Return)
    text = desk.editor.toPlainText()
    assert text.startswith("Hei Aino, tilauksen {{fill:order number}} hyvitys")
    assert desk.selected() == "{{fill:order number}}"  # the first fill-in, selected
    desk.type("A-1001")
    assert "tilauksen A-1001 hyvitys" in desk.editor.toPlainText()
    # None left: Tab leaves the editor as it always did.
    desk.key(Qt.Key.Key_Tab)
    assert not desk.editor.hasFocus()


def test_tab_and_shift_tab_move_between_fill_ins_of_two_snippets(desk: PaneDesk) -> None:
    """Two snippets in one reply: each keeps its fill-ins; Tab goes round them all."""
    desk.open(1)
    desk.type("/refund")
    desk.key(Qt.Key.Key_Return)
    desk.key(Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    desk.key(Qt.Key.Key_Return)
    desk.type("/order")
    desk.key(Qt.Key.Key_Return)
    text = desk.editor.toPlainText()
    assert text.count("{{fill:order number}}") == 1
    assert "\nOrder {order.number} for conversation #1 is on its way." in text
    assert desk.pane.reply.snippet_note.isVisible()  # {order.number} is not known yet
    assert "{order.number}" in desk.pane.reply.snippet_note.text()
    desk.key(Qt.Key.Key_Tab)  # wraps round to the first snippet's fill-in
    assert desk.selected() == "{{fill:order number}}"
    desk.key(Qt.Key.Key_Backtab)
    assert desk.selected() == "{{fill:order number}}"  # the only one: Shift+Tab stays
    desk.type("B-2002")
    assert "your refund for order B-2002 has been approved" in desk.editor.toPlainText()
    assert "{{fill:" not in desk.editor.toPlainText()


def test_tab_cycles_forward_and_back_through_several_fill_ins(
    make_desk: Callable[[tuple[CannedReply, ...]], PaneDesk],
) -> None:
    delay = CannedReply(
        id=8,
        scope="shared",
        shortcut="delay",
        title="Delivery delay",
        variants={"en": "Parcel {{fill:tracking code}} arrives by {{fill:date}} at {{fill:time}}."},
    )
    desk = make_desk((delay,))
    desk.open(1)
    desk.type("/delay")
    desk.key(Qt.Key.Key_Return)
    assert desk.selected() == "{{fill:tracking code}}"
    desk.key(Qt.Key.Key_Tab)
    assert desk.selected() == "{{fill:date}}"
    desk.key(Qt.Key.Key_Tab)
    assert desk.selected() == "{{fill:time}}"
    desk.key(Qt.Key.Key_Backtab)
    assert desk.selected() == "{{fill:date}}"
    desk.type("Friday")
    desk.key(Qt.Key.Key_Tab)
    assert desk.selected() == "{{fill:time}}"
    desk.type("9")
    desk.key(Qt.Key.Key_Tab)
    assert desk.selected() == "{{fill:tracking code}}"
    desk.type("JJFI123")
    assert desk.editor.toPlainText() == "Parcel JJFI123 arrives by Friday at 9."


def test_send_asks_while_a_fill_in_is_left(desk: PaneDesk, qtbot: QtBot) -> None:
    desk.open(1)
    desk.type("/refund")
    desk.key(Qt.Key.Key_Return)
    desk.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    warning = desk.pane.reply.warning
    assert warning.isVisible()
    assert "order number" in warning.text.text()
    assert desk.replies() == []
    # "Fill in" goes back to the fill-in, selected.
    warning.edit.click()
    assert not warning.isVisible()
    assert desk.selected() == "{{fill:order number}}"
    # Sent anyway, on request: it goes as it is.
    desk.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(desk.pane.replyQueued):
        warning.send_anyway.click()
    [(cid, body, note)] = desk.replies()
    assert (cid, note) == (1, False)
    assert "{{fill:order number}}" in body


def test_a_filled_snippet_is_sent_without_a_question(desk: PaneDesk, qtbot: QtBot) -> None:
    desk.open(2)
    desk.type("/refund")
    desk.key(Qt.Key.Key_Return)
    desk.type("A-7")
    with qtbot.waitSignal(desk.pane.replyQueued):
        desk.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [(cid, body, _note)] = desk.replies()
    assert cid == 2
    assert body.startswith("Hei Aino, tilauksen A-7 hyvitys on hyväksytty.")


def test_the_editor_grows_with_a_long_reply_and_shrinks_after(
    make_desk: Callable[[tuple[CannedReply, ...]], PaneDesk], qtbot: QtBot
) -> None:
    long_one = CannedReply(
        id=60,
        scope="shared",
        shortcut="terms",
        title="Terms",
        variants={"en": "Our terms say this and that. " * 120},
    )
    desk = make_desk((long_one,))
    desk.open(1)
    editor = desk.editor
    assert editor.height() == EDITOR_HEIGHT
    desk.type("/terms")
    desk.key(Qt.Key.Key_Return)
    tallest = int(desk.pane.window().height() * EDITOR_GROWS_TO)
    qtbot.waitUntil(lambda: editor.height() == tallest)
    editor.selectAll()
    desk.key(Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: editor.height() == EDITOR_HEIGHT)


def test_fill_ins_after_emoji_and_rare_han_are_selected_exactly(
    make_desk: Callable[[tuple[CannedReply, ...]], PaneDesk],
) -> None:
    """Qt counts an emoji or a CJK Extension B character as two positions."""
    wide = CannedReply(
        id=70,
        scope="shared",
        shortcut="wide",
        title="Wide",
        variants={"en": "Thanks 😊 𠀀 {{fill:first}} and 🎉 {{fill:second}}!"},
    )
    desk = make_desk((wide,))
    desk.open(1)
    desk.commit("👋 ")
    desk.type("/wide")
    desk.key(Qt.Key.Key_Return)
    assert desk.selected() == "{{fill:first}}"
    desk.key(Qt.Key.Key_Tab)
    assert desk.selected() == "{{fill:second}}"
    desk.type("B")
    desk.key(Qt.Key.Key_Backtab)
    assert desk.selected() == "{{fill:first}}"
    desk.type("A")
    assert desk.editor.toPlainText() == "👋 Thanks 😊 𠀀 A and 🎉 B!"


def test_variables_left_are_noted_until_replaced_and_asked_about(
    desk: PaneDesk, qtbot: QtBot
) -> None:
    """{order.number} (unknown until the customer 360 issue) stays in the text: said
    under the editor, tinted, asked about on Send; gone once the agent replaces it, and
    said again for a draft that still holds one."""
    desk.open(1)
    desk.type("/order")
    desk.key(Qt.Key.Key_Return)
    desk.key(Qt.Key.Key_Return)
    desk.type("/refund")
    desk.key(Qt.Key.Key_Return)  # a snippet without unknown variables after it
    note = desk.pane.reply.snippet_note
    assert note.isVisible()
    assert note.text() == "Fill in by hand: {order.number}"
    assert len(desk.editor.extraSelections()) == 2  # the variable and the fill-in
    desk.type("A-1")
    desk.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    warning = desk.pane.reply.warning
    assert warning.isVisible()
    assert "{order.number}" in warning.text.text()
    warning.edit.click()
    text = desk.editor.toPlainText()
    cursor = desk.editor.textCursor()
    cursor.setPosition(text.index("{order.number}"))
    cursor.setPosition(
        text.index("{order.number}") + len("{order.number}"), cursor.MoveMode.KeepAnchor
    )
    desk.editor.setTextCursor(cursor)
    desk.type("A-1")
    assert not note.isVisible()
    assert desk.editor.extraSelections() == []
    with qtbot.waitSignal(desk.pane.replyQueued):
        desk.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    desk.pane.reply.load(1, "Order {order.number} is late")
    assert note.isVisible()
