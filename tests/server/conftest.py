"""Fixtures for server tests: a shared demo server per module, and a factory for more."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.server_proc import ServerProcess, make_factory, server_factory

__all__ = ["demo_server", "server_factory"]


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """One demo server shared by a module's tests (they must not depend on each other's
    writes: each uses its own customers and conversations)."""
    factory, started = make_factory(tmp_path_factory.mktemp("demo"))
    yield factory()
    for server in started:
        server.stop()
