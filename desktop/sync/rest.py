"""The REST plumbing the desk's server clients share (the customer directory, the
workforce client): one lazy ``httpx`` client, the signed-in session's bearer token, and a
failure turned into the client's own error with a ``reason``.

Kept once so the clients cannot drift apart on what "offline" or "signed out" means; each
client keeps its own error class and says which HTTP statuses map to which of its
reasons (``refusals``), so the pages' sentences stay as they are.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any, Generic, Literal, Protocol, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

B = TypeVar("B", bound=BaseModel)
R = TypeVar("R", bound=str)

Common = Literal["signed_out", "offline", "server"]
"""The reasons every client has: no session, no answer, an answer that is wrong."""


class Signed(Protocol):
    """The signed-in session (``desktop.sync.auth.Session`` satisfies it)."""

    @property
    def server_url(self) -> str: ...

    @property
    def token(self) -> str: ...


class RestClient(Generic[R]):
    """Requests to the signed-in server; a subclass names its ``refusals`` (status to
    reason; any other status is ``server``), its ``timeout_s`` and builds its error in
    ``_error``."""

    timeout_s: float = 10.0
    log_name: str = "rest"
    refusals: Mapping[int, R] = {}

    def __init__(
        self,
        session: Callable[[], Signed | None],
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._session = session
        self._transport = transport
        self._http: httpx.AsyncClient | None = None
        # The subclass's module logger, as before the plumbing moved here.
        self._log = logging.getLogger(type(self).__module__)

    def _error(self, reason: R | Common, detail: str = "", status: int = 0) -> Exception:
        """The client's own error for ``reason`` (``status``: the HTTP status, 0 if none)."""
        raise NotImplementedError

    def _read(self, model: type[B], answer: httpx.Response) -> B:
        """``answer`` read as ``model``; an answer this desk cannot read is ``server``."""
        try:
            return model.model_validate_json(answer.content)
        except ValidationError as exc:
            raise self._error("server", "an answer this desk cannot read") from exc

    async def _send(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, str] | None = None,
        json_body: dict[str, Any] | None = None,
        content: bytes | None = None,
        headers: dict[str, str] | None = None,
        accept: tuple[int, ...] = (200,),
    ) -> httpx.Response:
        """The answer when its status is in ``accept``; else the client's error."""
        session = self._session()
        if session is None:
            raise self._error("signed_out")
        if self._http is None:
            self._http = httpx.AsyncClient(timeout=self.timeout_s, transport=self._transport)
        url = f"{session.server_url.rstrip('/')}{path}"
        try:
            answer = await self._http.request(
                method,
                url,
                params=params,
                json=json_body,
                content=content,
                headers={**(headers or {}), "Authorization": f"Bearer {session.token}"},
            )
        except httpx.HTTPError as exc:
            self._log.info(
                "%s %s %s: %s",
                self.log_name,
                method,
                path.split("?", maxsplit=1)[0],
                type(exc).__name__,
            )
            raise self._error("offline", type(exc).__name__) from exc
        status = answer.status_code
        if status in accept:
            return answer
        detail = detail_of(answer)
        reason = self.refusals.get(status)
        if reason is None:
            raise self._error("server", f"{status} {detail}".strip(), status)
        raise self._error(reason, detail, status)

    async def close(self) -> None:
        http, self._http = self._http, None
        if http is not None:
            await http.aclose()


def detail_of(answer: httpx.Response) -> str:
    """The server's sentence (FastAPI's ``detail``), cut to one readable line."""
    try:
        body = answer.json()
    except ValueError:
        return ""
    detail = body.get("detail") if isinstance(body, dict) else None
    if isinstance(detail, list) and detail and isinstance(detail[0], dict):
        detail = detail[0].get("msg")
    return str(detail)[:300] if isinstance(detail, str) else ""
