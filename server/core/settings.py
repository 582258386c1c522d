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

    Every limit of hostile input that is a policy (not a protocol constant) lives here, so
    a centre can tune it and tests can shrink it.

    ``retain_events`` is how many of the newest events compaction keeps (``None`` keeps
    all); ``simulate_rate`` is simulated inbound messages per minute (``0`` = off).
    """

    db_path: Path
    """The SQLite file; with ``db_url`` only the anchor of ``files_dir``'s default."""
    db_url: str = ""
    """A PostgreSQL URL (``postgresql+asyncpg://...``): the server runs on it instead of
    ``db_path`` and may share it with other server processes (docs/scale-out.md)."""
    files_path: Path | None = None
    """Where attachments are stored (``--files-dir``); every process of one centre must
    see the same directory. Defaults to ``<db>-files`` beside the SQLite file."""
    host: str = "127.0.0.1"
    port: int = 0
    demo: bool = False
    retain_events: int | None = None
    heartbeat_interval: float = 10.0
    token_ttl: float = 12 * 3600.0
    intake_keys: tuple[tuple[str, str], ...] = ()
    """``(channel, key)`` pairs; channel ``"*"`` is every channel. Outside demo mode the
    intake API is closed to a channel that has no key."""
    simulate_rate: float = 0.0
    hello_timeout: float = 10.0
    # Sign-in throttling (server/throttle.py): failures per username / per client address
    # within ``login_window`` seconds before a lock-out of ``login_lockout`` seconds, doubling
    # on each further lock-out up to ``login_lockout_max``; argon2 verifications at once and
    # sign-ins allowed to wait for one.
    login_user_failures: int = 5
    login_address_failures: int = 20
    login_window: float = 900.0
    login_lockout: float = 60.0
    login_lockout_max: float = 3600.0
    login_concurrency: int = 2
    login_queue: int = 32

    ws_frame_rate: float = 50.0
    """Frames per second one desk may send on average (a token bucket)..."""
    ws_frame_burst: int = 500
    """...and in one burst (a desk flushing a long outbox). Beyond it the server stops
    reading that socket until the bucket refills: backpressure, nothing is dropped."""
    ws_bad_frames: int = 20
    """Bad frames from one connection within ``ws_bad_window`` seconds before it is closed."""
    ws_bad_window: float = 60.0
    presence_grace: float = 60.0
    """Seconds an agent's last desk may stay disconnected before they are away (offline
    for routing); a reconnect within it changes nothing."""

    # Real channels (issue 12; server/channels). Each is off until its flag is given.
    smtp_port: int | None = None
    """Inbound SMTP listener (aiosmtpd) on ``host``: a centre's MTA relays its support
    domain here. Needs ``mail_domain``."""
    mail_domain: str | None = None
    """The support domain: ``<queue>@domain`` picks a queue, ``support+<token>@domain``
    a conversation; our Message-IDs and reply addresses are minted in it."""
    smtp_relay: tuple[str, int] | None = None
    """Where replies leave (aiosmtplib); without one, email replies fail visibly."""
    imap_url: str | None = None
    """Optional second way in: ``imap://user:password@host:port/MAILBOX`` polled."""
    imap_interval: float = 30.0
    public_url: str | None = None
    """The address customers reach the server at (links in survey and transcript mails);
    defaults to ``http://host:port``."""
    max_mail_bytes: int = 25 * 1024 * 1024
    """Largest inbound email (the SMTP ``SIZE``); larger ones are refused with 552."""
    max_attachment_bytes: int = 20 * 1024 * 1024
    """Largest single attachment kept (inbound part or agent upload)."""
    delivery_retry_base: float = 2.0
    """First retry delay of a failed delivery in seconds; doubles each attempt."""
    delivery_max_attempts: int = 6
    """Attempts before a temporary failure becomes ``failed``."""
    max_chat_sessions: int = 2000
    """Open web chat sockets at once; one more is refused with a clear close reason."""
    sip_ctrl: tuple[str, int] | None = None
    """The centre's SIP endpoint: a baresip ``ctrl_tcp`` address the adapter drives."""
    sip_listen: str | None = None
    """When set (``ADDR:PORT``), the server starts that baresip itself listening there."""
    sip_queue: str = "General"
    """The queue inbound SIP calls are offered to."""

    @property
    def files_dir(self) -> Path:
        """Where attachments are stored, content-addressed (``--files-dir``, or beside the
        SQLite file)."""
        if self.files_path is not None:
            return self.files_path
        return self.db_path.with_name(self.db_path.stem + "-files")

    @property
    def on_postgres(self) -> bool:
        """Whether the database is PostgreSQL (shared by several processes)."""
        return bool(self.db_url)

    @property
    def base_url(self) -> str:
        """The customers' address of this server (``public_url`` or ``http://host:port``)."""
        return (self.public_url or f"http://{self.host}:{self.port}").rstrip("/")

    def intake_key(self, channel: str) -> str | None:
        """The key a channel's intake must present, if any."""
        keys = dict(self.intake_keys)
        return keys.get(channel, keys.get("*"))

    @property
    def database_url(self) -> str:
        """The async SQLAlchemy URL of the database."""
        return self.db_url or f"sqlite+aiosqlite:///{self.db_path}"
