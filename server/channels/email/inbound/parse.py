"""One received mail (raw bytes) to what a message needs: who wrote, the thread's ids,
the new text and its quoted history, sanitised HTML, attachments, and whether it is an
automatic mail that must open nothing.

Parsing uses the standard library (``email``: ``compat32`` for the structure,
``policy.default`` when that raises) and reads headers and part payloads through
:mod:`.charsets`, so a lying or unknown charset degrades to replacement characters
instead of an exception: every mail either parses or is quarantined, and a parse never
takes the server down.
"""

from __future__ import annotations

import email.message
import email.utils
import re
from dataclasses import dataclass, field
from email import policy
from email.parser import BytesParser

from mailparser_reply import EmailReplyParser  # type: ignore[import-untyped]
from mailparser_reply.constants import MAIL_LANGUAGES  # type: ignore[import-untyped]

from protocol.kinds.conversations import MAX_ATTACHMENTS
from protocol.text import MAX_BODY_CHARS, MAX_NAME_CHARS, MAX_SUBJECT_CHARS, normal_email
from server.channels import files
from server.channels.email.inbound import html, language
from server.channels.email.inbound.charsets import decode_header_value, decode_text

MAX_THREAD_IDS = 50
"""Message-IDs read from ``References`` (the newest ones: a reply's parent is last)."""
MAX_PARTS = 500
"""MIME parts looked at in one mail (a bomb of nested empty parts stops here)."""
MAX_DEPTH = 20
_ID = re.compile(r"<([^<>\s]{1,996})>")
_REPLY_PARSER = EmailReplyParser(languages=[lang for lang in MAIL_LANGUAGES if lang != "david"])
_AUTO_HEADERS = ("x-auto-response-suppress", "x-autoreply", "x-autorespond")
_QUOTE_HEADER = re.compile(r"(wrote|schrieb|écrit|escribió|写道|寫道|書きました)\s*[:：]\s*$", re.I)


@dataclass
class Part:
    """A file of the mail: kept in the file store when the message is taken in."""

    name: str
    content_type: str
    data: bytes
    inline: bool = False
    content_id: str = ""


@dataclass
class ParsedMail:
    """What a message is made of; ``automatic`` is why it must open nothing (or None)."""

    address: str | None
    name: str
    subject: str
    message_id: str
    thread_ids: list[str]
    body: str
    quoted: str = ""
    html: str = ""
    parts: list[Part] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    automatic: str | None = None
    date: str = ""
    language: str = "en"


def _raw_header(msg: email.message.Message, name: str) -> str:
    """Every ``name`` header's value as sent (joined), never through the policy's own
    decoding: it would decode words by the declared charset alone, or raise."""
    wanted = name.lower()
    return " ".join(str(v) for k, v in msg.raw_items() if k.lower() == wanted)


def _header(msg: email.message.Message, name: str) -> str:
    """A header's decoded value ("" when absent), decoded by :mod:`.charsets`."""
    return decode_header_value(_raw_header(msg, name))


def _ids(value: str) -> list[str]:
    return [f"<{found}>" for found in _ID.findall(value)]


def _address(msg: email.message.Message, envelope_from: str) -> tuple[str | None, str]:
    """The customer's address and name: ``Reply-To`` before ``From`` (a mailing form's
    ``From`` is the form, its ``Reply-To`` the person), then the SMTP envelope sender."""
    name = ""
    for header in ("reply-to", "from"):
        for display, address in email.utils.getaddresses([_header(msg, header)]):
            name = name or display.strip()
            try:
                return normal_email(address), (name or display.strip())
            except ValueError:
                continue
    try:
        return normal_email(envelope_from), name
    except ValueError:
        return None, name


def automatic_reason(msg: email.message.Message, domain: str, address: str | None) -> str | None:
    """Why this mail was written by a machine and must neither open a conversation nor be
    answered (Zammad's filters), or None: ``bounce`` (a delivery report, a null sender),
    ``loop`` (``X-Loop``, or from our own domain), ``auto-reply`` (``Auto-Submitted``
    other than ``no``, ``Precedence: bulk|list|junk|auto_reply``,
    ``X-Auto-Response-Suppress``, ``X-Autoreply``)."""
    auto = _raw_header(msg, "auto-submitted").strip().lower()
    precedence = _raw_header(msg, "precedence").strip().lower()
    checks = (
        ("bounce", msg.get_content_type() == "multipart/report"),
        ("bounce", _raw_header(msg, "return-path").strip() == "<>"),
        ("loop", bool(_raw_header(msg, "x-loop").strip())),
        ("loop", address is not None and address.rpartition("@")[2] == domain.lower()),
        ("auto-reply", bool(auto) and not auto.startswith("no")),
        ("auto-reply", precedence in ("bulk", "list", "junk", "auto_reply")),
        ("auto-reply", any(_raw_header(msg, h).strip() for h in _AUTO_HEADERS)),
    )
    return next((reason for reason, hit in checks if hit), None)


def fold_quotes(text: str) -> tuple[str, str]:
    """``(new text, quoted history)``: mail-parser-reply's split where it finds one (its
    ``On ... wrote:`` headers in many languages), else a trailing block of ``>`` lines
    with the line that introduces it."""
    try:
        replies = _REPLY_PARSER.read(text).replies
    except Exception:  # noqa: BLE001  (a regex library on hostile text: keep it whole)
        replies = []
    if len(replies) > 1 and replies[0].full_body.strip():
        rest = [f"{r.headers}\n{r.full_body}".strip() for r in replies[1:]]
        return replies[0].full_body.strip(), "\n\n".join(rest).strip()
    lines = text.rstrip().split("\n")
    cut = len(lines)
    while cut > 0 and (lines[cut - 1].startswith(">") or not lines[cut - 1].strip()):
        cut -= 1
    if cut < len(lines) and cut > 0 and _QUOTE_HEADER.search(lines[cut - 1]):
        cut -= 1
    new = "\n".join(lines[:cut]).strip()
    if not new or cut == len(lines):
        return text.strip(), ""
    return new, "\n".join(lines[cut:]).strip()


def _payload(part: email.message.Message) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception:  # noqa: BLE001  (a broken transfer encoding: keep the raw text)
        data = None
    if isinstance(data, bytes):
        return data
    raw = part.get_payload()
    return raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""


def _filename(part: email.message.Message) -> str:
    try:
        raw = part.get_filename()
    except Exception:  # noqa: BLE001
        raw = None
    return decode_header_value(raw) if raw else ""


@dataclass
class _Walk:
    texts: list[str] = field(default_factory=list)
    htmls: list[str] = field(default_factory=list)
    parts: list[Part] = field(default_factory=list)
    charsets: list[str] = field(default_factory=list)
    seen: int = 0


def _walk(part: email.message.Message, out: _Walk, depth: int) -> None:
    out.seen += 1
    if out.seen > MAX_PARTS or depth > MAX_DEPTH:
        return
    content_type = part.get_content_type()
    if part.is_multipart() and content_type != "message/rfc822":
        children = part.get_payload()
        for child in children if isinstance(children, list) else []:
            if isinstance(child, email.message.Message):
                _walk(child, out, depth + 1)
        return
    disposition = (part.get_content_disposition() or "").lower()
    name = _filename(part)
    if content_type == "message/rfc822":
        try:
            inner = part.get_payload(0)
            data = inner.as_bytes() if isinstance(inner, email.message.Message) else b""
        except Exception:  # noqa: BLE001
            data = b""
        out.parts.append(Part(files.clean_name(name, "message.eml"), content_type, data))
        return
    if disposition != "attachment" and not name and content_type in ("text/plain", "text/html"):
        charset = part.get_content_charset()
        text = decode_text(_payload(part), charset)
        out.charsets.append(charset or "")
        (out.texts if content_type == "text/plain" else out.htmls).append(text)
        return
    content_id = _raw_header(part, "content-id").strip().strip("<>")[:255]
    inline = disposition != "attachment" and bool(content_id)
    fallback = "inline" if inline else files.DEFAULT_NAME
    out.parts.append(
        Part(
            files.clean_name(name, fallback),
            files.clean_content_type(content_type),
            _payload(part),
            inline=inline,
            content_id=content_id,
        )
    )


def read_message(raw: bytes) -> email.message.Message:
    """The parsed mail's structure: ``compat32`` (lenient, and five times cheaper than
    ``policy.default``, whose structured headers cost ~13 ms a mail while every header
    here is read raw anyway), or ``policy.default`` if that raises."""
    try:
        return BytesParser(policy=policy.compat32).parsebytes(raw)
    except Exception:  # noqa: BLE001  (the lenient parser gave up: the modern one next)
        msg: email.message.Message = BytesParser(policy=policy.default).parsebytes(raw)
        return msg


def parse(
    raw: bytes, *, domain: str, envelope_from: str | None = None, max_attachment_bytes: int
) -> ParsedMail:
    """Everything a message needs from ``raw`` (blocking: run in a thread). Raises only
    for mail beyond repair (the caller quarantines it). ``envelope_from`` is the SMTP
    ``MAIL FROM`` when there was one: the null sender ``<>`` is what bounces use."""
    null_sender = envelope_from is not None and not envelope_from.strip("<> ")
    raw = raw.replace(b"\x00", b"")
    msg = read_message(raw)
    address, name = _address(msg, envelope_from or "")
    walk = _Walk()
    _walk(msg, walk, 0)
    sanitised = next((s for s in (html.sanitise(h) for h in walk.htmls) if s), "")
    text = "\n\n".join(t.strip() for t in walk.texts if t.strip())
    if not text and walk.htmls:
        text = "\n\n".join(html.to_text(h) for h in walk.htmls).strip()
    body, quoted = fold_quotes(text.replace("\r\n", "\n")) if text else ("", "")
    kept: list[Part] = []
    dropped: list[str] = []
    for part in walk.parts:
        too_big = len(part.data) > max_attachment_bytes
        if too_big or len(kept) >= MAX_ATTACHMENTS or not part.data:
            if part.data:
                dropped.append(part.name)
            continue
        kept.append(part)
    subject = _header(msg, "subject")
    references = _ids(_raw_header(msg, "references"))[-MAX_THREAD_IDS:]
    in_reply_to = _ids(_raw_header(msg, "in-reply-to"))[:MAX_THREAD_IDS]
    own_id = _ids(_raw_header(msg, "message-id"))
    return ParsedMail(
        address=address,
        name=name[:MAX_NAME_CHARS],
        subject=subject[:MAX_SUBJECT_CHARS],
        message_id=own_id[0] if own_id else "",
        thread_ids=list(dict.fromkeys(in_reply_to + references[::-1])),
        body=body[:MAX_BODY_CHARS],
        quoted=quoted[:100_000],
        html=sanitised,
        parts=kept,
        dropped=dropped,
        automatic="bounce" if null_sender else automatic_reason(msg, domain, address),
        date=_raw_header(msg, "date").strip()[:200],
        language=language.guess(_header(msg, "content-language")[:200], walk.charsets, text),
    )
