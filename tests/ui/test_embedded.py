"""The embedded server helper: start, find the URL, report failures, stop (no Qt)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import httpx
import pytest

from desktop.sync.embedded import EmbeddedServer, EmbeddedServerError, parse_listening

FAKE_SERVER = """
import json, signal, sys, time
print("starting up", flush=True)
print(json.dumps({"event": "listening", "url": "http://127.0.0.1:5555"}), flush=True)
signal.signal(signal.SIGTERM, lambda *a: sys.exit(0))
while True:
    time.sleep(0.05)
"""

BROKEN_SERVER = """
import sys
print("database is locked", file=sys.stderr, flush=True)
sys.exit(3)
"""


class ScriptServer(EmbeddedServer):
    """Runs a small script instead of the real server."""

    def __init__(self, data_dir: Path, script: str, *, start_timeout: float = 30.0) -> None:
        super().__init__(data_dir, start_timeout=start_timeout)
        self.script = script

    def command(self) -> list[str]:
        return [sys.executable, "-c", self.script]


def test_parse_listening() -> None:
    assert parse_listening('{"event": "listening", "url": "http://127.0.0.1:8"}\n') == (
        "http://127.0.0.1:8"
    )
    assert parse_listening('{"event": "other"}') is None
    assert parse_listening("INFO uvicorn running") is None
    assert parse_listening("{not json") is None


def test_the_command_line_of_the_embedded_default(tmp_path: Path) -> None:
    cmd = EmbeddedServer(tmp_path).command()
    assert cmd[1:] == [
        "-m",
        "cli.main",
        "server",
        "--port",
        "0",
        "--db",
        str(tmp_path / "server.sqlite3"),
        "--exit-with",
        str(os.getpid()),
        "--demo",
        "--simulate",
        "3",
    ]


def test_start_waits_for_the_url_and_stop_ends_the_child(tmp_path: Path) -> None:
    server = ScriptServer(tmp_path, FAKE_SERVER)
    assert server.start() == "http://127.0.0.1:5555"
    assert server.running
    server.stop()
    assert not server.running
    server.stop()  # twice is fine


def test_a_dying_child_reports_its_stderr(tmp_path: Path) -> None:
    server = ScriptServer(tmp_path, BROKEN_SERVER)
    with pytest.raises(EmbeddedServerError, match="database is locked"):
        server.start()


def test_a_silent_child_times_out(tmp_path: Path) -> None:
    server = ScriptServer(tmp_path, "import time; time.sleep(30)", start_timeout=0.5)
    with pytest.raises(EmbeddedServerError, match="did not start"):
        server.start()
    assert not server.running


def test_the_real_server_starts_and_stops(tmp_path: Path) -> None:
    server = EmbeddedServer(tmp_path, simulate=None)
    url = server.start()
    try:
        assert httpx.get(f"{url}/api/health", timeout=5).status_code == 200
    finally:
        server.stop()
    assert not server.running
    assert (tmp_path / "server.sqlite3").exists()
