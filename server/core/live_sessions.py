"""Open websocket connections by session token hash, so revoking a session closes them.

``POST /api/logout`` deletes the session row and then calls :meth:`LiveSessions.revoke`;
each websocket that signed in with that token registered a ``kick`` callback at hello, and
the callback sends the fatal error frame and closes its socket. Only the token's SHA-256
hash is ever held here, never the token itself.

Several processes on one PostgreSQL database (``server.core.pg_shared``): a revoke here
also wakes the other processes (:meth:`LiveSessions.share`), and each closes its own
sockets whose session row is gone (:meth:`LiveSessions.token_hashes` says which it holds).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable

log = logging.getLogger(__name__)

Kick = Callable[[str, str], None]


class LiveSessions:
    """Open websocket connections by token hash, so a revoked session closes its sockets."""

    def __init__(self) -> None:
        self._by_token: dict[str, dict[int, Kick]] = {}
        self._ids = itertools.count(1)
        self._announce: Callable[[], None] | None = None

    def share(self, announce: Callable[[], None] | None) -> None:
        """Call ``announce`` after each revoke from now on (None: stop): it wakes the other
        processes to close their sockets of the deleted session."""
        self._announce = announce

    def token_hashes(self) -> list[str]:
        """The sessions with an open connection here (to check which still exist)."""
        return list(self._by_token)

    def register(self, token_hash: str, kick: Kick) -> Callable[[], None]:
        """kick(code, message) is called on revoke; returns an unregister function."""
        conn_id = next(self._ids)
        self._by_token.setdefault(token_hash, {})[conn_id] = kick

        def unregister() -> None:
            conns = self._by_token.get(token_hash)
            if conns is None:
                return
            conns.pop(conn_id, None)
            if not conns:
                del self._by_token[token_hash]

        return unregister

    def revoke(
        self,
        token_hash: str,
        code: str = "session_revoked",
        message: str = "signed out",
        *,
        announce: bool = True,
    ) -> int:
        """Call kick for each connection of that token; returns how many. When shared,
        the other processes are woken too (unless ``announce`` is False: the revocation
        came from them)."""
        if announce and self._announce is not None:
            self._announce()
        conns = self._by_token.pop(token_hash, {})
        for kick in conns.values():
            try:
                kick(code, message)
            except Exception:
                # One broken connection must not keep the others of the session open: the
                # failure is logged; the session row is already deleted, so that socket's
                # next mutation or command is refused with an auth error anyway.
                log.exception("closing a revoked session's connection failed")
        return len(conns)

    def count(self, token_hash: str) -> int:
        """How many open connections use the session with this token hash."""
        return len(self._by_token.get(token_hash, {}))

    def __len__(self) -> int:
        """How many sessions have at least one open connection."""
        return len(self._by_token)
