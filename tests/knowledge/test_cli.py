"""``frontline kb search`` run as a real subprocess, as authors and CI run it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.knowledge.conftest import ARTICLES, ROOT


def kb(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cli.main", "kb", "search", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_json_results_best_first() -> None:
    result = kb("--articles", str(ARTICLES), "takaisinsoittoon", "--limit", "3", "--json")

    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert 1 <= len(hits) <= 3
    assert hits[0]["id"] == "callbacks-fi"
    assert hits[0]["title"] == "Takaisinsoiton sopiminen"
    scores = [hit["score"] for hit in hits]
    assert scores == sorted(scores, reverse=True)
    assert all(isinstance(score, float) for score in scores)


def test_language_filter_and_chinese_query() -> None:
    result = kb("--articles", str(ARTICLES), "发票", "--lang", "zh-Hant", "--json")

    hits = json.loads(result.stdout)
    assert hits[0]["id"] == "invoice-copy-zh-hant"
    assert {hit["lang"] for hit in hits} == {"zh-Hant"}


def test_table_output_and_problems_on_stderr(tmp_path: Path) -> None:
    (tmp_path / "ok.md").write_text(
        "---\nid: ok\ntitle: Refund rules\nlang: en\n---\nRefunds take five days.\n",
        encoding="utf-8",
    )
    (tmp_path / "broken.md").write_text("---\ntitle: No id\nlang: en\n---\n", encoding="utf-8")

    result = kb("--articles", str(tmp_path), "refunded")

    assert result.returncode == 0
    assert "ok" in result.stdout
    assert "Refund rules" in result.stdout
    assert f"{tmp_path / 'broken.md'}: missing required field(s): id" in result.stderr

    empty = kb("--articles", str(tmp_path), "zzzz", "--json")
    assert json.loads(empty.stdout) == []


def test_missing_folder_is_an_error(tmp_path: Path) -> None:
    result = kb("--articles", str(tmp_path / "nope"), "x", "--json")
    assert result.returncode == 2
    assert "not a folder" in result.stderr
