"""What deserves an alert, when it has been seen, and when it may make a sound. No Qt.

The decisions are kept apart from the tray icon, the badge and the player so they can be
tested without a desktop, with a fake clock and a real cache reader:

- :class:`AlertBook` turns each applied batch (``Changes`` + the cache reader) into new
  alerts and settles old ones: an offer ringing for the agent (settled when it is answered,
  withdrawn or expires), a new customer message on a conversation assigned to the agent
  and a mention of the agent in an internal note (both settled when the agent opens the
  conversation with the window active). Only what is newer than the moment the desk
  started or reconnected counts, so a catch-up or a snapshot never floods the agent; a
  ringing offer is the exception: it is never old news while it rings.
- :class:`AlertSettings` is what the agent chose (desk.ini ``alerts/...``), parsed with
  limits, and :func:`sound_allowed` says whether a sound may play now (quiet hours, a
  mute, a call in progress: visual only).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal, Protocol

from desktop.models.changes import Changes
from desktop.models.rows import ConversationRow, MessageRow
from desktop.store.readers.routing import CallRow, OfferView

CHANNELS = ("call", "chat", "email", "mention")
"""The sound channels: an offer (any contact, the phone's ring), chat and email messages,
and a mention of the agent in a note."""
TONES = ("ring", "pop", "chime", "bell", "knock")
"""The tones under resources/sounds/ (made by scripts/make_sounds.py)."""
DEFAULT_TONES: Mapping[str, str] = {
    "call": "ring",
    "chat": "pop",
    "email": "chime",
    "mention": "bell",
}
PREFIX = "alerts/"
MAX_REPEAT_S = 300
MIN_REPEAT_S = 2
"""A repeat every second would be a siren; 0 means play once."""
CLOCK_SKEW_S = 5.0
"""Messages carry the server's time: this much disagreement with the desk's clock still
counts a message written just after reconnecting as new."""
FLOOD_CONVERSATIONS = 200
"""A batch touching more conversations' messages than this is a catch-up, not live
traffic (200 customer messages a second touch about 6 per 30 ms batch): reading every one
of their message lists would stall the window (115 ms for 2,000 conversations)."""
TALKING_STATES = frozenset({"connected", "held", "transferring"})
"""Call states in which the agent is on the phone: only visual alerts then."""
PREVIEW_CHARS = 160

AlertKind = Literal["offer", "message", "mention"]
_URGENCY: Mapping[str, int] = {"offer": 0, "mention": 1, "message": 2}


# --------------------------------------------------------------------------- settings


@dataclass(frozen=True)
class AlertSettings:
    """The agent's alert choices. ``volume`` is 0..100; ``quiet_from``/``quiet_to`` are
    minutes after midnight (a window may wrap past midnight: 22:00-07:00)."""

    notifications: bool = True
    sound: bool = True
    volume: int = 70
    tones: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_TONES))
    repeat_seconds: int = 6
    quiet_hours: bool = False
    quiet_from: int = 22 * 60
    quiet_to: int = 7 * 60
    visual_only_on_call: bool = True

    def tone_for(self, channel: str) -> str:
        return self.tones.get(channel, DEFAULT_TONES.get(channel, TONES[0]))

    def quiet_at(self, minute_of_day: int) -> bool:
        """Whether sound is off at this minute of the day (quiet hours)."""
        if not self.quiet_hours or self.quiet_from == self.quiet_to:
            return False
        if self.quiet_from < self.quiet_to:
            return self.quiet_from <= minute_of_day < self.quiet_to
        return minute_of_day >= self.quiet_from or minute_of_day < self.quiet_to


def _as_bool(value: object, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "1", "yes", "on"):
        return True
    if isinstance(value, str) and value.strip().lower() in ("false", "0", "no", "off"):
        return False
    return default


def _as_int(value: object, default: int, low: int, high: int) -> int:
    try:
        number = int(str(value).strip()) if value is not None else default
    except ValueError:
        return default
    return max(low, min(high, number))


def parse_minute(value: object, default: int) -> int:
    """``"HH:MM"`` as minutes after midnight; anything else is ``default``."""
    match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", str(value)) if value is not None else None
    if match is None:
        return default
    hours, minutes = int(match.group(1)), int(match.group(2))
    if hours > 23 or minutes > 59:
        return default
    return hours * 60 + minutes


def format_minute(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def load_settings(value: Callable[[str], object]) -> AlertSettings:
    """The settings from a store (``value(key)`` gives what desk.ini holds for
    ``alerts/<key>``, or None). Hostile or stale values fall back to the defaults or are
    clamped: a volume of 900 is 100, a repeat of 1 s is 2 s, an unknown tone the default."""
    base = AlertSettings()
    tones = {}
    for channel in CHANNELS:
        chosen = value(f"tone_{channel}")
        known = isinstance(chosen, str) and chosen in TONES
        tones[channel] = str(chosen) if known else base.tones[channel]
    repeat = _as_int(value("repeat_seconds"), base.repeat_seconds, 0, MAX_REPEAT_S)
    return AlertSettings(
        notifications=_as_bool(value("notifications"), base.notifications),
        sound=_as_bool(value("sound"), base.sound),
        volume=_as_int(value("volume"), base.volume, 0, 100),
        tones=tones,
        repeat_seconds=0 if repeat == 0 else max(MIN_REPEAT_S, repeat),
        quiet_hours=_as_bool(value("quiet_hours"), base.quiet_hours),
        quiet_from=parse_minute(value("quiet_from"), base.quiet_from),
        quiet_to=parse_minute(value("quiet_to"), base.quiet_to),
        visual_only_on_call=_as_bool(value("visual_only_on_call"), base.visual_only_on_call),
    )


def settings_values(settings: AlertSettings) -> dict[str, object]:
    """What :func:`load_settings` reads back, by key (without the ``alerts/`` prefix)."""
    values: dict[str, object] = {
        "notifications": settings.notifications,
        "sound": settings.sound,
        "volume": settings.volume,
        "repeat_seconds": settings.repeat_seconds,
        "quiet_hours": settings.quiet_hours,
        "quiet_from": format_minute(settings.quiet_from),
        "quiet_to": format_minute(settings.quiet_to),
        "visual_only_on_call": settings.visual_only_on_call,
    }
    values.update({f"tone_{c}": settings.tone_for(c) for c in CHANNELS})
    return values


def on_call(call: CallRow | None) -> bool:
    """Whether the agent is talking (or holding a caller) on this call."""
    return call is not None and call.state in TALKING_STATES


def sound_allowed(
    settings: AlertSettings, *, talking: bool, minute_of_day: int, muted: bool
) -> bool:
    """A sound may play: sound is on, not muted, not quiet hours, and not during a call
    unless the agent asked for sounds then too. Visual alerts are never held back."""
    if not settings.sound or muted or settings.volume == 0:
        return False
    if talking and settings.visual_only_on_call:
        return False
    return not settings.quiet_at(minute_of_day)


# --------------------------------------------------------------------------- alerts


@dataclass(frozen=True)
class Me:
    """The signed-in agent, as mentions name them."""

    id: int
    username: str
    display_name: str


@dataclass(frozen=True)
class Alert:
    """Something the agent has not seen yet. ``ref`` is the offer's or the message's id;
    ``customer_name``, ``subject``, ``text`` (a message preview or the note) and
    ``author`` are untrusted text."""

    kind: AlertKind
    conversation_id: int
    ref: int
    sound_channel: str
    contact_channel: str
    customer_name: str = ""
    subject: str = ""
    text: str = ""
    author: str = ""

    @property
    def key(self) -> tuple[str, int]:
        """One alert per offer, and one per conversation for its messages or mentions."""
        return (self.kind, self.ref if self.kind == "offer" else self.conversation_id)


class AlertReads(Protocol):
    """What the book reads from the cache (``CacheReader`` satisfies it)."""

    def offer(self, offer_id: int) -> OfferView | None: ...

    def ringing_offer(self, agent_id: int) -> OfferView | None: ...

    def conversations(self, ids: list[int]) -> dict[int, ConversationRow]: ...

    def messages(self, conversation_id: int) -> list[MessageRow]: ...


@dataclass
class Batch:
    """What one applied batch did: alerts to announce now, alerts settled."""

    new: list[Alert] = field(default_factory=list)
    settled: list[tuple[str, int]] = field(default_factory=list)


def clip(text: str, limit: int = PREVIEW_CHARS) -> str:
    """One line of at most ``limit`` characters (notifications are one glance)."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def mentions(body: str, me: Me) -> bool:
    """Whether a note names the agent: ``@username`` or ``@Display Name``, any case, not
    followed by more of a word (``@anna`` is not ``@annabel``)."""
    folded = body.casefold()
    for given in {me.username, me.display_name}:
        name = given.strip().casefold()
        if not name:
            continue
        start = 0
        while (found := folded.find("@" + name, start)) >= 0:
            after = found + 1 + len(name)
            if after >= len(folded) or not (folded[after].isalnum() or folded[after] == "_"):
                return True
            start = found + 1
    return False


def _ringing(offer: OfferView | None, me: Me, now: float) -> bool:
    return (
        offer is not None
        and offer.agent_id == me.id
        and offer.state == "ringing"
        and offer.phase == "ringing"
        and offer.expires_at > now
    )


class AlertBook:
    """The alerts the agent has not seen, in arrival order, and how batches change them.

    ``since`` is when the desk started or last reconnected: messages written before it
    are what a catch-up brings, not news."""

    def __init__(self, since: float) -> None:
        self.since = since
        self.active: dict[tuple[str, int], Alert] = {}
        self._newest_message: dict[int, int] = {}
        self._offers_announced: set[int] = set()

    def restart(self, since: float) -> None:
        """The desk reconnected: what the catch-up brings is older than ``since``."""
        self.since = since

    @property
    def count(self) -> int:
        return len(self.active)

    def top(self) -> Alert | None:
        """The most urgent unseen alert (an offer, then a mention, then a message; the
        newest of a kind), whose tone the repeat plays."""
        if not self.active:
            return None
        ordered = list(self.active.values())
        return min(reversed(ordered), key=lambda a: _URGENCY[a.kind])

    def on_batch(
        self,
        changes: Changes,
        reads: AlertReads,
        me: Me,
        *,
        now: float,
        looking_at: int | None,
    ) -> Batch:
        """Alerts raised and settled by one applied batch. ``looking_at`` is the
        conversation the agent has open in the active window (None: not looking)."""
        batch = Batch()
        self._settle_offers(changes, reads, me, now, batch)
        self._settle_conversations(changes, reads, me, batch)
        offer_ids = set(changes.offers)
        if changes.reset:
            ringing = reads.ringing_offer(me.id)
            offer_ids |= {ringing.id} if ringing is not None else set()
        for offer_id in sorted(offer_ids - self._offers_announced):
            offer = reads.offer(offer_id)
            if offer is not None and _ringing(offer, me, now):
                self._offers_announced.add(offer_id)
                self._raise(
                    Alert(
                        kind="offer",
                        conversation_id=offer.conversation_id,
                        ref=offer.id,
                        sound_channel="call",
                        contact_channel=offer.channel,
                        customer_name=offer.customer_name,
                        subject=offer.subject,
                    ),
                    batch,
                )
        if not changes.reset and changes.messages_of:
            self._read_messages(changes.messages_of, reads, me, looking_at, batch)
        return batch

    def seen(self, conversation_id: int) -> list[tuple[str, int]]:
        """The agent opened ``conversation_id`` in the active window: its message and
        mention alerts are settled."""
        settled = [("message", conversation_id), ("mention", conversation_id)]
        return [key for key in settled if self.active.pop(key, None) is not None]

    def expire(self, now: float, reads: AlertReads, me: Me | None) -> list[tuple[str, int]]:
        """Offers that stopped ringing (their time ran out, or the agent changed)."""
        settled = []
        for key, alert in list(self.active.items()):
            if alert.kind != "offer":
                continue
            if me is None or not _ringing(reads.offer(alert.ref), me, now):
                del self.active[key]
                settled.append(key)
        return settled

    def clear(self) -> list[tuple[str, int]]:
        """Everything settled at once (sign-out)."""
        settled = list(self.active)
        self.active.clear()
        return settled

    # ------------------------------------------------------------------ internals

    def _raise(self, alert: Alert, batch: Batch) -> None:
        self.active.pop(alert.key, None)  # a newer message moves its alert to the end
        self.active[alert.key] = alert
        batch.new.append(alert)

    def _settle_offers(
        self, changes: Changes, reads: AlertReads, me: Me, now: float, batch: Batch
    ) -> None:
        for key, alert in list(self.active.items()):
            if alert.kind != "offer" or not (changes.reset or alert.ref in changes.offers):
                continue
            if not _ringing(reads.offer(alert.ref), me, now):
                del self.active[key]
                batch.settled.append(key)

    def _settle_conversations(
        self, changes: Changes, reads: AlertReads, me: Me, batch: Batch
    ) -> None:
        """A message alert ends when its conversation is no longer the agent's to answer:
        handed to a colleague, resolved, or gone from the cache."""
        waiting = [
            a.conversation_id
            for a in self.active.values()
            if a.kind == "message" and (changes.reset or a.conversation_id in changes.conversations)
        ]
        if not waiting:
            return
        rows = reads.conversations(waiting)
        for cid in waiting:
            row = rows.get(cid)
            if row is None or row.assignee_id != me.id or row.status == "resolved":
                del self.active[("message", cid)]
                batch.settled.append(("message", cid))

    def _read_messages(
        self,
        conversation_ids: Iterable[int],
        reads: AlertReads,
        me: Me,
        looking_at: int | None,
        batch: Batch,
    ) -> None:
        rows = reads.conversations(sorted(conversation_ids))
        oldest = self.since - CLOCK_SKEW_S
        if len(rows) > FLOOD_CONVERSATIONS:
            # A catch-up: read only conversations whose last customer-facing message is
            # recent (a note alone does not move it, so a mention in an otherwise quiet
            # conversation may go unannounced in a flood; the Mentions view lists it).
            rows = {cid: row for cid, row in rows.items() if row.last_message_at >= oldest}
        for cid, row in rows.items():
            newest = self._newest_message.get(cid, 0)
            fresh = [
                m
                for m in reads.messages(cid)
                if m.id > newest and not m.pending and m.created_at >= oldest
            ]
            if not fresh:
                continue
            self._newest_message[cid] = max(m.id for m in fresh)
            if cid == looking_at:
                continue
            inbound = [m for m in fresh if m.direction == "in"]
            if inbound and row.assignee_id == me.id:
                self._raise(self._alert("message", row, inbound[-1]), batch)
            noted = [
                m
                for m in fresh
                if m.direction == "note"
                and m.author_name != me.display_name
                and mentions(m.body, me)
            ]
            if noted:
                self._raise(self._alert("mention", row, noted[-1]), batch)

    @staticmethod
    def _alert(kind: AlertKind, row: ConversationRow, message: MessageRow) -> Alert:
        sound = "mention" if kind == "mention" else ("email" if row.channel == "email" else "chat")
        return Alert(
            kind=kind,
            conversation_id=row.id,
            ref=message.id,
            sound_channel=sound,
            contact_channel=row.channel,
            customer_name=row.customer_name,
            subject=row.subject,
            text=clip(message.body),
            author=message.author_name,
        )
