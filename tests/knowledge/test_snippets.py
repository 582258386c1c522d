"""Canned-reply templates made ready for a conversation: variant, variables, fill-ins."""

from __future__ import annotations

import pytest

from desktop.knowledge.snippets import (
    FILL_INS_MAX,
    FILL_LABEL_MAX,
    TEMPLATE_MAX,
    SnippetContext,
    canonical_language,
    choose_variant,
    expand,
    expand_variants,
    fill_ins,
    first_name,
    next_fill_in,
    preview,
    previous_fill_in,
    same_language,
    variables_left,
)

ALL = {"en": "Hello", "fi": "Hei", "zh-Hans": "您好", "zh-Hant": "您好（繁）"}
CONTEXT = SnippetContext(
    customer_name="Aino Virtanen",
    agent_name="Emma Stone",
    conversation_id=42,
    conversation_subject="Refund   for\norder",
    queue_name="Billing",
    language="fi",
)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "en"),
        ("en-GB", "en"),
        ("fi", "fi"),
        ("fi-FI", "fi"),
        ("zh-Hans", "zh-Hans"),
        ("zh-Hant", "zh-Hant"),
        ("zh-CN", "zh-Hans"),
        ("zh-SG", "zh-Hans"),
        ("zh-TW", "zh-Hant"),
        ("zh-HK", "zh-Hant"),
        ("zh_Hant_TW", "zh-Hant"),
        ("ZH-hant", "zh-Hant"),
        ("zh", "zh-Hans"),
        ("sv", "en"),
        ("", "en"),
        (None, "en"),
    ],
)
def test_the_variant_follows_the_conversation_language(language: str | None, expected: str) -> None:
    assert choose_variant(ALL, language) == expected


def test_a_chinese_reader_gets_the_other_script_before_english() -> None:
    assert choose_variant({"en": "x", "zh-Hans": "y"}, "zh-TW") == "zh-Hans"
    assert choose_variant({"en": "x", "zh-Hant": "y"}, "zh-CN") == "zh-Hant"
    assert choose_variant({"en": "x", "zh": "y"}, "zh-Hant") == "zh"


def test_without_english_the_first_variant_is_used_and_none_without_any() -> None:
    assert choose_variant({"fi": "a", "sv": "b"}, "de") == "fi"
    assert choose_variant({}, "en") is None
    assert expand_variants({}, CONTEXT).text == ""


def test_the_plain_tag_wins_over_a_regional_one() -> None:
    assert choose_variant({"fi-FI": "a", "fi": "b"}, "fi-FI") == "fi"


def test_canonical_language_reads_script_and_region() -> None:
    assert canonical_language("zh-Hant-HK") == ("zh", "hant")
    assert canonical_language("zh-CN") == ("zh", "hans")
    assert canonical_language("en-US") == ("en", "")
    assert canonical_language("  ") == ("", "")


@pytest.mark.parametrize(
    ("full", "first"),
    [
        ("Aino Virtanen", "Aino"),
        ("  Anna-Liisa   Korhonen ", "Anna-Liisa"),
        ("Smith, John", "John"),
        ("Madonna", "Madonna"),
        ("王小明", "王小明"),
        ("陳美玲", "陳美玲"),
        ("Wang 小明", "Wang 小明"),
        ("", ""),
    ],
)
def test_first_names(full: str, first: str) -> None:
    assert first_name(full) == first


def test_variables_are_replaced_and_the_variant_reported() -> None:
    expansion = expand_variants(
        {
            "en": "Hi {customer.first_name}",
            "fi": (
                "Hei {customer.first_name} ({customer.name}), terveisin {agent.first_name}"
                " / {agent.name}, #{conversation.id} {conversation.subject}, {queue.name}"
            ),
        },
        CONTEXT,
    )
    assert expansion.language == "fi"
    assert expansion.text == (
        "Hei Aino (Aino Virtanen), terveisin Emma / Emma Stone, #42 Refund for order, Billing"
    )
    assert expansion.unknown == ()
    assert expansion.fill_ins == ()


def test_a_chinese_customer_is_greeted_by_the_whole_name() -> None:
    context = SnippetContext(customer_name="王小明", agent_name="李伟", language="zh-CN")
    expansion = expand_variants(ALL | {"zh-Hans": "{customer.first_name}您好"}, context)
    assert expansion.language == "zh-Hans"
    assert expansion.text == "王小明您好"


def test_unknown_and_empty_variables_stay_visible_and_are_reported_once() -> None:
    context = SnippetContext(customer_name="", agent_name="Emma Stone")
    expansion = expand(
        "Hi {customer.first_name}, order {order.number} ({order.number}) #{conversation.id}",
        context,
    )
    assert expansion.text == (
        "Hi {customer.first_name}, order {order.number} ({order.number}) #{conversation.id}"
    )
    assert expansion.unknown == ("customer.first_name", "order.number", "conversation.id")


def test_braces_that_are_not_variables_are_left_alone() -> None:
    text = "Use {curly} braces, {{double}}, {a.}, {.b}, { customer.name } and {}"
    assert expand(text, CONTEXT) == expand(text, CONTEXT)
    assert expand(text, CONTEXT).text == text
    assert expand(text, CONTEXT).unknown == ()


def test_fill_ins_are_kept_in_order_with_their_places() -> None:
    expansion = expand(
        "Hei {customer.first_name}, tilaus {{fill:order number}} saapuu {{fill: date }}.",
        CONTEXT,
    )
    assert expansion.text == "Hei Aino, tilaus {{fill:order number}} saapuu {{fill: date }}."
    labels = [(f.label, expansion.text[f.start : f.end]) for f in expansion.fill_ins]
    assert labels == [("order number", "{{fill:order number}}"), ("date", "{{fill: date }}")]


def test_a_value_is_never_expanded_again() -> None:
    """A customer called "{agent.name}" (hostile or a test account) is greeted by that
    name, not by the agent's: one pass, values are not templates."""
    context = SnippetContext(customer_name="{agent.name}", agent_name="Emma Stone")
    assert expand("Hi {customer.name}", context).text == "Hi {agent.name}"


def test_hostile_templates_are_bounded() -> None:
    long_label = "{{fill:" + "x" * (FILL_LABEL_MAX + 1) + "}}"
    assert expand(long_label, CONTEXT).fill_ins == ()
    assert expand("{{fill:unterminated", CONTEXT).fill_ins == ()
    assert expand("{{fill:}}", CONTEXT).fill_ins == ()
    huge = expand("a" * (TEMPLATE_MAX * 3), CONTEXT)
    assert len(huge.text) == TEMPLATE_MAX
    many = expand("{{fill:x}} " * (FILL_INS_MAX + 20), CONTEXT)
    assert len(many.fill_ins) == FILL_INS_MAX


def test_tab_order_through_fill_ins_wraps_round() -> None:
    text = "A {{fill:one}} b {{fill:two}} c"
    first, second = list(fill_ins(text))
    assert next_fill_in(text, 0) == first
    assert next_fill_in(text, first.end) == second
    assert next_fill_in(text, second.end) == first
    assert previous_fill_in(text, second.start) == first
    assert previous_fill_in(text, first.start) == second
    assert next_fill_in("no placeholders", 0) is None
    assert previous_fill_in("no placeholders", 10) is None


def test_preview_is_one_line_and_cut() -> None:
    assert preview("Hello\n\n  world") == "Hello world"
    cut = preview("word " * 100, limit=20)
    assert len(cut) <= 20
    assert cut.endswith("…")


def test_same_language_folds_chinese_tags() -> None:
    assert same_language("zh", "zh-CN")
    assert same_language("zh-TW", "zh-Hant")
    assert not same_language("zh-TW", "zh-Hans")
    assert same_language("fi-FI", "fi")
    assert not same_language("en", "fi")
    assert not same_language(None, "")


def test_every_demo_reply_expands_fully_in_every_language() -> None:
    """The demo's replies use only variables the desk fills, in every language."""
    from tests.knowledge.test_canned_search import demo_replies

    for reply in demo_replies():
        assert set(reply.variants) >= {"en", "fi", "zh-Hans", "zh-Hant"}, reply.shortcut
        for language in ("en", "fi", "zh-CN", "zh-TW"):
            context = SnippetContext(
                customer_name="王小明",
                agent_name="Emma Stone",
                conversation_id=9,
                conversation_subject="Order",
                queue_name="Billing",
                language=language,
            )
            expansion = expand_variants(reply.variants, context)
            assert expansion.unknown == (), (reply.shortcut, language)
            assert "{customer." not in expansion.text


def test_variables_left_are_found_once_each() -> None:
    text = "Order {order.number}, {{fill:date}}, {order.number}, {x}, {{a.b}}, {customer.name}"
    assert variables_left(text) == ["{order.number}", "{customer.name}"]
    assert variables_left("nothing {here} or {{fill:there}}") == []
