"""What every part of the Settings form shares: the empty profile, field widgets, names."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLineEdit

from smtpdesk.core.profile import DEFAULT_PORTS, Profile

ENCRYPTION_VALUES = ("none", "ssl", "starttls")
STANDARD_PORTS = set(DEFAULT_PORTS.values())
ERROR_STYLE = "color: #c62828;"


def blank_profile(name: str) -> Profile:
    return Profile(name=name, host="", port=DEFAULT_PORTS["starttls"], sender="")


def line_edit(name: str) -> QLineEdit:
    edit = QLineEdit(objectName=name)
    edit.setMinimumWidth(260)
    edit.setClearButtonEnabled(name != "passwordEdit")
    return edit


def section_line() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def camel(key: str) -> str:
    """A profile key as an object name's start: max_per_day → maxPerDay."""
    first, *rest = key.split("_")
    return first + "".join(part.capitalize() for part in rest)


__all__ = [
    "ENCRYPTION_VALUES",
    "ERROR_STYLE",
    "STANDARD_PORTS",
    "blank_profile",
    "camel",
    "line_edit",
    "section_line",
]
