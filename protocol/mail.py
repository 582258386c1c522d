"""REST bodies of the email channel that are not messages: the supervisors' quarantine of
inbound mail that was accepted by SMTP but could not be taken into a conversation
(unparseable beyond repair, an auto-reply, a bounce, a sender that cannot become a
customer). Kept so nothing accepted is ever lost silently."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

QuarantineReason = Literal["auto-reply", "bounce", "loop", "unparseable", "no-customer", "error"]
"""Why a mail waits in the quarantine: ``auto-reply`` (``Auto-Submitted``, ``Precedence``,
``X-Auto-Response-Suppress``), ``bounce`` (a DSN or null sender), ``loop`` (``X-Loop`` or
our own domain as sender), ``unparseable``, ``no-customer`` (no usable sender address),
``error`` (taking it in failed; releasing retries)."""

MAX_QUARANTINE_PAGE = 500


class QuarantineItem(BaseModel):
    """One quarantined mail as a supervisor's list shows it (raw bytes by
    ``GET /api/mail/quarantine/{id}/raw``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: int
    received_at: float
    sender: str = Field(max_length=998)
    recipient: str = Field(max_length=998)
    subject: str = Field(max_length=998)
    reason: QuarantineReason
    detail: str = Field(default="", max_length=500)
    size: int = Field(ge=0)


class QuarantineList(BaseModel):
    """``GET /api/mail/quarantine``: the newest first, at most ``limit`` of them."""

    model_config = ConfigDict(extra="forbid")

    items: list[QuarantineItem]
    total: int = Field(ge=0)


class QuarantineRelease(BaseModel):
    """``POST /api/mail/quarantine/{id}/release``: where the mail went (``conversation_id``
    None when it was taken in as nothing new, e.g. still an auto-reply)."""

    model_config = ConfigDict(extra="forbid")

    conversation_id: int | None
    message_id: int | None
