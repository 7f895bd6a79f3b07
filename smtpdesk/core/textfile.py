"""One decoder for every text file the user gives: recipients CSVs, message bodies, HTML.

UTF-8 (with or without a BOM) first, UTF-16 with a BOM (Excel's "Unicode text"), then the
Windows code page whose letters fit the text better: Windows-1250 (Central Europe, wins a
tie) or Windows-1252. A file mixing UTF-8 letters with other bytes is refused with the
line of each, rather than garbled; so is a binary file. Never raises anything but
`TextFileError` (and `OSError` subclasses from `read_text`'s reading, wrapped too).
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path

from smtpdesk.core.errors import SmtpdeskError

__all__ = ["CENTRAL_LETTERS", "WESTERN_LETTERS", "TextFileError", "decode_text", "read_text"]

# Letters typical of the users' languages (Slovenian, Czech, Polish, and their neighbours'
# Slovak, Croatian, Hungarian, German) versus Western European letters. A text decoded with
# the right code page is rich in its own set; ASCII bytes decode the same and do not count.
CENTRAL_LETTERS = frozenset("čćšžđřěůňďťąęłśźżńľĺŕőűáéíóúýäöüôČĆŠŽĐŘĚŮŇĎŤĄĘŁŚŹŻŃĽĹŔŐŰÁÉÍÓÚÝÄÖÜÔß")
WESTERN_LETTERS = frozenset("àâäæçèéêëîïôœùûüÿöñáíóúãõåøìòÀÂÄÆÇÈÉÊËÎÏÔŒÙÛÜŸÖÑÁÍÓÚÃÕÅØÌÒß")
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


class TextFileError(SmtpdeskError):
    """A text file that cannot be read or decoded.

    Codes: `unreadable` (the OS refused: params `reason`), `bad_encoding` (a BOM that
    lies), `not_text` (binary), `mixed_encoding` (params `utf8_line`, `other_line`),
    `unknown_encoding`. `line` is the line to point at, or None.
    """

    codes = frozenset(
        {"unreadable", "bad_encoding", "not_text", "mixed_encoding", "unknown_encoding"}
    )

    @property
    def line(self) -> int | None:
        line = self.params.get("line")
        return line if isinstance(line, int) else None


def read_text(path: str | os.PathLike[str]) -> str:
    """The file's text, decoded as `decode_text` does; raises TextFileError."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise TextFileError("unreadable", f"{path}: {reason}", reason=reason) from None
    return decode_text(data)[0]


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding): strict UTF-8 first; otherwise the code page whose letters fit."""
    if data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif data.startswith(_UTF16_BOMS):
        encoding = "utf-16"  # Excel's "Unicode text"
    else:
        encoding = "utf-8"
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError:
        if encoding != "utf-8":
            raise TextFileError(
                "bad_encoding", f"the file is not valid {encoding} text", encoding=encoding
            ) from None
    if b"\x00" in data:
        raise TextFileError("not_text", "this is not a text file")
    _refuse_mixed_encodings(data)
    high = data.translate(None, delete=bytes(range(128)))  # only the non-ASCII bytes decide
    counts = {byte: high.count(byte) for byte in set(high)}
    best: tuple[int, str, str] | None = None
    for encoding, letters in (("cp1250", CENTRAL_LETTERS), ("cp1252", WESTERN_LETTERS)):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = sum(
            n for byte, n in counts.items() if bytes((byte,)).decode(encoding, "replace") in letters
        )
        if best is None or score > best[0]:  # cp1250 comes first, so it wins a tie
            best = (score, encoding, text)
    if best is None:
        raise TextFileError(
            "unknown_encoding", "the text is neither UTF-8 nor Windows-1250 nor Windows-1252"
        )
    return best[2], best[1]


def _refuse_mixed_encodings(data: bytes) -> None:
    """Letters written as UTF-8 next to bytes that are not UTF-8 (two files pasted together):
    any one decoding garbles half the names, so say where instead of guessing."""
    text = data.decode("utf-8", "surrogateescape")
    utf8_letter = next(
        (i for i, c in enumerate(text) if c in CENTRAL_LETTERS or c in WESTERN_LETTERS), None
    )
    if utf8_letter is None:
        return
    stray = next(i for i, c in enumerate(text) if "\udc80" <= c <= "\udcff")
    utf8_line = text.count("\n", 0, utf8_letter) + 1
    other_line = text.count("\n", 0, stray) + 1
    raise TextFileError(
        "mixed_encoding",
        f"the file mixes UTF-8 (row {utf8_line}) and another encoding (row {other_line}); "
        "save it again as UTF-8",
        utf8_line=utf8_line,
        other_line=other_line,
        line=other_line,
    )
