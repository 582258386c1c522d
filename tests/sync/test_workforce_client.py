"""The desk's workforce client (``desktop/sync/workforce.py``) against a real demo server:
the agent's KPI report stored in the cache (and published) before it is returned, the
contacts behind a KPI, adherence days cached, a colleague's report and the team's
adherence refused to an agent and given to a supervisor, a schedule import whose 422
report comes back as a value (nothing stored), the policy replaced by a supervisor and
refused to an agent; and without a server: signed out, offline, bad input refused before
any request, the time zone falling back to UTC."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.models.changes import Changes
from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from desktop.sync.auth import Session, sign_in
from desktop.sync.workforce import (
    IMPORT_MAX_BYTES,
    WorkforceClient,
    WorkforceLookupError,
    cached_adherence,
    cached_kpi_report,
    local_zone_name,
    valid_zone,
)
from protocol.kinds.workforce import KPI_NAMES, KpiTarget, WorkforcePolicyData
from tests.support.server_proc import ServerProcess, make_factory


@dataclass(frozen=True)
class Signed:
    server_url: str
    token: str


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    factory, started = make_factory(tmp_path_factory.mktemp("workforce-client"))
    yield factory()
    for each in started:
        each.stop()


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    made = Cache(tmp_path / "cache-agent01.sqlite3")
    made.open()
    yield made
    made.close()


def _client(
    cache: Cache, session: Session | Signed | None
) -> tuple[WorkforceClient, list[Changes]]:
    published: list[Changes] = []
    client = WorkforceClient(
        cache, session=lambda: session, publish=published.append, zone=lambda: "Europe/Helsinki"
    )
    return client, published


def _today() -> str:
    return datetime.datetime.now(datetime.UTC).date().isoformat()


@pytest.mark.asyncio
async def test_kpi_report_is_cached_published_and_traceable(
    server: ServerProcess, cache: Cache
) -> None:
    agent = await sign_in(server.url, "agent01", "demo")
    client, published = _client(cache, agent)
    reader = CacheReader(cache.path)
    try:
        report = await client.kpi_report()
        assert report.agent_id == agent.agent_id
        assert report.timezone == "Europe/Helsinki"
        assert len(report.trend) == 30
        assert {v.kpi for v in report.today.values} == set(KPI_NAMES)
        assert [c.kpi_reports for c in published] == [frozenset({agent.agent_id})]
        cached = cached_kpi_report(reader.conn)  # the signed-in agent's own, by the meta key
        assert cached is not None
        assert cached[0] == report

        contacts = await client.kpi_contacts(
            agent.agent_id, "aht", report.week.start, report.week.end
        )
        assert contacts.agent_id == agent.agent_id
        assert contacts.kpi == "aht"
        assert contacts.total >= len(contacts.contacts)
        assert all(report.week.start <= c.at < report.week.end for c in contacts.contacts)

        with pytest.raises(WorkforceLookupError) as bad:
            await client.kpi_contacts(agent.agent_id, "speed", 0.0, 1.0)
        assert bad.value.reason == "invalid"
        assert bad.value.status == 0  # refused before any request
    finally:
        await client.close()
        reader.close()


@pytest.mark.asyncio
async def test_adherence_is_cached_and_the_team_view_is_for_supervisors(
    server: ServerProcess, cache: Cache
) -> None:
    agent = await sign_in(server.url, "agent01", "demo")
    client, published = _client(cache, agent)
    boss = await sign_in(server.url, "supervisor01", "demo")
    boss_client, _ = _client(cache, boss)
    reader = CacheReader(cache.path)
    day = _today()
    try:
        found = await client.adherence(agent.agent_id, day)
        assert (found.agent_id, found.day) == (agent.agent_id, day)
        assert cached_adherence(reader.conn, agent.agent_id, day) == found
        assert published[-1].adherence_days == frozenset({agent.agent_id})

        with pytest.raises(WorkforceLookupError) as refused:
            await client.team_adherence(day)
        assert refused.value.reason == "forbidden"
        assert refused.value.status == 403
        with pytest.raises(WorkforceLookupError) as colleague:
            await client.kpi_report(agent.agent_id + 1)
        assert colleague.value.reason == "forbidden"

        team = await boss_client.team_adherence(day)
        assert team.day == day
        other = await boss_client.kpi_report(agent.agent_id)
        assert other.agent_id == agent.agent_id
        for bad in ("2026-13-45", "2026-1-5", "tomorrow", "2026-01-05T00:00"):
            with pytest.raises(WorkforceLookupError) as bad_day:
                await boss_client.team_adherence(bad)
            assert (bad_day.value.reason, bad_day.value.status) == ("invalid", 0)
            with pytest.raises(WorkforceLookupError) as bad_own:
                await client.adherence(agent.agent_id, bad)
            assert bad_own.value.reason == "invalid"
    finally:
        await client.close()
        await boss_client.close()
        reader.close()


@pytest.mark.asyncio
async def test_import_problems_come_back_as_a_report(server: ServerProcess, cache: Cache) -> None:
    boss = await sign_in(server.url, "supervisor01", "demo")
    client, _ = _client(cache, boss)
    agent = await sign_in(server.url, "agent01", "demo")
    agent_client, _ = _client(cache, agent)
    bad = {
        "timezone": "Europe/Helsinki",
        "shifts": [
            {
                "agent": "nobody-here",
                "date": "2030-01-07",
                "activities": [{"type": "work", "start": "09:00", "end": "17:00"}],
            }
        ],
    }
    try:
        report = await client.import_schedule(json.dumps(bad).encode(), "application/json")
        assert report.problems
        assert report.created == report.replaced == 0
        good = {**bad, "shifts": [{**bad["shifts"][0], "agent": "agent01"}]}  # type: ignore[dict-item]
        done = await client.import_schedule(json.dumps(good).encode(), "application/json")
        assert done.problems == []
        assert done.created + done.replaced == 1

        with pytest.raises(WorkforceLookupError) as refused:
            await agent_client.import_schedule(json.dumps(good).encode(), "application/json")
        assert refused.value.reason == "forbidden"
        with pytest.raises(WorkforceLookupError) as wrong_type:
            await client.import_schedule(b"<xml/>", "application/xml")
        assert (wrong_type.value.reason, wrong_type.value.status) == ("invalid", 0)
        with pytest.raises(WorkforceLookupError) as huge:
            await client.import_schedule(b"x" * (IMPORT_MAX_BYTES + 1), "text/csv")
        assert (huge.value.reason, huge.value.status) == ("invalid", 0)
    finally:
        await client.close()
        await agent_client.close()


@pytest.mark.asyncio
async def test_policy_is_replaced_by_a_supervisor_only(server: ServerProcess, cache: Cache) -> None:
    boss = await sign_in(server.url, "supervisor01", "demo")
    client, _ = _client(cache, boss)
    agent = await sign_in(server.url, "agent01", "demo")
    agent_client, _ = _client(cache, agent)
    policy = WorkforcePolicyData(
        notice_hours=48.0,
        min_rest_hours=10.0,
        targets=[KpiTarget(kpi="fcr", value=0.8, higher_is_better=True)],
    )
    try:
        with pytest.raises(WorkforceLookupError) as refused:
            await agent_client.set_policy(policy)
        assert refused.value.reason == "forbidden"
        saved = await client.set_policy(policy)
        assert (saved.notice_hours, saved.min_rest_hours) == (48.0, 10.0)
        assert [(t.kpi, t.value) for t in saved.targets if t.kpi == "fcr"] == [("fcr", 0.8)]
    finally:
        await client.close()
        await agent_client.close()


@pytest.mark.asyncio
async def test_without_a_server_nothing_is_asked(cache: Cache) -> None:
    signed_out, published = _client(cache, None)
    unreachable, _ = _client(cache, Signed("http://127.0.0.1:9", "t"))
    try:
        with pytest.raises(WorkforceLookupError) as out:
            await signed_out.kpi_report()
        assert out.value.reason == "signed_out"
        with pytest.raises(WorkforceLookupError) as offline:
            await unreachable.kpi_report()
        assert offline.value.reason == "offline"
        assert published == []
        reader = CacheReader(cache.path)
        try:
            assert cached_kpi_report(reader.conn) is None  # nothing half-written
        finally:
            reader.close()
    finally:
        await signed_out.close()
        await unreachable.close()


def test_the_zone_falls_back_to_utc(cache: Cache, monkeypatch: pytest.MonkeyPatch) -> None:
    assert valid_zone("Europe/Helsinki")
    for bad in ("", "Mars/Olympus", "../../etc/passwd", "/etc/localtime", "x" * 80):
        assert not valid_zone(bad)
    client = WorkforceClient(cache, session=lambda: None, zone=lambda: "Mars/Olympus")
    assert client.zone() == "UTC"

    def broken() -> str:
        raise RuntimeError("no zone")

    assert WorkforceClient(cache, session=lambda: None, zone=broken).zone() == "UTC"
    monkeypatch.setenv("TZ", "Asia/Taipei")
    assert local_zone_name() == "Asia/Taipei"
    monkeypatch.setenv("TZ", "Nowhere/Else")
    assert valid_zone(local_zone_name())
