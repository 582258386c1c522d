"""Workforce (issue 11): published schedules, shift swaps, time off and the centre's rules.

A **shift** is one agent's working day: a span in UTC (``start``/``end``, UNIX seconds)
made of contiguous **activities** (on-queue work, break, lunch, meeting, training,
off-queue work, time off). Times are UTC on the wire and in every store; a desk shows them
in the agent's zone (``timezone`` is the zone the planner used, for the week grouping).

A **swap** trades a shift between two agents; a *giveaway* hands a shift over with nothing
in return, and picking one up from the board is accepting a giveaway. Lifecycle:
``posted -> matched -> pending_review -> approved | denied``, or ``cancelled`` (by the
initiator before approval) or ``expired`` (the notice period passed or the shift started).
``history`` records every step, so ``matched`` is visible even when the server moves on at
once (auto-approval, or straight into review). Rule checks give :class:`Violation` values:
a code, its severity and its numbers, never a sentence, so every desk explains them in its
agent's language.

**Time off** follows the same path: ``requested -> approved | denied``, or ``cancelled``.

The live adherence test (:func:`in_adherence`) is here because the desk (the agent's own
status now, a supervisor's team now) and the server (adherence % per day) must agree.
"""

from __future__ import annotations

import itertools
from typing import Annotated, Literal, get_args

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from protocol.kinds.base import EntityBase
from protocol.kinds.customers import TimeZoneName
from protocol.text import clean_line, clean_multiline

ActivityType = Literal["work", "break", "lunch", "meeting", "training", "offqueue", "time_off"]
ACTIVITY_TYPES: tuple[str, ...] = get_args(ActivityType)

UNPAID_ACTIVITIES = frozenset({"lunch", "time_off"})
"""Activities that do not count as paid time (equal paid length, weekly maximum hours)."""

ON_QUEUE_ACTIVITIES = frozenset({"work"})
"""Activities whose time counts as scheduled on-queue time (conformance)."""

EXPECTED_PRESENCE: dict[str, frozenset[str]] = {
    "work": frozenset({"available", "busy", "acw", "not_responding"}),
    "break": frozenset({"break"}),
    "lunch": frozenset({"lunch"}),
    "meeting": frozenset({"meeting"}),
    "training": frozenset({"training"}),
    "offqueue": frozenset({"meeting", "training"}),
    "time_off": frozenset({"offline"}),
}
"""The presence states in adherence with each activity. During on-queue work an agent
handling a contact (busy, after-call work) or whose offer just rang out is doing the work
they are scheduled for; the other activities expect their own state."""

WORKED_ON_QUEUE_STATES = frozenset({"available", "busy", "acw"})
"""Presence states whose seconds count as worked on-queue time (conformance)."""

SECONDS_PER_DAY = 86_400.0
MAX_SHIFT_SECONDS = 16 * 3600.0
"""A shift longer than 16 hours is a planning mistake, refused on import."""
MIN_ACTIVITY_SECONDS = 60.0
MAX_ACTIVITIES_PER_SHIFT = 48
MAX_NOTE_CHARS = 1_000
MAX_COMMENT_CHARS = 1_000
MAX_TIME_OFF_SECONDS = 31 * SECONDS_PER_DAY
"""One request covers at most a month; longer leave is several requests (or HR's tool)."""
MAX_LANGUAGES = 10
MAX_QUEUES = 20
EARLIEST = 946_684_800.0
"""2000-01-01 UTC: a time before this is a unit mistake (milliseconds, days), refused."""
LATEST = 4_102_444_800.0
"""2100-01-01 UTC."""


def _text(limit: int, *, multiline: bool) -> AfterValidator:
    def check(value: str) -> str:
        value = clean_multiline(value) if multiline else clean_line(value)
        if len(value) > limit:
            raise ValueError(f"has more than {limit} characters")
        return value

    return AfterValidator(check)


Note = Annotated[str, Field(max_length=4 * MAX_NOTE_CHARS), _text(MAX_NOTE_CHARS, multiline=True)]
Comment = Annotated[
    str, Field(max_length=4 * MAX_COMMENT_CHARS), _text(MAX_COMMENT_CHARS, multiline=True)
]
Instant = Annotated[float, Field(ge=EARLIEST, le=LATEST, allow_inf_nan=False)]
"""A UTC time in UNIX seconds within this century."""


class Activity(BaseModel):
    """One part of a shift, ``[start, end)`` in UTC."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    type: ActivityType
    start: Instant
    end: Instant

    @model_validator(mode="after")
    def _ordered(self) -> Activity:
        if self.end - self.start < MIN_ACTIVITY_SECONDS:
            raise ValueError("an activity lasts at least a minute and ends after it starts")
        return self


def check_activities(activities: list[Activity]) -> list[Activity]:
    """Activities sorted, contiguous (each starts where the previous ended), at most 16 h
    in all; raises ``ValueError`` with a sentence otherwise. Used by every model and by
    the server's import and edits."""
    if not activities:
        raise ValueError("a shift has at least one activity")
    if len(activities) > MAX_ACTIVITIES_PER_SHIFT:
        raise ValueError(f"a shift has at most {MAX_ACTIVITIES_PER_SHIFT} activities")
    ordered = sorted(activities, key=lambda a: a.start)
    for before, after in itertools.pairwise(ordered):
        if after.start != before.end:
            raise ValueError("activities must follow each other with no gap and no overlap")
    if ordered[-1].end - ordered[0].start > MAX_SHIFT_SECONDS:
        raise ValueError("a shift lasts at most 16 hours")
    return ordered


def paid_seconds(activities: list[Activity]) -> float:
    """Paid time of a shift: everything but lunch and time off."""
    return sum(a.end - a.start for a in activities if a.type not in UNPAID_ACTIVITIES)


def activity_at(activities: list[Activity], at: float) -> Activity | None:
    """The activity scheduled at ``at`` (``None`` outside the shift)."""
    for activity in activities:
        if activity.start <= at < activity.end:
            return activity
    return None


def in_adherence(activity_type: str | None, presence_state: str) -> bool:
    """Whether a presence state matches the scheduled activity (``None``: not scheduled,
    which is always in adherence: adherence only counts scheduled time)."""
    if activity_type is None:
        return True
    return presence_state in EXPECTED_PRESENCE.get(activity_type, frozenset())


class ShiftData(EntityBase):
    """One agent's published (or draft) shift. ``queue_ids``, ``min_level`` and
    ``languages`` say who is qualified to work it (members of those queues at that skill
    level, serving those languages). ``week`` is the ISO date of the Monday of the week it
    was published in, in ``timezone``. Synced to its agent and to supervisors."""

    kind: Literal["shift"] = "shift"
    id: int
    agent_id: int
    start: Instant
    end: Instant
    activities: list[Activity]
    queue_ids: list[int] = Field(default_factory=list, max_length=MAX_QUEUES)
    min_level: int = Field(default=1, ge=1, le=5)
    languages: list[str] = Field(default_factory=list, max_length=MAX_LANGUAGES)
    week: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    timezone: TimeZoneName = "UTC"
    published: bool = True
    updated_at: float = 0.0

    @model_validator(mode="after")
    def _consistent(self) -> ShiftData:
        ordered = check_activities(list(self.activities))
        if ordered[0].start != self.start or ordered[-1].end != self.end:
            raise ValueError("a shift's start and end are its first and last activity's")
        return self

    @property
    def paid_seconds(self) -> float:
        return paid_seconds(list(self.activities))


class ShiftSummary(BaseModel):
    """What a colleague sees of a shift on the board (they do not get the shift itself)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    shift_id: int
    agent_id: int
    start: float
    end: float
    paid_seconds: float
    queue_ids: list[int] = Field(default_factory=list)
    languages: list[str] = Field(default_factory=list)
    activities: list[Activity] = Field(default_factory=list)


RuleCode = Literal[
    "not_published",  # the shift is a draft
    "started",  # the shift has started or is over
    "notice",  # less than notice_hours before the shift
    "not_member",  # the receiver is not in one of the shift's queues
    "skill_level",  # below the shift's skill level in a queue
    "language",  # does not serve one of the shift's languages
    "overlap",  # the receiver already works at that time
    "rest",  # less than min_rest_hours between the receiver's shifts
    "weekly_hours",  # more than max_weekly_hours paid in the receiver's week
    "paid_length",  # the two shifts' paid lengths differ
    "same_agent",  # a swap with oneself
    "time_off_overlap",  # the receiver has approved time off then
]
RULE_CODES: tuple[str, ...] = get_args(RuleCode)
Severity = Literal["hard", "soft"]
RULE_SEVERITY: dict[str, Severity] = {
    "not_published": "hard",
    "started": "hard",
    "notice": "hard",
    "not_member": "hard",
    "skill_level": "hard",
    "language": "hard",
    "overlap": "hard",
    "same_agent": "hard",
    "time_off_overlap": "hard",
    "rest": "soft",
    "weekly_hours": "soft",
    "paid_length": "soft",
}
"""Hard rules refuse at once; soft rules route the swap to a supervisor's review."""


class Violation(BaseModel):
    """One broken rule: which, how bad, for whom (``agent_id``, the agent who would work
    the shift), and its numbers (hours, queue or language, the shift in question) so the
    desk can write the sentence in its agent's language."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: RuleCode
    severity: Severity
    agent_id: int | None = None
    shift_id: int | None = None
    params: dict[str, str | int | float] = Field(default_factory=dict, max_length=8)


SwapType = Literal["swap", "giveaway"]
SwapState = Literal[
    "posted", "matched", "pending_review", "approved", "denied", "cancelled", "expired"
]
SWAP_STATES: tuple[str, ...] = get_args(SwapState)
OPEN_SWAP_STATES = frozenset({"posted", "matched", "pending_review"})
FINAL_SWAP_STATES = frozenset({"approved", "denied", "cancelled", "expired"})


class SwapStep(BaseModel):
    """One move in a swap's life: the state reached, when, by whom (``None``: the server,
    e.g. expiry or auto-approval)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    state: SwapState
    at: float
    by: int | None = None


class SwapData(EntityBase):
    """A swap or giveaway of ``shift`` by ``initiator_id``. ``target_agent_id`` set: offered
    directly to that colleague; unset: on the board of the shift's queues. ``accepter_id``
    (and for a swap ``accepter_shift``) once a colleague accepts. ``violations`` are the
    rules the match breaks (soft ones, for review). ``expires_at`` is when the notice
    period ends. Synced to the initiator, the target or accepter, the members of the
    shift's queues while it is on the board, and supervisors."""

    kind: Literal["swap"] = "swap"
    id: int
    type: SwapType
    initiator_id: int
    shift: ShiftSummary
    target_agent_id: int | None = None
    accepter_id: int | None = None
    accepter_shift: ShiftSummary | None = None
    state: SwapState
    note: Note = ""
    review_comment: Comment = ""
    reviewer_id: int | None = None
    violations: list[Violation] = Field(default_factory=list)
    history: list[SwapStep] = Field(default_factory=list)
    created_at: float
    updated_at: float
    expires_at: float


TimeOffType = Literal["vacation", "personal", "medical", "training", "other"]
TIME_OFF_TYPES: tuple[str, ...] = get_args(TimeOffType)
TimeOffState = Literal["requested", "approved", "denied", "cancelled"]
TIME_OFF_STATES: tuple[str, ...] = get_args(TimeOffState)


class TimeOffData(EntityBase):
    """A time-off request of ``agent_id`` for ``[start, end)`` (UTC). Approval turns the
    covered part of the agent's shifts into ``time_off`` activities. ``violations`` warn
    the reviewer (short notice, scheduled meetings). Synced to the agent and supervisors."""

    kind: Literal["time_off"] = "time_off"
    id: int
    agent_id: int
    type: TimeOffType
    start: Instant
    end: Instant
    state: TimeOffState
    note: Note = ""
    review_comment: Comment = ""
    reviewer_id: int | None = None
    violations: list[Violation] = Field(default_factory=list)
    created_at: float
    updated_at: float


KpiName = Literal[
    "aht",
    "fcr",
    "transfer_rate",
    "repeat_rate",
    "csat",
    "nps",
    "ces",
    "adherence",
    "conformance",
    "occupancy",
    "handled",
]
KPI_NAMES: tuple[str, ...] = get_args(KpiName)


class KpiTarget(BaseModel):
    """A centre's target for one KPI: the value, and whether higher is better."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kpi: KpiName
    value: float
    higher_is_better: bool


class WorkforcePolicyData(EntityBase):
    """The centre's scheduling rules and KPI targets (one row, ``id`` 1), synced to every
    desk so the My day page works offline: swap notice, rest, weekly hours, paid-length
    tolerance, auto-approval, the adherence grace, reminder lead times, and targets."""

    kind: Literal["workforce_policy"] = "workforce_policy"
    id: int = 1
    notice_hours: float = Field(default=24.0, ge=0, le=24 * 60)
    min_rest_hours: float = Field(default=11.0, ge=0, le=48)
    max_weekly_hours: float = Field(default=40.0, ge=1, le=24 * 7)
    paid_tolerance_minutes: float = Field(default=0.0, ge=0, le=24 * 60)
    auto_approve: bool = False
    grace_seconds: float = Field(default=180.0, ge=0, le=3600)
    break_reminder_minutes: float = Field(default=5.0, ge=0, le=120)
    shift_end_reminder_minutes: float = Field(default=10.0, ge=0, le=120)
    targets: list[KpiTarget] = Field(default_factory=list, max_length=len(KPI_NAMES))


DEFAULT_TARGETS: tuple[KpiTarget, ...] = (
    KpiTarget(kpi="aht", value=360.0, higher_is_better=False),
    KpiTarget(kpi="fcr", value=0.75, higher_is_better=True),
    KpiTarget(kpi="transfer_rate", value=0.10, higher_is_better=False),
    KpiTarget(kpi="repeat_rate", value=0.15, higher_is_better=False),
    KpiTarget(kpi="csat", value=0.85, higher_is_better=True),
    KpiTarget(kpi="nps", value=30.0, higher_is_better=True),
    KpiTarget(kpi="ces", value=5.5, higher_is_better=True),
    KpiTarget(kpi="adherence", value=0.92, higher_is_better=True),
    KpiTarget(kpi="conformance", value=0.95, higher_is_better=True),
    KpiTarget(kpi="occupancy", value=0.85, higher_is_better=False),
)
"""DOMAIN.md's typical targets (FCR 70-80 %, adherence 90-95 %, occupancy <= 85 %,
transfer < 10 %) and the usual ones for the rest; a centre overrides them."""
