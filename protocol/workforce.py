"""Workforce commands and HTTP bodies (issue 11): swaps, time off, schedule edits and
import, adherence per day and the agent's KPIs.

Swap and time-off actions are **commands**, not outbox ops: a trade is a negotiation
that only makes sense now, with rules checked against everyone's current schedule, and the
agent must see at once whether it went through, went to review or was refused (and why).
A refusal by the rules is a *successful* answer with ``accepted`` false and the
:class:`~protocol.kinds.workforce.Violation` list, so the desk explains each rule in its
agent's language; a command error (``not_found``, ``forbidden``, ``conflict``) is for
everything else.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from protocol.command_base import CommandAnswer, CommandArgs, CommandSpec
from protocol.kinds.customers import TimeZoneName
from protocol.kinds.workforce import (
    Activity,
    ActivityType,
    Comment,
    Instant,
    KpiName,
    KpiTarget,
    Note,
    ShiftData,
    SwapData,
    SwapType,
    TimeOffData,
    TimeOffType,
    Violation,
)
from protocol.text import MAX_INT

ShiftId = Annotated[int, Field(ge=1, le=MAX_INT)]
Day = Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$")]
"""A calendar date, ISO (``2026-03-29``), read in the zone the request names."""

# --------------------------------------------------------------------------- swaps


class SwapCheck(CommandArgs):
    """Which rules would this trade break? Before posting: ``shift_id`` (the sender's),
    ``type`` and optionally ``target_agent_id``. Before accepting: ``swap_id`` and, for a
    swap, ``accepter_shift_id`` (the sender's shift given in return). Changes nothing."""

    shift_id: ShiftId | None = None
    type: SwapType = "swap"
    target_agent_id: ShiftId | None = None
    swap_id: ShiftId | None = None
    accepter_shift_id: ShiftId | None = None


class SwapPost(CommandArgs):
    """Post one of the sender's shifts to the board (no target) or offer it to one
    colleague, as a swap (a shift wanted in return) or a giveaway."""

    shift_id: ShiftId
    type: SwapType
    target_agent_id: ShiftId | None = None
    note: Note = ""


class SwapAccept(CommandArgs):
    """Accept a posted or offered trade; for a swap, ``accepter_shift_id`` is the
    sender's shift given in return."""

    swap_id: ShiftId
    accepter_shift_id: ShiftId | None = None


class SwapRef(CommandArgs):
    """Names one swap (cancel by its initiator; decline by its direct target)."""

    swap_id: ShiftId


class SwapReview(CommandArgs):
    """A supervisor approves or denies a swap waiting for review, with a comment."""

    swap_id: ShiftId
    approve: bool
    comment: Comment = ""


class SwapVerdict(CommandAnswer):
    """The rules a trade breaks: ``ok`` when no hard rule is broken; ``review`` when it
    would wait for a supervisor (a soft rule, or the centre does not auto-approve)."""

    ok: bool
    review: bool
    violations: list[Violation] = Field(default_factory=list)


class SwapAnswer(CommandAnswer):
    """The outcome of a swap action: ``accepted`` false means the rules refused it (the
    ``violations`` say which; nothing changed); otherwise ``swap`` is its new state."""

    accepted: bool
    swap: SwapData | None = None
    violations: list[Violation] = Field(default_factory=list)


SWAP_CHECK = CommandSpec("swap.check", SwapCheck, SwapVerdict, timeout=5.0)
SWAP_POST = CommandSpec("swap.post", SwapPost, SwapAnswer, timeout=5.0)
SWAP_ACCEPT = CommandSpec("swap.accept", SwapAccept, SwapAnswer, timeout=5.0)
SWAP_CANCEL = CommandSpec("swap.cancel", SwapRef, SwapAnswer, timeout=5.0)
SWAP_DECLINE = CommandSpec("swap.decline", SwapRef, SwapAnswer, timeout=5.0)
SWAP_REVIEW = CommandSpec("swap.review", SwapReview, SwapAnswer, timeout=10.0)

# --------------------------------------------------------------------------- time off


class TimeOffRequest(CommandArgs):
    """Ask for time off over ``[start, end)`` (UTC)."""

    type: TimeOffType
    start: Instant
    end: Instant
    note: Note = ""


class TimeOffRef(CommandArgs):
    """Names one time-off request (cancel by its agent)."""

    time_off_id: ShiftId


class TimeOffReview(CommandArgs):
    """A supervisor approves or denies a time-off request, with a comment."""

    time_off_id: ShiftId
    approve: bool
    comment: Comment = ""


class TimeOffAnswer(CommandAnswer):
    """The request after the action; ``accepted`` false: refused, ``violations`` say why."""

    accepted: bool
    time_off: TimeOffData | None = None
    violations: list[Violation] = Field(default_factory=list)


TIME_OFF_REQUEST = CommandSpec("timeoff.request", TimeOffRequest, TimeOffAnswer, timeout=5.0)
TIME_OFF_CANCEL = CommandSpec("timeoff.cancel", TimeOffRef, TimeOffAnswer, timeout=5.0)
TIME_OFF_REVIEW = CommandSpec("timeoff.review", TimeOffReview, TimeOffAnswer, timeout=10.0)

# --------------------------------------------------------------------------- schedules


class ShiftEdit(CommandArgs):
    """A supervisor's small edit: the shift's activities replaced (times may move; they
    must stay contiguous, at most 16 h), or the shift removed (``remove``)."""

    shift_id: ShiftId
    activities: list[Activity] = Field(default_factory=list, max_length=48)
    remove: bool = False


class ShiftAnswer(CommandAnswer):
    """The shift after the edit (``None`` once removed)."""

    shift: ShiftData | None = None


class SchedulePublish(CommandArgs):
    """Publish every draft shift of the week starting ``week`` (a Monday)."""

    week: Day


class PublishAnswer(CommandAnswer):
    published: int


SHIFT_EDIT = CommandSpec("shift.edit", ShiftEdit, ShiftAnswer, timeout=10.0)
SCHEDULE_PUBLISH = CommandSpec("schedule.publish", SchedulePublish, PublishAnswer, timeout=20.0)

WORKFORCE_COMMANDS: tuple[CommandSpec, ...] = (
    SWAP_CHECK,
    SWAP_POST,
    SWAP_ACCEPT,
    SWAP_CANCEL,
    SWAP_DECLINE,
    SWAP_REVIEW,
    TIME_OFF_REQUEST,
    TIME_OFF_CANCEL,
    TIME_OFF_REVIEW,
    SHIFT_EDIT,
    SCHEDULE_PUBLISH,
)

# --------------------------------------------------------------------------- import (REST)


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


MAX_IMPORT_SHIFTS = 20_000
"""A week of a 2,000-agent centre fits with room; more is split into several imports."""


class ImportActivity(_Body):
    """One activity in the planner's local time: ``HH:MM`` on the shift's date (an end
    at or before the start is on the next day, for night shifts)."""

    type: ActivityType
    start: Annotated[str, Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")]
    end: Annotated[str, Field(pattern=r"^([01]\d|2[0-4]):[0-5]\d$")]


class ImportShift(_Body):
    """One shift as a WFM tool exports it: the agent's username, the local date, its
    activities, and who may work it (queue names, skill level, languages)."""

    agent: Annotated[str, Field(min_length=1, max_length=100)]
    date: Day
    activities: list[ImportActivity] = Field(min_length=1, max_length=48)
    queues: list[Annotated[str, Field(max_length=100)]] = Field(default_factory=list, max_length=20)
    min_level: int = Field(default=1, ge=1, le=5)
    languages: list[Annotated[str, Field(max_length=35)]] = Field(
        default_factory=list, max_length=10
    )


class ScheduleImport(_Body):
    """``POST /api/workforce/schedules/import`` as JSON (CSV is the same rows, one
    activity per line: ``agent,date,type,start,end,queues,min_level,languages`` with
    ``;`` between queues and between languages). Times are local to ``timezone``; every
    shift of the named agents in the imported weeks is replaced. ``publish`` false keeps
    them as drafts for ``schedule.publish``."""

    timezone: TimeZoneName = "UTC"
    publish: bool = True
    shifts: list[ImportShift] = Field(max_length=MAX_IMPORT_SHIFTS)


class ImportProblem(_Body):
    """A row that could not be taken: where (0-based shift index, or CSV line) and why."""

    row: int
    message: str


class ImportReport(_Body):
    """What an import did. Any problem refuses the whole import (nothing is stored), so
    a planner fixes the file and sends it again rather than guessing what went in."""

    created: int = 0
    replaced: int = 0
    published: int = 0
    weeks: list[str] = Field(default_factory=list)
    problems: list[ImportProblem] = Field(default_factory=list)


# --------------------------------------------------------------------------- adherence (REST)


class AdherenceException(_Body):
    """A stretch out of adherence past the grace threshold: what was scheduled, what the
    agent's presence was."""

    start: float
    end: float
    activity: ActivityType
    state: str


class AdherenceDay(_Body):
    """``GET /api/workforce/adherence``: one agent's day (local date in ``tz``) by
    DOMAIN.md's formulas. ``adherence`` = 1 - out / scheduled; ``conformance`` = worked
    on-queue / scheduled on-queue (may pass 1). ``None`` when nothing was scheduled."""

    agent_id: int
    day: Day
    scheduled_seconds: float
    out_seconds: float
    adherence: float | None
    onqueue_scheduled_seconds: float
    onqueue_worked_seconds: float
    conformance: float | None
    exceptions: list[AdherenceException] = Field(default_factory=list)


class TeamAdherence(_Body):
    """``GET /api/workforce/team-adherence`` (supervisors): every scheduled agent's day."""

    day: Day
    agents: list[AdherenceDay] = Field(default_factory=list)


# --------------------------------------------------------------------------- KPIs (REST)


class KpiValue(_Body):
    """One KPI over a period: ``value`` (``None`` with nothing to measure), and the
    numerator, denominator and contact count it came from, so a number is traceable."""

    kpi: KpiName
    value: float | None
    numerator: float = 0.0
    denominator: float = 0.0
    count: int = 0


class KpiPeriod(_Body):
    """Every KPI over ``[start, end)``; ``label`` is ``today``, ``week`` or a date."""

    label: str
    start: float
    end: float
    values: list[KpiValue]


class HistogramBin(_Body):
    """Handle times from ``low`` to ``high`` seconds: ``count`` contacts."""

    low: float
    high: float
    count: int


class KpiReport(_Body):
    """``GET /api/kpi?agent_id=&tz=``: the agent's today, this week, a 30-day trend (one
    period per day) and the handle-time distribution of those 30 days, with the centre's targets.
    An agent reads their own; supervisors anyone's."""

    agent_id: int
    generated_at: float
    timezone: str
    today: KpiPeriod
    week: KpiPeriod
    trend: list[KpiPeriod]
    handle_times: list[HistogramBin]
    targets: list[KpiTarget]


class KpiContact(_Body):
    """One contact behind a KPI: the handled offer and what it counted as."""

    offer_id: int
    conversation_id: int
    channel: str
    queue_id: int
    customer_id: int | None = None
    at: float
    talk_seconds: float
    hold_seconds: float
    acw_seconds: float
    wrapup_code: str = ""
    transferred: bool = False
    first_contact_resolved: bool = False
    repeat: bool = False
    csat: int | None = None
    nps: int | None = None
    ces: int | None = None


class KpiContacts(_Body):
    """``GET /api/kpi/contacts?agent_id=&kpi=&start=&end=``: the contacts a KPI counted
    over the period (newest first, at most ``limit``), ``total`` of them."""

    agent_id: int
    kpi: KpiName
    start: float
    end: float
    total: int
    contacts: list[KpiContact]


Range = Literal["today", "week", "trend"]
