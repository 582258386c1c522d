"""Knowledge-base articles: Markdown files with YAML front matter.

A folder of such files is the authoring format: writers keep one file per article and
language, link translations by id, and the desk or the CLI loads the folder. Loading must
never be all-or-nothing, because one author's typo must not hide the rest of the knowledge
base from agents: every bad file is reported as ``(file, reason)`` and skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

STATUSES = ("draft", "review", "published", "archived")

# The languages the engine knows how to analyse. An unknown tag is a problem rather than
# a silent fallback: an article tagged "fin" or "zh_TW" would otherwise be searched with
# the wrong stemmer or script and agents would never find it.
KNOWN_LANGUAGES = frozenset(
    {"en", "en-GB", "en-US", "fi", "fi-FI", "sv", "zh", "zh-Hans", "zh-Hant", "zh-CN", "zh-TW"}
)

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


@dataclass(frozen=True)
class Article:
    """One article in one language; ``translations`` names its siblings in others."""

    id: str
    title: str
    lang: str
    body: str
    category: str = ""
    section: str = ""
    tags: tuple[str, ...] = ()
    status: str = "published"
    version: int = 1
    translations: tuple[str, ...] = ()
    source: str = ""

    @property
    def published(self) -> bool:
        """Agents only see published articles; authors see the rest through the CLI."""
        return self.status == "published"


@dataclass(frozen=True)
class Problem:
    """A file that could not be loaded, with a reason written for the author."""

    file: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.reason}"


@dataclass(frozen=True)
class LoadResult:
    """What a folder yielded: the good articles and a problem per rejected file."""

    articles: tuple[Article, ...] = ()
    problems: tuple[Problem, ...] = field(default_factory=tuple)


class ArticleError(ValueError):
    """Raised by :func:`parse_article` with a reason fit for the author."""


def normalise_lang(tag: str) -> str | None:
    """Return the canonical spelling of a known BCP 47 tag, or None if unknown.

    Case differs between authors ("zh-hant", "ZH-Hant"); the comparison is case-insensitive
    but the stored tag keeps the canonical case so that filters compare cleanly.
    """
    lowered = tag.strip().replace("_", "-").lower()
    for known in KNOWN_LANGUAGES:
        if known.lower() == lowered:
            return known
    return None


def base_language(tag: str) -> str:
    """The analysis family of a tag: "en", "fi", "sv" or "zh" (both scripts)."""
    return tag.split("-", 1)[0].lower()


def _as_str_tuple(value: Any, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(part.strip() for part in value.split(",") if part.strip())
    if isinstance(value, list | tuple):
        return tuple(str(item) for item in value)
    raise ArticleError(f"'{name}' must be a list of strings")


def article_from_mapping(meta: Mapping[str, Any], body: str, source: str = "") -> Article:
    """Validate front matter already parsed into a mapping (also used for synced rows)."""
    missing = [key for key in ("id", "title", "lang") if not str(meta.get(key) or "").strip()]
    if missing:
        raise ArticleError(f"missing required field(s): {', '.join(missing)}")
    lang = normalise_lang(str(meta["lang"]))
    if lang is None:
        raise ArticleError(f"unknown language {meta['lang']!r}")
    status = str(meta.get("status") or "published").strip().lower()
    if status not in STATUSES:
        raise ArticleError(f"unknown status {status!r} (expected one of {', '.join(STATUSES)})")
    try:
        version = int(meta.get("version", 1))
    except (TypeError, ValueError) as exc:
        raise ArticleError(f"version must be an integer, not {meta.get('version')!r}") from exc
    return Article(
        id=str(meta["id"]).strip(),
        title=str(meta["title"]).strip(),
        lang=lang,
        body=body,
        category=str(meta.get("category") or "").strip(),
        section=str(meta.get("section") or "").strip(),
        tags=_as_str_tuple(meta.get("tags"), "tags"),
        status=status,
        version=version,
        translations=_as_str_tuple(meta.get("translations"), "translations"),
        source=source,
    )


def parse_article(text: str, source: str = "") -> Article:
    """Parse one Markdown document with front matter; raise ArticleError if invalid."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        raise ArticleError("no YAML front matter (the file must start with a '---' line)")
    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError as exc:
        raise ArticleError(f"bad front matter: {str(exc).splitlines()[0]}") from exc
    if not isinstance(meta, dict):
        raise ArticleError("bad front matter: expected key: value pairs")
    return article_from_mapping(meta, text[match.end() :].strip("\n"), source)


def load_folder(path: str | Path) -> LoadResult:
    """Load every ``*.md`` file under ``path`` (recursively, in a stable order).

    The first file to claim an id wins; later ones are reported as duplicates, so that a
    copied file cannot silently replace the original.
    """
    root = Path(path)
    articles: list[Article] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    if not root.is_dir():
        return LoadResult((), (Problem(str(root), "not a folder"),))
    for file in sorted(root.rglob("*.md")):
        name = str(file)
        try:
            text = file.read_text(encoding="utf-8")
            article = parse_article(text, name)
        except UnicodeDecodeError:
            problems.append(Problem(name, "not UTF-8 text"))
            continue
        except OSError as exc:
            problems.append(Problem(name, f"cannot read: {exc.strerror}"))
            continue
        except ArticleError as exc:
            problems.append(Problem(name, str(exc)))
            continue
        if article.id in seen:
            problems.append(
                Problem(name, f"duplicate id {article.id!r} (first in {seen[article.id]})")
            )
            continue
        seen[article.id] = name
        articles.append(article)
    return LoadResult(tuple(articles), tuple(problems))


def by_id(articles: Iterable[Article]) -> dict[str, Article]:
    """Index articles by id, for following translation links."""
    return {article.id: article for article in articles}
