"""Demo canned replies: load ``resources/canned`` into a demo server, through the import.

The same files ``frontline canned import resources/canned`` sends (so the CLI can be shown
with them), read here because the seed runs inside the server before any CLI exists and
the server may not import ``cli`` or ``desktop``. Each file is validated with the very
model the import endpoint uses, then :func:`server.domains.canned.importer.import_replies`
writes them and their events, so demo and imported replies cannot differ. A file that
does not validate is logged and skipped (``frontline canned check`` is the full checker).

Seeding runs while the database has no canned replies at all, also for a demo database
made before canned replies existed, so an existing embedded desk gains them.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import sqlalchemy as sa
import yaml
from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncEngine

from protocol.rest import CannedFile, CannedImport
from server.core.sqlite_log import append, latest_and_floor
from server.domains.canned import importer
from server.domains.canned import tables as t

log = logging.getLogger(__name__)

CANNED_DIR = Path(__file__).resolve().parents[2] / "resources" / "canned"


def load_demo_canned(root: Path = CANNED_DIR) -> CannedImport:
    """The reply files under ``root`` (YAML or JSON, sorted by name) as an import body."""
    replies: list[CannedFile] = []
    files = sorted(p for p in root.rglob("*") if p.suffix.lower() in (".yaml", ".yml", ".json"))
    for file in files:
        try:
            text = file.read_text(encoding="utf-8")
            data = json.loads(text) if file.suffix.lower() == ".json" else yaml.safe_load(text)
            replies.append(CannedFile.model_validate(data))
        except (OSError, ValueError, ValidationError, yaml.YAMLError) as exc:
            log.warning("demo canned reply %s skipped: %s", file.name, exc)
    return CannedImport(replies=replies)


async def seed_canned_if_empty(engine: AsyncEngine, root: Path = CANNED_DIR) -> bool:
    """Import the demo replies unless the database already has canned replies.

    Runs at startup before the event log is opened, so it appends after the stored
    latest seq itself (nothing else writes yet).
    """
    async with engine.connect() as conn:
        count = (
            await conn.execute(sa.select(sa.func.count()).select_from(t.canned_replies))
        ).scalar()
    if count:
        return False
    body = load_demo_canned(root)
    if not body.replies:
        return False
    latest, _floor = await latest_and_floor(engine)
    async with engine.begin() as conn:
        result, drafts = await importer.import_replies(conn, body)
        await append(conn, drafts, after_seq=latest)
    log.info(
        "seeded demo canned replies: %d created, %d problem(s)",
        result.created,
        len(result.problems),
    )
    return True
