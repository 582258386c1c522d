"""The routing decision, pure: which agent gets this contact, and why. No I/O, no clock.

Rules, in order:

1. Only *routable* agents: presence available (or busy on contacts of other channels with
   room), no offer ringing on their desk already, no required wrap-up outstanding, not on
   a call, a skill in the contact's queue, and a free slot of the contact's channel.
2. A contact reserved for one agent (a callback they promised, a transfer to them) waits
   for that agent alone until the reservation lapses.
3. Before the queue's ``widen_after_seconds``: only agents at ``min_level`` or above who
   speak the contact's language (an agent with no languages listed speaks any). After:
   every agent with the queue's skill.
4. Among those left, the longest idle first (ties: the higher level, then the lower id,
   so a decision is reproducible).

An agent who recently declined this contact is not offered it again (the round decides
what "recently" means: :data:`server.acd.rounds.DECLINE_COOLDOWN`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from protocol.kinds.routing import WhyCode


@dataclass(frozen=True, slots=True)
class Agent:
    """One routable agent as routing sees them this round."""

    agent_id: int
    levels: Mapping[int, int]
    """Queue id -> skill level (1..5)."""
    languages: frozenset[str]
    """Languages served; empty means any."""
    free: Mapping[str, int]
    """Channel -> free slots (capacity minus work and ringing offers)."""
    idle_since: float


@dataclass(frozen=True, slots=True)
class Rule:
    """A queue's routing settings that the decision needs."""

    min_level: int = 1
    widen_after: float = 30.0


@dataclass(frozen=True, slots=True)
class Contact:
    """A waiting contact."""

    contact_id: int
    queue_id: int
    channel: str
    language: str
    waiting_since: float
    reserved_for: int | None = None
    reserved_until: float | None = None
    passed_by: frozenset[int] = field(default_factory=frozenset)
    """Agents who recently declined this contact."""


@dataclass(frozen=True, slots=True)
class Choice:
    """The chosen agent and the reason, with its figures."""

    agent_id: int
    why: WhyCode
    level: int
    candidates: int
    waited: float


def _speaks(agent: Agent, language: str) -> bool:
    if not agent.languages:
        return True
    base = language.split("-", maxsplit=1)[0]
    return language in agent.languages or any(
        lang.split("-")[0] == base and base != "zh" for lang in agent.languages
    )


def choose(contact: Contact, agents: Iterable[Agent], rule: Rule, now: float) -> Choice | None:
    """The agent to offer ``contact`` to now, or ``None`` (it keeps waiting)."""
    waited = max(0.0, now - contact.waiting_since)
    able = [
        a
        for a in agents
        if a.free.get(contact.channel, 0) > 0 and a.levels.get(contact.queue_id, 0) >= 1
    ]
    if contact.reserved_for is not None and (
        contact.reserved_until is None or now < contact.reserved_until
    ):
        mine = [a for a in able if a.agent_id == contact.reserved_for]
        if not mine:
            return None
        level = mine[0].levels[contact.queue_id]
        return Choice(contact.reserved_for, "reserved", level, 1, waited)
    widened = waited >= rule.widen_after
    if widened:
        pool = able
    else:
        pool = [
            a
            for a in able
            if a.levels[contact.queue_id] >= rule.min_level and _speaks(a, contact.language)
        ]
    pool = [a for a in pool if a.agent_id not in contact.passed_by]
    if not pool:
        return None
    best = min(pool, key=lambda a: (a.idle_since, -a.levels[contact.queue_id], a.agent_id))
    strict = rule.min_level <= 1 or best.levels[contact.queue_id] >= rule.min_level
    plain = strict and _speaks(best, contact.language)
    why: WhyCode = "widened" if widened and not plain else "longest_idle"
    return Choice(best.agent_id, why, best.levels[contact.queue_id], len(pool), waited)
