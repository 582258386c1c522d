"""Every frame that crosses the desk <-> server websocket, validated with pydantic.

Frames are JSON text objects with a ``type`` discriminator. ``docs/protocol.md`` shows an
example of each. Both sides parse every inbound frame with :func:`parse_client_frame` or
:func:`parse_server_frame`; a frame that fails becomes a :class:`FrameError` carrying the
error code to answer with, never an exception that kills a connection.
"""

from __future__ import annotations

import hashlib
import json
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from protocol.entities import (
    ENTITY_KINDS,
    MAX_VOTE_COMMENT_CHARS,
    ConversationStatus,
    EntityData,
    VoteValue,
)
from protocol.kinds.canned import CannedTitle, Shortcut, Variants
from protocol.kinds.complaints import (
    ComplaintEscalateOp,
    ComplaintMoveOp,
    ComplaintOpenOp,
    TaskAddOp,
    TaskDoneOp,
)
from protocol.kinds.customers import CustomerNoteOp, CustomerUpdateOp
from protocol.text import MAX_INT, Id, Position, Unicode

PROTOCOL_VERSION = 1
MAX_FRAME_BYTES = 256 * 1024
"""Largest frame a desk may send; larger frames get ``frame_too_large``."""
MAX_HELLO_BYTES = 4 * 1024
"""Largest first frame: nobody may make the server hold more before it knows who they are."""
TARGET_FRAME_BYTES = 1024 * 1024
"""The server closes an ``events`` or ``snapshot`` frame once it holds this many bytes of
entities (a single larger entity still travels, alone), so no sequence of entities can
build a frame a desk refuses."""
CLIENT_ID_PATTERN = r"^[A-Za-z0-9_-]{8,64}$"
"""What a desk's client id looks like: printable, so it can never forge a log line."""
MAX_SERVER_FRAME_BYTES = 16 * 1024 * 1024
"""Largest frame a desk accepts from the server (replay and snapshot batches are big)."""
MAX_REPLY_CHARS = 20_000
MAX_REPLY_ATTACHMENTS = 10
"""Files one email reply may carry (each within the server's attachment size limit)."""
REPLAY_BATCH = 1000
"""Events per ``events`` frame during catch-up."""

ErrorCode = Literal[
    "bad_json",
    "bad_frame",
    "unknown_type",
    "frame_too_large",
    "protocol_version",
    "auth_required",
    "auth_failed",
    "token_expired",
    "seq_ahead",
    "hello_twice",
    "client_id_taken",
    "session_revoked",
    "rate_limited",
    "too_many_errors",
    "internal",
]


class _Frame(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --------------------------------------------------------------------------- events


class Event(_Frame):
    """One entry of the server's event log as an agent sees it.

    ``op="upsert"`` carries the entity's full state in ``data``; ``op="delete"`` names the
    entity by ``kind`` and ``id`` and carries no data.
    """

    seq: int = Field(ge=1, le=MAX_INT)
    op: Literal["upsert", "delete"] = "upsert"
    kind: str
    id: int
    data: EntityData | None = None


# --------------------------------------------------------------------------- mutations


class ReplyOp(_Frame):
    """Send a public reply (or an internal note) on a conversation."""

    op: Literal["reply"] = "reply"
    conversation_id: Id
    body: Annotated[Unicode, Field(min_length=1, max_length=MAX_REPLY_CHARS)]
    internal: bool = False
    attachment_ids: list[Id] = Field(default_factory=list, max_length=MAX_REPLY_ATTACHMENTS)
    """Files the agent uploaded first (``POST /api/attachments``) to send with an email
    reply; refused on a note or another channel."""


class SetStatusOp(_Frame):
    """Move a conversation between open / pending / snoozed / resolved."""

    op: Literal["set_status"] = "set_status"
    conversation_id: Id
    status: ConversationStatus


class VoteOp(_Frame):
    """Vote an article helpful (+1) or not (-1), with an optional comment. One vote per
    agent and article: a second vote replaces the first."""

    op: Literal["vote"] = "vote"
    article_id: Id
    value: VoteValue
    comment: Annotated[Unicode, Field(max_length=MAX_VOTE_COMMENT_CHARS)] | None = None


class CannedSaveOp(_Frame):
    """Create (no ``id``) or change (``id``) one of the sender's personal canned replies.
    Refused with a reason for a bad value, a shortcut the agent already uses on another
    personal reply, someone else's or a shared reply, or past 500 personal replies."""

    op: Literal["canned.save"] = "canned.save"
    id: Id | None = None
    shortcut: Shortcut
    title: CannedTitle
    variants: Variants


class CannedDeleteOp(_Frame):
    """Delete one of the sender's personal canned replies (never a shared one)."""

    op: Literal["canned.delete"] = "canned.delete"
    id: Id


AnyOp = (
    ReplyOp
    | SetStatusOp
    | VoteOp
    | CannedSaveOp
    | CannedDeleteOp
    | CustomerNoteOp
    | CustomerUpdateOp
    | ComplaintOpenOp
    | ComplaintMoveOp
    | ComplaintEscalateOp
    | TaskAddOp
    | TaskDoneOp
)
MutationOp = Annotated[AnyOp, Field(discriminator="op")]
"""Every replayable desk change. The customer and complaint ops live beside their entities
(``protocol/kinds/customers.py``, ``protocol/kinds/complaints.py``)."""


# --------------------------------------------------------------------------- client -> server


class Hello(_Frame):
    """First frame of every connection. ``last_seq`` is the last seq the desk applied
    (0 for a new cache); ``epoch`` is the server epoch that cursor belongs to."""

    type: Literal["hello"] = "hello"
    protocol: int = Field(ge=0, le=MAX_INT)
    token: str = Field(min_length=1, max_length=512, pattern=r"^[\x21-\x7e]+$")
    client_id: str = Field(pattern=CLIENT_ID_PATTERN)
    last_seq: Position
    epoch: str | None = Field(default=None, max_length=64, pattern=r"^[\x21-\x7e]+$")


class Mutation(_Frame):
    """A local change from the desk's outbox. ``mutation_id`` strictly increases per client."""

    type: Literal["mutation"] = "mutation"
    mutation_id: Id
    change: MutationOp


class Pull(_Frame):
    """Ask the server to (re)send everything visible after ``after_seq`` (gap detected)."""

    type: Literal["pull"] = "pull"
    after_seq: Position


class Command(_Frame):
    """A real-time request (``protocol.commands``), answered once by a ``result`` with the
    same ``command_id``. Never queued: a desk sends it only while connected."""

    type: Literal["command"] = "command"
    command_id: Id
    name: str = Field(max_length=64, pattern=r"^[a-z_]+\.[a-z_]+$")
    args: dict[str, Any] = Field(default_factory=dict)


ActivityState = Literal["viewing", "typing", "left"]
"""What an agent is doing in a conversation, for colleagues (never in the event log)."""


class Activity(_Frame):
    """The desk's agent is viewing or typing in a conversation, or left it. Ephemeral:
    the server keeps it in memory for a short while (a desk repeats it while it lasts) and
    tells the colleagues who see that conversation; nothing is stored."""

    type: Literal["activity"] = "activity"
    conversation_id: Id
    state: ActivityState


# --------------------------------------------------------------------------- server -> client


class Colleague(_Frame):
    """One agent active in a conversation."""

    agent_id: int
    state: Literal["viewing", "typing"]


class ActivityUpdate(_Frame):
    """Who is in a conversation now (the whole list, the sender's own desk included), sent
    to every desk that sees the conversation whenever it changes."""

    type: Literal["activity_update"] = "activity_update"
    conversation_id: int
    agents: list[Colleague] = Field(default_factory=list, max_length=100)
    customer_typing: bool = False
    """The customer is typing on the web chat page (issue 12); never for email or phone."""


class AgentInfo(_Frame):
    id: int
    username: str
    display_name: str
    role: Literal["agent", "supervisor"]


class Welcome(_Frame):
    """Answer to ``hello``. ``last_mutation_id`` is the last mutation the server applied for
    this client id: the desk drops outbox entries at or below it (their ack was lost)."""

    type: Literal["welcome"] = "welcome"
    protocol: int
    epoch: str
    agent: AgentInfo
    latest_seq: int
    last_mutation_id: int
    heartbeat_interval: float


class Events(_Frame):
    """A batch of events. ``upto`` is the server seq this batch brings the desk to: events
    it may not see are skipped, so ``upto`` can be beyond the last event's seq."""

    type: Literal["events"] = "events"
    events: list[Event]
    upto: int
    replay: bool = False


class CaughtUp(_Frame):
    """Replay finished: the desk has everything visible up to ``seq``."""

    type: Literal["caught_up"] = "caught_up"
    seq: int


class Heartbeat(_Frame):
    """Sent every ``heartbeat_interval`` seconds. ``seq`` is the server's latest committed
    seq; ``delivered`` is how far this connection's event stream has been sent. A desk whose
    cursor stays behind ``seq`` over two heartbeats pulls the gap; a desk that hears no
    heartbeat for three intervals reconnects (a socket that answers pings but delivers
    nothing)."""

    type: Literal["heartbeat"] = "heartbeat"
    seq: int
    delivered: int
    time: float


class Ack(_Frame):
    """The mutation was applied (or had been applied before: ``duplicate``)."""

    type: Literal["ack"] = "ack"
    mutation_id: int
    duplicate: bool = False


class Reject(_Frame):
    """The mutation was refused; the id still counts as used. The desk rolls back."""

    type: Literal["reject"] = "reject"
    mutation_id: int
    code: str
    message: str


class Reset(_Frame):
    """The desk's cursor is older than the retained log (or from another epoch): a
    snapshot follows and replaces the desk's replicated state atomically."""

    type: Literal["reset"] = "reset"
    reason: str
    epoch: str


class Snapshot(_Frame):
    """A chunk of the snapshot that follows ``reset``. ``done`` marks the last chunk, whose
    ``seq`` is the cursor the snapshot stands at."""

    type: Literal["snapshot"] = "snapshot"
    entities: list[EntityData]
    done: bool
    seq: int


class CommandResult(_Frame):
    """The answer to a ``command``: ``ok`` with ``answer`` (the command's answer model as
    JSON), or not ``ok`` with an error ``code`` and a sentence for the agent."""

    type: Literal["result"] = "result"
    command_id: int
    ok: bool
    answer: dict[str, Any] | None = None
    code: str = ""
    message: str = ""


class ErrorFrame(_Frame):
    """Something the peer sent was wrong. ``fatal`` errors are followed by a close."""

    type: Literal["error"] = "error"
    code: ErrorCode
    message: str
    fatal: bool = False


ClientMessage = Hello | Mutation | Pull | Command | Activity
ServerMessage = (
    Welcome
    | ActivityUpdate
    | Events
    | CaughtUp
    | Heartbeat
    | Ack
    | Reject
    | Reset
    | Snapshot
    | CommandResult
    | ErrorFrame
)
ClientFrame = Annotated[ClientMessage, Field(discriminator="type")]
ServerFrame = Annotated[ServerMessage, Field(discriminator="type")]
_client_adapter: TypeAdapter[ClientMessage] = TypeAdapter(ClientFrame)
_server_adapter: TypeAdapter[ServerMessage] = TypeAdapter(ServerFrame)

CLIENT_TYPES = frozenset({"hello", "mutation", "pull", "command", "activity"})
SERVER_TYPES = frozenset(
    {
        "welcome",
        "activity_update",
        "events",
        "caught_up",
        "heartbeat",
        "ack",
        "reject",
        "reset",
        "snapshot",
        "result",
        "error",
    }
)


class FrameError(Exception):
    """An inbound frame could not be accepted; ``code`` is the error code to report."""

    def __init__(self, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.code: ErrorCode = code
        self.message = message


def _load(raw: str | bytes, known: frozenset[str], limit: int) -> dict[str, object]:
    if len(raw) > limit:
        raise FrameError("frame_too_large", f"frame of {len(raw)} bytes exceeds {limit}")
    try:
        obj = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise FrameError("bad_json", f"not valid JSON: {exc}") from None
    if not isinstance(obj, dict):
        raise FrameError("bad_frame", "a frame must be a JSON object")
    kind = obj.get("type")
    if not isinstance(kind, str):
        raise FrameError("bad_frame", "a frame needs a string 'type'")
    if kind not in known:
        raise FrameError("unknown_type", f"unknown frame type {kind[:40]!r}")
    return obj


def _explain(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"])
    return f"{where}: {first['msg']}" if where else str(first["msg"])


def parse_client_frame(raw: str | bytes) -> ClientMessage:
    """Validate a frame a desk sent. Raises :class:`FrameError`."""
    obj = _load(raw, CLIENT_TYPES, MAX_FRAME_BYTES)
    try:
        return _client_adapter.validate_python(obj)
    except ValidationError as exc:
        raise FrameError("bad_frame", _explain(exc)) from None


def parse_server_frame(raw: str | bytes) -> ServerMessage:
    """Validate a frame the server sent. Raises :class:`FrameError`.

    Forward compatibility: events and snapshot entities of a kind this build does not know
    (a newer server) are left out, so the rest of the frame still applies; a desk learns
    about such kinds only after an upgrade, whose cache migration replays from the start.
    """
    obj = _load(raw, SERVER_TYPES, MAX_SERVER_FRAME_BYTES)
    _drop_unknown_kinds(obj)
    try:
        return _server_adapter.validate_python(obj)
    except ValidationError as exc:
        raise FrameError("bad_frame", _explain(exc)) from None


def _drop_unknown_kinds(obj: dict[str, object]) -> None:
    known = frozenset(ENTITY_KINDS)
    if obj.get("type") == "events" and isinstance(events := obj.get("events"), list):
        obj["events"] = [e for e in events if not isinstance(e, dict) or e.get("kind") in known]
    elif obj.get("type") == "snapshot" and isinstance(items := obj.get("entities"), list):
        obj["entities"] = [e for e in items if not isinstance(e, dict) or e.get("kind") in known]


def client_ref(client_id: str, mutation_id: int) -> str:
    """The ``client_ref`` of the message a reply mutation creates.

    Every agent of the queue sees it, so it must not reveal the client id (which would let
    a colleague speak as that desk): it carries a hash of the id instead. The desk computes
    the same value to swap its pending copy for the server's.
    """
    digest = hashlib.sha256(client_id.encode()).hexdigest()[:16]
    return f"{digest}:{mutation_id}"


def encode(frame: BaseModel) -> str:
    """Serialise a frame to its JSON text form."""
    return frame.model_dump_json()
