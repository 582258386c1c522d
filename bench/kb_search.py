"""Benchmark of the knowledge-base search engine on 50,000 mixed-language articles.

Run: ``.venv/bin/python -m bench.kb_search [--articles N] [--queries N] [--db PATH]``

The corpus is synthetic but deterministic: sentences of the demo articles of each language
(en, fi, zh-Hans, zh-Hant) are recombined into new articles with random order numbers, so
the vocabulary, sentence lengths and language mix are those of real content. Printed:
index build time, search p50/p95 over a mix of queries in the four languages (inflected,
misspelled, one- and two-character Chinese, acronyms, mixed), the same figures for a plain
FTS5 ``MATCH`` on the raw text with the default tokenizer (which finds far less; the ratio
is the price of multilingual analysis), and the agent-assist update time.
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

QUERIES: dict[str, list[str]] = {
    "en": [
        "refund",
        "refunds",
        "refunded order",
        "invoice copy",
        "password reset",
        "delivery delay",
        "parcel tracking",
        "complaint record",
        "service outage",
        "callback",
        "payment methods",
        "direct debit",
        "account closure GDPR",
        "address change",
        "AHT",
        "fcr",
        "NPS score",
        "csat survey",
        "identity verification",
        "charged twice",
        "refnud",
        "pasword",
        "deliverry",
        "complaint escalation",
        "how do I return a product",
        "late payment fee",
        "e-invoice",
        "locked account",
    ],
    "fi": [
        "lasku",
        "laskun",
        "laskusta",
        "takaisinsoitto",
        "takaisinsoittoon",
        "takasinsoitto",
        "hyvitys",
        "hyvityksen",
        "palautus",
        "palautukset",
        "salasana",
        "salasanan vaihto",
        "salasanna",
        "toimituksen viivästyminen",
        "reklamaatio",
        "reklamaatiokirjaus",
        "palvelukatko",
        "palvelukatkon",
        "maksutapa",
        "osoitteenmuutos",
        "tilin sulkeminen",
        "tunnistaminen",
        "kaksoisveloitus",
        "eräpäivä",
        "e-lasku",
        "suositteluindeksi",
    ],
    "zh-Hans": [
        "退款",
        "退",
        "发票",
        "票",
        "账单",
        "密码",
        "重置密码",
        "配送延误",
        "包裹",
        "投诉",
        "投诉记录",
        "服务中断",
        "回电",
        "付款方式",
        "注销账户",
        "地址",
        "身份核实",
        "重复扣款",
        "到期日",
        "电子发票",
    ],
    "zh-Hant": [
        "退款",
        "發票",
        "帳單",
        "密碼",
        "重設密碼",
        "配送延誤",
        "投訴",
        "投訴記錄",
        "服務中斷",
        "回電",
        "付款方式",
        "登出帳戶",
        "地址",
        "身分核實",
        "重複扣款",
        "票",
        "電子發票",
    ],
    "mixed": [
        "退款 refund",
        "invoice lasku 发票",
        "NPS 净推荐值",
        "AHT keskimääräinen",
        "password 密碼",
        "palautus return",
        "GDPR 个人数据",
        "callback takaisinsoitto",
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


def _pools(folder: Path) -> dict[str, tuple[list[str], list[str], list[str]]]:
    """Per language: title words or phrases, sentences, tags."""
    pools: dict[str, tuple[list[str], list[str], list[str]]] = defaultdict(lambda: ([], [], []))
    for article in load_folder(folder).articles:
        titles, sentences, tags = pools[article.lang]
        titles.append(article.title)
        sentences.extend(s for s in _SENTENCE.split(markdown_to_plain(article.body)) if s)
        tags.extend(article.tags)
    return dict(pools)


def synthetic_articles(count: int, seed: int = 7) -> Iterator[Article]:
    """``count`` deterministic articles, languages in equal shares."""
    rng = random.Random(seed)
    pools = _pools(ARTICLES)
    for number in range(count):
        lang = LANGS[number % len(LANGS)]
        titles, sentences, tags = pools[lang]
        title = rng.choice(titles)
        body_sentences = rng.sample(sentences, k=min(len(sentences), rng.randint(8, 24)))
        reference = f"ORD{rng.randint(10000, 99999)}"
        body = "\n\n".join(
            [" ".join(body_sentences[i : i + 4]) for i in range(0, len(body_sentences), 4)]
        )
        yield Article(
            id=f"syn-{number}",
            title=f"{title} {number}",
            lang=lang,
            body=f"{body}\n\n{reference}",
            category="Synthetic",
            section=lang,
            tags=tuple(rng.sample(tags, k=min(3, len(tags)))),
        )


def all_queries(total: int) -> list[tuple[str, str]]:
    """A round-robin mix of (language, query), ``total`` long."""
    flat = [(lang, q) for lang, queries in QUERIES.items() for q in queries]
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


def _run_plain(conn: sqlite3.Connection, sql: str, query: str) -> list[tuple[int]]:
    rows: list[tuple[int]] = conn.execute(sql, (_plain_query(query),)).fetchall()
    return rows


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
        for _, query in queries[:20]:  # warm the page cache and the stemmer caches
            index.search(query)
        ours = [_timed(partial(index.search, q, limit=10)) for _, q in queries]
        found = sum(1 for _, q in queries if index.search(q, limit=10, with_highlights=False))
        p50, p95, worst = _percentiles(ours)
        print(
            f"search ({len(queries)} queries): p50 {p50:.2f} ms, p95 {p95:.2f} ms,"
            f" max {worst:.2f} ms; {found}/{len(queries)} queries with results"
        )
        by_lang: dict[str, list[float]] = defaultdict(list)
        for (lang, _), ms in zip(queries, ours, strict=True):
            by_lang[lang].append(ms)
        for lang, samples in by_lang.items():
            q50, q95, _ = _percentiles(samples)
            print(f"  {lang:8} p50 {q50:.2f} ms, p95 {q95:.2f} ms")

        plain = sqlite3.connect(Path(tmp) / "plain.sqlite3")
        plain_build = _plain_fts(plain, articles)
        sql = "SELECT rowid FROM raw_fts WHERE raw_fts MATCH ? ORDER BY rank LIMIT 10"
        for _, query in queries[:20]:
            plain.execute(sql, (_plain_query(query),)).fetchall()
        base = [_timed(partial(_run_plain, plain, sql, q)) for _, q in queries]
        plain_found = sum(
            1 for _, q in queries if plain.execute(sql, (_plain_query(q),)).fetchall()
        )
        b50, b95, _ = _percentiles(base)
        print(
            f"plain FTS5 (unicode61, raw text): build {plain_build:.1f} s, p50 {b50:.2f} ms,"
            f" p95 {b95:.2f} ms; {plain_found}/{len(queries)} queries with results"
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
