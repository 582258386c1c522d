"""The work of ``frontline kb import``: load a folder with the desk's parser, post it.

Parsing happens here, with ``desktop.knowledge`` (the very loader ``frontline kb check``
and the desk use), so the server only ever sees validated JSON and never needs the desk's
code. Items go in batches of :data:`BATCH` so a large knowledge base never becomes one
enormous request; the server's counts and problems are summed over the batches.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from cli.import_post import ImportFailedError, post_import
from desktop.knowledge.articles import Article, Problem, load_folder
from desktop.knowledge.scripts import Script, load_scripts
from protocol.rest import ImportArticle, ImportScript, KbImport, KbImportResult

BATCH = 500
MAX_IMAGE_BYTES = 2 * 1024 * 1024  # the server's limit (server.domains.knowledge.assets.MAX_BYTES)
IMAGE_TYPES = {
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
    b"GIF87a": "image/gif",
    b"GIF89a": "image/gif",
}
# ![alt](src "title"): the source is what an author wrote, relative to the article's folder.
_IMAGE = re.compile(r"(!\[[^\]]*\]\()(<[^>]*>|[^)\s]+)")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def sniff_image(data: bytes) -> str | None:
    """The image type from the bytes (PNG, JPEG, GIF, WebP, SVG), or None."""
    for magic, kind in IMAGE_TYPES.items():
        if data.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    head = data[:4096].lstrip().lower()
    if head.startswith((b"<svg", b"<?xml")) and b"<svg" in head:
        return "image/svg+xml"
    return None


@dataclass
class Images:
    """Images the articles reference, by SHA-256, to upload before the articles."""

    data: dict[str, bytes] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def rewrite(self, article: Article) -> str:
        """The article body with each local image's URL as ``asset:<sha256>``; an image
        that cannot be used is reported (``file: reason``) and left as written (the desk
        then shows its alt text)."""
        folder = Path(article.source).parent if article.source else Path()

        def one(match: re.Match[str]) -> str:
            src = match.group(2).strip("<>")
            if _SCHEME.match(src) or src.startswith(("/", "#")):
                return match.group(0)
            path = folder / src
            try:
                data = path.read_bytes()
            except OSError as exc:
                self.problems.append(Problem(str(path), f"cannot read image: {exc.strerror}"))
                return match.group(0)
            if len(data) > MAX_IMAGE_BYTES:
                reason = f"image too large ({len(data)} bytes, limit {MAX_IMAGE_BYTES})"
                self.problems.append(Problem(str(path), reason))
                return match.group(0)
            if sniff_image(data) is None:
                reason = "not a PNG, JPEG, GIF, WebP or SVG image"
                self.problems.append(Problem(str(path), reason))
                return match.group(0)
            sha = hashlib.sha256(data).hexdigest()
            self.data[sha] = data
            return f"{match.group(1)}asset:{sha}"

        return _IMAGE.sub(one, article.body)


def _folders(folder: str, scripts: str | None) -> tuple[Path, Path | None]:
    root = Path(folder)
    if scripts is None and (root / "articles").is_dir():
        # A knowledge folder laid out like resources/kb: articles/ and scripts/ inside.
        extra = root / "scripts"
        return root / "articles", extra if extra.is_dir() else None
    return root, None if scripts is None else Path(scripts)


def article_item(article: Article, images: Images | None = None) -> ImportArticle:
    return ImportArticle(
        slug=article.id,
        title=article.title,
        lang=article.lang,
        body=article.body if images is None else images.rewrite(article),
        category=article.category,
        section=article.section,
        tags=list(article.tags),
        status=article.status,
        version=article.version,
        translations=list(article.translations),
    )


def script_item(script: Script) -> ImportScript:
    source = Path(script.source).read_text(encoding="utf-8")
    return ImportScript(slug=script.id, title=script.title, lang=script.lang, source=source)


def load(folder: str, scripts: str | None) -> tuple[KbImport, list[Problem]]:
    """The import body for a folder, and the files that could not be loaded."""
    body, problems, _ = load_with_images(folder, scripts)
    return body, problems


def load_with_images(folder: str, scripts: str | None) -> tuple[KbImport, list[Problem], Images]:
    """:func:`load`, plus the images the articles reference (bodies rewritten to them)."""
    articles_dir, scripts_dir = _folders(folder, scripts)
    if not articles_dir.is_dir():
        raise ImportFailedError(f"{articles_dir}: not a folder", 2)
    loaded = load_folder(articles_dir)
    problems = list(loaded.problems)
    script_items: list[ImportScript] = []
    if scripts_dir is not None:
        found = load_scripts(scripts_dir)
        problems.extend(found.problems)
        for script in found.scripts:
            try:
                script_items.append(script_item(script))
            except OSError as exc:
                problems.append(Problem(script.source, f"cannot read: {exc.strerror}"))
    images = Images()
    items = [article_item(a, images) for a in loaded.articles]
    problems.extend(images.problems)
    return KbImport(articles=items, scripts=script_items), problems, images


def _upload(server: str, token: str, images: Images) -> None:
    """PUT each image (the server stores it by SHA-256; re-uploads are no-ops)."""
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/octet-stream"}
    try:
        with httpx.Client(base_url=server, timeout=120) as client:
            for sha, data in images.data.items():
                response = client.put("/api/kb/assets", content=data, headers=headers)
                if response.status_code in (401, 403):
                    detail = response.json().get("detail", "refused")
                    raise ImportFailedError(f"the server refused the images: {detail}", 2)
                if response.status_code != 200 or response.json().get("sha256") != sha:
                    raise ImportFailedError(
                        f"the server answered {response.status_code} for image {sha[:12]}: "
                        f"{response.text[:300]}",
                        2,
                    )
    except httpx.HTTPError as exc:
        raise ImportFailedError(f"cannot reach {server}: {type(exc).__name__}", 3) from None


def _post(server: str, token: str, body: KbImport) -> KbImportResult:
    return post_import(server, token, "/api/kb/import", body, KbImportResult)


def _batches(body: KbImport) -> list[KbImport]:
    out = [
        KbImport(articles=body.articles[i : i + BATCH]) for i in range(0, len(body.articles), BATCH)
    ]
    out += [
        KbImport(scripts=body.scripts[i : i + BATCH]) for i in range(0, len(body.scripts), BATCH)
    ]
    return out or [KbImport()]


def import_folder(
    folder: str, scripts: str | None, server: str, user: str, password: str
) -> dict[str, Any]:
    """Load, sign in, post in batches; the JSON summary. Problems go to stderr as they
    are found (``file: reason`` for files, ``slug: reason`` for refused items)."""
    from desktop.sync.auth import (
        ServerUnreachableError,
        SignInError,
        TooManyAttemptsError,
        sign_in,
    )

    body, problems, images = load_with_images(folder, scripts)
    for problem in problems:
        print(f"{problem.file}: {problem.reason}", file=sys.stderr)
    try:
        session = asyncio.run(sign_in(server, user, password))
    except (SignInError, TooManyAttemptsError) as exc:
        raise ImportFailedError(f"sign-in failed: {exc}", 2) from None
    except ServerUnreachableError as exc:
        raise ImportFailedError(str(exc), 3) from None
    totals: dict[str, Any] = {
        "created": 0,
        "updated": 0,
        "unchanged": 0,
        "articles": {"created": 0, "updated": 0, "unchanged": 0},
        "scripts": {"created": 0, "updated": 0, "unchanged": 0},
        "problems": [{"item": p.file, "reason": p.reason} for p in problems],
        "seq": 0,
    }
    _upload(server, session.token, images)
    totals["images"] = len(images.data)
    for batch in _batches(body):
        result = _post(server, session.token, batch)
        for key in ("created", "updated", "unchanged"):
            totals[key] += getattr(result, key)
            totals["articles"][key] += getattr(result.articles, key)
            totals["scripts"][key] += getattr(result.scripts, key)
        for refused in result.problems:
            print(f"{refused.item}: {refused.reason}", file=sys.stderr)
            totals["problems"].append({"item": refused.item, "reason": refused.reason})
        totals["seq"] = max(totals["seq"], result.seq)
    return totals
