"""REFER: the line transfers a connected call to an outside SIP address.

The desk's ``call.control`` has no field for an outside address (its transfers go to a
queue or a colleague and stay in the centre), so this drives the adapter's line directly,
in process: the centre's real baresip (:class:`Endpoint`), the real ctrl client, the
adapter with its CTI reports captured instead of written (the database is not what is
under test here), a customer's baresip and a SIPp answering as the transfer target."""

from __future__ import annotations

import asyncio
import contextlib
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import pytest

from protocol.kinds.calls import CallData, CallEventType
from server.channels.sip.adapter import SipLine, _Call
from server.channels.sip.ctrl import BaresipCtrl
from server.channels.sip.endpoint import Endpoint, free_port
from server.core.context import ServerContext
from tests.server.channels.sip.party import customer
from tests.support.netns import network_namespace

pytestmark = [pytest.mark.asyncio, pytest.mark.other_side]


class RecordingLine(SipLine):
    """The SIP adapter with its CTI events kept in a list."""

    def __init__(self) -> None:
        settings = SimpleNamespace(sip_queue="General")
        super().__init__(cast(ServerContext, SimpleNamespace(settings=settings)))
        self.reported: list[tuple[str, CallEventType, dict[str, Any]]] = []
        self.changed = asyncio.Event()

    async def _report(self, call: _Call, kind: CallEventType, **fields: Any) -> bool:
        self.reported.append((call.id, kind, fields))
        self.changed.set()
        return True

    async def wait_for(self, kind: CallEventType) -> tuple[str, dict[str, Any]]:
        # A deadline, not a timing: baresip in its namespace may take long to start and
        # be reached on a loaded machine (seen: no "offered" within 30 s in a full run).
        async with asyncio.timeout(90):
            while True:
                for call_id, seen, fields in self.reported:
                    if seen == kind:
                        return call_id, fields
                self.changed.clear()
                await self.changed.wait()


def as_call(call_id: str, caller: str) -> CallData:
    now = time.time()
    return CallData(
        id=1,
        conversation_id=1,
        queue_id=1,
        direction="inbound",
        caller=caller,
        state="connected",
        provider="sip",
        provider_call_id=call_id,
        offered_at=now,
        state_since=now,
    )


async def test_a_refer_moves_the_customer_to_the_outside_target_and_ends_our_leg(
    tmp_path: Path,
) -> None:
    with network_namespace("refer") as ns:
        endpoint = Endpoint(f"{ns.host_ip}:5070", ("127.0.0.1", free_port()))
        await endpoint.launch()
        supervisor = asyncio.create_task(endpoint.supervise())
        line = RecordingLine()
        ctrl = BaresipCtrl("127.0.0.1", endpoint.ctrl[1], line.on_event)
        line.ctrl = ctrl
        link = asyncio.create_task(ctrl.run())
        target = ns.popen(
            ["sipp", "-sn", "uas", "-i", ns.ns_ip, "-p", "5063", "-m", "1", "-nostdin"],
            log=tmp_path / "target.log",
            cwd=tmp_path,
        )
        try:
            async with customer(ns, tmp_path / "phone", "+358401112223") as phone:
                await phone.dial(f"sip:frontline@{ns.host_ip}:5070")
                call_id, offered = await line.wait_for("offered")
                assert offered["caller"] == "+358401112223"
                call = as_call(call_id, "+358401112223")
                await line.act(call, "answer")
                await line.wait_for("answered")
                await phone.wait_for("CALL_ESTABLISHED")

                where = f"sip:desk2@{ns.ns_ip}:5063"
                await line.act(call, "transfer", target=where)
                _id, started = await line.wait_for("transfer_started")
                assert started["target"] == where
                await phone.wait_for("TRANSFER")  # the customer's phone got our REFER
                await phone.wait_for("CALL_ESTABLISHED", 2)  # and reached the target
                _id, ended = await line.wait_for("ended")
                assert ended["reason"] == f"transferred to {where}"
                await phone.hangup()
            assert await asyncio.to_thread(target.wait, 30) == 0
        finally:
            link.cancel()
            supervisor.cancel()
            for task in (link, supervisor):
                with contextlib.suppress(asyncio.CancelledError):
                    await task
