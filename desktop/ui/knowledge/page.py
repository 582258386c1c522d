"""The Knowledge page's declaration: its mode-bar button, shortcuts and factory.

Mode-bar texts belong to the window's bar, so they translate in the ``MainWindow`` context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.ui.knowledge.view import PAGE_NAME, KnowledgeView
from desktop.ui.shell.pages import PageContext, PageShortcut, PageSpec


def _build(context: PageContext) -> KnowledgeView:
    return KnowledgeView(context.reader, context.ops, links=context.links)


def _tooltip() -> str:
    return QCoreApplication.translate("MainWindow", "Knowledge base (Ctrl+3 or Ctrl+K)")


SPEC = PageSpec(
    name=PAGE_NAME,
    title=lambda: QCoreApplication.translate("MainWindow", "Knowledge"),
    tooltip=_tooltip,
    shortcuts=(PageShortcut("page.knowledge"), PageShortcut("knowledge.search")),
    settings_key="window/kbSplitter",
    build=_build,
)
