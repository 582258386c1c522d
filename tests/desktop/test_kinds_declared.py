"""Every replicated kind has exactly one store declaration on the desk, and each
declaration matches the protocol and the cache's schema."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from desktop.models.changes import Changes
from desktop.store import drafts, schema
from desktop.store.kinds import STORE_KIND_BY_NAME, STORE_KINDS
from desktop.sync.workforce import ADHERENCE_TOPIC, KPI_TOPIC
from protocol.entities import ENTITY_KINDS, MODEL_BY_KIND

ROOT = Path(__file__).resolve().parents[2]
FIXED_FIELDS = {"outbox", "reset", "notices", "merge", "touched", "of_topics"}


def test_every_protocol_kind_has_one_store_declaration() -> None:
    declared = [k.kind for k in STORE_KINDS]
    assert len(declared) == len(set(declared)), "a kind is declared twice"
    missing = set(ENTITY_KINDS) - set(declared)
    assert not missing, f"kinds without a store declaration: {sorted(missing)}"


def test_no_declaration_names_a_kind_the_protocol_does_not_know() -> None:
    unknown = set(STORE_KIND_BY_NAME) - set(ENTITY_KINDS)
    assert not unknown, f"store declarations of unknown kinds: {sorted(unknown)}"
    for kind in STORE_KINDS:
        assert MODEL_BY_KIND[kind.kind] is kind.model


def test_declared_columns_exist_in_the_model_and_the_migrated_table() -> None:
    migrations = {m.__name__ for m in schema.MIGRATIONS}
    conn = sqlite3.connect(":memory:")
    schema.migrate(conn)
    for kind in STORE_KINDS:
        assert kind.migration in migrations, f"{kind.kind}: no migration {kind.migration}"
        assert kind.columns[0] == "id"
        table = {r[1] for r in conn.execute(f"PRAGMA table_info({kind.table})")}
        written = set(kind.columns) | {name for name, _ in kind.fixed}
        assert written <= table, f"{kind.kind}: {sorted(written - table)} not in {kind.table}"
        if kind.row is None:  # the default row reads the model's attributes of those names
            assert set(kind.columns) <= set(kind.model.model_fields), kind.kind


def test_every_change_the_ui_reads_is_a_declared_topic() -> None:
    """``Changes`` answers any topic (an empty set if untouched), so a misspelt topic in
    the UI would never refresh anything: each one read must be raised by some kind."""
    # Besides the replicated kinds' topics: the desk-only drafts (desktop/store/drafts.py)
    # and the REST caches of the workforce client (KPI reports, adherence days).
    topics = {k.topic for k in STORE_KINDS} | FIXED_FIELDS | {drafts.TOPIC}
    topics |= {KPI_TOPIC, ADHERENCE_TOPIC}
    read: set[str] = set()
    for path in (ROOT / "desktop").rglob("*.py"):
        read.update(re.findall(r"\bchanges\.([a-z_]+)\b", path.read_text(encoding="utf-8")))
    read -= {"append", "connect", "emit", "disconnect"}  # lists and Qt signals of that name
    assert read <= topics, f"topics nobody raises: {sorted(read - topics)}"
    assert Changes(conversations={1}).conversations == {1}
    assert not Changes().queues
