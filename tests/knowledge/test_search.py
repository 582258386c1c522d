"""Search quality over the demo knowledge base, in English, Finnish and both Chinese scripts.

Queries are what agents type; each test names the article an agent must see first (or
among the first three), so a regression in analysis or ranking shows up as a wrong answer.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.knowledge.articles import Article, parse_article
from desktop.knowledge.index import KnowledgeIndex, SearchHit


def ids(hits: list[SearchHit]) -> list[str]:
    return [hit.id for hit in hits]


def top(
    index: KnowledgeIndex,
    query: str,
    n: int = 3,
    lang: str | None = None,
    prefer_lang: str | None = None,
) -> list[str]:
    return ids(index.search(query, limit=n, lang=lang, prefer_lang=prefer_lang))


# -- Chinese: scripts, one and two characters ---------------------------------------------


def test_simplified_query_finds_traditional_text(demo_index: KnowledgeIndex) -> None:
    hits = demo_index.search("发票副本", limit=5, lang="zh-Hant")
    assert hits[0].id == "invoice-copy-zh-hant"
    # Highlights point at the Traditional characters actually in the title.
    start, end = hits[0].title_highlights[0]
    assert hits[0].title[start:end] == "發票副本"


def test_traditional_query_finds_simplified_text(demo_index: KnowledgeIndex) -> None:
    assert top(demo_index, "投訴記錄", lang="zh-Hans")[0] == "complaint-handling-zh-hans"
    assert top(demo_index, "重設密碼", lang="zh-Hans")[0] == "password-reset-zh-hans"


def test_both_scripts_are_found_without_a_language_filter(demo_index: KnowledgeIndex) -> None:
    assert set(top(demo_index, "退款政策", 2)) == {"refunds-zh-hans", "refunds-zh-hant"}


def test_taiwan_spelling_matches_mainland_spelling(demo_index: KnowledgeIndex) -> None:
    # 帳單 (Taiwan) and 账单 (mainland) are the same word in two spellings.
    assert top(demo_index, "账单", 1, lang="zh-Hant") == ["billing-overview-zh-hant"]
    assert top(demo_index, "帳單", 1, lang="zh-Hans") == ["billing-overview-zh-hans"]


def test_two_character_chinese_query(demo_index: KnowledgeIndex) -> None:
    assert top(demo_index, "退货", 1, lang="zh-Hans") == ["returns-zh-hans"]
    assert top(demo_index, "回電", 1, lang="zh-Hant") == ["callbacks-zh-hant"]
    assert top(demo_index, "密码", 1, lang="zh") in (
        ["password-reset-zh-hans"],
        ["password-reset-zh-hant"],
    )


def test_one_character_chinese_query(demo_index: KnowledgeIndex) -> None:
    hits = demo_index.search("退", limit=10)
    assert hits, "a single character must match"
    assert {"refunds-zh-hans", "returns-zh-hant"} <= set(ids(hits))
    for hit in hits:
        assert "退" in hit.title or "退" in hit.snippet


# -- Finnish: inflection and typos ---------------------------------------------------------


@pytest.mark.parametrize("query", ["takaisinsoitto", "takaisinsoittoon", "takaisinsoiton"])
def test_inflected_finnish_finds_callbacks(demo_index: KnowledgeIndex, query: str) -> None:
    assert top(demo_index, query, 1) == ["callbacks-fi"]


@pytest.mark.parametrize("query", ["lasku", "laskun", "laskusta"])
def test_inflected_finnish_finds_bills(demo_index: KnowledgeIndex, query: str) -> None:
    assert "billing-overview-fi" in top(demo_index, query, 3)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("takasinsoitto", "callbacks-fi"),  # missing letter, long word: distance 1
        ("takaisinsoittto", "callbacks-fi"),  # extra letter
        ("salasnaa", "password-reset-fi"),  # transposed letters
        ("reklamatiokirjaus", "complaint-handling-fi"),  # missing letter in a compound
        ("palvelukatkko", "service-outage-fi"),
        ("reklamaatiokirjuas", "complaint-handling-fi"),  # two edits in a long word
    ],
)
def test_misspelled_finnish(demo_index: KnowledgeIndex, query: str, expected: str) -> None:
    assert top(demo_index, query, 1) == [expected]


def test_short_words_are_not_fuzzed(demo_index: KnowledgeIndex) -> None:
    # "lasu" is four letters: too short to guess, so no random match.
    assert demo_index.search("lasu") == []


# -- English: inflection, typos, acronyms --------------------------------------------------


@pytest.mark.parametrize("query", ["refund", "refunds", "refunded", "refunding"])
def test_english_inflection(demo_index: KnowledgeIndex, query: str) -> None:
    assert top(demo_index, query, 1) == ["refunds-en"]


def test_english_typo(demo_index: KnowledgeIndex) -> None:
    assert top(demo_index, "pasword reset", 1) == ["password-reset-en"]
    assert top(demo_index, "complaint escalaton", 1) == ["complaint-handling-en"]


@pytest.mark.parametrize("query", ["AHT", "aht", "FCR", "nps", "CSAT"])
def test_acronyms(demo_index: KnowledgeIndex, query: str) -> None:
    hits = top(demo_index, query, 4, lang="en")
    assert hits[0] == "kpi-glossary-en"
    all_languages = top(demo_index, query, 4)
    assert set(all_languages) == {
        "kpi-glossary-en",
        "kpi-glossary-fi",
        "kpi-glossary-zh-hans",
        "kpi-glossary-zh-hant",
    }


def test_acronym_is_not_stemmed_into_another_word(demo_index: KnowledgeIndex) -> None:
    # GDPR must stay GDPR in every language.
    assert set(top(demo_index, "GDPR", 4)) == {
        "account-closure-gdpr-en",
        "account-closure-gdpr-fi",
        "account-closure-gdpr-zh-hans",
        "account-closure-gdpr-zh-hant",
    }


# -- mixed languages, filters and preferences ---------------------------------------------


def test_mixed_language_query_returns_each_language(demo_index: KnowledgeIndex) -> None:
    found = top(demo_index, "退款 refund", 6)
    assert "refunds-en" in found[:3]
    assert {"refunds-zh-hans", "refunds-zh-hant"} & set(found[:3])


def test_mixed_finnish_and_english(demo_index: KnowledgeIndex) -> None:
    found = top(demo_index, "callback takaisinsoitto", 4)
    assert {"callbacks-en", "callbacks-fi"} <= set(found[:2])


def test_language_filter_and_preference(demo_index: KnowledgeIndex) -> None:
    for hit in demo_index.search("NPS", lang="fi"):
        assert hit.lang == "fi"
    assert top(demo_index, "NPS", 1, prefer_lang="zh-Hant") == ["kpi-glossary-zh-hant"]
    zh = demo_index.search("发票", lang="zh")
    assert zh
    assert {hit.lang for hit in zh} <= {"zh-Hans", "zh-Hant"}


def test_title_matches_rank_above_body_mentions(demo_index: KnowledgeIndex) -> None:
    # "callback" appears in the outage and delivery bodies; the callback article wins.
    assert top(demo_index, "callback", 1, lang="en") == ["callbacks-en"]


def test_nothing_found(demo_index: KnowledgeIndex) -> None:
    assert demo_index.search("zzzqqq") == []
    assert demo_index.search("   ") == []
    # FTS5 syntax in the query is text, not operators.
    assert demo_index.search('"; zzz* NEAR(qqhidden) meta:qqlangen --') == []
    assert ids(demo_index.search('refund" OR "x'))[0] == "refunds-en"


# -- highlighting --------------------------------------------------------------------------


def test_highlight_spans_cover_the_matched_words(demo_index: KnowledgeIndex) -> None:
    hit = demo_index.search("takaisinsoittoon", limit=1)[0]

    marked = [hit.snippet[start:end].lower() for start, end in hit.highlights]
    assert marked
    assert all(word.startswith("takaisinsoit") for word in marked)
    assert [hit.title[s:e] for s, e in hit.title_highlights] == ["Takaisinsoiton"]
    assert hit.title_html == "<mark>Takaisinsoiton</mark> sopiminen"
    assert hit.snippet_html.count("<mark>") == len(hit.highlights)


def test_highlight_of_one_chinese_character(demo_index: KnowledgeIndex) -> None:
    hit = demo_index.search("票", limit=1, lang="zh-Hant")[0]
    assert hit.highlights
    assert all(hit.snippet[s:e] == "票" for s, e in hit.highlights)


def test_highlight_html_is_escaped(tmp_path: Path) -> None:
    index = KnowledgeIndex(sqlite3.connect(tmp_path / "kb.sqlite3"))
    index.add_articles([Article("x", "Refund <script>", "en", "A refund & <b>bold</b> claim.")])
    hit = index.search("refund")[0]
    assert hit.title_html == "<mark>Refund</mark> &lt;script&gt;"
    assert "&amp; &lt;b&gt;bold&lt;/b&gt;" in hit.snippet_html
    assert "<b>" not in hit.snippet_html


# -- maintenance ---------------------------------------------------------------------------


def _article(article_id: str, title: str, lang: str = "en", status: str = "published") -> Article:
    return parse_article(
        f"---\nid: {article_id}\ntitle: {title}\nlang: {lang}\nstatus: {status}\n---\n{title} body"
    )


def test_replace_remove_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "kb.sqlite3"
    index = KnowledgeIndex(path)
    assert index.add_articles([_article("a", "Parcel tracking"), _article("b", "Invoice")]) == 2
    assert index.add_articles([_article("a", "Delivery address")]) == 0  # replaced
    assert index.count() == 2
    assert ids(index.search("parcel")) == []
    assert ids(index.search("address")) == ["a"]
    assert index.remove("a") is True
    assert index.remove("a") is False
    index.close()

    reopened = KnowledgeIndex(path)
    assert reopened.count() == 1
    assert ids(reopened.search("invoices")) == ["b"]
    stored = reopened.get("b")
    assert stored is not None
    assert stored.title == "Invoice"
    reopened.close()


def test_unpublished_articles_are_hidden_unless_asked(tmp_path: Path) -> None:
    index = KnowledgeIndex(sqlite3.connect(tmp_path / "kb.sqlite3"))
    index.add_articles([_article("d", "Refund draft", status="draft"), _article("p", "Refund")])
    assert ids(index.search("refund")) == ["p"]
    assert set(ids(index.search("refund", include_unpublished=True))) == {"d", "p"}


def test_works_on_a_connection_in_autocommit_mode(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "kb.sqlite3", isolation_level=None)
    index = KnowledgeIndex(conn)
    index.add_articles([_article("a", "Invoice copy")])
    assert not conn.in_transaction
    other = sqlite3.connect(tmp_path / "kb.sqlite3")
    assert other.execute("SELECT id FROM kb_article").fetchall() == [("a",)]


# -- typing aids -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [("erapaiva", "invoice-copy-fi"), ("toimituksen viivastyminen", "delivery-delay-fi")],
)
def test_finnish_without_accents(demo_index: KnowledgeIndex, query: str, expected: str) -> None:
    assert top(demo_index, query, 1) == [expected]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("takaisinsoitt", "callbacks-fi"),  # longer than the stem "takaisinsoito"
        ("pass", "password-reset-en"),
        ("reklamaatiokir", "complaint-handling-fi"),
        ("erap", "invoice-copy-fi"),
    ],
)
def test_search_as_you_type_completes_the_last_word(
    demo_index: KnowledgeIndex, typed: str, expected: str
) -> None:
    assert demo_index.search(typed, as_you_type=True)[0].id == expected


def test_a_finished_word_is_not_completed(demo_index: KnowledgeIndex) -> None:
    assert ids(demo_index.search("pass", as_you_type=True)) == ["password-reset-en"]
    assert demo_index.search("pass ", as_you_type=True) == []
    assert demo_index.search("pass") == []


def test_the_script_typed_in_comes_first(demo_index: KnowledgeIndex) -> None:
    # Both scripts match equally; the one the agent typed in is shown first.
    assert top(demo_index, "發票副本", 1) == ["invoice-copy-zh-hant"]
    assert top(demo_index, "发票副本", 1) == ["invoice-copy-zh-hans"]


def test_parallel_analysis_gives_the_same_index(tmp_path: Path) -> None:
    from desktop.knowledge.articles import load_folder
    from tests.knowledge.conftest import ARTICLES

    articles = load_folder(ARTICLES).articles
    serial = KnowledgeIndex(tmp_path / "serial.sqlite3")
    parallel = KnowledgeIndex(tmp_path / "parallel.sqlite3")
    serial.add_articles(articles, workers=1)
    parallel.add_articles(articles, workers=2)
    for query in ("takaisinsoittoon", "發票", "refunded", "AHT"):
        assert serial.search(query) == parallel.search(query)
    serial.close()
    parallel.close()


def test_stale_index_is_rebuilt_from_stored_articles(tmp_path: Path) -> None:
    index = KnowledgeIndex(tmp_path / "kb.sqlite3")
    index.add_articles([_article("a", "Takaisinsoitto", lang="fi"), _article("b", "Refund")])
    assert not index.stale
    # Simulate an index written by an older analysis with different terms.
    index.conn.execute("UPDATE kb_meta SET value = '0' WHERE key = 'analysis'")
    index.conn.execute("UPDATE kb_fts SET title = 'old', body = 'old' WHERE rowid > 0")
    assert index.stale
    assert index.search("takaisinsoittoon") == []

    assert index.rebuild() == 2
    assert not index.stale
    assert ids(index.search("takaisinsoittoon")) == ["a"]
    assert index.count() == 2
    index.close()
