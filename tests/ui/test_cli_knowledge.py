"""``frontline desk --knowledge QUERY`` opens the Knowledge view searching for QUERY."""

from __future__ import annotations

import pytest

import desktop.app
from cli.main import main
from desktop.app import DeskOptions


def test_the_knowledge_flag(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[DeskOptions] = []

    def fake_main(options: DeskOptions) -> int:
        seen.append(options)
        return 0

    monkeypatch.setattr(desktop.app, "main", fake_main)
    assert main(["desk", "--knowledge", "重設密碼"]) == 0
    assert seen[0].knowledge_query == "重設密碼"
    assert main(["desk"]) == 0
    assert seen[1].knowledge_query is None
