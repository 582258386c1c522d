"""Benchmark of the knowledge-base search engine on 50,000 mixed-language articles.

Run: ``.venv/bin/python -m bench.kb_search [--articles N] [--queries N] [--db PATH]``

The corpus is synthetic but deterministic: sentences of the demo articles of each language
(en, fi, zh-Hans, zh-Hant) are recombined into new articles with random order numbers, so
the vocabulary, sentence lengths and language mix are those of real content. Printed:
index build time, search p50/p95 over a mix of queries in the four languages (inflected,
misspelled, one- and two-character Chinese, acronyms, mixed) with how often the expected
topic comes first, the same figures for a plain FTS5 ``MATCH`` (any word of the query) on
the raw text with the default tokenizer, and the agent-assist update time.
"""

from __future__ import annotations

import argparse
import random
import re
import sqlite3
import statistics
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from desktop.knowledge.articles import Article, load_folder
from desktop.knowledge.assist import Assistant, AssistSession, Message
from desktop.knowledge.index import KnowledgeIndex
from desktop.knowledge.scripts import load_scripts
from desktop.knowledge.text import markdown_to_plain

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "resources" / "kb" / "articles"
SCRIPTS = ROOT / "resources" / "kb" / "scripts"
LANGS = ("en", "fi", "zh-Hans", "zh-Hant")
_SENTENCE = re.compile(r"(?<=[.!?。！？])\s*")

# (query, topic of the article an agent expects first) per language.
QUERIES: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("refund", "refunds"),
        ("refunds", "refunds"),
        ("refunded order", "refunds"),
        ("invoice copy", "invoice-copy"),
        ("password reset", "password-reset"),
        ("delivery delay", "delivery-delay"),
        ("parcel tracking", "delivery-delay"),
        ("complaint record", "complaint-handling"),
        ("service outage", "service-outage"),
        ("callback", "callbacks"),
        ("payment methods", "payment-methods"),
        ("direct debit", "payment-methods"),
        ("account closure GDPR", "account-closure-gdpr"),
        ("address change", "address-change"),
        ("AHT", "kpi-glossary"),
        ("fcr", "kpi-glossary"),
        ("NPS score", "kpi-glossary"),
        ("csat survey", "kpi-glossary"),
        ("identity verification", "identity-verification"),
        ("charged twice", "duplicate-charge"),
        ("refnud", "refunds"),
        ("pasword", "password-reset"),
        ("deliverry delay", "delivery-delay"),
        ("complaint escalation", "complaint-handling"),
        ("how do I return a product", "returns"),
        ("late payment fee", "billing-overview"),
        ("due dates", "invoice-copy"),
        ("locked account password", "password-reset"),
    ],
    "fi": [
        ("lasku", "billing-overview"),
        ("laskun", "billing-overview"),
        ("laskukopio", "invoice-copy"),
        ("takaisinsoitto", "callbacks"),
        ("takaisinsoittoon", "callbacks"),
        ("takasinsoitto", "callbacks"),
        ("hyvitys", "refunds"),
        ("hyvityksen", "refunds"),
        ("palauttaminen", "returns"),
        ("tuotteen palautus", "returns"),
        ("salasana", "password-reset"),
        ("salasanan vaihto", "password-reset"),
        ("salasanna", "password-reset"),
        ("toimituksen viivästyminen", "delivery-delay"),
        ("reklamaatio", "complaint-handling"),
        ("reklamaation käsittely", "complaint-handling"),
        ("palvelukatko", "service-outage"),
        ("palvelukatkon", "service-outage"),
        ("maksutavat", "payment-methods"),
        ("osoitteenmuutos", "address-change"),
        ("tilin sulkeminen", "account-closure-gdpr"),
        ("soittajan tunnistaminen", "identity-verification"),
        ("veloitettu kahdesti", "duplicate-charge"),
        ("eräpäivät", "invoice-copy"),
        ("erapaivat", "invoice-copy"),
        ("mittarisanasto", "kpi-glossary"),
    ],
    "zh-Hans": [
        ("退款", "refunds"),
        ("发票副本", "invoice-copy"),
        ("账单", "billing-overview"),
        ("重置密码", "password-reset"),
        ("密码", "password-reset"),
        ("配送延误", "delivery-delay"),
        ("退货", "returns"),
        ("投诉", "complaint-handling"),
        ("服务中断", "service-outage"),
        ("回电", "callbacks"),
        ("付款方式", "payment-methods"),
        ("注销账户", "account-closure-gdpr"),
        ("更改地址", "address-change"),
        ("核实身份", "identity-verification"),
        ("重复扣款", "duplicate-charge"),
        ("指标", "kpi-glossary"),
        ("退", "refunds"),
        ("票", "invoice-copy"),
        ("到期日", "invoice-copy"),
        ("电子发票", "invoice-copy"),
    ],
    "zh-Hant": [
        ("退款", "refunds"),
        ("發票副本", "invoice-copy"),
        ("帳單", "billing-overview"),
        ("重設密碼", "password-reset"),
        ("配送延誤", "delivery-delay"),
        ("退貨", "returns"),
        ("投訴處理", "complaint-handling"),
        ("服務中斷", "service-outage"),
        ("預約回電", "callbacks"),
        ("付款方式", "payment-methods"),
        ("註銷帳戶", "account-closure-gdpr"),
        ("更改地址", "address-change"),
        ("核實來電者身分", "identity-verification"),
        ("重複扣款", "duplicate-charge"),
        ("指標詞彙表", "kpi-glossary"),
        ("票", "invoice-copy"),
        ("電子發票", "invoice-copy"),
    ],
    "mixed": [
        ("退款 refund", "refunds"),
        ("invoice lasku 发票", "invoice-copy"),
        ("NPS 净推荐值", "kpi-glossary"),
        ("AHT keskimääräinen", "kpi-glossary"),
        ("password 密碼", "password-reset"),
        ("palautus return", "returns"),
        ("GDPR 个人数据", "account-closure-gdpr"),
        ("callback takaisinsoitto", "callbacks"),
    ],
}


CONVERSATIONS = {
    "fi": [
        "Hei, tilasin paketin viikko sitten eikä se ole vieläkään tullut",
        "Seurannassa ei ole tapahtunut mitään kolmeen päivään",
        "Voisitteko soittaa minulle takaisin kun tiedätte enemmän?",
    ],
    "en": [
        "Hi, I was charged twice for my order",
        "Both payments are completed on my card statement",
        "I want a refund for the extra payment please",
    ],
    "zh-Hans": ["你好，我忘记密码了", "我试了好几次，账户被锁定了", "重置邮件也没有收到"],
    "zh-Hant": ["我想投訴", "帳單金額不對，多收了費用", "我要求退款"],
}


@dataclass(frozen=True)
class _Topic:
    topic: str
    title: str
    sentences: list[str]
    tags: tuple[str, ...]


def _pools(folder: Path) -> dict[str, list[_Topic]]:
    """Per language, the demo articles as topics: title, sentences, tags."""
    pools: dict[str, list[_Topic]] = defaultdict(list)
    for article in load_folder(folder).articles:
        sentences = [s for s in _SENTENCE.split(markdown_to_plain(article.body)) if s]
        topic = article.id[: -len(article.lang) - 1]
        pools[article.lang].append(_Topic(topic, article.title, sentences, article.tags))
    return dict(pools)


def synthetic_articles(count: int, seed: int = 7) -> Iterator[Article]:
    """``count`` deterministic articles, languages in equal shares.

    Each has a topic: its title and tags come from that topic's demo article, and half of
    its sentences from that article, half from others (real articles mention other topics
    too). ``source`` records the topic, so the benchmark can check answers.
    """
    rng = random.Random(seed)
    pools = _pools(ARTICLES)
    for number in range(count):
        lang = LANGS[number % len(LANGS)]
        topics = pools[lang]
        topic = rng.choice(topics)
        own = rng.sample(topic.sentences, k=min(len(topic.sentences), rng.randint(4, 10)))
        others = [rng.choice(rng.choice(topics).sentences) for _ in range(len(own))]
        body_sentences = own + others
        rng.shuffle(body_sentences)
        reference = f"ORD{rng.randint(10000, 99999)}"
        body = "\n\n".join(
            [" ".join(body_sentences[i : i + 4]) for i in range(0, len(body_sentences), 4)]
        )
        yield Article(
            id=f"syn-{number}",
            title=f"{topic.title} {number}",
            lang=lang,
            body=f"{body}\n\n{reference}",
            category="Synthetic",
            section=lang,
            tags=topic.tags[: rng.randint(1, len(topic.tags))],
            source=topic.topic,
        )


def all_queries(total: int) -> list[tuple[str, str, str]]:
    """A shuffled mix of (language, query, expected topic), ``total`` long."""
    flat = [(lang, q, topic) for lang, queries in QUERIES.items() for q, topic in queries]
    rng = random.Random(11)
    rng.shuffle(flat)
    return [flat[i % len(flat)] for i in range(total)]


def _percentiles(samples: list[float]) -> tuple[float, float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95, ordered[-1]


def _timed(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return (time.perf_counter() - start) * 1000


def _plain_fts(conn: sqlite3.Connection, articles: list[Article]) -> float:
    start = time.perf_counter()
    conn.execute("CREATE VIRTUAL TABLE raw_fts USING fts5(title, body)")
    with conn:
        conn.executemany(
            "INSERT INTO raw_fts (title, body) VALUES (?, ?)",
            ((a.title, a.body) for a in articles),
        )
    return time.perf_counter() - start


def _run_plain(conn: sqlite3.Connection, query: str) -> list[tuple[int]]:
    """Plain FTS5: the raw words of the query, any of them, ranked by BM25."""
    sql = "SELECT rowid FROM raw_fts WHERE raw_fts MATCH ? ORDER BY rank LIMIT 10"
    rows: list[tuple[int]] = conn.execute(sql, (_plain_query(query),)).fetchall()
    return rows


def _quality(found: list[list[str]], queries: list[tuple[str, str, str]]) -> str:
    """How often the expected topic is first, and in the first ten."""
    first = sum(1 for topics, q in zip(found, queries, strict=True) if topics[:1] == [q[2]])
    ten = sum(1 for topics, q in zip(found, queries, strict=True) if q[2] in topics)
    empty = sum(1 for topics in found if not topics)
    total = len(queries)
    return (
        f"right topic first {100 * first / total:.0f}%, in top 10 {100 * ten / total:.0f}%,"
        f" no result {100 * empty / total:.0f}%"
    )


def _plain_query(query: str) -> str:
    words = re.findall(r"\w+", query)
    return " OR ".join('"' + w + '"' for w in words) or '""'


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--db", type=Path, default=None, help="database file (default: temp)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "kb.sqlite3"
        articles = list(synthetic_articles(args.articles))
        index = KnowledgeIndex(db)
        start = time.perf_counter()
        index.add_articles(articles)
        build = time.perf_counter() - start
        print(f"articles: {len(articles)} ({', '.join(LANGS)} in equal shares)")
        print(f"index build: {build:.1f} s ({len(articles) / build:,.0f} articles/s)")

        queries = all_queries(args.queries)
        topic_of = [article.source for article in articles]
        for _, query, _ in queries[:20]:  # warm the page cache and the stemmer caches
            index.search(query)
        ours = [_timed(partial(index.search, q, limit=10)) for _, q, _ in queries]
        our_topics = [
            [topic_of[int(hit.id[4:])] for hit in index.search(q, limit=10)] for _, q, _ in queries
        ]
        p50, p95, worst = _percentiles(ours)
        print(
            f"search ({len(queries)} queries): p50 {p50:.2f} ms, p95 {p95:.2f} ms,"
            f" max {worst:.2f} ms; {_quality(our_topics, queries)}"
        )
        by_lang: dict[str, list[float]] = defaultdict(list)
        for (lang, _, _), ms in zip(queries, ours, strict=True):
            by_lang[lang].append(ms)
        for lang, samples in by_lang.items():
            q50, q95, _ = _percentiles(samples)
            print(f"  {lang:8} p50 {q50:.2f} ms, p95 {q95:.2f} ms")

        plain = sqlite3.connect(Path(tmp) / "plain.sqlite3")
        plain_build = _plain_fts(plain, articles)
        for _, query, _ in queries[:20]:
            _run_plain(plain, query)
        base = [_timed(partial(_run_plain, plain, q)) for _, q, _ in queries]
        plain_topics = [
            [topic_of[rowid - 1] for (rowid,) in _run_plain(plain, q)] for _, q, _ in queries
        ]
        b50, b95, _ = _percentiles(base)
        print(
            f"plain FTS5 (unicode61, raw text): build {plain_build:.1f} s, p50 {b50:.2f} ms,"
            f" p95 {b95:.2f} ms; {_quality(plain_topics, queries)}"
        )
        print(f"ratio ours/plain: p50 x{p50 / b50:.1f}, p95 x{p95 / b95:.1f}")

        scripts = load_scripts(SCRIPTS).scripts
        assistant = Assistant(index, scripts)
        updates = []
        for _ in range(10):
            for lang, messages in CONVERSATIONS.items():
                session = AssistSession(assistant, lang)
                for text in messages:
                    updates.append(_timed(partial(session.add, Message(text, lang))))
        a50, a95, amax = _percentiles(updates)
        print(
            f"assist update ({len(updates)} messages): p50 {a50:.2f} ms,"
            f" p95 {a95:.2f} ms, max {amax:.2f} ms"
        )
        plain.close()
        index.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
