"""The desk's pages, in mode-bar order: the one list the main window is built from.

Adding a page (customer, schedule, KPI, calls): a package ``desktop/ui/<page>/`` whose
``page.py`` has a ``PageWidget`` subclass and its ``SPEC`` (name, mode-bar text and
tooltip, shortcuts, settings key, factory, and ``roles`` if only some agents may see it),
then one entry below. The window makes its
button, its shortcuts and its place in the stack, and calls it for changes, the engine,
the agent, the connection and its saved layout; cross-page requests go through
``PageLinks``. See ``desktop/ui/shell/pages.py``.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.ui.customer import page as customer
from desktop.ui.inbox import page as inbox
from desktop.ui.knowledge import page as knowledge
from desktop.ui.kpi import page as kpi
from desktop.ui.schedule import page as schedule
from desktop.ui.shell.pages import PageSpec
from desktop.ui.team import page as team

DESK_PAGES: Sequence[PageSpec] = (
    inbox.SPEC,
    knowledge.SPEC,
    customer.SPEC,
    schedule.SPEC,
    kpi.SPEC,
    team.SPEC,
)


def page_index(name: str, pages: Sequence[PageSpec] = DESK_PAGES) -> int:
    """Where the page ``name`` sits in the stack and the mode bar."""
    return next(i for i, spec in enumerate(pages) if spec.name == name)


INBOX_PAGE = page_index(inbox.SPEC.name)
KNOWLEDGE_PAGE = page_index(knowledge.SPEC.name)
TEAM_PAGE = page_index(team.SPEC.name)
CUSTOMER_PAGE = page_index(customer.SPEC.name)
SCHEDULE_PAGE = page_index(schedule.SPEC.name)
KPI_PAGE = page_index(kpi.SPEC.name)
