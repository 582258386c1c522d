"""The work of ``frontline canned check`` and ``import``: read reply files, post them.

Each file is parsed (JSON for ``.json``, YAML otherwise) and validated with
``protocol.rest.CannedFile``, the model the server validates the request with, so a file
that passes here cannot be refused for its values there; only what the server alone knows
(a queue name it does not have) can still come back, named ``queue/shortcut`` and mapped
back to its file here.
"""

from __future__ import annotations

import asyncio
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from cli.import_post import ImportFailedError, post_import
from protocol.rest import CannedFile, CannedImport, CannedImportResult

SUFFIXES = (".yaml", ".yml", ".json")
MAX_FILE_BYTES = 256 * 1024
"""A reply is at most 8 texts of 5,000 characters; a larger file is not a reply."""


@dataclass(frozen=True)
class Problem:
    file: str
    reason: str


@dataclass
class Loaded:
    """The replies of a path (with the file each came from) and the files' problems."""

    replies: list[CannedFile] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


class CannedPathError(Exception):
    """The path is neither a reply file nor a folder."""


def _explain(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors()[:5]:
        where = ".".join(str(p) for p in error["loc"])
        message = str(error["msg"]).removeprefix("Value error, ")
        parts.append(f"{where}: {message}" if where else message)
    return "; ".join(parts)


def parse_file(path: Path) -> CannedFile:
    """One reply file as the import body's item. Raises ``ValueError`` with the reason."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ValueError(f"cannot read: {exc.strerror}") from None
    if len(raw) > MAX_FILE_BYTES:
        raise ValueError(f"larger than {MAX_FILE_BYTES} bytes: not a canned reply")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValueError("not UTF-8 text") from None
    try:
        data = json.loads(text) if path.suffix.lower() == ".json" else yaml.safe_load(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"bad JSON: {exc}") from None
    except yaml.YAMLError as exc:
        raise ValueError(f"bad YAML: {str(exc).splitlines()[0]}") from None
    if not isinstance(data, dict):
        raise ValueError("a canned reply file holds a mapping (shortcut, title, variants)")
    try:
        return CannedFile.model_validate(data)
    except ValidationError as exc:
        raise ValueError(_explain(exc)) from None


def load_path(path: str | Path) -> Loaded:
    """Every reply file under ``path`` (or the one file), sorted by name; a (queue,
    shortcut) in two files is a problem of the second."""
    root = Path(path)
    if root.is_dir():
        files = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
    elif root.is_file():
        files = [root]
    else:
        raise CannedPathError(f"{root}: no such file or folder")
    out = Loaded()
    first: dict[tuple[str, str], str] = {}
    for file in files:
        try:
            reply = parse_file(file)
        except ValueError as exc:
            out.problems.append(Problem(str(file), str(exc)))
            continue
        key = ((reply.queue or "").casefold(), reply.shortcut)
        if key in first:
            where = f"queue {reply.queue}" if reply.queue else "every queue"
            reason = f"/{reply.shortcut} for {where} is already in {first[key]}"
            out.problems.append(Problem(str(file), reason))
            continue
        first[key] = str(file)
        out.replies.append(reply)
        out.files.append(str(file))
    return out


def _post(server: str, token: str, body: CannedImport) -> CannedImportResult:
    return post_import(server, token, "/api/canned/import", body, CannedImportResult)


def import_path(
    path: str, server: str, user: str, password: str, *, prune: bool = False
) -> dict[str, Any]:
    """Load, check, sign in, post; the JSON summary. Problems go to stderr as
    ``file: reason``; with any, nothing is imported (and nothing is sent when the files
    themselves are bad)."""
    from desktop.sync.auth import (
        ServerUnreachableError,
        SignInError,
        TooManyAttemptsError,
        sign_in,
    )

    try:
        loaded = load_path(path)
    except CannedPathError as exc:
        raise ImportFailedError(str(exc), 2) from None
    summary: dict[str, Any] = {
        "created": 0,
        "updated": 0,
        "unchanged": 0,
        "removed": 0,
        "problems": [{"item": p.file, "reason": p.reason} for p in loaded.problems],
        "seq": 0,
    }
    for problem in loaded.problems:
        print(f"{problem.file}: {problem.reason}", file=sys.stderr)
    if loaded.problems:
        print("nothing was imported: fix the files above first", file=sys.stderr)
        return summary
    if not loaded.replies and prune:
        raise ImportFailedError(f"{path}: no reply files; refusing to prune everything", 2)
    try:
        session = asyncio.run(sign_in(server, user, password))
    except (SignInError, TooManyAttemptsError) as exc:
        raise ImportFailedError(f"sign-in failed: {exc}", 2) from None
    except ServerUnreachableError as exc:
        raise ImportFailedError(str(exc), 3) from None
    result = _post(server, session.token, CannedImport(replies=loaded.replies, prune=prune))
    by_name = {
        f"{reply.queue or '*'}/{reply.shortcut}": file
        for reply, file in zip(loaded.replies, loaded.files, strict=True)
    }
    for refused in result.problems:
        file = by_name.get(refused.item, refused.item)
        print(f"{file}: {refused.reason}", file=sys.stderr)
        summary["problems"].append({"item": file, "reason": refused.reason})
    if result.problems:
        print("nothing was imported: fix the files above first", file=sys.stderr)
    for key in ("created", "updated", "unchanged", "removed", "seq"):
        summary[key] = getattr(result, key)
    return summary
