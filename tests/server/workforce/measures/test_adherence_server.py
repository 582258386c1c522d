"""Adherence through a real server: presence history written as states change (and no
event of its own), a day computed from the published schedule as it stands (an edit
shows at the next request), the team's view for supervisors, and refusals.

The local day is chosen in a fixed-offset zone where it is around noon now, so the
test's hour never crosses a local midnight whenever it runs.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.server.helpers import auth
from tests.support.client import login
from tests.support.db import connect as db_connect
from tests.support.desk_socket import Desk
from tests.support.server_proc import ServerProcess, make_factory
from tests.support.waiting import wait_until_async

AGENT03 = 3


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    factory, started = make_factory(tmp_path_factory.mktemp("adherence"))
    yield factory()
    for each in started:
        each.stop()


def get(server: ServerProcess, path: str, user: str = "agent03", **params: Any) -> httpx.Response:
    token = login(server.url, user)
    return httpx.get(f"{server.url}{path}", params=params, headers=auth(token), timeout=20)


def noon_zone(now: float) -> tuple[str, str]:
    """A fixed-offset zone where ``now`` is between 10:00 and 14:00, and its date."""
    hour = dt.datetime.fromtimestamp(now, dt.UTC).hour
    east = max(-12, min(14, 12 - hour))  # Etc/GMT-N is N hours east of UTC
    name = "UTC" if east == 0 else f"Etc/GMT{-east:+d}"
    local = dt.datetime.fromtimestamp(now, dt.UTC) + dt.timedelta(hours=east)
    return name, local.date().isoformat()


def put_schedule(db: Any, agent_id: int, activities: list[tuple[str, float, float]]) -> None:
    """Replace the agent's shifts with one published shift of ``activities``."""
    acts = [{"type": k, "start": a, "end": b} for k, a, b in activities]
    with db_connect(db) as conn:
        conn.execute("DELETE FROM shifts WHERE agent_id = ?", (agent_id,))
        conn.execute(
            'INSERT INTO shifts (agent_id, start, "end", activities, week, published)'
            " VALUES (?, ?, ?, ?, '2026-01-05', true)",
            (agent_id, acts[0]["start"], acts[-1]["end"], json.dumps(acts)),
        )


@pytest.mark.asyncio
async def test_presence_changes_are_recorded_as_history_without_events(
    server: ServerProcess,
) -> None:
    def count(sql: str) -> int:
        with db_connect(server) as conn:
            return int(conn.execute(sql).fetchone()[0])

    started = time.time()
    desk = await Desk.open(server, "agent04")
    await desk.set_presence("available")
    last = "SELECT MAX(seq) FROM events"
    before = count(last)
    await desk.set_presence("break", reason="coffee")  # a new state: history written
    middle = count(last)
    await desk.set_presence("break", reason="tea")  # same state: history unchanged
    await desk.presence_of(4, state="break", reason="tea")
    with db_connect(server) as conn:
        rows = conn.execute(
            'SELECT state, start, "end" FROM presence_log WHERE agent_id = 4 AND start >= ?'
            " ORDER BY id",
            (started,),
        ).fetchall()
        still_open = conn.execute(
            'SELECT COUNT(*) FROM presence_log WHERE agent_id = 4 AND "end" IS NULL'
        ).fetchone()[0]
    assert [r[0] for r in rows] == ["available", "break"]
    assert rows[0][2] == rows[1][1]  # closed when the next opened
    assert rows[1][2] is None  # the current stretch is open, and the only one
    assert still_open == 1
    # Writing history adds no event: a change of state makes as many events as a change
    # of reason alone, which writes none.
    after = count(last)
    mine = "SELECT COUNT(*) FROM events WHERE kind = 'presence' AND entity_id = 4 AND seq > {}"
    first_change = count(mine.format(before)) - count(mine.format(middle))
    second_change = count(mine.format(middle)) - count(mine.format(after))
    assert first_change == second_change > 0
    assert count(f"SELECT COUNT(*) FROM events WHERE kind LIKE '%log%' AND seq > {before}") == 0


def test_a_day_follows_the_schedule_and_an_edit_shows_at_once(server: ServerProcess) -> None:
    now = time.time()
    zone, day = noon_zone(now)
    with db_connect(server) as conn:
        conn.execute("DELETE FROM presence_log WHERE agent_id = ?", (AGENT03,))
        conn.executemany(
            'INSERT INTO presence_log (agent_id, state, start, "end") VALUES (?, ?, ?, ?)',
            [
                (AGENT03, "available", now - 3600, now - 1800),
                (AGENT03, "break", now - 1800, None),  # on a break for the last half hour
            ],
        )
    # Scheduled to work the whole time: the break (longer than the grace) is out.
    put_schedule(server, AGENT03, [("work", now - 3600, now + 3600)])
    first = get(server, "/api/workforce/adherence", day=day, tz=zone)
    assert first.status_code == 200, first.text
    body = first.json()
    # scheduled = from now-3600 to the request; out = from now-1800 to the request
    assert body["out_seconds"] == pytest.approx(body["scheduled_seconds"] - 1800)
    assert body["adherence"] == pytest.approx(1 - body["out_seconds"] / body["scheduled_seconds"])
    assert [(e["activity"], e["state"]) for e in body["exceptions"]] == [("work", "break")]
    # conformance = 1,800 worked on-queue / the on-queue time scheduled so far
    assert body["onqueue_worked_seconds"] == pytest.approx(1800)
    # The supervisor moves the break into the schedule: in adherence at the next request.
    put_schedule(
        server,
        AGENT03,
        [("work", now - 3600, now - 1800), ("break", now - 1800, now + 3600)],
    )
    second = get(server, "/api/workforce/adherence", day=day, tz=zone).json()
    assert (second["out_seconds"], second["adherence"], second["exceptions"]) == (0, 1.0, [])
    assert second["onqueue_scheduled_seconds"] == pytest.approx(1800)
    assert second["conformance"] == pytest.approx(1.0)

    team = get(server, "/api/workforce/team-adherence", user="supervisor01", day=day, tz=zone)
    assert team.status_code == 200, team.text
    mine = [a for a in team.json()["agents"] if a["agent_id"] == AGENT03]
    assert len(mine) == 1
    assert mine[0]["adherence"] == 1.0


def test_refusals(server: ServerProcess) -> None:
    today = dt.datetime.now(dt.UTC).date().isoformat()
    assert get(server, "/api/workforce/adherence", day=today, agent_id=4).status_code == 403
    assert get(server, "/api/workforce/team-adherence", day=today).status_code == 403
    ok = get(server, "/api/workforce/adherence", user="supervisor01", day=today, agent_id=4)
    assert ok.status_code == 200, ok.text
    for params in (
        {"day": today, "tz": "Nowhere/Land"},
        {"day": "2026-02-30"},
        {"day": "yesterday"},
        {"day": today, "agent_id": 0},
    ):
        assert get(server, "/api/workforce/adherence", **params).status_code == 422, params


@pytest.mark.asyncio
async def test_signing_out_folds_the_agents_marked_kpi_slots_in(server: ServerProcess) -> None:
    def marks() -> int:
        with db_connect(server) as conn:
            return int(
                conn.execute("SELECT COUNT(*) FROM kpi_dirty WHERE agent_id = 5").fetchone()[0]
            )

    desk = await Desk.open(server, "agent05")
    await desk.set_presence("available")
    await desk.set_presence("break")  # closes a stretch: its slots are marked
    assert marks() > 0
    logout = f"{server.url}/api/logout"
    await asyncio.to_thread(httpx.post, logout, headers=auth(desk.token), timeout=10)
    await wait_until_async(lambda: marks() == 0, timeout=20)
