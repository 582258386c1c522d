"""Helpers shared by the schedule tests: post an import, build rows, read a desk's shifts."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

import httpx

from protocol.frames import CaughtUp, Snapshot
from protocol.kinds.workforce import ShiftData
from tests.server.helpers import auth
from tests.support.desk_socket import Desk

IMPORT = "/api/workforce/schedules/import"


def utc(year: int, month: int, day: int, hour: int, minute: int) -> float:
    """UNIX seconds of a UTC wall time (``utc(2027, 3, 22, 7, 0)``), written out by hand
    in the tests so the expected instants do not come from the code under test."""
    return dt.datetime(year, month, day, hour, minute, tzinfo=dt.UTC).timestamp()


def post_json(url: str, token: str, body: dict[str, Any]) -> httpx.Response:
    return httpx.post(f"{url}{IMPORT}", json=body, headers=auth(token), timeout=30)


def post_csv(url: str, token: str, text: str, **params: str) -> httpx.Response:
    headers = {**auth(token), "Content-Type": "text/csv; charset=utf-8"}
    return httpx.post(
        f"{url}{IMPORT}", content=text.encode(), headers=headers, params=params, timeout=30
    )


def shift(
    agent: str,
    date: str,
    *spans: tuple[str, str, str],
    queues: tuple[str, ...] = ("General",),
    languages: tuple[str, ...] = (),
) -> dict[str, Any]:
    """One imported shift: ``spans`` are (type, start, end)."""
    return {
        "agent": agent,
        "date": date,
        "activities": [{"type": t, "start": s, "end": e} for t, s, e in spans],
        "queues": list(queues),
        "languages": list(languages),
    }


def day(agent: str, date: str, start: str = "09:00", end: str = "17:00") -> dict[str, Any]:
    """A one-activity working day."""
    return shift(agent, date, ("work", start, end))


def shifts_of(desk: Desk, agent_id: int, week: str) -> list[ShiftData]:
    """The desk's mirrored shifts of one agent and week, by start."""
    found = [
        data
        for (kind, _id), data in desk.mirror.entities.items()
        if kind == "shift"
        and isinstance(data, ShiftData)
        and data.agent_id == agent_id
        and data.week == week
    ]
    return sorted(found, key=lambda s: s.start)


async def wait_shifts(desk: Desk, agent_id: int, week: str, count: int) -> list[ShiftData]:
    """Read frames until the desk holds ``count`` shifts of the agent and week."""
    async with asyncio.timeout(30):
        while len(shifts_of(desk, agent_id, week)) != count:
            await desk.next_frame()
    return shifts_of(desk, agent_id, week)


async def caught_up(desk: Desk) -> None:
    """Read frames until the desk holds everything up to now (replay or snapshot done)."""
    async with asyncio.timeout(30):
        while True:
            frame = await desk.next_frame()
            if isinstance(frame, CaughtUp) or (isinstance(frame, Snapshot) and frame.done):
                return
