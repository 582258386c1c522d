"""The article reader: rendered Markdown, translations, favourite, copy/insert, votes.

Everything comes from the cache by primary key. Votes go through the sync engine
(``KnowledgeActions.vote``), which records them in the outbox and changes the totals in
the cache at once; the bridge's ``Changes(articles=...)`` then repaints the totals here,
marked as pending until the server confirms. Nothing is ever fetched from the network
while reading: ``KbBrowser.loadResource`` refuses remote resources.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QGuiApplication, QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedLayout,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.knowledge import ArticleRow
from desktop.store.reader import CacheReader
from desktop.ui.knowledge.models import LANG_NAMES
from desktop.ui.knowledge.render import ASSET_SCHEME, article_css, article_html
from desktop.ui.knowledge.sections import opening_paragraph, reply_text
from desktop.ui.shell import style
from desktop.widgets.elided_label import ShrinkingLabel
from desktop.widgets.flow import FlowLayout
from desktop.widgets.plain import PlainLabel, display_text


class KbBrowser(QTextBrowser):
    """A text browser that never loads anything from outside the document: images come
    from the desk's cache (``asset:<sha256>``), everything remote is refused."""

    def __init__(self, reader: CacheReader | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cache_reader = reader

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802
        url = QUrl(name)
        if url.scheme() == ASSET_SCHEME:
            found = self.cache_reader.asset(url.path()) if self.cache_reader else None
            if found is None or kind != QTextDocument.ResourceType.ImageResource.value:
                return None
            image = QImage.fromData(found[1])
            return None if image.isNull() else image
        if url.scheme() in ("", "data", "qrc"):
            return super().loadResource(kind, name)
        return None


class ArticleReader(QFrame):
    """Shows one article with its actions.

    Signals:
        translationPicked(int): the agent chose another language of the article (its id).
        favouriteToggled(str, bool): the agent starred or un-starred the article (slug).
        voteRequested(int, int, str): article id, +1/-1 and the optional comment.
        insertRequested(str): text for the current conversation's reply box.
    """

    translationPicked = Signal(int)  # noqa: N815 - Qt naming
    favouriteToggled = Signal(str, bool)  # noqa: N815 - Qt naming
    voteRequested = Signal(int, int, str)  # noqa: N815 - Qt naming
    insertRequested = Signal(str)  # noqa: N815 - Qt naming

    def __init__(self, reader: CacheReader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleReader")
        self.reader = reader
        self.article: ArticleRow | None = None
        self.link_base = ""
        """The signed-in server's ``/kb`` address (set by the session)."""
        self.public_base = ""
        """The server's public base address for customers, if configured (desk.ini
        ``knowledge/public_url``); links use it before ``link_base``."""
        self._filling = False

        tools = self._make_tools()
        self.browser = KbBrowser(reader)
        self.browser.setObjectName("articleBrowser")
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Article"))
        self.browser.document().setDefaultStyleSheet(article_css())
        self.browser.document().setDocumentMargin(20)
        style.notifier.changed.connect(self._on_theme_changed)

        votes = self._make_votes()
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addLayout(tools)
        column.addWidget(self.browser, 1)
        meta = QHBoxLayout()
        meta.setContentsMargins(16, 4, 16, 0)
        meta.addWidget(self.where)
        column.addLayout(meta)
        column.addLayout(votes)
        self.empty = PlainLabel(self.tr("Search or browse to open an article"))
        self.empty.setObjectName("emptyState")
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)

        self.language.activated.connect(self._on_language_activated)
        self.favourite.toggled.connect(self._on_favourite_toggled)
        self.copy_button.clicked.connect(self.on_copy_paragraph)
        self.insert_button.clicked.connect(self.on_insert_paragraph)
        self.link_button.clicked.connect(self.on_insert_link)
        self.helpful.clicked.connect(lambda: self._on_vote(1))
        self.unhelpful.clicked.connect(lambda: self._on_vote(-1))
        self.set_can_vote(False)

    def _make_tools(self) -> FlowLayout:
        self.language = QComboBox()
        self.language.setObjectName("articleLanguage")
        self.language.setAccessibleName(self.tr("Article language"))
        self.favourite = QToolButton()
        self.favourite.setObjectName("favouriteButton")
        self.favourite.setAccessibleName(self.tr("Favourite"))
        self.favourite.setCheckable(True)
        self.favourite.setToolTip(self.tr("Keep this article in your favourites"))
        self.copy_button = QPushButton(self.tr("Copy paragraph"))
        self.copy_button.setToolTip(self.tr("Copy the selection or the paragraph at the cursor"))
        self.insert_button = QPushButton(self.tr("Insert into reply"))
        self.insert_button.setObjectName("primary")
        self.insert_button.setToolTip(
            self.tr(
                "Insert the selection or the paragraph at the cursor into the reply; "
                "with neither, the part of the article written for the customer"
            )
        )
        self.link_button = QPushButton(self.tr("Insert link"))
        self.link_button.setToolTip(self.tr("Insert the article's title and link into the reply"))
        # Two groups in a flow: the actions wrap under the article's own controls when
        # the pane is narrow (large text at 1024 px) instead of widening the window.
        mine, actions = QWidget(), QWidget()
        for group, widgets in (
            (mine, (self.language, self.favourite)),
            (actions, (self.copy_button, self.link_button, self.insert_button)),
        ):
            row = QHBoxLayout(group)
            row.setContentsMargins(0, 0, 0, 0)
            for widget in widgets:
                row.addWidget(widget)
        tools = FlowLayout()
        tools.setContentsMargins(16, 10, 16, 6)
        tools.addWidget(mine)
        tools.addWidget(actions)
        return tools

    def _make_votes(self) -> QHBoxLayout:
        self.where = ShrinkingLabel(keep_chars=12)  # a long category path gives way
        self.where.setObjectName("muted")
        self.helpful = QPushButton()
        self.helpful.setObjectName("voteUp")
        self.helpful.setAccessibleName(self.tr("This article helped"))
        self.helpful.setCheckable(True)
        self.unhelpful = QPushButton()
        self.unhelpful.setObjectName("voteDown")
        self.unhelpful.setAccessibleName(self.tr("This article did not help"))
        self.unhelpful.setCheckable(True)
        self.comment = QLineEdit()
        self.comment.setObjectName("voteComment")
        self.comment.setAccessibleName(self.tr("Comment for the authors"))
        self.comment.setPlaceholderText(self.tr("Optional comment for the authors"))
        self.comment.setMaxLength(500)
        self.vote_state = PlainLabel()
        self.vote_state.setObjectName("muted")
        votes = QHBoxLayout()
        votes.setContentsMargins(16, 6, 16, 10)
        votes.addWidget(PlainLabel(self.tr("Was this helpful?")))
        votes.addWidget(self.helpful)
        votes.addWidget(self.unhelpful)
        votes.addWidget(self.comment, 1)
        votes.addWidget(self.vote_state)
        return votes

    # ------------------------------------------------------------------ public API

    def show_article(self, article: ArticleRow | None) -> None:
        """Render ``article`` (None: the empty state)."""
        same = self.article is not None and article is not None and self.article.id == article.id
        scroll = self.browser.verticalScrollBar().value() if same else 0
        self.article = article
        self.stack.setCurrentIndex(1 if article else 0)
        if article is None:
            return
        html = article_html(  # escapes the title; raw HTML in the Markdown is escaped too
            display_text(article.title),
            display_text(article.body),
            self.reader.has_asset,
            self.tr("image not downloaded yet"),
        )
        if not same or self.browser.property("rendered") != html:
            self.browser.setHtml(html)
            self.browser.setProperty("rendered", html)
            self.browser.verticalScrollBar().setValue(scroll)
        self._fill_languages(article)
        self._fill_votes(article)
        where = " › ".join(p for p in (article.category, article.section) if p)
        self.where.setText(
            self.tr("{0} · version {1}").format(where, article.version) if where else ""
        )

    def stop(self) -> None:
        """The window is closing and the reader goes next: a theme switch after this
        (the notifier is the process's, and outlives windows) must not read the cache."""
        with contextlib.suppress(RuntimeError, TypeError):  # already disconnected
            style.notifier.changed.disconnect(self._on_theme_changed)
        self.article = None

    def _on_theme_changed(self) -> None:
        """The theme switched: the article's colours live in its document's default
        style sheet, which applies when the HTML is set, so render it again in place."""
        self.browser.document().setDefaultStyleSheet(article_css())
        if self.article is not None:
            self.browser.setProperty("rendered", None)
            self.show_article(self.article)

    def set_can_vote(self, can: bool) -> None:
        self.helpful.setEnabled(can)
        self.unhelpful.setEnabled(can)
        self.comment.setEnabled(can)
        tip = "" if can else self.tr("Voting is possible once signed in")
        self.helpful.setToolTip(tip)
        self.unhelpful.setToolTip(tip)

    def _chosen(self) -> str:
        """The selection, else the paragraph the agent put the cursor in ("" if none:
        an article opens with the cursor on its title)."""
        cursor = self.browser.textCursor()
        if cursor.hasSelection():
            return cursor.selectedText().replace("\u2029", "\n").strip()
        text = cursor.block().text().strip()
        return text if text and cursor.blockNumber() > 0 else ""

    def paragraph(self) -> str:
        """The selection, else the paragraph at the cursor, else the first paragraph."""
        return self._chosen() or opening_paragraph(self.browser.document())

    def reply_text(self) -> str:
        """What "Insert into reply" inserts: the selection or the paragraph at the cursor,
        else the part of the article written for the customer (``sections.reply_text``),
        never the agent-facing opening when the article has such a part."""
        return self._chosen() or reply_text(self.browser.document())

    def link_base_url(self) -> str:
        """Where customers open articles: the configured public address of the server
        (``public_base``), else the server this desk signed in to unless that is this
        machine (the embedded server's loopback address, whose port changes every run,
        means nothing to a customer); "" when there is none."""
        if self.public_base:
            return f"{self.public_base.rstrip('/')}/kb"
        host = QUrl(self.link_base).host().casefold()
        loopback = host in ("localhost", "::1") or host.startswith("127.")
        return "" if loopback else self.link_base.rstrip("/")

    def link_text(self) -> str:
        article = self.article
        if article is None:
            return ""
        base = self.link_base_url()
        if base:
            return f"{article.title}: {base}/{article.slug}"
        return self.tr("{0} (knowledge base: {1})").format(article.title, article.slug)

    def select_paragraph(self, number: int) -> None:
        """Put the cursor in block ``number`` (tests, keyboard users)."""
        block = self.browser.document().findBlockByNumber(number)
        cursor = QTextCursor(block)
        self.browser.setTextCursor(cursor)

    # ------------------------------------------------------------------ slots

    def on_copy_paragraph(self) -> None:
        text = self.paragraph()
        if text:
            QGuiApplication.clipboard().setText(text)

    def on_insert_paragraph(self) -> None:
        text = self.reply_text()
        if text:
            self.insertRequested.emit(text)

    def on_insert_link(self) -> None:
        text = self.link_text()
        if text:
            self.insertRequested.emit(text)

    def _on_language_activated(self, index: int) -> None:
        if self._filling:
            return
        article_id = self.language.itemData(index)
        if isinstance(article_id, int) and self.article and article_id != self.article.id:
            self.translationPicked.emit(article_id)

    def _on_favourite_toggled(self, on: bool) -> None:
        self._show_favourite(on)
        if not self._filling and self.article is not None and on != self.article.favourite:
            self.favouriteToggled.emit(self.article.slug, on)

    def _on_vote(self, value: int) -> None:
        article = self.article
        if article is None:
            return
        self._fill_votes(article)  # the checked state follows the cache, not the click
        if article.my_vote == value:
            return
        self.voteRequested.emit(article.id, value, self.comment.text().strip())

    # ------------------------------------------------------------------ internals

    def _fill_languages(self, article: ArticleRow) -> None:
        self._filling = True
        try:
            self.language.clear()
            self.language.addItem(LANG_NAMES.get(article.lang, article.lang), article.id)
            for other in self.reader.translations(article.id):
                self.language.addItem(LANG_NAMES.get(other.lang, other.lang), other.id)
            self.language.setCurrentIndex(0)
            self.language.setEnabled(self.language.count() > 1)
            self.favourite.setChecked(article.favourite)
            self._show_favourite(article.favourite)
        finally:
            self._filling = False

    def _show_favourite(self, on: bool) -> None:
        self.favourite.setText(self.tr("★ Favourite") if on else self.tr("☆ Favourite"))

    def _fill_votes(self, article: ArticleRow) -> None:
        self.helpful.setText(self.tr("Yes · {0}").format(article.helpful_up))
        self.unhelpful.setText(self.tr("No · {0}").format(article.helpful_down))
        self.helpful.setChecked(article.my_vote == 1)
        self.unhelpful.setChecked(article.my_vote == -1)
        if article.my_vote is None:
            self.vote_state.setText("")
        elif article.my_vote_pending:
            self.vote_state.setText(self.tr("Your vote is waiting to be sent"))
        else:
            self.vote_state.setText(self.tr("Thanks for your vote"))
