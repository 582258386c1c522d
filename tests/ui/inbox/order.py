"""Reading an inbox model's order in tests."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.ui.inbox.model import InboxModel


def ids_in(model: InboxModel, rows: Iterable[int]) -> list[int]:
    """The ids shown at ``rows``."""
    return [model.id_at(r) for r in rows]
