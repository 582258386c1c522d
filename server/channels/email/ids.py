"""The email channel's threading ids, shared by the way in and the way out.

A reply must find its conversation even when a mail client drops headers, so a thread
is recognised three ways, strongest first (as Chatwoot does):

1. our **reply address** ``<queue>+<token>@<domain>`` (the ``Reply-To`` of every mail
   we send), where the token names the conversation and carries a MAC;
2. our **Message-IDs** ``<frontline.<conversation>.<message>.<mac>@<domain>>`` found in
   ``In-Reply-To`` or ``References``: they encode the conversation, so no lookup table
   is needed for our own mails (a customer's own Message-IDs are stored by the inbound
   side to thread their follow-ups);
3. otherwise a new conversation opens.

MACs use the database's secret (``ServerContext.secret``) with a purpose label each, so
nobody can forge an address that drops mail into someone else's conversation. Tokens
are lower-case hex (mail systems may fold the case of local parts).
"""

from __future__ import annotations

import hashlib
import hmac
import re

MAC_CHARS = 16
_LOCAL_UNSAFE = re.compile(r"[^a-z0-9._-]+")
_MESSAGE_ID = re.compile(
    r"<?frontline\.(?P<conv>[0-9]{1,15})\.(?P<msg>[0-9]{1,15})\.(?P<mac>[0-9a-f]{16})@"
    r"(?P<domain>[^>\s]+)>?",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"^c(?P<conv>[0-9]{1,15})x(?P<mac>[0-9a-f]{16})$")


def _mac(secret: bytes, label: str) -> str:
    return hmac.new(secret, label.encode(), hashlib.sha256).hexdigest()[:MAC_CHARS]


def queue_local(queue_name: str) -> str:
    """A queue's address local part: ``Billing`` -> ``billing``, ``VIP Support`` ->
    ``vip-support`` (what ``<local>@<domain>`` routes by)."""
    local = _LOCAL_UNSAFE.sub("-", queue_name.strip().lower()).strip("-.")
    return local[:64] or "support"


def message_id(secret: bytes, domain: str, conversation_id: int, message_id: int) -> str:
    """The Message-ID of our outbound message ``message_id`` (angle brackets included)."""
    mac = _mac(secret, f"mid:{conversation_id}:{message_id}")
    return f"<frontline.{conversation_id}.{message_id}.{mac}@{domain}>"


def conversation_of_message_id(secret: bytes, value: str) -> int | None:
    """The conversation one of our Message-IDs names, or None (not ours, or forged)."""
    found = _MESSAGE_ID.search(value)
    if found is None:
        return None
    conv, msg = int(found["conv"]), int(found["msg"])
    expected = _mac(secret, f"mid:{conv}:{msg}")
    return conv if hmac.compare_digest(expected, found["mac"].lower()) else None


def reply_token(secret: bytes, conversation_id: int) -> str:
    """The plus-address token that leads a reply back to ``conversation_id``."""
    return f"c{conversation_id}x{_mac(secret, f'reply:{conversation_id}')}"


def conversation_of_token(secret: bytes, token: str) -> int | None:
    """The conversation a reply token names, or None (malformed or forged)."""
    found = _TOKEN.match(token.lower())
    if found is None:
        return None
    conv = int(found["conv"])
    expected = _mac(secret, f"reply:{conv}")
    return conv if hmac.compare_digest(expected, found["mac"]) else None


def reply_address(secret: bytes, domain: str, queue_name: str, conversation_id: int) -> str:
    """``<queue>+<token>@<domain>``: the Reply-To of everything we send in a thread."""
    return f"{queue_local(queue_name)}+{reply_token(secret, conversation_id)}@{domain}"


def split_recipient(address: str, domain: str) -> tuple[str, str | None] | None:
    """``(queue local part, token or None)`` of an address at our ``domain``, or None
    for an address elsewhere."""
    local, at, host = address.strip().strip("<>").rpartition("@")
    if not at or host.lower() != domain.lower() or not local:
        return None
    base, plus, token = local.lower().partition("+")
    return base, (token if plus else None)
