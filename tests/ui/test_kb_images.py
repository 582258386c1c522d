"""Knowledge images: imported with the articles, fetched into the desk's cache after sync,
shown by the reader from the cache (never from the network), still shown offline."""

from __future__ import annotations

import asyncio
import hashlib
from pathlib import Path

import httpx
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app import Desk, DeskOptions
from desktop.ui.knowledge.render import article_html
from desktop.ui.shell.window import KNOWLEDGE_PAGE
from tests.knowledge_sync.helpers import kb_import, write_article
from tests.support.server_proc import ROOT, ServerFactory

PNG = (ROOT / "resources" / "kb" / "articles" / "images" / "refund-flow.png").read_bytes()
SHA = hashlib.sha256(PNG).hexdigest()


def test_render_shows_cached_assets_and_alt_text_for_the_rest() -> None:
    body = f"![Flow](asset:{SHA})\n\n![Remote](https://example.com/x.png)\n"
    missing = article_html("T", body, lambda sha: False)
    assert "<img" not in missing
    assert "[Flow] (image not downloaded yet)" in missing
    assert "[Remote]" in missing
    cached = article_html("T", body, lambda sha: sha == SHA)
    assert f'<img src="asset:{SHA}" alt="Flow">' in cached
    assert "example.com" not in cached  # a remote image is never a source


def _image_in(doc: QTextDocument) -> QImage:
    resource = doc.resource(QTextDocument.ResourceType.ImageResource.value, QUrl(f"asset:{SHA}"))
    return resource if isinstance(resource, QImage) else QImage()


def test_imported_image_is_fetched_into_the_cache_and_shown_offline(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    server_factory: ServerFactory,
    tmp_path: Path,
) -> None:
    server = server_factory()
    folder = tmp_path / "kb"
    (folder / "images").mkdir(parents=True)
    (folder / "images" / "flow.png").write_bytes(PNG + b"")  # same bytes as the demo image
    (folder / "images" / "other.png").write_bytes(PNG + b"\0")  # a second, imported image
    write_article(folder, "img-flow-en", "Imaged flow", "en", "![Flow](images/other.png)\n")
    importing = qloop.create_task(kb_import(server.url, folder))
    qtbot.waitUntil(importing.done, timeout=60_000)
    assert importing.result().returncode == 0, importing.result().stderr
    other = hashlib.sha256(PNG + b"\0").hexdigest()

    desk = Desk(
        qapp,
        DeskOptions(
            server_url=server.url, username="agent01", data_dir=tmp_path / "desk", use_keyring=False
        ),
    )
    token = httpx.post(
        f"{server.url}/api/login", json={"username": "agent01", "password": "demo"}, timeout=5
    ).json()["token"]
    saved = qloop.create_task(desk.tokens.save(server.url, "agent01", token))
    qtbot.waitUntil(saved.done)
    run = qloop.create_task(desk.run())
    qtbot.waitUntil(lambda: desk.window is not None, timeout=10_000)
    window = desk.window
    assert window is not None
    reader = desk.reader
    assert reader is not None
    qtbot.waitUntil(lambda: window.status.link_text() == "Online", timeout=30_000)
    # The demo image (refunds-en/-fi) and the imported one arrive after the articles.
    qtbot.waitUntil(lambda: reader.has_asset(SHA) and reader.has_asset(other), timeout=30_000)
    assert reader.asset(other) == ("image/png", PNG + b"\0")

    window.show_page(KNOWLEDGE_PAGE)
    view = window.knowledge
    pane = view.article_reader
    refunds = reader.article_by_slug("refunds-en")
    assert refunds is not None
    assert f"asset:{SHA}" in refunds.body
    with qtbot.waitSignal(view.articleOpened, timeout=3000):
        view.open_article(refunds.id)
    html = pane.browser.property("rendered")
    assert f'src="asset:{SHA}"' in html
    assert "http" not in html.split("<body", 1)[-1].lower().replace("http://www.w3.org", "")
    assert not _image_in(pane.browser.document()).isNull()
    assert "not downloaded" not in pane.browser.toPlainText()

    server.stop()
    qtbot.waitUntil(lambda: window.status.link_text().startswith("Reconnecting"), timeout=20_000)
    imaged = reader.article_by_slug("img-flow-en")
    assert imaged is not None
    with qtbot.waitSignal(view.articleOpened, timeout=3000):
        view.open_article(imaged.id)
    assert f'src="asset:{other}"' in pane.browser.property("rendered")
    image = pane.browser.document().resource(
        QTextDocument.ResourceType.ImageResource.value, QUrl(f"asset:{other}")
    )
    assert isinstance(image, QImage)
    assert image.width() == QImage.fromData(PNG).width()

    window.close()
    qtbot.waitUntil(run.done, timeout=15_000)
    assert run.result() == 0
