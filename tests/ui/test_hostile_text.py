"""Every untrusted string the desk shows is plain text.

A cache full of hostile data (rich-text tags, ``<img src=file:///etc/hosts>``, bidi
overrides, control characters, a 10,000-character name, CJK) under the real main window;
the test opens a conversation, the context column, a call script, the Knowledge view, a
toast and the Customers page (recent customers, header, every tab), then walks every
widget: each label must be ``Qt.PlainText``, no tooltip or
item-view rich text may carry an untrusted tag, and no visible text may keep a bidi
override or a control character.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QStyleOptionViewItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.models.changes import Notice
from desktop.store.reader import CacheReader
from desktop.ui.customer.page import CustomerPage
from desktop.ui.knowledge.models import HtmlRole
from desktop.ui.shell.bridge import SyncBridge
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.window import INBOX_PAGE, KNOWLEDGE_PAGE, MainWindow
from desktop.widgets.plain import display_text, safe_tooltip
from tests.ui.fill import Filler
from tests.ui.hostile_fill import (
    AGENT,
    BIDI_AND_CONTROLS,
    C0,
    FAKE_NOTE,
    LOCAL_IMAGE,
    LONG_NAME,
    RLO_FILE,
    TAGS,
    fill_hostile,
    fill_hostile_customer,
)
from tests.ui.kb_fill import fill_kb

HOSTILE_MARKUP = (
    "<b style=",
    "<img src=",
    "<a href=",
    "<u>Agent",
    "<font color",
    "<i>Support",
    "<i>斜体",
    "<i>Reason",
    "<b>Refund",
)
UNTRUSTED_TAG = re.compile(r"<\s*/?\s*(b|img|i|u|font|a|script|table)\b", re.IGNORECASE)


def _rich_problems(where: str, text: str) -> list[str]:
    """Rich text (a tooltip Qt will render, a delegate's HTML) must not carry markup that
    came from the data: each hostile tag may appear only escaped (shown as characters)."""
    found = [tag for tag in HOSTILE_MARKUP if tag in text]
    if found:
        return [f"{where}: renders hostile markup {found}: {text[:120]!r}"]
    doc = QTextDocument()
    doc.setHtml(text)
    shown = doc.toPlainText()
    if "SUPERVISOR NOTE" in shown and "<b style=" not in shown:
        return [f"{where}: the fake note renders as markup: {text[:120]!r}"]
    return []


def _visible_problems(where: str, text: str) -> list[str]:
    bad = sorted({f"U+{ord(c):04X}" for c in text if c in BIDI_AND_CONTROLS})
    return [f"{where}: shows {', '.join(bad)} in {text[:80]!r}"] if bad else []


def _indexes(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[QModelIndex]:
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from _indexes(model, index)


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}#{widget.objectName() or '?'}"


def walk(window: MainWindow) -> list[str]:
    """Every problem in the window's widgets, tooltips and item views."""
    problems: list[str] = []
    widgets = [window, *window.findChildren(QWidget)]
    for label in window.findChildren(QLabel):
        if label.textFormat() != Qt.TextFormat.PlainText:
            problems.append(
                f"{_name(label)} in {_name(label.parentWidget() or window)}: "
                f"text format {label.textFormat().name}, shows {label.text()[:60]!r}"
            )
        problems += _visible_problems(_name(label), label.text())
    for widget in widgets:
        tip = widget.toolTip()
        if tip and QtGui.Qt.mightBeRichText(tip):
            problems += _rich_problems(f"tooltip of {_name(widget)}", tip)
        elif tip and UNTRUSTED_TAG.search(tip) and QtGui.Qt.mightBeRichText(tip.split("\n")[0]):
            problems.append(f"tooltip of {_name(widget)} renders as markup: {tip[:80]!r}")
        problems += _visible_problems(f"tooltip of {_name(widget)}", tip)
        if isinstance(widget, QAbstractButton):
            problems += _visible_problems(_name(widget), widget.text())
        if isinstance(widget, QLineEdit):
            problems += _visible_problems(_name(widget), widget.placeholderText())
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                problems += _visible_problems(_name(widget), widget.itemText(i))
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for index in _indexes(model):
            where = f"{_name(view)} row {index.row()}"
            html = index.data(HtmlRole)
            if isinstance(html, str) and html:
                problems += _rich_problems(where, html)
                doc = QTextDocument()
                doc.setHtml(html)
                problems += _visible_problems(where, doc.toPlainText())
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str) and QtGui.Qt.mightBeRichText(tip):
                problems += _rich_problems(f"{where} tooltip", tip)
            shown = index.data(Qt.ItemDataRole.DisplayRole)
            if isinstance(shown, str):
                problems += _visible_problems(where, shown)
    return problems


def test_display_text_neutralises_bidi_and_controls() -> None:
    assert display_text(RLO_FILE) == "invoice exe.txt"
    assert display_text(C0) == "bell esc[31mred[0m nul backspace"
    assert display_text("tab\tand\nnewline") == "tab\tand\nnewline"
    assert display_text("mark\u200fs stay") == "mark\u200fs stay"
    assert display_text(FAKE_NOTE) == FAKE_NOTE  # markup is not removed: it is shown
    tip = safe_tooltip(FAKE_NOTE)
    assert QtGui.Qt.mightBeRichText(tip)
    doc = QTextDocument()
    doc.setHtml(tip)
    assert doc.toPlainText() == FAKE_NOTE


def test_every_widget_shows_hostile_data_as_plain_text(
    qtbot: QtBot, filler: Filler, reader: CacheReader
) -> None:
    fill_kb(filler)  # the demo knowledge base, and hostile articles among it
    fill_hostile(filler)
    fill_hostile_customer(filler)
    bridge = SyncBridge()
    window = MainWindow(reader, bridge, Ops())
    qtbot.addWidget(window)
    window.resize(1400, 860)
    with qtbot.waitSignal(window.inboxPainted, timeout=5000):
        window.show()
    window.set_agent(AGENT)

    # The conversation with the fake supervisor note: header, messages, context column.
    assert window.inbox.select_id(1)
    pane = window.conversation
    assert pane.conversation is not None
    assert pane.customer.full_text() == FAKE_NOTE  # the tags are characters on screen
    assert pane.customer.text().startswith('<b style="color:red')
    assert pane.customer.textFormat() == Qt.TextFormat.PlainText
    assert pane.model.rowCount() == 3
    assert window.details.text("name") == FAKE_NOTE
    assert window.scripts.start_script("hostile-script")
    assert "Hello " + FAKE_NOTE in window.scripts.step_text.text()
    assert AGENT in window.scripts.step_text.text()

    # A toast and a refused-change notice carrying hostile text.
    window.on_failed("send the reply", LOCAL_IMAGE + " " + FAKE_NOTE)
    assert window.toast.isVisible()
    assert LOCAL_IMAGE in window.toast.text.text()
    problems = walk(window)

    # The 10,000-character name elides instead of widening the window.
    assert window.inbox.select_id(4)
    assert pane.customer.full_text() == LONG_NAME
    assert len(pane.customer.text()) < 1000
    assert window.width() <= 1400
    assert pane.width() < 1400
    option = QStyleOptionViewItem()
    option.font = pane.view.font()
    _body, bubble, _meta_h, _lines = pane.delegate._layout(option, pane.model.rows()[0])
    assert bubble.width() <= pane.view.viewport().width()  # the author's name is elided
    window.show_page(INBOX_PAGE)
    window.on_notice(Notice("reply_rejected", FAKE_NOTE + RLO_FILE, 4))
    problems += walk(window)

    # The Knowledge view: browse tree, search hits (highlighted), the reader.
    window.show_page(KNOWLEDGE_PAGE)
    view = window.knowledge
    view.search.setText("quokka")
    view.run_search()
    assert view.results_model.rowCount() == 2
    view.results.setCurrentIndex(view.results_model.index(0))
    view.open_article(view.results_model.items[0].article_id)
    problems += walk(window)
    shown = view.article_reader.browser.toPlainText()
    assert FAKE_NOTE in shown  # raw HTML in the body is shown as text
    assert LOCAL_IMAGE in shown  # the title's markup too
    problems += _visible_problems("the article reader", shown)
    body = view.article_reader.browser.toHtml().split("<body", 1)[1]
    assert "<img" not in body  # no image at all: neither the title's nor a local file

    problems += _walk_customer(qtbot, window)
    assert not problems, "\n".join(problems)
    assert all(tag not in window.windowTitle() for tag in TAGS)


def _walk_customer(qtbot: QtBot, window: MainWindow) -> list[str]:
    """The Customers page over the hostile customer: the recent list, the header, then
    every tab (timeline, orders, notes, promises, the complaint's details and tasks)."""
    (page,) = window.findChildren(CustomerPage)
    window.show_page("customer")
    assert page.finder.results.count() >= 1  # recent customers, hostile names among them
    problems = walk(window)
    with qtbot.waitSignal(page.profileShown):
        page.show_customer(1)
    assert page.header.name.full_text() == FAKE_NOTE
    assert page.timeline_model.rowCount() == 3
    assert page.orders_model.rowCount() == 2
    assert page.notes.list.count() == 2  # the profile's note and the synced one
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        problems += walk(window)
    assert page.complaints.selected_id() == 1
    shown = " ".join(label.text() for label in page.complaints.findChildren(QLabel))
    assert "<b style=" in shown  # the description's markup is characters on screen
    assert "\u202e" not in shown
    return problems
