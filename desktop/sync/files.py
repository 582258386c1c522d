"""Files over REST (issue 12): an email's attachments, fetched on demand into a private
folder beside the cache, the agent's uploads for a reply, and the supervisors' quarantine
of inbound mail.

Attachment bytes are never synced with the messages: a message carries only references
(``AttachmentRef``), and the desk fetches a file the first time the agent opens it
(``GET /api/attachments/{id}``). The bytes go to ``<cache>-files/<id>/<name>`` (folders
0700, the file 0600, written to a temporary name and renamed, so a half-written file is
never opened) and the cache's ``attachment_files`` remembers it, so opening it again
needs no network. Everything is a coroutine on the desk's loop (file reads and writes in
a worker thread): the Qt thread never waits.

Failures are :class:`FileTransferError` with a ``reason`` the UI turns into a sentence:
``too_large`` (beyond the server's limit, or the desk's own before anything is sent),
``not_found`` (gone, or not visible to this agent), ``refused``, ``offline``,
``signed_out``, ``server``.
"""

from __future__ import annotations

import asyncio
import contextlib
import mimetypes
import os
import re
import sqlite3
import time
import urllib.parse
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Literal

import httpx

from desktop.models.rows import AttachmentRow
from desktop.store.cache import Cache
from desktop.store.connection import make_private_dir
from desktop.sync.rest import RestClient, Signed
from protocol.kinds.conversations import MAX_ATTACHMENT_NAME_CHARS, AttachmentRef
from protocol.mail import QuarantineList, QuarantineRelease

Reason = Literal["signed_out", "offline", "server", "not_found", "too_large", "refused"]

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
"""The largest file the desk offers to upload: the server's default
``max_attachment_bytes``. A server configured lower answers 413, which says so too."""
MAX_FETCH_BYTES = 64 * 1024 * 1024
"""An attachment answer bigger than this is refused rather than held in memory."""
MAX_RAW_BYTES = 64 * 1024 * 1024
"""The same for a quarantined mail's raw bytes."""
_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|\u202a-\u202e\u2066-\u2069]")


class FileTransferError(Exception):
    """An upload, fetch or quarantine request that did not happen, and why."""

    def __init__(self, reason: Reason, detail: str = "", status: int = 0) -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason: Reason = reason
        self.detail = detail
        self.status = status


def safe_file_name(name: str, fallback: str) -> str:
    """A sender's file name made safe to create: no folders, control characters, bidi
    overrides or characters Windows refuses; no leading dot (a hidden file); at most
    120 characters with the extension kept (the system viewer goes by it)."""
    base = _UNSAFE_NAME.sub("_", name.replace("\\", "/").rsplit("/", 1)[-1]).strip(" .")
    if not base:
        return fallback
    stem, dot, ext = base.rpartition(".")
    if dot and 0 < len(ext) <= 16 and stem:
        return f"{stem[: 120 - len(ext) - 1]}.{ext}"
    return base[:120]


def files_folder(cache_path: Path) -> Path:
    """The private folder beside the cache file where fetched attachments are kept."""
    return cache_path.with_name(f"{cache_path.stem}-files")


def _write_private(folder: Path, name: str, data: bytes) -> Path:
    """Write ``data`` as ``folder/name`` (0600) through a temporary file and a rename."""
    make_private_dir(folder)
    path = folder / name
    temp = folder / f".{name}.{os.getpid()}.part"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return path


def _intact(path: Path, size: int) -> bool:
    try:
        return path.is_file() and path.stat().st_size == size
    except OSError:
        return False


def _read_upload(path: Path, limit: int) -> bytes:
    size = path.stat().st_size
    if size > limit:
        raise FileTransferError("too_large", f"{size} bytes", 413)
    with path.open("rb") as source:
        data = source.read(limit + 1)
    if len(data) > limit:  # grew since the stat
        raise FileTransferError("too_large", f"more than {limit} bytes", 413)
    return data


class AttachmentFiles(RestClient[Reason]):
    """Uploads and fetches attachments for the signed-in agent (``desktop/app.py`` owns
    one; the conversation pane and the formatted-email view use it)."""

    timeout_s = 60.0
    log_name = "attachments"
    refusals: Mapping[int, Reason] = {
        400: "refused",
        401: "signed_out",
        403: "refused",
        404: "not_found",
        413: "too_large",
        422: "refused",
    }

    def __init__(
        self,
        cache: Cache,
        session: Callable[[], Signed | None],
        transport: httpx.AsyncBaseTransport | None = None,
        *,
        folder: Path | None = None,
    ) -> None:
        super().__init__(session, transport)
        self.cache = cache
        self.folder = folder or files_folder(cache.path)
        self.upload_limit = MAX_UPLOAD_BYTES

    def _error(self, reason: Reason, detail: str = "", status: int = 0) -> FileTransferError:
        return FileTransferError(reason, detail, status)

    async def upload(self, path: Path) -> AttachmentRef:
        """Upload one file for a reply; its reference (whose id goes in the reply's
        ``attachment_ids``). A file over the limit is refused before anything is sent."""
        try:
            data = await asyncio.to_thread(_read_upload, path, self.upload_limit)
        except OSError as exc:
            raise FileTransferError("refused", f"{path.name}: {exc.strerror or exc}") from exc
        name = path.name[:MAX_ATTACHMENT_NAME_CHARS] or "attachment"
        kind = mimetypes.guess_type(name)[0] or "application/octet-stream"
        answer = await self._send(
            "POST",
            "/api/attachments",
            content=data,
            headers={
                "Content-Type": kind,
                "X-Filename": urllib.parse.quote(name, safe=""),
            },
            accept=(200, 201),
        )
        return self._read(AttachmentRef, answer)

    async def local_path(self, attachment_id: int) -> Path | None:
        """The fetched file of an attachment, if this desk has it (and it is intact)."""

        def read(conn: sqlite3.Connection) -> tuple[str, int] | None:
            row = conn.execute(
                "SELECT path, size FROM attachment_files WHERE id = ?", (attachment_id,)
            ).fetchone()
            return (str(row[0]), int(row[1])) if row else None

        found = await self.cache.writer.run(read)
        if found is None:
            return None
        path = Path(found[0])
        return path if await asyncio.to_thread(_intact, path, found[1]) else None

    async def fetch(self, attachment: AttachmentRow) -> Path:
        """The attachment's file on this machine: fetched now unless already kept."""
        kept = await self.local_path(attachment.id)
        if kept is not None:
            return kept
        answer = await self._send("GET", f"/api/attachments/{attachment.id}")
        data = answer.content
        if len(data) > MAX_FETCH_BYTES:
            raise FileTransferError("too_large", f"{len(data)} bytes")
        name = safe_file_name(attachment.name, f"attachment-{attachment.id}")
        folder = self.folder / str(attachment.id)
        path = await asyncio.to_thread(_write_private, folder, name, data)

        def remember(conn: sqlite3.Connection) -> None:
            with conn:
                conn.execute(
                    "INSERT OR REPLACE INTO attachment_files (id, path, size, fetched_at)"
                    " VALUES (?, ?, ?, ?)",
                    (attachment.id, str(path), len(data), time.time()),
                )

        await self.cache.writer.run(remember)
        return path


class MailQuarantine(RestClient[Reason]):
    """The supervisors' quarantine of inbound mail (``/api/mail/quarantine``): list,
    raw bytes, release into a conversation, delete. Nothing of it is cached."""

    timeout_s = 30.0
    log_name = "quarantine"
    refusals: Mapping[int, Reason] = {
        401: "signed_out",
        403: "refused",
        404: "not_found",
        409: "refused",
        422: "refused",
    }

    def _error(self, reason: Reason, detail: str = "", status: int = 0) -> FileTransferError:
        return FileTransferError(reason, detail, status)

    async def items(self) -> QuarantineList:
        return self._read(QuarantineList, await self._send("GET", "/api/mail/quarantine"))

    async def raw(self, item_id: int) -> bytes:
        answer = await self._send("GET", f"/api/mail/quarantine/{item_id}/raw")
        if len(answer.content) > MAX_RAW_BYTES:
            raise FileTransferError("too_large", f"{len(answer.content)} bytes")
        return answer.content

    async def release(self, item_id: int) -> QuarantineRelease:
        answer = await self._send("POST", f"/api/mail/quarantine/{item_id}/release")
        return self._read(QuarantineRelease, answer)

    async def delete(self, item_id: int) -> None:
        await self._send("DELETE", f"/api/mail/quarantine/{item_id}", accept=(200, 204))


async def save_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to a file the supervisor chose (a worker thread)."""
    await asyncio.to_thread(path.write_bytes, data)
