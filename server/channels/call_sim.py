"""Simulated phone calls, driven through the CTI API exactly as a telephony adapter would.

Each call is a script of provider events (``docs/cti.md``): ``offered`` in the caller's
queue, then either the caller hangs up while waiting (``ended``, reason ``caller
abandoned``) or the call is answered, talked (with a hold now and then) and ended by the
customer (``customer hung up``). Who answers:

- **routing** (the default): the server's router offers the call to an agent's desk and
  the server answers it when the agent accepts, so the simulator never sends
  ``answered``. It learns the call's state by resending its own ``offered`` event: a
  repeated event id is answered ``duplicate`` with the call as it stands and changes
  nothing, so the CTI API itself is the poll. Once the call is connected it waits the
  talk time from the moment of the answer, then hangs up.
- ``answer_as`` (a username): for servers without agents online, the simulator answers
  as that agent after a few seconds of ringing, holds and resumes once in a while, then
  hangs up.

A 409 is a normal outcome (the agent hung up first, or a race with routing): counted,
never an error. Durations are seconds at ``speed`` 1 and are divided by ``speed``; event
times (``at``) are always the wall clock, so the server's talk and hold times are the
durations the run really took. Every event goes through one ``Post`` callable: HTTP for
``frontline sim``, :func:`server.channels.cti.take_event` inside the server.
"""

from __future__ import annotations

import asyncio
import math
import random
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from protocol.kinds.calls import CtiEvent

PROVIDER = "sim"
ABANDONED = "caller abandoned"
HUNG_UP = "customer hung up"

Post = Callable[[CtiEvent], Awaitable[tuple[int, Any]]]
"""Sends one CTI event; returns the HTTP status and the JSON answer (``detail`` on errors)."""

EXPECTED_REFUSALS = frozenset({409})
"""Statuses that are races, not failures: the server already knows better."""


class KeyRefusedError(Exception):
    """The server answered 401: the phone key is missing or wrong; nothing else can work."""


@dataclass(frozen=True)
class CallPlan:
    """One simulated call: who calls which queue, and how long each part lasts (seconds at
    speed 1). ``patience`` is how long the caller waits unanswered before hanging up;
    ``ring`` is when ``answer_as`` answers; ``holds`` are (after seconds of talk, held for)."""

    call_id: str
    caller: str
    queue: str
    abandons: bool
    patience: float
    ring: float
    talk: float
    holds: tuple[tuple[float, float], ...]


def plan_call(
    rng: random.Random, call_id: str, caller: str, queue: str, abandon_share: float
) -> CallPlan:
    """A call with realistic durations: a few seconds of ringing, talk around three
    minutes (log-normal, 30 s to 15 min), a hold in about a third of calls; a share of
    callers lose patience within 5-45 s, the rest wait up to 2-5 minutes."""
    abandons = rng.random() < abandon_share
    patience = rng.uniform(5, 45) if abandons else rng.uniform(120, 300)
    ring = patience + 1 if abandons else rng.uniform(3, 15)
    talk = min(900.0, max(30.0, rng.lognormvariate(math.log(180), 0.5)))
    holds: list[tuple[float, float]] = []
    if rng.random() < 0.35:
        holds.append((rng.uniform(0.2, 0.5) * talk, rng.uniform(10, 60)))
        if rng.random() < 0.3:
            holds.append((rng.uniform(0.6, 0.9) * talk, rng.uniform(10, 40)))
    return CallPlan(call_id, caller, queue, abandons, patience, ring, talk, tuple(holds))


@dataclass
class CallStats:
    """What happened to the calls of a run (``as_json`` is the summary's ``calls``)."""

    offered: int = 0
    answered: int = 0
    """Calls seen connected (by the router and the agent, or by ``answer_as``)."""
    abandoned: int = 0
    hung_up: int = 0
    """Answered calls the customer ended after the talk time."""
    ended_elsewhere: int = 0
    """Calls the server or the agent ended first (found ended, or our ``ended`` was 409)."""
    holds: int = 0
    refused: Counter[int] = field(default_factory=Counter)
    """Every non-200 answer by status, expected (409) or not."""
    errors: int = 0
    """Unexpected failures: 5xx, 401, 404, 422, no answer at all."""
    conversations: set[int] = field(default_factory=set)
    key_refused: str | None = None
    """Why the run stopped early: the server's 401 answer."""

    def as_json(self) -> dict[str, Any]:
        """The JSON shape of the call counts."""
        return {
            "offered": self.offered,
            "answered": self.answered,
            "abandoned": self.abandoned,
            "hung_up": self.hung_up,
            "ended_elsewhere": self.ended_elsewhere,
            "holds": self.holds,
            "refused": {str(k): v for k, v in sorted(self.refused.items())},
            "errors": self.errors,
        }


class CallRun:
    """Plays one :class:`CallPlan` through ``post``; counts into ``stats``."""

    def __init__(
        self,
        post: Post,
        plan: CallPlan,
        stats: CallStats,
        *,
        speed: float = 1.0,
        answer_as: str | None = None,
        poll: float = 1.0,
        log: Callable[[str], None] | None = None,
    ) -> None:
        self.post = post
        self.plan = plan
        self.stats = stats
        self.speed = speed
        self.answer_as = answer_as
        self.poll = max(0.1, poll / speed)
        self.log = log or (lambda _line: None)
        self.serial = 0
        self.offer: CtiEvent | None = None

    async def wait(self, seconds: float) -> None:
        """Sleep ``seconds`` of simulated time."""
        await asyncio.sleep(max(0.0, seconds / self.speed))

    async def send(self, type_: str, **fields: Any) -> tuple[int, Any]:
        """One event with a fresh id; returns (status, answer). Counts refusals; raises
        :class:`KeyRefusedError` on 401."""
        self.serial += 1
        event = CtiEvent.model_validate(
            {
                "provider": PROVIDER,
                "provider_call_id": self.plan.call_id,
                "event_id": f"{self.plan.call_id}:{self.serial}",
                "type": type_,
                "at": time.time(),
                **fields,
            }
        )
        if type_ == "offered":
            self.offer = event
        return await self._post(event)

    async def _post(self, event: CtiEvent) -> tuple[int, Any]:
        try:
            status, answer = await self.post(event)
        except Exception as exc:  # noqa: BLE001 - a failed request is counted, the run goes on
            self.log(f"call {self.plan.call_id}: {event.type} got no answer: {exc!r}")
            self.stats.errors += 1
            return 0, None
        if status == 200:
            return status, answer
        self.stats.refused[status] += 1
        if status == 401:
            raise KeyRefusedError(_detail(answer))
        if status not in EXPECTED_REFUSALS:
            self.stats.errors += 1
            self.log(f"call {self.plan.call_id}: {event.type} refused ({status}): {answer}")
        return status, answer

    async def state(self) -> dict[str, Any] | None:
        """The call as the server has it: the answer to our own ``offered``, resent."""
        assert self.offer is not None
        status, answer = await self._post(self.offer)
        return _call(answer) if status == 200 else None

    async def run(self) -> None:
        """The whole call, from ``offered`` to its end."""
        plan = self.plan
        status, answer = await self.send("offered", caller=plan.caller, queue=plan.queue)
        call = _call(answer)
        if status != 200 or call is None:
            return
        self.stats.offered += 1
        self.stats.conversations.add(int(call["conversation_id"]))
        if self.answer_as is not None:
            await self._answered_by_us()
        else:
            await self._answered_by_routing()

    async def _hang_up(self, reason: str, abandoned: bool) -> None:
        status, answer = await self.send("ended", reason=reason)
        call = _call(answer)
        if status != 200 or call is None:
            self.stats.ended_elsewhere += 1
        elif abandoned and call.get("connected_at") is None:
            self.stats.abandoned += 1
        else:
            if abandoned:  # answered between our last look and the hang-up
                self.stats.answered += 1
            self.stats.hung_up += 1

    async def _answered_by_us(self) -> None:
        plan = self.plan
        if plan.abandons:
            await self.wait(plan.patience)
            await self._hang_up(ABANDONED, abandoned=True)
            return
        await self.wait(plan.ring)
        status, _answer = await self.send("answered", agent=self.answer_as)
        if status != 200:
            return
        self.stats.answered += 1
        talked = 0.0
        for after, held in plan.holds:
            await self.wait(after - talked)
            talked = after
            status, _answer = await self.send("held")
            if status != 200:
                self.stats.ended_elsewhere += 1
                return
            self.stats.holds += 1
            await self.wait(held)
            status, _answer = await self.send("resumed")
            if status != 200:
                self.stats.ended_elsewhere += 1
                return
        await self.wait(plan.talk - talked)
        await self._hang_up(HUNG_UP, abandoned=False)

    async def _answered_by_routing(self) -> None:
        plan = self.plan
        loop = asyncio.get_running_loop()
        give_up = loop.time() + plan.patience / self.speed
        call: dict[str, Any] | None = None
        while True:
            await asyncio.sleep(min(self.poll, max(0.0, give_up - loop.time())))
            call = await self.state()
            if call is None:
                return  # counted as an error by _post
            if call["state"] == "ended":
                self.stats.ended_elsewhere += 1
                return
            if call["state"] != "offered":
                break
            if loop.time() >= give_up:
                await self._hang_up(ABANDONED, abandoned=True)
                return
        self.stats.answered += 1
        since = time.time() - float(call.get("connected_at") or time.time())
        await self.wait(max(0.0, plan.talk - since * self.speed))
        await self._hang_up(HUNG_UP, abandoned=False)


def _call(answer: Any) -> dict[str, Any] | None:
    if isinstance(answer, dict) and isinstance(answer.get("call"), dict):
        return answer["call"]  # type: ignore[no-any-return]
    return None


def _detail(answer: Any) -> str:
    if isinstance(answer, dict) and "detail" in answer:
        return str(answer["detail"])
    return str(answer)


async def run_calls(
    post: Post,
    plans: list[CallPlan],
    *,
    rate: float,
    speed: float = 1.0,
    answer_as: str | None = None,
    log: Callable[[str], None] | None = None,
) -> CallStats:
    """Start the planned calls at ``rate`` per second of wall clock (0: all at once) and
    wait for every one to end. A 401 stops the run (``key_refused`` says why)."""
    stats = CallStats()
    started = time.monotonic()
    try:
        async with asyncio.TaskGroup() as group:
            for index, plan in enumerate(plans):
                if rate > 0:
                    await asyncio.sleep(max(0.0, started + index / rate - time.monotonic()))
                run = CallRun(post, plan, stats, speed=speed, answer_as=answer_as, log=log)
                group.create_task(run.run())
    except* KeyRefusedError as refused:
        stats.errors += 1
        stats.key_refused = str(refused.exceptions[0])
    return stats
