"""Where an agent's cache lives: the one name the desk and ``frontline sync`` both use.

One cache per agent, so two agents sharing a machine never share a replica (its key is
per file, too). A username is the server's and may hold anything: the file name keeps
letters, digits and ``_.@-`` and writes ``_`` for everything else (so no name can leave
the data dir: ``/`` never survives, and the ``cache-`` prefix keeps ``..`` a plain name),
and a name too long for a file system is cut and made unique with a hash of the whole
username. These are the names the desk has always used.

``frontline sync`` once wrote ``cache-<username>.sqlite3`` verbatim; a cache under that
name is found and used (with its ``.key`` file and ``-wal``/``-shm``, which sit beside it
under its name) rather than renamed, so a key kept in the keyring under the file's path
keeps matching.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

PREFIX = "cache-"
SUFFIX = ".sqlite3"
MAX_STEM_CHARS = 120
"""Longest username part of a file name; with the prefix, a hash and ``.sqlite3.key``
or ``-wal`` it stays far below the 255 bytes every common file system allows."""
_UNSAFE = re.compile(r"[^A-Za-z0-9_.@-]")


def cache_file_name(username: str) -> str:
    """The cache's file name for ``username`` (see the module's docstring)."""
    stem = _UNSAFE.sub("_", username) or "agent"
    if len(stem) > MAX_STEM_CHARS:
        digest = hashlib.sha256(username.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        stem = f"{stem[: MAX_STEM_CHARS - 17]}+{digest}"
    return f"{PREFIX}{stem}{SUFFIX}"


def _legacy_sync_name(data_dir: Path, username: str) -> Path | None:
    """Where ``frontline sync`` put this agent's cache before the names were one, if that
    name was a plain file name in ``data_dir``."""
    name = f"{PREFIX}{username}{SUFFIX}"
    if not username or "/" in username or "\0" in username or len(name.encode()) > 200:
        return None
    return data_dir / name


def cache_path(data_dir: Path, username: str) -> Path:
    """The cache file of ``username`` in ``data_dir``: the desk's name, or an existing
    cache ``frontline sync`` made under its former name when there is none yet."""
    path = data_dir / cache_file_name(username)
    legacy = _legacy_sync_name(data_dir, username)
    if legacy is not None and legacy != path and not path.exists() and legacy.is_file():
        return legacy
    return path
