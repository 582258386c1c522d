"""The workforce client: the agent's KPIs, adherence days, a supervisor's team adherence,
schedule import and the centre's policy over REST (issue 11).

Like :mod:`desktop.sync.customers`, everything is a coroutine on the desk's asyncio loop
(httpx), so the Qt thread never waits on the network. A KPI report and an adherence day
are written whole into the cache (``kpi_reports``, ``adherence_days``, tables of
``desktop/store/workforce_schema.py``) through the cache writer before they are returned,
and what that changed is published (topics ``kpi_reports`` and ``adherence_days``) so an
open page repaints, and shows the last copy offline ("as of 14:02").

Failures are :class:`WorkforceLookupError` with a ``reason`` the page turns into a sentence
in the agent's language, and the server's own sentence in ``detail`` for a refusal. A
schedule import with problems is *not* a failure: the 422 carries the
:class:`~protocol.workforce.ImportReport` whose problems the planner fixes.
"""

from __future__ import annotations

import contextlib
import datetime
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo

import httpx
from pydantic import ValidationError

from desktop.models.changes import Changes
from desktop.store import meta
from desktop.store.cache import Cache
from desktop.sync.rest import RestClient, Signed, detail_of
from protocol.kinds.workforce import KPI_NAMES, WorkforcePolicyData
from protocol.workforce import (
    AdherenceDay,
    ImportReport,
    KpiContacts,
    KpiReport,
    TeamAdherence,
)

log = logging.getLogger(__name__)

TIMEOUT_S = 15.0
IMPORT_MAX_BYTES = 16 * 1024 * 1024
"""A schedule file bigger than this is refused before it is sent (a 20,000-shift week
as CSV is about 2 MB)."""
IMPORT_TYPES = frozenset({"text/csv", "application/json"})
OWN_AGENT_KEY = "kpi.own_agent_id"
KPI_TOPIC = "kpi_reports"
"""Raised when a KPI report is stored (desk-only: fetched over REST, not replicated)."""
ADHERENCE_TOPIC = "adherence_days"
"""Raised when an adherence day is stored (desk-only, like the KPI reports)."""
"""Cache meta key: whose report ``kpi_report()`` (no agent named) last fetched, so the
page finds the signed-in agent's own report offline before the server says who they are."""

Reason = Literal["signed_out", "offline", "forbidden", "not_found", "invalid", "server"]


class WorkforceLookupError(Exception):
    """A workforce request that did not happen, and why (``reason``); ``detail`` is the
    server's sentence for a refusal (403/404/422), else a short cause."""

    def __init__(self, reason: Reason, detail: str = "", status: int = 0) -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason: Reason = reason
        self.detail = detail
        self.status = status
        """The HTTP status of a refusal (403, 404, 422...); 0 when none came."""


def local_zone_name() -> str:
    """The desk's IANA zone name (``Europe/Helsinki``): ``TZ``, then the target of
    ``/etc/localtime``, then ``/etc/timezone``; "UTC" when none names a known zone. The
    desk passes Qt's own answer instead (``desktop/app.py``), which also works on Windows."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        target = str(Path("/etc/localtime").resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    for name in candidates:
        if valid_zone(name):
            return name
    return "UTC"


def valid_zone(name: str) -> bool:
    """Whether ``name`` is an IANA zone this machine knows (not a path, not empty)."""
    if not name or len(name) > 64 or name.startswith("/") or ".." in name:
        return False
    try:
        ZoneInfo(name)
    except (KeyError, ValueError, OSError):  # ZoneInfoNotFoundError is a KeyError
        return False
    return True


class WorkforceClient(RestClient[Reason]):
    """KPIs, adherence, schedule import and policy from the server.

    ``session`` gives the signed-in session (None: signed out); ``engine`` the sync engine
    (kept for symmetry with the customer directory: nothing here goes through the outbox);
    ``publish`` receives what a stored report or day changed in the cache (the bridge's
    ``on_changes``); ``zone`` the desk's IANA zone name, asked at each request (the agent
    may travel). The desk owns one (``desktop/app.py``) and gives it to the My KPIs,
    My day and Team pages.
    """

    def __init__(
        self,
        cache: Cache,
        session: Callable[[], Signed | None],
        engine: Callable[[], object | None] = lambda: None,
        *,
        publish: Callable[[Changes], None] | None = None,
        zone: Callable[[], str] = local_zone_name,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(session, transport)
        self.cache = cache
        self._engine = engine
        self._publish = publish
        self._zone = zone

    timeout_s = TIMEOUT_S
    log_name = "workforce"
    refusals: Mapping[int, Reason] = {
        401: "forbidden",
        403: "forbidden",
        404: "not_found",
        400: "invalid",
        409: "invalid",
        413: "invalid",
        422: "invalid",
    }

    def _error(self, reason: Reason, detail: str = "", status: int = 0) -> WorkforceLookupError:
        return WorkforceLookupError(reason, detail, status)

    def zone(self) -> str:
        """The zone sent as ``tz``: the desk's, or "UTC" if it names no known zone."""
        try:
            name = self._zone()
        except Exception:  # a zone source must never break a request
            log.exception("the desk's time zone could not be read")
            return "UTC"
        return name if valid_zone(name) else "UTC"

    # ------------------------------------------------------------------ KPIs

    async def kpi_report(self, agent_id: int | None = None) -> KpiReport:
        """The agent's KPI report (the signed-in agent's own without ``agent_id``; a
        supervisor may name anyone), stored in ``kpi_reports`` before it is returned."""
        params = {"tz": self.zone()}
        if agent_id is not None:
            params["agent_id"] = str(agent_id)
        report = self._read(KpiReport, await self._get("/api/kpi", params))
        own = agent_id is None
        await self.cache.writer.run(lambda c: put_kpi_report(c, report, own=own))
        self._tell(Changes.of_topics({KPI_TOPIC: [report.agent_id]}))
        return report

    async def kpi_contacts(self, agent_id: int, kpi: str, start: float, end: float) -> KpiContacts:
        """The contacts ``kpi`` counted for the agent over ``[start, end)`` (newest first)."""
        if kpi not in KPI_NAMES:
            raise WorkforceLookupError("invalid", f"unknown KPI {kpi[:40]!r}")
        params = {
            "agent_id": str(agent_id),
            "kpi": kpi,
            "start": repr(float(start)),
            "end": repr(float(end)),
        }
        return self._read(KpiContacts, await self._get("/api/kpi/contacts", params))

    # ------------------------------------------------------------------ adherence

    async def adherence(self, agent_id: int, day: str) -> AdherenceDay:
        """One agent's adherence on ``day`` (ISO date in the desk's zone), stored in
        ``adherence_days`` before it is returned."""
        params = {"agent_id": str(agent_id), "day": _day(day), "tz": self.zone()}
        found = self._read(AdherenceDay, await self._get("/api/workforce/adherence", params))
        await self.cache.writer.run(lambda c: put_adherence_day(c, found))
        self._tell(Changes.of_topics({ADHERENCE_TOPIC: [found.agent_id]}))
        return found

    async def team_adherence(self, day: str) -> TeamAdherence:
        """Every scheduled agent's adherence on ``day`` (supervisors)."""
        params = {"day": _day(day), "tz": self.zone()}
        return self._read(TeamAdherence, await self._get("/api/workforce/team-adherence", params))

    # ------------------------------------------------------------------ planning (supervisors)

    async def import_schedule(self, data: bytes, content_type: str) -> ImportReport:
        """Send a planner's file (CSV or JSON as ``ScheduleImport``). The report's
        ``problems`` (a 422) are returned, not raised: nothing was stored, the planner
        fixes the rows it names. A CSV's local times are read in the desk's zone (a JSON
        file names its own ``timezone``)."""
        kind = content_type.split(";", 1)[0].strip().lower()
        if kind not in IMPORT_TYPES:
            raise WorkforceLookupError("invalid", f"not CSV or JSON: {kind[:60]}")
        if len(data) > IMPORT_MAX_BYTES:
            raise WorkforceLookupError("invalid", "the file is too large")
        answer = await self._send(
            "POST",
            "/api/workforce/schedules/import",
            params={"timezone": self.zone()} if kind == "text/csv" else None,
            content=data,
            headers={"Content-Type": content_type},
            accept=(200, 422),
        )
        if answer.status_code == 422:
            try:
                return ImportReport.model_validate_json(answer.content)
            except ValidationError:  # a plain validation error, not a report
                raise WorkforceLookupError("invalid", detail_of(answer), 422) from None
        return self._read(ImportReport, answer)

    async def set_policy(self, policy: WorkforcePolicyData) -> WorkforcePolicyData:
        """Replace the centre's scheduling rules and targets; the server's answer."""
        body = policy.model_dump(mode="json")
        answer = await self._send("PUT", "/api/workforce/policy", json_body=body)
        return self._read(WorkforcePolicyData, answer)

    # ------------------------------------------------------------------ HTTP

    def _tell(self, changes: Changes) -> None:
        if self._publish is not None:
            self._publish(changes)

    async def _get(self, path: str, params: dict[str, str]) -> httpx.Response:
        return await self._send("GET", path, params=params)


# --------------------------------------------------------------------------- cache


def put_kpi_report(conn: sqlite3.Connection, report: KpiReport, *, own: bool = False) -> None:
    """Keep ``report`` as the agent's cached report (a newer ``generated_at`` wins);
    ``own``: it is the signed-in agent's (remembered for the offline page)."""
    conn.execute(
        "INSERT INTO kpi_reports (agent_id, fetched_at, json) VALUES (?, ?, ?)"
        " ON CONFLICT(agent_id) DO UPDATE SET fetched_at = excluded.fetched_at,"
        " json = excluded.json WHERE excluded.fetched_at >= kpi_reports.fetched_at",
        (report.agent_id, report.generated_at or time.time(), report.model_dump_json()),
    )
    if own:
        meta.put(conn, OWN_AGENT_KEY, report.agent_id)


def cached_kpi_report(
    conn: sqlite3.Connection, agent_id: int | None = None
) -> tuple[KpiReport, float] | None:
    """The cached report of ``agent_id`` (``None``: the signed-in agent's own, as last
    fetched) and when it was made; ``None`` if there is none or it no longer reads."""
    if agent_id is None:
        agent_id = meta.get_int(conn, OWN_AGENT_KEY) or None
        if agent_id is None:
            return None
    row = conn.execute(
        "SELECT json, fetched_at FROM kpi_reports WHERE agent_id = ?", (agent_id,)
    ).fetchone()
    if row is None:
        return None
    try:
        return KpiReport.model_validate_json(row[0]), float(row[1])
    except ValidationError:  # written by another version of the desk: fetch it again
        return None


def put_adherence_day(conn: sqlite3.Connection, found: AdherenceDay) -> None:
    """Keep one agent's adherence day (the newest fetch replaces the older)."""
    conn.execute(
        "INSERT INTO adherence_days (agent_id, day, fetched_at, json) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(agent_id, day) DO UPDATE SET fetched_at = excluded.fetched_at,"
        " json = excluded.json",
        (found.agent_id, found.day, time.time(), found.model_dump_json()),
    )


def cached_adherence(conn: sqlite3.Connection, agent_id: int, day: str) -> AdherenceDay | None:
    """The cached adherence of ``agent_id`` on ``day``, if one was fetched."""
    row = conn.execute(
        "SELECT json FROM adherence_days WHERE agent_id = ? AND day = ?", (agent_id, day)
    ).fetchone()
    if row is None:
        return None
    try:
        return AdherenceDay.model_validate_json(row[0])
    except ValidationError:
        return None


def _day(day: str) -> str:
    """``day`` if it is an ISO date (``2026-03-29``); refused before any request otherwise."""
    try:
        valid = len(day) == 10 and bool(datetime.date.fromisoformat(day))
    except ValueError:
        valid = False
    if not valid:
        raise WorkforceLookupError("invalid", f"not a date (YYYY-MM-DD): {day[:20]!r}")
    return day
