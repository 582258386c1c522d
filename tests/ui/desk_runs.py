"""Starting a whole desk against a real server, signed in, for end-to-end UI tests."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

import httpx
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app import Desk, DeskOptions
from desktop.ui.shell.window import MainWindow


@dataclass
class DeskRun:
    desk: Desk
    window: MainWindow
    task: asyncio.Task[int]


def start_desk(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    server_url: str,
    data_dir: Path,
    *,
    token: str,
) -> DeskRun:
    """A desk for agent01 that finds ``token`` stored (as after an earlier sign-in),
    running on ``qloop``, with its window up (not necessarily online)."""
    desk = Desk(
        qapp,
        DeskOptions(
            server_url=server_url, username="agent01", data_dir=data_dir, use_keyring=False
        ),
    )
    saved = qloop.create_task(desk.tokens.save(server_url, "agent01", token))
    qtbot.waitUntil(saved.done)
    task = qloop.create_task(desk.run())
    qtbot.waitUntil(lambda: desk.window is not None, timeout=10_000)
    window = desk.window
    assert window is not None
    return DeskRun(desk, window, task)


def start_signed_in_desk(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    server_url: str,
    data_dir: Path,
) -> DeskRun:
    """:func:`start_desk` with a real token for agent01, waited on until online."""
    token = httpx.post(
        f"{server_url}/api/login", json={"username": "agent01", "password": "demo"}, timeout=5
    ).json()["token"]
    started = start_desk(qtbot, qapp, qloop, server_url, data_dir, token=str(token))
    status = started.window.status
    qtbot.waitUntil(lambda: status.link_text() == "Online", timeout=30_000)
    return started


def server_bodies(url: str, token: str, conversation_id: int) -> list[str]:
    """The bodies of a conversation's messages as the server has them (REST, ``token``)."""
    response = httpx.get(
        f"{url}/api/conversations/{conversation_id}/messages",
        headers={"Authorization": f"Bearer {token}"},
        timeout=5,
    )
    response.raise_for_status()
    return [str(m["body"]) for m in response.json()["items"]]
