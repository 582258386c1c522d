"""The inbox rows read so far: a bounded LRU filled a block at a time.

The inbox model keeps 100,000 ids but only the rows the view has painted lately; a row
outside the cache is read with its block of neighbours (one indexed query for 200), so
scrolling reads a block per screenful, not a row per line.
"""

from __future__ import annotations

from collections import OrderedDict

from desktop.models.rows import ConversationRow
from desktop.store.reader import CacheReader

BLOCK = 200
LRU_ROWS = 4_000


class RowCache:
    """Rows by id, least recently used dropped past ``LRU_ROWS``."""

    def __init__(self, reader: CacheReader) -> None:
        self.reader = reader
        self.rows: OrderedDict[int, ConversationRow] = OrderedDict()
        self.blocks_loaded = 0  # how many block reads happened (tests and benchmarks)

    def __len__(self) -> int:
        return len(self.rows)

    def get(self, cid: int) -> ConversationRow | None:
        found = self.rows.get(cid)
        if found is not None:
            self.rows.move_to_end(cid)
        return found

    def load(self, ids: list[int]) -> None:
        """Read one block of ids (the view is about to paint one of them)."""
        found = self.reader.conversations(ids)
        self.blocks_loaded += 1
        for cid in ids:
            row = found.get(cid)
            if row is not None:
                self.remember(row)
        while len(self.rows) > LRU_ROWS:
            self.rows.popitem(last=False)

    def remember(self, row: ConversationRow) -> None:
        self.rows[row.id] = row
        self.rows.move_to_end(row.id)

    def pop(self, cid: int) -> ConversationRow | None:
        return self.rows.pop(cid, None)

    def clear(self) -> None:
        self.rows.clear()
