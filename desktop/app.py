"""The composition root of the desk: builds every service once and passes it down.

Start-up order follows the replica principle: open the cache and show the window with what
it already holds *first*, then start the local server (embedded default) or load the token,
sign in and start the sync engine. A desk with 100,000 cached conversations paints its
inbox before the network has answered. Closing the window stops the engine, then the local
server, then the cache writer, in that order.

There are no globals: :class:`Desk` owns the services for one run, and the only process-wide
things it touches are the ones Qt and Python own (the QApplication, ``sys.excepthook``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QSettings, Qt, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.models.changes import Changes
from desktop.models.connection import ConnectionState, Link
from desktop.store.connection import DATABASE_ERRORS, make_private_dir
from desktop.store.paths import cache_path
from desktop.store.reader import CacheReader
from desktop.sync.cache_key import CacheKey, CacheKeyUnavailableError, load_cache_key
from desktop.sync.credentials import TokenStore
from desktop.sync.embedded import EmbeddedServer
from desktop.ui.shell import style
from desktop.ui.shell.bridge import SyncBridge
from desktop.ui.shell.collector import collect_on_the_ui_thread
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.window import KNOWLEDGE_PAGE, MainWindow

if TYPE_CHECKING:  # heavy (pydantic, httpx, websockets): imported after the first paint
    from desktop.store.cache import Cache
    from desktop.sync.auth import Session
    from desktop.sync.engine import SyncEngine

__all__ = [
    "Desk",
    "DeskOptions",
    "cache_path",
    "configure_application",
    "default_data_dir",
    "install_excepthook",
    "main",
]

log = logging.getLogger(__name__)
EMBEDDED_USER = "agent01"
EMBEDDED_PASSWORD = "demo"  # noqa: S105 - the demo server's published password (README), demo mode only
SCREENSHOT_WAIT_S = 20.0
SERVER_WATCH_MS = 3000


@dataclass(frozen=True)
class DeskOptions:
    """How this desk starts. No ``server_url`` means the embedded default."""

    server_url: str | None = None
    username: str | None = None
    data_dir: Path | None = None
    screenshot: Path | None = None
    knowledge_query: str | None = None
    """Start on the Knowledge view with this search (demos, screenshots)."""
    use_keyring: bool = True
    started_at: float = field(default_factory=time.perf_counter)


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("frontline"))


def configure_application(app: QApplication) -> None:
    """Name, font, theme and translations: everything the window inherits."""
    app.setApplicationName("Frontline")
    app.setOrganizationName("Frontline")
    app.setApplicationDisplayName("Frontline")
    app.setWindowIcon(QIcon(str(style.ICONS / "frontline.svg")))
    app.setQuitOnLastWindowClosed(False)  # the desk quits after its shutdown, not before
    app.setFont(style.app_font(app.font()))
    app.setStyleSheet(style.load_theme())
    translator = QTranslator(app)
    folder = str(style.RESOURCES / "translations")
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        # A bare "C" locale (containers, CI, LANG=C.UTF-8) means no preference: English,
        # whose catalogue carries the plural forms ("1 change", "2 changes").
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        QLocale.setDefault(locale)  # and day-month-year dates, 24-hour times
    if translator.load(locale, "frontline", "_", folder):
        app.installTranslator(translator)


class Desk:
    """One run of the desk: the services, the window, and the session lifecycle."""

    def __init__(self, app: QApplication, options: DeskOptions) -> None:
        self.app = app
        self.options = options
        self.data_dir = options.data_dir or default_data_dir()
        self.embedded = options.server_url is None
        self.server_url = options.server_url.rstrip("/") if options.server_url else None
        self.username = options.username or (EMBEDDED_USER if self.embedded else None)
        self.ops = Ops()
        self.bridge = SyncBridge()
        self.tokens = TokenStore(use_keyring=options.use_keyring and not self.embedded)
        self.window: MainWindow | None = None
        self.cache: Cache | None = None
        self.reader: CacheReader | None = None
        self.cache_key: CacheKey | None = None
        self.server: EmbeddedServer | None = None
        self.engine: SyncEngine | None = None
        self.exit_code = 0
        self._engine_task: asyncio.Task[None] | None = None
        self._asset_session: Session | None = None
        self._assets_task: asyncio.Task[None] | None = None
        self._assets_again = False
        self._restarting = False
        self._server_watch = QTimer()
        self._server_watch.setObjectName("embedded-server-watch")
        self._server_watch.setInterval(SERVER_WATCH_MS)
        self._server_watch.timeout.connect(self._on_watch_server)
        self._closed: asyncio.Future[None] | None = None

    # ------------------------------------------------------------------ lifecycle

    async def run(self) -> int:
        loop = asyncio.get_running_loop()
        loop.set_exception_handler(self._on_loop_exception)
        self._closed = loop.create_future()
        session: Session | None = None
        if self.username is None:
            session = await self._ask_sign_in()
            if session is None:
                return 1
        assert self.username is not None
        make_private_dir(self.data_dir)
        path = cache_path(self.data_dir, self.username)
        self._handle_signals(loop)
        # The cache is encrypted; its key comes from the keyring (off this thread, with a
        # timeout) or the 0600 file beside it. A key that cannot be read now refuses to start.
        try:
            self.cache_key = await load_cache_key(path, use_keyring=self.options.use_keyring)
        except CacheKeyUnavailableError as exc:
            log.error("cannot start: %s", exc)
            await self._tell(
                self.tr(
                    "The key of your local cache is in the system keyring, which cannot be "
                    "reached now ({0}). Unlock the keyring and start Frontline again; "
                    "nothing was changed."
                ).format(exc)
            )
            return 2
        # An existing cache is shown before the writer (and its heavy imports) is ready.
        early = path.exists() and self._show_window(path)
        self.cache = await asyncio.to_thread(_open_cache, path, self.cache_key.key)
        if not early and not self._show_window(path):
            raise RuntimeError(f"cannot read the cache {path}")
        assert self.window is not None
        self.window.set_store(self.cache)
        if self.cache_key.in_file:
            self.window.status.tell_key_in_file()
        if self.cache.set_aside is not None:
            self.window.status.tell_cache_set_aside(self.cache.set_aside.name)
        self.ops.run(self._connect(session), what=self.tr("connect"), on_error=self._on_offline)
        if self.embedded:
            self._server_watch.start()
        if self.options.screenshot is not None:
            self.ops.run(self._screenshot(self.options.screenshot), what="take a screenshot")
        await self._closed
        for number in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.remove_signal_handler(number)
        await self._shutdown()
        return self.exit_code

    def _show_window(self, path: Path) -> bool:
        """Build and show the window over the cache at ``path``; False if the file cannot
        be read yet (e.g. a migration is pending), in which case the writer opens it first."""
        reader: CacheReader | None = None
        try:
            assert self.cache_key is not None
            reader = CacheReader(path, self.cache_key.key)
            settings = QSettings(str(self.data_dir / "desk.ini"), QSettings.Format.IniFormat)
            window = MainWindow(reader, self.bridge, self.ops, settings=settings)
        except DATABASE_ERRORS as exc:  # the SQLCipher binding's errors are its own classes
            log.info("the cache is not readable yet (%s); opening it first", exc)
            if reader is not None:
                reader.close()
            return False
        self.reader, self.window = reader, window
        window.closed.connect(self._on_window_closed)
        window.signInRequested.connect(self._on_sign_in_requested)
        window.signOutRequested.connect(self._on_sign_out_requested)
        window.status.retryRequested.connect(self._on_retry_requested)
        window.inboxPainted.connect(self._on_inbox_painted)
        self.bridge.stateChanged.connect(self._on_state)
        self.bridge.changes.connect(self._on_changes_fetch_assets)
        window.show()
        if self.options.knowledge_query is not None:
            window.show_page(KNOWLEDGE_PAGE)
            self._search_knowledge(self.options.knowledge_query)
        return True

    def _search_knowledge(self, query: str) -> None:
        """Search the Knowledge view and open the best article (once synced, again)."""
        window = self.window
        if window is None or not query:
            return
        view = window.knowledge
        view.search.setText(query)
        view.run_search()
        if view.results_model.rowCount():
            view.results.setCurrentIndex(view.results_model.index(0))
            view.open_article(view.results_model.items[0].article_id)

    def _handle_signals(self, loop: asyncio.AbstractEventLoop) -> None:
        """Ctrl+C and SIGTERM close the window, so the local server and the cache are
        shut down properly instead of being left behind."""
        for number in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(number, self._on_stop_signal)

    def _on_stop_signal(self) -> None:
        log.info("asked to stop")
        if self.window is not None:
            self.window.close()
        else:
            self._on_window_closed()

    async def _connect(self, session: Session | None) -> None:
        """Reach the server and start syncing (the window is already showing the cache)."""
        from desktop.sync.auth import Session, sign_in

        assert self.window is not None
        status = self.window.status
        if self.embedded:
            if self.server is None or not self.server.running:
                self.server = EmbeddedServer(self.data_dir)
                status.set_phase(self.tr("Starting the local server…"))
                await asyncio.to_thread(self.server.start)
            url = self.server.url
            assert url is not None
            self.server_url = url
            status.set_phase(self.tr("Signing in…"))
            session = await sign_in(url, EMBEDDED_USER, EMBEDDED_PASSWORD)
        elif session is None:
            assert self.server_url is not None
            assert self.username is not None
            token = await self.tokens.load(self.server_url, self.username)
            if token:
                session = Session(self.server_url, token, 0.0, 0, self.username, "agent")
            else:
                session = await self._ask_sign_in()
                if session is None:
                    status.set_phase(self.tr("Signed out — sign in again"), "signed_out")
                    return
        if not self.embedded and not self.tokens.persistent:
            status.tell_no_keyring()
        self._start_engine(session)

    def _on_changes_fetch_assets(self, changes: Changes) -> None:
        """After articles sync, fetch the images they reference (off the UI's path)."""
        if not (changes.articles or changes.reset) or self._asset_session is None:
            return
        if self._assets_task is not None and not self._assets_task.done():
            self._assets_again = True
            return
        self._assets_task = self.ops.run(
            self._fetch_assets(self._asset_session),
            what=self.tr("knowledge images"),
            on_error=lambda exc: log.warning("knowledge images not fetched: %r", exc),
        )

    async def _fetch_assets(self, session: Session) -> None:
        from desktop.sync.assets import fetch_missing

        again = True
        while again and self.cache is not None:
            self._assets_again = False
            changes = await fetch_missing(self.cache, session.server_url, session.token)
            if changes:
                self.bridge.on_changes(changes)
            again = self._assets_again

    def _start_engine(self, session: Session) -> None:
        from desktop.sync.engine import SyncEngine

        assert self.cache is not None
        assert self.window is not None
        engine = SyncEngine(
            self.cache,
            session.ws_url,
            session.token,
            on_changes=self.bridge.on_changes,
            on_state=self.bridge.on_state,
        )
        self.engine = engine
        self.window.set_actions(engine)
        self.window.set_signed_in(True)
        self.window.knowledge.article_reader.link_base = f"{session.server_url.rstrip('/')}/kb"
        self._asset_session = session
        if session.display_name:
            self.window.set_agent(session.display_name)
        self._engine_task = self.ops.run(
            engine.run(), what=self.tr("sync"), on_error=self._on_engine_error
        )

    async def _ask_sign_in(self, message: str = "") -> Session | None:
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

    async def _stop_engine(self) -> None:
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

    async def _restart_server(self) -> None:
        """The local server died (crash, OOM, killed): start a new one and sync again.
        Its port changes, so the engine is rebuilt for the new URL."""
        log.warning("the embedded server stopped unexpectedly; restarting it")
        if self.window is not None:
            self.window.toast.show_message(self.tr("The local server stopped; restarting it…"))
        await self._stop_engine()
        old, self.server = self.server, None
        if old is not None:
            await asyncio.to_thread(old.stop)
        await self._connect(None)

    def _on_watch_server(self) -> None:
        server = self.server
        if self._restarting or server is None or server.url is None or server.running:
            return
        self._restarting = True

        def done(_result: object = None) -> None:
            self._restarting = False

        def failed(error: BaseException) -> None:
            done()
            self._on_offline(error)

        self.ops.run(
            self._restart_server(),
            what=self.tr("restart the local server"),
            on_done=done,
            on_error=failed,
        )

    async def _shutdown(self) -> None:
        log.info("closing the desk")
        self._server_watch.stop()
        await self._stop_engine()
        await self.ops.cancel_all()
        if self.server is not None:
            await asyncio.to_thread(self.server.stop)
        self.bridge.flush()
        if self.reader is not None:
            self.reader.close()
        if self.cache is not None:
            await asyncio.to_thread(self.cache.close)

    # ------------------------------------------------------------------ slots

    def _on_window_closed(self) -> None:
        if self._closed is not None and not self._closed.done():
            self._closed.set_result(None)

    def _on_retry_requested(self) -> None:
        if self.engine is not None:
            self.engine.retry_now()

    def _on_state(self, state: ConnectionState) -> None:
        engine, window = self.engine, self.window
        if engine is not None and engine.agent is not None and window is not None:
            window.set_agent(engine.agent.display_name)
        del state

    def _on_engine_error(self, error: BaseException) -> None:
        from desktop.sync.engine import AuthExpiredError

        if isinstance(error, AuthExpiredError):
            log.info("the server wants a new sign-in")
            if self.embedded:
                self.ops.run(self._connect(None), what=self.tr("sign in again"))
            elif self.server_url and self.username:
                self.ops.run(self.tokens.forget(self.server_url, self.username))
            return
        self._on_offline(error)

    def _on_offline(self, error: BaseException) -> None:
        """The desk could not connect at all: keep working from the cache, and say why."""
        if self.window is None:
            return
        self.bridge.on_state(ConnectionState(Link.OFFLINE, detail=str(error)))
        lines = (str(error) or type(error).__name__).splitlines()
        if len(lines) > 5:  # e.g. a server's stderr tail: the first and last lines say it
            lines = [lines[0], "…", *lines[-3:]]
        self.window.on_failed(self.tr("connect"), "\n".join(lines))

    def _on_sign_in_requested(self) -> None:
        async def again() -> None:
            session = await self._ask_sign_in()
            if session is not None:
                await self._stop_engine()
                self._start_engine(session)

        self.ops.run(again(), what=self.tr("sign in"))

    def _on_sign_out_requested(self) -> None:
        self.ops.run(self.sign_out(), what=self.tr("sign out"))

    async def sign_out(self) -> None:
        """Stop syncing, revoke the session on the server (best effort: offline, the desk
        signs out locally all the same), forget the stored token and ask for a sign-in.
        The cache and its outbox stay: queued replies are sent after the next sign-in."""
        from desktop.sync.auth import logout

        session, self._asset_session = self._asset_session, None
        log.info("signing out")
        await self._stop_engine()
        if session is not None:
            await logout(session.server_url, session.token)
        if self.server_url and self.username:
            await self.tokens.forget(self.server_url, self.username)
        window = self.window
        if window is None:
            return
        self.bridge.flush()  # the stopped engine's last state must not land after ours
        window.set_agent("")
        window.status.set_phase(self.tr("Signed out — sign in again"), Link.SIGNED_OUT.value)
        session = await self._ask_sign_in()
        if session is not None:
            self._start_engine(session)

    def _on_inbox_painted(self) -> None:
        elapsed = time.perf_counter() - self.options.started_at
        rows = self.window.inbox_model.rowCount() if self.window else 0
        age = process_age()
        log.info(
            "inbox painted %.0f ms after start, %s after process creation (%d conversations)",
            elapsed * 1000,
            f"{age * 1000:.0f} ms" if age is not None else "?",
            rows,
        )

    async def _screenshot(self, path: Path) -> None:
        """Once the inbox is painted and synced (or after a while), save the window."""
        online = asyncio.Event()

        def on_state(state: ConnectionState) -> None:
            if state.link is Link.ONLINE:
                online.set()

        self.bridge.stateChanged.connect(on_state)
        if self.bridge.state.link is Link.ONLINE:
            online.set()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(online.wait(), SCREENSHOT_WAIT_S)
        self.bridge.stateChanged.disconnect(on_state)
        await asyncio.sleep(1.0)  # let the inbox repaint with what the sync brought
        assert self.window is not None
        if self.window.inbox_model.rowCount() and not self.window.inbox.selected_id():
            self.window.inbox.select_id(self.window.inbox_model.id_at(0))
            await asyncio.sleep(0.5)
        if self.options.knowledge_query:
            self._search_knowledge(self.options.knowledge_query)
            await asyncio.sleep(0.5)
        path.parent.mkdir(parents=True, exist_ok=True)
        self.window.grab().save(str(path))
        log.info("screenshot saved to %s", path)
        self.window.close()

    # ------------------------------------------------------------------ errors

    def tr(self, text: str) -> str:
        return QApplication.translate("Desk", text)

    async def _tell(self, text: str) -> None:
        """A message box before any window exists; returns when the agent closes it."""
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Frontline"), text)
        box.setTextFormat(Qt.TextFormat.PlainText)
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()

        def closed(_result: int) -> None:
            if not done.done():
                done.set_result(None)

        box.finished.connect(closed)
        box.open()
        await done

    def show_error(self, text: str) -> None:
        if self.window is not None:
            self.window.toast.show_message(text, level="error", timeout_ms=0)

    def _on_loop_exception(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        error = context.get("exception")
        log.error("event loop error: %s", context.get("message"), exc_info=error)
        if isinstance(error, BaseException):
            self.show_error(self.tr("Unexpected error: {0}").format(error))
        del loop


def process_age() -> float | None:
    """Seconds since this process was created (Linux), for start-up figures."""
    import os

    try:
        stat = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - int(stat[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _open_cache(path: Path, key: bytes) -> Cache:
    """Open (encrypt a plain one, migrate) the cache; runs in a worker thread, imports
    included."""
    from desktop.store.cache import Cache

    cache = Cache(path, key)
    cache.open()
    return cache


def install_excepthook(show: Callable[[str], None]) -> None:
    """Log uncaught exceptions (Qt slots, qasync slots) and tell the agent."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.critical("unhandled error", exc_info=(kind, error, tb))
        with contextlib.suppress(Exception):
            show(QApplication.translate("Desk", "Unexpected error: {0}").format(error))

    sys.excepthook = hook


def main(options: DeskOptions) -> int:
    """Run the desk until its window closes; returns the process exit code."""
    import qasync

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    configure_application(app)
    collect_on_the_ui_thread(app)
    desk = Desk(app, options)
    install_excepthook(desk.show_error)
    result: int = qasync.run(desk.run())
    return result
