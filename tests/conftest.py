"""Suite-wide collection order: the longest modules first.

``pytest -n 2 --dist loadfile`` hands whole files to the two workers in collection order.
A long module picked up last runs alone while the other worker idles (the package build
alone is over two minutes): starting the longest ones first lets the short ones fill in
around them. Order only; every test still runs, each module's tests in their own order.
"""

from __future__ import annotations

import pytest

LONGEST_FIRST = (
    "tests/packaging/test_bundle.py",
    "tests/sync/test_chaos.py",
    "tests/cluster/",
    "tests/server/core/test_max_entities.py",
    "tests/server/acd/test_routing.py",
)
"""Path prefixes (from the repository root), longest first: measured with
``--durations`` on the two-core machine (docs/benchmarks.md, the suite)."""


def _rank(item: pytest.Item) -> int:
    path = item.nodeid.split("::", 1)[0]
    for rank, prefix in enumerate(LONGEST_FIRST):
        if path.startswith(prefix):
            return rank
    return len(LONGEST_FIRST)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Move the longest modules to the front (a stable sort keeps every other order)."""
    items.sort(key=_rank)
