"""Log safety on real ``frontline server`` processes: input cannot start or forge a log
line, and tokens, passwords and query strings never reach the log."""

from __future__ import annotations

import asyncio
import io
import logging
import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest

from server.core.logsafe import REDACTED, RedactQuery, SafeFormatter, escape
from tests.support.client import login, open_ws
from tests.support.server_proc import ROOT, ServerProcess, make_factory
from tests.support.waiting import wait_until

FORGED = "INFO forged line"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    factory, started = make_factory(tmp_path_factory.mktemp("logs"))
    yield factory()
    for process in started:
        process.stop()


def forged_lines(text: str) -> list[str]:
    """Lines that start the way a forged record would (no timestamp before the level)."""
    return [line for line in text.splitlines() if line.startswith(("INFO", "ERROR", "WARN"))]


def logged(server: ServerProcess, needle: str) -> bool:
    return needle in server.log_text()


def test_a_username_with_a_newline_stays_on_its_line(server: ServerProcess) -> None:
    username = f"mallory\n{FORGED}\r\n{FORGED} 2\u2028\x1b[2J"
    response = httpx.post(
        f"{server.url}/api/login", json={"username": username, "password": "x"}, timeout=10
    )
    assert response.status_code == 401
    wait_until(lambda: logged(server, "mallory"), message="the refusal was not logged")
    text = server.log_text()
    line = next(line for line in text.splitlines() if "mallory" in line)
    assert FORGED in line  # escaped, on the refusal's own line
    assert "\x1b" not in text
    assert "\u2028" not in text
    assert forged_lines(text) == []


def test_the_server_command_escapes_what_it_logs() -> None:
    """``frontline server`` logs a refused --host verbatim with %s: the formatter the
    command installs is what keeps it on one line."""
    host = f"bad.example\n{FORGED}\u202e"
    result = subprocess.run(
        [sys.executable, "-m", "cli.main", "server", "--db", "unused.sqlite", "--host", host],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "refusing to listen on bad.example\\nINFO forged line\\u202e" in result.stderr
    assert forged_lines(result.stderr) == []
    assert len([line for line in result.stderr.splitlines() if "forged" in line]) == 1


def test_query_strings_tokens_and_passwords_never_logged(server: ServerProcess) -> None:
    password_marker = "Wrong-Password-Marker-7731"
    refused = httpx.post(
        f"{server.url}/api/login",
        json={"username": "agent03", "password": password_marker},
        timeout=10,
    )
    assert refused.status_code == 401
    token = login(server.url, "agent03")
    assert httpx.get(f"{server.url}/api/health?token=SECRET123", timeout=10).status_code == 200
    wait_until(
        lambda: logged(server, f"/api/health{REDACTED}"), message="the access line never came"
    )

    async def websocket_with_query() -> None:
        ws = await open_ws(f"{server.ws_url}?token=SECRET456")
        await ws.close()

    asyncio.run(websocket_with_query())
    wait_until(lambda: logged(server, f"/ws{REDACTED}"), message="the handshake never logged")
    text = server.log_text()
    for secret in ("SECRET123", "SECRET456", token, password_marker):
        assert secret not in text


# --- units ------------------------------------------------------------------------------


def test_escape_covers_line_breaks_controls_and_bidi() -> None:
    assert escape("a\nb\rc\td") == "a\\nb\\rc\\td"
    assert escape("\x00\x1b\x7f\x85\x9f") == "\\x00\\x1b\\x7f\\x85\\x9f"
    assert escape("\u2028\u2029\u202e\u2066\u200f\u061c") == (
        "\\u2028\\u2029\\u202e\\u2066\\u200f\\u061c"
    )
    plain = "Grüße, 你好, émoji 🙂, back\\slash, quote'"
    assert escape(plain) == plain


def make_logger(name: str) -> tuple[logging.Logger, io.StringIO]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(SafeFormatter("%(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger(name)
    logger.handlers = [handler]
    logger.propagate = False
    logger.setLevel(logging.INFO)
    return logger, stream


def test_formatter_keeps_each_message_on_one_line() -> None:
    logger, stream = make_logger("tests.logsafe.one_line")
    logger.info("client %s said hello", f"c1\n{FORGED}")
    logger.warning(f"literal\r\n{FORGED}")
    lines = stream.getvalue().splitlines()
    assert lines == [
        f"INFO tests.logsafe.one_line: client c1\\n{FORGED} said hello",
        f"WARNING tests.logsafe.one_line: literal\\r\\n{FORGED}",
    ]


def test_formatter_leaves_our_tracebacks_multi_line() -> None:
    logger, stream = make_logger("tests.logsafe.traceback")
    try:
        raise ValueError("boom")
    except ValueError:
        logger.exception("failed for %s", "x\ny")
    text = stream.getvalue()
    assert text.startswith("ERROR tests.logsafe.traceback: failed for x\\ny\nTraceback")
    assert "ValueError: boom" in text


def test_redact_query_only_touches_paths() -> None:
    record = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        __file__,
        1,
        '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:5000", "GET", "/api/x?token=abc", "1.1", 200),
        None,
    )
    assert RedactQuery().filter(record)
    assert record.getMessage() == f'127.0.0.1:5000 - "GET /api/x{REDACTED} HTTP/1.1" 200'
