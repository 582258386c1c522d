"""Qt item models and the delegate of the Knowledge view.

:class:`CategoryTreeModel` is the browse tree (category > section) over the cache's
``categories()`` read; :class:`ArticleListModel` holds one list of articles (search hits,
a section's articles, favourites, recently viewed) as small frozen rows, never widgets;
:class:`HitDelegate` paints a hit's highlighted title and snippet with one cached
``QTextDocument`` per row and width.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from desktop.models.knowledge import ArticleSummary, CategoryNode, KbHit
from desktop.ui.knowledge.render import marks_to_spans
from desktop.ui.shell import style
from desktop.widgets.plain import display_text, escape

Index = QModelIndex | QPersistentModelIndex
ArticleIdRole = Qt.ItemDataRole.UserRole + 1
HtmlRole = Qt.ItemDataRole.UserRole + 2
SectionRole = Qt.ItemDataRole.UserRole + 3
LANG_NAMES = {"en": "English", "fi": "Suomi", "zh-Hans": "简体中文", "zh-Hant": "繁體中文"}


@dataclass(frozen=True, slots=True)
class ArticleItem:
    """One row of an article list: the cache id, plain title and the rich text to paint."""

    article_id: int
    slug: str
    title: str
    lang: str
    html: str


def item_from_hit(hit: KbHit) -> ArticleItem:
    # Rich text we author: ``*_html`` is the index's escaped text with <mark> around the
    # matches (desktop.knowledge.text.highlight_html); anything else is escaped here.
    title = display_text(hit.hit.title_html) or escape(hit.hit.title)
    snippet = display_text(hit.hit.snippet_html) or escape(hit.hit.snippet)
    lang = escape(LANG_NAMES.get(hit.hit.lang, hit.hit.lang))
    html = (
        f"<div><b>{marks_to_spans(title)}</b>"
        f' <span class="muted">· {lang}</span></div>'
        f'<div class="secondary">{marks_to_spans(snippet)}</div>'
    )
    return ArticleItem(hit.article_id, hit.hit.id, hit.hit.title, hit.hit.lang, html)


def item_from_summary(summary: ArticleSummary) -> ArticleItem:
    lang = escape(LANG_NAMES.get(summary.lang, summary.lang))
    where = " › ".join(p for p in (summary.category, summary.section) if p)
    html = (
        f'<div>{escape(summary.title)} <span class="muted">· {lang}</span></div>'
        f'<div class="muted">{escape(where)}</div>'
    )
    return ArticleItem(summary.id, summary.slug, summary.title, summary.lang, html)


class ArticleListModel(QAbstractListModel):
    """A list of articles; ``DisplayRole`` is the title, ``HtmlRole`` the painted text.

    Signals: none besides QAbstractItemModel's.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[ArticleItem] = []

    def set_items(self, items: list[ArticleItem]) -> None:
        """Replace the rows; an identical list leaves the model (and selection) alone."""
        if items == self.items:
            return
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return display_text(item.title)
        if role == HtmlRole:
            return item.html
        if role == ArticleIdRole:
            return item.article_id
        return None


class CategoryTreeModel(QAbstractItemModel):
    """Categories with their sections (and article counts) for browsing.

    Internal ids: 0 for a category row, ``category row + 1`` for a section row.

    Signals: none besides QAbstractItemModel's.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.nodes: list[CategoryNode] = []

    def set_nodes(self, nodes: list[CategoryNode]) -> bool:
        """Replace the tree; False (and no reset) if nothing changed."""
        if nodes == self.nodes:
            return False
        self.beginResetModel()
        self.nodes = nodes
        self.endResetModel()
        return True

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self.nodes) else QModelIndex()
        if parent.internalId() != 0:
            return QModelIndex()
        sections = self.nodes[parent.row()].sections
        return self.createIndex(row, 0, parent.row() + 1) if row < len(sections) else QModelIndex()

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(child.internalId()) - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if not parent.isValid():
            return len(self.nodes)
        if parent.internalId() == 0:
            return len(self.nodes[parent.row()].sections)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 1

    def location(self, index: Index) -> tuple[str, str | None] | None:
        """(category, section) of a row; section None for a category row."""
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self.nodes[index.row()].name, None
        node = self.nodes[int(index.internalId()) - 1]
        return node.name, node.sections[index.row()].name

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        where = self.location(index)
        if where is None:
            return None
        category, section = where
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if section is None:
                node = self.nodes[index.row()]
                return f"{display_text(category) or self.tr('Other')}  ({node.count})"
            count = self.nodes[int(index.internalId()) - 1].sections[index.row()].count
            return f"{display_text(section) or self.tr('General')}  ({count})"
        if role == SectionRole:
            return where
        return None


class HitDelegate(QStyledItemDelegate):
    """Paints ``HtmlRole`` rich text (highlighted title and snippet) for each row.

    The rich text names classes (``muted``, ``mark``, ...), coloured by the theme's
    :func:`~desktop.ui.shell.style.rich_text_css`; documents are cached per theme
    generation, so a theme switch repaints every row in the new colours."""

    PAD = 8

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._docs: dict[tuple[str, int, int], QTextDocument] = {}

    def _doc(self, html: str, width: int, option: QStyleOptionViewItem) -> QTextDocument:
        key = (html, width, style.generation())
        doc = self._docs.get(key)
        if doc is None:
            if len(self._docs) > 400:
                self._docs.clear()
            doc = QTextDocument()
            doc.setDefaultFont(option.font)
            doc.setDefaultStyleSheet(style.rich_text_css())
            doc.setDocumentMargin(0)
            doc.setHtml(html)
            doc.setTextWidth(max(40, width - 2 * self.PAD))
            self._docs[key] = doc
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        html = str(index.data(HtmlRole) or "")
        rect = option.rect
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, style.SELECTED_BG)
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, style.HOVER_BG)
        doc = self._doc(html, rect.width(), option)
        painter.translate(rect.left() + self.PAD, rect.top() + self.PAD)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, style.TEXT)
        doc.documentLayout().draw(painter, context)
        painter.restore()
        painter.save()
        painter.setPen(style.DIVIDER)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()

    def row_width(self, option: QStyleOptionViewItem) -> int:
        """The width a row wraps to: the viewport of the view asking (one delegate may
        serve several lists). ``option.rect`` in
        :meth:`sizeHint` is not the row (0, or the previous hint's width), which made rows
        keep the heights of another width and overlap after a resize."""
        view = option.widget if isinstance(option.widget, QAbstractItemView) else self.parent()
        if isinstance(view, QAbstractItemView) and view.viewport().width() > 0:
            return view.viewport().width()
        return option.rect.width() or 320

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        html = str(index.data(HtmlRole) or "")
        width = self.row_width(option)
        doc = self._doc(html, width, option)
        height = QRectF(0, 0, doc.idealWidth(), doc.size().height()).height()
        return QSize(width, int(height) + 2 * self.PAD + 1)

    def forget(self) -> None:
        self._docs.clear()
