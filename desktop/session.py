"""The desk's session with its server: sign-in, the stored token, the embedded server and
its watchdog, the sync engine, sign-out and signing in again.

:class:`DeskSession` is built by the composition root (``desktop/app.py``) with the
services it needs and attached to the window and the cache once they exist; the window's
sign-in, sign-out and retry requests arrive at its ``on_*`` slots. It never builds the
window or opens the cache: those are the composition root's, so a session can end and a
new one start (sign out, sign in, a restarted local server) over the same replica.

Everything slow (starting the server, signing in, the keyring) runs as coroutines on the
desk's loop through :class:`~desktop.ui.shell.ops.Ops`; the Qt thread never blocks.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from desktop.models.connection import ConnectionState, Link
from desktop.sync.credentials import TokenStore
from desktop.sync.embedded import EmbeddedServer
from desktop.ui.shell.bridge import SyncBridge
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.window import MainWindow

if TYPE_CHECKING:  # heavy (pydantic, httpx, websockets): imported after the first paint
    from desktop.store.cache import Cache
    from desktop.sync.assets import AssetFetcher
    from desktop.sync.auth import Session
    from desktop.sync.engine import SyncEngine

log = logging.getLogger(__name__)
EMBEDDED_USER = "agent01"
EMBEDDED_PASSWORD = "demo"  # noqa: S105 - the demo server's published password (README), demo mode only
SERVER_WATCH_MS = 3000


class DeskSession:
    """One desk's connection to its server, across sign-outs and server restarts.

    ``server_url`` None means the embedded default: a local server this session starts,
    watches every :data:`SERVER_WATCH_MS` (the ``embedded-server-watch`` timer) and
    restarts if it dies, signed in as the demo agent. Otherwise the token comes from
    ``tokens`` (the keyring) or the sign-in dialog.
    """

    def __init__(
        self,
        *,
        data_dir: Path,
        server_url: str | None,
        username: str | None,
        tokens: TokenStore,
        ops: Ops,
        bridge: SyncBridge,
    ) -> None:
        self.data_dir = data_dir
        self.embedded = server_url is None
        self.server_url = server_url.rstrip("/") if server_url else None
        self.username = username or (EMBEDDED_USER if self.embedded else None)
        self.tokens = tokens
        self.ops = ops
        self.bridge = bridge
        self.window: MainWindow | None = None
        self.cache: Cache | None = None
        self.assets: AssetFetcher | None = None
        self.server: EmbeddedServer | None = None
        self.engine: SyncEngine | None = None
        self.current: Session | None = None
        """The signed-in session (None when signed out): its server and token."""
        self._engine_task: asyncio.Task[None] | None = None
        self.demo_presence_asked = False
        """The embedded demo asked for Available for this engine (see :meth:`on_state`)."""
        self._restarting = False
        self._server_watch = QTimer()
        self._server_watch.setObjectName("embedded-server-watch")
        self._server_watch.setInterval(SERVER_WATCH_MS)
        self._server_watch.timeout.connect(self._on_watch_server)

    def attach(self, window: MainWindow, cache: Cache, assets: AssetFetcher) -> None:
        """The window and the open cache this session syncs into; the window's requests
        come here from now on."""
        self.window, self.cache, self.assets = window, cache, assets
        window.signInRequested.connect(self.on_sign_in_requested)
        window.signOutRequested.connect(self.on_sign_out_requested)
        window.status.retryRequested.connect(self.on_retry_requested)
        self.bridge.stateChanged.connect(self.on_state)

    def start(self, session: Session | None) -> None:
        """Reach the server and start syncing, in the background; the embedded server's
        watchdog starts too."""
        self.ops.run(
            self.connect(session),
            what=QCoreApplication.translate("Desk", "connect"),
            on_error=self.on_offline,
        )
        if self.embedded:
            self._server_watch.start()

    async def connect(self, session: Session | None) -> None:
        """Reach the server and start syncing (the window is already showing the cache)."""
        from desktop.sync.auth import Session, sign_in

        assert self.window is not None
        status = self.window.status
        if self.embedded:
            if self.server is None or not self.server.running:
                self.server = EmbeddedServer(self.data_dir)
                status.set_phase(QCoreApplication.translate("Desk", "Starting the local server…"))
                await asyncio.to_thread(self.server.start)
            url = self.server.url
            assert url is not None
            self.server_url = url
            status.set_phase(QCoreApplication.translate("Desk", "Signing in…"))
            # The demo's agents all share its password: `frontline desk --user
            # supervisor01` opens the embedded demo as that user (agent01 by default).
            session = await sign_in(url, self.username or EMBEDDED_USER, EMBEDDED_PASSWORD)
        elif session is None:
            assert self.server_url is not None
            assert self.username is not None
            token = await self.tokens.load(self.server_url, self.username)
            if token:
                session = Session(self.server_url, token, 0.0, 0, self.username, "agent")
            else:
                session = await self.ask_sign_in()
                if session is None:
                    status.set_phase(
                        QCoreApplication.translate("Desk", "Signed out — sign in again"),
                        "signed_out",
                    )
                    return
        if not self.embedded and not self.tokens.persistent:
            status.tell_no_keyring()
        self.start_engine(session)

    def start_engine(self, session: Session) -> None:
        from desktop.sync.engine import SyncEngine

        assert self.cache is not None
        assert self.window is not None
        engine = SyncEngine(
            self.cache,
            session.ws_url,
            session.token,
            on_changes=self.bridge.on_changes,
            on_state=self.bridge.on_state,
            on_activity=self.bridge.on_activity,
        )
        self.engine = engine
        self.demo_presence_asked = False
        self.window.set_actions(engine)
        self.window.set_signed_in(True)
        self.window.knowledge.article_reader.link_base = f"{session.server_url.rstrip('/')}/kb"
        self.current = session
        if self.assets is not None:
            self.assets.use(session.server_url, session.token)
        if session.display_name:
            self.window.set_agent(session.display_name)
        self._engine_task = self.ops.run(
            engine.run(),
            what=QCoreApplication.translate("Desk", "sync"),
            on_error=self.on_engine_error,
        )

    async def ask_sign_in(self, message: str = "") -> Session | None:
        """Show the sign-in dialog and wait for it; saves the token on success."""
        from desktop.sync.auth import sign_in
        from desktop.ui.shell.sign_in import SignInDialog

        dialog = SignInDialog(
            sign_in,
            self.ops,
            server_url=self.server_url or "",
            username=self.username or "",
            message=message,
            parent=self.window,
        )
        if self.cache is not None:
            # The open cache (and its outbox) belongs to this agent on this server: another
            # agent signs in by starting the desk again, never into this replica.
            dialog.server.setReadOnly(True)
            dialog.username.setReadOnly(True)
        done: asyncio.Future[int] = asyncio.get_running_loop().create_future()

        def on_finished(result: int) -> None:
            if not done.done():
                done.set_result(result)

        dialog.finished.connect(on_finished)
        dialog.open()
        await done
        session = dialog.session
        dialog.deleteLater()
        if session is None:
            return None
        self.server_url = session.server_url
        self.username = dialog.username.text().strip()
        await self.tokens.save(session.server_url, self.username, session.token)
        return session

    async def stop_engine(self) -> None:
        engine, task = self.engine, self._engine_task
        self.engine, self._engine_task = None, None
        if self.window is not None:
            self.window.set_actions(None)
            self.window.set_signed_in(False)
        if engine is not None:
            engine.stop()
        if task is not None and not task.done():
            # stop() ends the engine between sessions; a live socket ends by cancellation,
            # which closes it cleanly (``async with connect``).
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.shield(task), 0.5)
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task

    async def sign_out(self) -> None:
        """Stop syncing, revoke the session on the server (best effort: offline, the desk
        signs out locally all the same), forget the stored token and ask for a sign-in.
        The cache and its outbox stay: queued replies are sent after the next sign-in."""
        from desktop.sync.auth import logout

        session, self.current = self.current, None
        if self.assets is not None:
            self.assets.use(None, None)
        log.info("signing out")
        await self.stop_engine()
        if session is not None:
            await logout(session.server_url, session.token)
        if self.server_url and self.username:
            await self.tokens.forget(self.server_url, self.username)
        window = self.window
        if window is None:
            return
        self.bridge.flush()  # the stopped engine's last state must not land after ours
        window.set_agent("")
        window.status.set_phase(
            QCoreApplication.translate("Desk", "Signed out — sign in again"), Link.SIGNED_OUT.value
        )
        session = await self.ask_sign_in()
        if session is not None:
            self.start_engine(session)

    async def stop(self) -> None:
        """End syncing for good (the desk is closing): the watchdog, then the engine."""
        self._server_watch.stop()
        await self.stop_engine()

    async def stop_server(self) -> None:
        """Stop the local server, if this session started one (after :meth:`stop`)."""
        if self.server is not None:
            await asyncio.to_thread(self.server.stop)

    async def _restart_server(self) -> None:
        """The local server died (crash, OOM, killed): start a new one and sync again.
        Its port changes, so the engine is rebuilt for the new URL."""
        log.warning("the embedded server stopped unexpectedly; restarting it")
        if self.window is not None:
            self.window.toast.show_message(
                QCoreApplication.translate("Desk", "The local server stopped; restarting it…")
            )
        await self.stop_engine()
        old, self.server = self.server, None
        if old is not None:
            await asyncio.to_thread(old.stop)
        await self.connect(None)

    # ------------------------------------------------------------------ slots

    def _on_watch_server(self) -> None:
        server = self.server
        if self._restarting or server is None or server.url is None or server.running:
            return
        self._restarting = True

        def done(_result: object = None) -> None:
            self._restarting = False

        def failed(error: BaseException) -> None:
            done()
            self.on_offline(error)

        self.ops.run(
            self._restart_server(),
            what=QCoreApplication.translate("Desk", "restart the local server"),
            on_done=done,
            on_error=failed,
        )

    def on_retry_requested(self) -> None:
        if self.engine is not None:
            self.engine.retry_now()

    def on_state(self, state: ConnectionState) -> None:
        engine, window = self.engine, self.window
        if engine is not None and engine.agent is not None and window is not None:
            window.set_agent(engine.agent.display_name)
            if state.link is Link.ONLINE:
                self._make_demo_available(window)

    def _make_demo_available(self, window: MainWindow) -> None:
        """The embedded demo comes alive: routing offers work only to an Available agent,
        and a fresh demo agent has no presence yet. So once per engine, when the demo
        agent's own presence is absent or Offline as the caught-up cache has it, ask for
        Available through the presence control (the command path the agent's own choice
        takes). Only in embedded demo mode, only for agents (supervisors are not routed);
        a desk on a real server never chooses a state for its agent."""
        engine = self.engine
        if not self.embedded or self.demo_presence_asked or engine is None:
            return
        agent = engine.agent
        if agent is None or agent.role != "agent":
            return
        self.demo_presence_asked = True
        presence = window.presence.reader.presence(agent.id)
        if presence is None or presence.state == "offline":
            log.info("embedded demo: making %s available for routing", agent.username)
            window.presence.set_agent_id(agent.id)
            window.presence.choose("available")

    def on_engine_error(self, error: BaseException) -> None:
        from desktop.sync.engine import AuthExpiredError

        if isinstance(error, AuthExpiredError):
            log.info("the server wants a new sign-in")
            if self.embedded:
                self.ops.run(
                    self.connect(None), what=QCoreApplication.translate("Desk", "sign in again")
                )
            elif self.server_url and self.username:
                self.ops.run(self.tokens.forget(self.server_url, self.username))
            return
        self.on_offline(error)

    def on_offline(self, error: BaseException) -> None:
        """The desk could not connect at all: keep working from the cache, and say why."""
        if self.window is None:
            return
        self.bridge.on_state(ConnectionState(Link.OFFLINE, detail=str(error)))
        lines = (str(error) or type(error).__name__).splitlines()
        if len(lines) > 5:  # e.g. a server's stderr tail: the first and last lines say it
            lines = [lines[0], "…", *lines[-3:]]
        self.window.on_failed(QCoreApplication.translate("Desk", "connect"), "\n".join(lines))

    def on_sign_in_requested(self) -> None:
        async def again() -> None:
            session = await self.ask_sign_in()
            if session is not None:
                await self.stop_engine()
                self.start_engine(session)

        self.ops.run(again(), what=QCoreApplication.translate("Desk", "sign in"))

    def on_sign_out_requested(self) -> None:
        self.ops.run(self.sign_out(), what=QCoreApplication.translate("Desk", "sign out"))
