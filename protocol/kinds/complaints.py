"""Complaints (issue 10 part 4): a record opened from a conversation and followed up
until the customer is satisfied, with escalation and follow-up tasks.

States: ``new -> investigating -> awaiting_customer -> resolved -> closed``
(:data:`COMPLAINT_MOVES` lists every legal move; the server refuses the others with a
sentence). A resolution needs its text; the customer's satisfaction (1-5) is recorded
with it when they gave one. Escalation (to a supervisor or second level) keeps the state
and records who, to whom and why. Follow-up tasks belong to a complaint, are assigned to
one agent with a due time, and remind that agent in the desk when due.
"""

from __future__ import annotations

from typing import Annotated, Literal, get_args

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from protocol.kinds.base import EntityBase
from protocol.kinds.customers import IdentityType
from protocol.text import MAX_INT, Id, clean_line, clean_multiline

ComplaintState = Literal["new", "investigating", "awaiting_customer", "resolved", "closed"]
COMPLAINT_STATES: tuple[str, ...] = get_args(ComplaintState)
ComplaintCategory = Literal["product", "delivery", "billing", "service", "conduct", "other"]
COMPLAINT_CATEGORIES: tuple[str, ...] = get_args(ComplaintCategory)
Severity = Literal["low", "medium", "high", "critical"]
SEVERITIES: tuple[str, ...] = get_args(Severity)
EscalationLevel = Literal["none", "supervisor", "second_level"]
ESCALATION_LEVELS: tuple[str, ...] = get_args(EscalationLevel)

COMPLAINT_MOVES: dict[str, frozenset[str]] = {
    "new": frozenset({"investigating"}),
    "investigating": frozenset({"awaiting_customer", "resolved"}),
    "awaiting_customer": frozenset({"investigating", "resolved"}),
    "resolved": frozenset({"closed", "investigating"}),
    "closed": frozenset(),
}
"""Every legal state move. ``resolved -> investigating`` reopens a complaint the customer
is not satisfied with; a closed complaint stays closed (a new one is opened instead)."""

OPEN_STATES = frozenset({"new", "investigating", "awaiting_customer"})

MAX_DESCRIPTION_CHARS = 5_000
MAX_WANTED_CHARS = 1_000
MAX_REASON_CHARS = 1_000
MAX_RESOLUTION_CHARS = 5_000
MAX_TASK_TITLE_CHARS = 200
MAX_CONTACT_CHARS = 320
MAX_TASKS_PER_COMPLAINT = 50
MAX_COMPLAINTS_PER_CONVERSATION = 20
"""A conversation is one contact: twenty complaints from it is already a mistake or abuse."""
TASK_PAST_GRACE_SECONDS = 60.0
"""A task may be due at most this long ago when added (a clock a little behind, a slow
send); earlier is refused as a typo."""
MAX_TASK_AHEAD_SECONDS = 2 * 366 * 86_400.0
"""A task is due within two years of being added; later is refused as a typo."""


def _text(limit: int, *, multiline: bool, required: bool) -> AfterValidator:
    def check(value: str) -> str:
        value = (clean_multiline(value) if multiline else clean_line(value)).strip()
        if required and not value:
            raise ValueError("cannot be empty")
        if len(value) > limit:
            raise ValueError(f"has at most {limit} characters")
        return value

    return AfterValidator(check)


Description = Annotated[
    str,
    Field(max_length=4 * MAX_DESCRIPTION_CHARS),
    _text(MAX_DESCRIPTION_CHARS, multiline=True, required=True),
]
Wanted = Annotated[
    str,
    Field(max_length=4 * MAX_WANTED_CHARS),
    _text(MAX_WANTED_CHARS, multiline=True, required=False),
]
Reason = Annotated[
    str,
    Field(max_length=4 * MAX_REASON_CHARS),
    _text(MAX_REASON_CHARS, multiline=True, required=True),
]
Resolution = Annotated[
    str,
    Field(max_length=4 * MAX_RESOLUTION_CHARS),
    _text(MAX_RESOLUTION_CHARS, multiline=True, required=False),
]
TaskTitle = Annotated[
    str,
    Field(max_length=4 * MAX_TASK_TITLE_CHARS),
    _text(MAX_TASK_TITLE_CHARS, multiline=False, required=True),
]
ContactValue = Annotated[
    str,
    Field(max_length=4 * MAX_CONTACT_CHARS),
    _text(MAX_CONTACT_CHARS, multiline=False, required=False),
]
Satisfaction = Annotated[int, Field(ge=1, le=5)]
DueAt = Annotated[float, Field(ge=0, le=MAX_INT)]


class ComplaintData(EntityBase):
    """A complaint; its events are scoped to its conversation's queue (supervisors see
    every queue's)."""

    kind: Literal["complaint"] = "complaint"
    id: int
    customer_id: int
    conversation_id: int
    queue_id: int
    category: ComplaintCategory
    severity: Severity
    description: str
    wanted: str = ""
    contact_channel: IdentityType | None = None
    contact_value: str = ""
    contact_confirmed: bool = False
    state: ComplaintState = "new"
    owner_id: int | None = None
    escalation: EscalationLevel = "none"
    escalated_to_id: int | None = None
    escalation_reason: str = ""
    escalated_at: float | None = None
    escalated_by_id: int | None = None
    resolution: str = ""
    satisfaction: int | None = None
    created_by_id: int | None = None
    created_at: float
    updated_at: float
    state_since: float
    resolved_at: float | None = None
    closed_at: float | None = None


class FollowupTaskData(EntityBase):
    """Something an agent promised to do by ``due_at``; done when ``done_at`` is set.
    Its events go to its complaint's queue and to the assignee wherever they work."""

    kind: Literal["followup_task"] = "followup_task"
    id: int
    complaint_id: int
    customer_id: int
    queue_id: int
    assignee_id: int
    title: str
    due_at: float
    done_at: float | None = None
    created_by_id: int | None = None
    created_at: float
    done_by_id: int | None = None


# --------------------------------------------------------------------------- desk ops


class _Op(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ComplaintOpenOp(_Op):
    """Open a complaint from a conversation the agent can see."""

    op: Literal["complaint.open"] = "complaint.open"
    conversation_id: Id
    category: ComplaintCategory
    severity: Severity
    description: Description
    wanted: Wanted = ""
    contact_channel: IdentityType | None = None
    contact_value: ContactValue = ""
    contact_confirmed: bool = False


class ComplaintMoveOp(_Op):
    """Move a complaint to ``to``. ``resolved`` needs a ``resolution``; ``satisfaction``
    (1-5) is the customer's verdict, recorded with a resolution or a close."""

    op: Literal["complaint.move"] = "complaint.move"
    complaint_id: Id
    to: ComplaintState
    resolution: Resolution = ""
    satisfaction: Satisfaction | None = None

    @model_validator(mode="after")
    def _resolution_needed(self) -> ComplaintMoveOp:
        if self.to == "resolved" and not self.resolution:
            raise ValueError("a resolution needs a text saying what was done")
        return self


class ComplaintEscalateOp(_Op):
    """Escalate to a supervisor or second level, with the reason; ``to_agent_id`` names
    the person when the agent knows who (a supervisor, or an agent of second level)."""

    op: Literal["complaint.escalate"] = "complaint.escalate"
    complaint_id: Id
    level: Literal["supervisor", "second_level"]
    reason: Reason
    to_agent_id: Id | None = None


class TaskAddOp(_Op):
    """Add a follow-up task to a complaint, assigned to one agent, due at ``due_at``."""

    op: Literal["task.add"] = "task.add"
    complaint_id: Id
    assignee_id: Id
    title: TaskTitle
    due_at: DueAt


class TaskDoneOp(_Op):
    """Mark a follow-up task done (or not done again)."""

    op: Literal["task.done"] = "task.done"
    task_id: Id
    done: bool = True
