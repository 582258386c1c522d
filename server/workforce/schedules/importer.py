"""Schedule import: a planner's week(s) in local time become UTC shifts, all or nothing.

Two steps, so the write gate is held only for the writing: :func:`plan` reads the agents
and queues and turns every row into a :class:`~protocol.kinds.workforce.ShiftData`
(without an id), collecting **every** problem (unknown agent or queue, a time the zone
skipped, activities with a gap or an overlap, a shift over 16 h, two shifts of one agent
overlapping); :func:`store` then, in one transaction, checks the planned shifts against
the agents' shifts outside the imported weeks, replaces the named agents' shifts in those
weeks and returns the events. Any problem refuses the whole import: a planner fixes the
file and sends it again rather than guessing what went in.

CSV (:func:`from_csv`) is the same rows, one activity per line, consecutive lines of one
agent and date making one shift; its problems name the file's line (the header is line
1), JSON's the 0-based index of the shift.
"""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import functools
import io
import itertools
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.kinds.workforce import (
    EARLIEST,
    LATEST,
    MIN_ACTIVITY_SECONDS,
    Activity,
    ShiftData,
    check_activities,
)
from protocol.text import normal_language
from protocol.workforce import (
    MAX_IMPORT_SHIFTS,
    ImportActivity,
    ImportProblem,
    ImportReport,
    ImportShift,
    ScheduleImport,
)
from server.core import tables as house
from server.core.eventlog import Draft, new_id
from server.db.sql import claim_ids
from server.workforce.schedules import local_time
from server.workforce.schedules.store import scoped_upserts, shift_delete_events, shift_row
from server.workforce.schedules.tables import shifts

CSV_COLUMNS = ("agent", "date", "type", "start", "end", "queues", "min_level", "languages")
REQUIRED_COLUMNS = frozenset(CSV_COLUMNS[:5])
MAX_PROBLEMS = 200
"""A file with more problems than this is the wrong file: the first ones say so."""


@dataclass
class Planned:
    """The outcome of :func:`plan`: shifts ready to store (ids 0), or problems."""

    shifts: list[ShiftData] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)
    """The problem row of each planned shift (for the overlap checks in :func:`store`)."""
    prepared: list[tuple[dict[str, Any], str]] = field(default_factory=list)
    """Each shift's row and JSON (see :func:`_prepare`), when there is no problem."""
    weeks: list[str] = field(default_factory=list)
    agent_ids: list[int] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)

    def problem(self, row: int, message: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(ImportProblem(row=row, message=message[:500]))


def _first_error(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"])
    return f"{where}: {first['msg']}" if where else str(first["msg"])


# --------------------------------------------------------------------------- CSV


@dataclass
class _Group:
    """Consecutive CSV lines of one agent and date: one shift."""

    key: dict[str, str]
    lines: list[int]
    activities: list[dict[str, str]]

    def as_shift(self) -> dict[str, Any]:
        return {
            "agent": self.key["agent"],
            "date": self.key["date"],
            "activities": self.activities,
            "queues": _split(self.key["queues"]),
            "min_level": self.key["min_level"] or 1,
            "languages": _split(self.key["languages"]),
        }


def from_csv(
    text: str, timezone: str, publish: bool
) -> tuple[ScheduleImport | None, list[int], list[ImportProblem]]:
    """The CSV file as an import, the line of each shift, or the problems."""
    reader = csv.reader(io.StringIO(text))
    header = [h.strip().lower() for h in next(reader, [])]
    wrong = _header_problem(header)
    if wrong:
        return None, [], [ImportProblem(row=1, message=wrong)]
    groups, problems = _groups(reader, header)
    shifts_ok: list[ImportShift] = []
    for group in groups:
        try:
            shifts_ok.append(ImportShift.model_validate(group.as_shift()))
        except ValidationError as exc:
            problems.append(ImportProblem(row=_error_line(exc, group), message=_first_error(exc)))
    if problems:
        return None, [], problems[:MAX_PROBLEMS]
    try:
        body = ScheduleImport(timezone=timezone, publish=publish, shifts=shifts_ok)
    except ValidationError as exc:
        return None, [], [ImportProblem(row=0, message=_first_error(exc))]
    return body, [g.lines[0] for g in groups], []


def _header_problem(header: list[str]) -> str:
    missing = sorted(REQUIRED_COLUMNS - set(header))
    unknown = sorted(set(header) - set(CSV_COLUMNS))
    if missing:
        what = f"missing {', '.join(missing)}"
    elif unknown:
        what = f"unknown {', '.join(unknown)}"
    elif len(set(header)) != len(header):
        what = "a column named twice"
    else:
        return ""
    return f"the header must name the columns {','.join(CSV_COLUMNS)} ({what})"


def _groups(reader: Any, header: list[str]) -> tuple[list[_Group], list[ImportProblem]]:
    """The lines after the header grouped into shifts, and the lines that do not fit."""
    groups: list[_Group] = []
    problems: list[ImportProblem] = []
    for values in reader:
        line = int(reader.line_num)
        if len(problems) >= MAX_PROBLEMS:
            break
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(header):
            problems.append(
                ImportProblem(row=line, message=f"{len(values)} fields, not {len(header)}")
            )
            continue
        cells = {name: value.strip() for name, value in zip(header, values, strict=True)}
        activity = {k: cells[k] for k in ("type", "start", "end")}
        key = {k: cells.get(k, "") for k in ("agent", "date", "queues", "min_level", "languages")}
        last = groups[-1] if groups else None
        if last is not None and (last.key["agent"], last.key["date"]) == (
            key["agent"],
            key["date"],
        ):
            if last.key != key:
                message = "queues, min_level and languages differ from the shift's first line"
                problems.append(ImportProblem(row=line, message=message))
            last.lines.append(line)
            last.activities.append(activity)
            continue
        if len(groups) >= MAX_IMPORT_SHIFTS:
            message = f"more than {MAX_IMPORT_SHIFTS} shifts: split the file"
            return groups, [ImportProblem(row=line, message=message)]
        groups.append(_Group(key, [line], [activity]))
    return groups, problems


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


def _error_line(exc: ValidationError, group: _Group) -> int:
    """The CSV line of an activity's error (``activities.2.start``), else the shift's."""
    loc = exc.errors()[0]["loc"]
    index = loc[1] if len(loc) >= 2 and loc[0] == "activities" else None
    if isinstance(index, int) and 0 <= index < len(group.lines):
        return group.lines[index]
    return group.lines[0]


# --------------------------------------------------------------------------- planning


async def plan(conn: AsyncConnection, body: ScheduleImport, rows: Sequence[int]) -> Planned:
    """Every shift of ``body`` in UTC, or every problem found (``rows``: each shift's
    problem row; the JSON index when empty)."""
    rows = list(rows) or list(range(len(body.shifts)))
    zone = ZoneInfo(body.timezone)
    usernames = sorted({s.agent for s in body.shifts})
    queue_names = sorted({q for s in body.shifts for q in s.queues})
    agents = {
        r.username: int(r.id)
        for r in await conn.execute(
            sa.select(house.agents.c.id, house.agents.c.username).where(
                house.agents.c.username.in_(usernames)
            )
        )
    }
    queues = {
        r.name: int(r.id)
        for r in await conn.execute(
            sa.select(house.queues.c.id, house.queues.c.name).where(
                house.queues.c.name.in_(queue_names)
            )
        )
    }
    known = _Lookups(zone, agents, queues, body.publish, time.time())
    # CPU work (70,000 activities in a big week) off the event loop, so sockets keep
    # being served meanwhile.
    return await asyncio.to_thread(_convert, body, rows, known)


def _convert(body: ScheduleImport, rows: list[int], known: _Lookups) -> Planned:
    planned = Planned()
    weeks: set[str] = set()
    for row, item in zip(rows, body.shifts, strict=True):
        shift = _one(planned, row, item, known)
        if shift is not None:
            planned.shifts.append(shift)
            planned.rows.append(row)
            weeks.add(shift.week)
    _overlaps_within(planned)
    planned.weeks = sorted(weeks)
    planned.agent_ids = sorted({s.agent_id for s in planned.shifts})
    if not planned.problems:
        planned.prepared = [_prepare(s) for s in planned.shifts]
    return planned


def _prepare(shift: ShiftData) -> tuple[dict[str, Any], str]:
    """The shift's row without its id and its JSON after the id, rendered before the
    write gate is taken (ids are only known once inserted)."""
    row = shift_row(shift)
    del row["id"]
    text = shift.model_dump_json()
    head = '{"kind":"shift","id":0,'
    assert text.startswith(head), text[:40]
    return row, text[len(head) :]


@dataclass(frozen=True)
class _Lookups:
    zone: ZoneInfo
    agents: dict[str, int]
    queues: dict[str, int]
    publish: bool
    now: float
    instants: dict[dt.datetime, float] = field(default_factory=dict)
    """Local time -> UTC already converted: a week has few distinct start times."""

    def utc(self, local: dt.datetime) -> float:
        found = self.instants.get(local)
        if found is None:
            found = self.instants[local] = local_time.to_utc(local, self.zone)
        return found


def _one(planned: Planned, row: int, item: ImportShift, known: _Lookups) -> ShiftData | None:
    """One imported shift in UTC, or ``None`` with its problems noted."""
    ok = True
    agent_id = known.agents.get(item.agent)
    if agent_id is None:
        planned.problem(row, f"unknown agent {item.agent!r}")
        ok = False
    unknown = [q for q in item.queues if q not in known.queues]
    if unknown:
        planned.problem(row, f"unknown queue {unknown[0]!r}")
        ok = False
    languages: list[str] = []
    for tag in item.languages:
        try:
            languages.append(_language(tag))
        except ValueError:
            planned.problem(row, f"unknown language {tag!r}")
            ok = False
    try:
        day = dt.date.fromisoformat(item.date)
    except ValueError:
        planned.problem(row, f"{item.date} is not a date")
        return None
    spans = local_time.wall_clock_spans(day, [(a.start, a.end) for a in item.activities])
    activities: list[Activity] = []
    for activity, (start, end) in zip(item.activities, spans, strict=True):
        try:
            begin, finish = known.utc(start), known.utc(end)
        except local_time.LocalTimeError as exc:
            planned.problem(row, str(exc))
            ok = False
            continue
        wrong = _activity_problem(begin, finish)
        if wrong:
            planned.problem(row, f"{_label(activity)}: {wrong}")
            ok = False
            continue
        # Activity's own rules, checked just above (a big week has 70,000 of them).
        activities.append(Activity.model_construct(type=activity.type, start=begin, end=finish))
    if not ok or agent_id is None:
        return None
    try:
        ordered = check_activities(activities)
    except ValueError as exc:
        planned.problem(row, str(exc))
        return None
    # Every field is checked above (activities by check_activities, ids from the
    # database, the rest by ImportShift): constructing skips validating them again.
    return ShiftData.model_construct(
        id=0,
        agent_id=agent_id,
        start=ordered[0].start,
        end=ordered[-1].end,
        activities=ordered,
        queue_ids=sorted({known.queues[q] for q in item.queues}),
        min_level=item.min_level,
        languages=list(dict.fromkeys(languages)),
        week=local_time.monday_of(day).isoformat(),
        timezone=known.zone.key,
        published=known.publish,
        updated_at=known.now,
    )


@functools.lru_cache(maxsize=256)
def _language(tag: str) -> str:
    """A language tag in the routing profiles' spelling (``zh-TW`` -> ``zh-Hant``)."""
    return normal_language(tag)


def _activity_problem(start: float, end: float) -> str:
    """What :class:`Activity`'s validation would refuse, as a sentence ("" when fine)."""
    if not (EARLIEST <= start <= LATEST and EARLIEST <= end <= LATEST):
        return "outside the years 2000-2100"
    if end - start < MIN_ACTIVITY_SECONDS:
        return "an activity lasts at least a minute"
    return ""


def _label(activity: ImportActivity) -> str:
    return f"{activity.type} {activity.start}-{activity.end}"


def _overlaps_within(planned: Planned) -> None:
    """Two planned shifts of one agent that overlap: a problem on the later one."""
    by_agent: dict[int, list[tuple[ShiftData, int]]] = defaultdict(list)
    for shift, row in zip(planned.shifts, planned.rows, strict=True):
        by_agent[shift.agent_id].append((shift, row))
    for items in by_agent.values():
        items.sort(key=lambda pair: pair[0].start)
        for (before, before_row), (after, row) in itertools.pairwise(items):
            if after.start < before.end:
                planned.problem(row, f"overlaps the agent's shift of row {before_row}")


# --------------------------------------------------------------------------- storing


async def store(conn: AsyncConnection, planned: Planned) -> tuple[ImportReport, list[Draft]]:
    """Replace the named agents' shifts in the imported weeks with the planned ones (in
    the caller's transaction); a report with problems and no events when a planned shift
    overlaps one of the agent's shifts outside those weeks or an old shift cannot go."""
    old_rows = (
        await conn.execute(
            sa.select(shifts.c.id, shifts.c.agent_id, shifts.c.published).where(
                shifts.c.agent_id.in_(planned.agent_ids), shifts.c.week.in_(planned.weeks)
            )
        )
    ).all()
    _overlaps_outside(planned, await _outside(conn, planned))
    old_ids = [int(r.id) for r in old_rows]
    await _release(conn, old_ids, planned)
    if planned.problems:
        return ImportReport(problems=planned.problems), []
    drafts: list[Draft] = []
    for r in old_rows:
        drafts.extend(shift_delete_events(int(r.id), int(r.agent_id), bool(r.published)))
    for part in _chunks(old_ids):
        await conn.execute(sa.delete(shifts).where(shifts.c.id.in_(part)))
    rows = [row for row, _tail in planned.prepared]
    ids: list[int] = []
    if rows:
        # The first id from the table's counter (never a removed shift's), the rest
        # after it: nobody else inserts inside the write gate, and one executemany with
        # ids is several times faster than RETURNING each.
        first = new_id(await conn.execute(sa.insert(shifts).values(rows[0])))
        ids = [first + i for i in range(len(rows))]
        rest = [{**row, "id": shift_id} for row, shift_id in zip(rows[1:], ids[1:], strict=True)]
        if rest:
            await conn.execute(sa.insert(shifts), rest)
            await claim_ids(conn, shifts, ids[-1])
    for shift_id, (row, tail) in zip(ids, planned.prepared, strict=True):
        payload = f'{{"kind":"shift","id":{shift_id},{tail}'
        drafts.extend(scoped_upserts(shift_id, row["agent_id"], row["published"], payload))
    published = sum(1 for r in rows if r["published"])
    report = ImportReport(
        created=len(rows), replaced=len(old_ids), published=published, weeks=planned.weeks
    )
    return report, drafts


def _chunks(ids: list[int], size: int = 5_000) -> list[list[int]]:
    """``ids`` in parts small enough for one statement's parameters."""
    return [ids[i : i + size] for i in range(0, len(ids), size)]


async def _outside(conn: AsyncConnection, planned: Planned) -> list[Any]:
    """The named agents' shifts outside the imported weeks that could overlap."""
    if not planned.shifts:
        return []
    low = min(s.start for s in planned.shifts)
    high = max(s.end for s in planned.shifts)
    query = sa.select(shifts.c.agent_id, shifts.c.start, shifts.c.end, shifts.c.week).where(
        shifts.c.agent_id.in_(planned.agent_ids),
        shifts.c.week.not_in(planned.weeks),
        shifts.c.start < high,
        shifts.c.end > low,
    )
    return list((await conn.execute(query)).all())


def _overlaps_outside(planned: Planned, outside: list[Any]) -> None:
    by_agent: dict[int, list[Any]] = defaultdict(list)
    for r in outside:
        by_agent[int(r.agent_id)].append(r)
    for shift, row in zip(planned.shifts, planned.rows, strict=True):
        for other in by_agent.get(shift.agent_id, ()):
            if other.start < shift.end and shift.start < other.end:
                planned.problem(row, f"overlaps the agent's shift in the week of {other.week}")
                break


async def _release(conn: AsyncConnection, shift_ids: list[int], planned: Planned) -> None:
    """Let go of references to shifts about to be deleted: a required one (another
    part's table pointing at a shift) blocks the import with a problem naming the shift;
    nullable ones are cleared, but only once nothing blocks (nothing is written then)."""
    if not shift_ids:
        return
    blocked = await references(conn, shift_ids, clear=False)
    for shift_id, where in sorted(blocked.items())[:10]:
        planned.problem(0, f"shift {shift_id} is still used by {where}: settle that first")
    if not planned.problems:
        await references(conn, shift_ids, clear=True)


async def references(conn: AsyncConnection, shift_ids: list[int], *, clear: bool) -> dict[int, str]:
    """Shifts among ``shift_ids`` that a required foreign key (a trade) still points at,
    with the table's name; nullable references are set to NULL when ``clear``. Found from
    the schema, so this part needs no knowledge of the tables built on shifts."""
    blocked: dict[int, str] = {}
    for table in shifts.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column is not shifts.c.id:
                continue
            column = fk.parent
            for part in _chunks(shift_ids):
                hit = column.in_(part)
                if not column.nullable:
                    for (value,) in await conn.execute(sa.select(column).where(hit).distinct()):
                        blocked.setdefault(int(value), table.name)
                elif clear:
                    await conn.execute(sa.update(table).where(hit).values({column.name: None}))
    return blocked
