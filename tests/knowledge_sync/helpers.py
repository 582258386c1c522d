"""Knowledge-sync test helpers: author a small knowledge folder, run ``frontline kb import``
as a subprocess, read the server's latest seq."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.support.server_proc import ROOT

SCRIPT = """id: {slug}
title: {title}
lang: en
steps:
  - id: greet
    text: Hello {{customer.first_name}}, this is {{agent.name}}.
  - id: done
    text: Thank you for calling.
    end: true
"""


def write_article(
    folder: Path,
    slug: str,
    title: str,
    lang: str,
    body: str,
    *,
    status: str = "published",
    category: str = "Test category",
    section: str = "Test section",
    translations: tuple[str, ...] = (),
) -> Path:
    """One Markdown article with front matter, as an author writes it."""
    folder.mkdir(parents=True, exist_ok=True)
    links = "".join(f"\n- {t}" for t in translations)
    text = (
        f"---\nid: {slug}\ntitle: {title}\nlang: {lang}\ncategory: {category}\n"
        f"section: {section}\nstatus: {status}\ntranslations:{links or ' []'}\n---\n\n{body}\n"
    )
    path = folder / f"{slug}.md"
    path.write_text(text, encoding="utf-8")
    return path


def write_script(folder: Path, slug: str, title: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{slug}.yaml"
    path.write_text(SCRIPT.format(slug=slug, title=title), encoding="utf-8")
    return path


def author_folder(root: Path) -> tuple[Path, Path]:
    """Articles in three languages (linked translations), a draft, a malformed file and a
    script: ``(articles_dir, scripts_dir)``."""
    articles, scripts = root / "articles", root / "scripts"
    trio = ("ks-callback-en", "ks-callback-fi", "ks-callback-zh")
    write_article(
        articles,
        "ks-callback-en",
        "Zebrafish callback promise",
        "en",
        "Promise the customer a zebrafish callback within two working days.",
        translations=trio[1:],
    )
    write_article(
        articles,
        "ks-callback-fi",
        "Seeprakalan takaisinsoittolupaus",
        "fi",
        "Lupaa asiakkaalle takaisinsoitto seeprakalasta kahden arkipäivän kuluessa.",
        translations=(trio[0], trio[2]),
    )
    write_article(
        articles,
        "ks-callback-zh",
        "斑马鱼回电承诺",
        "zh-Hans",
        "向客户承诺在两个工作日内就斑马鱼问题回电。",
        translations=trio[:2],
    )
    write_article(
        articles, "ks-draft-en", "Unfinished quokka notes", "en", "Quokka draft.", status="draft"
    )
    (articles / "broken.md").write_text("no front matter here\n", encoding="utf-8")
    write_script(scripts, "ks-script-en", "Zebrafish greeting")
    return articles, scripts


@dataclass
class ImportRun:
    returncode: int
    summary: dict[str, Any]
    stderr: str


async def kb_import(
    server_url: str, articles: Path, scripts: Path | None = None, user: str = "supervisor01"
) -> ImportRun:
    """Run ``frontline kb import`` as a subprocess (password from the environment)."""
    cmd = [sys.executable, "-m", "cli.main", "kb", "import", str(articles)]
    cmd += ["--server", server_url, "--user", user]
    if scripts is not None:
        cmd += ["--scripts", str(scripts)]
    env = {**os.environ, "FRONTLINE_PASSWORD": "demo"}
    done = await asyncio.to_thread(
        subprocess.run, cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    summary = json.loads(done.stdout) if done.stdout.strip() else {}
    return ImportRun(done.returncode, summary, done.stderr)
