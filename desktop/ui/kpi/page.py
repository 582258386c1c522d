"""The My KPIs page (issue 11 part 6): filled by the KPI work."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.store.reader import CacheReader
from desktop.ui.shell.pages import PageContext, PageLinks, PageShortcut, PageSpec, PageWidget

PAGE_NAME = "kpi"


class KpiPage(PageWidget):
    """The agent's KPIs today, this week and as a trend, against the targets."""

    def __init__(self, reader: CacheReader, links: PageLinks) -> None:
        super().__init__()
        self.reader = reader
        self.links = links


def _build(context: PageContext) -> KpiPage:
    return KpiPage(context.reader, context.links)


SPEC = PageSpec(
    name=PAGE_NAME,
    title=lambda: QCoreApplication.translate("MainWindow", "My KPIs"),
    tooltip=lambda: QCoreApplication.translate(
        "MainWindow", "Your own figures against the centre's targets (Ctrl+6)"
    ),
    shortcuts=(PageShortcut("page.kpi"),),
    settings_key="window/kpi",
    build=_build,
)
