"""The cache's schema and its migrations (``PRAGMA user_version`` counts them).

Each migration is a function of a :class:`sqlite_utils.Database`; they run in order, each
in its own transaction, when a cache is opened. Keep old migrations as they are: a desk
that was last opened months ago walks through all of them. ``docs/cache.md`` describes
every table.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import sqlite_utils

from desktop.knowledge.index import create_schema as create_search_index
from desktop.store import canned_schema, search_schema, workforce_schema


def _v1(db: sqlite_utils.Database) -> None:
    db.table("meta").create({"key": str, "value": str}, pk="key")
    db.table("queues").create({"id": int, "name": str}, pk="id")
    db.table("agents").create(
        {"id": int, "username": str, "display_name": str, "role": str}, pk="id"
    )
    db.table("customers").create(
        {"id": int, "name": str, "email": str, "phone": str, "language": str}, pk="id"
    )
    db.table("conversations").create(
        {
            "id": int,
            "queue_id": int,
            "customer_id": int,
            "customer_name": str,
            "channel": str,
            "status": str,
            "subject": str,
            "language": str,
            "assignee_id": int,
            "created_at": float,
            "updated_at": float,
            "last_message_at": float,
            "last_message_preview": str,
            "message_count": int,
        },
        pk="id",
        not_null={"queue_id", "customer_id", "channel", "status", "last_message_at"},
    )
    db.table("conversations").create_index(["last_message_at", "id"], index_name="conv_by_recent")
    db.table("messages").create(
        {
            "id": int,
            "conversation_id": int,
            "direction": str,
            "author_name": str,
            "author_agent_id": int,
            "body": str,
            "created_at": float,
            "client_ref": str,
            "pending": int,
        },
        pk="id",
        not_null={"conversation_id", "direction", "body", "created_at"},
        defaults={"pending": 0},
    )
    db.table("messages").create_index(["conversation_id", "created_at"], index_name="msg_by_conv")
    db.table("messages").create_index(["client_ref"], index_name="msg_by_client_ref")
    db.table("outbox").create(
        {
            "mutation_id": int,
            "op": str,
            "payload": str,
            "conversation_id": int,
            "undo": str,
            "created_at": float,
            "attempts": int,
        },
        pk="mutation_id",
        defaults={"attempts": 0},
    )


def _v2(db: sqlite_utils.Database) -> None:
    """The knowledge base: replicated articles, scripts and the agent's own votes, the
    desk-only favourites and recently viewed (keyed by slug, so they survive a server
    rebuild), and the search index tables (``kb_*``, see ``desktop.knowledge.index``)."""
    db.table("articles").create(
        {
            "id": int,
            "slug": str,
            "title": str,
            "lang": str,
            "body": str,
            "category": str,
            "section": str,
            "tags": str,
            "status": str,
            "version": int,
            "translations": str,
            "updated_at": float,
            "helpful_up": int,
            "helpful_down": int,
        },
        pk="id",
        not_null={"slug", "title", "lang", "body"},
        defaults={"helpful_up": 0, "helpful_down": 0},
    )
    db.table("articles").create_index(["slug"], index_name="article_by_slug")
    db.table("articles").create_index(["category", "section"], index_name="article_by_section")
    db.table("scripts").create(
        {
            "id": int,
            "slug": str,
            "title": str,
            "lang": str,
            "source": str,
            "version": int,
            "updated_at": float,
        },
        pk="id",
        not_null={"slug", "title", "lang", "source"},
    )
    db.table("scripts").create_index(["slug"], index_name="script_by_slug")
    db.table("votes").create(
        {
            "id": int,
            "article_id": int,
            "agent_id": int,
            "value": int,
            "comment": str,
            "updated_at": float,
            "pending": int,
            "base_value": int,
        },
        pk="id",
        not_null={"article_id", "value"},
        defaults={"pending": 0, "base_value": 0},
    )
    db.table("votes").create_index(["article_id"], index_name="vote_by_article", unique=True)
    db.table("favourites").create({"slug": str, "added_at": float}, pk="slug")
    db.table("recently_viewed").create({"slug": str, "viewed_at": float}, pk="slug")
    db.table("recently_viewed").create_index(["viewed_at"], index_name="recent_by_time")
    create_search_index(db.conn)
    # A desk of the previous build skipped knowledge events it could not parse, so its
    # cursor may already be past them: replay from the start once (idempotent upserts; a
    # compacted log answers with a snapshot) to fill the new tables.
    db.conn.execute("UPDATE meta SET value = '0' WHERE key = 'last_seq'")


def _v3(db: sqlite_utils.Database) -> None:
    """Knowledge images fetched from the server (``asset:<sha256>`` in article bodies)."""
    db.table("kb_assets").create(
        {"sha256": str, "content_type": str, "data": bytes, "fetched_at": float},
        pk="sha256",
        not_null={"content_type", "data", "fetched_at"},
    )


def _v4(db: sqlite_utils.Database) -> None:
    """Replies queued by an older build carry ``<client_id>:<mutation_id>`` as their
    ``client_ref``; the server now answers with a hash of the client id instead (so
    colleagues never see it), so rewrite the pending copies to match."""
    from protocol.frames import client_ref  # lazy: the cold-start paint loads no pydantic

    conn = db.conn
    row = conn.execute("SELECT value FROM meta WHERE key = 'client_id'").fetchone()
    if row is None:
        return
    client_id = str(row[0])
    for message_id, ref in conn.execute(
        "SELECT id, client_ref FROM messages WHERE id < 0 AND client_ref LIKE ?",
        (f"{client_id}:%",),
    ).fetchall():
        mutation_id = str(ref).rpartition(":")[2]
        if mutation_id.isdigit():
            conn.execute(
                "UPDATE messages SET client_ref = ? WHERE id = ?",
                (client_ref(client_id, int(mutation_id)), message_id),
            )


def _v5(db: sqlite_utils.Database) -> None:
    """Agents' presence (``presence`` entities): one row per agent the desk may see (its
    own, or every agent for a supervisor); ``id`` is the agent's id."""
    db.table("presence").create(
        {
            "id": int,
            "state": str,
            "reason": str,
            "since": float,
            "requested": str,
            "requested_reason": str,
            "before_offline": str,
        },
        pk="id",
        not_null={"state", "since"},
        if_not_exists=True,  # a cache set back to an older version runs this again
    )


def _v6(db: sqlite_utils.Database) -> None:
    """Phone calls (``call`` entities), read by the conversation they belong to."""
    db.table("calls").create(
        {
            "id": int,
            "conversation_id": int,
            "queue_id": int,
            "direction": str,
            "caller": str,
            "state": str,
            "provider": str,
            "provider_call_id": str,
            "agent_id": int,
            "offered_at": float,
            "connected_at": float,
            "ended_at": float,
            "state_since": float,
            "talk_seconds": float,
            "hold_seconds": float,
            "end_reason": str,
        },
        pk="id",
        not_null={"conversation_id", "queue_id", "state", "offered_at", "state_since"},
        if_not_exists=True,  # a cache set back to an older version runs this again
    )
    db.table("calls").create_index(["conversation_id"], if_not_exists=True)


def _v7(db: sqlite_utils.Database) -> None:
    """Routing: offers (the agent's ringing offers and work items), routing profiles,
    queues' routing settings and wrap-up codes, callbacks; and the call columns the
    call panel shows (``muted``, ``dtmf``, ``transfer_target``). Lists and maps are JSON."""
    calls = db.table("calls")
    have = {column.name for column in calls.columns}
    for name, kind, default in (
        ("muted", int, 0),
        ("dtmf", str, ""),
        ("transfer_target", str, ""),
    ):
        if name not in have:  # a cache set back to an older version runs this again
            calls.add_column(name, kind, not_null_default=default)
    db.table("offers").create(
        {
            "id": int,
            "agent_id": int,
            "conversation_id": int,
            "queue_id": int,
            "channel": str,
            "call_id": int,
            "callback_id": int,
            "state": str,
            "phase": str,
            "why": str,
            "why_level": int,
            "why_candidates": int,
            "why_waited": float,
            "offered_at": float,
            "expires_at": float,
            "decided_at": float,
            "decline_reason": str,
            "ended_at": float,
            "acw_until": float,
            "wrapup_required": int,
            "wrapup_code": str,
            "wrapup_note": str,
            "wrapped_at": float,
            "talk_seconds": float,
            "hold_seconds": float,
            "acw_seconds": float,
        },
        pk="id",
        not_null={"agent_id", "conversation_id", "queue_id", "state", "phase", "expires_at"},
        if_not_exists=True,
    )
    db.table("offers").create_index(
        ["agent_id", "phase"], index_name="offer_by_agent_phase", if_not_exists=True
    )
    db.table("routing_profiles").create(
        {"id": int, "skills": str, "languages": str, "capacity": str},
        pk="id",
        if_not_exists=True,
    )
    db.table("queue_routing").create(
        {
            "id": int,
            "priority": int,
            "sla_seconds": int,
            "widen_after_seconds": int,
            "min_level": int,
            "acw_seconds": int,
            "wrapup_required": int,
            "wrapup_codes": str,
            "offer_seconds": float,
        },
        pk="id",
        if_not_exists=True,
    )
    db.table("callbacks").create(
        {
            "id": int,
            "conversation_id": int,
            "customer_id": int,
            "queue_id": int,
            "phone": str,
            "due_at": float,
            "note": str,
            "agent_id": int,
            "prefer_agent": int,
            "requested_by": str,
            "state": str,
            "created_at": float,
        },
        pk="id",
        not_null={"conversation_id", "state", "due_at"},
        if_not_exists=True,
    )
    db.table("callbacks").create_index(
        ["conversation_id"], index_name="callback_by_conversation", if_not_exists=True
    )
    # The screen pop lists a ringing customer's recent contacts before the agent answers.
    db.table("conversations").create_index(
        ["customer_id", "last_message_at"], index_name="conv_by_customer", if_not_exists=True
    )


def _v8(db: sqlite_utils.Database) -> None:
    """Drafts (desk-only, never synced): the reply being written in each conversation,
    kept as the agent types so it survives switching, a restart and going offline."""
    db.table("drafts").create(
        {"conversation_id": int, "text": str, "is_note": int, "updated_at": float},
        pk="conversation_id",
        not_null={"text", "is_note", "updated_at"},
        defaults={"is_note": 0},
        if_not_exists=True,
    )


def _v9(db: sqlite_utils.Database) -> None:
    """SLA timers: a queue's next-response target beside its first-response target
    (``sla_seconds``), and open conversations found by status without a scan."""
    queue_routing = db.table("queue_routing")
    if "next_response_seconds" not in {column.name for column in queue_routing.columns}:
        # a cache set back to an older version runs this again
        queue_routing.add_column("next_response_seconds", int, not_null_default=300)
    db.table("conversations").create_index(
        ["status"], index_name="conv_by_status", if_not_exists=True
    )


def _v10(db: sqlite_utils.Database) -> None:
    """Canned replies, shared and personal (``desktop/store/canned_schema.py``)."""
    canned_schema.create(db)


def _v11(db: sqlite_utils.Database) -> None:
    """The conversation search index (``desktop/store/search_schema.py``)."""
    search_schema.create(db)


def _v12(db: sqlite_utils.Database) -> None:
    """A conversation's messages by direction: the SLA timers' "last reply" and "oldest
    unanswered customer message" become index seeks (all timers of 100,000
    conversations: 169 -> 110 ms). Conversations by queue and status was measured too
    and left out: the planner took it for the All view and sorted 66,000 rows instead
    of walking ``conv_by_recent`` (49 -> 78 ms), for 5 ms off the counts."""
    db.table("messages").create_index(
        ["conversation_id", "direction", "created_at"],
        index_name="msg_by_conv_direction",
        if_not_exists=True,
    )


def _v13(db: sqlite_utils.Database) -> None:
    """Customer 360: the customer's profile columns, notes about the person and the
    profiles fetched from the server (``desktop/store/kinds/customers.py``).

    ``tags`` and ``identities`` are JSON text (read whole with the customer, never
    searched in SQL). ``customer_profiles`` is desk-only: the whole
    ``CustomerProfile`` as the server last answered it, so a profile opens offline; a
    snapshot keeps it and an erased customer's upsert drops it. A note written on the desk
    is ``pending`` (id ``-mutation_id``) until the server's copy arrives.
    """
    customers = db.table("customers")
    have = {column.name for column in customers.columns}
    added: tuple[tuple[str, type], ...] = (
        ("timezone", str),
        ("tags", str),
        ("consent_email", int),
        ("consent_phone", int),
        ("consent_marketing", int),
        ("identities", str),
        ("merged_into", int),
        ("erased", int),
        ("updated_at", float),
    )
    for name, kind in added:
        if name not in have:  # a cache set back to an older version runs this again
            customers.add_column(name, kind)
    db.table("customer_notes").create(
        {
            "id": int,
            "customer_id": int,
            "author_id": int,
            "author_name": str,
            "body": str,
            "created_at": float,
            "pending": int,
        },
        pk="id",
        not_null={"customer_id", "body", "created_at", "pending"},
        defaults={"pending": 0},
        if_not_exists=True,
    )
    db.table("customer_notes").create_index(
        ["customer_id", "created_at"], index_name="note_by_customer", if_not_exists=True
    )
    db.table("customer_profiles").create(
        {"customer_id": int, "fetched_at": float, "json": str},
        pk="customer_id",
        not_null={"fetched_at", "json"},
        if_not_exists=True,
    )


def _v14(db: sqlite_utils.Database) -> None:
    """Complaints and follow-up tasks (``complaint``, ``followup_task`` entities).

    ``pending`` marks a row the desk changed and the server has not confirmed yet (a
    complaint opened offline has id ``-mutation_id``). Complaints are read by customer
    (the page's tab) and by queue and state (a supervisor's open complaints); tasks by
    complaint and by assignee, done and due time (the reminders' next due task).
    """
    db.table("complaints").create(
        {
            "id": int,
            "customer_id": int,
            "conversation_id": int,
            "queue_id": int,
            "category": str,
            "severity": str,
            "description": str,
            "wanted": str,
            "contact_channel": str,
            "contact_value": str,
            "contact_confirmed": int,
            "state": str,
            "owner_id": int,
            "escalation": str,
            "escalated_to_id": int,
            "escalation_reason": str,
            "escalated_at": float,
            "resolution": str,
            "satisfaction": int,
            "created_by_id": int,
            "created_at": float,
            "updated_at": float,
            "state_since": float,
            "resolved_at": float,
            "closed_at": float,
            "pending": int,
        },
        pk="id",
        not_null={"customer_id", "queue_id", "state", "created_at", "pending"},
        defaults={"pending": 0},
        if_not_exists=True,  # a cache set back to an older version runs this again
    )
    db.table("complaints").create_index(
        ["customer_id", "created_at"], index_name="complaint_by_customer", if_not_exists=True
    )
    db.table("complaints").create_index(
        ["queue_id", "state"], index_name="complaint_by_queue_state", if_not_exists=True
    )
    db.table("followup_tasks").create(
        {
            "id": int,
            "complaint_id": int,
            "customer_id": int,
            "queue_id": int,
            "assignee_id": int,
            "title": str,
            "due_at": float,
            "done_at": float,
            "created_by_id": int,
            "created_at": float,
            "pending": int,
        },
        pk="id",
        not_null={"complaint_id", "assignee_id", "title", "due_at", "pending"},
        defaults={"pending": 0},
        if_not_exists=True,
    )
    db.table("followup_tasks").create_index(
        ["complaint_id"], index_name="task_by_complaint", if_not_exists=True
    )
    db.table("followup_tasks").create_index(
        ["assignee_id", "done_at", "due_at"], index_name="task_by_assignee_due", if_not_exists=True
    )


def _v15(db: sqlite_utils.Database) -> None:
    """Workforce: shifts, swaps, time off, the policy, KPI reports and adherence days
    (``desktop/store/workforce_schema.py``)."""
    workforce_schema.create(db)


def _v16(db: sqlite_utils.Database) -> None:
    """Real channels (issue 12): a message's delivery state and error, an email's
    sanitised HTML, folded quoted history and attachments (JSON list of references; the
    bytes are fetched on demand into ``attachment_files``)."""
    messages = db.table("messages")
    have = set(messages.columns_dict)
    for name, kind in (
        ("delivery", str),
        ("delivery_error", str),
        ("delivery_attempts", int),
        ("html", str),
        ("quoted", str),
        ("attachments", str),
    ):
        if name not in have:  # idempotent: a test may replay migrations on a newer cache
            messages.add_column(name, kind)
    db.table("attachment_files").create(
        {"id": int, "path": str, "size": int, "fetched_at": float},
        pk="id",
        not_null={"path", "size", "fetched_at"},
        if_not_exists=True,
    )


MIGRATIONS: tuple[Callable[[sqlite_utils.Database], None], ...] = (
    _v1,
    _v2,
    _v3,
    _v4,
    _v5,
    _v6,
    _v7,
    _v8,
    _v9,
    _v10,
    _v11,
    _v12,
    _v13,
    _v14,
    _v15,
    _v16,
)
SCHEMA_VERSION = len(MIGRATIONS)


class CacheTooNewError(RuntimeError):
    """The cache was written by a newer Frontline; opening it could corrupt it."""


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the cache to :data:`SCHEMA_VERSION`; returns the version it was at."""
    db = sqlite_utils.Database(conn)
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise CacheTooNewError(
            f"this cache has schema {version}; this Frontline knows up to {SCHEMA_VERSION}"
        )
    for number in range(version, SCHEMA_VERSION):
        with db.atomic():
            MIGRATIONS[number](db)
            conn.execute(f"PRAGMA user_version = {number + 1}")
    return version
