"""Three processes started at once against one empty PostgreSQL database: the setup lock
(``server.db.engine.setup_lock``) lets exactly one migrate and seed, the others find the
schema, the epoch and the demo data made and serve the same database.

PostgreSQL only, on a database of its own: it runs once, in the first (SQLite) pass."""

from __future__ import annotations

import concurrent.futures
from pathlib import Path

import httpx
import pytest

from tests.support import pg
from tests.support.server_proc import ServerProcess

pytestmark = pytest.mark.skipif(
    pg.on_postgres(), reason="starts its own PostgreSQL database: runs in the first pass only"
)


def test_three_processes_set_up_one_database_once(tmp_path: Path) -> None:
    url = pg.new_database("setup")
    servers = [ServerProcess(tmp_path / f"s{i}.db", ["--demo"], db_url=url) for i in range(3)]
    try:
        with concurrent.futures.ThreadPoolExecutor(3) as pool:
            list(pool.map(ServerProcess.start, servers))
        epochs = {httpx.get(f"{s.url}/api/health").json()["epoch"] for s in servers}
        assert len(epochs) == 1
        assert pg.query(url, "SELECT count(*) FROM meta WHERE key = 'epoch'") == [(1,)]
        assert pg.query(url, "SELECT count(*) FROM alembic_version") == [(1,)]
        seeded = [s for s in servers if "seeded demo data" in s.log_text()]
        assert len(seeded) == 1
        assert pg.query(url, "SELECT count(*) FROM agents") == [(11,)]
        assert pg.query(url, "SELECT count(*) FROM articles") == [(60,)]
        count, distinct, low, high = pg.query(
            url, "SELECT count(*), count(DISTINCT seq), min(seq), max(seq) FROM events"
        )[0]
        assert (count, distinct, low) == (high, high, 1)
    finally:
        for server in servers:
            server.stop()
