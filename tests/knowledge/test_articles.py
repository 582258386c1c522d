"""Loading a folder of articles: demo content is complete, bad files are reported."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from desktop.knowledge.analysis import fold_chinese
from desktop.knowledge.articles import load_folder, parse_article
from tests.knowledge.conftest import ARTICLES

GOOD = """---
id: good-1
title: Good article
lang: en
tags: [a, b]
---
Body text.
"""


def test_demo_content_covers_four_languages_with_linked_translations() -> None:
    result = load_folder(ARTICLES)

    assert result.problems == ()
    assert len(result.articles) >= 60
    per_lang = Counter(article.lang for article in result.articles)
    assert set(per_lang) == {"en", "fi", "zh-Hans", "zh-Hant"}
    assert min(per_lang.values()) >= 15
    ids = {article.id for article in result.articles}
    by_id = {article.id: article for article in result.articles}
    for article in result.articles:
        assert article.category, article.id
        assert article.section, article.id
        assert article.translations, article.id
        for other in article.translations:
            assert other in ids, (article.id, other)
            assert article.id in by_id[other].translations


def test_traditional_demo_text_is_really_traditional() -> None:
    result = load_folder(ARTICLES)
    for article in result.articles:
        if article.lang == "zh-Hant":
            # Folding to Simplified must change the text: it was not Simplified already.
            assert fold_chinese(article.body) != article.body, article.id


def test_optional_fields_default() -> None:
    article = parse_article(GOOD)

    assert article.status == "published"
    assert article.version == 1
    assert article.tags == ("a", "b")
    assert article.translations == ()
    assert article.body == "Body text."


def test_malformed_articles_are_reported_with_file_and_reason_and_skipped(
    tmp_path: Path,
) -> None:
    files = {
        "good.md": GOOD,
        "no-front-matter.md": "# Just a heading\n",
        "bad-yaml.md": "---\nid: [unclosed\ntitle: x\n---\nbody\n",
        "missing-id.md": "---\ntitle: No id\nlang: en\n---\nbody\n",
        "missing-lang-title.md": "---\nid: x-2\n---\nbody\n",
        "unknown-lang.md": "---\nid: x-3\ntitle: Klingon\nlang: tlh\n---\nbody\n",
        "bad-status.md": "---\nid: x-4\ntitle: T\nlang: en\nstatus: lost\n---\nbody\n",
        "zz-duplicate.md": GOOD.replace("Good article", "Copy"),
        "sub/also-good.md": GOOD.replace("good-1", "good-2"),
    }
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    result = load_folder(tmp_path)

    assert sorted(article.id for article in result.articles) == ["good-1", "good-2"]
    reasons = {Path(problem.file).name: problem.reason for problem in result.problems}
    assert set(reasons) == set(files) - {"good.md", "sub/also-good.md"}
    assert "front matter" in reasons["no-front-matter.md"]
    assert "bad front matter" in reasons["bad-yaml.md"]
    assert reasons["missing-id.md"] == "missing required field(s): id"
    assert reasons["missing-lang-title.md"] == "missing required field(s): title, lang"
    assert "unknown language 'tlh'" in reasons["unknown-lang.md"]
    assert "unknown status" in reasons["bad-status.md"]
    assert "duplicate id 'good-1'" in reasons["zz-duplicate.md"]
    assert str(tmp_path / "good.md") in reasons["zz-duplicate.md"]


def test_language_tags_are_case_insensitive() -> None:
    article = parse_article(GOOD.replace("lang: en", "lang: ZH-hant"))
    assert article.lang == "zh-Hant"
