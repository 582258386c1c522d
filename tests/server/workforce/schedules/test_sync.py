"""Who receives shifts and the policy, over real websockets to a real demo server: an
agent their own published shifts, supervisors every shift (drafts too), never another
agent; ``schedule.publish`` and ``shift.edit`` (supervisors only); ``PUT
/api/workforce/policy`` validated, with one event to every desk."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from protocol.kinds.workforce import ShiftData, WorkforcePolicyData
from tests.server.helpers import auth, get
from tests.server.workforce.schedules.support import (
    caught_up,
    day,
    post_json,
    shifts_of,
    utc,
    wait_shifts,
)
from tests.support.client import login
from tests.support.desk_socket import Desk
from tests.support.server_proc import ServerProcess, make_factory

POLICY = "/api/workforce/policy"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    factory, started = make_factory(tmp_path_factory.mktemp("schedule-sync"))
    yield factory()
    for proc in started:
        proc.stop()


@pytest.fixture(scope="module")
def boss(server: ServerProcess) -> str:
    return login(server.url, "supervisor01")


@pytest.mark.asyncio
async def test_shifts_reach_their_agent_and_supervisors_but_not_another_agent(
    server: ServerProcess, boss: str
) -> None:
    owner = await Desk.open(server, "agent03")
    other = await Desk.open(server, "agent04")
    chief = await Desk.open(server, "supervisor01")
    week = "2031-07-07"
    assert post_json(server.url, boss, {"shifts": [day("agent03", week)]}).status_code == 200
    (mine,) = await wait_shifts(owner, 3, week, 1)
    assert mine.published
    assert (await wait_shifts(chief, 3, week, 1))[0] == mine
    # A later shift of agent04 reaches agent04: events arrive in seq order, so agent03's
    # would have arrived before it had agent04 been sent it.
    assert post_json(server.url, boss, {"shifts": [day("agent04", week)]}).status_code == 200
    await wait_shifts(other, 4, week, 1)
    assert shifts_of(other, 3, week) == []
    seen = [s for (kind, _i), s in other.mirror.entities.items() if kind == "shift"]
    assert all(isinstance(s, ShiftData) and s.agent_id == 4 for s in seen)
    for desk in (owner, other, chief):
        await desk.ws.close()


@pytest.mark.asyncio
async def test_drafts_stay_hidden_from_the_agent_until_published(
    server: ServerProcess, boss: str
) -> None:
    owner = await Desk.open(server, "agent05")
    chief = await Desk.open(server, "supervisor01")
    week = "2031-07-14"
    body = {"publish": False, "shifts": [day("agent05", week), day("agent05", "2031-07-15")]}
    report = post_json(server.url, boss, body).json()
    assert (report["created"], report["published"]) == (2, 0)
    drafts = await wait_shifts(chief, 5, week, 2)
    assert not any(s.published for s in drafts)
    # The agent's own presence change comes after the drafts in the log: by the time it
    # arrives, the drafts would have too.
    await owner.set_presence("break")
    await owner.presence_of(5, state="break")
    assert shifts_of(owner, 5, week) == []
    # A desk starting from nothing (snapshot or replay) does not get them either.
    fresh = await Desk.open(server, "agent05")
    await fresh.presence_of(5, state="break")
    assert shifts_of(fresh, 5, week) == []

    refused = await owner.command("schedule.publish", week=week)
    assert (refused.ok, refused.code) == (False, "forbidden")
    not_monday = await chief.command("schedule.publish", week="2031-07-15")
    assert (not_monday.ok, not_monday.code) == (False, "invalid")
    done = await chief.command("schedule.publish", week=week)
    assert done.ok, done
    assert done.answer == {"published": 2}
    published = await wait_shifts(owner, 5, week, 2)
    assert all(s.published for s in published)
    assert [s.id for s in published] == [s.id for s in drafts]
    again = await chief.command("schedule.publish", week=week)
    assert again.answer == {"published": 0}
    for desk in (owner, chief, fresh):
        await desk.ws.close()


@pytest.mark.asyncio
async def test_shift_edit_replaces_or_removes_and_is_for_supervisors(
    server: ServerProcess, boss: str
) -> None:
    owner = await Desk.open(server, "agent06")
    chief = await Desk.open(server, "supervisor01")
    week = "2031-07-21"
    body = {"shifts": [day("agent06", week), day("agent06", "2031-07-22", "12:00", "20:00")]}
    assert post_json(server.url, boss, body).status_code == 200
    monday, tuesday = await wait_shifts(owner, 6, week, 2)
    start = utc(2031, 7, 21, 8, 0)
    activities = [
        {"type": "work", "start": start, "end": start + 7200},
        {"type": "meeting", "start": start + 7200, "end": start + 10800},
    ]
    refused = await owner.command("shift.edit", shift_id=monday.id, activities=activities)
    assert (refused.ok, refused.code) == (False, "forbidden")
    edited = await chief.command("shift.edit", shift_id=monday.id, activities=activities)
    assert edited.ok, edited
    moved = await owner.entity("shift", monday.id, start=start)
    assert isinstance(moved, ShiftData)
    assert (moved.end, [a.type for a in moved.activities]) == (start + 10800, ["work", "meeting"])

    gap = [activities[0], {"type": "work", "start": start + 9000, "end": start + 10800}]
    answer = await chief.command("shift.edit", shift_id=monday.id, activities=gap)
    assert (answer.ok, answer.code) == (False, "invalid")
    late = utc(2031, 7, 22, 19, 0)
    clash = [{"type": "work", "start": late, "end": late + 3600}]
    answer = await chief.command("shift.edit", shift_id=monday.id, activities=clash)
    assert (answer.ok, answer.code) == (False, "conflict")
    empty = await chief.command("shift.edit", shift_id=monday.id)
    assert (empty.ok, empty.code) == (False, "invalid")
    missing = await chief.command("shift.edit", shift_id=999_999, remove=True)
    assert (missing.ok, missing.code) == (False, "not_found")
    unchanged = await chief.entity("shift", monday.id)
    assert isinstance(unchanged, ShiftData)
    assert unchanged.end == start + 10800

    removed = await chief.command("shift.edit", shift_id=tuesday.id, remove=True)
    assert removed.ok, removed
    assert removed.answer == {"shift": None}
    await wait_shifts(owner, 6, week, 1)
    await wait_shifts(chief, 6, week, 1)
    for desk in (owner, chief):
        await desk.ws.close()


@pytest.mark.asyncio
async def test_policy_put_is_validated_and_reaches_every_desk(
    server: ServerProcess, boss: str
) -> None:
    agent = login(server.url, "agent07")
    before = WorkforcePolicyData.model_validate(get(server.url, POLICY, agent).json())
    assert before.notice_hours == 24.0
    assert {t.kpi for t in before.targets} >= {"aht", "fcr", "adherence", "occupancy"}
    desk = await Desk.open(server, "agent07")
    seeded = await desk.entity("workforce_policy", 1)
    assert seeded == before

    def put(token: str, body: object) -> httpx.Response:
        return httpx.put(f"{server.url}{POLICY}", json=body, headers=auth(token), timeout=10)

    changed = before.model_dump(mode="json") | {"notice_hours": 48.0, "auto_approve": True}
    assert put(agent, changed).status_code == 403
    bad = before.model_dump(mode="json") | {"min_rest_hours": -1}
    assert put(boss, bad).status_code == 422
    assert put(boss, before.model_dump(mode="json") | {"surprise": 1}).status_code == 422
    assert WorkforcePolicyData.model_validate(get(server.url, POLICY, agent).json()) == before

    answer = put(boss, changed)
    assert answer.status_code == 200, answer.text
    assert answer.json()["notice_hours"] == 48.0
    arrived = await desk.entity("workforce_policy", 1, notice_hours=48.0)
    assert isinstance(arrived, WorkforcePolicyData)
    assert arrived.auto_approve
    # Targets not named keep DOMAIN.md's defaults; a named one is the centre's.
    only_aht = changed | {"targets": [{"kpi": "aht", "value": 300, "higher_is_better": False}]}
    stored = WorkforcePolicyData.model_validate(put(boss, only_aht).json())
    assert [t.value for t in stored.targets if t.kpi == "aht"] == [300.0]
    assert len(stored.targets) == len(before.targets)
    await desk.ws.close()


@pytest.mark.asyncio
async def test_demo_agents_have_a_shift_today_around_now(server: ServerProcess) -> None:
    chief = await Desk.open(server, "supervisor01")
    await caught_up(chief)
    assert isinstance(chief.mirror.entities.get(("workforce_policy", 1)), WorkforcePolicyData)
    demo = [
        s
        for (kind, _i), s in chief.mirror.entities.items()
        if kind == "shift" and isinstance(s, ShiftData) and s.timezone == "Europe/Helsinki"
    ]
    assert {s.agent_id for s in demo} == set(range(1, 11))  # the supervisor (11) has none
    assert len({s.week for s in demo}) == 3
    now = time.time()
    covering = {s.agent_id for s in demo if s.start <= now < s.end}
    assert len(covering) >= 7, covering
    agent = await Desk.open(server, "agent01")
    await caught_up(agent)
    own = {i for (kind, i) in agent.mirror.entities if kind == "shift"}
    assert own == {s.id for s in demo if s.agent_id == 1}
    shift_ids = {s.id for s in demo}
    assert len(shift_ids) == len(demo)
    for desk in (chief, agent):
        await desk.ws.close()
