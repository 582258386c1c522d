"""Server settings: one frozen value built by the CLI (or a test) and passed down.

No globals: every component receives the settings it needs from the composition root
(:func:`server.app.create_app`), so several servers can run in one process in tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    """How one server instance runs.

    ``retain_events`` is how many of the newest events compaction keeps (``None`` keeps
    all); ``simulate_rate`` is simulated inbound messages per minute (``0`` = off).
    """

    db_path: Path
    host: str = "127.0.0.1"
    port: int = 0
    demo: bool = False
    retain_events: int | None = None
    heartbeat_interval: float = 10.0
    token_ttl: float = 12 * 3600.0
    intake_key: str | None = None
    simulate_rate: float = 0.0
    hello_timeout: float = 10.0

    @property
    def database_url(self) -> str:
        """The async SQLAlchemy URL of the database."""
        return f"sqlite+aiosqlite:///{self.db_path}"
