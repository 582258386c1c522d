"""Routing (the ACD): offers that ring on one desk, the agent's skills and capacity, each
queue's routing settings and wrap-up codes, and scheduled callbacks.

An **offer** is one routing decision: this contact, this agent, why, until when. It rings
(``ringing``) until the agent accepts, declines (with a reason) or lets it time out; the
server may also withdraw it (the customer hung up, the server restarted past its expiry).
An accepted offer is then the agent's *work item* on that contact: it records when the
work ended, the after-call work (ACW) that followed and the wrap-up code the agent chose,
with the call's talk and hold times, so it is also the contact's record for KPIs.

Who sees what: an offer and a routing profile are the agent's own (and supervisors');
a queue's routing settings and its callbacks are seen by the queue's members.
"""

from __future__ import annotations

from typing import Annotated, Literal, get_args

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from protocol.kinds.base import EntityBase
from protocol.kinds.conversations import Channel
from protocol.text import clean_line, clean_multiline

OfferState = Literal["ringing", "accepted", "declined", "timed_out", "withdrawn"]
"""``ringing`` until decided; ``accepted`` is the work item (``ended_at`` set when done)."""
OFFER_STATES: tuple[str, ...] = get_args(OfferState)
WorkPhase = Literal["ringing", "working", "acw", "done", "closed"]
"""Where an offer stands for the desk: ringing, on the contact, in after-call work,
finished (wrap-up given or not needed), or closed without work (declined, timed out,
withdrawn)."""

WhyCode = Literal["longest_idle", "widened", "reserved", "pulled", "claimed", "transfer"]
"""``longest_idle``: the longest-idle agent with the skill and language; ``widened``: the
same after the contact waited past the queue's threshold, among lower levels or other
languages; ``reserved``: kept for this agent (a callback they promised, a transfer to
them); ``pulled``: the agent took the next email; ``claimed``: they picked it from a list;
``transfer``: a colleague transferred it to their queue."""
WHY_CODES: tuple[str, ...] = get_args(WhyCode)

DEFAULT_OFFER_SECONDS = 20.0
DEFAULT_CAPACITY: dict[str, int] = {"phone": 1, "chat": 3, "email": 5}
"""Contacts an agent handles at once per channel unless their profile says otherwise."""
MAX_CAPACITY = 20
MAX_SKILL_LEVEL = 5
MAX_LINE_CHARS = 120
"""Decline reasons, wrap-up labels and notes' first lines are short labels, not essays."""
MAX_NOTE_CHARS = 2000
MAX_CODE_CHARS = 40


def _note(value: str) -> str:
    value = clean_multiline(value).strip()
    if len(value) > MAX_NOTE_CHARS:
        raise ValueError(f"has more than {MAX_NOTE_CHARS} characters")
    return value


def _line(limit: int) -> AfterValidator:
    def check(value: str) -> str:
        value = clean_line(value)
        if len(value) > limit:
            raise ValueError(f"has more than {limit} characters")
        return value

    return AfterValidator(check)


DeclineReason = Annotated[str, Field(max_length=4 * MAX_LINE_CHARS), _line(MAX_LINE_CHARS)]
WrapupCode = Annotated[str, Field(max_length=4 * MAX_CODE_CHARS), _line(MAX_CODE_CHARS)]
Note = Annotated[str, Field(max_length=4 * MAX_NOTE_CHARS), AfterValidator(_note)]
"""A free-text note: control characters removed, at most 2,000 characters."""


class OfferData(EntityBase):
    """One routing decision and, once accepted, the agent's work on that contact.

    Why the contact came to this agent is structured, so each desk says it in its own
    language: ``why`` is one of :data:`WHY_CODES`, with the agent's skill level in the
    queue, how many agents could have taken it and how long the customer had waited.
    ``call_id`` is set for a phone contact;
    ``callback_id`` for a callback being placed. Times are the server's UNIX seconds;
    ``acw_until`` is ``None`` while ACW has no limit."""

    kind: Literal["offer"] = "offer"
    id: int
    agent_id: int
    conversation_id: int
    queue_id: int
    channel: Channel
    call_id: int | None = None
    callback_id: int | None = None
    state: OfferState
    phase: WorkPhase
    why: WhyCode = "longest_idle"
    why_level: int = 0
    why_candidates: int = 0
    why_waited: float = 0.0
    offered_at: float
    expires_at: float
    decided_at: float | None = None
    decline_reason: str = ""
    ended_at: float | None = None
    acw_until: float | None = None
    wrapup_required: bool = False
    wrapup_code: str = ""
    wrapup_note: str = ""
    wrapped_at: float | None = None
    talk_seconds: float = 0.0
    hold_seconds: float = 0.0
    acw_seconds: float = 0.0


class Skill(BaseModel):
    """A queue the agent may take contacts from, at a level (1 novice .. 5 expert)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    queue_id: int
    level: int = Field(ge=1, le=MAX_SKILL_LEVEL)


class RoutingProfileData(EntityBase):
    """What routing knows of one agent (``id`` is the agent's id): queue skills with
    levels, the languages they serve (empty: any) and capacity per channel. An agent with
    no profile has level 1 in every queue they belong to and the default capacity."""

    kind: Literal["routing_profile"] = "routing_profile"
    id: int
    skills: list[Skill] = Field(default_factory=list)
    languages: list[str] = Field(default_factory=list)
    capacity: dict[str, int] = Field(default_factory=lambda: dict(DEFAULT_CAPACITY))


class WrapupChoice(BaseModel):
    """One wrap-up code of a queue and the label agents pick it by."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str
    label: str


class QueueRoutingData(EntityBase):
    """A queue's routing settings (``id`` is the queue's id). Higher ``priority`` is
    served first; ``sla_seconds`` is the service-level target (answer within), which is
    also the first-response target of a conversation no agent has replied to yet, and
    ``next_response_seconds`` the target for answering each later customer message; a new
    contact is offered only to agents with at least ``min_level`` in the queue who speak
    its language, and after ``widen_after_seconds`` of waiting to any agent of the queue
    (lower levels, other languages); ``acw_seconds`` limits after-call work (0: no
    limit, the agent ends it); ``wrapup_required`` blocks the next offer until a code is
    given."""

    kind: Literal["queue_routing"] = "queue_routing"
    id: int
    priority: int = 0
    sla_seconds: int = 60
    next_response_seconds: int = 300
    widen_after_seconds: int = 30
    min_level: int = 1
    acw_seconds: int = 60
    wrapup_required: bool = True
    wrapup_codes: list[WrapupChoice] = Field(default_factory=list)
    offer_seconds: float = DEFAULT_OFFER_SECONDS


CallbackState = Literal["scheduled", "routing", "done", "cancelled"]


class CallbackData(EntityBase):
    """A promise to call the customer back at ``due_at``. At that time it is routed like a
    call (outbound); with ``prefer_agent`` set it is offered first to ``agent_id``, the
    agent who promised it."""

    kind: Literal["callback"] = "callback"
    id: int
    conversation_id: int
    customer_id: int
    queue_id: int
    phone: str
    due_at: float
    note: str = ""
    agent_id: int | None = None
    prefer_agent: bool = False
    requested_by: Literal["agent", "customer"] = "agent"
    state: CallbackState = "scheduled"
    created_at: float
