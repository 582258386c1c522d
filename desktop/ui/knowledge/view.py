"""The Knowledge view: search as you type, browse by category, read, vote, keep favourites.

Three columns: navigation (search field, browse tree, favourites, recently viewed), the
article list (search results with highlighted matches, or a section's articles) and the
reader. Search runs on the UI thread, after a named debounce timer: it is an indexed read
of the reader's own WAL connection that takes a few milliseconds (bench: p95 < 20 ms over
50,000 articles), which is cheaper than a round trip to a worker thread and cannot block
on the writer. Favourites and recently viewed are desk-only tables written through the
cache writer (``KnowledgeStore``); votes go through the sync engine.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.changes import Changes
from desktop.store.reader import CacheReader
from desktop.ui.knowledge.models import (
    LANG_NAMES,
    ArticleIdRole,
    ArticleListModel,
    CategoryTreeModel,
    HitDelegate,
    item_from_hit,
    item_from_summary,
)
from desktop.ui.knowledge.reader_pane import ArticleReader
from desktop.ui.shell.actions import KnowledgeActions, KnowledgeStore
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.pages import PageLinks, PageWidget
from desktop.widgets.elided_label import ShrinkingLabel
from desktop.widgets.plain import PlainLabel

PAGE_NAME = "knowledge"
SEARCH_DEBOUNCE_MS = 120
SEARCH_LIMIT = 30
TREE_REFRESH_MS = 500


def locale_language(name: str) -> str:
    """The knowledge language for a Qt locale name (``fi_FI``, ``zh_TW``), or "" (all)."""
    if name.startswith("zh"):
        return "zh-Hant" if name[3:5] in ("TW", "HK", "MO") or "Hant" in name else "zh-Hans"
    code = name.split("_", maxsplit=1)[0]
    return code if code in LANG_NAMES else ""


def _list_view(name: str, model: ArticleListModel, delegate: HitDelegate) -> QListView:
    view = QListView()
    view.setObjectName(name)
    view.setModel(model)
    view.setItemDelegate(delegate)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setUniformItemSizes(False)
    # Rows are rich text wrapped to the list's width: word wrap makes the list lay them
    # out again when only its width changes (Adjust alone waits for a height change, and
    # rows kept another width's heights, overlapping at 1024 px).
    view.setWordWrap(True)
    view.setMouseTracking(True)
    return view


class KnowledgeView(PageWidget):
    """Search, browse and read the knowledge base from the cache (the Knowledge page).

    With the shell's ``links`` it serves ``articleRequested`` (shows itself through
    ``pageRequested`` and opens the article) and forwards ``insertRequested`` to them.

    Signals:
        searchFinished(int): a search ran; carries the number of results.
        articleOpened(int): the reader shows this article (cache id).
        insertRequested(str): text for the current conversation's reply box.
        voteQueued(int): a helpful vote went into the outbox; its mutation id.
    """

    searchFinished = Signal(int)  # noqa: N815 - Qt naming
    articleOpened = Signal(int)  # noqa: N815 - Qt naming
    insertRequested = Signal(str)  # noqa: N815 - Qt naming
    voteQueued = Signal(int)  # noqa: N815 - Qt naming

    def __init__(
        self,
        reader: CacheReader,
        ops: Ops,
        parent: QWidget | None = None,
        *,
        links: PageLinks | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("knowledge")
        self.reader = reader
        self.ops = ops
        self.kb_actions: KnowledgeActions | None = None
        self.store: KnowledgeStore | None = None
        self.section: tuple[str, str | None] | None = None

        self._make_inputs()
        self.delegate = HitDelegate(self)
        self.results_model = ArticleListModel(self)
        self.results = _list_view("kbResults", self.results_model, self.delegate)
        self.results.setAccessibleName(self.tr("Articles"))
        self.favourites_model = ArticleListModel(self)
        self.favourites = _list_view("kbFavourites", self.favourites_model, self.delegate)
        self.favourites.setAccessibleName(self.tr("Favourite articles"))
        self.recent_model = ArticleListModel(self)
        self.recent = _list_view("kbRecent", self.recent_model, self.delegate)
        self.recent.setAccessibleName(self.tr("Recently viewed articles"))
        # Long category paths are elided (whole in the tooltip), so the three panes fit
        # side by side in a 1024 px window.
        self.list_title = ShrinkingLabel(keep_chars=12)
        self.list_title.setObjectName("sectionTitle")
        self.article_reader = ArticleReader(reader)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("kbSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._make_nav())
        self.splitter.addWidget(self._make_list())
        self.splitter.addWidget(self.article_reader)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([280, 380, 740])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self._make_timers()
        self.search.textChanged.connect(self._on_search_edited)
        self.search.returnPressed.connect(self._on_search_entered)
        self.language.currentIndexChanged.connect(self._on_language_changed)
        self.tree.clicked.connect(self._on_tree_clicked)
        for view in (self.results, self.favourites, self.recent):
            view.clicked.connect(self._on_article_clicked)
            view.activated.connect(self._on_article_clicked)
        self.article_reader.translationPicked.connect(self.open_article)
        self.article_reader.favouriteToggled.connect(self._on_favourite_toggled)
        self.article_reader.voteRequested.connect(self._on_vote_requested)
        self.article_reader.insertRequested.connect(self.insertRequested)
        if links is not None:
            self.insertRequested.connect(links.insertRequested)
            links.articleRequested.connect(self._on_article_requested)
        self.links = links
        self.reload()

    def _make_timers(self) -> None:
        self._search_timer = QTimer(self)
        self._search_timer.setObjectName("knowledge-search-debounce")
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.run_search)
        # The browse tree is a GROUP BY over every article (~16 ms at 50,000): synced
        # changes refresh it at most twice a second, and only while it can be seen.
        self._tree_dirty = False
        self._stopped = False  # the window closed: the reader is gone
        self._tree_timer = QTimer(self)
        self._tree_timer.setObjectName("knowledge-tree-refresh")
        self._tree_timer.setSingleShot(True)
        self._tree_timer.setInterval(TREE_REFRESH_MS)
        self._tree_timer.timeout.connect(self._on_tree_timer)

    def _make_inputs(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("kbSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search articles  (Ctrl+K)"))
        self.search.setAccessibleName(self.tr("Search the knowledge base"))
        self.language = QComboBox()
        self.language.setObjectName("kbLanguage")
        self.language.setAccessibleName(self.tr("Browse language"))
        self.language.addItem(self.tr("All languages"), "")
        for code, name in LANG_NAMES.items():
            self.language.addItem(name, code)
        # New hires browse in their own language; "All languages" is one click away.
        self.language.setCurrentIndex(
            max(0, self.language.findData(locale_language(QLocale().name())))
        )

        self.tree_model = CategoryTreeModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("kbTree")
        self.tree.setHeaderHidden(True)
        self.tree.setModel(self.tree_model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAccessibleName(self.tr("Categories"))

    def _make_nav(self) -> QFrame:
        nav = QFrame()
        nav.setObjectName("kbNav")
        column = QVBoxLayout(nav)
        column.setContentsMargins(12, 12, 12, 12)
        column.setSpacing(8)
        column.addWidget(self.search)
        column.addWidget(self.language)
        for title, view, stretch in (
            (self.tr("Browse"), self.tree, 3),
            (self.tr("Favourites"), self.favourites, 1),
            (self.tr("Recently viewed"), self.recent, 2),
        ):
            label = PlainLabel(title)
            label.setObjectName("sectionTitle")
            column.addWidget(label)
            column.addWidget(view, stretch)
        return nav

    def _make_list(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("kbList")
        column = QVBoxLayout(frame)
        column.setContentsMargins(0, 12, 0, 0)
        column.setSpacing(6)
        title = QHBoxLayout()
        title.setContentsMargins(12, 0, 12, 0)
        title.addWidget(self.list_title)
        column.addLayout(title)
        column.addWidget(self.results, 1)
        return frame

    # ------------------------------------------------------------------ public API

    def set_actions(self, actions: KnowledgeActions | None) -> None:
        """The sync engine once signed in (votes need it), None while signing in."""
        self.kb_actions = actions
        self.article_reader.set_can_vote(actions is not None)

    def set_store(self, store: KnowledgeStore | None) -> None:
        """The cache writer for favourites and recently viewed (once the cache is open)."""
        self.store = store

    def stop(self) -> None:
        """No more searches (the window is closing; the reader goes next)."""
        self._search_timer.stop()
        self._tree_timer.stop()
        self.article_reader.stop()
        self._stopped = True

    def focus_target(self, target: str) -> None:
        """The page's one focus target is the search field."""
        del target
        self.focus_search()

    def save_state(self) -> QByteArray:
        return self.splitter.saveState()

    def restore_state(self, state: QByteArray) -> None:
        self.splitter.restoreState(state)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def lang(self) -> str:
        return str(self.language.currentData() or "")

    def reload(self) -> None:
        """Re-read the tree and the agent's lists (start, reset, new articles)."""
        self._reload_tree()
        self._reload_lists()
        self._show_list()

    def run_search(self) -> None:
        self._search_timer.stop()
        query = self.search.text()
        if not query.strip():
            self._show_list()
            self.searchFinished.emit(0)
            return
        hits = self.reader.search(query, limit=SEARCH_LIMIT, as_you_type=True)
        self.results_model.set_items([item_from_hit(hit) for hit in hits])
        self._select_current()
        self.list_title.setText(
            self.tr("{0} results").format(len(hits)) if hits else self.tr("No articles found")
        )
        self.searchFinished.emit(len(hits))

    def open_article(self, article_id: int) -> None:
        article = self.reader.article(article_id)
        self.article_reader.show_article(article)
        if article is None:
            return
        self.articleOpened.emit(article.id)
        store = self.store
        if store is not None:
            self.ops.run(
                store.mark_viewed(article.slug),
                what=self.tr("remember the article"),
                on_done=self._on_local_changes,
            )

    def open_slug(self, slug: str) -> None:
        article = self.reader.article_by_slug(slug)
        if article is not None:
            self.open_article(article.id)

    def _on_article_requested(self, slug: str) -> None:
        if self.links is not None:
            self.links.pageRequested.emit(PAGE_NAME)
        self.open_slug(slug)

    def on_changes(self, changes: Changes) -> None:
        if not (changes.reset or changes.articles):
            return
        if changes.reset:
            self.reload()
        else:
            self._reload_lists()
            self._tree_dirty = True
            if not self._tree_timer.isActive():
                self._tree_timer.start()
        current = self.article_reader.article
        if current is not None and (changes.reset or current.id in changes.articles):
            self.article_reader.show_article(self.reader.article(current.id))
        if self.search.text().strip() and not self._search_timer.isActive():
            self._search_timer.start()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._tree_dirty:
            self._reload_tree()

    # ------------------------------------------------------------------ slots

    def _on_local_changes(self, changes: Changes) -> None:
        """A favourite or a view was written: only the agent's lists and the open article
        can have changed, never the tree or the results. A write that lands after the
        window closed (the reader is closed by then) changes nothing on screen."""
        if self._stopped:
            return
        self._reload_lists()
        current = self.article_reader.article
        if current is not None and current.id in changes.articles:
            self.article_reader.show_article(self.reader.article(current.id))

    def _on_vote_queued(self, mutation_id: int) -> None:
        self.article_reader.comment.clear()
        self.voteQueued.emit(mutation_id)

    def _on_tree_timer(self) -> None:
        if self.isVisible():
            self._reload_tree()

    def _on_search_edited(self, _text: str) -> None:
        self._search_timer.start()

    def _on_search_entered(self) -> None:
        """Enter searches now and opens the best article (keyboard-first)."""
        self.run_search()
        if self.results_model.rowCount():
            self.results.setCurrentIndex(self.results_model.index(0))
            self.open_article(self.results_model.items[0].article_id)

    def _on_language_changed(self, _index: int) -> None:
        self.section = None
        self.reload()

    def _on_tree_clicked(self, index: QModelIndex) -> None:
        self.section = self.tree_model.location(index)
        if self.search.text():
            self.search.clear()  # showing a section replaces the results
        self._show_list()

    def _on_article_clicked(self, index: QModelIndex) -> None:
        article_id = index.data(ArticleIdRole)
        if isinstance(article_id, int):
            self.open_article(article_id)

    def _on_favourite_toggled(self, slug: str, on: bool) -> None:
        if self.store is None:
            return
        self.ops.run(
            self.store.set_favourite(slug, on),
            what=self.tr("change your favourites"),
            on_done=self._on_local_changes,
        )

    def _on_vote_requested(self, article_id: int, value: int, comment: str) -> None:
        if self.kb_actions is None:
            return
        self.ops.run(
            self.kb_actions.vote(article_id, 1 if value > 0 else -1, comment or None),
            what=self.tr("send your vote"),
            on_done=self._on_vote_queued,
        )

    # ------------------------------------------------------------------ internals

    def _select_current(self) -> None:
        """Keep the article in the reader selected in the list, if it is there."""
        current = self.article_reader.article
        if current is None:
            return
        for row, item in enumerate(self.results_model.items):
            if item.article_id == current.id:
                self.results.setCurrentIndex(self.results_model.index(row))
                return

    def _reload_tree(self) -> None:
        self._tree_dirty = False
        if self.tree_model.set_nodes(self.reader.categories(self.lang() or None)):
            self.tree.expandAll()

    def _reload_lists(self) -> None:
        self.favourites_model.set_items([item_from_summary(s) for s in self.reader.favourites()])
        self.recent_model.set_items(
            [item_from_summary(s) for s in self.reader.recently_viewed(limit=15)]
        )

    def _show_list(self) -> None:
        """Without a query the middle column lists the chosen category or section."""
        if self.search.text().strip():
            return
        if self.section is None:
            self.results_model.set_items([])
            self.list_title.setText(self.tr("Pick a category, or search"))
            return
        category, section = self.section
        articles = self.reader.articles_in(category, section, self.lang() or None)
        self.results_model.set_items([item_from_summary(s) for s in articles])
        self._select_current()
        self.list_title.setText(" › ".join(p for p in (category, section) if p))
