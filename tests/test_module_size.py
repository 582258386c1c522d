"""No module passes 600 lines (docs/architecture.md): past that a file owns more than one
thing, and a newcomer can no longer find the room for a change from the names alone."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIMIT = 600
PACKAGES = ("protocol", "server", "desktop", "cli", "bench", "tests", "scripts")


def test_no_module_passes_600_lines() -> None:
    too_long: dict[str, int] = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            lines = path.read_text(encoding="utf-8").count("\n")
            if lines > LIMIT:
                too_long[str(path.relative_to(ROOT))] = lines
    assert not too_long, f"split these modules: {too_long}"
