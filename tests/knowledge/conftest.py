"""Shared fixtures: the demo content indexed into a real SQLite file per test module."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.knowledge.index import KnowledgeIndex
from desktop.knowledge.scripts import Script, load_scripts

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "resources" / "kb" / "articles"
SCRIPTS = ROOT / "resources" / "kb" / "scripts"


@pytest.fixture(scope="module")
def demo_index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeIndex]:
    """The demo articles in an index on disk, shared by the tests of one module."""
    index = KnowledgeIndex(tmp_path_factory.mktemp("kb") / "kb.sqlite3")
    result = index.build_from_folder(ARTICLES)
    assert not result.problems
    yield index
    index.close()


@pytest.fixture(scope="module")
def demo_scripts() -> tuple[Script, ...]:
    result = load_scripts(SCRIPTS)
    assert not result.problems
    return result.scripts
