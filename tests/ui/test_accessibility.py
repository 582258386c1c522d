"""Accessibility of the whole desk: every control a keyboard or a screen reader reaches has
a name, focus moves in reading order, and focus is always visible.

The main window is built over a cache with conversations, the demo knowledge base and a
team, signed in as a supervisor (so every page exists), with a conversation, an article
and the settings dialog open; then every focusable widget on every page is walked. A
control passes with an accessible name or visible text of its own (a button's label, a
check box's text); line edits, combo boxes, lists and tables need an accessible name,
because a placeholder or the current item is not a name.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.store import apply
from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from desktop.sync.engine import SyncEngine
from desktop.ui.settings.dialog import SettingsDialog
from desktop.ui.shell import style
from desktop.ui.shell.bridge import SyncBridge
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.window import INBOX_PAGE, KNOWLEDGE_PAGE, TEAM_PAGE, MainWindow
from protocol.entities import AgentData, ConversationData
from protocol.frames import AgentInfo, Event
from protocol.kinds.routing import QueueRoutingData, WrapupChoice
from tests.ui import fill
from tests.ui.calls.routing_desk import RoutingDesk, basics, call, offer
from tests.ui.fill import Filler
from tests.ui.kb_fill import fill_kb

SUPERVISOR = AgentInfo(
    id=9, username="supervisor01", display_name="Sanna Supervisor", role="supervisor"
)


def _where(widget: QWidget) -> str:
    chain: list[str] = []
    node: QWidget | None = widget
    while node is not None and len(chain) < 4:
        chain.append(f"{type(node).__name__}#{node.objectName() or '?'}")
        node = node.parentWidget()
    return " < ".join(chain)


def _own_text(widget: QWidget) -> str:
    """Text a screen reader announces as the control's name when it has no accessible
    name: a button's or check box's label, a tab bar's tabs."""
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "").strip()
    if isinstance(widget, QTabBar):
        return " ".join(widget.tabText(i) for i in range(widget.count())).strip()
    if isinstance(widget, QTabWidget):
        return " ".join(widget.tabText(i) for i in range(widget.count())).strip()
    return ""


NEEDS_A_NAME = (
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QAbstractSpinBox,
)


def unnamed(root: QWidget) -> list[str]:
    """Every visible focusable control under ``root`` with neither a name nor own text."""
    problems: dict[str, None] = {}  # ordered, without repeats
    for focusable in [root, *root.findChildren(QWidget)]:
        if focusable.focusPolicy() == Qt.FocusPolicy.NoFocus or not focusable.isVisible():
            continue
        if isinstance(focusable, QLabel):
            continue  # a label takes focus only to let its text be selected
        owner = focusable.parentWidget()
        if isinstance(owner, QComboBox):
            continue  # an editable combo box's line edit: the combo box carries the name
        widget = focusable
        if focusable.objectName().startswith("qt_") and owner is not None:
            # Qt's own part of a composite control (a spin box's or a key sequence edit's
            # line edit): the control it belongs to carries the name.
            widget = owner
        name = widget.accessibleName().strip()
        if isinstance(widget, NEEDS_A_NAME):
            ok = bool(name)
        elif isinstance(widget, (QAbstractButton, QTabBar, QTabWidget)):
            ok = bool(name or _own_text(widget))
        else:
            ok = bool(name) or widget is root
        if not ok:
            problems[_where(widget)] = None
    return list(problems)


@pytest.fixture
def desk(
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
    filler: Filler,
    cache: Cache,
    reader: CacheReader,
) -> Iterator[MainWindow]:
    """A supervisor's window over conversations, the knowledge base and a team."""
    del qloop
    filler.apply(
        fill.queue(1, "Support"),
        fill.conversation(1, name="Aino Virtanen"),
        ConversationData.model_validate(
            fill.conversation(2, name="Maria Garcia", channel="email").model_dump()
            | {"language": "en"}
        ),
        fill.message(10, 1, body="Hei, missä palautukseni on?"),
        fill.message(20, 2, body="Where is my refund? You promised the money back."),
    )
    team = [
        AgentData(id=1, username="agent01", display_name="Aino Agent"),
        AgentData(
            id=9, username="supervisor01", display_name="Sanna Supervisor", role="supervisor"
        ),
    ]
    batch = [
        Event(seq=filler.seq + 1 + i, kind=a.kind, id=a.id, data=a) for i, a in enumerate(team)
    ]
    filler.seq += len(batch)
    cache.writer.call(lambda c: apply.apply_events(c, batch, filler.seq))
    fill_kb(filler)
    bridge = SyncBridge()
    engine = SyncEngine(
        cache,
        "ws://127.0.0.1:9/ws",
        "not-a-real-token",
        on_changes=bridge.on_changes,
        on_state=bridge.on_state,
    )
    engine.agent = SUPERVISOR
    settings = QSettings(str(cache.path.parent / "desk.ini"), QSettings.Format.IniFormat)
    window = MainWindow(reader, bridge, Ops(), settings=settings)
    window.set_store(cache)
    window.set_actions(engine)
    window.set_agent(SUPERVISOR.display_name)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    with qtbot.waitSignal(window.inboxPainted, timeout=5000):
        window.show()
    yield window
    bridge.flush()
    window.close()


def _open_everything(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(INBOX_PAGE)
    assert window.inbox.select_id(2)
    qtbot.waitUntil(lambda: window.conversation.conversation is not None, timeout=2000)


def test_every_control_has_a_name(qtbot: QtBot, desk: MainWindow) -> None:
    window = desk
    assert window.role() == "supervisor"
    _open_everything(qtbot, window)
    problems = [f"inbox: {p}" for p in unnamed(window)]

    window.show_page(KNOWLEDGE_PAGE)
    view = window.knowledge
    view.search.setText("refund")
    view.run_search()
    assert view.results_model.rowCount()
    view.open_article(view.results_model.items[0].article_id)
    problems += [f"knowledge: {p}" for p in unnamed(window)]

    window.show_page(TEAM_PAGE)
    qtbot.waitUntil(lambda: window.page("team").isVisible(), timeout=2000)
    problems += [f"team: {p}" for p in unnamed(window)]
    team = window.page("team")
    visited: set[str] = set()
    for tabs in team.findChildren(QTabWidget):  # Open complaints, Privacy and its sections
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            visited.add(tabs.tabText(index))
            problems += [f"team/{tabs.tabText(index)}: {p}" for p in unnamed(window)]
    assert {"Open complaints", "Privacy", "Retention"} <= visited

    window.show_page("customer")
    qtbot.waitUntil(lambda: window.page("customer").isVisible(), timeout=2000)
    problems += [f"customer: {p}" for p in unnamed(window)]

    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        problems += [f"settings/{dialog.tabs.tabText(index)}: {p}" for p in unnamed(dialog)]
    dialog.reject()
    assert not problems, "controls without a name:\n" + "\n".join(problems)


def test_the_walk_finds_an_unnamed_control(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    field = QLineEdit(root)
    field.setPlaceholderText("Search")  # a placeholder is not a name
    icon_only = QToolButton(root)
    named = QPushButton("Send", root)
    root.show()
    assert len(unnamed(root)) == 2
    field.setAccessibleName("Search")
    icon_only.setAccessibleName("Close")
    assert unnamed(root) == []
    assert named.text() == "Send"


def test_focus_is_always_visible() -> None:
    for palette_name in ("light", "dark"):
        from desktop.ui.shell.palettes import PALETTES

        sheet = style.load_theme(PALETTES[palette_name])
        for selector in (
            "QPushButton:focus",
            "QToolButton:focus",
            "QLineEdit:focus",
            "QComboBox:focus",
            "QCheckBox:focus",
            "QAbstractItemView:focus",
            "QPlainTextEdit#replyEditor:focus",
            "QToolButton#modeButton:focus",
        ):
            assert selector in sheet, f"{palette_name}: no {selector}"


def test_focus_moves_in_reading_order(qtbot: QtBot, desk: MainWindow) -> None:
    """Tab goes mode bar → inbox → conversation → reply → context column, as the page
    reads left to right."""
    window = desk
    _open_everything(qtbot, window)
    order: list[QWidget] = []
    start = window.inbox.view
    widget: QWidget | None = start
    for _ in range(400):
        widget = widget.nextInFocusChain() if widget is not None else None
        if widget is None or widget is start:
            break
        if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            order.append(widget)
    reply = window.conversation.reply.editor
    assist = window.assist.view
    assert reply in order
    assert assist in order
    assert order.index(reply) < order.index(assist)


@pytest.fixture
def big_text(qapp: QApplication) -> Iterator[float]:
    """The system font at 150 %, set before the window is built (as at start-up), with
    the sheet filled for it; the application's own afterwards."""
    font, sheet = qapp.font(), qapp.styleSheet()
    bigger = style.app_font(font)
    bigger.setPointSizeF(style.BASE_POINTS * 1.5)
    qapp.setFont(bigger)
    qapp.setStyleSheet(style.load_theme(points=bigger.pointSizeF()))
    yield bigger.pointSizeF()
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)


@pytest.fixture
def big_desk(big_text: float, desk: MainWindow) -> MainWindow:
    """The supervisor's window built at 150 % text."""
    assert desk.font().pointSizeF() == pytest.approx(big_text)
    return desk


def _too_short(widget: QWidget) -> bool:
    """Shorter than its text needs (its size hint, or at least a line of its font)."""
    needed = min(widget.sizeHint().height(), widget.fontMetrics().height() + 2)
    return widget.isVisible() and widget.height() < needed


def test_text_grows_with_the_system_font(qtbot: QtBot, big_desk: MainWindow) -> None:
    """At 150 % text, controls and the key rows are as tall as their text: nothing is
    clipped (checked against size hints and font metrics, not pixels)."""
    window = big_desk
    _open_everything(qtbot, window)
    qtbot.waitUntil(lambda: window.assist.model.rowCount() > 0, timeout=3000)
    widgets: list[QWidget] = list(
        dict.fromkeys(  # in order, once each
            [
                window.conversation.reply.editor,
                window.statusBar(),
                *window.statusBar().findChildren(QWidget),
                *window.findChildren(QPushButton),
                *window.findChildren(QComboBox),
                *window.findChildren(QLineEdit),
                *window.findChildren(QToolButton),
            ]
        )
    )
    clipped = [
        f"{_where(w)}: {w.height()} px, needs {w.sizeHint().height()}"
        for w in widgets
        if _too_short(w)
    ]
    line = window.fontMetrics().height()
    assist = window.assist
    for row in range(assist.model.rowCount()):
        height = assist.view.visualRect(assist.model.index(row)).height()
        if height < line:
            clipped.append(f"suggestion {row}: {height} px for a {line} px line")
    pane = window.conversation
    for row in range(pane.model.rowCount()):
        height = pane.view.visualRect(pane.model.index(row, 0)).height()
        if height < 2 * line:  # the author line and one line of text
            clipped.append(f"message {row}: {height} px for two {line} px lines")
    column = window.details.parentWidget()  # the context column's viewport
    assert column is not None
    if window.details.minimumSizeHint().width() > column.width():
        clipped.append(
            f"context column: needs {window.details.minimumSizeHint().width()} px,"
            f" has {column.width()}"
        )
    assert not clipped, "\n".join(clipped)


def test_inbox_rows_fit_three_lines_of_big_text(big_desk: MainWindow) -> None:
    """Inbox rows are as tall as their three lines at 150 % text (they were 76 px)."""
    window = big_desk
    line = window.inbox.view.fontMetrics().height()
    row = window.inbox.view.visualRect(window.inbox_model.index(0)).height()
    assert row >= 3 * line + 16  # name, preview, channel/queue/SLA; 4 px between and around


def test_the_work_strip_controls_have_names(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, cache: Cache, reader: CacheReader
) -> None:
    """The ringing offer, the call panel and after-call work, each as the agent sees it."""
    del qloop
    desk = RoutingDesk(qtbot, cache, reader)
    desk.apply(*basics())
    with qtbot.waitSignal(desk.window.inboxPainted, timeout=5000):
        desk.window.show()
    try:
        strip = desk.window.work
        desk.apply(call(talk_seconds=0.0))
        assert strip.call.isVisible()
        problems = [f"call: {p}" for p in unnamed(strip)]
        desk.apply(offer())
        assert strip.banner.isVisible()
        problems += [f"offer: {p}" for p in unnamed(strip)]
        desk.apply(
            QueueRoutingData(
                id=1,
                acw_seconds=30,
                wrapup_required=True,
                wrapup_codes=[WrapupChoice(code="solved", label="Solved")],
            ),
            offer(
                state="accepted",
                phase="acw",
                acw_until=time.time() + 30,
                wrapup_required=True,
                ended_at=time.time(),
            ),
        )
        assert strip.wrapup.isVisible()
        problems += [f"after-call work: {p}" for p in unnamed(strip)]
        assert not problems, "controls without a name:\n" + "\n".join(problems)
    finally:
        desk.window.close()
