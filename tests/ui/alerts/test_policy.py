"""The alert policy without a desktop: settings parsed with limits, quiet hours across
midnight, who a note mentions, when a sound may play, and the book's bookkeeping over a
real cache (a flood of old messages raises nothing; one alert per conversation)."""

from __future__ import annotations

import time

import pytest

from desktop.models.changes import Changes
from desktop.models.rows import ConversationRow, MessageRow
from desktop.store import apply
from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from desktop.store.readers.routing import OfferView
from desktop.ui.alerts.policy import (
    FLOOD_CONVERSATIONS,
    AlertBook,
    AlertSettings,
    Me,
    clip,
    load_settings,
    mentions,
    settings_values,
    sound_allowed,
)
from protocol.entities import EntityBase
from protocol.frames import Event
from tests.ui.alerts.alert_desk import MINE, chat, message

ME = Me(1, "agent01", "Agent One")


def test_settings_round_trip_and_defaults() -> None:
    assert load_settings(lambda _key: None) == AlertSettings()
    chosen = AlertSettings(
        notifications=False,
        sound=True,
        volume=15,
        tones={"call": "bell", "chat": "knock", "email": "pop", "mention": "ring"},
        repeat_seconds=0,
        quiet_hours=True,
        quiet_from=23 * 60 + 15,
        quiet_to=5 * 60,
        visual_only_on_call=False,
    )
    assert load_settings(settings_values(chosen).get) == chosen


@pytest.mark.parametrize(
    ("key", "value", "field", "expected"),
    [
        ("volume", "-5", "volume", 0),
        ("volume", "1e9", "volume", 70),
        ("repeat_seconds", "1", "repeat_seconds", 2),
        ("repeat_seconds", "100000", "repeat_seconds", 300),
        ("quiet_to", "7:5", "quiet_to", 7 * 60),
        ("quiet_to", "24:00", "quiet_to", 7 * 60),
        ("notifications", "nonsense", "notifications", True),
        ("visual_only_on_call", "false", "visual_only_on_call", False),
    ],
)
def test_hostile_setting_values(key: str, value: str, field: str, expected: object) -> None:
    assert getattr(load_settings({key: value}.get), field) == expected


def test_quiet_hours_wrap_past_midnight() -> None:
    night = AlertSettings(quiet_hours=True, quiet_from=22 * 60, quiet_to=7 * 60)
    assert night.quiet_at(23 * 60)
    assert night.quiet_at(3 * 60)
    assert not night.quiet_at(7 * 60)
    assert not night.quiet_at(12 * 60)
    lunch = AlertSettings(quiet_hours=True, quiet_from=12 * 60, quiet_to=13 * 60)
    assert lunch.quiet_at(12 * 60 + 30)
    assert not lunch.quiet_at(13 * 60)
    assert not AlertSettings(quiet_hours=False).quiet_at(23 * 60)


def test_sound_allowed() -> None:
    base = AlertSettings()
    assert sound_allowed(base, talking=False, minute_of_day=600, muted=False)
    assert not sound_allowed(base, talking=True, minute_of_day=600, muted=False)
    assert not sound_allowed(base, talking=False, minute_of_day=600, muted=True)
    assert not sound_allowed(AlertSettings(volume=0), talking=False, minute_of_day=600, muted=False)
    loud = AlertSettings(visual_only_on_call=False)
    assert sound_allowed(loud, talking=True, minute_of_day=600, muted=False)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("@agent01 please look", True),
        ("thanks @Agent One!", True),
        ("cc @AGENT01.", True),
        ("@agent012 is someone else", False),
        ("agent01 without the at", False),
        ("email agent01@example.com", False),
    ],
)
def test_mentions(body: str, expected: bool) -> None:
    assert mentions(body, ME) is expected


def test_clip_is_one_short_line() -> None:
    assert clip("a\n\nb\tc") == "a b c"
    assert len(clip("x" * 1000)) == 160


def _apply(cache: Cache, seq: list[int], *entities: EntityBase) -> Changes:
    batch = []
    for entity in entities:
        seq[0] += 1
        batch.append(Event(seq=seq[0], kind=entity.kind, id=entity.id, data=entity))
    upto = seq[0]
    changes: Changes = cache.writer.call(lambda c: apply.apply_events(c, batch, upto))
    return changes


def test_a_flood_of_old_messages_raises_nothing_and_news_one_alert_per_conversation(
    cache: Cache,
) -> None:
    reader = CacheReader(cache.path)
    seq = [0]
    since = 10_000.0
    book = AlertBook(since)
    _apply(cache, seq, chat(MINE, assignee=ME.id))
    old = _apply(cache, seq, *[message(i, MINE, since - 1000 + i) for i in range(1, 500)])
    assert book.on_batch(old, reader, ME, now=since, looking_at=None).new == []
    news = _apply(cache, seq, message(600, MINE, since + 1), message(601, MINE, since + 2))
    batch = book.on_batch(news, reader, ME, now=since + 3, looking_at=None)
    assert [a.ref for a in batch.new] == [601]
    assert book.count == 1
    # The same batch again (a repaint, a merge) raises nothing new.
    assert book.on_batch(news, reader, ME, now=since + 3, looking_at=None).new == []
    assert book.seen(MINE) == [("message", MINE)]
    assert book.count == 0
    reader.close()


class CountingReads:
    """The real reader, counting how many message lists the book reads."""

    def __init__(self, reader: CacheReader) -> None:
        self.reader = reader
        self.message_reads = 0

    def offer(self, offer_id: int) -> OfferView | None:
        return self.reader.offer(offer_id)

    def ringing_offer(self, agent_id: int) -> OfferView | None:
        return self.reader.ringing_offer(agent_id)

    def conversations(self, ids: list[int]) -> dict[int, ConversationRow]:
        return self.reader.conversations(ids)

    def messages(self, conversation_id: int) -> list[MessageRow]:
        self.message_reads += 1
        return self.reader.messages(conversation_id)


def test_a_catch_up_over_many_conversations_reads_only_the_recent_ones(cache: Cache) -> None:
    seq = [0]
    since = time.time() + 100  # every conversation's last activity is older
    _apply(cache, seq, *[chat(c, assignee=ME.id) for c in range(1, 301)])
    flood = _apply(cache, seq, *[message(c, c, since - 50) for c in range(1, 301)])
    assert len(flood.messages_of) > FLOOD_CONVERSATIONS
    reader = CacheReader(cache.path)
    reads = CountingReads(reader)
    book = AlertBook(since)
    assert book.on_batch(flood, reads, ME, now=since, looking_at=None).new == []
    assert reads.message_reads == 0
    reader.close()
