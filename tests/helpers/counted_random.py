"""A random source that counts the draws made from it: proof that a caller's rng is used."""

from __future__ import annotations

import random


class Counted(random.Random):
    draws = 0

    def random(self) -> float:
        self.draws += 1
        return super().random()

    def getrandbits(self, k: int, /) -> int:
        self.draws += 1
        return super().getrandbits(k)
