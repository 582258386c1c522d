"""``POST /api/canned/import`` and ``frontline canned import`` against a real server:
supervisors only, idempotent by queue and shortcut, all or nothing, ``--prune``."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.server.helpers import auth, latest_seq
from tests.support.client import login
from tests.support.server_proc import ROOT, ServerFactory

DEMO_FILES = ROOT / "resources" / "canned"
NINE_LANGUAGES = ("en", "fi", "sv", "de", "fr", "es", "it", "nl", "pt")


def post_import(url: str, token: str, body: dict[str, Any]) -> httpx.Response:
    return httpx.post(f"{url}/api/canned/import", json=body, headers=auth(token), timeout=30)


def reply(shortcut: str, text: str, queue: str | None = None) -> dict[str, Any]:
    item: dict[str, Any] = {"shortcut": shortcut, "title": shortcut, "variants": {"en": text}}
    if queue is not None:
        item["queue"] = queue
    return item


def test_only_supervisors_import(server_factory: ServerFactory) -> None:
    server = server_factory()
    refused = post_import(server.url, login(server.url, "agent01"), {"replies": []})
    assert refused.status_code == 403
    assert "supervisors" in refused.json()["detail"]
    assert post_import(server.url, "not-a-token", {"replies": []}).status_code == 401


def test_import_is_idempotent_updates_in_place_and_prunes(server_factory: ServerFactory) -> None:
    server = server_factory()
    boss = login(server.url, "supervisor01")
    body = {"replies": [reply("zz-a", "One", "Billing"), reply("zz-a", "Everyone")]}
    first = post_import(server.url, boss, body).json()
    assert (first["created"], first["updated"], first["unchanged"]) == (2, 0, 0)
    seq = latest_seq(server.url)
    again = post_import(server.url, boss, body).json()
    assert (again["created"], again["updated"], again["unchanged"]) == (0, 0, 2)
    assert latest_seq(server.url) == seq  # nothing written, no event
    # The queue is matched case-insensitively; a changed text updates, never duplicates.
    body = {"replies": [reply("zz-a", "Two", "billing"), reply("zz-a", "Everyone")]}
    changed = post_import(server.url, boss, body).json()
    assert (changed["created"], changed["updated"], changed["unchanged"]) == (0, 1, 1)
    assert latest_seq(server.url) == seq + 1
    # Without --prune the ten demo replies stay; with it only the two named remain.
    pruned = post_import(server.url, boss, {**body, "prune": True}).json()
    assert pruned["removed"] == 10
    assert post_import(server.url, boss, {**body, "prune": True}).json()["removed"] == 0


def test_a_bad_reply_imports_nothing(server_factory: ServerFactory) -> None:
    server = server_factory()
    boss = login(server.url, "supervisor01")
    seq = latest_seq(server.url)
    body = {
        "replies": [
            reply("zz-fine", "Fine"),
            reply("zz-lost", "Where?", "Nowhere"),
            reply("zz-twice", "1", "Delivery"),
            reply("zz-twice", "2", "delivery"),
        ],
        "prune": True,
    }
    result = post_import(server.url, boss, body).json()
    assert [(p["item"], p["reason"][:22]) for p in result["problems"]] == [
        ("Nowhere/zz-lost", "unknown queue 'Nowhere"),
        ("delivery/zz-twice", "the same shortcut twic"),
    ]
    assert result["created"] == result["removed"] == 0
    assert latest_seq(server.url) == seq  # not even the good one, and nothing pruned
    # Values the protocol refuses are a 422 before anything runs.
    for bad in (
        reply("has space!", "x"),
        {"shortcut": "ok", "title": "ok", "variants": {}},
        {"shortcut": "ok", "title": "ok", "variants": {"xx-not a tag": "x"}},
        {"shortcut": "ok", "title": "t" * 121, "variants": {"en": "x"}},
        {"shortcut": "ok", "title": "ok", "variants": {"en": "x" * 5001}},
        {"shortcut": "ok", "title": "ok", "variants": dict.fromkeys(NINE_LANGUAGES, "x")},
        {"shortcut": "ok", "title": "ok", "variants": {"zh-TW": "x", "zh-Hant": "y"}},
    ):
        assert post_import(server.url, boss, {"replies": [bad]}).status_code == 422, bad
    assert latest_seq(server.url) == seq


@dataclass
class Run:
    returncode: int
    summary: dict[str, Any]
    stderr: str


async def canned_import(url: str, path: Path, *extra: str, user: str = "supervisor01") -> Run:
    """Run ``frontline canned import`` as a subprocess (password from the environment)."""
    cmd = [sys.executable, "-m", "cli.main", "canned", "import", str(path), "--server", url]
    cmd += ["--user", user, *extra]
    env = {**os.environ, "FRONTLINE_PASSWORD": "demo"}
    done = await asyncio.to_thread(
        subprocess.run, cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    summary = json.loads(done.stdout) if done.stdout.strip() else {}
    return Run(done.returncode, summary, done.stderr)


GOOD = """shortcut: zz-yaml
title: From YAML
queue: Delivery
variants:
  en: |
    Your parcel {{fill:tracking code}} is on its way, {customer.first_name}.
  fi: Pakettisi on matkalla.
"""


@pytest.mark.asyncio
async def test_cli_imports_the_demo_folder_and_files_idempotently(
    server_factory: ServerFactory, tmp_path: Path
) -> None:
    server = server_factory()
    demo = await canned_import(server.url, DEMO_FILES)
    assert demo.returncode == 0, demo.stderr
    assert demo.summary["unchanged"] == 10  # the demo seed loaded the very same files
    folder = tmp_path / "canned"
    folder.mkdir()
    (folder / "yaml-one.yaml").write_text(GOOD, encoding="utf-8")
    (folder / "json-one.json").write_text(
        json.dumps({"shortcut": "zz-json", "title": "From JSON", "variants": {"zh-TW": "您好"}}),
        encoding="utf-8",
    )
    (folder / "notes.txt").write_text("not a reply", encoding="utf-8")
    run = await canned_import(server.url, folder)
    assert run.returncode == 0, run.stderr
    assert (run.summary["created"], run.summary["removed"]) == (2, 0)
    one = await canned_import(server.url, folder / "yaml-one.yaml")
    assert (one.returncode, one.summary["unchanged"]) == (0, 1)
    pruned = await canned_import(server.url, folder, "--prune")
    assert (pruned.returncode, pruned.summary["removed"]) == (0, 10)
    agent = await canned_import(server.url, folder, user="agent01")
    assert agent.returncode == 2
    assert "only supervisors" in agent.stderr


@pytest.mark.asyncio
async def test_cli_names_each_bad_file_and_imports_nothing(
    server_factory: ServerFactory, tmp_path: Path
) -> None:
    server = server_factory()
    folder = tmp_path / "canned"
    folder.mkdir()
    (folder / "a-good.yaml").write_text(GOOD, encoding="utf-8")
    (folder / "b-broken.yaml").write_text("shortcut: [unclosed\n", encoding="utf-8")
    (folder / "c-list.yaml").write_text("- just\n- a list\n", encoding="utf-8")
    (folder / "d-long.yaml").write_text(
        "shortcut: zz-long\ntitle: Long\nvariants:\n  en: " + "x" * 5001 + "\n", encoding="utf-8"
    )
    (folder / "e-copy.yaml").write_text(GOOD, encoding="utf-8")
    (folder / "f-queue.yaml").write_text(GOOD.replace("Delivery", "Nowhere"), encoding="utf-8")
    seq = latest_seq(server.url)
    run = await canned_import(server.url, folder, "--prune")
    assert run.returncode == 1
    lines = run.stderr.splitlines()
    assert f"{folder / 'b-broken.yaml'}: bad YAML" in "\n".join(lines)
    assert f"{folder / 'c-list.yaml'}: a canned reply file holds a mapping" in run.stderr
    assert f"{folder / 'd-long.yaml'}: variants: the en text has more than 5000" in run.stderr
    assert f"{folder / 'e-copy.yaml'}: /zz-yaml for queue Delivery is already in" in run.stderr
    assert "nothing was imported" in run.stderr
    assert latest_seq(server.url) == seq  # nothing sent: not even the good file, no prune
    # Only the server knows its queues: that problem comes back, named by file.
    for name in ("b-broken.yaml", "c-list.yaml", "d-long.yaml", "e-copy.yaml"):
        (folder / name).unlink()
    queue = await canned_import(server.url, folder, "--prune")
    assert queue.returncode == 1
    assert f"{folder / 'f-queue.yaml'}: unknown queue 'Nowhere'" in queue.stderr
    assert latest_seq(server.url) == seq
    missing = await canned_import(server.url, tmp_path / "nothing-here")
    assert missing.returncode == 2


def test_cli_check_validates_without_a_server(tmp_path: Path) -> None:
    def check(path: Path) -> subprocess.CompletedProcess[str]:
        cmd = [sys.executable, "-m", "cli.main", "canned", "check", str(path)]
        return subprocess.run(
            cmd, check=False, cwd=ROOT, capture_output=True, text=True, timeout=60
        )

    demo = check(DEMO_FILES)
    assert (demo.returncode, demo.stdout.strip()) == (0, "10 replies; 0 problem(s)")
    bad = tmp_path / "bad.json"
    bad.write_text('{"shortcut": "x", "title": "x", "variants": {"en": ', encoding="utf-8")
    broken = check(bad)
    assert broken.returncode == 1
    assert f"{bad}: bad JSON" in broken.stderr
    assert check(tmp_path / "missing").returncode == 2


def test_an_import_body_past_16_mib_is_refused_before_it_is_read(
    server_factory: ServerFactory,
) -> None:
    server = server_factory()
    boss = login(server.url, "supervisor01")
    seq = latest_seq(server.url)
    huge = {"replies": [reply(f"zz-{n}", "x" * 4_000) for n in range(4_300)]}
    assert post_import(server.url, boss, huge).status_code == 413
    assert latest_seq(server.url) == seq
