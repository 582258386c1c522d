"""Every trade rule against a real server, alone and together: hard rules refuse at once
(``accepted`` false, nothing stored), soft ones send the trade to review with their
numbers; a swap is checked both ways."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from protocol.kinds.workforce import Violation
from tests.server.workforce.trades.support import (
    DAY,
    HOUR,
    SUPERVISOR,
    Desks,
    add_shift,
    check,
    codes,
    count_rows,
    days,
    post,
    set_team,
    swap_command,
    time_off,
)
from tests.support.desk_socket import Desk
from tests.support.server_proc import ServerProcess, make_factory

pytestmark = pytest.mark.asyncio


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    factory, started = make_factory(tmp_path_factory.mktemp("rules"))
    running = factory()
    set_team(running)
    yield running
    for each in started:
        each.stop()


async def _refused_post(desk: Desk, shift_id: int, **args: object) -> list[Violation]:
    answer = await swap_command(desk, "swap.post", shift_id=shift_id, type="giveaway", **args)
    assert not answer.accepted
    assert answer.swap is None
    return answer.violations


async def _accept(desk: Desk, swap_id: int, **args: object) -> tuple[bool, list[Violation], str]:
    answer = await swap_command(desk, "swap.accept", swap_id=swap_id, **args)
    state = answer.swap.state if answer.swap is not None else ""
    return answer.accepted, answer.violations, state


async def test_shift_rules_refuse_the_post(server: ServerProcess) -> None:
    base = days()
    draft = add_shift(server, 1, base + 9 * HOUR, published=False)
    started = add_shift(server, 1, time.time() - 2 * HOUR)
    soon = add_shift(server, 1, time.time() + 2 * HOUR)
    before = count_rows(server, "swaps")
    async with Desks(server, 1) as (a1,):
        assert codes(await _refused_post(a1, draft)) == ["not_published"]
        (gone,) = await _refused_post(a1, started)
        assert (gone.code, gone.severity, gone.shift_id, gone.agent_id) == (
            "started",
            "hard",
            started,
            1,
        )
        (notice,) = await _refused_post(a1, soon)
        assert notice.code == "notice"
        assert notice.params["notice_hours"] == 24.0
        assert 1.9 <= float(notice.params["hours_left"]) <= 2.0
        verdict = await check(a1, shift_id=soon)
        assert not verdict.ok
        assert codes(verdict.violations) == ["notice"]
        same = await _refused_post(a1, add_shift(server, 1, base + DAY), target_agent_id=1)
        assert codes(same) == ["same_agent"]
    assert count_rows(server, "swaps") == before


async def test_qualification_rules_refuse_the_accept(server: ServerProcess) -> None:
    base = days()
    general = add_shift(server, 1, base + 9 * HOUR)
    senior = add_shift(server, 1, base + DAY + 9 * HOUR, min_level=2)
    finnish = add_shift(server, 1, base + 2 * DAY + 9 * HOUR, languages=("fi",))
    async with Desks(server, 1, 3, 4, 5) as (a1, a3, a4, a5):
        ids = [(await post(a1, s)).id for s in (general, senior, finnish)]
        ok, (member,), _state = await _accept(a5, ids[0])
        assert not ok
        assert member.code == "not_member"
        assert member.params == {"queue_id": 1, "queue": "General"}
        assert member.agent_id == 5
        ok, (skill,), _state = await _accept(a4, ids[1])
        assert not ok
        assert skill.code == "skill_level"
        assert (skill.params["level"], skill.params["needed"]) == (1, 2)
        ok, (language,), _state = await _accept(a3, ids[2])
        assert not ok
        assert (language.code, language.params["language"]) == ("language", "fi")
        # Nothing moved: the posts are still open for somebody qualified.
        for swap_id in ids:
            await a1.entity("swap", swap_id, state="posted")


async def test_schedule_rules_hard(server: ServerProcess) -> None:
    base = days()
    shift = add_shift(server, 1, base + 9 * HOUR)
    other = add_shift(server, 1, base + DAY + 9 * HOUR)
    clash = add_shift(server, 2, base + 12 * HOUR)
    async with Desks(server, 1, 2, 3, SUPERVISOR) as (a1, a2, a3, sup):
        posted = await post(a1, shift)
        ok, (overlap,), _state = await _accept(a2, posted.id)
        assert not ok
        assert overlap.code == "overlap"
        assert overlap.params == {"clash_shift_id": clash, "start": base + 12 * HOUR}
        # Approved time off of the receiver then.
        asked = await time_off(
            a3, "timeoff.request", type="vacation", start=base + DAY, end=base + 2 * DAY
        )
        assert asked.time_off is not None
        await time_off(sup, "timeoff.review", time_off_id=asked.time_off.id, approve=True)
        second = await post(a1, other)
        ok, (away,), _state = await _accept(a3, second.id)
        assert not ok
        assert away.code == "time_off_overlap"
        assert away.params["time_off_id"] == asked.time_off.id


async def test_soft_rules_send_to_review(server: ServerProcess) -> None:
    base = days()
    # agent02 works Monday to Thursday 9-19 (40 h); Friday's shift would make 48 h.
    for day in range(4):
        add_shift(server, 2, base + day * DAY + 9 * HOUR, hours=10)
    friday = add_shift(server, 1, base + 4 * DAY + 9 * HOUR)
    # agent03 ends at 04:00 on Sunday; a shift at 09:00 leaves 5 h of rest.
    add_shift(server, 3, base + 5 * DAY + 20 * HOUR)
    sunday = add_shift(server, 1, base + 6 * DAY + 9 * HOUR)
    async with Desks(server, 1, 2, 3) as (a1, a2, a3):
        week = await post(a1, friday)
        verdict = await check(a2, swap_id=week.id)
        assert verdict.ok
        assert verdict.review
        ok, (hours,), state = await _accept(a2, week.id)
        assert ok
        assert state == "pending_review"
        assert (hours.code, hours.severity) == ("weekly_hours", "soft")
        assert (hours.params["week_hours"], hours.params["max_weekly_hours"]) == (48.0, 40.0)
        rest_post = await post(a1, sunday)
        ok, (rest,), state = await _accept(a3, rest_post.id)
        assert ok
        assert state == "pending_review"
        assert rest.code == "rest"
        assert (rest.params["rest_hours"], rest.params["min_rest_hours"]) == (5.0, 11.0)
        stored = await a1.entity("swap", rest_post.id, state="pending_review")
        assert codes(stored.violations) == ["rest"]  # type: ignore[attr-defined]


async def test_a_swap_is_checked_both_ways(server: ServerProcess) -> None:
    base = days()
    mine = add_shift(server, 1, base + 9 * HOUR, lunch_minutes=30)
    swedish = add_shift(server, 2, base + DAY + 9 * HOUR, languages=("sv",))
    async with Desks(server, 1, 2) as (a1, a2):
        posted = await post(a1, mine, "swap")
        ok, violations, _state = await _accept(a2, posted.id, accepter_shift_id=swedish)
        assert not ok
        assert codes(violations) == ["language", "paid_length"]
        language = next(v for v in violations if v.code == "language")
        # agent01 (the initiator) would work agent02's Swedish shift.
        assert (language.agent_id, language.shift_id) == (1, swedish)
        paid = next(v for v in violations if v.code == "paid_length")
        assert (paid.params["paid_minutes"], paid.params["other_paid_minutes"]) == (450.0, 480.0)


async def test_several_violations_are_reported_together(server: ServerProcess) -> None:
    base = days()
    shift = add_shift(server, 1, base + 9 * HOUR, min_level=2, languages=("fi",))
    add_shift(server, 5, base + 8 * HOUR)
    async with Desks(server, 1, 5) as (a1, a5):
        posted = await post(a1, shift)
        verdict = await check(a5, swap_id=posted.id)
        assert not verdict.ok
        ok, violations, _state = await _accept(a5, posted.id)
        assert not ok
        assert codes(violations) == ["language", "not_member", "overlap"]
        assert codes(verdict.violations) == codes(violations)
        assert all(v.severity == "hard" and v.agent_id == 5 for v in violations)
