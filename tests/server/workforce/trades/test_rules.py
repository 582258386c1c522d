"""The pure trade rules and the time-off split, with made-up facts (no server): the edges
a real-server test would take days of set-up to reach."""

from __future__ import annotations

import datetime as dt

from protocol.kinds.workforce import Activity, ShiftData, WorkforcePolicyData
from server.workforce.trades import rules
from server.workforce.trades.timeoff import cover

HOUR = 3600.0
MONDAY = dt.datetime(2030, 3, 4, tzinfo=dt.UTC).timestamp()
NOW = MONDAY - 30 * 86_400.0
FACTS = rules.Facts(WorkforcePolicyData(), NOW, {1: "General"})


def shift(
    shift_id: int, agent_id: int, start: float, hours: float = 8.0, **extra: object
) -> ShiftData:
    end = start + hours * HOUR
    return ShiftData.model_validate(
        {
            "id": shift_id,
            "agent_id": agent_id,
            "start": start,
            "end": end,
            "activities": [{"type": "work", "start": start, "end": end}],
            "queue_ids": [1],
            "week": "2030-03-04",
            **extra,
        }
    )


def who(
    agent_id: int, *shifts: ShiftData, languages: frozenset[str] = frozenset()
) -> rules.Receiver:
    return rules.Receiver(agent_id, frozenset({1}), {1: 3}, languages, shifts)


def test_a_clean_giveaway_breaks_nothing() -> None:
    mine = shift(1, 1, MONDAY + 9 * HOUR)
    assert rules.trade_rules(mine, who(1, mine), who(2), FACTS) == []


def test_a_swap_checks_each_side_without_the_shift_it_gives_away() -> None:
    mine = shift(1, 1, MONDAY + 9 * HOUR)
    theirs = shift(2, 2, MONDAY + 9 * HOUR)  # the same hours: each gives the clash away
    assert rules.trade_rules(mine, who(1, mine), who(2, theirs), FACTS, theirs) == []
    # As a giveaway, agent02 would work both at once.
    (clash,) = rules.trade_rules(mine, who(1, mine), who(2, theirs), FACTS)
    assert (clash.code, clash.params["clash_shift_id"]) == ("overlap", 2)


def test_the_initiator_side_is_checked_too() -> None:
    mine = shift(1, 1, MONDAY + 9 * HOUR)
    theirs = shift(2, 2, MONDAY + 86_400 + 9 * HOUR, languages=["sv"])
    found = rules.trade_rules(
        mine, who(1, mine, languages=frozenset({"fi"})), who(2), FACTS, theirs
    )
    assert [(v.code, v.agent_id, v.shift_id) for v in found] == [("language", 1, 2)]


def test_rest_before_and_after_and_the_week_limit() -> None:
    mine = shift(1, 1, MONDAY + 9 * HOUR)
    before = shift(5, 2, MONDAY - 8 * HOUR)  # ends 00:00, 9 h before
    after = shift(6, 2, MONDAY + 86_400 + 4 * HOUR)  # starts 04:00 next day, 11 h after
    found = rules.trade_rules(mine, who(1, mine), who(2, before, after), FACTS)
    assert [(v.code, v.params["rest_hours"]) for v in found] == [("rest", 9.0)]
    week = [shift(10 + d, 2, MONDAY + d * 86_400 + 9 * HOUR + 86_400, hours=9) for d in range(4)]
    (hours,) = rules.trade_rules(mine, who(1, mine), who(2, *week), FACTS)
    assert (hours.code, hours.params["week_hours"], hours.params["week"]) == (
        "weekly_hours",
        44.0,
        "2030-03-04",
    )


def test_paid_length_within_the_tolerance_passes() -> None:
    mine = shift(1, 1, MONDAY + 9 * HOUR)
    theirs = shift(2, 2, MONDAY + 86_400 + 9 * HOUR, hours=7.5)
    loose = rules.Facts(WorkforcePolicyData(paid_tolerance_minutes=30), NOW)
    assert rules.trade_rules(mine, who(1, mine), who(2, theirs), loose, theirs) == []
    (paid,) = rules.trade_rules(mine, who(1, mine), who(2, theirs), FACTS, theirs)
    assert paid.code == "paid_length"
    assert paid.severity == "soft"


def test_week_bounds_follow_the_zone_across_dst() -> None:
    # Europe/Helsinki moves to summer time on Sunday 2030-03-31: that week has 167 hours.
    at = dt.datetime(2030, 3, 27, 12, tzinfo=dt.UTC).timestamp()
    start, end, monday = rules.week_bounds(at, "Europe/Helsinki")
    assert monday == "2030-03-25"
    assert (end - start) / HOUR == 167.0
    assert start == dt.datetime(2030, 3, 24, 22, tzinfo=dt.UTC).timestamp()


def test_languages_read_like_routing() -> None:
    assert rules.speaks(frozenset(), "fi")
    assert rules.speaks(frozenset({"en"}), "en-GB")
    assert not rules.speaks(frozenset({"zh-CN"}), "zh-TW")


def test_time_off_splits_activities_at_its_edges() -> None:
    start = MONDAY + 9 * HOUR
    acts = [
        Activity(type="work", start=start, end=start + 4 * HOUR),
        Activity(type="lunch", start=start + 4 * HOUR, end=start + 5 * HOUR),
        Activity(type="work", start=start + 5 * HOUR, end=start + 8 * HOUR),
    ]
    out = cover(acts, start + 2 * HOUR, start + 6 * HOUR)
    assert [(a.type, (a.start - start) / HOUR, (a.end - start) / HOUR) for a in out] == [
        ("work", 0.0, 2.0),
        ("time_off", 2.0, 6.0),
        ("work", 6.0, 8.0),
    ]
    whole = cover(acts, start - HOUR, start + 9 * HOUR)
    assert [(a.type, a.start, a.end) for a in whole] == [("time_off", start, start + 8 * HOUR)]
    # A remnant under a minute joins its neighbour rather than make an invalid activity.
    edge = cover(acts, start + 30, start + 6 * HOUR)
    assert [a.type for a in edge] == ["time_off", "work"]
    assert edge[0].start == start
