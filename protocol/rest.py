"""Bodies of the HTTP API (sign-in, intake, reads), shared by server, desk and simulator."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal, get_args
from urllib.parse import urlsplit

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field

from protocol.entities import Channel, ConversationData, MessageData
from protocol.kinds.canned import CannedTitle, Shortcut, Variants
from protocol.kinds.routing import (
    MAX_CAPACITY,
    MAX_SKILL_LEVEL,
    DeclineReason,
    Skill,
    WrapupCode,
)
from protocol.text import (
    MAX_INT,
    Body,
    Email,
    Id,
    LanguageTag,
    PersonName,
    Phone,
    QueueName,
    Ref,
    Subject,
    Unicode,
    clean_line,
)

MAX_CONVERSATION_TOKEN_CHARS = 100


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LoginRequest(_Body):
    username: Annotated[Unicode, Field(min_length=1, max_length=100)]
    password: Annotated[Unicode, Field(min_length=1, max_length=1000)]


class LoginResponse(_Body):
    token: str
    expires_at: float
    agent_id: int
    display_name: str
    role: Literal["agent", "supervisor"]


class IntakeCustomer(_Body):
    """Who wrote. ``ref`` is the channel's stable handle (email address, phone number,
    chat visitor id): the same ref finds the same customer."""

    ref: Ref
    name: PersonName
    email: Email | None = None
    phone: Phone | None = None
    language: LanguageTag = "en"


class IntakeMessage(_Body):
    """A new inbound customer message. With ``conversation_token`` (from an earlier
    :class:`IntakeResult`) it continues exactly that conversation; without, the server
    continues the customer's open conversation on that channel, or opens a new one in
    ``queue``. A conversation id alone never picks a conversation: ids are guessable."""

    channel: Channel
    customer: IntakeCustomer
    body: Body
    subject: Subject = ""
    queue: QueueName | None = Field(default=None, description="queue name; default: by channel")
    conversation_token: str | None = Field(
        default=None, max_length=MAX_CONVERSATION_TOKEN_CHARS, pattern=r"^[0-9]+\.[A-Za-z0-9_-]+$"
    )


class IntakeResult(_Body):
    """``conversation_token`` lets this customer's channel add to this conversation later
    (a chat page keeps it for its visitor); only the intake API ever hands it out."""

    conversation_id: int
    message_id: int
    customer_id: int
    seq: int
    conversation_token: str = ""
    survey_token: str = ""
    """Lets the customer answer this contact's surveys (``POST /api/intake/survey``)."""


class IntakeCallback(_Body):
    """``POST /api/intake/callbacks``: the customer asks to be called back (a "call me
    back" button on the chat page). ``conversation_token`` names their conversation; the
    callback is routed like a call at ``due_at`` (UNIX seconds; now or up to 60 days on).
    ``phone`` defaults to the one the customer gave before."""

    conversation_token: str = Field(
        max_length=MAX_CONVERSATION_TOKEN_CHARS, pattern=r"^[0-9]+\.[A-Za-z0-9_-]+$"
    )
    due_at: float = Field(ge=0, le=32503680000.0)
    phone: Phone | None = None
    note: Subject = ""


class IntakeCallbackResult(_Body):
    """The scheduled callback's id and when it will ring."""

    callback_id: int
    due_at: float
    phone: str
    seq: int


class ConversationPage(_Body):
    items: list[ConversationData]
    next_cursor: str | None


class MessageList(_Body):
    items: list[MessageData]


class ImportArticle(_Body):
    """One article for ``POST /api/kb/import``: front matter and body already parsed by the
    authoring tool (``frontline kb import`` uses ``desktop.knowledge``). ``slug`` is the
    front matter's ``id``; ``version`` is the author's, a floor for the server's own."""

    slug: Annotated[Unicode, Field(min_length=1, max_length=200)]
    title: Annotated[Unicode, Field(min_length=1, max_length=500)]
    lang: Annotated[Unicode, Field(min_length=1, max_length=35)]
    body: Annotated[Unicode, Field(max_length=1_000_000)]
    category: Annotated[Unicode, Field(max_length=200)] = ""
    section: Annotated[Unicode, Field(max_length=200)] = ""
    tags: list[Annotated[Unicode, Field(max_length=100)]] = Field(
        default_factory=list, max_length=50
    )
    status: Annotated[str, Field(max_length=20)] = "published"
    version: Annotated[int, Field(ge=1, le=MAX_INT)] = 1
    translations: list[Annotated[Unicode, Field(max_length=200)]] = Field(
        default_factory=list, max_length=50
    )


class ImportScript(_Body):
    """One call script for ``POST /api/kb/import``: its YAML text plus what lists it."""

    slug: Annotated[Unicode, Field(min_length=1, max_length=200)]
    title: Annotated[Unicode, Field(min_length=1, max_length=500)]
    lang: Annotated[Unicode, Field(min_length=1, max_length=35)]
    source: Annotated[Unicode, Field(min_length=1, max_length=1_000_000)]


class KbImport(_Body):
    """Body of ``POST /api/kb/import`` (supervisors only). Items are upserted by slug;
    unchanged content makes no event and keeps the version."""

    articles: list[ImportArticle] = Field(default_factory=list)
    scripts: list[ImportScript] = Field(default_factory=list)


class ImportProblem(_Body):
    """An item the server refused, and why."""

    item: str
    reason: str


class ImportCounts(_Body):
    created: int = 0
    updated: int = 0
    unchanged: int = 0


class KbImportResult(_Body):
    """What an import did, per kind and in total; ``seq`` is the log position after it."""

    created: int
    updated: int
    unchanged: int
    articles: ImportCounts
    scripts: ImportCounts
    problems: list[ImportProblem]
    seq: int


MAX_CANNED_IMPORT = 5_000
"""Shared canned replies one import may carry (the whole set of a centre, in one request,
so ``prune`` knows what is gone and nothing is ever half-imported)."""


class CannedFile(_Body):
    """One shared canned reply as a supervisor writes it in a file (YAML or JSON, one
    reply per file): ``queue`` is the queue's name, absent for every queue."""

    shortcut: Shortcut
    title: CannedTitle
    queue: QueueName | None = None
    variants: Variants


class CannedImport(_Body):
    """Body of ``POST /api/canned/import`` (supervisors only). Replies are upserted by
    shortcut and queue; ``prune`` deletes the shared replies the body does not name."""

    replies: list[CannedFile] = Field(default_factory=list, max_length=MAX_CANNED_IMPORT)
    prune: bool = False


class CannedImportResult(_Body):
    """What a canned import did. With any ``problems`` (an unknown queue, a shortcut twice
    for one queue) nothing was imported; ``item`` names the reply as ``queue/shortcut``
    (``*/shortcut`` for every queue). ``seq`` is the log position after it."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    problems: list[ImportProblem] = Field(default_factory=list)
    seq: int = 0


class WrapupCodeBody(_Body):
    """One wrap-up code of a queue: a short code and the label agents pick it by."""

    code: WrapupCode = Field(min_length=1)
    label: DeclineReason = Field(min_length=1)


class QueueRoutingBody(_Body):
    """``PUT /api/routing/queues/{queue_id}`` (supervisors): a queue's routing settings,
    replaced whole. Meanings in ``protocol.kinds.routing.QueueRoutingData``."""

    priority: int = Field(default=0, ge=-100, le=100)
    sla_seconds: int = Field(default=60, ge=1, le=7 * 86400)
    next_response_seconds: int = Field(default=300, ge=1, le=7 * 86400)
    widen_after_seconds: int = Field(default=30, ge=0, le=86400)
    min_level: int = Field(default=1, ge=1, le=MAX_SKILL_LEVEL)
    acw_seconds: int = Field(default=60, ge=0, le=3600)
    wrapup_required: bool = True
    wrapup_codes: list[WrapupCodeBody] = Field(default_factory=list, max_length=50)
    offer_seconds: float = Field(default=20.0, ge=5.0, le=120.0)


class RoutingProfileBody(_Body):
    """``PUT /api/routing/agents/{agent_id}`` (supervisors): an agent's skills (queue and
    level), languages (empty: any) and capacity per channel, replaced whole."""

    skills: list[Skill] = Field(default_factory=list, max_length=100)
    languages: list[LanguageTag] = Field(default_factory=list, max_length=10)
    capacity: dict[str, Annotated[int, Field(ge=0, le=MAX_CAPACITY)]] = Field(
        default_factory=dict, max_length=3
    )
    """Channel (phone, chat, email) -> contacts at once; channels left out keep defaults."""


# --- Orders (issue 10 part 3): the shop's feed into the commerce domain -----------------

MAX_ORDER_IMPORT = 5000
"""Orders per import; a bigger shop sends several imports (each is all or nothing)."""
MAX_ORDER_ITEMS = 200
MAX_ORDER_REFUNDS = 50
MAX_AMOUNT_MINOR = 10**12
"""Amounts are whole minor units (cents, fen): 0 .. 10^12, far above any real order and
far below 2^53, so a desk's float-free JSON parser never loses a digit."""
MAX_ORDER_NUMBER_CHARS = 40
MAX_EXTERNAL_ID_CHARS = 100
MAX_SKU_CHARS = 64
MAX_ITEM_TITLE_CHARS = 200
MAX_CARRIER_CHARS = 100
MAX_TRACKING_CODE_CHARS = 100
MAX_TRACKING_URL_CHARS = 2000
MAX_REFUND_REASON_CHARS = 200
MAX_ITEM_QUANTITY = 10_000
ORDERS_PAGE_MAX = 100

OrderStatus = Literal[
    "placed", "paid", "shipped", "delivered", "cancelled", "refunded", "partially_refunded"
]
ORDER_STATUSES: tuple[str, ...] = get_args(OrderStatus)


def _order_line(limit: int, *, required: bool) -> AfterValidator:
    def check(value: str) -> str:
        value = clean_line(value)
        if required and not value:
            raise ValueError("is empty once control characters and spaces are removed")
        if len(value) > limit:
            raise ValueError(f"has more than {limit} characters")
        return value

    return AfterValidator(check)


def _tracking_url(value: str) -> str:
    """Only http(s) links with a host: a desk opens it on a click, so ``javascript:``,
    ``file:`` and friends never get stored."""
    value = value.strip()
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise ValueError("a tracking link must be an http or https URL with a host")
    if any(c.isspace() or ord(c) < 32 for c in value):
        raise ValueError("a tracking link cannot contain spaces or control characters")
    return value


ExternalId = Annotated[
    str,
    Field(max_length=4 * MAX_EXTERNAL_ID_CHARS),
    _order_line(MAX_EXTERNAL_ID_CHARS, required=True),
]
OrderNumber = Annotated[
    str,
    Field(max_length=4 * MAX_ORDER_NUMBER_CHARS),
    _order_line(MAX_ORDER_NUMBER_CHARS, required=True),
]
Sku = Annotated[str, Field(max_length=4 * MAX_SKU_CHARS), _order_line(MAX_SKU_CHARS, required=True)]
ItemTitle = Annotated[
    str,
    Field(max_length=4 * MAX_ITEM_TITLE_CHARS),
    _order_line(MAX_ITEM_TITLE_CHARS, required=True),
]
Carrier = Annotated[
    str, Field(max_length=4 * MAX_CARRIER_CHARS), _order_line(MAX_CARRIER_CHARS, required=True)
]
TrackingCode = Annotated[
    str,
    Field(max_length=4 * MAX_TRACKING_CODE_CHARS),
    _order_line(MAX_TRACKING_CODE_CHARS, required=True),
]
TrackingUrl = Annotated[
    str, Field(max_length=MAX_TRACKING_URL_CHARS), AfterValidator(_tracking_url)
]
RefundReason = Annotated[
    str,
    Field(max_length=4 * MAX_REFUND_REASON_CHARS),
    _order_line(MAX_REFUND_REASON_CHARS, required=False),
]
Currency = Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
"""ISO 4217 alphabetic code, upper case (EUR, CNY, TWD, USD, GBP)."""
AmountMinor = Annotated[int, Field(ge=0, le=MAX_AMOUNT_MINOR, strict=False)]


class OrderItemBody(_Body):
    """One line of an order: ``unit_minor`` is the price of one unit in minor units."""

    sku: Sku
    title: ItemTitle
    quantity: Annotated[int, Field(ge=1, le=MAX_ITEM_QUANTITY)]
    unit_minor: AmountMinor


class RefundBody(_Body):
    """One refund of an order, idempotent by its ``external_id`` (the shop's id)."""

    external_id: ExternalId
    amount_minor: AmountMinor
    reason: RefundReason = ""
    refunded_at: AwareDatetime


class OrderBody(_Body):
    """One order as the shop sends it. The customer is named by ``customer_id`` or, failing
    that, by ``customer_email`` or ``customer_phone`` (E.164 after normalising). Times
    carry a time zone (ISO 8601, e.g. ``2026-11-03T10:00:00Z``)."""

    external_id: ExternalId
    number: OrderNumber
    customer_id: Id | None = None
    customer_email: Email | None = None
    customer_phone: Phone | None = None
    currency: Currency
    total_minor: AmountMinor
    status: OrderStatus
    placed_at: AwareDatetime
    updated_at: AwareDatetime | None = None
    carrier: Carrier | None = None
    tracking_code: TrackingCode | None = None
    tracking_url: TrackingUrl | None = None
    items: list[OrderItemBody] = Field(min_length=1, max_length=MAX_ORDER_ITEMS)
    refunds: list[RefundBody] = Field(default_factory=list, max_length=MAX_ORDER_REFUNDS)


class OrderImport(_Body):
    """JSON body of ``POST /api/commerce/orders/import`` (supervisors only). Each order is
    validated on its own so the answer can name every bad one."""

    orders: list[OrderBody] = Field(default_factory=list, max_length=MAX_ORDER_IMPORT)


class OrderImportProblem(_Body):
    """A row the server refused: ``row`` is the order's index in ``orders`` (JSON, from 0)
    or the CSV line (from 1, the header is line 1)."""

    row: int
    item: str
    reason: str


class OrderImportResult(_Body):
    """What an order import did. With any ``problems`` the answer is 422 and nothing was
    written."""

    created: int = 0
    updated: int = 0
    items: int = 0
    refunds: int = 0
    problems: list[OrderImportProblem] = Field(default_factory=list)


class OrderItemView(_Body):
    line: int
    sku: str
    title: str
    quantity: int
    unit_minor: int


class RefundView(_Body):
    external_id: str
    amount_minor: int
    reason: str
    refunded_at: float


class OrderView(_Body):
    """An order as ``GET /api/customers/{id}/orders`` and ``GET /api/orders/by-number/{n}``
    answer it; times are epoch seconds like every other time in the protocol."""

    id: int
    external_id: str
    number: str
    customer_id: int
    currency: str
    total_minor: int
    refunded_minor: int
    status: OrderStatus
    placed_at: float
    updated_at: float
    carrier: str | None
    tracking_code: str | None
    tracking_url: str | None
    items: list[OrderItemView]
    refunds: list[RefundView]


class CustomerOrders(_Body):
    """A customer's orders, newest first."""

    customer_id: int
    orders: list[OrderView]


def epoch(value: datetime) -> float:
    """Seconds since the epoch of an aware time (how the server stores order times)."""
    return value.timestamp()
