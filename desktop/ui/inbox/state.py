"""What the agent chose in the inbox (view, filters, sort), how it orders rows, and how
it is kept between runs.

The choice is a frozen value so the panel, the model and the page's saved state agree on
one thing; :func:`sort_key` turns a conversation into an ascending key for the chosen
order, so the model can find a row by binary search whatever the order.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any

from desktop.store.readers.conversations import VIEWS, InboxFilter
from desktop.store.readers.sla import SlaTimer

SORTS = ("activity", "waiting", "sla")
"""Last activity (newest first), waiting time (the customer waiting longest first), SLA
(the response due soonest first; conversations owing none last)."""
STATUSES = ("open", "pending", "snoozed", "resolved")
MAX_STATE_BYTES = 4_096
"""A saved state longer than this is not ours (or is damaged) and is ignored."""

Key = tuple[float, float, int]


@dataclass(frozen=True)
class InboxChoice:
    """The view, filters and sort the agent chose; ``filter()`` adds who the agent is."""

    view: str = "all"
    statuses: frozenset[str] = frozenset()
    channel: str | None = None
    queue_id: int | None = None
    language: str | None = None
    sla_at_risk: bool = False
    sort: str = "activity"

    def filter(self, agent_id: int | None, queue_ids: frozenset[int] | None) -> InboxFilter:
        return InboxFilter(
            statuses=self.statuses,
            channel=self.channel,
            sla_at_risk=self.sla_at_risk,
            view=self.view,
            agent_id=agent_id,
            queue_ids=queue_ids,
            queue_id=self.queue_id,
            language=self.language,
        )

    @property
    def narrowed(self) -> bool:
        """Whether any filter beyond the view is on (the "Clear" action is offered)."""
        return bool(
            self.statuses
            or self.channel
            or self.queue_id is not None
            or self.language
            or self.sla_at_risk
        )

    def cleared(self) -> InboxChoice:
        """The same view and sort without filters."""
        return InboxChoice(view=self.view, sort=self.sort)

    def to_json(self) -> dict[str, Any]:
        return {
            "view": self.view,
            "statuses": sorted(self.statuses),
            "channel": self.channel,
            "queue_id": self.queue_id,
            "language": self.language,
            "sla_at_risk": self.sla_at_risk,
            "sort": self.sort,
        }

    @classmethod
    def from_json(cls, raw: object) -> InboxChoice:
        """A choice from saved JSON; anything unknown or malformed falls back to the
        default for that field (settings files are edited by hand, or by older desks)."""
        if not isinstance(raw, dict):
            return cls()
        choice = cls()
        view = raw.get("view")
        if view in VIEWS:
            choice = replace(choice, view=str(view))
        sort = raw.get("sort")
        if sort in SORTS:
            choice = replace(choice, sort=str(sort))
        statuses = raw.get("statuses")
        if isinstance(statuses, list):
            choice = replace(
                choice,
                statuses=frozenset(s for s in statuses if isinstance(s, str) and s in STATUSES),
            )
        channel = raw.get("channel")
        if isinstance(channel, str) and 0 < len(channel) <= 16:
            choice = replace(choice, channel=channel)
        queue_id = raw.get("queue_id")
        if isinstance(queue_id, int) and not isinstance(queue_id, bool) and queue_id > 0:
            choice = replace(choice, queue_id=queue_id)
        language = raw.get("language")
        if isinstance(language, str) and 0 < len(language) <= 35:
            choice = replace(choice, language=language)
        if raw.get("sla_at_risk") is True:
            choice = replace(choice, sla_at_risk=True)
        return choice


def sort_key(sort: str, cid: int, at: float, timer: SlaTimer | None) -> Key:
    """An ascending key for ``sort``: ``at`` is the row's activity time (the newest
    mention's in the Mentions view); ``timer`` its SLA timer (``None``: nothing due).
    Conversations owing no response go after the others in the waiting and SLA orders,
    newest activity first among themselves; the id breaks ties, so keys are unique (the
    last element is minus the id: the model reads ids back from sorted keys)."""
    if sort == "waiting" and timer is not None:
        return (0.0, timer.since, -cid)
    if sort == "sla" and timer is not None:
        return (0.0, timer.due_at, -cid)
    if sort == "activity":
        return (0.0, -at, -cid)
    return (1.0, -at, -cid)


def dump_states(states: dict[str, InboxChoice], splitter: bytes, last: str) -> bytes:
    """The page's saved state: the splitter's bytes (hex) and each agent's choice."""
    return json.dumps(
        {
            "splitter": splitter.hex(),
            "last": last,
            "agents": {name: choice.to_json() for name, choice in states.items()},
        }
    ).encode()


def load_states(data: bytes) -> tuple[dict[str, InboxChoice], bytes | None, str]:
    """What :func:`dump_states` wrote: (choices by agent, splitter bytes, last agent).
    Bytes that are not such JSON are an older desk's splitter state: kept as the splitter.
    """
    if len(data) > MAX_STATE_BYTES * 16:
        return {}, None, ""
    try:
        raw = json.loads(data.decode())
    except (UnicodeDecodeError, ValueError):
        return {}, data, ""
    if not isinstance(raw, dict):
        return {}, data, ""
    splitter: bytes | None = None
    try:
        splitter = bytes.fromhex(str(raw.get("splitter", "")))
    except ValueError:
        splitter = None
    agents = raw.get("agents")
    states = (
        {str(name): InboxChoice.from_json(value) for name, value in agents.items()}
        if isinstance(agents, dict)
        else {}
    )
    last = raw.get("last")
    return states, splitter or None, str(last) if isinstance(last, str) else ""


@dataclass(frozen=True)
class InboxAgent:
    """Who the inbox is for: Mine needs the id, Mentions the names, Unassigned and All the
    queues the agent works (``None``: every cached queue, as for a supervisor)."""

    agent_id: int | None = None
    username: str = ""
    display_name: str = ""
    queue_ids: frozenset[int] | None = None

    @property
    def handles(self) -> tuple[str, ...]:
        """How a colleague mentions the agent in a note: ``@username``, ``@Display Name``."""
        return tuple(f"@{name}" for name in (self.username, self.display_name) if name.strip())
