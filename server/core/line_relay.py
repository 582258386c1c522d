"""Line commands across processes: an agent's call button reaches the process that carries
the call's line (PostgreSQL, several processes; ``server.core.lines``).

An agent's desk is on whichever process the balancer chose; the SIP adapter runs in one
process (a singleton), and a browser call lives in the process holding its peer
connection. Every process therefore registers a :class:`RelayedLine` for such providers
in ``ctx.lines`` (so the call is still *asked of the line*, never switched in the loop):
it acts at once when this process carries the call, and otherwise writes a row of
``line_requests`` and NOTIFYs ``frontline_lines``. The process carrying the call claims the
row (``UPDATE ... WHERE claimed_by IS NULL``: exactly one executes it), acts, and writes
the outcome back; the asking process polls its row (a button press is rare and waits for
a person anyway) and hands a refusal to the agent exactly as a local line would
(:class:`~server.core.lines.LineError` with the line's reason). A request nobody claims in
:data:`FORWARD_TIMEOUT` seconds is withdrawn and refused with a sentence saying so.

A one-process SQLite server never uses any of this.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from protocol.kinds.calls import CallData
from server.core.lines import LineAction, LineControl, LineError
from server.core.waiting import within
from server.db.metadata import metadata

log = logging.getLogger(__name__)

CHANNEL = "frontline_lines"
"""The NOTIFY channel that wakes executors (the payload is empty: rows are the data)."""
FORWARD_TIMEOUT = 10.0
"""Seconds an asking process waits for its request to be done."""
POLL = 0.05
"""The asking process's poll of its row."""
SERVE_TICK = 1.0
"""The executor's fallback poll (a lost NOTIFY costs at most this)."""
KEEP_DONE = 3600.0
"""Seconds finished requests are kept (for an operator reading what happened)."""

line_requests = sa.Table(
    "line_requests",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("provider", sa.String(40), nullable=False),
    sa.Column("provider_call_id", sa.String(200), nullable=False),
    sa.Column("action", sa.String(20), nullable=False),
    sa.Column("call_json", sa.Text, nullable=False),
    sa.Column("digits", sa.Text),
    sa.Column("target", sa.Text),
    sa.Column("requested_by", sa.String(100), nullable=False),
    sa.Column("requested_at", sa.Float, nullable=False),
    sa.Column("claimed_by", sa.String(100)),
    sa.Column("done_at", sa.Float),
    sa.Column("refusal", sa.Text),
)
"""Line commands asked of another process (revision 0022); ``refusal`` null when done."""

Owns = Callable[[CallData], bool]
r = line_requests.c


@dataclass
class _Local:
    line: LineControl
    owns: Owns | None
    """Whether this process carries ``call`` (``None``: every call of the provider)."""


class LineRelay:
    """This process's side of the relay: its own lines, forwarding, executing."""

    def __init__(self, engine: AsyncEngine, process_id: str) -> None:
        self.engine = engine
        self.process_id = process_id
        self._locals: dict[str, _Local] = {}
        self._wake = asyncio.Event()
        self._running: set[asyncio.Task[None]] = set()

    def register(self, provider: str, line: LineControl, owns: Owns | None = None) -> None:
        """This process carries ``provider``'s calls (those ``owns`` says, or all)."""
        self._locals[provider] = _Local(line, owns)
        self.wake()

    def unregister(self, provider: str, line: LineControl) -> None:
        """This process no longer carries ``provider``'s calls (it lost the singleton)."""
        local = self._locals.get(provider)
        if local is not None and local.line is line:
            del self._locals[provider]

    def local(self, provider: str, call: CallData) -> LineControl | None:
        """The line of this process that carries ``call``, if any."""
        local = self._locals.get(provider)
        if local is None or (local.owns is not None and not local.owns(call)):
            return None
        return local.line

    def wake(self, *_args: Any) -> None:
        """A NOTIFY came (or a line was registered): look for requests now."""
        self._wake.set()

    # ------------------------------------------------------------------ asking

    async def forward(
        self,
        provider: str,
        call: CallData,
        action: LineAction,
        digits: str | None,
        target: str | None,
    ) -> None:
        """Have the process carrying ``call`` do ``action``; raises :class:`LineError`
        with its reason when the line refused, or when nobody carried it out in time."""
        async with self.engine.begin() as conn:
            request_id = (
                await conn.execute(
                    line_requests.insert()
                    .values(
                        provider=provider,
                        provider_call_id=call.provider_call_id,
                        action=action,
                        call_json=call.model_dump_json(),
                        digits=digits,
                        target=target,
                        requested_by=self.process_id,
                        requested_at=time.time(),
                    )
                    .returning(r.id)
                )
            ).scalar_one()
            await conn.execute(sa.text("SELECT pg_notify(:channel, '')"), {"channel": CHANNEL})
        deadline = time.monotonic() + FORWARD_TIMEOUT
        while time.monotonic() < deadline:
            await asyncio.sleep(POLL)
            async with self.engine.connect() as conn:
                row = (
                    await conn.execute(sa.select(r.done_at, r.refusal).where(r.id == request_id))
                ).first()
            if row is not None and row.done_at is not None:
                if row.refusal is not None:
                    raise LineError(str(row.refusal))
                return
        async with self.engine.begin() as conn:
            withdrawn = (
                await conn.execute(
                    line_requests.update()
                    .where(r.id == request_id, r.claimed_by.is_(None))
                    .values(done_at=time.time(), refusal="nobody carried it out")
                )
            ).rowcount
        log.warning(
            "line request %d (%s %s on %s) not done in %.0f s (%s)",
            request_id,
            provider,
            action,
            call.provider_call_id,
            FORWARD_TIMEOUT,
            "no process carries the call" if withdrawn else "its line is slow",
        )
        if withdrawn:
            raise LineError("the phone line is not reachable right now: try again shortly")
        raise LineError("the phone line did not answer in time")

    # ------------------------------------------------------------------ executing

    async def serve(self) -> None:
        """Forever: claim and carry out the open requests for calls this process carries
        (on a NOTIFY, or every :data:`SERVE_TICK`); a database error is logged and the
        next tick tries again."""
        swept = 0.0
        failing = False
        try:
            while True:
                self._wake.clear()
                try:
                    await self._claim_and_run()
                    if time.monotonic() - swept > 60.0:
                        swept = time.monotonic()
                        await self._forget_old()
                    if failing:
                        log.info("line relay: reading requests again")
                    failing = False
                except Exception:
                    # The loop: requests wait for the next tick; an asker times out alone.
                    # Said once per outage (the database away would repeat it every tick).
                    if not failing:
                        log.exception("line relay: reading requests failed (retrying)")
                    failing = True
                with contextlib.suppress(TimeoutError):
                    await within(self._wake.wait(), SERVE_TICK)
        finally:
            for task in self._running:
                task.cancel()
            await asyncio.gather(*self._running, return_exceptions=True)

    async def _claim_and_run(self) -> None:
        if not self._locals:
            return
        since = time.time() - FORWARD_TIMEOUT
        async with self.engine.connect() as conn:
            rows = (
                await conn.execute(
                    sa.select(line_requests).where(
                        r.done_at.is_(None),
                        r.claimed_by.is_(None),
                        r.requested_at > since,
                        r.provider.in_(list(self._locals)),
                    )
                )
            ).all()
        for row in rows:
            call = CallData.model_validate_json(row.call_json)
            line = self.local(str(row.provider), call)
            if line is None:
                continue
            async with self.engine.begin() as conn:
                claimed = (
                    await conn.execute(
                        line_requests.update()
                        .where(r.id == row.id, r.claimed_by.is_(None))
                        .values(claimed_by=self.process_id)
                    )
                ).rowcount
            if claimed:
                task = asyncio.create_task(self._run(row, line, call), name=f"line-{row.id}")
                self._running.add(task)
                task.add_done_callback(self._running.discard)

    async def _run(self, row: Any, line: LineControl, call: CallData) -> None:
        refusal: str | None = None
        try:
            await line.act(call, row.action, digits=row.digits, target=row.target)
        except LineError as exc:
            refusal = exc.reason
        except Exception:
            # The agent reads a refusal instead of waiting out the deadline.
            log.exception("line request %d failed", row.id)
            refusal = "the phone line failed"
        async with self.engine.begin() as conn:
            await conn.execute(
                line_requests.update()
                .where(r.id == row.id)
                .values(done_at=time.time(), refusal=refusal)
            )

    async def _forget_old(self) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(
                line_requests.delete().where(r.requested_at < time.time() - KEEP_DONE)
            )


class RelayedLine:
    """``ctx.lines[provider]`` on every process: acts here when this process carries the
    call, else asks the one that does (:meth:`LineRelay.forward`)."""

    def __init__(self, relay: LineRelay, provider: str) -> None:
        self.relay = relay
        self.provider = provider

    async def act(
        self,
        call: CallData,
        action: LineAction,
        *,
        digits: str | None = None,
        target: str | None = None,
    ) -> None:
        """Carry ``action`` out here or in the process that carries the call."""
        line = self.relay.local(self.provider, call)
        if line is not None:
            await line.act(call, action, digits=digits, target=target)
            return
        await self.relay.forward(self.provider, call, action, digits, target)
