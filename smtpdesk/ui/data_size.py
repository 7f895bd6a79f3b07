"""File sizes in the window's language: "26 bajtov", "1,5 kB", "2,3 MB".

Qt's own QLocale.formattedDataSize has one form for every count of bytes ("26 bajt",
"2 bytes" for one byte) and IEC units (KiB) that office users do not know: bytes get our
plural forms, larger sizes Qt's traditional units with the language's decimal comma.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject


class DataSize(QObject):
    """The translation context of the byte counts (lupdate reads plurals from tr())."""

    def bytes(self, size: int) -> str:
        return self.tr("%n byte(s)", "", size)


def data_size(size: int) -> str:
    if size < 1024:
        return DataSize().bytes(size)
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
