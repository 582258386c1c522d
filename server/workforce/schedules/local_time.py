"""A planner's local wall-clock times to UTC instants, DST included.

WFM tools export shifts as a date and ``HH:MM`` times in the centre's zone. The rules,
which the import documents (``docs/protocol.md``):

- the first activity starts on the shift's date; each later time is the first moment at
  or after the previous one with that wall-clock reading, so an end at or before its
  start is on the next day (a night shift), and so is a time "earlier" than the one
  before it (``22:00-02:00, 02:00-02:15 ...``); ``24:00`` is midnight at the day's end;
- a time that does not exist (the hour skipped when clocks spring forward) is an error:
  guessing would silently move the agent's shift by an hour;
- an ambiguous time (the hour repeated when clocks fall back) is its **first**
  occurrence (``fold=0``, summer time), which is what a wall clock reads first.

Arithmetic is on wall-clock (naive) datetimes and each instant is converted once, so a
09:00-17:00 shift is 8 h of UTC on any day and a 22:00-06:00 night shift across the change
is 7 h (spring) or 9 h (fall): the hour is neither lost nor doubled.
"""

from __future__ import annotations

import datetime as dt
import functools
from zoneinfo import ZoneInfo

ONE_DAY = dt.timedelta(days=1)


class LocalTimeError(ValueError):
    """A wall-clock time that cannot be placed (it does not exist in the zone)."""


@functools.lru_cache(maxsize=2048)
def parse_hhmm(text: str) -> dt.timedelta:
    """``"07:30"`` as the time since midnight (``"24:00"`` is a whole day)."""
    hours, _, minutes = text.partition(":")
    return dt.timedelta(hours=int(hours), minutes=int(minutes))


def to_utc(local: dt.datetime, zone: ZoneInfo) -> float:
    """UNIX seconds of a naive wall-clock time in ``zone`` (first occurrence when it is
    ambiguous); raises :class:`LocalTimeError` when the zone skipped it."""
    aware = local.replace(tzinfo=zone, fold=0)
    instant = aware.timestamp()
    back = dt.datetime.fromtimestamp(instant, zone).replace(tzinfo=None)
    if back != local:
        raise LocalTimeError(
            f"{local:%Y-%m-%d %H:%M} does not exist in {zone.key} (clocks jump forward then)"
        )
    return instant


def wall_clock_spans(
    day: dt.date, spans: list[tuple[str, str]]
) -> list[tuple[dt.datetime, dt.datetime]]:
    """Each ``(start, end)`` pair of ``HH:MM`` texts as naive local datetimes, the first
    starting on ``day`` and each time the first at or after the one before it."""
    placed: list[tuple[dt.datetime, dt.datetime]] = []
    cursor = dt.datetime.combine(day, dt.time())
    midnight = cursor
    for start_text, end_text in spans:
        start = _at_or_after(midnight, parse_hhmm(start_text), cursor if placed else midnight)
        end = _at_or_after(midnight, parse_hhmm(end_text), start)
        if end == start:
            end += ONE_DAY
        placed.append((start, end))
        cursor = end
    return placed


def _at_or_after(midnight: dt.datetime, offset: dt.timedelta, floor: dt.datetime) -> dt.datetime:
    """The first ``midnight + n days + offset`` not before ``floor``."""
    moment = midnight + offset
    while moment < floor:
        moment += ONE_DAY
    return moment


def monday_of(day: dt.date) -> dt.date:
    """The Monday of ``day``'s ISO week."""
    return day - dt.timedelta(days=day.weekday())
