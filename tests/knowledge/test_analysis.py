"""Text analysis building blocks: folding, query parsing, typo distance, snippets."""

from __future__ import annotations

from desktop.knowledge.analysis import (
    analyse,
    deletes,
    edit_distance,
    fold_chinese,
    parse_query,
    term_spans,
    typo_budget,
)
from desktop.knowledge.language import chinese_script, guess_language
from desktop.knowledge.text import highlight_html, markdown_to_plain, snippet


def test_folding_keeps_length_and_unifies_scripts() -> None:
    traditional = "發票與帳單，退款說明"
    folded = fold_chinese(traditional)
    assert len(folded) == len(traditional)
    assert folded == fold_chinese("发票与账单，退款说明")
    assert fold_chinese("Lasku ja hyvitys") == "Lasku ja hyvitys"


def test_chinese_is_indexed_as_unigrams_and_bigrams() -> None:
    assert sorted(analyse("退款單", "zh-Hant")) == sorted(["退", "款", "单", "退款", "款单"])


def test_query_parts() -> None:
    parts = parse_query("退款 Refunds AHT 退")
    assert [p.text for p in parts] == ["退款", "refunds", "aht", "退"]
    refunds = parts[1]
    assert "refund" in refunds.variants  # English stem
    assert "refunds" in refunds.variants  # raw form, as acronyms are indexed
    assert parts[2].variants[0] == "aht"
    long_run = parse_query("投诉记录")
    assert [p.text for p in long_run] == ["投诉", "诉记", "记录"]


def test_acronyms_are_not_stemmed_but_words_are() -> None:
    assert analyse("NPS AHT", "fi") == ["nps", "aht"]
    assert analyse("laskun takaisinsoittoon", "fi") == ["lasku", "takaisinsoito"]


def test_edit_distance_and_budget() -> None:
    assert edit_distance("salasana", "salasnaa", 2) == 1  # transposition
    assert edit_distance("takaisinsoitto", "takasinsoitto", 2) == 1
    assert edit_distance("refund", "return", 1) == 2  # capped at limit + 1
    assert typo_budget("lasu") == 0
    assert typo_budget("laskut") == 1
    assert typo_budget("reklamaatio") == 2
    assert deletes("abc", 1) == {"abc", "bc", "ac", "ab"}


def test_term_spans_in_mixed_text() -> None:
    text = "Takaisinsoitto ja 退款 refunds"
    spans = term_spans(text, "fi", ["takaisinsoito", "退款", "refund"])
    assert [text[s:e] for s, e in spans] == ["Takaisinsoitto", "退款"]


def test_snippet_window_and_escaping() -> None:
    text = "x " * 200 + "the <refund> here " + "y " * 200
    start = text.index("refund")
    window, spans = snippet(text, [(start, start + 6)], 60)
    assert window.startswith("…")
    assert window.endswith("…")
    assert [window[s:e] for s, e in spans] == ["refund"]
    assert "&lt;<mark>refund</mark>&gt;" in highlight_html(window, spans)


def test_markdown_to_plain() -> None:
    markdown = "# Title\n\n| A | B |\n|---|---|\n| 1 | **2** |\n\n- see [the page](http://x)\n"
    assert markdown_to_plain(markdown) == "Title A · B 1 · 2 see the page"


def test_language_guesses() -> None:
    assert chinese_script("我想投訴，帳單金額不對") == "zh-Hant"
    assert chinese_script("我的密码忘了") == "zh-Hans"
    assert chinese_script("退款") is None  # the same in both scripts
    assert guess_language("退款") == "zh"
    assert guess_language("Hei, lasku on väärä") == "fi"
    assert guess_language("my invoice is wrong") == "en"
    assert guess_language("NPS") is None
