"""``/api/attachments`` on a real server: an agent's upload (limits, names, types) and who
may download it; files of inbound mail are covered with the SMTP tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.client import login
from tests.support.server_proc import ServerProcess, make_factory

LIMIT = 20 * 1024 * 1024
"""The default ``max_attachment_bytes`` (no flag sets it)."""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    factory, started = make_factory(tmp_path_factory.mktemp("attach"))
    yield factory()
    for one in started:
        one.stop()


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _upload(server: ServerProcess, token: str, data: bytes, **headers: str) -> httpx.Response:
    return httpx.post(
        f"{server.url}/api/attachments",
        content=data,
        headers={**_auth(token), **headers},
        timeout=10,
    )


def _count(server: ServerProcess) -> int:
    return int(server.rows("SELECT COUNT(*) FROM attachments")[0][0])


def test_an_upload_is_its_uploaders_until_sent(server: ServerProcess) -> None:
    token = login(server.url, "agent01")
    answer = _upload(
        server,
        token,
        b"%PDF-1.4 hello",
        **{
            "X-Filename": "UTF-8''..%2F..%2Fcaf%C3%A9%20menu.pdf",
            "Content-Type": "application/pdf",
        },
    )
    assert answer.status_code == 200, answer.text
    ref = answer.json()
    assert ref["name"] == "café menu.pdf"
    assert ref["content_type"] == "application/pdf"
    assert ref["size"] == len(b"%PDF-1.4 hello")
    got = httpx.get(f"{server.url}/api/attachments/{ref['id']}", headers=_auth(token), timeout=10)
    assert got.status_code == 200
    assert got.content == b"%PDF-1.4 hello"
    assert got.headers["x-content-type-options"] == "nosniff"
    assert got.headers["content-type"].startswith("application/pdf")
    assert "attachment;" in got.headers["content-disposition"]
    assert "filename*=UTF-8''caf%C3%A9%20menu.pdf" in got.headers["content-disposition"]
    for other in ("agent02", "supervisor01"):
        refused = httpx.get(
            f"{server.url}/api/attachments/{ref['id']}",
            headers=_auth(login(server.url, other)),
            timeout=10,
        )
        assert refused.status_code == 404
    files = Path(str(server.db_path).removesuffix(".sqlite") + "-files")
    stored = [p for p in files.rglob("*") if p.is_file()]
    assert stored
    assert all(p.stat().st_mode & 0o077 == 0 for p in stored)


def test_too_large_empty_and_hostile_headers_are_refused_cleanly(server: ServerProcess) -> None:
    token = login(server.url, "agent01")
    before = _count(server)
    assert _upload(server, token, b"x" * (LIMIT + 1)).status_code == 413
    assert _upload(server, token, b"").status_code == 422
    assert _count(server) == before
    odd = _upload(
        server,
        token,
        b"<script>alert(1)</script>",
        **{"X-Filename": "%00%0d%0a..", "Content-Type": "not a type/</script>"},
    )
    assert odd.status_code == 200, odd.text
    assert odd.json()["name"] == "attachment"
    assert odd.json()["content_type"] == "application/octet-stream"
    no_token = httpx.post(f"{server.url}/api/attachments", content=b"x", timeout=10)
    assert no_token.status_code == 401
    assert (
        httpx.get(f"{server.url}/api/attachments/999999", headers=_auth(token)).status_code == 404
    )
    assert httpx.get(f"{server.url}/api/attachments/0", headers=_auth(token)).status_code == 422


def test_an_agent_holds_at_most_fifty_unsent_uploads(server: ServerProcess) -> None:
    token = login(server.url, "agent03")
    for index in range(50):
        kept = _upload(server, token, f"file {index}".encode(), **{"X-Filename": f"{index}.txt"})
        assert kept.status_code == 200, kept.text
    before = _count(server)
    refused = _upload(server, token, b"one too many", **{"X-Filename": "51.txt"})
    assert refused.status_code == 429
    assert _count(server) == before
    other = _upload(server, login(server.url, "agent04"), b"mine", **{"X-Filename": "a.txt"})
    assert other.status_code == 200
