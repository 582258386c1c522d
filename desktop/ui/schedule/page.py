"""The My day page (issue 11 part 2): filled by the schedule work."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout

from desktop.store.reader import CacheReader
from desktop.ui.schedule.trades import TradesPanel
from desktop.ui.shell.pages import PageContext, PageLinks, PageShortcut, PageSpec, PageWidget

PAGE_NAME = "schedule"


class SchedulePage(PageWidget):
    """Today, the weeks ahead, breaks and adherence; swaps and time off in a tab."""

    def __init__(self, reader: CacheReader, links: PageLinks) -> None:
        super().__init__()
        self.reader = reader
        self.links = links
        layout = QVBoxLayout(self)
        self.trades = TradesPanel(reader, links, self)
        layout.addWidget(self.trades)


def _build(context: PageContext) -> SchedulePage:
    return SchedulePage(context.reader, context.links)


SPEC = PageSpec(
    name=PAGE_NAME,
    title=lambda: QCoreApplication.translate("MainWindow", "My day"),
    tooltip=lambda: QCoreApplication.translate(
        "MainWindow", "Your schedule, breaks, swaps and time off (Ctrl+5)"
    ),
    shortcuts=(PageShortcut("page.schedule"),),
    settings_key="window/schedule",
    build=_build,
)
