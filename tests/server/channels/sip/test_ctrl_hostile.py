"""A hostile or broken thing on the ctrl_tcp port (``--sip-ctrl``): garbage, an absurd
frame length, JSON that is not an object, an event with an unusable call id, a caller URI
full of control characters, refusals and a link that drops with a call on it. The server
keeps serving, drops and re-opens the link, rejects what it cannot take on the line,
tells the agent the line's reason, and ends calls it can no longer control.

The peer here is scripted on purpose: a real baresip never sends these bytes."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
import pytest_asyncio

from protocol.kinds.calls import CallData
from server.channels.sip.ctrl import encode, read_frame
from tests.server.channels.sip.party import start_server
from tests.support.routing import open_available
from tests.support.server_proc import ServerProcess

pytestmark = [pytest.mark.asyncio(loop_scope="module"), pytest.mark.other_side]


class Peer:
    """Accepts the server's ctrl connections one at a time."""

    def __init__(self) -> None:
        self.links: asyncio.Queue[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = (
            asyncio.Queue()
        )
        self.port = 0

    async def start(self) -> asyncio.Server:
        async def accepted(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await self.links.put((reader, writer))

        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        return await asyncio.start_server(accepted, sock=sock)

    async def next_link(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        async with asyncio.timeout(30):
            return await self.links.get()


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def peer() -> AsyncIterator[Peer]:
    made = Peer()
    listening = await made.start()
    yield made
    listening.close()


@pytest.fixture(scope="module")
def server(peer: Peer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    made = start_server(tmp_path_factory.mktemp("sipctrl"), "--sip-ctrl", f"127.0.0.1:{peer.port}")
    yield made
    made.stop()


async def healthy(server: ServerProcess) -> None:
    answer = await asyncio.to_thread(httpx.get, f"{server.url}/api/health", timeout=10)
    assert answer.status_code == 200


def incoming(call_id: str, peer_uri: str) -> bytes:
    return encode(
        {
            "event": True,
            "type": "CALL_INCOMING",
            "class": "call",
            "direction": "incoming",
            "peeruri": peer_uri,
            "id": call_id,
        }
    )


async def answer_command(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, ok: bool, data: str = ""
) -> dict[str, object]:
    async with asyncio.timeout(30):
        command = await read_frame(reader)
    writer.write(encode({"response": True, "ok": ok, "data": data, "token": command.get("token")}))
    await writer.drain()
    return command


async def test_garbage_on_the_ctrl_link_drops_it_and_the_server_reconnects(
    server: ServerProcess, peer: Peer
) -> None:
    for garbage in (b"hello baresip\r\n", b"99999999999:", b"7:[1,2,3],", b"4:nope,"):
        _reader, writer = await peer.next_link()
        writer.write(garbage)
        await writer.drain()
        await healthy(server)
        # the server hangs up on it and dials again: the next garbage has a new link
    assert server.log_text().count("dropping the link") >= 4


async def test_unusable_calls_are_rejected_on_the_line_and_a_lost_link_ends_calls(
    server: ServerProcess, peer: Peer
) -> None:
    desk = await open_available(server, "agent01")
    reader, writer = await peer.next_link()

    long_id = "x" * 300
    writer.write(incoming(long_id, "sip:+35840999@10.0.0.1"))
    await writer.drain()
    found = await answer_command(reader, writer, True)
    assert found == {"command": "callfind", "params": long_id, "token": found["token"]}
    assert (await answer_command(reader, writer, True))["command"] == "hangup"

    writer.write(incoming("weird-1", "sip:\u202e\x00<b>\x07;evil@10.0.0.1"))
    await writer.drain()
    call = await desk.first("call", provider_call_id="weird-1", state="offered")
    assert isinstance(call, CallData)
    assert call.caller == "b"  # the user part's printable, plain characters
    offer = await desk.first("offer", call_id=call.id, phase="ringing")

    accepting = asyncio.create_task(desk.command("offer.accept", offer_id=offer.id))
    await answer_command(reader, writer, False, "call not found")
    refused = await accepting
    assert (refused.ok, refused.code) == (False, "line_refused")
    assert "call not found" in (refused.message or "")

    writer.close()  # the endpoint goes away with the call on it
    ended = await desk.entity("call", call.id, state="ended")
    assert isinstance(ended, CallData)
    assert ended.end_reason == "the phone line was lost"
    await healthy(server)
    await peer.next_link()  # and the server dials again
    await desk.ws.close()
