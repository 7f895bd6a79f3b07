"""The log file: `logs/smtpdesk.log` in the data directory, rotated, never with a secret.

Nothing we log carries a password or token (transcripts are masked where they are made);
the filter here is the second line: every secret the process learns is registered, and
any of its forms (plain, base64, AUTH PLAIN) is replaced by `***` before a record is written.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from smtpdesk.core import paths
from smtpdesk.core.transport import secrets_seen
from smtpdesk.core.verify import secret_forms

_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
_secrets: set[str] = set()


def add_secret(username: str, secret: str | None) -> None:
    """Register a secret so it can never reach the log, in any of its wire forms."""
    if secret:
        _secrets.update(secret_forms(username, secret))


_registered = 0  # how many of transport.secrets_seen() are in _secrets already


def _take_new_secrets() -> None:
    """Every password and token the process has held, wherever it came from."""
    global _registered
    seen = secrets_seen()
    for username, secret in seen[_registered:]:
        add_secret(username, secret)
    _registered = len(seen)


class _SecretFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        _take_new_secrets()
        if _secrets:
            text = record.getMessage()
            masked = text
            for form in sorted(_secrets, key=len, reverse=True):
                masked = masked.replace(form, "***")
            if masked != text:
                record.msg, record.args = masked, None
        return True


def setup(level: str | None = None) -> Path | None:
    """Log to the rotating file (once per process); returns its path, or None if the data
    directory cannot be written (the app still works, just without a log)."""
    root = logging.getLogger("smtpdesk")
    for handler in root.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return Path(handler.baseFilename)
    path = paths.log_dir() / "smtpdesk.log"
    try:
        paths.private_dir(path.parent)
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))  # owner only
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.addFilter(_SecretFilter())
    root.addHandler(handler)
    root.setLevel(level or os.environ.get("SMTPDESK_LOG_LEVEL", "INFO").upper())
    return path


def close() -> None:
    root = logging.getLogger("smtpdesk")
    for handler in list(root.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
