"""The formatted email view loads nothing remote or local, whatever the HTML asks for,
and the bubble's extras say what they should for each kind of message.

A real web server counts requests: HTML that names it for an image, a stylesheet and a
background (as a mail that escaped sanitising might) is shown, painted, and the server
is never asked. ``cid:`` images come only from the desk's own files; a link opens only
after the agent agrees, and only for http(s) and mailto.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont, QImage, QTextDocument
from pytestqt.qtbot import QtBot

from desktop.models.rows import AttachmentRow, MessageRow
from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from desktop.ui.conversation.bubble_extras import delivery_text, layout_extras
from desktop.ui.conversation.email_view import FormattedMailDialog, SafeBrowser
from desktop.ui.conversation.pane import ConversationPane
from desktop.ui.shell.ops import Ops


class Counter(BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        Counter.hits.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        del format, args


@pytest.fixture(scope="module")
def remote() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Counter)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def message(**fields: object) -> MessageRow:
    base: dict[str, object] = {
        "id": 1,
        "conversation_id": 1,
        "direction": "out",
        "author_name": "Emma",
        "body": "Hello",
        "created_at": 0.0,
        "pending": False,
    }
    return MessageRow(**{**base, **fields})  # type: ignore[arg-type]


def test_nothing_remote_or_local_is_loaded(qtbot: QtBot, remote: str, tmp_path: Path) -> None:
    secret = tmp_path / "secret.png"
    QImage(4, 4, QImage.Format.Format_ARGB32).save(str(secret))
    logo = QImage(3, 3, QImage.Format.Format_ARGB32)
    logo.fill(0xFF00FF00)
    html = (
        f'<html><head><link rel="stylesheet" href="{remote}/style.css"></head>'
        f'<body background="{remote}/bg.png"><p>Hi <img src="{remote}/pixel.png"></p>'
        f'<img src="file://{secret}"><img src="{secret.name}"><img src="cid:logo">'
        f'<a href="{remote}/go">go</a> <a href="file:///etc/passwd">local</a></body></html>'
    )
    opened: list[QUrl] = []

    def opener(url: QUrl) -> bool:
        opened.append(url)
        return True

    row = message(direction="in", html=html)
    dialog = FormattedMailDialog(row, lambda cid: logo if cid == "logo" else None, opener)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.grab()  # painted: every image was asked for
    browser = dialog.browser
    assert f"{remote}/pixel.png" in browser.requested
    assert "cid:logo" in browser.requested
    assert not Counter.hits
    document = browser.document()
    image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl("cid:logo"))
    assert isinstance(image, QImage)
    assert image.size().width() == 3
    local = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(f"file://{secret}"))
    assert isinstance(local, QImage)
    assert local.width() == 1  # the blank stand-in, not the file

    browser.confirm = lambda _url: False
    browser.anchorClicked.emit(QUrl(f"{remote}/go"))
    assert opened == []
    browser.confirm = lambda _url: True
    browser.anchorClicked.emit(QUrl("file:///etc/passwd"))
    browser.anchorClicked.emit(QUrl("javascript:alert(1)"))
    assert opened == []
    browser.anchorClicked.emit(QUrl(f"{remote}/go"))
    assert [u.toString() for u in opened] == [f"{remote}/go"]
    assert not Counter.hits  # the desk itself never fetched the link
    assert isinstance(browser, SafeBrowser)


def test_the_delivery_line_of_each_kind_of_message(qtbot: QtBot) -> None:
    assert delivery_text(message(delivery="queued")).endswith("Queued")
    assert delivery_text(message(delivery="sent")) == "✓ Sent"
    assert delivery_text(message(delivery="delivered")) == "✓✓ Delivered"
    failed = message(delivery="failed", delivery_error="550 5.1.1\u202e no\nsuch user")
    assert delivery_text(failed) == "Not delivered: 550 5.1.1 no such user"
    assert delivery_text(message(delivery="failed")).startswith("Not delivered: the channel")
    # Inbound messages, notes, calls and pending replies show none.
    for quiet in (
        message(direction="in", delivery="sent"),
        message(direction="note", delivery="sent"),
        message(direction="call"),
        message(pending=True, delivery="queued"),
        message(),
    ):
        assert delivery_text(quiet) == ""
        assert layout_extras(quiet, False, QFont(), QFont(), 400) is None


def test_extras_fit_their_width(qtbot: QtBot) -> None:
    files = tuple(
        AttachmentRow(
            id=n, name=f"{'long name ' * 8}{n}.pdf", content_type="application/pdf", size=n * 5000
        )
        for n in range(1, 6)
    )
    row = message(
        delivery="failed",
        delivery_error="421 " + "try later " * 80,
        quoted="> old",
        html="<p>x</p>",
        attachments=files,
    )
    for unfolded in (False, True):
        extras = layout_extras(row, unfolded, QFont(), QFont(), 300)
        assert extras is not None
        kinds = [p.kind for p in extras.parts]
        assert kinds.count("chip") == 5
        assert "retry" in kinds
        assert ("quoted" in kinds) is unfolded
        assert all(p.rect.width() <= 300 for p in extras.parts)
        assert extras.width <= 300


def test_the_context_menu_offers_the_same_actions(
    qtbot: QtBot, tmp_path: Path, qloop: asyncio.AbstractEventLoop
) -> None:
    cache = Cache(tmp_path / "c.sqlite3")
    cache.open()
    reader = CacheReader(tmp_path / "c.sqlite3")
    try:
        pane = ConversationPane(reader, Ops())
        qtbot.addWidget(pane, before_close_func=lambda p: p.activity.repeat.stop())
        pdf = AttachmentRow(id=4, name="a.pdf", content_type="application/pdf", size=10)
        row = message(delivery="failed", quoted="> q", html="<p>x</p>", attachments=(pdf,))
        texts = [a.text() for a in pane.channel.menu_for(row).actions()]
        assert texts == [
            "Retry delivery",
            "Show quoted text",
            "View formatted",
            "Open a.pdf (10 bytes)",
        ]
        pane.delegate.toggle_quoted(row.id)
        assert pane.channel.menu_for(row).actions()[1].text() == "Hide quoted text"
        assert pane.channel.menu_for(message(direction="in")).actions() == []
    finally:
        reader.close()
        cache.close()
