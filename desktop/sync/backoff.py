"""Reconnect delays: exponential with full jitter, so a thousand desks that lost the same
server do not come back in lockstep."""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Backoff:
    base: float = 0.5
    cap: float = 30.0
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, attempt: int) -> float:
        """Seconds to wait before attempt number ``attempt`` (0 = the first retry)."""
        ceiling = min(self.cap, self.base * (2 ** min(attempt, 20)))
        return self.rng.uniform(ceiling / 2, ceiling)
