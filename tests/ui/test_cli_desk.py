"""``frontline`` and ``frontline desk`` turn their flags into DeskOptions."""

from __future__ import annotations

from pathlib import Path

import pytest

import desktop.app
from cli.main import main
from desktop.app import DeskOptions, cache_path


@pytest.fixture
def captured(monkeypatch: pytest.MonkeyPatch) -> list[DeskOptions]:
    seen: list[DeskOptions] = []

    def fake_main(options: DeskOptions) -> int:
        seen.append(options)
        return 0

    monkeypatch.setattr(desktop.app, "main", fake_main)
    return seen


def test_no_arguments_is_the_embedded_default(captured: list[DeskOptions]) -> None:
    assert main([]) == 0
    assert captured[0].server_url is None
    assert captured[0].username is None
    assert captured[0].data_dir is None


def test_desk_flags(captured: list[DeskOptions], tmp_path: Path) -> None:
    shot = tmp_path / "desk.png"
    argv = ["desk", "--server", "https://desk.example.com", "--user", "agent02"]
    argv += ["--data-dir", str(tmp_path), "--screenshot", str(shot), "--no-keyring"]
    assert main(argv) == 0
    options = captured[0]
    assert options.server_url == "https://desk.example.com"
    assert options.username == "agent02"
    assert options.data_dir == tmp_path
    assert options.screenshot == shot
    assert not options.use_keyring


def test_one_cache_per_agent(tmp_path: Path) -> None:
    assert cache_path(tmp_path, "agent01") == tmp_path / "cache-agent01.sqlite3"
    assert cache_path(tmp_path, "../evil name") == tmp_path / "cache-.._evil_name.sqlite3"


def test_desk_theme_for_one_run(captured: list[DeskOptions]) -> None:
    assert main(["desk", "--theme", "dark"]) == 0
    assert captured[0].theme == "dark"
    assert main(["desk"]) == 0
    assert captured[1].theme is None  # the stored choice decides
    with pytest.raises(SystemExit):
        main(["desk", "--theme", "neon"])


def test_desk_window_size_for_one_run(captured: list[DeskOptions]) -> None:
    assert main(["desk", "--window-size", "1024x640"]) == 0
    assert captured[0].window_size == (1024, 640)
    assert main(["desk"]) == 0
    assert captured[1].window_size is None  # as the window was last closed
    for bad in ("1024", "x640", "10x10", "99999x640", "-1x2"):
        with pytest.raises(SystemExit):
            main(["desk", "--window-size", bad])
