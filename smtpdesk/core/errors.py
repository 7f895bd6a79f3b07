"""The one family of the core's expected failures: a closed `code` and its parameters.

Codes down, words up: the core raises `SmtpdeskError` subclasses with a `code` from the
class's closed set and the values a sentence needs (`params`); each front end turns them
into words in one place. `message` is a plain English line for logs and the CLI's JSON.
Subclasses may also derive from a built-in (aiosmtplib's `errors.py` does the same), so an
`except OSError` written before keeps catching what it caught.
"""

from __future__ import annotations

from typing import Any, ClassVar

__all__ = ["SmtpdeskError"]


class SmtpdeskError(Exception):
    """Base of every expected failure of `smtpdesk.core`.

    `codes` lists the codes a subclass may carry (empty: not checked, for families whose
    codes come from elsewhere, e.g. a diagnosis). `params` holds what the words need.
    """

    codes: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, code: str, message: str = "", **params: Any) -> None:
        if self.codes and code not in self.codes:
            raise ValueError(f"{type(self).__name__}: unknown code {code!r}")
        super().__init__(*((message,) if message else ()))
        self.code = code
        self.message = message or code
        self.params: dict[str, Any] = params

    def to_json(self) -> dict[str, Any]:
        """`{"code", "message", **params}` with the parameters as JSON-able values."""
        data: dict[str, Any] = {"code": self.code, "message": self.message}
        for key, value in self.params.items():
            data[key] = (
                value if isinstance(value, (str, int, float, bool, type(None))) else str(value)
            )
        return data
