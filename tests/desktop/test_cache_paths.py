"""One cache name for the desk and ``frontline sync``, safe for any username."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.store.paths import cache_file_name, cache_path

ODD_NAMES = ["Jane Doe", "../x", "ä@b", "", "x" * 300, "/etc/passwd", ".", "..", "a\0b"]


@pytest.mark.parametrize("username", ODD_NAMES)
def test_an_odd_username_gives_a_plain_file_in_the_data_dir(tmp_path: Path, username: str) -> None:
    path = cache_path(tmp_path, username)
    assert path.parent == tmp_path
    assert path.name.startswith("cache-")
    assert path.name.endswith(".sqlite3")
    assert "/" not in path.name
    assert "\0" not in path.name
    assert len((path.name + ".key").encode()) < 255
    path.write_bytes(b"")  # the file system takes it
    assert path.with_name(path.name + "-wal").parent == tmp_path


def test_the_desk_names_stay_what_they_were(tmp_path: Path) -> None:
    assert cache_path(tmp_path, "agent01") == tmp_path / "cache-agent01.sqlite3"
    assert cache_file_name("Jane Doe") == "cache-Jane_Doe.sqlite3"
    assert cache_file_name("ä@b") == "cache-_@b.sqlite3"
    assert cache_file_name("") == "cache-agent.sqlite3"


def test_long_names_are_cut_and_kept_apart(tmp_path: Path) -> None:
    first, second = cache_file_name("x" * 300), cache_file_name("x" * 299 + "y")
    assert first != second
    assert len(first) < 160


def test_a_cache_frontline_sync_made_under_its_old_name_is_used(tmp_path: Path) -> None:
    old = tmp_path / "cache-Jane Doe.sqlite3"
    old.write_bytes(b"cache")
    (tmp_path / "cache-Jane Doe.sqlite3.key").write_text("key")
    assert cache_path(tmp_path, "Jane Doe") == old
    assert cache_path(tmp_path, "agent01") == tmp_path / "cache-agent01.sqlite3"


def test_the_desk_name_wins_when_both_exist(tmp_path: Path) -> None:
    (tmp_path / "cache-Jane Doe.sqlite3").write_bytes(b"old")
    (tmp_path / "cache-Jane_Doe.sqlite3").write_bytes(b"new")
    assert cache_path(tmp_path, "Jane Doe") == tmp_path / "cache-Jane_Doe.sqlite3"


def test_an_old_sync_name_that_left_the_data_dir_is_never_followed(tmp_path: Path) -> None:
    (tmp_path / "cache-..").mkdir()
    (tmp_path / "cache-.." / "x.sqlite3").write_bytes(b"elsewhere")
    assert cache_path(tmp_path, "../x") == tmp_path / "cache-.._x.sqlite3"
