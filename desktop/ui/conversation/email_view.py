"""An email's formatted view: the sanitised HTML in a browser that loads nothing remote.

The server sanitised the HTML already (nh3: no scripts, no remote content, only ``cid:``
images). The desk does not rely on that alone: :class:`SafeBrowser` answers every
resource request itself (``loadResource``) and returns nothing except a ``cid:`` image
this desk already holds as a fetched attachment; it never follows a link on its own. A
click on a link asks first ("Open this link in your browser?") and only ``http``,
``https`` and ``mailto`` links are offered to the system browser at all. A tracking pixel
or a remote stylesheet is therefore never requested, whatever the mail contains.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.models.rows import MessageRow
from desktop.widgets.plain import display_text

log = logging.getLogger(__name__)
LINK_SCHEMES = frozenset({"http", "https", "mailto"})
Opener = Callable[[QUrl], bool]
ImageSource = Callable[[str], QImage | None]
"""An inline image by its ``cid:`` content id, when the desk holds it (else None)."""


def blank_image() -> QImage:
    """A 1x1 transparent image: what a refused image shows (its alt text aside)."""
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(0)
    return image


class SafeBrowser(QTextBrowser):
    """A QTextBrowser that loads no resource but cached ``cid:`` images and opens no link
    by itself. ``requested`` lists every resource the document asked for (tests, logs);
    ``confirm`` decides whether a clicked link is opened with ``opener``."""

    def __init__(
        self,
        images: ImageSource,
        opener: Opener = QDesktopServices.openUrl,
        confirm: Callable[[QUrl], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("formattedMail")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.images = images
        self.opener = opener
        self.confirm = confirm or self._ask
        self.requested: list[str] = []
        self.anchorClicked.connect(self._on_link)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:  # noqa: N802 - Qt override
        """Only ``cid:`` images the desk holds; nothing else is ever fetched. A refusal
        is an empty answer (a blank image), never none: with none, or a null image, Qt
        would read the name as a local file (``file:``, a relative path) on its own."""
        url = name if isinstance(name, QUrl) else QUrl(name)
        self.requested.append(url.toString())
        if url.scheme().lower() == "cid" and kind == QTextDocument.ResourceType.ImageResource:
            try:
                image = self.images(url.path() or url.toString()[4:])
            except Exception:  # the cache closed under a dialog left open: no image
                log.exception("inline image %s", url.toString()[:80])
                image = None
            if image is not None and not image.isNull():
                return image
        if kind == QTextDocument.ResourceType.ImageResource:
            return blank_image()  # a null one makes Qt try the name as a file path
        return QByteArray()

    def _on_link(self, url: QUrl) -> None:
        if url.scheme().lower() not in LINK_SCHEMES:
            return
        if self.confirm(url):
            self.opener(url)

    def _ask(self, url: QUrl) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Open link"),
            self.tr("Open this link in your browser?\n\n{0}").format(
                display_text(url.toDisplayString())
            ),
        )
        return answer == QMessageBox.StandardButton.Yes


class FormattedMailDialog(QDialog):
    """The formatted view of one email (non-modal; closing it forgets it)."""

    def __init__(
        self,
        message: MessageRow,
        images: ImageSource,
        opener: Opener = QDesktopServices.openUrl,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("formattedMailDialog")
        self.message = message
        author = display_text(message.author_name)
        self.setWindowTitle(self.tr("Formatted email from {0}").format(author))
        self.browser = SafeBrowser(images, opener, parent=self)
        self.browser.setAccessibleName(self.tr("Formatted email"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)
        self.show_html()

    def show_html(self) -> None:
        """(Re)load the HTML: after inline images arrive, they show in place."""
        self.browser.document().clear()
        self.browser.setHtml(self.message.html)
