"""Shared set-up for the trade tests: a known team written into a real server's database,
shifts inserted straight into the schedules' ``shifts`` table (the tests are about trades,
not imports), the policy, and commands sent from real desks.

The team (written before any desk connects: a desk's queues are read at sign-in):

=======  ==========  ==================  =========
agent    queues      levels              languages
=======  ==========  ==================  =========
1 a01    1, 2        3, 3                en, fi
2 a02    1, 2        3, 3                en, fi
3 a03    1, 2        3, 3                en
4 a04    1           1                   en
5 a05    3           3                   en
6 a06    1, 2        3, 3                en, fi
7 a07    1, 2        3, 3                en, fi
8 a08    1, 2        3, 3                en, fi
=======  ==========  ==================  =========

Every test takes its own stretch of days (:func:`days`), weeks apart and far beyond the
demo's schedule, so tests sharing one server never see each other's shifts.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from protocol.frames import CommandResult
from protocol.kinds.workforce import SwapData
from protocol.workforce import SwapAnswer, SwapVerdict, TimeOffAnswer
from tests.support import db
from tests.support.desk_socket import Desk
from tests.support.server_proc import ServerProcess

HOUR = 3600.0
DAY = 86_400.0
SUPERVISOR = 11
TEAM: dict[int, tuple[list[int], list[int], list[str]]] = {
    1: ([1, 2], [3, 3], ["en", "fi"]),
    2: ([1, 2], [3, 3], ["en", "fi"]),
    3: ([1, 2], [3, 3], ["en"]),
    4: ([1], [1], ["en"]),
    5: ([3], [3], ["en"]),
    6: ([1, 2], [3, 3], ["en", "fi"]),
    7: ([1, 2], [3, 3], ["en", "fi"]),
    8: ([1, 2], [3, 3], ["en", "fi"]),
}
_stretch = itertools.count(0)
_FIRST_MONDAY = (
    dt.date.today() - dt.timedelta(days=dt.date.today().weekday()) + dt.timedelta(weeks=9)
)


def username(agent_id: int) -> str:
    return "supervisor01" if agent_id == SUPERVISOR else f"agent{agent_id:02d}"


def connect(server: ServerProcess) -> Any:
    """A connection to the server's database, SQLite or PostgreSQL (commits on ``with``)."""
    return db.connect(server)


def set_team(server: ServerProcess) -> None:
    """Memberships, skills and languages of :data:`TEAM`."""
    with connect(server) as conn:
        for agent_id, (queues, levels, languages) in TEAM.items():
            conn.execute("DELETE FROM agent_queues WHERE agent_id = ?", (agent_id,))
            conn.executemany(
                "INSERT INTO agent_queues (agent_id, queue_id) VALUES (?, ?)",
                [(agent_id, q) for q in queues],
            )
            skills = json.dumps(
                [{"queue_id": q, "level": lv} for q, lv in zip(queues, levels, strict=True)]
            )
            conn.execute(
                "UPDATE routing_profiles SET skills = ?, languages = ? WHERE agent_id = ?",
                (skills, json.dumps(languages), agent_id),
            )


def set_policy(server: ServerProcess, **fields: Any) -> None:
    """The workforce policy row (the defaults plus ``fields``)."""
    data = json.dumps({"kind": "workforce_policy", "id": 1, **fields})
    with connect(server) as conn:
        conn.execute("DELETE FROM workforce_policy")
        conn.execute(
            "INSERT INTO workforce_policy (id, data, updated_at) VALUES (1, ?, ?)",
            (data, time.time()),
        )


def days() -> float:
    """The start (UTC midnight, a Monday) of a fresh fortnight for one test, at least
    two months ahead."""
    monday = _FIRST_MONDAY + dt.timedelta(weeks=3 * next(_stretch))
    return dt.datetime.combine(monday, dt.time(), dt.UTC).timestamp()


def add_shift(
    server: ServerProcess,
    agent_id: int,
    start: float,
    hours: float = 8.0,
    *,
    queue_ids: tuple[int, ...] = (1,),
    min_level: int = 1,
    languages: tuple[str, ...] = (),
    published: bool = True,
    lunch_minutes: float = 0.0,
    meeting_at: float | None = None,
) -> int:
    """A shift of ``hours`` from ``start``: work, an unpaid lunch in the middle if asked,
    a one-hour meeting from ``meeting_at`` if asked. Its id."""
    end = start + hours * HOUR
    cuts: list[tuple[str, float, float]] = []
    if lunch_minutes:
        mid = start + hours * HOUR / 2
        cuts.append(("lunch", mid, mid + lunch_minutes * 60))
    if meeting_at is not None:
        cuts.append(("meeting", meeting_at, meeting_at + HOUR))
    activities: list[dict[str, Any]] = []
    at = start
    for kind, lo, hi in sorted(cuts, key=lambda c: c[1]):
        if lo > at:
            activities.append({"type": "work", "start": at, "end": lo})
        activities.append({"type": kind, "start": lo, "end": hi})
        at = hi
    if end > at:
        activities.append({"type": "work", "start": at, "end": end})
    day = dt.datetime.fromtimestamp(start, dt.UTC).date()
    week = (day - dt.timedelta(days=day.weekday())).isoformat()
    with connect(server) as conn:
        cursor = conn.execute(
            'INSERT INTO shifts (agent_id, start, "end", activities, queue_ids, min_level,'
            " languages, week, timezone, published, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'UTC', ?, ?) RETURNING id",
            (
                agent_id,
                start,
                end,
                json.dumps(activities),
                json.dumps(list(queue_ids)),
                min_level,
                json.dumps(list(languages)),
                week,
                published,
                time.time(),
            ),
        )
        return int(cursor.fetchone()[0])


def shift_owner(server: ServerProcess, shift_id: int) -> int:
    with connect(server) as conn:
        return int(
            conn.execute("SELECT agent_id FROM shifts WHERE id = ?", (shift_id,)).fetchone()[0]
        )


def shift_activities(server: ServerProcess, shift_id: int) -> list[dict[str, Any]]:
    with connect(server) as conn:
        text = conn.execute("SELECT activities FROM shifts WHERE id = ?", (shift_id,)).fetchone()[0]
    found: list[dict[str, Any]] = json.loads(text)
    return found


def swap_state(server: ServerProcess, swap_id: int) -> str:
    with connect(server) as conn:
        return str(conn.execute("SELECT state FROM swaps WHERE id = ?", (swap_id,)).fetchone()[0])


def count_rows(server: ServerProcess, table: str) -> int:
    with connect(server) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


async def swap_command(desk: Desk, name: str, **args: Any) -> SwapAnswer:
    """A swap command that must succeed as a command (a rules refusal is a success)."""
    result = await desk.command(name, **args)
    assert result.ok, result
    return SwapAnswer.model_validate(result.answer)


async def refused(desk: Desk, name: str, code: str, **args: Any) -> CommandResult:
    """A command that must fail with ``code``."""
    result = await desk.command(name, **args)
    assert not result.ok, result
    assert result.code == code, result
    return result


async def check(desk: Desk, **args: Any) -> SwapVerdict:
    result = await desk.command("swap.check", **args)
    assert result.ok, result
    return SwapVerdict.model_validate(result.answer)


async def post(desk: Desk, shift_id: int, kind: str = "giveaway", **args: Any) -> SwapData:
    """Post a shift; it must be accepted by the rules."""
    answer = await swap_command(desk, "swap.post", shift_id=shift_id, type=kind, **args)
    assert answer.accepted, answer
    assert answer.swap is not None
    return answer.swap


async def time_off(desk: Desk, name: str, **args: Any) -> TimeOffAnswer:
    result = await desk.command(name, **args)
    assert result.ok, result
    return TimeOffAnswer.model_validate(result.answer)


def codes(violations: list[Any]) -> list[str]:
    return sorted(v.code for v in violations)


def db_path(server: ServerProcess) -> Path:
    return server.db_path


class Desks:
    """``async with Desks(server, 1, 2, SUPERVISOR) as (a, b, sup):`` signed-in desks,
    closed on the way out."""

    def __init__(self, server: ServerProcess, *agent_ids: int) -> None:
        self.server = server
        self.agent_ids = agent_ids
        self.desks: list[Desk] = []

    async def __aenter__(self) -> list[Desk]:
        for agent_id in self.agent_ids:
            self.desks.append(await Desk.open(self.server, username(agent_id)))
        return self.desks

    async def __aexit__(self, *_exc: object) -> None:
        for desk in self.desks:
            await desk.ws.close()


async def wait_for(desk: Desk, kind: str, entity_id: int, test: Callable[[Any], bool]) -> Any:
    """Read frames until the desk's copy of (``kind``, ``entity_id``) passes ``test``."""
    async with asyncio.timeout(30):
        while True:
            data = desk.mirror.entities.get((kind, entity_id))
            if data is not None and test(data):
                return data
            await desk.next_frame()
