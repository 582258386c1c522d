"""The server's files on disk are private: database, WAL, shared memory and lock 0600, a
directory the server creates 0700; checked on real ``frontline server`` processes."""

from __future__ import annotations

import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.server_proc import ROOT, ServerProcess
from tests.support.waiting import wait_until


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def side(db: Path, suffix: str) -> Path:
    return db.with_name(db.name + suffix)


@pytest.mark.sqlite_only
def test_database_wal_shm_and_lock_are_0600(tmp_path: Path) -> None:
    # a shared directory and a world-readable empty file the operator made beforehand
    directory = tmp_path / "shared"
    directory.mkdir()
    directory.chmod(0o755)
    db = directory / "frontline.sqlite"
    db.touch()
    db.chmod(0o644)
    server = ServerProcess(db, ["--demo"]).start()
    try:
        files = [db, side(db, "-wal"), side(db, "-shm"), side(db, ".lock")]
        wait_until(lambda: all(p.exists() for p in files), message="files missing")
        for path in files:
            assert mode(path) == 0o600, (path, oct(mode(path)))
    finally:
        server.stop()
    assert mode(directory) == 0o755  # an existing directory is left alone...
    log = server.log_text()
    assert f"database directory {directory} is accessible to other users (mode 755)" in log
    assert f"{db} was accessible to other users (mode 644): now 600" in log  # ...files not


def test_a_new_directory_is_0700(tmp_path: Path) -> None:
    db = tmp_path / "new" / "deeper" / "frontline.sqlite"
    # a parent process that is already gone: the server starts, migrates, announces itself
    # and stops on its own (--exit-with), so this needs no log or stdout files beside it
    parent = subprocess.Popen([sys.executable, "-c", "pass"])
    parent.wait()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "cli.main",
            "server",
            "--port",
            "0",
            "--db",
            str(db),
            "--exit-with",
            str(parent.pid),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert '"event": "listening"' in result.stdout
    assert mode(tmp_path / "new") == 0o700
    assert mode(tmp_path / "new" / "deeper") == 0o700
    assert mode(db) == 0o600
    assert mode(side(db, ".lock")) == 0o600
    for suffix in ("-wal", "-shm", "-journal"):
        if side(db, suffix).exists():
            assert mode(side(db, suffix)) == 0o600
    assert "accessible to other users" not in result.stderr
