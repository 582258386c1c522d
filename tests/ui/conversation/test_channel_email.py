"""An email as the desk shows it, and a chat customer typing, against a real server.

The mail goes in over a real SMTP exchange with the server's own listener
(``--smtp-port``): a text part with a reply above quoted history, an HTML part with an
inline ``cid:`` image and a remote tracking image, and a PDF attachment. The desk's
bubble offers "Show quoted text" (unfolding makes the bubble taller), "View formatted"
(the sanitised HTML in a browser that requests nothing remote, with the inline image
once fetched) and a chip that fetches the PDF into the private folder beside the cache
(0600, the bytes as sent) and asks the system to open it (an injected opener here).

A customer on the web chat page (its own websocket, ``/chat/ws``) types: the agent's
pane says "Customer is typing…" and stops saying it when the customer stops.
"""

from __future__ import annotations

import asyncio
import base64
import json
import smtplib
import sqlite3
import stat
import threading
from collections.abc import Iterator
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar, NamedTuple

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot
from websockets.sync.client import connect

from desktop.models.rows import MessageRow
from desktop.ui.conversation.bubble_extras import Part
from desktop.ui.conversation.messages import MESSAGE_ROLE
from desktop.ui.conversation.pane import ConversationPane
from tests.support.server_proc import ServerProcess
from tests.ui.conversation.channel_support import demo_server, email_conversation, free_port
from tests.ui.desk_runs import DeskRun, start_signed_in_desk

SUBJECT = "Invoice 4471 question"
NEW_TEXT = "Hello, the invoice below has the wrong address. Can you fix it?"
QUOTED = "On Monday the billing team wrote:\n> Please find your invoice attached.\n> Regards"
PDF = b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)


class Counter(BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        Counter.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()
        self.wfile.write(PNG)

    def log_message(self, format: str, *args: object) -> None:
        del format, args


@pytest.fixture(scope="module")
def tracker() -> Iterator[str]:
    """A web server counting requests: the remote image's host."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Counter)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


class Setup(NamedTuple):
    server: ServerProcess
    tracker: str


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory, tracker: str) -> Iterator[Setup]:
    """One server for the module (with its SMTP listener) and the counting web server."""
    flags = ("--smtp-port", str(free_port()), "--mail-domain", "support.test")
    with demo_server(tmp_path_factory.mktemp("email"), *flags) as server:
        yield Setup(server, tracker)


@pytest.fixture
def desk(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    setup: Setup,
    tmp_path: Path,
) -> Iterator[DeskRun]:
    """agent01's desk signed in to the module's server, closed after the test."""
    started = start_signed_in_desk(qtbot, qapp, qloop, setup.server.url, tmp_path / "desk")
    yield started
    started.window.close()
    qtbot.waitUntil(started.task.done, timeout=15_000)


def smtp_port(server: ServerProcess) -> int:
    return int(server.args[server.args.index("--smtp-port") + 1])


def the_mail(tracker: str) -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = "Aino Virtanen <aino.virtanen@customer.test>"
    mail["To"] = "billing@support.test"
    mail["Subject"] = SUBJECT
    mail.set_content(f"{NEW_TEXT}\n\n{QUOTED}\n")
    html = (
        f"<html><body><p>{NEW_TEXT} <b>formatted</b></p>"
        '<p><img src="cid:logo@customer.test" alt="logo"></p>'
        f'<p><img src="{tracker}/pixel.png" alt="pixel"></p>'
        f'<p><a href="https://example.com/help">help</a></p>'
        f"<blockquote>{QUOTED}</blockquote></body></html>"
    )
    mail.add_alternative(html, subtype="html")
    html_part = mail.get_body(("html",))
    assert isinstance(html_part, EmailMessage)
    html_part.add_related(PNG, "image", "png", cid="<logo@customer.test>")
    mail.add_attachment(PDF, maintype="application", subtype="pdf", filename="invoice 4471.pdf")
    return mail


def option_for(pane: ConversationPane, msg_id: int) -> tuple[MessageRow, QStyleOptionViewItem]:
    rows = pane.model.rows()
    row = next(i for i, m in enumerate(rows) if m.id == msg_id)
    index = pane.model.index(row, 0)
    pane.view.scrollTo(index)
    option = QStyleOptionViewItem()
    option.rect = pane.view.visualRect(index)
    option.font = pane.view.font()
    return rows[row], option


def parts_of(pane: ConversationPane, msg_id: int) -> list[Part]:
    msg, option = option_for(pane, msg_id)
    return pane.delegate.parts(option, msg)


def height_of(pane: ConversationPane, msg_id: int) -> int:
    _msg, option = option_for(pane, msg_id)
    return int(option.rect.height())


def click(qtbot: QtBot, pane: ConversationPane, msg_id: int, kind: str) -> None:
    """Click the first ``kind`` part of a bubble once the view's layout has caught up
    (a toggle relays the list out on the next turn of the event loop)."""

    def placed() -> Part | None:
        part = next((p for p in parts_of(pane, msg_id) if p.kind == kind), None)
        if part is None:
            return None
        at = pane.view.indexAt(part.rect.center()).data(MESSAGE_ROLE)
        return part if isinstance(at, MessageRow) and at.id == msg_id else None

    qtbot.waitUntil(lambda: placed() is not None, timeout=5000)
    part = placed()
    assert part is not None
    QTest.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=part.rect.center())


def test_an_email_with_quoted_html_and_attachment(
    qtbot: QtBot,
    styled: QApplication,
    qloop: asyncio.AbstractEventLoop,
    setup: Setup,
    tmp_path: Path,
) -> None:
    server, tracker = setup
    with smtplib.SMTP("127.0.0.1", smtp_port(server), timeout=10) as smtp:
        smtp.send_message(the_mail(tracker))
    started = start_signed_in_desk(qtbot, styled, qloop, server.url, tmp_path / "desk")
    window, pane = started.window, started.window.conversation
    window.resize(1280, 800)
    reader = pane.reader

    def arrived() -> int:
        found = reader.conversations(reader.conversation_ids()).values()
        return next((r.id for r in found if r.subject == SUBJECT), 0)

    qtbot.waitUntil(lambda: arrived() > 0, timeout=20_000)
    pane.show_conversation(arrived())
    qtbot.waitUntil(lambda: any(m.attachments for m in pane.model.rows()), timeout=10_000)
    msg = next(m for m in pane.model.rows() if m.attachments)
    assert msg.body.startswith(NEW_TEXT)
    assert "Please find your invoice" not in msg.body
    assert "Please find your invoice" in msg.quoted
    assert "formatted" in msg.html
    assert tracker not in msg.html  # the server dropped the remote image already
    pdf = next(a for a in msg.attachments if a.name == "invoice 4471.pdf")
    inline = next(a for a in msg.attachments if a.inline)
    kinds = {p.kind: p for p in parts_of(pane, msg.id)}
    assert kinds["toggle"].text == "Show quoted text"
    assert "formatted" in kinds
    chips = [p for p in parts_of(pane, msg.id) if p.kind == "chip"]
    assert [c.attachment for c in chips] == [pdf]  # the inline image is no chip
    assert "invoice 4471.pdf" in chips[0].text

    # Unfold the quoted history: the bubble grows and shows it; fold it again.
    folded = height_of(pane, msg.id)
    click(qtbot, pane, msg.id, "toggle")
    qtbot.waitUntil(lambda: height_of(pane, msg.id) > folded, timeout=5000)
    unfolded = {p.kind: p for p in parts_of(pane, msg.id)}
    assert "Please find your invoice" in unfolded["quoted"].text
    assert unfolded["toggle"].text == "Hide quoted text"
    window.grab().save(str(tmp_path / "email-unfolded.png"))

    # The chip: fetched beside the cache (0600, the bytes sent), then opened.
    opened: list[QUrl] = []
    told: list[tuple[str, str]] = []
    pane.ops.failed.connect(lambda what, why: told.append((what, why)))

    def opener(url: QUrl) -> bool:
        opened.append(url)
        return True

    pane.channel.opener = opener
    click(qtbot, pane, msg.id, "chip")
    qtbot.waitUntil(lambda: bool(opened or told), timeout=15_000)
    assert not told
    path = Path(opened[0].toLocalFile())
    assert path.read_bytes() == PDF
    assert path.name == "invoice 4471.pdf"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert reader.attachment_file(pdf.id) == path
    assert path.parent.parent.name.endswith("-files")

    # The formatted view: the HTML, the inline image once fetched, nothing remote.
    click(qtbot, pane, msg.id, "formatted")
    qtbot.waitUntil(lambda: bool(pane.channel.dialogs), timeout=5000)
    dialog = pane.channel.dialogs[-1]
    assert "formatted" in dialog.browser.toPlainText()
    qtbot.waitUntil(lambda: reader.attachment_file(inline.id) is not None, timeout=15_000)
    qtbot.waitUntil(
        lambda: any(r.startswith("cid:") for r in dialog.browser.requested), timeout=5000
    )
    dialog.grab().save(str(tmp_path / "email-formatted.png"))
    # A link opens only after the agent agrees.
    dialog.browser.confirm = lambda _url: False
    dialog.browser.anchorClicked.emit(QUrl("https://example.com/help"))
    assert not [u for u in opened if u.scheme() == "https"]
    dialog.browser.confirm = lambda _url: True
    dialog.browser.anchorClicked.emit(QUrl("https://example.com/help"))
    assert [u.toString() for u in opened if u.scheme() == "https"] == ["https://example.com/help"]
    dialog.browser.anchorClicked.emit(QUrl("file:///etc/passwd"))  # never offered
    assert not [u for u in opened if u.scheme() == "file" and "passwd" in u.path()]
    assert not Counter.hits
    dialog.close()
    window.close()
    qtbot.waitUntil(started.task.done, timeout=15_000)


def chat_conversation(db: Path, body: str) -> int:
    with sqlite3.connect(db) as conn:
        row = conn.execute(
            "SELECT conversation_id FROM messages WHERE body = ? ORDER BY id DESC LIMIT 1",
            (body,),
        ).fetchone()
    return int(row[0]) if row else 0


def test_a_chat_customer_typing_shows_in_the_pane(
    qtbot: QtBot, setup: Setup, desk: DeskRun
) -> None:
    server = setup.server
    pane = desk.window.conversation
    first = "Hi, is my order on its way?"
    ws_url = server.url.replace("http://", "ws://", 1) + "/chat/ws"
    with connect(ws_url, open_timeout=10) as page:
        page.send(json.dumps({"type": "start", "name": "Mika Laine", "queue": "General"}))
        page.send(json.dumps({"type": "send", "client_id": "m1", "body": first}))
        qtbot.waitUntil(lambda: chat_conversation(server.db_path, first) > 0, timeout=10_000)
        conversation = chat_conversation(server.db_path, first)
        qtbot.waitUntil(lambda: pane.reader.conversation(conversation) is not None, timeout=20_000)
        pane.show_conversation(conversation)
        assert not pane.channel.typing.isVisibleTo(pane)
        page.send(json.dumps({"type": "typing", "typing": True}))
        qtbot.waitUntil(lambda: pane.channel.typing.isVisibleTo(pane), timeout=10_000)
        assert pane.channel.typing.text() == "Customer is typing…"
        page.send(json.dumps({"type": "typing", "typing": False}))
        qtbot.waitUntil(lambda: not pane.channel.typing.isVisibleTo(pane), timeout=10_000)


def server_attachments(db: Path, body: str) -> list[str]:
    """The names of the files the server linked to the reply ``body``."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT a.name FROM attachments a JOIN messages m ON m.id = a.message_id"
            " WHERE m.body = ? ORDER BY a.id",
            (body,),
        ).fetchall()
    return [str(r[0]) for r in rows]


def test_a_reply_carries_picked_files_and_a_failed_upload_keeps_the_draft(
    qtbot: QtBot, setup: Setup, desk: DeskRun, tmp_path: Path
) -> None:
    server = setup.server
    conversation = email_conversation(server.db_path)
    pane = desk.window.conversation
    strip = pane.channel.strip
    qtbot.waitUntil(lambda: pane.reader.conversation(conversation) is not None, timeout=20_000)
    pane.show_conversation(conversation)
    assert strip.isVisibleTo(pane)  # an email conversation offers "Attach"
    qtbot.waitUntil(pane.reply.send.isEnabled, timeout=10_000)
    told: list[tuple[str, str]] = []
    pane.ops.failed.connect(lambda what, why: told.append((what, why)))

    # Refused at once: a folder, a file over the limit (nothing is added).
    big = tmp_path / "big.bin"
    with big.open("wb") as out:
        out.truncate(strip.limit + 1)  # sparse: no disk spent
    assert strip.add_files([tmp_path, big]) == []
    assert len(told) == 2
    assert "larger than" in told[1][1]

    # A file that is gone by the time the reply is sent: the draft and the pick stay.
    vanishing = tmp_path / "vanishing.txt"
    vanishing.write_text("soon gone")
    assert strip.add_files([vanishing]) == [vanishing]
    vanishing.unlink()
    first = "Here is the form you asked for"
    pane.reply.editor.setPlainText(first)
    pane.reply.on_send()
    qtbot.waitUntil(lambda: len(told) == 3, timeout=10_000)
    assert "vanishing.txt was not uploaded" in told[2][1]
    qtbot.waitUntil(lambda: pane.reply.text() == first, timeout=5000)
    assert strip.picked() == [vanishing]
    assert not [m for m in pane.model.rows() if m.body == first]  # nothing was queued
    strip.remove(vanishing)

    # Two real files: uploaded, then the reply is queued with their ids.
    form = tmp_path / "form.pdf"
    form.write_bytes(PDF)
    photo = tmp_path / "photo.png"
    photo.write_bytes(PNG)
    assert strip.add_files([form, photo]) == [form, photo]
    second = "Please fill in the attached form"
    pane.reply.editor.setPlainText(second)
    pane.reply.on_send()
    qtbot.waitUntil(lambda: server_attachments(server.db_path, second) != [], timeout=15_000)
    assert server_attachments(server.db_path, second) == ["form.pdf", "photo.png"]
    assert strip.picked() == []
    qtbot.waitUntil(
        lambda: any(m.body == second and m.id > 0 and m.attachments for m in pane.model.rows()),
        timeout=15_000,
    )
    sent = next(m for m in pane.model.rows() if m.body == second and m.id > 0)
    assert [a.name for a in sent.attachments] == ["form.pdf", "photo.png"]
    assert len(told) == 3  # nothing else went wrong
