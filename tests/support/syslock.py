"""A lock shared by every test process on the machine (the suite runs on two xdist
workers): tests that use one system service (postfix on port 25, dovecot on 143) hold
it while they configure and use the service, so two workers never reconfigure it under
each other."""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_DIR = Path("/tmp/frontline-test-locks")


@contextmanager
def system_lock(name: str) -> Iterator[None]:
    """Hold the machine-wide lock ``name`` (blocking until the other worker lets go)."""
    LOCK_DIR.mkdir(mode=0o700, exist_ok=True)
    with (LOCK_DIR / f"{name}.lock").open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
