"""The stems of words are remembered by an owned, bounded cache, not a module global."""

from __future__ import annotations

from desktop.knowledge.analysis import TermCache, analyse, parse_query, word_term
from desktop.knowledge.index import KnowledgeIndex


def test_a_term_cache_remembers_stems_and_stays_within_its_limit() -> None:
    terms = TermCache(limit=3)
    assert terms.term("laskun", "fi") == word_term("laskun", "fi") == "lasku"
    for word in ("refunds", "invoices", "callbacks", "orders", "payments"):
        assert terms.term(word, "en") == word_term(word, "en")
        assert len(terms.of("en")) <= 3
    assert len(terms) <= 6  # two languages, three words each at most


def test_analysis_gives_the_same_terms_with_or_without_a_shared_cache() -> None:
    shared = TermCache()
    text = "Refunds of invoices: laskun takaisinsoittoon, AHT"
    assert analyse(text, "fi", shared) == analyse(text, "fi")
    assert parse_query("refunds laskun", "fi", shared) == parse_query("refunds laskun", "fi")


def test_each_index_owns_its_term_cache() -> None:
    first = KnowledgeIndex(":memory:")
    second = KnowledgeIndex(":memory:", terms=(given := TermCache()))
    assert first.terms is not second.terms
    assert second.terms is given
    first.close()
    second.close()
