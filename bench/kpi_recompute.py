"""Benchmark of the KPI recompute (issue 11): 1,000 agents x 30 days of handled contacts.

Run: ``.venv/bin/python -m bench.kpi_recompute [agents] [days] [per_day]``. A fresh
SQLite database in a temporary folder is migrated as the server does (every revision,
0016's indexes included), then filled directly (bulk inserts) with ``agents`` agents,
each handling ``per_day`` contacts a day for ``days`` days (phone 40 %, chat 35 %, email
25 %; a conversation per contact, about three per customer in the month, so repeats
happen; 3 % of calls transferred blind; half the conversations resolved), surveys on
about half of them (CSAT 25 %, NPS 12 %, CES 10 %), presence history (each contact's busy
and after-call work, available between them, a lunch, offline at night) and one
published shift a day. The inserts fire revision 0016's triggers like live writes do.

Timed on the server's async engine with the functions the routes run:

* **first refresh**: :func:`server.workforce.measures.slots.refresh` right after the
  bulk load, which marked every slot (a one-off, like a migration of an old database);
* **recompute**: :func:`server.workforce.measures.kpi.team_days`: every agent's KPIs
  for every one of the ``days`` local days from the slots (one grouped statement, plus
  the open presence stretches), the figure issue 11 asks to stay under 2 s;
* **refresh after one change**: one contact's after-call work changed (the trigger
  marks its slot), then :func:`slots.refresh` (median of 20 agents);
* **report**: one agent's ``GET /api/kpi`` body (:func:`kpi.report`: today, week,
  30-day trend with adherence, histogram), median of 20 agents;
* **trace**: one agent's ``GET /api/kpi/contacts`` for 30 days (median of 20).

Prints the figures (docs/benchmarks.md).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa

import server.app  # noqa: F401 - every domain's tables on the shared metadata
from server.db.engine import create_engine, run_migrations
from server.db.metadata import metadata
from server.workforce.measures import kpi, slots

AGENTS, DAYS, PER_DAY = 1_000, 30, 25
ZONE = ZoneInfo("Europe/Helsinki")
CHANNELS = ("phone",) * 8 + ("chat",) * 7 + ("email",) * 5


def _day_start(day: dt.date) -> float:
    return dt.datetime.combine(day, dt.time(0), tzinfo=ZONE).timestamp()


def build(db: Path, agents: int, days: int, per_day: int, now: float) -> int:  # noqa: PLR0915
    """Bulk-insert the centre's history (see the module doc); the number of offers."""
    rng = random.Random(11)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("INSERT INTO queues (id, name) VALUES (1, 'Support')")
    conn.executemany(
        "INSERT INTO agents (id, username, display_name, role, password_hash)"
        " VALUES (?, ?, ?, 'agent', 'x')",
        [(a, f"agent{a:05d}", f"Agent {a}") for a in range(1, agents + 1)],
    )
    conn.executemany(
        "INSERT INTO presence (agent_id, state, since) VALUES (?, 'offline', ?)",
        [(a, now - 3600) for a in range(1, agents + 1)],
    )
    customer_count = agents * per_day * days // 3
    conn.executemany(
        "INSERT INTO customers (id, ref, name) VALUES (?, ?, ?)",
        [(c, f"c{c}", f"Customer {c}") for c in range(1, customer_count + 1)],
    )
    today = dt.datetime.fromtimestamp(now, ZONE).date()
    conv_id = contact_id = call_id = 0
    offers_made = 0
    for day_index in range(days, 0, -1):
        day = today - dt.timedelta(days=day_index - 1)
        base = _day_start(day)
        convs: list[tuple[Any, ...]] = []
        contacts: list[tuple[Any, ...]] = []
        offers: list[tuple[Any, ...]] = []
        calls: list[tuple[Any, ...]] = []
        surveys: list[tuple[Any, ...]] = []
        log: list[tuple[Any, ...]] = []
        shifts: list[tuple[Any, ...]] = []
        for agent in range(1, agents + 1):
            at = base + 8 * 3600 + rng.uniform(0, 600)
            shift_start = base + 8 * 3600
            work = [
                {"type": "work", "start": shift_start, "end": shift_start + 4 * 3600},
                {"type": "lunch", "start": shift_start + 4 * 3600, "end": shift_start + 4.5 * 3600},
                {
                    "type": "work",
                    "start": shift_start + 4.5 * 3600,
                    "end": shift_start + 8.5 * 3600,
                },
            ]
            shifts.append((agent, shift_start, shift_start + 8.5 * 3600, json.dumps(work), day))
            log.append((agent, "available", base + 8 * 3600, at))
            for n in range(per_day):
                if at > now - 60:
                    break
                conv_id += 1
                contact_id += 1
                channel = rng.choice(CHANNELS)
                customer = rng.randint(1, customer_count)
                talk = rng.uniform(60, 600)
                hold = rng.uniform(0, 60) if channel == "phone" else 0.0
                acw = rng.uniform(5, 90) if channel != "email" else 0.0
                decided = at
                ended = decided + talk + hold
                done = ended + acw
                status = "resolved" if rng.random() < 0.5 else "open"
                convs.append((conv_id, customer, channel, status, decided - 30))
                contacts.append((contact_id, conv_id, None, "new", channel, decided - 30))
                this_call = None
                if channel == "phone":
                    call_id += 1
                    this_call = call_id
                    calls.append((call_id, conv_id, f"p{call_id}", agent, decided, ended))
                    contacts[-1] = (contact_id, conv_id, call_id, "new", channel, decided - 30)
                    if rng.random() < 0.03:
                        contact_id += 1
                        contacts.append((contact_id, conv_id, call_id, "transfer", channel, ended))
                offers.append(
                    (
                        agent,
                        conv_id,
                        contact_id,
                        channel,
                        this_call,
                        decided,
                        ended,
                        talk,
                        hold,
                        acw,
                    )
                )
                for kind, low, high, share in (
                    ("csat", 1, 5, 0.25),
                    ("nps", 0, 10, 0.12),
                    ("ces", 1, 7, 0.1),
                ):
                    if rng.random() < share:
                        surveys.append(
                            (conv_id, customer, kind, rng.randint(low, high), done + 600)
                        )
                log.append((agent, "busy", decided, ended))
                if acw:
                    log.append((agent, "acw", ended, done))
                gap = rng.uniform(10, 300)
                if n == per_day // 2:
                    log.append((agent, "lunch", done, done + 1800))
                    done += 1800
                log.append((agent, "available", done, done + gap))
                at = done + gap
            log.append((agent, "offline", at, base + 86_400 + 8 * 3600))
        conn.executemany(
            "INSERT INTO conversations (id, queue_id, customer_id, channel, status, created_at,"
            " updated_at, last_message_at) VALUES (?, 1, ?, ?, ?, ?, 0, 0)",
            convs,
        )
        conn.executemany(
            "INSERT INTO calls (id, conversation_id, queue_id, direction, caller, state,"
            " provider, provider_call_id, agent_id, offered_at, ended_at, state_since)"
            " VALUES (?, ?, 1, 'inbound', '+358', 'ended', 'bench', ?, ?, ?, ?, 0)",
            calls,
        )
        conn.executemany(
            "INSERT INTO routing_contacts (id, conversation_id, call_id, purpose, queue_id,"
            " channel, waiting_since, state) VALUES (?, ?, ?, ?, 1, ?, ?, 'closed')",
            contacts,
        )
        conn.executemany(
            "INSERT INTO offers (agent_id, conversation_id, contact_id, queue_id, channel,"
            " call_id, state, phase, why, offered_at, expires_at, decided_at, ended_at,"
            " talk_seconds, hold_seconds, acw_seconds, wrapup_code)"
            " VALUES (?, ?, ?, 1, ?, ?, 'accepted', 'done', 'best', ?6 - 5, ?6 + 15, ?6,"
            " ?, ?, ?, ?, 'solved')",
            offers,
        )
        conn.executemany(
            "INSERT INTO survey_responses (conversation_id, customer_id, kind, score, answered_at)"
            " VALUES (?, ?, ?, ?, ?)",
            surveys,
        )
        conn.executemany(
            'INSERT INTO presence_log (agent_id, state, start, "end") VALUES (?, ?, ?, ?)', log
        )
        conn.executemany(
            'INSERT INTO shifts (agent_id, start, "end", activities, week, published)'
            " VALUES (?, ?, ?, ?, ?, 1)",
            [
                (a, s, e, acts, str(d - dt.timedelta(days=d.weekday())))
                for a, s, e, acts, d in shifts
            ],
        )
        offers_made += len(offers)
        conn.commit()
    conn.execute("ANALYZE")
    conn.commit()
    conn.close()
    return offers_made


async def measure(url: str, agents: int, days: int, now: float) -> dict[str, float]:
    engine = create_engine(url)
    figures: dict[str, float] = {}
    try:
        today = dt.datetime.fromtimestamp(now, ZONE).date()
        day_list = [today - dt.timedelta(days=n) for n in range(days - 1, -1, -1)]
        async with engine.begin() as conn:
            started = time.perf_counter()
            figures["rebuild_agents"] = float(await slots.refresh(conn))
            figures["rebuild_s"] = time.perf_counter() - started
        async with engine.connect() as conn:
            runs = []
            for _ in range(3):
                started = time.perf_counter()
                table = await kpi.team_days(conn, day_list, ZONE, now)
                runs.append(time.perf_counter() - started)
            figures["recompute_s"] = min(runs)
            figures["recompute_rows"] = float(len(table))
            sample = random.Random(3).sample(range(1, agents + 1), 20)
            reports, traces = [], []
            for agent in sample:
                started = time.perf_counter()
                await kpi.report(conn, agent, ZONE, now)
                reports.append(time.perf_counter() - started)
                started = time.perf_counter()
                await kpi.contacts(
                    conn, agent, "aht", start=_day_start(day_list[0]), end=now, limit=1000
                )
                traces.append(time.perf_counter() - started)
            figures["report_ms_p50"] = statistics.median(reports) * 1000
        # A contact wrapped up late: its slot is marked by the trigger, then refreshed.
        refreshes = []
        for agent in sample:
            async with engine.begin() as conn:
                await conn.execute(
                    sa.text(
                        "UPDATE offers SET acw_seconds = acw_seconds + 1 WHERE id ="
                        " (SELECT MAX(id) FROM offers WHERE agent_id = :agent)"
                    ),
                    {"agent": agent},
                )
            async with engine.begin() as conn:
                started = time.perf_counter()
                await slots.refresh(conn)
                refreshes.append(time.perf_counter() - started)
        figures["refresh_ms_p50"] = statistics.median(refreshes) * 1000
        figures["trace_ms_p50"] = statistics.median(traces) * 1000
    finally:
        await engine.dispose()
    return figures


def main() -> None:
    args = [int(a) for a in sys.argv[1:4]]
    agents, days, per_day = (args + [AGENTS, DAYS, PER_DAY][len(args) :])[:3]
    now = time.time()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "kpi.db"
        url = f"sqlite+aiosqlite:///{db}"
        run_migrations(url, metadata)
        started = time.perf_counter()
        offers = build(db, agents, days, per_day, now)
        built = time.perf_counter() - started
        print(
            f"built {offers:,} handled contacts for {agents} agents x {days} days in {built:.1f} s"
        )
        print(f"database {db.stat().st_size / 1e6:.0f} MB")
        figures = asyncio.run(measure(url, agents, days, now))
    print(
        f"recompute (every agent x every day): {figures['recompute_s']:.2f} s"
        f" ({int(figures['recompute_rows']):,} agent-days)"
    )
    print(
        f"first refresh after the bulk load (every slot of {int(figures['rebuild_agents'])}"
        f" agents): {figures['rebuild_s']:.1f} s"
    )
    print(f"refresh after one contact changed: p50 {figures['refresh_ms_p50']:.1f} ms")
    print(f"one agent's report (GET /api/kpi): p50 {figures['report_ms_p50']:.0f} ms")
    print(f"one agent's 30-day trace (GET /api/kpi/contacts): p50 {figures['trace_ms_p50']:.0f} ms")


if __name__ == "__main__":
    main()
