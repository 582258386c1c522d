"""Simulated customer traffic: the ``frontline sim`` load driver and ``--simulate``.

Messages go through intake (HTTP for ``frontline sim``, the function directly inside the
server) and calls through the CTI API (:mod:`server.channels.call_sim`), so simulated
contacts take exactly the path real channel adapters take. The
content is the demo seed's multilingual dialogues, generated deterministically per seed.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import httpx

from protocol.entities import Channel
from protocol.kinds.calls import CtiEvent
from protocol.rest import IntakeCustomer, IntakeMessage
from server.channels.call_sim import (
    CallPlan,
    CallRun,
    CallStats,
    Post,
    plan_call,
    run_calls,
)
from server.demo.content import (
    FOLLOW_UPS,
    LANGUAGES,
    TOPIC_QUEUE,
    TOPICS,
    Person,
    dialogue,
    make_person,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Contact:
    """One simulated customer contact and the messages it will send."""

    channel: Channel
    person: Person
    topic: str
    bodies: tuple[str, ...]

    def message(self, index: int, seed: int, serial: int) -> IntakeMessage:
        """The ``index``-th message of this contact as an intake body."""
        ref = {
            "email": self.person.email,
            "phone": self.person.phone,
            "chat": f"chat-visitor-{seed}-{serial}",
        }[self.channel]
        talk = dialogue(self.topic, self.person.language)
        return IntakeMessage(
            channel=self.channel,
            customer=IntakeCustomer(
                ref=ref,
                name=self.person.name,
                email=self.person.email,
                phone=self.person.phone,
                language=self.person.language,
            ),
            body=self.bodies[index],
            subject=talk.subject if index == 0 else "",
            queue=TOPIC_QUEUE[self.topic],
        )


def make_contact(
    rng: random.Random,
    channel: Channel,
    serial: int,
    per_contact: int,
    language: str | None = None,
) -> Contact:
    """A contact in ``language`` (random if None), a random topic, ``per_contact`` messages."""
    language = language or rng.choice(LANGUAGES)
    person = make_person(rng, language, serial)
    topic = rng.choice(TOPICS)
    lines = dialogue(topic, language).lines
    bodies = [lines[0]]
    customer_lines = list(lines[2::2])
    while len(bodies) < per_contact:
        pool = customer_lines or list(FOLLOW_UPS[language])
        bodies.append(pool.pop(0) if customer_lines else rng.choice(pool))
    return Contact(channel, person, topic, tuple(bodies))


def plan(seed: int, chats: int, emails: int, calls: int, per_contact: int) -> list[Contact]:
    """The contacts of one ``frontline sim`` run, deterministic for a seed."""
    rng = random.Random(seed)  # noqa: S311 - reproducible traffic, not secrets
    counts: tuple[tuple[Channel, int], ...] = (("chat", chats), ("email", emails), ("phone", calls))
    channels: list[Channel] = [channel for channel, n in counts for _ in range(n)]
    # Serials far above the demo seed's keep simulated emails and phones unique.
    return [
        make_contact(rng, channel, 100_000 * (seed % 1000 + 1) + i, per_contact, LANGUAGES[i % 4])
        for i, channel in enumerate(channels)
    ]


@dataclass
class Summary:
    """What a ``frontline sim`` run did, printed as one JSON object."""

    sent: Counter[str] = field(default_factory=Counter)
    messages: int = 0
    conversations: set[int] = field(default_factory=set)
    errors: int = 0
    duration_s: float = 0.0
    calls: CallStats = field(default_factory=CallStats)
    key_refused: str | None = None
    """The server's 401 answer, when it refused the key (the run stopped there)."""

    def as_json(self) -> dict[str, Any]:
        """The JSON shape of the summary."""
        return {
            "sent": {ch: self.sent.get(ch, 0) for ch in ("chat", "email")},
            "messages": self.messages,
            "calls": self.calls.as_json(),
            "conversations": len(self.conversations | self.calls.conversations),
            "errors": self.errors + self.calls.errors,
            "duration_s": round(self.duration_s, 3),
        }


def plan_calls(
    seed: int, contacts: list[Contact], run_id: str, abandon_share: float
) -> list[CallPlan]:
    """A call for each phone contact (its caller's number, its topic's queue), with
    durations deterministic for a seed; ``run_id`` keeps provider call ids unique."""
    rng = random.Random(f"calls-{seed}")  # noqa: S311 - reproducible traffic, not secrets
    return [
        plan_call(
            rng,
            f"sim-{run_id}-{serial}",
            contact.person.phone,
            TOPIC_QUEUE[contact.topic],
            abandon_share,
        )
        for serial, contact in enumerate(contacts)
        if contact.channel == "phone"
    ]


def http_poster(client: httpx.AsyncClient, key: str | None) -> Post:
    """Posts CTI events to ``/api/cti/events`` with the phone channel's key."""
    headers = {"X-Intake-Key": key} if key else {}

    async def post(event: CtiEvent) -> tuple[int, Any]:
        response = await client.post(
            "/api/cti/events", json=event.model_dump(mode="json"), headers=headers
        )
        try:
            answer = response.json()
        except ValueError:
            answer = response.text
        return response.status_code, answer

    return post


async def _send_messages(
    client: httpx.AsyncClient,
    contacts: list[Contact],
    summary: Summary,
    *,
    rate: float,
    seed: int,
    per_contact: int,
) -> None:
    """Chat and email messages through intake at ``rate``/s; all first messages go out
    before any follow-up, as real contacts arrive first and write again later."""
    started = time.monotonic()
    sent_total = 0
    for index in range(per_contact):
        for serial, contact in enumerate(contacts):
            if contact.channel == "phone":
                continue
            if summary.key_refused is not None:
                return
            if rate > 0:
                delay = started + sent_total / rate - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
            sent_total += 1
            body = contact.message(index, seed, serial)
            try:
                response = await client.post(
                    "/api/intake/messages", json=body.model_dump(mode="json")
                )
            except httpx.HTTPError as exc:
                log.warning("intake request failed: %s", exc)
                summary.errors += 1
                continue
            if response.status_code != 200:
                log.warning("intake refused (%d): %s", response.status_code, response.text)
                summary.errors += 1
                if response.status_code == 401:
                    summary.key_refused = f"intake: {response.text}"
                continue
            summary.sent[contact.channel] += 1
            summary.messages += 1
            summary.conversations.add(int(response.json()["conversation_id"]))


async def run_http(
    url: str,
    *,
    chats: int,
    emails: int,
    calls: int,
    rate: float,
    seed: int,
    per_contact: int,
    intake_key: str | None = None,
    phone_key: str | None = None,
    call_rate: float = 1.0,
    speed: float = 1.0,
    answer_as: str | None = None,
    abandon_share: float = 0.2,
) -> Summary:
    """Chats and emails through ``POST /api/intake/messages`` at ``rate``/s, and at the
    same time calls through ``POST /api/cti/events`` starting at ``call_rate``/s, each
    played to its end (:mod:`server.channels.call_sim`). ``rate <= 0`` sends messages as
    fast as the server answers; ``call_rate <= 0`` starts every call at once.
    ``phone_key`` defaults to ``intake_key``."""
    contacts = plan(seed, chats, emails, calls, per_contact)
    call_plans = plan_calls(seed, contacts, uuid.uuid4().hex[:10], abandon_share)
    summary = Summary()
    headers = {"X-Intake-Key": intake_key} if intake_key else {}
    started = time.monotonic()
    base = url.rstrip("/")
    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=30.0) as client:

        async def messages() -> None:
            await _send_messages(
                client, contacts, summary, rate=rate, seed=seed, per_contact=per_contact
            )

        async def phone() -> None:
            summary.calls = await run_calls(
                http_poster(client, phone_key or intake_key),
                call_plans,
                rate=call_rate,
                speed=speed,
                answer_as=answer_as,
                log=lambda line: log.warning("%s", line),
            )
            if summary.calls.key_refused is not None:
                summary.key_refused = f"CTI: {summary.calls.key_refused}"

        await asyncio.gather(messages(), phone())
    summary.duration_s = time.monotonic() - started
    return summary


BUILTIN_CALLS = 3
"""Calls at most in progress at once in ``--simulate``: a demo desk rings, it is not flooded."""


def context_poster(ctx: Any) -> Post:
    """Applies CTI events inside the server through the CTI route's own function
    (:func:`server.channels.cti.take_event`), with the route's answers."""
    from server.channels.cti import take_event
    from server.domains.calls.record import CallRefusedError

    async def post(event: CtiEvent) -> tuple[int, Any]:
        try:
            answer = await take_event(ctx, event)
        except CallRefusedError as exc:
            return exc.status, {"detail": exc.detail}
        return 200, answer.model_dump(mode="json")

    return post


async def _builtin_call(run: CallRun) -> None:
    try:
        await run.run()
    except Exception:
        # The built-in simulator is demo traffic: one call that fails (a refused event, a
        # server bug) is logged with its traceback and the stream goes on; nobody waits on it.
        log.exception("simulated call failed")


async def run_builtin(ctx: Any, pool_size: int = 30) -> None:
    """``--simulate RATE``: gentle traffic inside the server (RATE contacts' messages and
    calls per minute).

    Keeps a pool of simulated customers; each tick either a new contact arrives or a
    known one writes again, so the desk sees both new conversations and follow-ups. A new
    phone contact is a call played through the CTI API's function
    (:mod:`server.channels.call_sim`, routing answers it), at most
    :data:`BUILTIN_CALLS` at a time.
    """
    from server.channels.intake import IntakeError, take_in

    rate = ctx.settings.simulate_rate
    rng = random.Random(time.time_ns())  # noqa: S311 - traffic, not secrets
    seed = rng.randrange(1, 1_000_000)
    active: list[tuple[Contact, int, int]] = []  # contact, next index, serial
    serial = 0
    calls: set[asyncio.Task[None]] = set()
    call_stats = CallStats()
    post = context_poster(ctx)
    call_rng = random.Random(rng.random())  # noqa: S311 - traffic, not secrets
    try:
        while True:
            await asyncio.sleep(rng.expovariate(rate / 60.0))
            if not active or (len(active) < pool_size and rng.random() < 0.5):
                serial += 1
                channels: tuple[Channel, ...] = ("chat", "email", "phone")
                if len(calls) >= BUILTIN_CALLS:
                    channels = ("chat", "email")
                contact = make_contact(rng, rng.choice(channels), 10_000_000 + seed + serial, 4)
                if contact.channel == "phone":
                    call = plan_call(
                        call_rng,
                        f"builtin-{seed}-{serial}",
                        contact.person.phone,
                        TOPIC_QUEUE[contact.topic],
                        abandon_share=0.2,
                    )
                    run = CallRun(post, call, call_stats, log=lambda line: log.warning("%s", line))
                    task = asyncio.create_task(_builtin_call(run))
                    calls.add(task)
                    task.add_done_callback(calls.discard)
                    continue
                active.append((contact, 0, serial))
            pick = rng.randrange(len(active))
            contact, index, contact_serial = active[pick]
            try:
                await take_in(ctx, contact.message(index, seed, contact_serial))
            except IntakeError as exc:
                log.warning("simulated message refused: %s", exc.detail)
            except Exception:
                # As for calls above: logged, and the next simulated message still comes.
                log.exception("simulated message failed")
            if index + 1 >= len(contact.bodies):
                active.pop(pick)
            else:
                active[pick] = (contact, index + 1, contact_serial)
    finally:
        for task in calls:
            task.cancel()
