"""Fixtures of the desk-store tests: a real cache file with its writer thread, and a
reader over it (the desk's two connections)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.store.reader import CacheReader
from desktop.store.writer import CacheWriter


@pytest.fixture
def writer(tmp_path: Path) -> Iterator[CacheWriter]:
    w = CacheWriter(tmp_path / "cache.sqlite3")
    w.start()
    yield w
    w.stop()


@pytest.fixture
def reader(writer: CacheWriter) -> Iterator[CacheReader]:
    r = CacheReader(writer.path)
    yield r
    r.close()
