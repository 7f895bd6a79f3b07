"""The event-loop stall meter shared by the window benchmarks."""

from __future__ import annotations

import time

TICK_MS = 5


class StallMeter:
    """A 5 ms timer: the longest gap between ticks is the longest the loop was blocked."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer(interval=TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[float] = []
        self._last = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000)
        self._last = now

    def start(self) -> None:
        self.gaps.clear()
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return max(self.gaps, default=0.0)

    def percentile(self, fraction: float) -> float:
        ordered = sorted(self.gaps)
        return ordered[int(fraction * (len(ordered) - 1))] if ordered else 0.0
