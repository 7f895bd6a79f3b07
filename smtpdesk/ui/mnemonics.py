"""Alt-letter keys ("&Save"): the letter a text marks, and the text without the mark.

Labels keep the mark; sentences that name a field ("Sender: please fill this in") and
accessible names use the plain text.
"""

from __future__ import annotations

import re

_MARK = re.compile(r"&(&|.)")


def plain(text: str) -> str:
    """`text` as read aloud: "&Save" → "Save", "Q&&A" → "Q&A"."""
    return _MARK.sub(lambda match: match.group(1), text)


def letter(text: str) -> str:
    """The lower-case key that Alt+key triggers, or "" when `text` marks none."""
    for match in _MARK.finditer(text):
        if match.group(1) != "&":
            return match.group(1).lower()
    return ""
