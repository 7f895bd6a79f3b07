"""Small records kept for each profile beside the profiles: one JSON file of objects keyed
by the profile's name in any case (as profile files are). A missing or damaged file reads
as an empty one: the record is only a memory, and the next verify or throttle makes it
again. `verified.json` (the last verify) and `paces.json` (the server's learned pace) are
kept this way."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from smtpdesk.core import paths

__all__ = ["ProfileRecords"]


class ProfileRecords:
    """The records in `filename` of the data directory (or in `path`, where given)."""

    def __init__(self, filename: str) -> None:
        self.filename = filename

    def get(self, name: str, *, path: Path | None = None) -> dict[str, Any] | None:
        entry = self._read(self._file(path)).get(_key(name))
        return entry if isinstance(entry, dict) else None

    def put(self, name: str, entry: dict[str, Any], *, path: Path | None = None) -> None:
        path = self._file(path)
        data = self._read(path)
        data[_key(name)] = entry
        self._write(path, data)

    def rename(self, old: str, new: str, *, path: Path | None = None) -> None:
        """The record follows a renamed profile."""
        path = self._file(path)
        data = self._read(path)
        entry = data.pop(_key(old), None)
        if entry is None:
            return
        entry["profile"] = new
        data[_key(new)] = entry
        self._write(path, data)

    def forget(self, name: str, *, path: Path | None = None) -> None:
        """A deleted profile's record goes with it."""
        path = self._file(path)
        data = self._read(path)
        if data.pop(_key(name), None) is not None:
            self._write(path, data)

    def _file(self, path: Path | None) -> Path:
        return path or paths.data_dir() / self.filename

    @staticmethod
    def _read(path: Path) -> dict[str, dict[str, Any]]:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}  # missing or damaged: nothing is known yet
        return data if isinstance(data, dict) else {}

    @staticmethod
    def _write(path: Path, data: dict[str, dict[str, Any]]) -> None:
        paths.write_private(path, json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False))


def _key(name: str) -> str:
    return name.strip().casefold()
