"""The last Verify of each profile, remembered across restarts: `verified.json`.

One small record per profile name (compared in any case, as profile files are): when it
ran, whether it passed, the stage and code where it stopped, and a fingerprint of the
connection settings it tried, so a later look can tell whether they changed since. The
window's Verify and `smtpdesk verify --profile NAME` record it; renaming a profile moves
its record, deleting drops it.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from smtpdesk.core.address import AddressError
from smtpdesk.core.diagnose import Diagnosis
from smtpdesk.core.records import ProfileRecords

if TYPE_CHECKING:  # profile.py calls this module when a profile is renamed or deleted
    from smtpdesk.core.profile import Profile

__all__ = ["VerifyRecord", "forget", "last", "record", "rename", "settings_fingerprint"]


@dataclass(frozen=True)
class VerifyRecord:
    profile: str
    at: float  # seconds since the epoch
    ok: bool
    stage: str
    code: str
    smtp_code: int | None = None
    settings: str = ""  # settings_fingerprint() of the profile as verified
    cause: str | None = None  # Diagnosis.cause: "offline" / "unknown_name" for dns_failed

    def matches(self, profile: Profile) -> bool:
        """True when the profile still connects as it did when verified."""
        return not self.settings or self.settings == settings_fingerprint(profile)

    def to_json(self) -> dict[str, Any]:
        return {
            "profile": self.profile,
            "at": self.at,
            "ok": self.ok,
            "stage": self.stage,
            "code": self.code,
            "smtp_code": self.smtp_code,
            "settings": self.settings,
            "cause": self.cause,
        }


def settings_fingerprint(profile: Profile) -> str:
    """What a verify proves: the server, its encryption, the sign-in and the sender."""
    try:
        sender = profile.sender_address.casefold()
        login = profile.login_name
    except (AddressError, ValueError):
        sender, login = profile.sender, profile.username
    parts = (
        profile.host.strip().casefold(),
        str(profile.port),
        profile.encryption,
        str(profile.auth),
        profile.auth_method,
        login,
        sender,
        str(profile.allow_self_signed),
    )
    return hashlib.sha256("\n".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:32]


_RECORDS = ProfileRecords("verified.json")


def record(
    profile: Profile, diagnosis: Diagnosis, *, at: float | None = None, path: Path | None = None
) -> VerifyRecord:
    """Remember this verify as the profile's last one."""
    entry = VerifyRecord(
        profile.name,
        time.time() if at is None else at,
        diagnosis.ok,
        diagnosis.stage,
        diagnosis.code,
        diagnosis.smtp_code,
        settings_fingerprint(profile),
        diagnosis.cause,
    )
    _RECORDS.put(profile.name, entry.to_json(), path=path)
    return entry


def last(name: str, *, path: Path | None = None) -> VerifyRecord | None:
    """The profile's last verify, or None if it never ran (or was forgotten)."""
    entry = _RECORDS.get(name, path=path)
    if entry is None:
        return None
    try:
        return VerifyRecord(
            str(entry["profile"]),
            float(entry["at"]),
            bool(entry["ok"]),
            str(entry["stage"]),
            str(entry["code"]),
            entry.get("smtp_code") if isinstance(entry.get("smtp_code"), int) else None,
            str(entry.get("settings") or ""),
            entry.get("cause") if isinstance(entry.get("cause"), str) else None,
        )
    except (KeyError, TypeError, ValueError):
        return None


def rename(old: str, new: str, *, path: Path | None = None) -> None:
    """The record follows a renamed profile."""
    _RECORDS.rename(old, new, path=path)


def forget(name: str, *, path: Path | None = None) -> None:
    """A deleted profile's record goes with it."""
    _RECORDS.forget(name, path=path)
