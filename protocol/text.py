"""Limits and normal forms of every text and number that crosses the wire.

One place decides, for each kind of field, how long it may be and what it looks like once
accepted, and both sides use it: the server refuses (422 or a non-fatal error frame) what
it cannot normalise, so nothing it stores can later break a desk's sync; the desk never
has to guess. The rules:

- Unicode is NFC. C0 controls other than tab and newline are removed (CR LF becomes LF),
  as are DEL and the C1 range; a lone surrogate is refused (it cannot be stored as UTF-8).
- Single-line fields (names, subjects, refs) fold every run of white space to one space
  and drop bidi embedding/override/isolate controls, so a name cannot reverse the text
  around it or pretend to be two lines. Bodies keep their lines; the desk neutralises
  bidi controls when it shows them.
- Emails follow RFC 5321 lengths (local part 64, whole address 254); phone numbers are
  E.164 through ``phonenumbers``; languages are BCP 47 tags from a known set.
- Integers that name rows or positions fit in 53 bits (the largest every client, a web
  page included, can hold exactly), so no value reaches SQL that would overflow it.

The ``Annotated`` types at the bottom are what models use; the functions are public so
that code which does not go through pydantic (the email channel, the desk) normalises
identically.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Annotated

import phonenumbers
from pydantic import AfterValidator, Field

MAX_INT = 2**53 - 1
"""Largest id, seq or counter accepted anywhere."""

MAX_NAME_CHARS = 200
MAX_SUBJECT_CHARS = 500
MAX_REF_CHARS = 320
MAX_QUEUE_CHARS = 100
MAX_EMAIL_CHARS = 254
MAX_EMAIL_LOCAL_CHARS = 64
MAX_PHONE_CHARS = 32
MAX_BODY_CHARS = 100_000
EXCERPT_CHARS = 80
"""How much of a refused value an error message may quote."""

LANGUAGES: dict[str, str] = {
    "en": "en",
    "en-us": "en",
    "en-gb": "en",
    "fi": "fi",
    "fi-fi": "fi",
    "sv": "sv",
    "sv-fi": "sv",
    "zh-hans": "zh-Hans",
    "zh-cn": "zh-Hans",
    "zh-sg": "zh-Hans",
    "zh-hant": "zh-Hant",
    "zh-tw": "zh-Hant",
    "zh-hk": "zh-Hant",
    "zh-mo": "zh-Hant",
}
"""Known BCP 47 tags (lower-cased) and the tag each is stored as."""

BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACE = re.compile(r"\s+")
_SURROGATE = re.compile("[\ud800-\udfff]")
_EMAIL_LOCAL = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$")
_DOMAIN_LABEL = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")


def excerpt(value: object, limit: int = EXCERPT_CHARS) -> str:
    """A short, printable, single-line quotation of ``value`` for an error message or a
    log line: never more than ``limit`` characters of the input, controls escaped."""
    text = value if isinstance(value, str) else repr(value)
    cut = text[:limit]
    shown = cut.encode("utf-8", "backslashreplace").decode("utf-8")
    shown = "".join(
        c if c.isprintable() and c not in BIDI_CONTROLS else f"\\u{ord(c):04x}" for c in shown
    )
    return shown + ("…" if len(text) > limit else "")


def clean_multiline(value: str) -> str:
    """NFC, LF line ends, no controls but tab and newline. Raises ``ValueError`` for a lone
    surrogate (not storable as UTF-8)."""
    if _SURROGATE.search(value):
        raise ValueError("text contains a lone surrogate (not valid Unicode)")
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", _CONTROL.sub("", value))


def clean_line(value: str) -> str:
    """:func:`clean_multiline`, then one line: white space folded, bidi controls dropped,
    ends stripped."""
    value = clean_multiline(value)
    value = "".join(c for c in value if c not in BIDI_CONTROLS)
    return _SPACE.sub(" ", value).strip()


def normal_email(value: str) -> str:
    """An address with RFC 5321 lengths and a plausible shape; the domain lower-cased."""
    value = clean_line(value)
    local, at, domain = value.rpartition("@")
    if not at or not local or not domain:
        raise ValueError("an email address needs a local part and a domain")
    if len(value) > MAX_EMAIL_CHARS or len(local) > MAX_EMAIL_LOCAL_CHARS:
        raise ValueError(
            f"an email address has at most {MAX_EMAIL_CHARS} characters "
            f"({MAX_EMAIL_LOCAL_CHARS} before the @)"
        )
    if not _EMAIL_LOCAL.match(local) or local.startswith(".") or ".." in local:
        raise ValueError("the part before the @ has characters an address cannot have")
    try:
        ascii_domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        raise ValueError("the domain is not a valid host name") from None
    labels = ascii_domain.split(".")
    if len(labels) < 2 or not all(_DOMAIN_LABEL.match(label) for label in labels):
        raise ValueError("the domain is not a valid host name")
    return f"{local}@{domain.lower()}"


def normal_phone(value: str) -> str:
    """E.164 (``+358401234567``). Numbers must carry their country code."""
    value = clean_line(value)
    if len(value) > MAX_PHONE_CHARS:
        raise ValueError(f"a phone number has at most {MAX_PHONE_CHARS} characters")
    try:
        number = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        raise ValueError("not a phone number with a country code (+...)") from None
    if not phonenumbers.is_possible_number(number):
        raise ValueError("not a possible phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normal_language(value: str) -> str:
    """A known BCP 47 tag in its stored spelling (``zh-TW`` -> ``zh-Hant``)."""
    tag = clean_line(value).replace("_", "-").lower()
    known = LANGUAGES.get(tag)
    if known is None:
        raise ValueError(
            f"unknown language tag; known: {', '.join(sorted(set(LANGUAGES.values())))}"
        )
    return known


def _non_empty(value: str) -> str:
    if not value:
        raise ValueError("is empty once control characters and spaces are removed")
    return value


def _line(limit: int, *, required: bool) -> AfterValidator:
    def check(value: str) -> str:
        value = clean_line(value)
        if required:
            _non_empty(value)
        if len(value) > limit:
            raise ValueError(f"has more than {limit} characters")
        return value

    return AfterValidator(check)


def _body(value: str) -> str:
    value = clean_multiline(value)
    if not value.strip():
        raise ValueError("is empty once control characters and spaces are removed")
    return value


def _no_surrogates(value: str) -> str:
    if _SURROGATE.search(value):
        raise ValueError("text contains a lone surrogate (not valid Unicode)")
    return value


Unicode = Annotated[str, AfterValidator(_no_surrogates)]
"""Any text that can be stored as UTF-8, kept as given (passwords, authored content)."""

# The raw length bound (before normalising) keeps the work per field bounded; the
# validator then enforces the real limit on the normal form.
PersonName = Annotated[
    str, Field(min_length=1, max_length=4 * MAX_NAME_CHARS), _line(MAX_NAME_CHARS, required=True)
]
Subject = Annotated[
    str, Field(max_length=4 * MAX_SUBJECT_CHARS), _line(MAX_SUBJECT_CHARS, required=False)
]
Ref = Annotated[
    str, Field(min_length=1, max_length=4 * MAX_REF_CHARS), _line(MAX_REF_CHARS, required=True)
]
QueueName = Annotated[
    str, Field(min_length=1, max_length=4 * MAX_QUEUE_CHARS), _line(MAX_QUEUE_CHARS, required=True)
]
Email = Annotated[str, Field(max_length=4 * MAX_EMAIL_CHARS), AfterValidator(normal_email)]
Phone = Annotated[str, Field(max_length=4 * MAX_PHONE_CHARS), AfterValidator(normal_phone)]
LanguageTag = Annotated[str, Field(max_length=35), AfterValidator(normal_language)]
Body = Annotated[str, Field(min_length=1, max_length=MAX_BODY_CHARS), AfterValidator(_body)]
Id = Annotated[int, Field(ge=1, le=MAX_INT)]
Position = Annotated[int, Field(ge=0, le=MAX_INT)]
