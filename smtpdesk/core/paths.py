"""Where smtpdesk keeps its files (CONTRACT §3): `SMTPDESK_HOME`, else platformdirs."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "smtpdesk"


def _home() -> Path | None:
    value = os.environ.get("SMTPDESK_HOME")
    return Path(value).expanduser() if value else None


def config_dir() -> Path:
    """Profiles and settings."""
    return _home() or Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """The queue database, certificate pins, logs."""
    return _home() or Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def profiles_dir() -> Path:
    return config_dir() / "profiles"


def settings_file() -> Path:
    return config_dir() / "settings.toml"


def pins_file() -> Path:
    return data_dir() / "pins.json"


def queue_file() -> Path:
    return data_dir() / "queue.sqlite3"


def log_dir() -> Path:
    return data_dir() / "logs"


def private_dir(path: Path) -> Path:
    """`path` created (with its parents) readable by the owner only on POSIX (CONTRACT §3)."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def write_private(path: Path, text: str) -> None:
    """Replace `path` with `text` in one step, the file readable by its owner only (POSIX):
    a crash mid-write leaves the old file, never half of the new one."""
    private_dir(path.parent)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(tmp, path)
