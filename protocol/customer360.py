"""HTTP bodies of the customer 360 (issue 10): find a customer, read a profile, merge,
surveys, the audit log, GDPR export and erase, retention.

The profile is one read (``GET /api/customers/{id}/profile``) that a desk caches whole for
offline reading: the customer, their notes, a timeline of every contact on every channel,
recent orders, complaints, open follow-up tasks, promised callbacks and survey results.
Conversations in queues the reader may not see keep their metadata (when, channel, queue,
outcome) and lose their content: ``visible`` is false and ``subject`` / ``preview`` are
``None``.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, get_args

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from protocol.kinds.calls import CallData
from protocol.kinds.complaints import ComplaintData, FollowupTaskData
from protocol.kinds.conversations import Channel
from protocol.kinds.customers import CustomerData, CustomerNoteData
from protocol.kinds.routing import CallbackData
from protocol.rest import OrderView
from protocol.text import Id, clean_multiline

REPEAT_CONTACT_SECONDS = 7 * 24 * 3600.0
"""A contact within this long after the previous one is a repeat contact."""
MAX_SEARCH_QUERY_CHARS = 100
MIN_SEARCH_QUERY_CHARS = 2
SEARCH_HITS_MAX = 20
PROFILE_TIMELINE_MAX = 500
PROFILE_ORDERS_MAX = 200
AUDIT_PAGE_MAX = 500
MAX_SURVEY_COMMENT_CHARS = 1_000
MAX_SURVEY_TOKEN_CHARS = 200
MAX_RETENTION_DAYS = 3650

SurveyKind = Literal["csat", "nps", "ces"]
SURVEY_KINDS: tuple[str, ...] = get_args(SurveyKind)
SURVEY_SCALES: dict[str, tuple[int, int]] = {"csat": (1, 5), "nps": (0, 10), "ces": (1, 7)}
"""Each survey's scale: CSAT 1-5, NPS 0-10, CES 1-7 (DOMAIN.md)."""

AuditAction = Literal[
    "profile.view",
    "profile.export",
    "customer.erase",
    "customer.merge",
    "customer.unmerge",
    "retention.change",
    "retention.run",
]
AUDIT_ACTIONS: tuple[str, ...] = get_args(AuditAction)


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --------------------------------------------------------------------------- find


class CustomerHit(_Body):
    """One customer found by ``GET /api/customers/search?q=``: enough to pick the right
    person. ``matched`` says which handle matched (``name``, ``email``, ``phone``,
    ``chat``, ``order``)."""

    id: int
    name: str
    email: str | None = None
    phone: str | None = None
    language: str = "en"
    tags: list[str] = Field(default_factory=list)
    matched: Literal["name", "email", "phone", "chat", "order"]
    matched_text: str = ""
    last_contact_at: float | None = None


class CustomerSearchResult(_Body):
    query: str
    hits: list[CustomerHit]


# --------------------------------------------------------------------------- profile


class TimelineItem(_Body):
    """One contact in the customer's history: a conversation, or a call within one.

    ``visible`` is whether the reader may see the conversation's queue; when not,
    ``subject`` and ``preview`` are ``None`` and the desk never asks for its messages.
    ``repeat`` marks a contact that came within :data:`REPEAT_CONTACT_SECONDS` of the
    previous one."""

    type: Literal["conversation", "call"]
    id: int
    conversation_id: int
    channel: Channel
    queue_id: int
    queue_name: str
    at: float
    ended_at: float | None = None
    status: str
    agent_id: int | None = None
    agent_name: str = ""
    wrapup_code: str = ""
    talk_seconds: float = 0.0
    visible: bool
    subject: str | None = None
    preview: str | None = None
    csat: int | None = None
    nps: int | None = None
    ces: int | None = None
    repeat: bool = False


class SurveyView(_Body):
    id: int
    conversation_id: int
    kind: SurveyKind
    score: int
    comment: str = ""
    answered_at: float


class SurveyAverages(_Body):
    """The customer's averages over every answer (``None`` when none)."""

    csat: float | None = None
    csat_count: int = 0
    nps: float | None = None
    nps_count: int = 0
    ces: float | None = None
    ces_count: int = 0


class CustomerProfile(_Body):
    """Everything the desk shows about one customer, as of ``fetched_at``."""

    customer: CustomerData
    notes: list[CustomerNoteData] = Field(default_factory=list)
    timeline: list[TimelineItem] = Field(default_factory=list)
    timeline_total: int = 0
    orders: list[OrderView] = Field(default_factory=list)
    orders_total: int = 0
    complaints: list[ComplaintData] = Field(default_factory=list)
    tasks: list[FollowupTaskData] = Field(default_factory=list)
    callbacks: list[CallbackData] = Field(default_factory=list)
    calls: list[CallData] = Field(default_factory=list)
    surveys: list[SurveyView] = Field(default_factory=list)
    averages: SurveyAverages = Field(default_factory=SurveyAverages)
    repeat_contact: bool = False
    fetched_at: float


# --------------------------------------------------------------------------- merge


class MergeRequest(_Body):
    """``POST /api/customers/{id}/merge`` (supervisors): fold customer ``id`` into
    ``into``; every conversation, identity, note, order, complaint and survey moves."""

    into: Id


class MergeResult(_Body):
    merge_id: int
    source_id: int
    target_id: int
    moved: dict[str, int]
    undone: bool = False


MERGE_LIST_MAX = 200
"""``GET /api/customers/merges?limit=``: the most rows one answer holds."""


class MergeRow(_Body):
    """One merge in the supervisors' "Recent merges" list. Names are the customers' as
    they are now (an erased one shows its anonymised name). ``undoable``: not undone, and
    neither customer was erased or merged again since (an undo would be refused)."""

    merge_id: int
    source_id: int
    source_name: str = ""
    target_id: int
    target_name: str = ""
    at: float
    by_agent_id: int | None = None
    by_name: str = ""
    moved: dict[str, int] = Field(default_factory=dict)
    undone: bool = False
    undone_at: float | None = None
    undoable: bool = False


class MergeList(_Body):
    """``GET /api/customers/merges`` (supervisors): newest first."""

    items: list[MergeRow]


# --------------------------------------------------------------------------- surveys


def _comment(value: str) -> str:
    value = clean_multiline(value).strip()
    if len(value) > MAX_SURVEY_COMMENT_CHARS:
        raise ValueError(f"a comment has at most {MAX_SURVEY_COMMENT_CHARS} characters")
    return value


class SurveyAnswer(_Body):
    """``POST /api/intake/survey``: a customer's answer, carried by the token the
    customer was given for that contact (no sign-in: the token is the permission)."""

    token: str = Field(
        min_length=3, max_length=MAX_SURVEY_TOKEN_CHARS, pattern=r"^[0-9]+\.[A-Za-z0-9_-]+$"
    )
    kind: SurveyKind
    score: int = Field(ge=0, le=10)
    comment: Annotated[
        str, Field(max_length=4 * MAX_SURVEY_COMMENT_CHARS), AfterValidator(_comment)
    ] = ""


class SurveyResult(_Body):
    id: int
    conversation_id: int
    kind: SurveyKind
    score: int


# --------------------------------------------------------------------------- audit


class AuditEntry(_Body):
    """Who did what to which customer, when. Never a personal field: ``detail`` holds
    counts and ids only, so an erased customer's audit trail stays."""

    id: int
    at: float
    actor_id: int | None
    actor_name: str
    action: AuditAction
    customer_id: int | None
    detail: str = ""


class AuditPage(_Body):
    items: list[AuditEntry]
    next_before: int | None = None


# --------------------------------------------------------------------------- GDPR


class CustomerExport(_Body):
    """``GET /api/customers/{id}/export`` (supervisors): everything stored about one
    customer, as one JSON document.

    ``merged_customers``: the rows of the customers merged into this one (directly or
    through another merge). Their conversations, orders and the rest moved to this
    customer, but each row keeps its own name, e-mail and phone, which are this person's
    data too. Defaults to empty so a reader of an older export still parses it."""

    format: Literal["frontline.customer-export/1"] = "frontline.customer-export/1"
    exported_at: float
    exported_by: str
    customer: CustomerData
    notes: list[CustomerNoteData]
    conversations: list[dict[str, Any]]
    calls: list[CallData]
    callbacks: list[CallbackData]
    orders: list[OrderView]
    complaints: list[ComplaintData]
    tasks: list[FollowupTaskData]
    surveys: list[SurveyView]
    merged_customers: list[CustomerData] = Field(default_factory=list)


EraseReason = Literal["customer_request", "legal", "duplicate", "other"]
"""Why a customer was erased: a category only, so the audit trail says why without a
free-text field that could itself hold personal data."""


class EraseRequest(_Body):
    """``POST /api/customers/{id}/erase``'s optional body."""

    reason: EraseReason = "customer_request"


class EraseResult(_Body):
    """``POST /api/customers/{id}/erase`` (supervisors): what was anonymised."""

    customer_id: int
    conversations: int
    messages_redacted: int
    events_rewritten: int


class RetentionSettings(_Body):
    """How long closed (resolved) conversations keep their messages; ``None`` keeps them
    forever. Messages of older ones are redacted; metadata stays for the KPIs."""

    closed_conversation_days: int | None = Field(default=None, ge=1, le=MAX_RETENTION_DAYS)


class RetentionRun(_Body):
    conversations: int
    messages_redacted: int


# --------------------------------------------------------------------------- complaints

COMPLAINT_LIST_MAX = 500
ComplaintFilter = Literal[
    "open", "all", "new", "investigating", "awaiting_customer", "resolved", "closed"
]
"""``GET /api/complaints?state=``: ``open`` is new, investigating or awaiting customer."""


class ComplaintRow(_Body):
    """One complaint in the supervisors' list, with its age (seconds since it was
    opened, as of the answer) and what the list shows beside it."""

    complaint: ComplaintData
    age_seconds: float
    customer_name: str = ""
    queue_name: str = ""
    owner_name: str = ""
    open_tasks: int = 0
    overdue_tasks: int = 0


class ComplaintList(_Body):
    """``GET /api/complaints``: oldest first, across the reader's queues; ``total`` counts
    every match, ``items`` at most ``limit`` of them."""

    state: ComplaintFilter
    queue_id: int | None = None
    items: list[ComplaintRow]
    total: int
    at: float
