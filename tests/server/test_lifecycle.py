"""Process lifecycle: graceful stop with desks attached, crash and restart, the simulator."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed

from protocol.frames import CaughtUp, ErrorFrame, Events, Reset
from tests.server.helpers import health, intake, latest_seq
from tests.support.client import Mirror, hello, login, open_ws, recv, recv_until
from tests.support.server_proc import ROOT, ServerFactory, ServerProcess
from tests.support.waiting import wait_until


async def drain(ws: ClientConnection) -> None:
    """Read frames until the connection closes."""
    while True:
        await recv(ws)


@pytest.mark.asyncio
async def test_crash_restart_resumes_same_epoch(server_factory: ServerFactory) -> None:
    server = server_factory()
    token = login(server.url, "agent01")
    created = intake(server.url, queue="Billing", ref="crash-1")
    epoch = health(server.url)["epoch"]
    mirror = Mirror()
    async with await open_ws(server.ws_url) as ws:
        await hello(ws, token, "crash-client-001")
        for frame in await recv_until(ws, CaughtUp, timeout=30):
            mirror.apply(frame)
    server.kill()
    server.start()
    assert health(server.url)["epoch"] == epoch
    assert latest_seq(server.url) == mirror.seq  # the committed log survived SIGKILL
    after = intake(server.url, queue="Billing", ref="crash-1", body="again")
    assert after["conversation_id"] == created["conversation_id"]
    async with await open_ws(server.ws_url) as ws:
        await hello(ws, token, "crash-client-001", mirror.seq, epoch)
        frames = await recv_until(ws, CaughtUp)
    assert not any(isinstance(f, Reset) for f in frames)
    replayed = [e for f in frames if isinstance(f, Events) for e in f.events]
    assert [e.seq for e in replayed] == [after["seq"] - 1, after["seq"]]


@pytest.mark.asyncio
async def test_sigterm_stops_gracefully_with_a_desk_attached(
    server_factory: ServerFactory,
) -> None:
    server = server_factory()
    token = login(server.url, "agent01")
    async with await open_ws(server.ws_url) as ws:
        await hello(ws, token, "sigterm-client-1")
        await recv_until(ws, CaughtUp, timeout=30)
        assert server.stop() == 0
        with pytest.raises(ConnectionClosed):
            await drain(ws)


@pytest.mark.asyncio
async def test_no_hello_in_time(server_factory: ServerFactory) -> None:
    server = server_factory("--hello-timeout", "0.3", demo=False)
    async with await open_ws(server.ws_url) as ws:
        frame = await recv(ws)
        assert isinstance(frame, ErrorFrame)
        assert frame.code == "auth_required"
        with pytest.raises(ConnectionClosed) as closed:
            await recv(ws)
        assert closed.value.rcvd is not None
        assert closed.value.rcvd.code == 4401


def test_builtin_simulator_produces_traffic(server_factory: ServerFactory) -> None:
    server = server_factory("--simulate", "1200")  # 20 messages a second
    start = latest_seq(server.url)
    wait_until(lambda: latest_seq(server.url) >= start + 10, timeout=20)
    assert "simulated message failed" not in server.log_text()


def test_non_loopback_needs_allow_remote(tmp_path: Path) -> None:
    cmd = [sys.executable, "-m", "cli.main", "server", "--host", "0.0.0.0", "--port", "0"]
    cmd += ["--db", str(tmp_path / "remote.sqlite")]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=30, check=False)
    assert done.returncode == 2
    assert "--allow-remote" in done.stderr
    assert done.stdout == ""


@pytest.mark.sqlite_only  # several processes on one PostgreSQL database is the design
def test_a_second_server_on_the_same_database_refuses_to_start(
    server_factory: ServerFactory,
) -> None:
    first = server_factory()
    cmd = [sys.executable, "-m", "cli.main", "server", "--port", "0", "--db", str(first.db_path)]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=30, check=False)
    assert done.returncode == 3
    assert "another Frontline server is using" in done.stderr
    assert health(first.url)["status"] == "ok"  # the first one is untouched


def test_server_stops_when_the_process_it_serves_is_gone(tmp_path: Path) -> None:
    desk = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE
    )
    server = ServerProcess(tmp_path / "embedded.sqlite", ["--exit-with", str(desk.pid)])
    server.start()
    desk.kill()  # the desk dies without stopping its server
    desk.wait()
    assert server.proc is not None
    assert server.proc.wait(timeout=15) == 0
    assert "is gone: stopping" in server.log_text()
