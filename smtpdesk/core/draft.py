"""The batch being composed, kept across restarts: `draft.json` in the data directory.

The window saves what the Batch page holds (the recipients file's path, subject, bodies,
attachments, the per-recipient attachment rule, the chosen profile) and offers it again at
the next start; a sent batch or a discarded draft removes the file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smtpdesk.core import paths
from smtpdesk.core.recipients import AttachmentRule

__all__ = ["ComposeDraft", "clear", "load", "save"]


@dataclass(frozen=True)
class ComposeDraft:
    recipients_file: str | None = None
    subject: str = ""
    text_body: str = ""
    html_body: str | None = None  # None: no HTML version
    attachments: tuple[str, ...] = ()
    attachment_rule: AttachmentRule | None = None  # None: found by the column's name
    profile: str | None = None  # None: the one selected in the Profiles list
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not (
            self.recipients_file
            or self.subject.strip()
            or self.text_body.strip()
            or (self.html_body or "").strip()
            or self.attachments
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "recipients_file": self.recipients_file,
            "subject": self.subject,
            "text_body": self.text_body,
            "html_body": self.html_body,
            "attachments": list(self.attachments),
            "attachment_rule": self.attachment_rule.to_json() if self.attachment_rule else None,
            "profile": self.profile,
            "extra": self.extra,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ComposeDraft:
        rule = data.get("attachment_rule")
        html_body = data.get("html_body")
        return cls(
            recipients_file=_text_or_none(data.get("recipients_file")),
            subject=str(data.get("subject") or ""),
            text_body=str(data.get("text_body") or ""),
            html_body=None if html_body is None else str(html_body),
            attachments=tuple(str(p) for p in data.get("attachments") or () if p),
            attachment_rule=AttachmentRule(
                _text_or_none(rule.get("column")), _text_or_none(rule.get("folder"))
            )
            if isinstance(rule, dict)
            else None,
            profile=_text_or_none(data.get("profile")),
            extra=dict(data.get("extra") or {}),
        )


def _text_or_none(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def _file(path: Path | None) -> Path:
    return path or paths.data_dir() / "draft.json"


def save(draft: ComposeDraft, *, path: Path | None = None) -> None:
    # owner-only (CONTRACT §3): the message text and the list are the user's business
    paths.write_private(_file(path), json.dumps(draft.to_json(), indent=1, ensure_ascii=False))


def load(*, path: Path | None = None) -> ComposeDraft | None:
    try:
        data = json.loads(_file(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # none kept, or damaged: start empty
    if not isinstance(data, dict):
        return None
    try:
        draft = ComposeDraft.from_json(data)
    except (AttributeError, TypeError, ValueError):
        return None
    return None if draft.is_empty else draft


def clear(*, path: Path | None = None) -> None:
    try:
        _file(path).unlink()
    except FileNotFoundError:
        pass
