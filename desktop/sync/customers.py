"""The customer directory: find a customer and read their profile from the server, and
keep what was read for offline use (issue 10).

Everything here is a coroutine on the desk's asyncio loop (httpx), so the Qt thread never
waits on the network. A fetched profile is written whole into the cache's
``customer_profiles`` through the cache writer (never from the Qt thread) before it is
returned, so the page opens it again offline. Notes and profile changes go through the
outbox (``SyncEngine.queue_change``): they work offline and are sent when connected.

Failures are :class:`CustomerLookupError` with a ``reason`` the page turns into a sentence in the
agent's language (``offline``: "You are offline; showing what this desk last saw at
14:02"), and the server's own sentence in ``detail`` for a refusal.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Literal, Protocol

import httpx

from desktop.models.changes import Changes
from desktop.store import outbox
from desktop.store.cache import Cache
from desktop.store.kinds.customers import drop_profile, put_profile
from desktop.sync.rest import RestClient, Signed
from protocol.customer360 import (
    MAX_SEARCH_QUERY_CHARS,
    MIN_SEARCH_QUERY_CHARS,
    AuditPage,
    CustomerProfile,
    CustomerSearchResult,
    EraseResult,
    MergeList,
    MergeRequest,
    MergeResult,
    RetentionRun,
    RetentionSettings,
)
from protocol.kinds.customers import CustomerUpdateOp

TIMEOUT_S = 10.0
EXPORT_MAX_BYTES = 64 * 1024 * 1024
"""An export bigger than this is refused rather than held in memory."""

Reason = Literal["signed_out", "offline", "not_found", "refused", "too_short", "server"]


class CustomerLookupError(Exception):
    """A find, profile, export or erase that did not happen, and why (``reason``);
    ``detail`` is the server's sentence for a refusal (422/403), else a short cause."""

    def __init__(self, reason: Reason, detail: str = "", status: int = 0) -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason: Reason = reason
        self.detail = detail
        self.status = status
        """The HTTP status of a refusal (403, 409, 422...); 0 when none came."""


class OutboxEngine(Protocol):
    """What the directory asks of the sync engine (``SyncEngine`` satisfies it)."""

    async def queue_change(self, work: Callable[..., tuple[int, Changes]]) -> int: ...


class CustomerDirectory(RestClient[Reason]):
    """Find customers, read and cache profiles, note and change them.

    ``session`` gives the signed-in session (None: signed out); ``engine`` the sync engine
    (None before sign-in: notes and changes wait for it); ``publish`` receives what a
    stored profile or a queued op changed in the cache (the bridge). The desk owns one
    (``desktop/app.py``); the customer page holds it.
    """

    def __init__(
        self,
        cache: Cache,
        session: Callable[[], Signed | None],
        engine: Callable[[], OutboxEngine | None],
        *,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(session, transport)
        self.cache = cache
        self._engine = engine

    timeout_s = TIMEOUT_S
    log_name = "customer"
    refusals: Mapping[int, Reason] = {
        404: "not_found",
        401: "refused",
        403: "refused",
        400: "refused",
        409: "refused",
        422: "refused",
    }

    def _error(self, reason: Reason, detail: str = "", status: int = 0) -> CustomerLookupError:
        return CustomerLookupError(reason, detail, status)

    # ------------------------------------------------------------------ reads

    async def search(self, query: str) -> CustomerSearchResult:
        """Customers matching a name, email, phone fragment or order number."""
        text = query.strip()
        if len(text) < MIN_SEARCH_QUERY_CHARS:
            raise CustomerLookupError("too_short")
        answer = await self._get(
            "/api/customers/search", params={"q": text[:MAX_SEARCH_QUERY_CHARS]}
        )
        return self._read(CustomerSearchResult, answer)

    async def fetch_profile(self, customer_id: int) -> CustomerProfile:
        """The customer's profile from the server, stored in the cache first. A 404 (an
        unknown, merged away or erased customer) also drops what the cache held."""
        try:
            answer = await self._get(f"/api/customers/{customer_id}/profile")
        except CustomerLookupError as failed:
            if failed.reason == "not_found":
                await self.cache.writer.run(lambda c: drop_profile(c, customer_id))
            raise
        profile = self._read(CustomerProfile, answer)
        await self.cache.writer.run(lambda c: put_profile(c, profile))
        return profile

    async def export(self, customer_id: int) -> bytes:
        """Everything stored about the customer, as the server's JSON (supervisors)."""
        answer = await self._get(f"/api/customers/{customer_id}/export")
        if len(answer.content) > EXPORT_MAX_BYTES:
            raise CustomerLookupError("server", "the export is too large")
        return answer.content

    async def erase(self, customer_id: int) -> EraseResult:
        """Anonymise the customer everywhere (supervisors); the erased customer's event
        then clears every desk's cache, this one's included."""
        answer = await self._request("POST", f"/api/customers/{customer_id}/erase")
        return self._read(EraseResult, answer)

    # ------------------------------------------------------------------ privacy (supervisors)

    async def audit_page(
        self,
        *,
        customer_id: int | None = None,
        action: str | None = None,
        before: int | None = None,
        limit: int = 100,
    ) -> AuditPage:
        """One page of the audit log, newest first; ``next_before`` continues it."""
        params = {"limit": str(limit)}
        if customer_id is not None:
            params["customer_id"] = str(customer_id)
        if action:
            params["action"] = action
        if before is not None:
            params["before"] = str(before)
        return self._read(AuditPage, await self._get("/api/audit", params=params))

    async def retention(self) -> RetentionSettings:
        """How long resolved conversations keep their messages (``None``: forever)."""
        return self._read(RetentionSettings, await self._get("/api/privacy/retention"))

    async def set_retention(self, days: int | None) -> RetentionSettings:
        """Change the retention setting (``None`` keeps forever); the server's answer."""
        body = RetentionSettings(closed_conversation_days=days).model_dump()
        answer = await self._request("PUT", "/api/privacy/retention", body=body)
        return self._read(RetentionSettings, answer)

    async def run_retention(self) -> RetentionRun:
        """Apply the retention setting now: messages of old resolved conversations are
        redacted on the server and every desk (cannot be undone)."""
        return self._read(RetentionRun, await self._request("POST", "/api/privacy/retention/run"))

    async def merge(self, source_id: int, into: int) -> MergeResult:
        """Fold customer ``source_id`` into ``into`` (undoable)."""
        body = MergeRequest(into=into).model_dump()
        answer = await self._request("POST", f"/api/customers/{source_id}/merge", body=body)
        return self._read(MergeResult, answer)

    async def undo_merge(self, merge_id: int) -> MergeResult:
        """Move back exactly what merge ``merge_id`` moved."""
        answer = await self._request("POST", f"/api/customers/merges/{merge_id}/undo")
        return self._read(MergeResult, answer)

    async def merges(self, limit: int = 50) -> MergeList:
        """The recent merges, newest first."""
        return self._read(
            MergeList, await self._get("/api/customers/merges", {"limit": str(limit)})
        )

    # ------------------------------------------------------------------ changes

    async def add_note(self, customer_id: int, body: str, author_name: str) -> int:
        """Queue a note about the customer (shown at once, sent when connected);
        ``ValueError`` for a body the protocol refuses."""
        engine = self._require_engine()
        return await engine.queue_change(
            lambda c: outbox.queue_customer_note(c, customer_id, body, author_name=author_name)
        )

    async def update(self, change: CustomerUpdateOp) -> int:
        """Queue a change of tags, consent, time zone or identities (shown at once)."""
        engine = self._require_engine()
        return await engine.queue_change(lambda c: outbox.queue_customer_update(c, change))

    def _require_engine(self) -> OutboxEngine:
        engine = self._engine()
        if engine is None:
            raise CustomerLookupError("signed_out")
        return engine

    # ------------------------------------------------------------------ HTTP

    async def _get(self, path: str, params: dict[str, str] | None = None) -> httpx.Response:
        return await self._request("GET", path, params)

    async def _request(
        self,
        method: str,
        path: str,
        params: dict[str, str] | None = None,
        *,
        body: dict[str, Any] | None = None,
    ) -> httpx.Response:
        return await self._send(method, path, params=params, json_body=body)
