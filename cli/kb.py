"""``frontline kb``: knowledge-base tools for authors and checks.

``frontline kb search --articles DIR QUERY`` indexes a folder of articles into a throwaway
SQLite file with the very engine the desk uses, so an author can see what agents will find
before publishing. Problems with articles go to stderr as ``file: reason``; the results go
to stdout (JSON with ``--json``), so scripts can pipe them.

``frontline kb import DIR --server URL`` loads a folder into a server (supervisors only):
the folder is parsed here with ``desktop.knowledge`` (the server never imports the desk)
and sent as JSON to ``POST /api/kb/import``; published articles then sync to every desk.
"""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    """Add ``kb`` and its subcommands to the ``frontline`` parser."""
    kb = subparsers.add_parser("kb", help="knowledge-base tools (search a folder of articles)")
    kb.set_defaults(handler=_usage(kb))
    commands = kb.add_subparsers(dest="kb_command")
    search = commands.add_parser(
        "search", help="search a folder of Markdown articles with the desk's engine"
    )
    search.add_argument("query", help="the search text, in any language")
    search.add_argument(
        "--articles", required=True, metavar="DIR", help="folder of Markdown articles"
    )
    search.add_argument("--limit", type=int, default=10, help="most results (default 10)")
    search.add_argument("--lang", default=None, help="only this language (en, fi, zh, zh-Hant)")
    search.add_argument(
        "--prefer-lang", default=None, help="rank this language first without excluding others"
    )
    search.add_argument(
        "--all", action="store_true", help="include draft, review and archived articles"
    )
    search.add_argument("--json", action="store_true", help="print JSON instead of a table")
    search.set_defaults(handler=run_search)
    check = commands.add_parser(
        "check", help="validate articles and scripts (exit 1 on any problem), for CI"
    )
    check.add_argument("--articles", metavar="DIR", help="folder of Markdown articles")
    check.add_argument("--scripts", metavar="DIR", help="folder of YAML call scripts")
    check.set_defaults(handler=run_check)
    load = commands.add_parser(
        "import", help="load a folder of articles (and scripts) into a Frontline server"
    )
    load.add_argument(
        "folder",
        metavar="DIR",
        help="folder of Markdown articles (or a folder with articles/ and scripts/)",
    )
    load.add_argument("--server", required=True, help="server URL, e.g. http://127.0.0.1:8765")
    load.add_argument("--user", default="supervisor01", help="a supervisor's username")
    load.add_argument("--scripts", metavar="DIR", default=None, help="folder of YAML scripts")
    load.set_defaults(handler=run_import)


def _usage(parser: argparse.ArgumentParser) -> Any:
    def show(args: argparse.Namespace) -> int:
        del args
        parser.print_help()
        return 2

    return show


def run_search(args: argparse.Namespace) -> int:
    """Index the folder into a temporary database, search, print; 2 if the folder is bad."""
    import json
    import sys
    import tempfile
    from pathlib import Path

    from desktop.knowledge.index import KnowledgeIndex

    folder = Path(args.articles)
    if not folder.is_dir():
        print(f"{folder}: not a folder", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="frontline-kb-") as tmp:
        index = KnowledgeIndex(Path(tmp) / "kb.sqlite3")
        try:
            result = index.build_from_folder(folder)
            for problem in result.problems:
                print(f"{problem.file}: {problem.reason}", file=sys.stderr)
            hits = index.search(
                args.query,
                limit=args.limit,
                lang=args.lang,
                prefer_lang=args.prefer_lang,
                include_unpublished=args.all,
            )
        finally:
            index.close()
    if args.json:
        payload = [
            {
                "id": hit.id,
                "title": hit.title,
                "score": hit.score,
                "lang": hit.lang,
                "category": hit.category,
                "section": hit.section,
                "snippet": hit.snippet,
                "highlights": [list(span) for span in hit.highlights],
                "title_highlights": [list(span) for span in hit.title_highlights],
            }
            for hit in hits
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    if not hits:
        print("no results")
        return 0
    width = max(len(hit.id) for hit in hits)
    for rank, hit in enumerate(hits, 1):
        print(f"{rank:>2}. {hit.score:8.3f}  {hit.id:<{width}}  [{hit.lang}] {hit.title}")
        print(f"    {hit.snippet}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    """Report every problem as ``file: reason`` on stderr, plus broken translation links."""
    import sys

    from desktop.knowledge.articles import Problem, load_folder
    from desktop.knowledge.scripts import load_scripts

    if not args.articles and not args.scripts:
        print("frontline kb check: give --articles and/or --scripts", file=sys.stderr)
        return 2
    problems: list[Problem] = []
    summary: list[str] = []
    for folder, loader, noun in (
        (args.articles, load_folder, "articles"),
        (args.scripts, load_scripts, "scripts"),
    ):
        if not folder:
            continue
        result = loader(folder)
        items = getattr(result, noun)
        problems.extend(result.problems)
        ids = {item.id: item for item in items}
        for item in items:
            problems.extend(
                Problem(item.source, f"translation {other!r} does not exist")
                for other in item.translations
                if other not in ids
            )
        summary.append(f"{len(items)} {noun}")
    for problem in problems:
        print(f"{problem.file}: {problem.reason}", file=sys.stderr)
    print(f"{', '.join(summary)}; {len(problems)} problem(s)")
    return 1 if problems else 0


def run_import(args: argparse.Namespace) -> int:
    """Parse, post, print a JSON summary. Exit 0: all imported; 1: imported, but some
    files or items had problems (listed); 2: refused (sign-in, not a supervisor, bad
    folder); 3: the server could not be reached."""
    import os
    import sys
    from getpass import getpass

    from cli.import_post import ImportFailedError
    from cli.kb_import import import_folder

    password = os.environ.get("FRONTLINE_PASSWORD") or getpass(f"Password for {args.user}: ")
    try:
        summary = import_folder(args.folder, args.scripts, args.server, args.user, password)
    except ImportFailedError as exc:
        print(f"frontline kb import: {exc}", file=sys.stderr)
        return exc.exit_code
    import json

    print(json.dumps(summary, ensure_ascii=False, indent=2))
    return 1 if summary["problems"] else 0
