"""Fixtures for server tests: a shared demo server per module, and a factory for more."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support import pg
from tests.support.server_proc import ServerProcess, make_factory, server_factory

__all__ = ["demo_server", "server_factory"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests marked ``sqlite_only`` test the SQLite file itself (its mode, WAL, the
    single-instance lock): on PostgreSQL there is nothing of theirs to test."""
    if not pg.on_postgres():
        return
    skip = pytest.mark.skip(reason="tests the SQLite file itself: nothing to test on PostgreSQL")
    for item in items:
        if item.get_closest_marker("sqlite_only") is not None:
            item.add_marker(skip)


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """One demo server shared by a module's tests (they must not depend on each other's
    writes: each uses its own customers and conversations)."""
    factory, started = make_factory(tmp_path_factory.mktemp("demo"))
    yield factory()
    for server in started:
        server.stop()
