"""FastAPI dependencies every router shares: the server context and the signed-in viewer.

They live in the core, not in ``server/api``, because the domains' routers need them and
the layers run api > domains > core: a domain may not import ``server.api``.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Header, HTTPException, Request

from server.core import auth
from server.core.context import ServerContext
from server.core.visibility import Viewer, load_viewer


async def get_ctx(request: Request) -> ServerContext:
    """The server context the app was built with."""
    ctx: ServerContext = request.app.state.ctx
    return ctx


Ctx = Annotated[ServerContext, Depends(get_ctx)]


async def current_viewer(ctx: Ctx, authorization: Annotated[str | None, Header()] = None) -> Viewer:
    """The signed-in agent of a request (``Authorization: Bearer <token>``)."""
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(401, "missing bearer token", {"WWW-Authenticate": "Bearer"})
    check = await auth.check_token(ctx, token.strip())
    if check.agent_id is None:
        detail = "session expired" if check.problem == "token_expired" else "invalid token"
        raise HTTPException(401, detail, {"WWW-Authenticate": "Bearer"})
    async with ctx.engine.connect() as conn:
        loaded = await load_viewer(conn, check.agent_id)
    if loaded is None:
        raise HTTPException(401, "invalid token", {"WWW-Authenticate": "Bearer"})
    return loaded[0]


Me = Annotated[Viewer, Depends(current_viewer)]
