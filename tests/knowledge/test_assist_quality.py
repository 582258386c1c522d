"""Assist picks the customer's topic, not the one sharing their chatter words."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.knowledge.assist import Assistant, Message, assist_query
from desktop.knowledge.index import KnowledgeIndex
from desktop.knowledge.scripts import load_scripts
from desktop.knowledge.stopwords import strip_chinese

KB = Path(__file__).resolve().parents[2] / "resources" / "kb"


@pytest.fixture(scope="module")
def assistant() -> Assistant:
    index = KnowledgeIndex(sqlite3.connect(":memory:", check_same_thread=False))
    index.build_from_folder(KB / "articles")
    return Assistant(index, load_scripts(KB / "scripts").scripts)


ZH_HANS_REFUND = ["我想退一件外套，尺码太小了。退货运费需要我自己付吗?", "退款什么时候到账?"]

CASES: list[tuple[str, list[str], set[str]]] = [
    ("zh-Hans", ZH_HANS_REFUND, {"refunds", "returns"}),
    (
        "zh-Hant",
        ["我想退一件外套，尺碼太小了。退貨運費需要我自己付嗎?", "退款什麼時候到帳?"],
        {"refunds", "returns"},
    ),
    (
        "fi",
        ["Hei! Tilasin takin mutta se oli liian pieni, miten palautan sen? Kiitos"],
        {"returns", "refunds"},
    ),
    (
        "en",
        [
            "Hi there, thanks for getting back to me so quickly",
            "I returned a jacket last week, when will my refund arrive? Thanks!",
        ],
        {"refunds", "returns"},
    ),
    (
        "en",
        ["hello", "I can't log in, I forgot my password and the reset link never comes"],
        {"password-reset"},
    ),
    (
        "fi",
        ["Hei, en pääse kirjautumaan", "Unohdin salasanani, miten sen voi vaihtaa?"],
        {"password-reset"},
    ),
    ("zh-Hans", ["你好", "我忘记密码了，怎么重置?"], {"password-reset"}),
    ("zh-Hant", ["您好", "我忘記密碼了，請問怎麼重設?"], {"password-reset"}),
    (
        "en",
        ["Hi, my parcel still hasn't arrived", "the delivery is a week late, where is it?"],
        {"delivery-delay"},
    ),
    (
        "fi",
        ["Moi, pakettini ei ole vielä tullut", "Toimitus on myöhässä jo viikon"],
        {"delivery-delay"},
    ),
    ("zh-Hans", ["我的包裹还没到", "快递已经延迟一个星期了"], {"delivery-delay"}),
    (
        "en",
        ["Hello, I was charged twice for the same invoice", "can you refund the duplicate charge?"],
        {"duplicate-charge"},
    ),
    (
        "fi",
        ["Hei, laskuni veloitettiin kahdesti", "Kiitos jos voitte korjata tuplaveloituksen"],
        {"duplicate-charge"},
    ),
    ("zh-Hans", ["同一张账单被扣了两次钱", "重复扣款能退吗?"], {"duplicate-charge"}),
    ("zh-Hant", ["同一張帳單被扣了兩次錢", "重複扣款能退嗎?"], {"duplicate-charge"}),
    (
        "en",
        ["Hi, is your service down?", "the app has been showing an outage error all morning"],
        {"service-outage"},
    ),
    ("fi", ["Palvelu ei toimi", "Onko teillä käyttökatko?"], {"service-outage"}),
    ("zh-Hans", ["你们的服务是不是故障了?", "应用一直打不开，服务中断了吗"], {"service-outage"}),
    (
        "en",
        [
            "I'm busy right now",
            "could someone call me back this afternoon? a callback would be great",
        ],
        {"callbacks"},
    ),
    (
        "fi",
        ["Nyt ei ole hyvä hetki", "Voisitteko järjestää takaisinsoiton iltapäivällä?"],
        {"callbacks"},
    ),
    ("zh-Hans", ["我现在不方便", "可以安排回电吗?"], {"callbacks"}),
    (
        "en",
        [
            "This is the third time I've contacted you",
            "I want to make a formal complaint about your service",
        ],
        {"complaint-handling"},
    ),
    (
        "fi",
        ["Olen todella tyytymätön", "Haluan tehdä virallisen valituksen"],
        {"complaint-handling"},
    ),
    ("zh-Hans", ["我已经联系你们三次了", "我要正式投诉你们的服务"], {"complaint-handling"}),
    ("zh-Hant", ["我已經聯繫你們三次了", "我要正式投訴你們的服務"], {"complaint-handling"}),
]


def _topic(suggestion_id: str) -> str:
    for suffix in ("-zh-hans", "-zh-hant", "-en", "-fi"):
        if suggestion_id.endswith(suffix):
            return suggestion_id[: -len(suffix)]
    return suggestion_id


def _articles(assistant: Assistant, lang: str, texts: list[str]) -> list[str]:
    suggestions = assistant.suggest([Message(text, lang) for text in texts], lang)
    return [_topic(s.id) for s in suggestions if s.kind == "article"]


@pytest.mark.parametrize(("lang", "texts", "topics"), CASES)
def test_right_topic_in_top_three(
    assistant: Assistant, lang: str, texts: list[str], topics: set[str]
) -> None:
    assert topics & set(_articles(assistant, lang, texts)[:3])


@pytest.mark.parametrize(("lang", "texts", "topics"), CASES[:4])
def test_refund_conversations_lead_with_refunds_or_returns(
    assistant: Assistant, lang: str, texts: list[str], topics: set[str]
) -> None:
    articles = _articles(assistant, lang, texts)
    assert articles
    assert articles[0] in topics
    assert not {"callbacks", "complaint-handling", "delivery-delay"} & set(articles[:2])


def test_suggestions_keep_conversation_language(assistant: Assistant) -> None:
    for lang, texts in (("zh-Hans", ZH_HANS_REFUND), ("fi", CASES[2][1])):
        suggestions = assistant.suggest([Message(t, lang) for t in texts], lang)
        assert suggestions
        assert all(s.lang == lang for s in suggestions)


def test_chinese_function_words_are_dropped() -> None:
    query = assist_query([Message(t, "zh-Hans") for t in ZH_HANS_REFUND])
    for chatter in ("什么时候", "需要", "自己", "我"):
        assert chatter not in query
    assert query.startswith("退款")
    assert strip_chinese("退款什麼時候到帳") == ["退款", "到帳"]


def test_latin_chatter_is_dropped_and_newest_first() -> None:
    query = assist_query([Message("Hei! Kiitos"), Message("when will my refund arrive, thanks")])
    assert query.split() == ["refund", "arrive"]
