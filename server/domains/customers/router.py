"""The customers domain's REST route: find a customer (any signed-in agent)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from protocol.customer360 import (
    MAX_SEARCH_QUERY_CHARS,
    MIN_SEARCH_QUERY_CHARS,
    CustomerSearchResult,
)
from protocol.text import clean_line
from server.core.requests import Ctx, Me
from server.domains.customers.search import search

router = APIRouter()


@router.get("/api/customers/search")
async def find_customer(
    ctx: Ctx,
    me: Me,
    q: Annotated[str, Query(max_length=4 * MAX_SEARCH_QUERY_CHARS)],
) -> CustomerSearchResult:
    """Customers by name, e-mail, phone fragment, chat handle or order number; at most
    20. ``q`` has 2-100 characters after cleaning (422 otherwise)."""
    _ = me  # any signed-in agent: the dependency is the sign-in check
    try:
        query = clean_line(q)
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None
    if not MIN_SEARCH_QUERY_CHARS <= len(query) <= MAX_SEARCH_QUERY_CHARS:
        raise HTTPException(
            422,
            f"a search has {MIN_SEARCH_QUERY_CHARS} to {MAX_SEARCH_QUERY_CHARS} characters",
        )
    async with ctx.engine.connect() as conn:
        return await search(conn, query)
