"""Time off against a real server: request with warnings, hard refusals that store
nothing, cancel, review (approve turns the covered shift parts into time off, deny), who
sees a request, and who may decide it."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from tests.server.workforce.trades.support import (
    DAY,
    HOUR,
    SUPERVISOR,
    Desks,
    add_shift,
    codes,
    count_rows,
    days,
    post,
    refused,
    set_team,
    shift_activities,
    swap_command,
    time_off,
    wait_for,
)
from tests.support.server_proc import ServerProcess, make_factory

pytestmark = pytest.mark.asyncio


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    factory, started = make_factory(tmp_path_factory.mktemp("timeoff"))
    running = factory()
    set_team(running)
    yield running
    for each in started:
        each.stop()


async def test_request_warns_then_approval_covers_the_shift(server: ServerProcess) -> None:
    base = days()
    start = base + 9 * HOUR
    shift = add_shift(server, 1, start, meeting_at=start + 5 * HOUR)
    untouched = add_shift(server, 1, base + DAY + 9 * HOUR)
    async with Desks(server, 1, 2, SUPERVISOR) as (a1, a2, sup):
        asked = await time_off(
            a1,
            "timeoff.request",
            type="personal",
            start=start + 4 * HOUR,
            end=base + DAY,
            note="Moving house",
        )
        assert asked.accepted
        assert asked.time_off is not None
        request = asked.time_off
        assert (request.state, request.agent_id, request.note) == ("requested", 1, "Moving house")
        (meeting,) = request.violations
        assert (meeting.code, meeting.severity, meeting.shift_id) == ("overlap", "soft", shift)
        assert meeting.params["activity"] == "meeting"
        await sup.entity("time_off", request.id, state="requested")
        await refused(a2, "timeoff.review", "forbidden", time_off_id=request.id, approve=True)
        await refused(a2, "timeoff.cancel", "not_found", time_off_id=request.id)
        done = await time_off(
            sup, "timeoff.review", time_off_id=request.id, approve=True, comment="Good luck"
        )
        assert done.time_off is not None
        assert (done.time_off.state, done.time_off.reviewer_id) == ("approved", SUPERVISOR)
        await a1.entity("time_off", request.id, state="approved", review_comment="Good luck")
        parts = [
            (a["type"], (a["start"] - start) / HOUR, (a["end"] - start) / HOUR)
            for a in shift_activities(server, shift)
        ]
        assert parts == [("work", 0.0, 4.0), ("time_off", 4.0, 8.0)]
        assert [a["type"] for a in shift_activities(server, untouched)] == ["work"]
        mirrored = await wait_for(
            a1, "shift", shift, lambda s: [a.type for a in s.activities] == ["work", "time_off"]
        )
        assert mirrored.end == start + 8 * HOUR
        await refused(sup, "timeoff.review", "conflict", time_off_id=request.id, approve=False)
        # The colleague never saw it.
        assert ("time_off", request.id) not in a2.mirror.entities


async def test_short_notice_is_a_warning_and_deny_changes_no_shift(server: ServerProcess) -> None:
    soon = time.time() + 3 * HOUR
    async with Desks(server, 4, SUPERVISOR) as (a4, sup):
        asked = await time_off(
            a4, "timeoff.request", type="medical", start=soon, end=soon + 2 * HOUR
        )
        assert asked.time_off is not None
        # The demo schedule may put a meeting or training in those hours (an "overlap"
        # warning, also soft): whatever the time of day, short notice is the one warning
        # about notice and nothing refuses.
        (notice,) = [v for v in asked.time_off.violations if v.code != "overlap"]
        assert {v.severity for v in asked.time_off.violations} == {"soft"}
        assert (notice.code, notice.severity, notice.params["notice_hours"]) == (
            "notice",
            "soft",
            24.0,
        )
        denied = await time_off(sup, "timeoff.review", time_off_id=asked.time_off.id, approve=False)
        assert denied.time_off is not None
        assert denied.time_off.state == "denied"
        await a4.entity("time_off", asked.time_off.id, state="denied")


async def test_hard_refusals_store_nothing(server: ServerProcess) -> None:
    base = days()
    before = count_rows(server, "time_off")
    async with Desks(server, 3) as (a3,):
        first = await time_off(a3, "timeoff.request", type="vacation", start=base, end=base + DAY)
        assert first.time_off is not None
        overlap = await time_off(
            a3, "timeoff.request", type="vacation", start=base + HOUR, end=base + 2 * DAY
        )
        assert not overlap.accepted
        assert overlap.time_off is None
        assert codes(overlap.violations) == ["time_off_overlap"]
        assert overlap.violations[0].params["time_off_id"] == first.time_off.id
        past = await time_off(
            a3, "timeoff.request", type="vacation", start=time.time() - DAY, end=time.time()
        )
        assert codes(past.violations) == ["started"]
        assert not past.accepted
        await refused(a3, "timeoff.request", "bad_args", type="vacation", start=base, end=base)
        await refused(
            a3, "timeoff.request", "bad_args", type="vacation", start=base, end=base + 32 * DAY
        )
        await refused(a3, "timeoff.request", "bad_args", type="holiday", start=base, end=base + DAY)
        await refused(
            a3,
            "timeoff.request",
            "bad_args",
            type="vacation",
            start=base,
            end=base + DAY,
            note="x" * 1001,
        )
        await refused(
            a3, "timeoff.request", "bad_args", type="vacation", start=base * 1000, end=base * 1001
        )
        await refused(a3, "timeoff.cancel", "not_found", time_off_id=777_777)
        cancelled = await time_off(a3, "timeoff.cancel", time_off_id=first.time_off.id)
        assert cancelled.time_off is not None
        assert cancelled.time_off.state == "cancelled"
        again = await refused(a3, "timeoff.cancel", "conflict", time_off_id=first.time_off.id)
        assert "cancelled" in again.message
        # Cancelled time off no longer blocks the same days.
        retry = await time_off(a3, "timeoff.request", type="vacation", start=base, end=base + DAY)
        assert retry.accepted
    assert count_rows(server, "time_off") == before + 2


async def test_approval_waits_for_an_open_trade_of_a_covered_shift(server: ServerProcess) -> None:
    base = days()
    shift = add_shift(server, 6, base + 9 * HOUR)
    async with Desks(server, 6, SUPERVISOR) as (a6, sup):
        posted = await post(a6, shift)
        asked = await time_off(a6, "timeoff.request", type="vacation", start=base, end=base + DAY)
        assert asked.time_off is not None
        result = await refused(
            sup, "timeoff.review", "conflict", time_off_id=asked.time_off.id, approve=True
        )
        assert f"swap {posted.id}" in result.message
        assert [a["type"] for a in shift_activities(server, shift)] == ["work"]
        await swap_command(a6, "swap.cancel", swap_id=posted.id)
        done = await time_off(sup, "timeoff.review", time_off_id=asked.time_off.id, approve=True)
        assert done.time_off is not None
        assert done.time_off.state == "approved"
        assert [a["type"] for a in shift_activities(server, shift)] == ["time_off"]
