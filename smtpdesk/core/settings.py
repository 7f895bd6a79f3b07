"""App-wide preferences (the chosen language, the last used profile): `settings.toml`."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import tomli_w

from smtpdesk.core import paths


def load(path: Path | None = None) -> dict[str, Any]:
    path = path or paths.settings_file()
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # missing or damaged preferences fall back to defaults


def update(path: Path | None = None, **values: Any) -> None:
    path = path or paths.settings_file()
    data = load(path)
    data.update({k: v for k, v in values.items() if v is not None})
    paths.write_private(path, tomli_w.dumps(data))
