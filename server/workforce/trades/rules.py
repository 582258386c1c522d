"""The trade rules, pure: facts in, :class:`Violation` values out (no database, no clock).

Commands gather the facts (:mod:`server.workforce.trades.facts`) and call these; tests
call them directly with made-up facts. A violation carries numbers, never a sentence,
so every desk explains it in its agent's language: ``params`` hold what that sentence
needs (hours left and the notice, the queue's id and name, the level and the one needed,
the language, the clashing shift and its start, the rest and the minimum, the week's
hours and the maximum, both paid lengths).

A **swap** A<->B is checked both ways: B works A's shift without the one B gives away,
and A works B's without A's. A **giveaway** only checks its receiver.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from protocol.kinds.workforce import (
    RULE_SEVERITY,
    RuleCode,
    ShiftData,
    Violation,
    WorkforcePolicyData,
)

HOUR = 3600.0
WINDOW = 8 * 86_400.0
"""How far around a shift the receiver's other shifts matter: the rest before and after,
and the whole ISO week it falls in."""


@dataclass(frozen=True)
class Receiver:
    """What the rules need to know about an agent who would work a shift."""

    agent_id: int
    queue_ids: frozenset[int] = frozenset()
    """Queues the agent is a member of (``agent_queues``)."""
    levels: Mapping[int, int] = field(default_factory=dict)
    """Queue id -> skill level (the routing profile's skills)."""
    languages: frozenset[str] = frozenset()
    """Languages served (empty: any, as routing reads an empty profile)."""
    shifts: tuple[ShiftData, ...] = ()
    """The agent's shifts within :data:`WINDOW` of the traded ones (all of them: the one
    they would give away is left out by the rules)."""
    time_off: tuple[tuple[int, float, float], ...] = ()
    """Approved time off: ``(id, start, end)``."""


@dataclass(frozen=True)
class Facts:
    """The centre's side: the policy, the time now, queue names for the sentences."""

    policy: WorkforcePolicyData
    now: float
    queue_names: Mapping[int, str] = field(default_factory=dict)


def violation(
    code: RuleCode,
    agent_id: int | None = None,
    shift_id: int | None = None,
    **params: str | int | float,
) -> Violation:
    """A violation with the severity :data:`RULE_SEVERITY` gives its code."""
    return Violation(
        code=code,
        severity=RULE_SEVERITY[code],
        agent_id=agent_id,
        shift_id=shift_id,
        params=params,
    )


def hard(violations: Iterable[Violation]) -> list[Violation]:
    """The violations that refuse at once."""
    return [v for v in violations if v.severity == "hard"]


def soft(violations: Iterable[Violation]) -> list[Violation]:
    """The violations that send a trade to review."""
    return [v for v in violations if v.severity == "soft"]


def _hours(seconds: float) -> float:
    return round(seconds / HOUR, 2)


def shift_rules(shift: ShiftData, facts: Facts) -> list[Violation]:
    """Can this shift be traded at all now: published, not started, notice left."""
    out: list[Violation] = []
    agent = shift.agent_id
    if not shift.published:
        out.append(violation("not_published", agent, shift.id))
    left = shift.start - facts.now
    notice = facts.policy.notice_hours * HOUR
    if left <= 0:
        out.append(violation("started", agent, shift.id, start=shift.start))
    elif left < notice:
        out.append(
            violation(
                "notice",
                agent,
                shift.id,
                hours_left=_hours(left),
                notice_hours=facts.policy.notice_hours,
            )
        )
    return out


def qualification_rules(shift: ShiftData, who: Receiver, facts: Facts) -> list[Violation]:
    """Is ``who`` qualified: a member of each of the shift's queues, at its skill level,
    serving each of its languages."""
    out: list[Violation] = []
    for queue_id in shift.queue_ids:
        name = facts.queue_names.get(queue_id, "")
        if queue_id not in who.queue_ids:
            out.append(
                violation("not_member", who.agent_id, shift.id, queue_id=queue_id, queue=name)
            )
            continue
        level = who.levels.get(queue_id, 0)
        if level < shift.min_level:
            out.append(
                violation(
                    "skill_level",
                    who.agent_id,
                    shift.id,
                    queue_id=queue_id,
                    queue=name,
                    level=level,
                    needed=shift.min_level,
                )
            )
    for language in shift.languages:
        if not speaks(who.languages, language):
            out.append(violation("language", who.agent_id, shift.id, language=language))
    return out


def speaks(languages: frozenset[str], language: str) -> bool:
    """Routing's reading of a profile's languages (``server.acd.choose``): an empty list
    serves anyone; a base language matches its regional variants except Chinese, whose
    variants are different scripts."""
    if not languages:
        return True
    base = language.split("-", maxsplit=1)[0]
    return language in languages or any(
        lang.split("-")[0] == base and base != "zh" for lang in languages
    )


def week_bounds(at: float, timezone: str) -> tuple[float, float, str]:
    """The ISO week holding ``at`` in ``timezone``: its start and end (UTC seconds) and
    its Monday's date. Midnights are local, so a DST week is 167 or 169 hours long."""
    zone = ZoneInfo(timezone)
    local = dt.datetime.fromtimestamp(at, zone)
    monday = local.date() - dt.timedelta(days=local.weekday())
    start = dt.datetime.combine(monday, dt.time(), zone)
    end = dt.datetime.combine(monday + dt.timedelta(days=7), dt.time(), zone)
    return start.timestamp(), end.timestamp(), monday.isoformat()


def schedule_rules(
    shift: ShiftData, who: Receiver, facts: Facts, giving_away: int | None = None
) -> list[Violation]:
    """Does the shift fit ``who``'s schedule once they give away ``giving_away`` (a shift
    id, or nothing for a giveaway): no overlap, no approved time off then (hard); the
    minimum rest around it and the weekly maximum (soft)."""
    out: list[Violation] = []
    others = [s for s in who.shifts if s.id not in (shift.id, giving_away)]
    min_rest = facts.policy.min_rest_hours * HOUR
    for other in sorted(others, key=lambda s: s.start):
        if other.start < shift.end and shift.start < other.end:
            out.append(
                violation(
                    "overlap", who.agent_id, shift.id, clash_shift_id=other.id, start=other.start
                )
            )
            continue
        gap = shift.start - other.end if other.end <= shift.start else other.start - shift.end
        if gap < min_rest:
            out.append(
                violation(
                    "rest",
                    who.agent_id,
                    shift.id,
                    clash_shift_id=other.id,
                    start=other.start,
                    rest_hours=_hours(gap),
                    min_rest_hours=facts.policy.min_rest_hours,
                )
            )
    for time_off_id, start, end in who.time_off:
        if start < shift.end and shift.start < end:
            out.append(
                violation(
                    "time_off_overlap",
                    who.agent_id,
                    shift.id,
                    time_off_id=time_off_id,
                    start=start,
                    end=end,
                )
            )
    week_start, week_end, monday = week_bounds(shift.start, shift.timezone)
    paid = shift.paid_seconds + sum(
        s.paid_seconds for s in others if week_start <= s.start < week_end
    )
    limit = facts.policy.max_weekly_hours * HOUR
    if paid > limit:
        out.append(
            violation(
                "weekly_hours",
                who.agent_id,
                shift.id,
                week=monday,
                week_hours=_hours(paid),
                max_weekly_hours=facts.policy.max_weekly_hours,
            )
        )
    return out


def receiver_rules(
    shift: ShiftData, who: Receiver, facts: Facts, giving_away: int | None = None
) -> list[Violation]:
    """Everything about ``who`` working ``shift`` (qualification, then schedule)."""
    return qualification_rules(shift, who, facts) + schedule_rules(shift, who, facts, giving_away)


def post_rules(
    shift: ShiftData, initiator_id: int, facts: Facts, target: Receiver | None = None
) -> list[Violation]:
    """Posting ``shift``: the shift itself, and with a direct target, the target working
    it (their shift in return is not known yet, so nothing is given away)."""
    out = shift_rules(shift, facts)
    if target is not None:
        if target.agent_id == initiator_id:
            out.append(violation("same_agent", initiator_id, shift.id))
        else:
            out += receiver_rules(shift, target, facts)
    return out


def trade_rules(
    shift: ShiftData,
    initiator: Receiver,
    accepter: Receiver,
    facts: Facts,
    accepter_shift: ShiftData | None = None,
) -> list[Violation]:
    """Every rule of a trade: ``accepter`` works ``shift``; for a swap (``accepter_shift``
    given) ``initiator`` works ``accepter_shift`` too, each without the shift they give
    away, and the paid lengths must match within the tolerance."""
    if accepter.agent_id == initiator.agent_id:
        return [violation("same_agent", accepter.agent_id, shift.id)]
    out = shift_rules(shift, facts)
    given = accepter_shift.id if accepter_shift is not None else None
    out += receiver_rules(shift, accepter, facts, giving_away=given)
    if accepter_shift is not None:
        out += shift_rules(accepter_shift, facts)
        out += receiver_rules(accepter_shift, initiator, facts, giving_away=shift.id)
        mine, theirs = shift.paid_seconds, accepter_shift.paid_seconds
        tolerance = facts.policy.paid_tolerance_minutes * 60.0
        if abs(mine - theirs) > tolerance:
            out.append(
                violation(
                    "paid_length",
                    None,
                    shift.id,
                    paid_minutes=round(mine / 60.0, 1),
                    other_paid_minutes=round(theirs / 60.0, 1),
                    tolerance_minutes=facts.policy.paid_tolerance_minutes,
                    other_shift_id=accepter_shift.id,
                )
            )
    return out
