"""``POST /api/workforce/schedules/import`` against a real demo server and SQLite file:
JSON and CSV, local times through both Europe/Helsinki DST changes to exact UTC instants,
every bad row refused with its row and nothing stored, supervisors only, bounded bodies.

Weeks are far from the demo's (the current week and the next two) so the tests share one
server without touching each other: each uses its own agent or week.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests.server.helpers import auth
from tests.server.workforce.schedules.support import (
    day,
    post_csv,
    post_json,
    shift,
    utc,
    wait_shifts,
)
from tests.support.client import login
from tests.support.desk_socket import Desk
from tests.support.server_proc import ServerProcess, make_factory

HELSINKI = "Europe/Helsinki"
HOUR = 3600.0


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    factory, started = make_factory(tmp_path_factory.mktemp("schedules"))
    yield factory()
    for proc in started:
        proc.stop()


@pytest.fixture(scope="module")
def boss(server: ServerProcess) -> str:
    return login(server.url, "supervisor01")


@pytest.mark.asyncio
async def test_json_import_across_spring_forward(server: ServerProcess, boss: str) -> None:
    body = {
        "timezone": HELSINKI,
        "shifts": [
            shift(
                "agent03",
                "2027-03-22",
                ("work", "09:00", "12:00"),
                ("break", "12:00", "12:15"),
                ("work", "12:15", "17:00"),
                queues=("Billing",),
                languages=("zh_CN",),  # stored as the routing profiles spell it
            ),
            # Across midnight: each time is the first at or after the one before it.
            shift(
                "agent03",
                "2027-03-25",
                ("work", "22:00", "02:00"),
                ("break", "02:00", "02:15"),
                ("work", "02:15", "06:00"),
            ),
            day("agent03", "2027-03-27", "22:00", "06:00"),  # clocks go 03:00 -> 04:00
            day("agent03", "2027-03-28", "09:00", "17:00"),
        ],
    }
    answer = post_json(server.url, boss, body)
    assert answer.status_code == 200, answer.text
    report = answer.json()
    assert (report["created"], report["replaced"], report["published"]) == (4, 0, 4)
    assert report["weeks"] == ["2027-03-22"]
    assert report["problems"] == []

    desk = await Desk.open(server, "supervisor01")
    monday, thursday, night, sunday = await wait_shifts(desk, 3, "2027-03-22", 4)
    assert (monday.start, monday.end) == (utc(2027, 3, 22, 7, 0), utc(2027, 3, 22, 15, 0))
    assert [a.type for a in monday.activities] == ["work", "break", "work"]
    assert monday.activities[1].start == utc(2027, 3, 22, 10, 0)
    assert (monday.queue_ids, monday.min_level, monday.languages) == ([2], 1, ["zh-Hans"])
    assert (monday.timezone, monday.published) == (HELSINKI, True)
    assert (thursday.start, thursday.end) == (utc(2027, 3, 25, 20, 0), utc(2027, 3, 26, 4, 0))
    assert thursday.activities[1].start == utc(2027, 3, 26, 0, 0)
    # 22:00 EET (UTC+2) to 06:00 EEST (UTC+3): seven hours, not eight.
    assert (night.start, night.end) == (utc(2027, 3, 27, 20, 0), utc(2027, 3, 28, 3, 0))
    assert night.end - night.start == 7 * HOUR
    # After the change 09:00-17:00 is still eight hours, now at UTC+3.
    assert (sunday.start, sunday.end) == (utc(2027, 3, 28, 6, 0), utc(2027, 3, 28, 14, 0))
    await desk.ws.close()


@pytest.mark.asyncio
async def test_csv_import_across_fall_back(server: ServerProcess, boss: str) -> None:
    text = (
        "agent,date,type,start,end,queues,min_level,languages\n"
        "agent04,2026-10-19,work,09:00,17:00,Billing,2,zh-Hans;en\n"
        # 03:30 on the 25th happens twice: the first one (summer time) is taken.
        "agent04,2026-10-24,work,22:00,03:30,Billing,2,zh-Hans;en\n"
        "agent04,2026-10-24,work,03:30,06:00,Billing,2,zh-Hans;en\n"
        "\n"
        "agent04,2026-10-25,work,09:00,17:00,Billing,2,zh-Hans;en\n"
    )
    answer = post_csv(server.url, boss, text, timezone=HELSINKI)
    assert answer.status_code == 200, answer.text
    assert answer.json()["created"] == 3

    desk = await Desk.open(server, "supervisor01")
    monday, night, sunday = await wait_shifts(desk, 4, "2026-10-19", 3)
    assert (monday.start, monday.end) == (utc(2026, 10, 19, 6, 0), utc(2026, 10, 19, 14, 0))
    assert (monday.queue_ids, monday.min_level, monday.languages) == ([2], 2, ["zh-Hans", "en"])
    # 22:00 EEST (UTC+3) to 06:00 EET (UTC+2): nine hours.
    assert (night.start, night.end) == (utc(2026, 10, 24, 19, 0), utc(2026, 10, 25, 4, 0))
    assert night.end - night.start == 9 * HOUR
    assert night.activities[0].end == utc(2026, 10, 25, 0, 30)
    assert (sunday.start, sunday.end) == (utc(2026, 10, 25, 7, 0), utc(2026, 10, 25, 15, 0))
    await desk.ws.close()


def test_a_time_the_clocks_skip_is_refused_and_nothing_is_stored(
    server: ServerProcess, boss: str
) -> None:
    body = {
        "timezone": HELSINKI,
        "shifts": [day("agent05", "2027-03-23"), day("agent05", "2027-03-28", "03:30", "11:00")],
    }
    refused = post_json(server.url, boss, body)
    assert refused.status_code == 422
    problems = refused.json()["problems"]
    assert [p["row"] for p in problems] == [1]
    assert "does not exist" in problems[0]["message"]
    # Nothing of the refused import went in: the good shift's week was empty.
    again = post_json(server.url, boss, {"timezone": HELSINKI, "shifts": [body["shifts"][0]]})
    assert again.status_code == 200
    assert (again.json()["created"], again.json()["replaced"]) == (1, 0)


def test_each_bad_row_is_refused_with_its_row_and_nothing_is_stored(
    server: ServerProcess, boss: str
) -> None:
    body = {
        "shifts": [
            day("nobody", "2031-06-02"),
            shift("agent06", "2031-06-02", ("work", "07:00", "08:00"), queues=("Nowhere",)),
            day("agent06", "2031-06-02"),
            day("agent06", "2031-06-02", "16:00", "20:00"),  # overlaps row 2
            day("agent06", "2031-06-03", "06:00", "23:00"),  # 17 h
            shift("agent06", "2031-06-04", ("work", "09:00", "12:00"), ("work", "13:00", "17:00")),
            day("agent06", "2031-06-05"),
            shift("agent06", "2031-06-06", ("work", "09:00", "17:00"), languages=("xx-nope",)),
        ]
    }
    refused = post_json(server.url, boss, body)
    assert refused.status_code == 422
    problems = {p["row"]: p["message"] for p in refused.json()["problems"]}
    assert sorted(problems) == [0, 1, 3, 4, 5, 7]
    assert "nobody" in problems[0]
    assert "Nowhere" in problems[1]
    assert "overlaps" in problems[3]
    assert "16 hours" in problems[4]
    assert "gap" in problems[5]
    assert "xx-nope" in problems[7]
    schema = post_json(
        server.url, boss, {"shifts": [shift("agent06", "2031-06-02", ("nap", "09:00", "10:00"))]}
    )
    assert schema.status_code == 422
    assert [p["row"] for p in schema.json()["problems"]] == [0]
    stored = post_json(server.url, boss, {"shifts": [body["shifts"][6]]})
    assert (stored.json()["created"], stored.json()["replaced"]) == (1, 0)


def test_bad_csv_lines_are_named(server: ServerProcess, boss: str) -> None:
    no_header = post_csv(server.url, boss, "agent06,2031-06-09,work,09:00,17:00\n")
    assert no_header.status_code == 422
    assert [p["row"] for p in no_header.json()["problems"]] == [1]
    head = "agent,date,type,start,end\n"
    bad_time = head + "agent06,2031-06-09,work,09:00,12:00\nagent06,2031-06-09,work,12:00,25:00\n"
    answer = post_csv(server.url, boss, bad_time)
    assert answer.status_code == 422
    assert [p["row"] for p in answer.json()["problems"]] == [3]
    unknown = head + "agent06,2031-06-09,work,09:00,17:00\n\nghost,2031-06-10,work,09:00,17:00\n"
    answer = post_csv(server.url, boss, unknown)
    assert [p["row"] for p in answer.json()["problems"]] == [4]
    short = head + "agent06,2031-06-09,work,09:00\n"
    assert [p["row"] for p in post_csv(server.url, boss, short).json()["problems"]] == [2]
    zone = post_csv(
        server.url, boss, head + "agent06,2031-06-09,work,09:00,17:00\n", timezone="Mars/Olympus"
    )
    assert zone.status_code == 422
    stored = post_csv(server.url, boss, head + "agent06,2031-06-09,work,09:00,17:00\n")
    assert (stored.json()["created"], stored.json()["replaced"]) == (1, 0)


def test_only_supervisors_import_and_bodies_are_bounded(server: ServerProcess, boss: str) -> None:
    agent = login(server.url, "agent01")
    assert post_json(server.url, agent, {"shifts": []}).status_code == 403
    assert post_csv(server.url, agent, "agent,date,type,start,end\n").status_code == 403
    assert post_json(server.url, "not-a-token", {"shifts": []}).status_code == 401
    plain = httpx.post(
        f"{server.url}/api/workforce/schedules/import",
        content=b"hello",
        headers={**auth(boss), "Content-Type": "text/plain"},
        timeout=10,
    )
    assert plain.status_code == 415
    broken = httpx.post(
        f"{server.url}/api/workforce/schedules/import",
        content=b"{not json",
        headers={**auth(boss), "Content-Type": "application/json"},
        timeout=10,
    )
    assert broken.status_code == 422
    assert "Invalid JSON" in broken.json()["problems"][0]["message"]
    huge = "agent,date,type,start,end\n" + "x" * (16 * 1024 * 1024 + 1)
    assert post_csv(server.url, boss, huge).status_code == 413


@pytest.mark.asyncio
async def test_an_import_replaces_the_named_agents_week(server: ServerProcess, boss: str) -> None:
    week = [
        day("agent07", "2031-06-16"),
        day("agent07", "2031-06-17"),
        day("agent08", "2031-06-16"),
    ]
    assert post_json(server.url, boss, {"shifts": week}).json()["created"] == 3
    desk = await Desk.open(server, "supervisor01")
    await wait_shifts(desk, 7, "2031-06-16", 2)
    # agent07's week is replaced by one late shift; agent08, not named, keeps theirs.
    late = day("agent07", "2031-06-18", "12:00", "20:00")
    report = post_json(server.url, boss, {"shifts": [late]}).json()
    assert (report["created"], report["replaced"]) == (1, 2)
    (only,) = await wait_shifts(desk, 7, "2031-06-16", 1)
    assert only.start == utc(2031, 6, 18, 12, 0)
    assert len(await wait_shifts(desk, 8, "2031-06-16", 1)) == 1
    # A shift overlapping one in a week not imported is refused.
    sunday_night = day("agent07", "2031-06-15", "22:00", "06:00")  # week of 2031-06-09
    clash = post_json(server.url, boss, {"shifts": [sunday_night]}).json()
    assert clash["problems"] == []
    early = day("agent07", "2031-06-16", "05:00", "09:00")
    answer = post_json(server.url, boss, {"shifts": [early]})
    assert answer.status_code == 422
    assert "2031-06-09" in answer.json()["problems"][0]["message"]
    await desk.ws.close()
