"""Random field values at intake and login, against the real server: never a 500, and
nothing is stored that breaks a later sync (a desk replays the whole log afterwards and
every frame parses)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from protocol.frames import CaughtUp, parse_server_frame
from tests.support.client import hello, login, open_ws
from tests.support.server_proc import ServerProcess

ANY_TEXT = st.text(alphabet=st.characters(codec=None), max_size=300)
"""Any code point, lone surrogates and controls included."""
HOSTILE = st.sampled_from(
    [
        "",
        " ",
        "\x00",
        "\u202e",
        "\ud800",
        "a" * 5000,
        "<b>x</b>",
        "+358 40 123 4567",
        "zh-TW",
        "General",
        "a@b.example",
    ]
)
SCALAR: st.SearchStrategy[Any] = st.one_of(
    ANY_TEXT,
    HOSTILE,
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False),
    st.booleans(),
    st.none(),
)
VALUE = st.one_of(
    SCALAR, st.lists(SCALAR, max_size=3), st.dictionaries(ANY_TEXT, SCALAR, max_size=3)
)


def maybe(value: st.SearchStrategy[Any], valid: Any) -> st.SearchStrategy[Any]:
    return st.one_of(st.just(valid), value)


INTAKE = st.fixed_dictionaries(
    {
        "channel": maybe(VALUE, "chat") | st.sampled_from(["chat", "email", "phone"]),
        "customer": st.one_of(
            VALUE,
            st.fixed_dictionaries(
                {
                    "ref": maybe(VALUE, "fuzz-ref"),
                    "name": maybe(VALUE, "Fuzz"),
                },
                optional={
                    "email": maybe(VALUE, "fuzz@example.com"),
                    "phone": maybe(VALUE, "+358401234567"),
                    "language": maybe(VALUE, "fi"),
                },
            ),
        ),
        "body": maybe(VALUE, "hello"),
    },
    optional={
        "subject": maybe(VALUE, "Subject"),
        "queue": maybe(VALUE, "General"),
        "conversation_token": VALUE,
        "extra": VALUE,
    },
)
LOGIN = st.fixed_dictionaries(
    {"username": maybe(VALUE, "agent01"), "password": maybe(VALUE, "demo")},
    optional={"extra": VALUE},
)


def _post(client: httpx.Client, path: str, payload: object) -> httpx.Response:
    # ensure_ascii keeps lone surrogates transportable as \\ud800 escapes.
    content = json.dumps(payload, ensure_ascii=True).encode()
    return client.post(path, content=content, headers={"Content-Type": "application/json"})


@pytest.fixture(scope="module")
def client(demo_server: ServerProcess) -> Any:
    with httpx.Client(base_url=demo_server.url, timeout=30) as http:
        yield http


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(payload=INTAKE)
def test_intake_never_fails_with_500(client: httpx.Client, payload: dict[str, Any]) -> None:
    response = _post(client, "/api/intake/messages", payload)
    assert response.status_code in (200, 404, 413, 422), response.text[:300]
    assert len(response.content) < 8_000


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(payload=LOGIN)
def test_login_never_fails_with_500(client: httpx.Client, payload: dict[str, Any]) -> None:
    response = _post(client, "/api/login", payload)
    assert response.status_code in (200, 401, 413, 422, 429, 503), response.text[:300]
    assert len(response.content) < 8_000


@pytest.mark.asyncio
async def test_after_the_fuzzing_a_desk_replays_everything(demo_server: ServerProcess) -> None:
    """Runs after the two above: whatever they stored, every frame still parses."""
    token = login(demo_server.url, "supervisor01")
    async with await open_ws(demo_server.ws_url) as ws:
        await hello(ws, token, "after-the-fuzz-01")
        async with asyncio.timeout(60):
            while True:
                frame = parse_server_frame(await ws.recv())
                if isinstance(frame, CaughtUp):
                    break
    assert "Traceback" not in demo_server.log_text()
