"""Content-addressed file store for attachments (inbound mail parts, agent uploads) and
quarantined raw mails.

A file is named by the SHA-256 of its bytes under ``settings.files_dir`` (two-level fan
out so no directory grows huge): the same attachment sent to many conversations is kept
once, a name can never be chosen by a sender (no path tricks), and rows in the database
only carry the hash. Writes go to a temporary file in the same directory and are renamed
into place, so a crash never leaves a half-written file under a valid name; files are
0600 because they hold customers' data.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path

from server.core.settings import Settings

_SHA = re.compile(r"^[0-9a-f]{64}$")


def path_of(settings: Settings, sha: str) -> Path:
    """Where the file with this SHA-256 lives (whether or not it exists). Raises
    ValueError for anything that is not a lower-case hex SHA-256, so a stored value can
    never point outside the store."""
    if not _SHA.match(sha):
        raise ValueError("not a sha256")
    return settings.files_dir / sha[:2] / sha[2:4] / sha


def store(settings: Settings, data: bytes) -> str:
    """Keep ``data`` and return its SHA-256 (blocking: call from a thread for big files).
    Storing the same bytes twice keeps one file."""
    sha = hashlib.sha256(data).hexdigest()
    target = path_of(settings, sha)
    if target.exists():
        return sha
    settings.files_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".part-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, 0o600)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return sha


def read(settings: Settings, sha: str) -> bytes:
    """The stored bytes (blocking). Raises FileNotFoundError when the file is gone."""
    return path_of(settings, sha).read_bytes()


def remove(settings: Settings, sha: str) -> None:
    """Delete a stored file nothing refers to any more (blocking; gone already is fine)."""
    path_of(settings, sha).unlink(missing_ok=True)


_NAME_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]+")
_CONTENT_TYPE = re.compile(r"^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,62}$")
MAX_NAME_CHARS = 255
DEFAULT_NAME = "attachment"


def clean_name(raw: str | None, fallback: str = DEFAULT_NAME) -> str:
    """A file name safe to show and to save: the last path component only (a sender's
    ``../../etc/passwd`` is ``passwd``), no control or direction-override characters (a
    ``gpj.exe`` shown as ``exe.jpg``), no leading or trailing dots, at most
    255 characters (the extension kept)."""
    name = (raw or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = _NAME_CONTROL.sub("", name).strip(" .\t")
    if not name:
        return fallback
    if len(name) > MAX_NAME_CHARS:
        stem, dot, ext = name.rpartition(".")
        if dot and 0 < len(ext) <= 16:
            name = stem[: MAX_NAME_CHARS - len(ext) - 1] + "." + ext
        else:
            name = name[:MAX_NAME_CHARS]
    return name


def clean_content_type(raw: str | None) -> str:
    """``type/subtype`` in lower case without parameters, or ``application/octet-stream``
    for anything that is not one (it is sent back as a header: no injection)."""
    value = (raw or "").split(";", 1)[0].strip().lower()
    return value if _CONTENT_TYPE.match(value) else "application/octet-stream"
