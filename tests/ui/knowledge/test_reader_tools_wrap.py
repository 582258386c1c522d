"""The article reader's tools wrap when the pane is narrow (large text at 1024 px) instead
of making the window wider; wide, they sit on one row with the actions at the right."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.widgets.flow import FlowLayout
from tests.ui.kb_fill import KbDesk


def _flow(qtbot: QtBot) -> tuple[QWidget, list[QPushButton]]:
    host = QWidget()
    qtbot.addWidget(host)
    flow = FlowLayout(host, spacing=6)
    flow.setContentsMargins(0, 0, 0, 0)
    buttons = [QPushButton(text) for text in ("First", "Second choice", "Third action")]
    for button in buttons:
        flow.addWidget(button)
    host.show()
    return host, buttons


def test_one_row_when_wide_the_last_at_the_right(qtbot: QtBot) -> None:
    host, buttons = _flow(qtbot)
    host.resize(800, 200)
    qtbot.waitUntil(lambda: host.width() == 800)
    tops = {b.geometry().top() for b in buttons}
    assert len(tops) == 1
    assert buttons[-1].geometry().right() == 799
    assert buttons[0].geometry().left() == 0


def test_wraps_when_narrow_and_is_as_narrow_as_its_widest_item(qtbot: QtBot) -> None:
    host, buttons = _flow(qtbot)
    widest = max(b.sizeHint().width() for b in buttons)
    layout = host.layout()
    assert layout is not None
    assert layout.minimumSize().width() == widest
    host.resize(widest, 300)
    qtbot.waitUntil(lambda: host.width() == widest)
    tops = [b.geometry().top() for b in buttons]
    assert tops == sorted(set(tops))  # three rows, top to bottom
    assert layout.heightForWidth(widest) > layout.heightForWidth(800)
    for i, button in enumerate(buttons):
        for other in buttons[i + 1 :]:
            assert not button.geometry().intersects(other.geometry())


def test_the_reader_does_not_widen_the_window(kb_desk: KbDesk) -> None:
    reader = kb_desk.window.knowledge.article_reader
    tools = [
        reader.language,
        reader.favourite,
        reader.copy_button,
        reader.link_button,
        reader.insert_button,
    ]
    in_one_row = sum(w.sizeHint().width() for w in tools)
    assert reader.minimumSizeHint().width() < in_one_row
