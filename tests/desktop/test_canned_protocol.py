"""The limits and normal forms of a canned reply (``protocol/kinds/canned.py``): the same
for import files, the desk's save op and the synced entity."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from protocol.frames import CannedSaveOp, FrameError, Mutation, parse_client_frame
from protocol.kinds.canned import (
    MAX_CANNED_BODY_CHARS,
    MAX_CANNED_TITLE_CHARS,
    CannedReplyData,
    normal_shortcut,
    normal_variant_tag,
)
from protocol.rest import CannedFile


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("greeting", "greeting"),
        ("/Refund Time", "refund-time"),
        ("  order_no-2 ", "order_no-2"),
        ("x" * 32, "x" * 32),
        ("a\u202eb", "ab"),  # bidi controls go, as in every single-line field
    ],
)
def test_shortcuts_are_normalised(given: str, stored: str) -> None:
    assert normal_shortcut(given) == stored


@pytest.mark.parametrize("bad", ["", "/", "x" * 33, "hello!", "tervehdys-ä", "问候", "a.b"])
def test_shortcuts_outside_the_rules_are_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="shortcut"):
        normal_shortcut(bad)


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("EN", "en"),
        ("fi-FI", "fi"),
        ("zh-CN", "zh-Hans"),
        ("zh_tw", "zh-Hant"),
        ("zh-HK", "zh-Hant"),
        ("pt-br", "pt-BR"),
        ("sr-latn-rs", "sr-Latn-RS"),
    ],
)
def test_variant_languages_are_bcp47_tags(given: str, stored: str) -> None:
    assert normal_variant_tag(given) == stored


@pytest.mark.parametrize("bad", ["", "e", "english language", "en--us", "1234", "x" * 40])
def test_a_variant_needs_a_language_tag(bad: str) -> None:
    with pytest.raises(ValueError, match="language tag"):
        normal_variant_tag(bad)


def test_titles_and_bodies_are_bounded_and_cleaned() -> None:
    reply = CannedFile(
        shortcut="ok",
        title="  Two\nlines\u202e ",
        variants={"en": "\r\nLine one\r\nLine\x00 two\n\n"},
    )
    assert reply.title == "Two lines"
    assert reply.variants == {"en": "Line one\nLine two"}
    CannedFile(
        shortcut="ok",
        title="t" * MAX_CANNED_TITLE_CHARS,
        variants={"en": "b" * MAX_CANNED_BODY_CHARS},
    )
    for title, variants in (
        ("t" * (MAX_CANNED_TITLE_CHARS + 1), {"en": "x"}),
        ("", {"en": "x"}),
        ("ok", {"en": "b" * (MAX_CANNED_BODY_CHARS + 1)}),
        ("ok", {"en": " \n\t"}),
        ("ok", {}),
        ("ok", {"zh-CN": "一", "zh-Hans": "二"}),
        ("ok", dict.fromkeys(("en", "fi", "sv", "de", "fr", "es", "it", "nl", "pt"), "x")),
    ):
        with pytest.raises(ValidationError):
            CannedFile(shortcut="ok", title=title, variants=variants)


def test_scope_and_owner_must_agree() -> None:
    base: dict[str, object] = {
        "id": 1,
        "shortcut": "a",
        "title": "A",
        "variants": {"en": "x"},
        "updated_at": 0.0,
    }
    CannedReplyData.model_validate({**base, "scope": "personal", "owner_id": 3})
    CannedReplyData.model_validate({**base, "scope": "shared", "queue_id": 2})
    for bad in (
        {"scope": "personal"},
        {"scope": "personal", "owner_id": 3, "queue_id": 2},
        {"scope": "shared", "owner_id": 3},
        {"scope": "team"},
    ):
        with pytest.raises(ValidationError):
            CannedReplyData.model_validate({**base, **bad})


def test_a_save_frame_with_a_bad_value_is_a_bad_frame() -> None:
    good = parse_client_frame(
        '{"type":"mutation","mutation_id":1,"change":{"op":"canned.save",'
        '"shortcut":"/Hi There","title":"Hi","variants":{"zh-tw":"嗨"}}}'
    )
    assert isinstance(good, Mutation)
    assert good.change == CannedSaveOp(shortcut="hi-there", title="Hi", variants={"zh-Hant": "嗨"})
    with pytest.raises(FrameError) as refused:
        parse_client_frame(
            '{"type":"mutation","mutation_id":2,"change":{"op":"canned.delete","id":0}}'
        )
    assert refused.value.code == "bad_frame"
