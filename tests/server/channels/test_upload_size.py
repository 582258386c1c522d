"""An agent's attachment upload is held to the server's attachment limit, not the 64 KiB
every other JSON route has: a 3 MiB file goes through, one over the limit is refused."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests.support.client import login
from tests.support.server_proc import ServerProcess, make_factory

LIMIT = 4 * 1024 * 1024


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    factory, started = make_factory(tmp_path_factory.mktemp("upload"))
    yield factory()
    for one in started:
        one.stop()


def _upload(server: ServerProcess, token: str, data: bytes) -> httpx.Response:
    headers = {
        "Authorization": f"Bearer {token}",
        "X-Filename": "scan.pdf",
        "Content-Type": "application/pdf",
    }
    return httpx.post(f"{server.url}/api/attachments", content=data, headers=headers, timeout=30)


def test_a_large_file_within_the_limit_uploads_and_one_beyond_is_refused(
    server: ServerProcess,
) -> None:
    token = login(server.url, "agent01")
    big = _upload(server, token, b"%PDF" + b"x" * (3 * 1024 * 1024))
    assert big.status_code == 200, big.text
    assert big.json()["size"] == 3 * 1024 * 1024 + 4
    too_big = _upload(server, token, b"x" * (21 * 1024 * 1024))
    assert too_big.status_code == 413
