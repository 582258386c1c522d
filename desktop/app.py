"""The composition root of the desk: builds every service once and passes it down.

Start-up order follows the replica principle: open the cache and show the window with what
it already holds *first*, then start the local server (embedded default) or load the token,
sign in and start the sync engine. A desk with 100,000 cached conversations paints its
inbox before the network has answered. Closing the window stops the engine, then the local
server, then the cache writer, in that order.

What a session with the server involves (sign-in, the token, the embedded server and its
watchdog, the sync engine, sign-out) is :class:`~desktop.session.DeskSession`'s; fetching
knowledge images is :class:`~desktop.sync.assets.AssetFetcher`'s. This module builds them,
the window and the cache, and wires them together.

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

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, Qt, QTimeZone, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.models.connection import ConnectionState, Link
from desktop.session import DeskSession
from desktop.store.connection import DATABASE_ERRORS, make_private_dir
from desktop.store.paths import cache_path
from desktop.store.reader import CacheReader
from desktop.sync.cache_key import CacheKey, CacheKeyUnavailableError, load_cache_key
from desktop.sync.credentials import TokenStore
from desktop.sync.embedded import EmbeddedServer
from desktop.ui.alerts.player import system_player
from desktop.ui.alerts.service import AlertService
from desktop.ui.shell import style
from desktop.ui.shell.bridge import SyncBridge
from desktop.ui.shell.collector import collect_on_the_ui_thread
from desktop.ui.shell.language import LANGUAGES, SYSTEM, chosen_language
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.theme import ThemeService
from desktop.ui.shell.window import KNOWLEDGE_PAGE, MainWindow

if TYPE_CHECKING:  # heavy (pydantic, httpx, websockets): imported after the first paint
    from desktop.store.cache import Cache
    from desktop.sync.assets import AssetFetcher
    from desktop.sync.auth import Session
    from desktop.sync.customers import CustomerDirectory
    from desktop.sync.engine import SyncEngine
    from desktop.sync.files import AttachmentFiles, MailQuarantine
    from desktop.sync.workforce import WorkforceClient
    from protocol.frames import AgentInfo

__all__ = [
    "Desk",
    "DeskOptions",
    "cache_path",
    "catalogue_for",
    "configure_application",
    "default_data_dir",
    "install_catalogue",
    "install_excepthook",
    "main",
]

log = logging.getLogger(__name__)
SCREENSHOT_WAIT_S = 20.0


@dataclass(frozen=True)
class DeskOptions:
    """How this desk starts. No ``server_url`` means the embedded default."""

    server_url: str | None = None
    username: str | None = None
    data_dir: Path | None = None
    screenshot: Path | None = None
    knowledge_query: str | None = None
    """Start on the Knowledge view with this search (demos, screenshots)."""
    page: str | None = None
    """Start on this page (screenshots); ``customer`` opens the first conversation's
    customer."""
    use_keyring: bool = True
    theme: str | None = None
    """``light`` or ``dark`` for this run (screenshots); None: the stored choice."""
    window_size: tuple[int, int] | None = None
    """Open the window at this size for this run (screenshots); None: as last closed."""
    started_at: float = field(default_factory=time.perf_counter)


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("frontline"))


def catalogue_for(locale: QLocale, choice: str = SYSTEM) -> str:
    """The desk's catalogue (``frontline_<code>.qm``) for the agent's stored choice, else
    for the system locale: Chinese by script (zh_CN, zh_SG, zh_Hans: Simplified; zh_TW,
    zh_HK, zh_MO, zh_Hant: Traditional), Finnish, and English for every other language."""
    if choice in LANGUAGES:
        return choice
    language = locale.language()
    if language == QLocale.Language.Chinese:
        traditional = locale.script() == QLocale.Script.TraditionalHanScript
        return "zh_TW" if traditional else "zh_CN"
    if language == QLocale.Language.Finnish:
        return "fi"
    return "en"


CATALOGUE_LOCALES: dict[str, tuple[QLocale.Language, QLocale.Script, QLocale.Country]] = {
    "en": (QLocale.Language.English, QLocale.Script.LatinScript, QLocale.Country.UnitedKingdom),
    "fi": (QLocale.Language.Finnish, QLocale.Script.LatinScript, QLocale.Country.Finland),
    "zh_CN": (QLocale.Language.Chinese, QLocale.Script.SimplifiedHanScript, QLocale.Country.China),
    "zh_TW": (
        QLocale.Language.Chinese,
        QLocale.Script.TraditionalHanScript,
        QLocale.Country.Taiwan,
    ),
}
"""The locale of dates and numbers when the catalogue is not the system's language."""


def configure_application(
    app: QApplication, settings: QSettings | None = None, theme: str | None = None
) -> ThemeService:
    """Name, font, theme and translations: everything the window inherits. ``settings``
    (desk.ini) may choose the language (``ui/language``) and the theme (``ui/theme``);
    else the system's locale and colour scheme do. ``theme`` overrides for this run."""
    app.setApplicationName("Frontline")
    app.setOrganizationName("Frontline")
    app.setApplicationDisplayName("Frontline")
    app.setWindowIcon(QIcon(str(style.ICONS / "frontline.svg")))
    app.setQuitOnLastWindowClosed(False)  # the desk quits after its shutdown, not before
    install_catalogue(app, settings)
    traditional = QLocale().script() == QLocale.Script.TraditionalHanScript
    app.setFont(style.app_font(app.font(), traditional=traditional))
    themes = ThemeService(app, settings, override=theme)
    themes.apply()
    return themes


def install_catalogue(app: QApplication, settings: QSettings | None) -> list[QTranslator]:
    """Install the desk's catalogue for the stored choice or the system locale, and Qt's
    own (``qtbase_<code>.qm``: the OK, Cancel and Close buttons, the text fields' context
    menus); returns the installed translators."""
    locale = QLocale()
    code = catalogue_for(locale, chosen_language(settings))
    if locale.language() == QLocale.Language.C or catalogue_for(locale) != code:
        # A bare "C" locale (containers, CI, LANG=C.UTF-8) means no preference: English
        # (whose catalogue carries the plural forms: "1 change", "2 changes") with
        # day-month-year dates and 24-hour times. A chosen language brings its own dates.
        QLocale.setDefault(QLocale(*CATALOGUE_LOCALES[code]))
    installed: list[QTranslator] = []
    folders = [(style.RESOURCES / "translations", "frontline")]
    if code != "en":
        folders.append(
            (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), "qtbase")
        )
    for folder, name in folders:
        translator = QTranslator(app)
        if translator.load(f"{name}_{code}", str(folder)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("no catalogue %s_%s.qm in %s", name, code, folder)
    return installed


class Desk:
    """One run of the desk: builds the services, the window and the session, and wires
    them; the session (``desktop/session.py``) runs sign-in, the server and syncing."""

    def __init__(self, app: QApplication, options: DeskOptions) -> None:
        self.app = app
        self.options = options
        self.data_dir = options.data_dir or default_data_dir()
        self.ops = Ops()
        self.bridge = SyncBridge()
        embedded = options.server_url is None
        self.tokens = TokenStore(use_keyring=options.use_keyring and not embedded)
        self.session = DeskSession(
            data_dir=self.data_dir,
            server_url=options.server_url,
            username=options.username,
            tokens=self.tokens,
            ops=self.ops,
            bridge=self.bridge,
        )
        self.window: MainWindow | None = None
        self.alerts: AlertService | None = None
        self.cache: Cache | None = None
        self.reader: CacheReader | None = None
        self.cache_key: CacheKey | None = None
        self.assets: AssetFetcher | None = None
        self.customers: CustomerDirectory | None = None
        self.workforce: WorkforceClient | None = None
        self.files: tuple[AttachmentFiles, MailQuarantine] | None = None
        self.theme: ThemeService | None = None  # set by main(); settingsApplied reloads it
        self.exit_code = 0
        self._closed: asyncio.Future[None] | None = None

    # What the session holds, read where the desk is driven as a whole (tests, scripts).
    @property
    def engine(self) -> SyncEngine | None:
        return self.session.engine

    @property
    def server(self) -> EmbeddedServer | None:
        return self.session.server

    @property
    def _asset_session(self) -> Session | None:
        return self.session.current

    async def sign_out(self) -> None:
        await self.session.sign_out()

    # ------------------------------------------------------------------ lifecycle

    async def run(self) -> int:
        loop = asyncio.get_running_loop()
        loop.set_exception_handler(self._on_loop_exception)
        self._closed = loop.create_future()
        session: Session | None = None
        if self.session.username is None:
            session = await self.session.ask_sign_in()
            if session is None:
                return 1
        username = self.session.username
        assert username is not None
        make_private_dir(self.data_dir)
        path = cache_path(self.data_dir, username)
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
        from desktop.sync.assets import AssetFetcher

        self.assets = AssetFetcher(self.cache, self.bridge.on_changes)
        self.bridge.changes.connect(self.assets.on_changes)
        self._attach_customers(self.cache)
        self._attach_workforce(self.cache)
        self._attach_files(self.cache)
        self.session.attach(self.window, self.cache, self.assets)
        self.session.start(session)
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
            window.knowledge.article_reader.public_base = public_url(settings)
        except DATABASE_ERRORS as exc:  # the SQLCipher binding's errors are its own classes
            log.info("the cache is not readable yet (%s); opening it first", exc)
            if reader is not None:
                reader.close()
            return False
        self.reader, self.window = reader, window
        window.closed.connect(self._on_window_closed)
        window.inboxPainted.connect(self._on_inbox_painted)
        self.bridge.activity.connect(window.conversation.on_activity)  # who else is there
        self._wire_customer_page(window)
        self.alerts = AlertService(  # notifications, badge, tones: desktop/ui/alerts/
            window, reader, system_player(window), agent=self._agent, settings=settings
        )
        if self.theme is not None:
            window.settingsApplied.connect(self.theme.reload)
        if self.options.window_size is not None:
            window.resize(*self.options.window_size)
        window.show()
        if self.options.knowledge_query is not None:
            window.show_page(KNOWLEDGE_PAGE)
            self._search_knowledge(self.options.knowledge_query)
        return True

    def _wire_customer_page(self, window: MainWindow) -> None:
        """The ways into the customer page: "Open profile" in the conversation details,
        the ringing offer's screen pop and "Customer profile" on a conversation search
        result (the page listens to the links itself)."""
        links = window.links
        window.details.profileRequested.connect(links.customerRequested)
        banner = window.work.banner
        banner.customerRequested.connect(links.customerRequested)
        banner.customerSearchRequested.connect(links.customerSearchRequested)
        from desktop.ui.customer.entry import add_customer_action

        add_customer_action(window.inbox_page.search.results, window.reader, links)

    def _attach_customers(self, cache: Cache) -> None:
        """The customer directory (find, profiles over REST, cached for offline use),
        given to the customer page and to the Team page's Privacy tab once the cache is
        open."""
        from desktop.sync.customers import CustomerDirectory
        from desktop.ui.customer.page import PAGE_NAME, CustomerPage

        self.customers = CustomerDirectory(
            cache, session=lambda: self.session.current, engine=lambda: self.session.engine
        )
        assert self.window is not None
        page = self.window.page(PAGE_NAME)
        if isinstance(page, CustomerPage):
            page.set_directory(self.customers)
        from desktop.ui.team.page import TeamPage

        team = self.window.page("team")
        if isinstance(team, TeamPage):
            team.set_directory(self.customers)  # the supervisors' Privacy tab

    def _attach_workforce(self, cache: Cache) -> None:
        """The workforce client (KPIs, adherence, schedule import, policy over REST, the
        reports cached for offline use), given to every page that has ``set_workforce``
        (My KPIs, My day, Team): a page without it yet is left alone."""
        from desktop.sync.workforce import WorkforceClient

        self.workforce = WorkforceClient(
            cache,
            session=lambda: self.session.current,
            engine=lambda: self.session.engine,
            publish=self.bridge.on_changes,
            zone=_system_zone,
        )
        assert self.window is not None
        for name in ("kpi", "schedule", "team"):
            page = self.window.page(name)
            attach = getattr(page, "set_workforce", None)
            if callable(attach):
                attach(self.workforce)

    def _attach_files(self, cache: Cache) -> None:
        """Attachments (fetched beside the cache, uploaded with replies) for the
        conversation pane; the mail quarantine tab on the Team page (supervisors)."""
        from desktop.sync.files import AttachmentFiles, MailQuarantine
        from desktop.ui.team.quarantine import add_quarantine_tab

        self.files = (
            AttachmentFiles(cache, lambda: self.session.current),
            MailQuarantine(lambda: self.session.current),
        )
        assert self.window is not None
        self.window.conversation.channel.set_files(self.files[0])
        add_quarantine_tab(self.window, self.ops, self.files[1])

    def _agent(self) -> AgentInfo | None:
        """The signed-in agent, once the server has welcomed this session."""
        return self.engine.agent if self.engine is not None else None

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

    def _open_page(self, name: str) -> None:
        """Show page ``name``; the customer page opens the selected conversation's
        customer (screenshots)."""
        window = self.window
        if window is None:
            return
        row = window.conversation.conversation
        if name == "customer" and row is not None:
            window.links.customerRequested.emit(row.customer_id)
        else:
            window.show_page(name)

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

    async def _shutdown(self) -> None:
        """Stop syncing, then the local server, then the cache, in that order."""
        log.info("closing the desk")
        await self.session.stop()
        await self.ops.cancel_all()
        if self.assets is not None:
            await self.assets.stop()
        if self.customers is not None:
            await self.customers.close()
        if self.workforce is not None:
            await self.workforce.close()
        for client in self.files or ():
            await client.close()
        await self.session.stop_server()
        self.bridge.flush()
        if self.reader is not None:
            self.reader.close()
        if self.cache is not None:
            await asyncio.to_thread(self.cache.close)

    # ------------------------------------------------------------------ slots

    def _on_window_closed(self) -> None:
        if self._closed is not None and not self._closed.done():
            self._closed.set_result(None)

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
        if self.options.page is not None:
            self._open_page(self.options.page)
            await asyncio.sleep(1.5)  # a customer's profile is fetched in the background
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


PUBLIC_URL_KEY = "knowledge/public_url"
"""desk.ini: the server's public base address for customers (``https://help.example.com``);
"Insert link" gives ``<it>/kb/<slug>``. Unset, links use the server the desk signed in to,
unless that is this machine (the embedded server)."""


def public_url(settings: QSettings) -> str:
    """The configured public base address of the server, "" if none."""
    value = settings.value(PUBLIC_URL_KEY, "")
    return value.strip() if isinstance(value, str) else ""


def process_age() -> float | None:
    """Seconds since this process was created (Linux), for start-up figures."""
    import os

    try:
        stat = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - int(stat[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _system_zone() -> str:
    """The desk's IANA zone name as Qt reads it from the system (Windows included); the
    workforce client falls back to "UTC" when it names no zone it knows."""
    return bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")


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
    data_dir = options.data_dir or default_data_dir()
    settings = QSettings(str(data_dir / "desk.ini"), QSettings.Format.IniFormat)
    themes = configure_application(app, settings, theme=options.theme)
    collect_on_the_ui_thread(app)
    desk = Desk(app, options)
    desk.theme = themes
    install_excepthook(desk.show_error)
    result: int = qasync.run(desk.run())
    return result
