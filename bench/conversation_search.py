"""Benchmark of the conversation search index on a large desk cache.

Run: ``.venv/bin/python -m bench.conversation_search [--conversations N] [--messages N]
[--queries N] [--keep PATH]``

Builds a real (SQLCipher) cache with 100,000 conversations and 500,000 messages in four
languages (en, fi, zh-Hans, zh-Hant; customer and agent sentences with order numbers,
products, names, inflected Finnish, Traditional Chinese converted with OpenCC), written
straight into the tables so generating it takes seconds. Then it measures:

- the catch-up of a cache migrated from schema 10 (the migration indexes every cached
  conversation and message in one pass): total and per 1,000 messages;
- the database size without and with the index;
- the write overhead per applied message: live batches (one conversation update and one
  message per transaction) and replay batches (500 messages), with and without the
  index hooks;
- keystroke -> updated result list: every prefix of realistic queries typed character by
  character (words of each language, two-word queries, Chinese one character at a time,
  typos, some with filters), each timed from the call to the reader until the Qt item
  model has been reset with the hits (``ConversationSearch``'s model, offscreen).

Prints the figures; docs/benchmarks.md records them.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import opencc

from desktop.store import apply, search_index
from desktop.store.kinds import conversations as conversation_kinds
from desktop.store.reader import CacheReader
from desktop.store.writer import CacheWriter
from protocol.entities import ConversationData, MessageData
from protocol.frames import Event

LANGUAGES = (("en", 0.35), ("fi", 0.30), ("zh-Hans", 0.20), ("zh-Hant", 0.15))
CHANNELS = ("chat", "email", "phone")
STATUSES = ("open", "pending", "snoozed", "resolved")

SENTENCES = {
    "en": [
        "Hi, I was charged twice for order {order}.",
        "My parcel has not arrived yet, the tracking says it is stuck in {city}.",
        "Could you send me a copy of the invoice for {product}?",
        "I would like to return the {product} I bought last week.",
        "The {product} stopped working after two days.",
        "Please cancel my subscription before the next billing date.",
        "I changed my address, can you update the delivery for order {order}?",
        "Thanks for your help, the refund arrived today.",
        "I cannot log in, the password reset email never comes.",
        "We have refunded the duplicate payment for order {order}.",
        "Your replacement {product} ships tomorrow from our {city} warehouse.",
        "I have escalated this to our billing team, they will call you back.",
        "Could you confirm the serial number printed under the {product}?",
        "The delivery was delayed because of the storm, sorry for the inconvenience.",
        "Customer sounds upset, second contact about the same invoice.",
        "Offered a voucher as goodwill, manager approved.",
        "Is there a discount for students on the {product}?",
        "The payment failed twice with my credit card.",
        "Where can I download the warranty certificate?",
        "Hello {name}, thank you for contacting us.",
    ],
    "fi": [
        "Hei, tilaukseni {order} laskutettiin kahdesti.",
        "Paketti ei ole vieläkään tullut, seuranta näyttää että se on {city}ssa.",
        "Voisitteko lähettää kopion laskusta tuotteelle {product}?",
        "Haluaisin palauttaa viime viikolla ostamani tuotteen {product}.",
        "Laskun eräpäivä meni jo, voinko maksaa vielä ilman korkoa?",
        "Lähetin laskut eilen mutta en saanut vahvistusta.",
        "Tilauksen toimitus myöhästyi myrskyn takia, pahoittelemme.",
        "Hyvitys on maksettu tilillenne tänään.",
        "En pääse kirjautumaan, salasanan palautusviesti ei tule.",
        "Olemme palauttaneet kaksinkertaisen maksun tilaukselle {order}.",
        "Korvaava {product} lähtee huomenna {city}n varastosta.",
        "Siirsin asian laskutustiimille, he soittavat teille takaisin.",
        "Voisitteko vahvistaa laitteen sarjanumeron?",
        "Asiakas on tyytymätön, toinen yhteydenotto samasta laskusta.",
        "Tarjosin lahjakortin hyvityksenä, esimies hyväksyi.",
        "Onko opiskelijoille alennusta tuotteesta {product}?",
        "Maksu epäonnistui kahdesti luottokortillani.",
        "Mistä voin ladata takuutodistuksen?",
        "Hei {name}, kiitos yhteydenotostasi.",
        "Takaisinsoittopyyntö kirjattu, soitamme huomenna aamupäivällä.",
    ],
    "zh-Hans": [
        "你好，我的订单{order}被重复扣款了。",
        "包裹还没有到，物流显示卡在{city}。",
        "请把{product}的发票复印件发给我。",
        "我想退回上周买的{product}。",
        "{product}用了两天就坏了。",
        "请在下次扣费日期前取消我的订阅。",
        "我换了地址，能更新订单{order}的配送吗？",
        "谢谢帮忙，退款今天到账了。",
        "我无法登录，重置密码的邮件一直收不到。",
        "我们已经退还了订单{order}的重复付款。",
        "您的替换{product}明天从{city}仓库发货。",
        "已转给账单团队，他们会给您回电。",
        "请确认{product}底部的序列号。",
        "因为暴风雨配送延误了，非常抱歉。",
        "客户情绪激动，第二次咨询同一张发票。",
        "学生购买{product}有折扣吗？",
        "我的信用卡付款失败了两次。",
        "在哪里可以下载保修证书？",
        "{name}您好，感谢您联系我们。",
        "账单地址和收货地址不一样可以吗？",
    ],
}
CITIES = ["Helsinki", "Tampere", "Oulu", "London", "Leeds", "Taipei", "Shanghai", "Turku"]
NAMES = {
    "en": ["Emma Clarke", "Oliver Smith", "Ava Johnson", "Noah Brown", "Mia Taylor", "Jack Lee"],
    "fi": ["Anna Virtanen", "Mikko Korhonen", "Laura Nieminen", "Juha Mäkinen", "Aino Laine"],
    "zh-Hans": ["王伟", "李娜", "张敏", "刘洋", "陈静", "杨磊"],
    "zh-Hant": ["陳怡君", "林志明", "黃淑芬", "張家豪", "李雅婷", "王建國"],
}
SYLLABLES = ["ka", "ko", "ri", "va", "lo", "mi", "ne", "tu", "sa", "pe", "ro", "li", "an", "ter"]

EN_WORDS = ["refund", "invoice", "parcel", "delivery", "password", "warranty", "charged"]
FI_WORDS = ["laskun", "toimitus", "hyvitys", "salasanan", "takuutodistuksen", "tilaukseni"]
ZH_WORDS = ["发票", "退款", "订单号", "發票", "訂單", "物流", "密码"]
TYPOS = ["refnud", "invocie", "delivry", "pasword", "warrenty", "laksun", "toimitsu", "hyvitsy"]


def _products(rng: random.Random, count: int = 3_000) -> list[str]:
    return [
        "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
        + f" {rng.choice('XSMLQ')}{rng.randint(1, 99)}"
        for _ in range(count)
    ]


def sentence_pools() -> dict[str, list[str]]:
    to_traditional = opencc.OpenCC("s2t")
    pools = dict(SENTENCES)
    pools["zh-Hant"] = [to_traditional.convert(s) for s in SENTENCES["zh-Hans"]]
    return pools


def generate(
    conversations: int, messages: int, seed: int = 7
) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]], list[tuple[object, ...]]]:
    """Rows for customers, conversations and messages (ids ascending in time)."""
    rng = random.Random(seed)
    pools = sentence_pools()
    products = _products(rng)
    langs = [lang for lang, _ in LANGUAGES]
    weights = [w for _, w in LANGUAGES]
    customers: list[tuple[object, ...]] = []
    convs: list[tuple[object, ...]] = []
    conv_lang: list[str] = []
    start = 1_700_000_000.0
    for cid in range(1, conversations + 1):
        lang = rng.choices(langs, weights)[0]
        name = rng.choice(NAMES[lang]) + (f" {cid}" if lang in ("en", "fi") else str(cid))
        email = f"customer{cid}@example.com"
        phone = f"+358 40 {cid:07d}"
        customers.append((cid, name, email, phone, lang))
        at = start + cid * 30.0
        subject = rng.choice(pools[lang]).format(
            order=f"ORD{rng.randint(10_000, 99_999)}",
            city=rng.choice(CITIES),
            product=rng.choice(products),
            name=name,
        )[:60]
        convs.append(
            (
                cid,
                1 + cid % 8,
                cid,
                name,
                rng.choice(CHANNELS),
                rng.choice(STATUSES),
                subject,
                lang,
                None,
                at,
                at,
                at,
                "",
                0,
            )
        )
        conv_lang.append(lang)
    rows: list[tuple[object, ...]] = []
    for mid in range(1, messages + 1):
        cid = rng.randint(1, conversations)
        lang = conv_lang[cid - 1]
        body = " ".join(
            rng.choice(pools[lang]).format(
                order=f"ORD{rng.randint(10_000, 99_999)}",
                city=rng.choice(CITIES),
                product=rng.choice(products),
                name=customers[cid - 1][1],
            )
            for _ in range(rng.randint(1, 3))
        )
        direction = rng.choices(("in", "out", "note"), (0.55, 0.4, 0.05))[0]
        rows.append(
            (
                mid,
                cid,
                direction,
                "Agent" if direction != "in" else "",
                None,
                body,
                start + mid * 6.0,
                None,
                0,
            )
        )
    return customers, convs, rows


def fill(
    writer: CacheWriter,
    customers: Sequence[tuple[object, ...]],
    convs: Sequence[tuple[object, ...]],
    rows: Sequence[tuple[object, ...]],
) -> None:
    """Write the rows straight into the tables and set the cache back to schema 10 with
    no index, as a desk upgraded from the previous release finds it."""

    def work(conn: sqlite3.Connection) -> None:
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO customers VALUES (?,?,?,?,?)", customers)
        conn.executemany("INSERT INTO conversations VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", convs)
        conn.executemany("INSERT INTO messages VALUES (?,?,?,?,?,?,?,?,?)", rows)
        search_index.clear(conn)
        conn.execute("DELETE FROM cs_meta")
        conn.execute("PRAGMA user_version = 10")
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    writer.call(work)


def size_mb(path: Path) -> float:
    total = sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.is_file())
    return total / 1e6


def _pct(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def typed(query: str) -> list[str]:
    """What the search field holds after each keystroke (from the second character)."""
    return [query[:i] for i in range(2 if query.isascii() else 1, len(query) + 1)]


def keystrokes(rng: random.Random, count: int) -> list[tuple[str, dict[str, object]]]:
    """A few hundred realistic as-you-type states with the filters they run with."""
    whole = [
        *EN_WORDS,
        *FI_WORDS,
        *ZH_WORDS,
        "order ORD4",
        "refund arrived",
        "laskun eräpäivä",
        "tilaukseni toimitus",
        "Anna Virtanen",
        "customer123",
        "+358 40 00012",
        "Helsinki",
        "warranty certificate",
        "退款 到账",
        "发票复印件",
        "訂單配送",
        "Emma",
        "王伟",
    ]
    found: list[tuple[str, dict[str, object]]] = []
    filters: list[dict[str, object]] = [
        {},
        {},
        {},
        {"status": "open"},
        {"channel": "email"},
        {"language": "fi"},
        {"queue_id": 3},
    ]
    for query in whole:
        flt = rng.choice(filters)
        found += [(state, flt) for state in typed(query)]
        if query.isascii():
            found.append((query + " ", flt))
    for typo in TYPOS:
        found.append((typo + " ", {}))
        found.append((typo, {}))
    rng.shuffle(found)
    return found[:count]


def apply_batch(writer: CacheWriter, batch: list[Event]) -> None:
    """Apply one batch on the writer thread, as the sync engine does, and wait."""
    writer.call(lambda conn: apply.apply_events(conn, batch, upto=batch[-1].seq))


def bench_writes(
    writer: CacheWriter,
    convs: Sequence[tuple[object, ...]],
    start_id: int,
    *,
    live: int,
    replay: int,
) -> dict[str, float]:
    """Milliseconds per applied message, live (one per transaction) and in a replay."""
    rng = random.Random(3)
    results: dict[str, float] = {}
    next_id = start_id
    pools = sentence_pools()
    seq = 10**9

    def event_of(entity: ConversationData | MessageData) -> Event:
        nonlocal seq
        seq += 1
        return Event(seq=seq, kind=entity.kind, id=entity.id, data=entity)

    def new_message(cid: int) -> tuple[ConversationData, MessageData]:
        nonlocal next_id
        next_id += 1
        row = convs[cid - 1]
        lang = str(row[7])
        at = 1_800_000_000.0 + next_id
        body = rng.choice(pools[lang]).format(
            order="ORD12345", city="Oulu", product="Kato X1", name="Anna"
        )
        conversation = ConversationData(
            id=cid,
            queue_id=int(str(row[1])),
            customer_id=cid,
            customer_name=str(row[3]),
            channel=str(row[4]),
            status=str(row[5]),
            subject=str(row[6]),
            language=lang,
            created_at=at,
            updated_at=at,
            last_message_at=at,
            message_count=5,
        )
        message = MessageData(
            id=next_id,
            conversation_id=cid,
            direction="in",
            author_name="",
            body=body,
            created_at=at,
        )
        return conversation, message

    kinds = conversation_kinds
    hooks = {k: k.follow for k in (kinds.CUSTOMER, kinds.CONVERSATION, kinds.MESSAGE)}
    for indexed in (False, True):
        for kind, hook in hooks.items():
            object.__setattr__(kind, "follow", hook if indexed else None)
        label = "with index" if indexed else "without index"
        started = time.perf_counter()
        for _ in range(live):
            conversation, message = new_message(rng.randint(1, len(convs)))
            batch = [event_of(conversation), event_of(message)]
            apply_batch(writer, batch)
        results[f"live, {label}"] = (time.perf_counter() - started) * 1000 / live
        batch = []
        for _ in range(replay):
            conversation, message = new_message(rng.randint(1, len(convs)))
            batch += [event_of(conversation), event_of(message)]
        started = time.perf_counter()
        apply_batch(writer, batch)
        results[f"replay of {replay}, {label}"] = (time.perf_counter() - started) * 1000 / replay
    for kind, hook in hooks.items():
        object.__setattr__(kind, "follow", hook)
    return results


def make_model_reset() -> Callable[[list[object]], None]:
    """The result list's model reset (offscreen Qt), or a no-op without Qt."""
    try:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from desktop.ui.inbox.search import SearchResultsModel
    except ImportError:  # pragma: no cover - Qt is a dependency of the desk
        return lambda hits: None
    app = QApplication.instance() or QApplication(sys.argv[:1])
    model = SearchResultsModel(app)
    return model.set_hits  # type: ignore[return-value]


def bench_keystrokes(path: Path, queries: int) -> None:
    """Print keystroke -> updated list figures over as-you-type states."""
    reader = CacheReader(path)
    reset = make_model_reset()
    states = keystrokes(random.Random(11), queries)
    for state, flt in states[:20]:  # warm the page cache as a desk that has run a while
        reader.search_conversations(state, **flt)  # type: ignore[arg-type]
    timings: list[float] = []
    cpu: list[float] = []
    slow: list[tuple[float, str]] = []
    empty = 0
    for state, flt in states:
        started, started_cpu = time.perf_counter(), time.thread_time()
        hits = reader.search_conversations(state, **flt)  # type: ignore[arg-type]
        reset(list(hits))
        cpu.append((time.thread_time() - started_cpu) * 1000)
        elapsed = (time.perf_counter() - started) * 1000
        timings.append(elapsed)
        slow.append((elapsed, f"{state!r} {flt}"))
        empty += not hits
    reader.close()
    for label, values in (("wall", timings), ("CPU", cpu)):
        print(
            f"keystroke -> result list, {label} ({len(values)} states, {empty} with no hit):"
            f" p50 {statistics.median(values):.1f} ms, p95 {_pct(values, 0.95):.1f} ms,"
            f" p99 {_pct(values, 0.99):.1f} ms, max {max(values):.1f} ms"
        )
    for elapsed, what in sorted(slow, reverse=True)[:5]:
        print(f"  slowest: {elapsed:.1f} ms {what}")
    print(f"load average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--conversations", type=int, default=100_000)
    parser.add_argument("--messages", type=int, default=500_000)
    parser.add_argument("--queries", type=int, default=400)
    parser.add_argument("--live", type=int, default=300)
    parser.add_argument("--replay", type=int, default=500)
    parser.add_argument("--keep", type=Path, default=None, help="cache file to keep")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="convsearch-"))
    path = args.keep or folder / "cache.sqlite3"

    started = time.perf_counter()
    customers, convs, rows = generate(args.conversations, args.messages)
    print(
        f"generated {len(convs):,} conversations, {len(rows):,} messages"
        f" in {time.perf_counter() - started:.1f} s"
    )
    writer = CacheWriter(path)
    writer.start()
    fill(writer, customers, convs, rows)
    writer.stop()
    before = size_mb(path)

    started = time.perf_counter()
    writer = CacheWriter(path)
    writer.start()  # migrates 10 -> 11: the catch-up
    catch_up = time.perf_counter() - started
    writer.call(lambda c: c.execute("PRAGMA wal_checkpoint(TRUNCATE)"))
    after = size_mb(path)
    per_k = catch_up * 1000 / (len(rows) / 1000)
    print(
        f"index build = catch-up (migration 10 -> 11, {len(rows):,} messages"
        f" + {len(convs):,} headers):"
        f" {catch_up:.1f} s, {per_k:.0f} ms per 1,000 messages"
    )
    counts = writer.call(
        lambda c: [
            c.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("cs_words", "cs_deletes")
        ]
    )
    print(
        f"database: {before:.0f} MB without the index, {after:.0f} MB with it"
        f" (+{after - before:.0f} MB; typo vocabulary {counts[0]:,} words,"
        f" {counts[1]:,} keys)"
    )

    writes = bench_writes(writer, convs, len(rows) + 10, live=args.live, replay=args.replay)
    for label, value in writes.items():
        print(f"apply per message, {label}: {value:.3f} ms")
    writer.stop()

    bench_keystrokes(path, args.queries)
    print(f"cache kept at {path}" if args.keep else f"(scratch cache in {folder})")


if __name__ == "__main__":
    main()
