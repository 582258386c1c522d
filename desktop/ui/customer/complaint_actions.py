"""How the complaint views send an op: through the sync engine's outbox
(``SyncEngine.queue_change`` with ``outbox.queue_complaint_change``), so it shows at once
as pending, works offline and rolls back with the server's reason if refused.

The views hold the engine only as this protocol (what they ask of it), never the class.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from desktop.models.changes import Changes
from desktop.ui.shell.ops import Ops

if TYPE_CHECKING:
    from desktop.store.outbox_complaints import ComplaintOp
    from protocol.frames import AgentInfo


class QueueActions(Protocol):
    """The part of the sync engine the complaint views use."""

    agent: AgentInfo | None

    async def queue_change(self, work: Callable[..., tuple[int, Changes]]) -> int: ...


def agent_id(actions: object | None) -> int | None:
    """The signed-in agent's id, if the engine knows it yet."""
    agent = getattr(actions, "agent", None)
    value = getattr(agent, "id", None)
    return value if isinstance(value, int) else None


def send(
    actions: object | None,
    ops: Ops,
    change: ComplaintOp,
    *,
    on_error: Callable[[str], None],
    on_done: Callable[[int], None] | None = None,
) -> bool:
    """Queue ``change``; False (and ``on_error`` with why) when there is no engine yet.
    ``on_error`` also gets the cache's refusal (an illegal move, a complaint the server
    has not confirmed)."""
    from desktop.store import outbox  # the store's writes load with the engine

    queue = getattr(actions, "queue_change", None)
    if queue is None:
        on_error(ops.tr("Not signed in yet: try again in a moment."))
        return False
    me = agent_id(actions)
    ops.run(
        queue(lambda conn: outbox.queue_complaint_change(conn, change, me)),
        what="complaint",
        on_done=on_done,
        on_error=lambda error: on_error(str(error)),
    )
    return True
