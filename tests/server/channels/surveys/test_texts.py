"""The customer-facing words: every language has every text with the same placeholders,
and customers' language tags land on the right one."""

from __future__ import annotations

import string

import pytest

from server.channels.surveys.texts import LANGUAGES, TEXTS, language_of, text


def placeholders(value: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(value) if name}


def test_every_language_has_every_text_with_the_same_placeholders() -> None:
    assert set(TEXTS) == set(LANGUAGES)
    english = TEXTS["en"]
    for lang in LANGUAGES:
        assert set(TEXTS[lang]) == set(english), lang
        for key, value in TEXTS[lang].items():
            assert placeholders(value) == placeholders(english[key]), (lang, key)
            assert value.strip(), (lang, key)


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("fi-FI", "fi"),
        ("FI", "fi"),
        ("zh-TW", "zh-Hant"),
        ("zh_HK", "zh-Hant"),
        ("zh-Hant-TW", "zh-Hant"),
        ("zh-CN", "zh-Hans"),
        ("zh", "zh-Hans"),
        ("sv-FI", "en"),
        ("", "en"),
        (None, "en"),
    ],
)
def test_language_of(tag: str | None, expected: str) -> None:
    assert language_of(tag) == expected


def test_unknown_language_reads_english() -> None:
    assert text("xx", "title") == TEXTS["en"]["title"]
