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
