"""The routing decision on its own (pure), and rounds run directly against a real SQLite
database: what a round decides and when it says the next one is due."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
import sqlalchemy as sa

from server.acd import tables as t
from server.acd.choose import Agent, Contact, Rule, choose
from server.acd.engine import RoutingEngine
from server.app import start_context
from server.core.context import ServerContext
from server.core.settings import Settings
from server.domains.calls import tables as calls_t
from server.domains.conversations import tables as conv
from server.domains.presence.tables import presence
from tests.support import db

NOW = 1_800_000_000.0
FREE = {"phone": 1, "chat": 3, "email": 5}


def agent(agent_id: int, idle: float, level: int = 2, languages: tuple[str, ...] = ()) -> Agent:
    return Agent(agent_id, {1: level}, frozenset(languages), dict(FREE), NOW - idle)


def contact(waited: float = 0.0, language: str = "en", **extra: object) -> Contact:
    return Contact(
        contact_id=1,
        queue_id=1,
        channel="chat",
        language=language,
        waiting_since=NOW - waited,
        **extra,  # type: ignore[arg-type]
    )


def test_the_longest_idle_agent_with_the_skill_wins() -> None:
    agents = [agent(1, idle=10), agent(2, idle=300), agent(3, idle=50)]
    choice = choose(contact(), agents, Rule(), NOW)
    assert choice is not None
    assert (choice.agent_id, choice.why, choice.candidates) == (2, "longest_idle", 3)


def test_no_skill_no_room_no_offer() -> None:
    unskilled = Agent(1, {2: 5}, frozenset(), dict(FREE), NOW - 999)
    full = Agent(2, {1: 5}, frozenset(), {"phone": 1, "chat": 0, "email": 5}, NOW - 999)
    assert choose(contact(), [unskilled, full], Rule(), NOW) is None


def test_level_and_language_hold_until_the_threshold_then_widen() -> None:
    novice = agent(1, idle=900, level=1)
    expert = agent(2, idle=5, level=3, languages=("fi",))
    rule = Rule(min_level=2, widen_after=30)
    early = choose(contact(waited=10, language="fi"), [novice, expert], rule, NOW)
    assert early is not None
    assert (early.agent_id, early.why) == (2, "longest_idle")
    nobody = choose(contact(waited=10, language="en"), [novice, expert], rule, NOW)
    assert nobody is None  # the novice lacks the level, the expert the language
    late = choose(contact(waited=31, language="en"), [novice, expert], rule, NOW)
    assert late is not None
    assert (late.agent_id, late.why) == (1, "widened")


def test_chinese_scripts_are_different_languages_but_en_gb_is_english() -> None:
    simplified = agent(1, idle=10, languages=("zh-Hans",))
    british = agent(2, idle=5, languages=("en-GB",))
    assert choose(contact(language="zh-Hant"), [simplified], Rule(), NOW) is None
    found = choose(contact(language="en"), [british], Rule(), NOW)
    assert found is not None
    assert found.agent_id == 2


def test_a_reservation_waits_for_its_agent_then_lapses() -> None:
    promiser = agent(1, idle=1)
    other = agent(2, idle=900)
    held = contact(reserved_for=1, reserved_until=NOW + 60)
    choice = choose(held, [promiser, other], Rule(), NOW)
    assert choice is not None
    assert (choice.agent_id, choice.why) == (1, "reserved")
    assert choose(held, [other], Rule(), NOW) is None
    lapsed = contact(reserved_for=1, reserved_until=NOW - 1)
    after = choose(lapsed, [other], Rule(), NOW)
    assert after is not None
    assert after.agent_id == 2


def test_an_agent_who_declined_is_skipped() -> None:
    declined = contact(passed_by=frozenset({2}))
    choice = choose(declined, [agent(1, idle=1), agent(2, idle=900)], Rule(), NOW)
    assert choice is not None
    assert choice.agent_id == 1
    assert choose(declined, [agent(2, idle=900)], Rule(), NOW) is None


@pytest_asyncio.fixture
async def ctx(tmp_path: Path) -> AsyncIterator[ServerContext]:
    context = await start_context(
        Settings(**db.settings_db_kwargs(tmp_path / "acd.sqlite"), demo=True)
    )
    async with context.engine.begin() as conn:
        await conn.execute(
            conv.conversations.update()
            .where(conv.conversations.c.assignee_id.is_(None))
            .values(status="resolved")
        )
    yield context
    await context.engine.dispose()


@pytest.mark.asyncio
async def test_a_round_offers_a_waiting_chat_once_and_sets_its_expiry_as_the_next_deadline(
    ctx: ServerContext,
) -> None:
    now = time.time()
    async with ctx.engine.begin() as conn:
        await conn.execute(presence.insert().values(agent_id=1, state="available", since=now))
        await conn.execute(
            conv.conversations.update()
            .where(conv.conversations.c.id == 990)
            .values(status="open", assignee_id=None, channel="chat", queue_id=1, language="en")
        )
    engine = RoutingEngine(ctx)
    first = await engine.round()
    assert first.offers == 1
    assert first.next_deadline is not None
    assert first.next_deadline == pytest.approx(now + 20, abs=5)
    second = await engine.round()
    assert second.offers == 0  # one ringing offer per desk, and the contact is offered


@pytest.mark.asyncio
async def test_acw_waiting_for_a_required_code_never_makes_a_past_deadline(
    ctx: ServerContext,
) -> None:
    now = time.time()
    async with ctx.engine.begin() as conn:
        await conn.execute(presence.insert().values(agent_id=1, state="acw", since=now))
        made = await conn.execute(
            t.routing_contacts.insert().values(
                conversation_id=990,
                queue_id=1,
                channel="chat",
                waiting_since=now - 100,
                state="assigned",
            )
        )
        contact_id = int(made.inserted_primary_key[0]) if made.inserted_primary_key else 0
        offered = await conn.execute(
            t.offers.insert().values(
                contact_id=contact_id,
                agent_id=1,
                conversation_id=990,
                queue_id=1,
                channel="chat",
                state="accepted",
                phase="acw",
                why="longest_idle",
                offered_at=now - 100,
                expires_at=now - 80,
                ended_at=now - 70,
                acw_until=now - 10,  # its limit has passed, but the code is missing
                wrapup_required=True,
            )
        )
        offer_id = offered.inserted_primary_key[0] if offered.inserted_primary_key else 0
    result = await RoutingEngine(ctx).round()
    assert result.next_deadline is None or result.next_deadline > time.time() - 1
    async with ctx.engine.connect() as conn:
        query = sa.select(t.offers.c.phase).where(t.offers.c.id == offer_id)
        phase = (await conn.execute(query)).scalar()  # this offer's, not the demo history's
    assert phase == "acw"


@pytest.mark.asyncio
async def test_a_chat_and_a_call_found_in_one_round_keep_what_they_are(
    ctx: ServerContext,
) -> None:
    """Regression: discovery wrote chats and calls in one statement, and a chat first left
    every call's ``call_id`` empty (the call then looked gone and was re-offered forever)."""
    now = time.time()
    async with ctx.engine.begin() as conn:
        await conn.execute(
            conv.conversations.update()
            .where(conv.conversations.c.id.in_((990, 991)))
            .values(status="open", assignee_id=None, queue_id=1)
        )
        await conn.execute(
            conv.conversations.update().where(conv.conversations.c.id == 990).values(channel="chat")
        )
        await conn.execute(
            conv.conversations.update()
            .where(conv.conversations.c.id == 991)
            .values(channel="phone")
        )
        await conn.execute(
            calls_t.calls.insert().values(
                conversation_id=991,
                queue_id=1,
                direction="inbound",
                caller="+358401234567",
                state="offered",
                provider="test",
                provider_call_id="c-1",
                offered_at=now,
                state_since=now,
            )
        )
    engine = RoutingEngine(ctx)
    await engine.round()
    await engine.round()
    async with ctx.engine.connect() as conn:
        rows = (
            await conn.execute(
                sa.select(t.routing_contacts.c.channel, t.routing_contacts.c.call_id)
                # the demo's history has closed contacts of its own: only these two count
                .where(t.routing_contacts.c.conversation_id.in_((990, 991)))
                .order_by(t.routing_contacts.c.id)
            )
        ).all()
    assert [(r.channel, r.call_id is not None) for r in rows] == [("chat", False), ("phone", True)]
