"""Helpers for the privacy tests: a customer with personal data everywhere (messages,
an order, a survey comment, a callback), the supervisor routes, and dumps of every text
a SQLite file holds."""

from __future__ import annotations

import asyncio
import itertools
import time
import uuid
from pathlib import Path
from typing import Any

import httpx

from desktop.store.connection import open_connection
from desktop.store.keyfile import file_key
from protocol.frames import CaughtUp, parse_server_frame
from tests.server.helpers import auth
from tests.support import db
from tests.support.client import hello, login, open_ws
from tests.support.server_proc import ServerProcess

_serial = itertools.count(1)
FTS_SEGMENTS = ("_fts_data", "_fts_idx")
"""The desk's FTS5 segment tables: binary b-trees, read by :func:`index_bytes` (a text dump
of them proves nothing). A deleted row's terms stay in them until a merge rewrites them,
and ``fts5vocab`` hides such terms, so only the raw blocks show the residue."""


def person(url: str, queue: str = "General") -> dict[str, Any]:
    """A customer who wrote twice (chat), with an order, a survey comment and a callback;
    the returned dict holds the personal strings that must vanish on erase."""
    tag = uuid.uuid4().hex[:10]
    n = next(_serial)
    data: dict[str, Any] = {
        "name": f"Privacy Person {tag}",
        "email": f"privacy.{tag}@example.com",
        "phone": f"+35850{n:03d}{int(tag[:4], 16) % 10000:04d}",
        "texts": [f"my secret text {tag} one", f"my secret text {tag} two"],
        "comment": f"survey comment {tag}",
        "tracking": f"TRK{tag.upper()}",
    }
    customer = {"ref": data["email"], "name": data["name"], "email": data["email"]}
    customer["phone"] = data["phone"]
    first: dict[str, Any] = {}
    for text in data["texts"]:
        body = {"channel": "email", "customer": customer, "body": text, "queue": queue}
        answer = httpx.post(f"{url}/api/intake/messages", json=body, timeout=10)
        answer.raise_for_status()
        first = first or answer.json()
    data.update(
        id=first["customer_id"],
        conversation_id=first["conversation_id"],
        conversation_token=first["conversation_token"],
        survey_token=first["survey_token"],
    )
    survey = {"token": data["survey_token"], "kind": "csat", "score": 4, "comment": data["comment"]}
    httpx.post(f"{url}/api/intake/survey", json=survey, timeout=10).raise_for_status()
    callback = {
        "conversation_token": data["conversation_token"],
        "due_at": time.time() + 30 * 86_400,
        "phone": data["phone"],
        "note": f"call about {tag}",
    }
    httpx.post(f"{url}/api/intake/callbacks", json=callback, timeout=10).raise_for_status()
    return data


def add_order(url: str, token: str, data: dict[str, Any]) -> None:
    """An order for the person, with a tracking code that erase must clear."""
    order = {
        "external_id": f"priv-{data['id']}",
        "number": f"PR-{data['id']}",
        "customer_id": data["id"],
        "currency": "EUR",
        "total_minor": 4200,
        "status": "shipped",
        "placed_at": "2026-11-03T10:00:00Z",
        "carrier": "Posti",
        "tracking_code": data["tracking"],
        "tracking_url": f"https://track.example/{data['tracking']}",
        "items": [{"sku": "A-1", "title": "Socks", "quantity": 1, "unit_minor": 4200}],
    }
    answer = httpx.post(
        f"{url}/api/commerce/orders/import",
        json={"orders": [order]},
        headers=auth(token),
        timeout=30,
    )
    answer.raise_for_status()


def secrets_of(data: dict[str, Any]) -> list[str]:
    """Every personal string of :func:`person` (the phone in its stored E.164 form)."""
    phone_digits = data["phone"].lstrip("+")
    return [
        data["name"],
        data["email"],
        phone_digits,
        data["comment"],
        data["tracking"],
        *data["texts"],
        *data.get("extra", []),
    ]


def dump(target: db.Target, *, desk: bool = False) -> str:
    """Every value of every table of the server's database (SQLite file, WAL included, or
    PostgreSQL) as one text; ``desk``: an encrypted desk cache at path ``target``, opened
    with its key file as the desk does."""
    if not desk:
        return db.dump(target)
    path = Path(str(target))
    conn = open_connection(path, file_key(path), readonly=True)
    try:
        names = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not r[0].endswith(FTS_SEGMENTS)
        ]
        parts: list[str] = []
        for name in names:
            for row in conn.execute(f'SELECT * FROM "{name}"'):
                parts.append(" ".join(str(v) for v in row))
        return "\n".join(parts)
    finally:
        conn.close()


def index_bytes(path: Path) -> bytes:
    """Every block of every FTS5 index of a desk cache. Terms are stored prefix-compressed
    against their neighbour, so look for a term's tail, not the whole term."""
    conn = open_connection(path, file_key(path), readonly=True)
    try:
        tables = [
            str(r[0])
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE name LIKE '%\\_fts\\_data' ESCAPE '\\'"
            )
        ]
        return b"".join(
            bytes(r[0]) for t in tables for r in conn.execute(f'SELECT block FROM "{t}"') if r[0]
        )
    finally:
        conn.close()


def query(target: db.Target, sql: str, *args: object, desk: bool = False) -> list[tuple[Any, ...]]:
    """Rows of one read of the server's database (SQLite or PostgreSQL), or of a desk's
    cache at path ``target`` (read-only)."""
    if not desk:
        return db.rows(target, sql, *args)
    path = Path(str(target))
    conn = open_connection(path, file_key(path), readonly=True)
    try:
        return list(conn.execute(sql, args))
    finally:
        conn.close()


def execute(target: db.Target, sql: str, *args: object) -> None:
    """One write to the server's database from outside (to age a conversation)."""
    db.execute(target, sql, *args)


async def replay_from_zero(server: ServerProcess, username: str, last_seq: int = 0) -> str:
    """Every frame a brand-new desk of ``username`` receives up to ``caught_up`` (or one
    that was offline since ``last_seq``: its replay comes from the in-memory ring)."""
    token = await asyncio.to_thread(login, server.url, username)
    ws = await open_ws(server.ws_url)
    try:
        await hello(ws, token, client_id=f"fresh-{username}-desk-{last_seq:04d}", last_seq=last_seq)
        texts: list[str] = []
        async with asyncio.timeout(60):
            while True:
                raw = await ws.recv()
                text = raw if isinstance(raw, str) else raw.decode()
                texts.append(text)
                if isinstance(parse_server_frame(text), CaughtUp):
                    return "\n".join(texts)
    finally:
        await ws.close()
