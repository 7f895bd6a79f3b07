"""The pace a profile's server allows, learned from its refusals: `paces.json`.

When a server throttles the account ("450 4.7.0 too much mail", "421 4.7.0 try again
later", "4.3.2 … rate … exceeded"), the messages that went through in its window before the
refusal are the server's limit: the window the reply names ("per hour", "daily", "per 10
seconds"), else a minute. The batch then keeps a little under it instead of guessing with
longer and longer pauses, and the next batch of the profile starts at it. One record per
profile name (compared in any case, as profile files are), for the account it was learned
on: a profile that now sends through another server or as another user starts afresh.
Renaming a profile moves its record, deleting drops it.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smtpdesk.core.records import ProfileRecords

__all__ = [
    "LearnedPace",
    "forget",
    "kept_window",
    "last",
    "learn",
    "record",
    "rename",
    "stated_window",
]

MINUTE, HOUR, DAY = 60.0, 3600.0, 86400.0
# how much below the count the server let through the batch keeps (5 %, at least one)
_MARGIN = 0.05
# a throttle after fewer messages than this in a window the reply does not name is taken
# for a passing one (the server busy, a burst from another program), not for its pace
_FEWEST = 5

_UNITS = {
    "s": 1.0,
    "sec": 1.0,
    "second": 1.0,
    "m": MINUTE,
    "min": MINUTE,
    "minute": MINUTE,
    "h": HOUR,
    "hr": HOUR,
    "hour": HOUR,
    "d": DAY,
    "day": DAY,
}
_PER = re.compile(
    r"(?:\bper|\bevery|\beach|\bwithin|\bin the (?:last|past)|/)\s*(\d{1,6})?\s*"
    r"(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|[smhd])\b"
)
_SHORT = {"hourly": HOUR, "daily": DAY, "24 hours": DAY, "24-hour": DAY, "per-day": DAY}


@dataclass(frozen=True)
class LearnedPace:
    """`limit` messages every `span` seconds, learned at `at` (seconds since the epoch) on
    `account` (sender.account_key) from a refusal after `seen` messages in the window."""

    profile: str
    account: str
    limit: int
    span: float
    seen: int
    at: float
    reply: str = ""  # the refusal it was learned from (its first line)

    @property
    def per_minute(self) -> float:
        return self.limit * MINUTE / self.span

    def to_json(self) -> dict[str, Any]:
        return {
            "profile": self.profile,
            "account": self.account,
            "limit": self.limit,
            "span": self.span,
            "seen": self.seen,
            "at": self.at,
            "reply": self.reply,
        }


def stated_window(message: str | None) -> float | None:
    """The window a throttle reply names, in seconds ("Number messages per hour exceeded":
    3600, "Daily user sending quota exceeded": 86400); None when it names none."""
    text = " ".join((message or "").lower().split())
    match = _PER.search(text)
    if match:
        unit = match.group(2)
        unit = unit if unit in _UNITS else unit.rstrip("s")
        return float(match.group(1) or 1) * _UNITS.get(unit, MINUTE)
    for word, span in _SHORT.items():
        if word in text:
            return span
    return None


def kept_window(span: float) -> float:
    """The window the batch keeps to for a server window of `span` seconds: a little longer
    (a second, or 2 %), as the server's started before our first message and its clock may
    count whole seconds (Postfix's anvil): a slot exactly `span` after a send may still fall
    in the server's old window."""
    return span + max(1.0, span * 0.02)


def _below(count: int) -> int:
    return max(1, count - max(1, math.ceil(count * _MARGIN)))


def learn(
    sent: Sequence[float],
    now: float,
    *,
    stated: float | None,
    default: float = MINUTE,
    known: dict[float, int] | None = None,
) -> tuple[int, float, int] | None:
    """(limit, span, seen) from a throttle at `now`, given the account's sends (sorted
    times): `seen` went through in the window before it, the limit keeps a margin below.
    The window is the one the reply states, else `default`; when nothing was sent in that
    window (the batch already waited it out, yet the server still refuses) the server
    counts over a longer one: an hour, then a day. A refusal at a pace learned before
    (`known`: span → limit) lowers that pace. None: nothing to learn from (nothing sent
    in a day, or too few for a window the reply does not name)."""
    spans = [stated] if stated else [default, *(s for s in (HOUR, DAY) if s > default)]
    for span in spans:
        seen = len(sent) - bisect.bisect_right(sent, now - span)
        if not seen:
            continue  # waited the window out and still refused: it counts over a longer one
        if seen < _FEWEST and not stated:
            return None
        limit = _below(seen)
        before = (known or {}).get(span)
        if before is not None and limit >= before:
            limit = _below(before)  # refused at the learned pace: it was too fast
        return limit, span, seen
    return None


_RECORDS = ProfileRecords("paces.json")


def record(pace: LearnedPace, *, path: Path | None = None) -> None:
    """Keep `pace` as the profile's."""
    _RECORDS.put(pace.profile, pace.to_json(), path=path)


def last(name: str, account: str | None = None, *, path: Path | None = None) -> LearnedPace | None:
    """The pace learned for the profile `name` (on `account`, when given), or None."""
    entry = _RECORDS.get(name, path=path)
    if entry is None:
        return None
    try:
        pace = LearnedPace(
            str(entry["profile"]),
            str(entry["account"]),
            int(entry["limit"]),
            float(entry["span"]),
            int(entry["seen"]),
            float(entry["at"]),
            str(entry.get("reply") or ""),
        )
    except (KeyError, TypeError, ValueError):
        return None
    if pace.limit < 1 or pace.span <= 0 or (account is not None and pace.account != account):
        return None
    return pace


def rename(old: str, new: str, *, path: Path | None = None) -> None:
    """The record follows a renamed profile."""
    _RECORDS.rename(old, new, path=path)


def forget(name: str, *, path: Path | None = None) -> None:
    """A deleted profile's record goes with it."""
    _RECORDS.forget(name, path=path)
