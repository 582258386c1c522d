"""``frontline cluster`` end to end: a local PostgreSQL it creates, two server processes,
real nginx in front, and the real desk sync engine connected through nginx.

One centre is started for the module (creating a PostgreSQL cluster and seeding the demo
takes most of its time); the tests run in order on it and the last one stops it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psutil
import pytest

from cli.cluster.launcher import split_password
from cli.main import main as frontline
from desktop.models.changes import Changes
from desktop.models.connection import ConnectionState, Link
from desktop.store.cache import Cache
from desktop.sync.auth import sign_in
from desktop.sync.backoff import Backoff
from desktop.sync.engine import SyncEngine
from protocol.frames import Event
from server.core.visibility import Viewer
from tests.server.helpers import intake
from tests.support import pg
from tests.support.waiting import wait_until, wait_until_async

ROOT = Path(__file__).resolve().parents[2]
DEPLOY_CONF = ROOT / "deploy" / "nginx.conf"


@dataclass
class Centre:
    """The running launcher and what it printed."""

    proc: subprocess.Popen[bytes]
    base: Path
    out: Path
    err: Path
    url: str = ""
    processes: list[dict[str, Any]] = field(default_factory=list)

    def lines(self) -> list[dict[str, Any]]:
        """Every JSON line the launcher printed so far."""
        found = []
        for line in self.out.read_text(errors="replace").splitlines():
            with contextlib.suppress(ValueError):
                found.append(json.loads(line))
        return found

    def restarted(self, index: int) -> dict[str, Any] | None:
        """The launcher's line saying process ``index`` is back, once printed."""
        return next(
            (e for e in self.lines() if e.get("event") == "restarted" and e["index"] == index), None
        )

    def log(self) -> str:
        return self.err.read_text(errors="replace")

    def db_url(self) -> str:
        """The local database's URL with its password (the test reads the log directly)."""
        pgdir = self.base / "pg"
        password = (pgdir / "password").read_text().strip()
        port = (pgdir / "data" / "postmaster.pid").read_text().splitlines()[3].strip()
        return f"postgresql://frontline:{password}@127.0.0.1:{port}/frontline"

    def postmaster_pid(self) -> int:
        return int((self.base / "pg" / "data" / "postmaster.pid").read_text().splitlines()[0])

    def nginx_pid(self) -> int:
        return int((self.base / "run" / "nginx.pid").read_text().strip())


@pytest.fixture(scope="module")
def centre() -> Iterator[Centre]:
    # Not pytest's tmp_path: its directories are 0700 and the postgres user (PostgreSQL
    # refuses root) must reach the cluster's directory.
    base = Path(tempfile.mkdtemp(prefix="frontline-cluster-"))
    os.chmod(base, 0o755)
    out, err = base / "stdout", base / "stderr"
    cmd = [
        sys.executable,
        "-m",
        "cli.main",
        "cluster",
        "--pg-dir",
        str(base / "pg"),
        "--processes",
        "2",
        "--demo",
        "--port",
        "0",
        "--run-dir",
        str(base / "run"),
        "--files-dir",
        str(base / "files"),
    ]
    with out.open("wb") as stdout, err.open("wb") as stderr:
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=stdout, stderr=stderr)
    centre = Centre(proc, base, out, err)

    def listening() -> dict[str, Any] | None:
        if proc.poll() is not None:
            raise RuntimeError(f"frontline cluster exited with {proc.returncode}:\n{centre.log()}")
        return next((e for e in centre.lines() if e.get("event") == "listening"), None)

    line = wait_until(listening, 300, interval=0.2, message="the cluster did not start")
    assert line is not None
    centre.url, centre.processes = line["url"], line["processes"]
    try:
        yield centre
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        shutil.rmtree(base, ignore_errors=True)


def test_refuses_flags_it_sets_itself_and_a_sqlite_file(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        assert frontline(["cluster", "--db", str(tmp_path / "x.sqlite")]) == 2
        assert frontline(["cluster", "--db", "postgresql://u@h/db", "--", "--port", "1"]) == 2
        assert frontline(["cluster", "--pg-dir", str(tmp_path), "--processes", "0"]) == 2
        # A refusal leaves the calling process as it was (its umask tightened once broke a
        # later package build in the same test process: dpkg-deb wants 0755 directories).
        assert os.umask(0o022) == 0o022
    finally:
        os.umask(umask)


def test_the_database_password_leaves_the_url_for_the_environment() -> None:
    url, password = split_password("postgresql://frontline:s%40cret@db:5433/centre")
    assert (url, password) == ("postgresql://frontline@db:5433/centre", "s@cret")
    assert split_password("postgresql://frontline@db/centre") == (
        "postgresql://frontline@db/centre",
        None,
    )


def test_the_deploy_example_is_a_valid_nginx_configuration(tmp_path: Path) -> None:
    """deploy/nginx.conf (what an operator copies into /etc/nginx/conf.d) parses."""
    wrapper = tmp_path / "nginx.conf"
    wrapper.write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log stderr;\nevents {{}}\n"
        f"http {{\n client_body_temp_path {tmp_path}/body;\n include {DEPLOY_CONF};\n}}\n"
    )
    result = subprocess.run(
        ["/usr/sbin/nginx", "-t", "-p", str(tmp_path), "-e", "stderr", "-c", str(wrapper)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_the_balancer_spreads_requests_over_both_processes(centre: Centre) -> None:
    pids = {p["pid"] for p in centre.processes}
    assert len(pids) == 2
    answered: set[int] = set()
    with httpx.Client(base_url=centre.url, timeout=10) as client:
        for _ in range(20):
            health = client.get("/api/health").json()
            answered.add(int(health["pid"]))
    assert answered == pids


class RecordingCache(Cache):
    """The desk's real cache, noting every event it is asked to apply (and any snapshot,
    which would mean the cursor was not honoured after the move to another process)."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.seqs: list[int] = []
        self.events: list[Event] = []
        self.snapshots = 0

    async def apply_events(self, events: Sequence[Event], upto: int) -> Changes:
        self.seqs.extend(e.seq for e in events)
        self.events.extend(events)
        return await super().apply_events(events, upto)

    async def apply_snapshot(self, *args: Any, **kwargs: Any) -> Changes:
        self.snapshots += 1
        return await super().apply_snapshot(*args, **kwargs)


def socket_holder(centre: Centre, ports: dict[int, int]) -> int | None:
    """The pid of the one server process with an established connection on its listening
    port (the desk's websocket, relayed by nginx), or None while that is not one."""
    holders = []
    for pid, port in ports.items():
        with contextlib.suppress(psutil.Error):
            conns = psutil.Process(pid).net_connections(kind="tcp")
            if any(c.laddr.port == port and c.status == psutil.CONN_ESTABLISHED for c in conns):
                holders.append(pid)
    return holders[0] if len(holders) == 1 else None


class PortSquatter:
    """Another program on a port: it accepts connections and resets them at once (so
    nginx moves a request on to another process rather than waiting on it)."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.sock: socket.socket | None = None

    def take(self) -> bool:
        """Bind and listen (False while the port is refused)."""
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", self.port))
            sock.listen()
        except OSError:
            sock.close()
            return False
        self.sock = sock
        threading.Thread(target=self._reset_all, args=(sock,), daemon=True).start()
        return True

    @staticmethod
    def _reset_all(sock: socket.socket) -> None:
        with contextlib.suppress(OSError):  # the listening socket was closed
            while True:
                conn, _ = sock.accept()
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                conn.close()

    def close(self) -> None:
        if self.sock is not None:
            self.sock.close()


def visible_seqs(url: str, agent_id: int, after: int, upto: int) -> list[int]:
    """The seqs in (after, upto] the server's visibility rule lets ``agent_id`` see."""
    role = pg.query(url, "SELECT role FROM agents WHERE id = ?", agent_id)[0][0]
    queues = pg.query(url, "SELECT queue_id FROM agent_queues WHERE agent_id = ?", agent_id)
    all_queues = pg.query(url, "SELECT id FROM queues")
    ids = all_queues if role == "supervisor" else queues
    viewer = Viewer(agent_id, role == "supervisor", frozenset(_int(q[0]) for q in ids))
    rows: list[tuple[Any, ...]] = pg.query(
        url,
        "SELECT seq, queue_id, agent_id FROM events WHERE seq > ? AND seq <= ? ORDER BY seq",
        after,
        upto,
    )
    return [int(s) for s, q, a in rows if viewer.sees(q, a)]


@pytest.mark.asyncio
async def test_a_desk_behind_the_balancer_survives_its_process_being_killed(
    centre: Centre, tmp_path: Path
) -> None:
    ports = {int(p["pid"]): int(p["port"]) for p in centre.processes}
    index_of = {int(p["pid"]): int(p["index"]) for p in centre.processes}
    session = await sign_in(centre.url, "agent01", "demo")
    cache = RecordingCache(tmp_path / "desk.sqlite")
    cache.open()
    ws_url = centre.url.replace("http://", "ws://", 1) + "/ws"
    engine = SyncEngine(cache, ws_url, session.token, backoff=Backoff(base=0.1, cap=1.0))
    links: list[Link] = []
    moved = asyncio.Event()  # set on every state or change the engine publishes

    def on_state(state: ConnectionState) -> None:
        links.append(state.link)
        moved.set()

    engine.on_state = on_state
    engine.on_changes = lambda _changes: moved.set()
    task = asyncio.create_task(engine.run())
    try:
        await asyncio.wait_for(engine.wait_idle(), 120)
        start = (await cache.state()).cursor
        holder: int = await wait_until_async(
            lambda: socket_holder(centre, ports) or 0, 20, message="no process holds the desk"
        )
        taken = [await asyncio.to_thread(intake, centre.url, body=f"before {n}") for n in range(5)]
        os.kill(holder, signal.SIGKILL)
        # Intake through the balancer goes on while the process is down: nginx passes the
        # requests that could not connect to the survivor.
        for n in range(5):
            taken.append(await asyncio.to_thread(intake, centre.url, body=f"after {n}"))
        # Then somebody else takes its port before the restart binds it (a restart first
        # spends seconds importing): the launcher must bring the process back on another
        # port and point nginx there.
        squatter = PortSquatter(ports[holder])
        await asyncio.to_thread(wait_until, squatter.take, 5, 0.02, "port not taken")
        db = centre.db_url()
        upto = max(int(t["seq"]) for t in taken)

        async def caught_up() -> bool:
            return (await cache.state()).cursor >= upto and links.count(Link.ONLINE) >= 2

        async with asyncio.timeout(60):  # the desk catches up, on its second session
            while True:
                moved.clear()
                if await caught_up():
                    break
                with contextlib.suppress(TimeoutError):  # a heartbeat moves it silently
                    await asyncio.wait_for(moved.wait(), 1.0)
        restarted = await wait_until_async(
            lambda: centre.restarted(index_of[holder]) or {}, 120, message="no restart"
        )
        squatter.close()
        async with httpx.AsyncClient(base_url=centre.url, timeout=10) as client:
            answered = {int((await client.get("/api/health")).json()["pid"]) for _ in range(20)}
    finally:
        engine.stop()
        await asyncio.gather(task, return_exceptions=True)
        await asyncio.to_thread(cache.close)

    assert Link.RECONNECTING in links  # it did lose its socket with the killed process
    assert cache.snapshots == 0
    held = [s for s in cache.seqs if start < s <= upto]
    assert len(held) == len(set(held)), "duplicate events"
    assert held == sorted(held)
    assert held == visible_seqs(db, session.agent_id, start, upto)
    messages = {e.id for e in cache.events if e.kind == "message"}
    assert {int(t["message_id"]) for t in taken} <= messages
    assert restarted["pid"] != holder
    assert restarted["port"] != ports[holder]
    assert restarted["pid"] in answered  # nginx was reloaded with the new port


def test_sigterm_stops_nginx_the_servers_and_postgresql(centre: Centre) -> None:
    pids = [int(p["pid"]) for p in centre.processes]
    pids += [int(e["pid"]) for e in centre.lines() if e.get("event") == "restarted"]
    pids += [centre.nginx_pid(), centre.postmaster_pid()]
    nginx_workers = [c.pid for c in psutil.Process(centre.nginx_pid()).children()]
    assert nginx_workers
    centre.proc.send_signal(signal.SIGTERM)
    assert centre.proc.wait(90) == 0, centre.log()
    assert centre.lines()[-1] == {"event": "stopped", "status": 0}
    alive = [pid for pid in [*pids, *nginx_workers] if _alive(pid)]
    assert alive == [], f"still running: {alive}"


def _int(value: object) -> int:
    assert isinstance(value, int)
    return value


def _alive(pid: int) -> bool:
    try:
        return bool(psutil.Process(pid).status() != psutil.STATUS_ZOMBIE)
    except psutil.NoSuchProcess:
        return False
