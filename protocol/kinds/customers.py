"""Customers (issue 10): the profile every channel shares, and notes about the person.

A customer is one person however they reach us: ``identities`` lists every handle
(several emails, phones in E.164, chat handles), and the primary ``email`` / ``phone``
are the ones the desk shows first. ``tags`` are segments (``vip``, ``at-risk``),
``consent`` what the customer agreed to be contacted by. A merged duplicate keeps its row
with ``merged_into`` set (history moved to the survivor, the merge logged and undoable);
an erased customer keeps its id with every personal field blanked and ``erased`` set, so
desks replace what they cached.

The limits here are the contract for the desk's ops, the server's columns and the
entity alike.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal, get_args
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from protocol.kinds.base import EntityBase
from protocol.text import (
    MAX_REF_CHARS,
    Id,
    LanguageTag,
    PersonName,
    clean_line,
    clean_multiline,
    normal_email,
    normal_phone,
)

Language = str  # a BCP 47 tag: en, zh-Hans, zh-Hant, fi, ...

IdentityType = Literal["email", "phone", "chat"]
IDENTITY_TYPES: tuple[str, ...] = get_args(IdentityType)

MAX_IDENTITIES = 20
"""Handles one customer may have; a merge that would pass it is refused."""
MAX_TAGS = 20
MAX_TAG_CHARS = 32
MAX_NOTE_CHARS = 5_000
MAX_TIMEZONE_CHARS = 64

_TAG = re.compile(r"^[a-z0-9][a-z0-9_-]{0,31}$")


def normal_tag(value: str) -> str:
    """A segment tag: lower-case ASCII letters, digits, ``-`` and ``_``, 1-32 characters;
    spaces become ``-`` (``"At Risk"`` -> ``at-risk``)."""
    tag = clean_line(value).strip().lower().replace(" ", "-")
    if not _TAG.match(tag):
        raise ValueError(
            "a tag holds 1-32 of a-z, 0-9, '-' and '_', starting with a letter or digit"
        )
    return tag


def normal_timezone(value: str) -> str:
    """An IANA time zone name the standard library knows (``Europe/Helsinki``)."""
    name = clean_line(value)
    if not name or len(name) > MAX_TIMEZONE_CHARS or ".." in name or name.startswith("/"):
        raise ValueError("not a time zone name such as Europe/Helsinki")
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError("not a time zone name such as Europe/Helsinki") from None
    return name


def normal_handle(kind: str, value: str) -> str:
    """An identity's normal form: E.164 for phones, the lower-cased domain for emails, a
    cleaned single line for chat handles. Raises ``ValueError`` with a sentence."""
    if kind == "phone":
        return normal_phone(value)
    if kind == "email":
        return normal_email(value)
    handle = clean_line(value)
    if not handle:
        raise ValueError("a chat handle cannot be empty")
    if len(handle) > MAX_REF_CHARS:
        raise ValueError(f"a chat handle has at most {MAX_REF_CHARS} characters")
    return handle


def _note_body(value: str) -> str:
    body = clean_multiline(value).strip()
    if not body:
        raise ValueError("a note cannot be empty")
    if len(body) > MAX_NOTE_CHARS:
        raise ValueError(f"a note has at most {MAX_NOTE_CHARS} characters")
    return body


Tag = Annotated[str, Field(max_length=4 * MAX_TAG_CHARS), AfterValidator(normal_tag)]
TimeZoneName = Annotated[
    str, Field(max_length=4 * MAX_TIMEZONE_CHARS), AfterValidator(normal_timezone)
]
NoteBody = Annotated[str, Field(max_length=4 * MAX_NOTE_CHARS), AfterValidator(_note_body)]


class Identity(BaseModel):
    """One way to reach the customer, in its normal form."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    type: IdentityType
    value: Annotated[str, Field(min_length=1, max_length=4 * MAX_REF_CHARS)]

    @model_validator(mode="after")
    def _normal(self) -> Identity:
        normal = normal_handle(self.type, self.value)
        if normal != self.value:
            object.__setattr__(self, "value", normal)
        return self


class Consent(BaseModel):
    """What the customer agreed to: being contacted by email or phone about their cases,
    and marketing. Everything is off until the customer says yes."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    email: bool = False
    phone: bool = False
    marketing: bool = False


class CustomerData(EntityBase):
    """A customer the agent works with (one of their conversations is in its queues);
    others are read on demand through ``GET /api/customers/{id}/profile``."""

    kind: Literal["customer"] = "customer"
    id: int
    name: str
    email: str | None = None
    phone: str | None = None
    language: Language = "en"
    timezone: str | None = None
    tags: list[str] = Field(default_factory=list)
    consent: Consent = Field(default_factory=Consent)
    identities: list[Identity] = Field(default_factory=list)
    merged_into: int | None = None
    erased: bool = False
    updated_at: float = 0.0


class CustomerNoteData(EntityBase):
    """A note about the person (not one conversation), with who wrote it and when."""

    kind: Literal["customer_note"] = "customer_note"
    id: int
    customer_id: int
    author_id: int | None = None
    author_name: str
    body: str
    created_at: float


# --------------------------------------------------------------------------- desk ops


class _Op(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CustomerNoteOp(_Op):
    """Add a note to a customer's profile (through the outbox: works offline)."""

    op: Literal["customer.note"] = "customer.note"
    customer_id: Id
    body: NoteBody


class CustomerUpdateOp(_Op):
    """Change a customer's profile. ``None`` leaves a field as it is; ``tags`` and
    ``consent`` replace the whole set; identities are added and removed one by one (the
    server refuses a handle another customer already has, naming that customer's id only
    to supervisors)."""

    op: Literal["customer.update"] = "customer.update"
    customer_id: Id
    name: PersonName | None = None
    language: LanguageTag | None = None
    timezone: TimeZoneName | None = None
    tags: list[Tag] | None = Field(default=None, max_length=MAX_TAGS)
    consent: Consent | None = None
    add_identities: list[Identity] = Field(default_factory=list, max_length=MAX_IDENTITIES)
    remove_identities: list[Identity] = Field(default_factory=list, max_length=MAX_IDENTITIES)
