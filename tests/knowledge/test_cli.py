"""``frontline kb search`` run as a real subprocess, as authors and CI run it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.knowledge.conftest import ARTICLES, ROOT, SCRIPTS


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


def check(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cli.main", "kb", "check", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_check_passes_on_the_demo_content() -> None:
    result = check("--articles", str(ARTICLES), "--scripts", str(SCRIPTS))
    assert result.returncode == 0, result.stderr
    assert "60 articles, 10 scripts; 0 problem(s)" in result.stdout


def test_check_reports_problems_and_broken_links(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        "---\nid: a\ntitle: A\nlang: en\ntranslations: [a-fi]\n---\nx\n", encoding="utf-8"
    )
    (tmp_path / "b.md").write_text("---\nid: b\ntitle: B\nlang: xx\n---\nx\n", encoding="utf-8")

    result = check("--articles", str(tmp_path))

    assert result.returncode == 1
    assert f"{tmp_path / 'a.md'}: translation 'a-fi' does not exist" in result.stderr
    assert f"{tmp_path / 'b.md'}: unknown language 'xx'" in result.stderr
