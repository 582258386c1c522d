"""Search as you type over canned replies in English, Finnish and both Chinese scripts."""

from __future__ import annotations

import time
from pathlib import Path

import yaml

from desktop.knowledge.canned_search import (
    BODY_TIER,
    QUERY_MAX,
    SHORTCUT_TIER,
    TITLE_TIER,
    CannedSearch,
    normalise_query,
)
from desktop.models.canned import CannedReply

REFUND = CannedReply(
    id=1,
    scope="shared",
    shortcut="refund",
    title="Refund timeline",
    variants={
        "en": "Hi {customer.first_name}, your refund for order {{fill:order number}} has been"
        " approved. The money will be back on your card within 5-7 working days.",
        "fi": "Hei {customer.first_name}, tilauksen {{fill:order number}} hyvitys on"
        " hyväksytty. Rahat palautuvat kortillesi 5-7 arkipäivän kuluessa.",
        "zh-Hans": "{customer.first_name}您好，您的订单 {{fill:order number}} 的退款已经批准，"
        "款项将在5至7个工作日内退回您的银行卡。",
        "zh-Hant": "{customer.first_name}您好，您的訂單 {{fill:order number}} 的退款已經核准，"
        "款項將在5至7個工作天內退回您的信用卡。",
    },
)
PASSWORD = CannedReply(
    id=2,
    scope="shared",
    shortcut="pwreset",
    title="Password reset",
    variants={
        "en": 'To reset your password, open the sign-in page and choose "Forgot password".'
        " The link in the email is valid for 24 hours.",
        "fi": 'Voit vaihtaa salasanasi kirjautumissivulla valitsemalla "Unohditko salasanan?".'
        " Sähköpostin linkki on voimassa 24 tuntia.",
        "zh-Hans": "要重设密码，请打开登录页面并选择“忘记密码”。邮件中的链接在24小时内有效。",
        "zh-Hant": "要重設密碼，請打開登入頁面並選擇「忘記密碼」。郵件中的連結在24小時內有效。",
    },
)
BILLING = CannedReply(
    id=3,
    scope="shared",
    shortcut="billing",
    title="Transfer to billing",
    variants={
        "en": "I will transfer you to our billing team, who can answer your refund question.",
        "fi": "Siirrän sinut laskutustiimillemme, joka vastaa hyvitystä koskevaan kysymykseesi.",
    },
)
GIFT_CARD = CannedReply(
    id=4,
    scope="personal",
    shortcut="money-back",
    title="Refund to a gift card",
    variants={"en": "We can return the amount as a gift card, usable at once."},
    owner_id=7,
)
REPLIES = [REFUND, PASSWORD, BILLING, GIFT_CARD]


def ids(found: list[CannedReply]) -> list[int]:
    return [reply.id for reply in found]


def test_an_empty_query_lists_every_reply_in_the_readers_order() -> None:
    search = CannedSearch(REPLIES)
    assert ids(search.search("")) == [1, 2, 3, 4]
    assert ids(search.search("/")) == [1, 2, 3, 4]
    assert ids(search.search("", limit=2)) == [1, 2]


def test_shortcut_prefix_ranks_first_then_title_then_text() -> None:
    search = CannedSearch(REPLIES)
    hits = search.hits("/refund")
    assert [(hit.reply.id, hit.tier) for hit in hits] == [
        (1, SHORTCUT_TIER),
        (4, TITLE_TIER),
        (3, BODY_TIER),
    ]
    assert ids(search.search("ref")) == [1, 4, 3]
    assert ids(search.search("money")) == [4, 1]  # a shortcut, then "The money will…"
    assert ids(search.search("pw")) == [2]


def test_an_exact_shortcut_beats_a_longer_one() -> None:
    short = CannedReply(id=9, scope="shared", shortcut="re", title="Zzz", variants={"en": "x"})
    search = CannedSearch([REFUND, short])
    assert ids(search.search("re")) == [9, 1]


def test_finnish_words_find_the_finnish_text() -> None:
    search = CannedSearch(REPLIES)
    assert ids(search.search("hyvitys")) == [1, 3]
    assert ids(search.search("hyvi")) == [1, 3]  # still typing
    assert ids(search.search("salasana")) == [2]
    assert ids(search.search("sahkoposti")) == [2]  # typed without ä and ö


def test_chinese_finds_both_scripts_through_folding() -> None:
    search = CannedSearch(REPLIES)
    assert ids(search.search("退款")) == [1]
    assert ids(search.search("订单")) == [1]
    assert ids(search.search("訂單")) == [1]
    assert ids(search.search("密碼")) == [2]
    assert ids(search.search("忘记密码")) == [2]
    assert ids(search.search("密")) == [2]  # one character, as typed


def test_simplified_and_traditional_replies_are_both_found() -> None:
    hans = CannedReply(
        id=11,
        scope="shared",
        shortcut="tuikuan",
        title="退款（简体）",
        variants={"zh-Hans": "您的退款已经批准。"},
    )
    hant = CannedReply(
        id=12,
        scope="personal",
        shortcut="tuikuan-tw",
        title="退款（繁體）",
        variants={"zh-Hant": "您的退款已經核准。"},
    )
    search = CannedSearch([hans, hant, PASSWORD])
    assert ids(search.search("退款")) == [11, 12]
    assert ids(search.search("已經")) == [11, 12]
    assert ids(search.search("已经批准")) == [11]
    assert ids(search.search("退款核准")) == [12]  # both words, apart
    assert ids(search.search("退貨")) == []  # 退 is there, 货 is not


def test_typos_are_forgiven() -> None:
    search = CannedSearch(REPLIES)
    assert ids(search.search("passwrd")) == [2]
    assert ids(search.search("pasword reset")) == [2]
    assert ids(search.search("refnud")) == [1, 4, 3]


def test_every_word_must_match() -> None:
    search = CannedSearch(REPLIES)
    assert ids(search.search("refund password")) == []
    assert ids(search.search("billing refund")) == [3]


def test_nonsense_and_hostile_queries_find_nothing_quickly() -> None:
    search = CannedSearch(REPLIES)
    assert search.search("!!!") == []
    assert search.search("zzzzzzzz") == []
    started = time.perf_counter()
    assert search.search("x" * 100_000 + " refund") == []  # cut at QUERY_MAX
    assert time.perf_counter() - started < 5  # not a timing assertion: it must not hang
    assert len(normalise_query("/" + "a" * 10_000)) == QUERY_MAX - 1


def test_rebuild_replaces_what_is_searched() -> None:
    search = CannedSearch(REPLIES)
    search.rebuild([GIFT_CARD])
    assert len(search) == 1
    assert ids(search.search("password")) == []
    assert ids(search.search("gift")) == [4]


def test_a_reply_with_no_text_is_found_by_title() -> None:
    bare = CannedReply(id=20, scope="personal", shortcut="x1", title="Empty one")
    search = CannedSearch([bare])
    assert ids(search.search("empty")) == [20]


DEMO = Path(__file__).resolve().parents[2] / "resources" / "canned"


def demo_replies() -> list[CannedReply]:
    """The demo's shared replies as the desk would read them (title order)."""
    replies = []
    for number, path in enumerate(sorted(DEMO.glob("*.yaml")), start=1):
        data = yaml.safe_load(path.read_text("utf-8"))
        replies.append(
            CannedReply(
                id=number,
                scope="shared",
                shortcut=data["shortcut"],
                title=data["title"],
                variants=data["variants"],
            )
        )
    return sorted(replies, key=lambda r: r.title.casefold())


def shortcuts(found: list[CannedReply]) -> list[str]:
    return [reply.shortcut for reply in found]


def test_the_demo_replies_are_found_in_four_languages() -> None:
    search = CannedSearch(demo_replies())
    assert len(search) >= 8
    assert shortcuts(search.search("/refund"))[0] == "refund-timeline"
    assert "refund-timeline" in shortcuts(search.search("hyvitys"))
    assert "refund-timeline" in shortcuts(search.search("退款"))
    assert "refund-timeline" in shortcuts(search.search("退款已經核准"))  # a fill-in between
    assert shortcuts(search.search("passwrd"))[0] == "password-reset"
    assert shortcuts(search.search("salasana"))[0] == "password-reset"
    assert shortcuts(search.search("/ord"))[0] == "order-number"
    assert "order-number" in shortcuts(search.search("訂單編號"))
    assert "order-number" in shortcuts(search.search("tilausnumero"))
