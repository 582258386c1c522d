"""Search hits keep their own heights when their column narrows: rows are laid out again for
the new width and never overlap (seen at 1024 px: three hits painted over each other)."""

from __future__ import annotations

from PySide6.QtWidgets import QListView
from pytestqt.qtbot import QtBot

from tests.ui.kb_fill import KbDesk


def _laid_out_as_hinted(view: QListView) -> bool:
    model = view.model()
    rects = [view.visualRect(model.index(r, 0)) for r in range(model.rowCount())]
    hints = [view.sizeHintForRow(r) for r in range(model.rowCount())]
    tops = [rect.top() for rect in rects]
    heights = [rect.height() for rect in rects]
    stacked = all(tops[i] + heights[i] <= tops[i + 1] for i in range(len(rects) - 1))
    return stacked and heights == hints


def test_hits_follow_the_width(qtbot: QtBot, kb_desk: KbDesk) -> None:
    window = kb_desk.window
    window.resize(1920, 1080)
    view = window.knowledge
    view.search.setText("refund")
    view.run_search()
    results = view.results
    assert view.results_model.rowCount() >= 3
    view.splitter.setSizes([280, 700, 940])  # a wide results column
    qtbot.waitUntil(lambda: results.viewport().width() > 600, timeout=2000)
    qtbot.waitUntil(lambda: _laid_out_as_hinted(results), timeout=2000)
    wide = [results.visualRect(view.results_model.index(r)).height() for r in range(3)]

    view.splitter.setSizes([280, 240, 1400])  # narrow: only the width changes
    qtbot.waitUntil(lambda: results.viewport().width() < 260, timeout=2000)
    qtbot.waitUntil(lambda: _laid_out_as_hinted(results), timeout=2000)
    narrow = [results.visualRect(view.results_model.index(r)).height() for r in range(3)]
    assert sum(narrow) > sum(wide)
