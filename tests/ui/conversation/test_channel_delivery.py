"""A reply's delivery on its bubble, against a real server and a real SMTP relay.

The server sends email replies through ``--smtp-relay``, a port where at first nothing
listens: the reply fails (one attempt allowed) and its bubble says "Not delivered:" with
the relay's reason and a Retry link. Then a real relay (aiosmtpd) starts on that port,
holding each message's DATA answer until the test lets it go; a click on Retry queues the
reply again: the bubble shows "Queued" while the relay holds it, then "Sent" once the
relay says 250, the same bubble repainted each time.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from desktop.models.rows import MessageRow
from desktop.ui.conversation.bubble_extras import Part, delivery_tooltip
from desktop.ui.conversation.pane import ConversationPane
from tests.support.server_proc import ServerProcess
from tests.ui.conversation.channel_support import demo_server, email_conversation, free_port
from tests.ui.desk_runs import start_signed_in_desk

REPLY = "Your parcel left our warehouse this morning"


class HoldingRelay:
    """An SMTP relay's handler that answers DATA only once ``gate`` is set."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.arrived = threading.Event()
        self.received: list[bytes] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.arrived.set()
        await asyncio.to_thread(self.gate.wait, 60)
        self.received.append(bytes(envelope.original_content or b""))
        return "250 2.0.0 taken"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    relay = f"127.0.0.1:{free_port()}"
    flags = ["--smtp-relay", relay, "--mail-domain", "support.test"]
    flags += ["--delivery-max-attempts", "1", "--delivery-retry-base", "0.2"]
    with demo_server(tmp_path_factory.mktemp("delivery"), *flags) as server:
        yield server


def bubble(pane: ConversationPane, body: str) -> tuple[MessageRow, QStyleOptionViewItem]:
    """The sent (server) copy of the reply ``body`` and its drawing option."""
    rows = pane.model.rows()
    row = next(i for i, m in enumerate(rows) if m.body == body and m.id > 0)
    index = pane.model.index(row, 0)
    pane.view.scrollTo(index)
    option = QStyleOptionViewItem()
    option.rect = pane.view.visualRect(index)
    option.font = pane.view.font()
    return rows[row], option


def parts(pane: ConversationPane, body: str) -> dict[str, Part]:
    msg, option = bubble(pane, body)
    return {p.kind: p for p in pane.delegate.parts(option, msg)}


def sent_copy(pane: ConversationPane, body: str) -> MessageRow | None:
    return next((m for m in pane.model.rows() if m.body == body and m.id > 0), None)


def test_a_failed_delivery_shows_its_reason_and_retry_sends_it(
    qtbot: QtBot,
    styled: QApplication,
    qloop: asyncio.AbstractEventLoop,
    server: ServerProcess,
    tmp_path: Path,
) -> None:
    conversation = email_conversation(server.db_path)
    relay_port = int(server.args[server.args.index("--smtp-relay") + 1].rsplit(":", 1)[1])
    started = start_signed_in_desk(qtbot, styled, qloop, server.url, tmp_path / "desk")
    window, pane = started.window, started.window.conversation
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: pane.reader.conversation(conversation) is not None, timeout=20_000)
    pane.show_conversation(conversation)
    qtbot.waitUntil(pane.reply.send.isEnabled, timeout=10_000)
    pane.reply.editor.setPlainText(REPLY)
    QTest.mouseClick(pane.reply.send, Qt.MouseButton.LeftButton)

    # Nothing listens on the relay's port: one attempt, then failed with its reason.
    def failed() -> bool:
        msg = sent_copy(pane, REPLY)
        return msg is not None and msg.delivery == "failed"

    qtbot.waitUntil(failed, timeout=30_000)
    msg = sent_copy(pane, REPLY)
    assert msg is not None
    assert msg.delivery_error
    shown = parts(pane, REPLY)
    assert shown["status"].text.startswith("Not delivered: ")
    assert msg.delivery_error.split()[0] in shown["status"].text
    assert shown["retry"].text == "Retry"
    assert "Attempts: 1" in delivery_tooltip(msg)
    window.grab().save(str(tmp_path / "delivery-failed.png"))

    # A real relay now listens, holding the answer: Retry queues the reply again.
    handler = HoldingRelay()
    relay = Controller(handler, hostname="127.0.0.1", port=relay_port)
    relay.start()
    told: list[tuple[str, str]] = []
    pane.ops.failed.connect(lambda what, why: told.append((what, why)))
    try:
        QTest.mouseClick(
            pane.view.viewport(), Qt.MouseButton.LeftButton, pos=shown["retry"].rect.center()
        )
        qtbot.waitUntil(handler.arrived.is_set, timeout=30_000)
        qtbot.waitUntil(
            lambda: (m := sent_copy(pane, REPLY)) is not None and m.delivery == "queued",
            timeout=10_000,
        )
        assert parts(pane, REPLY)["status"].text.endswith("Queued")
        assert "retry" not in parts(pane, REPLY)
        handler.gate.set()
        qtbot.waitUntil(
            lambda: (m := sent_copy(pane, REPLY)) is not None and m.delivery == "sent",
            timeout=30_000,
        )
        assert parts(pane, REPLY)["status"].text.endswith("Sent")
        assert not told  # the retry was taken: no refusal was toasted
        window.grab().save(str(tmp_path / "delivery-sent.png"))
    finally:
        handler.gate.set()
        relay.stop()
    assert any(REPLY.encode() in mail for mail in handler.received)
    window.close()
    qtbot.waitUntil(started.task.done, timeout=15_000)


def test_retry_offline_is_refused_with_a_sentence(
    qtbot: QtBot, styled: QApplication, qloop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    """Without a session nothing is sent: the agent is told, nothing is queued."""
    from desktop.store.cache import Cache
    from desktop.store.reader import CacheReader
    from desktop.ui.shell.ops import Ops

    cache = Cache(tmp_path / "c.sqlite3")
    cache.open()
    reader = CacheReader(tmp_path / "c.sqlite3")
    try:
        ops = Ops()
        pane = ConversationPane(reader, ops)
        qtbot.addWidget(pane)
        with qtbot.waitSignal(ops.failed, timeout=5000) as told:
            assert not pane.channel.retry(42)
        assert told.args[0] == "retry the delivery"
        assert "offline" in told.args[1]
    finally:
        reader.close()
        cache.close()
