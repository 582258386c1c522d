"""Canned replies: ready-made answers an agent inserts with "/" in the reply box.

A reply is ``shared`` (supervisors keep them as files and import them; for one queue, or
for everyone when ``queue_id`` is None) or ``personal`` (an agent makes it in the desk;
only its ``owner_id`` ever receives it). One reply holds every language's text:
``variants`` maps a BCP 47 tag to a body, and the desk picks the conversation's language.
Bodies are templates (``{customer.first_name}``, ``{{fill:order number}}``): the desk
fills them in; the server stores them as text.

The limits here are the contract for the import files, the desk's save op and the entity
alike, so nothing the server accepts can break a desk's sync or picker.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal, get_args

from pydantic import AfterValidator, Field, model_validator

from protocol.kinds.base import EntityBase
from protocol.text import LANGUAGES, clean_line, clean_multiline

CannedScope = Literal["shared", "personal"]
CANNED_SCOPES: tuple[str, ...] = get_args(CannedScope)

MAX_SHORTCUT_CHARS = 32
MAX_CANNED_TITLE_CHARS = 120
MAX_CANNED_BODY_CHARS = 5_000
MAX_CANNED_VARIANTS = 8
MAX_PERSONAL_REPLIES = 500
"""Personal replies one agent may keep (the server refuses the 501st)."""

_SHORTCUT = re.compile(r"^[a-z0-9_-]{1,32}$")
_TAG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")


def normal_shortcut(value: str) -> str:
    """What the agent types after "/": lower-case ASCII letters, digits, ``-`` and ``_``,
    1-32 characters. Case is folded, a leading ``/`` and surrounding spaces are dropped,
    inner spaces become ``-`` (``"/Refund Time"`` -> ``refund-time``); anything else is
    refused rather than guessed at."""
    value = clean_line(value).lstrip("/").strip().lower().replace(" ", "-")
    if not value:
        raise ValueError("a shortcut needs at least one letter or digit")
    if len(value) > MAX_SHORTCUT_CHARS:
        raise ValueError(f"a shortcut has at most {MAX_SHORTCUT_CHARS} characters")
    if not _SHORTCUT.match(value):
        raise ValueError("a shortcut may hold only a-z, 0-9, '-' and '_'")
    return value


def normal_variant_tag(value: str) -> str:
    """A variant's language: a known tag in its stored spelling (``zh-TW`` -> ``zh-Hant``),
    or another well-formed BCP 47 tag in canonical case (``pt-br`` -> ``pt-BR``,
    ``sr-latn`` -> ``sr-Latn``)."""
    tag = clean_line(value).replace("_", "-")
    known = LANGUAGES.get(tag.lower())
    if known is not None:
        return known
    if len(tag) > 35 or not _TAG.match(tag):
        raise ValueError(f"{tag[:40]!r} is not a language tag (en, fi, zh-Hans, zh-Hant, ...)")
    first, *rest = tag.split("-")
    parts = [first.lower()]
    for part in rest:
        if len(part) == 4 and part.isalpha():
            parts.append(part.title())  # script
        elif len(part) == 2 and part.isalpha():
            parts.append(part.upper())  # region
        else:
            parts.append(part.lower())
    return "-".join(parts)


def _title(value: str) -> str:
    value = clean_line(value)
    if not value:
        raise ValueError("a title is empty once control characters and spaces are removed")
    if len(value) > MAX_CANNED_TITLE_CHARS:
        raise ValueError(f"a title has at most {MAX_CANNED_TITLE_CHARS} characters")
    return value


def _variant_body(tag: str, value: str) -> str:
    value = clean_multiline(value).strip("\n")
    if not value.strip():
        raise ValueError(f"the {tag} text is empty")
    if len(value) > MAX_CANNED_BODY_CHARS:
        raise ValueError(f"the {tag} text has more than {MAX_CANNED_BODY_CHARS} characters")
    return value


def normal_variants(value: dict[str, str]) -> dict[str, str]:
    """Language tag -> body: 1-8 variants, tags normalised (two spellings of one language
    are refused, not merged), each body 1-5,000 characters of clean text."""
    if not value:
        raise ValueError("a canned reply needs the text of at least one language")
    if len(value) > MAX_CANNED_VARIANTS:
        raise ValueError(f"a canned reply has at most {MAX_CANNED_VARIANTS} languages")
    out: dict[str, str] = {}
    for raw_tag, body in value.items():
        tag = normal_variant_tag(raw_tag)
        if tag in out:
            raise ValueError(f"the language {tag} is given twice")
        out[tag] = _variant_body(tag, body)
    return out


Shortcut = Annotated[
    str, Field(min_length=1, max_length=4 * MAX_SHORTCUT_CHARS), AfterValidator(normal_shortcut)
]
CannedTitle = Annotated[
    str, Field(min_length=1, max_length=4 * MAX_CANNED_TITLE_CHARS), AfterValidator(_title)
]
# Raw bounds (before normalising) keep the work per field bounded; the validator then
# enforces the real limits on the normal form.
Variants = Annotated[
    dict[
        Annotated[str, Field(max_length=64)],
        Annotated[str, Field(max_length=2 * MAX_CANNED_BODY_CHARS)],
    ],
    Field(max_length=2 * MAX_CANNED_VARIANTS),
    AfterValidator(normal_variants),
]


class CannedReplyData(EntityBase):
    """One canned reply with every language's text.

    ``scope`` shared: ``queue_id`` is its queue (None: every queue) and ``owner_id`` None;
    the queue's members and supervisors receive it. ``scope`` personal: ``owner_id`` is
    the agent who made it and the only one who receives it; ``queue_id`` None. A deleted
    reply arrives as a ``delete`` event (no tombstone is kept).
    """

    kind: Literal["canned_reply"] = "canned_reply"
    id: int
    scope: CannedScope
    queue_id: int | None = None
    owner_id: int | None = None
    shortcut: Shortcut
    title: CannedTitle
    variants: Variants
    updated_at: float

    @model_validator(mode="after")
    def _scope_fits(self) -> CannedReplyData:
        if self.scope == "personal" and (self.owner_id is None or self.queue_id is not None):
            raise ValueError("a personal reply has an owner and no queue")
        if self.scope == "shared" and self.owner_id is not None:
            raise ValueError("a shared reply has no owner")
        return self
