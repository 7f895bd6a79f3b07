"""A QTextBrowser for HTML from strangers: it shows only what travels inside the message.

A recipients list or HTML template from a colleague or a client may reference local files
(`<img src="/dev/zero">` blocks the app, `file:///home/…` shows a private picture in the
preview) or network addresses. QTextBrowser loads such resources itself; this one loads none
but `data:` URLs (which are part of the message) and never follows a link inside itself.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget


class SealedBrowser(QTextBrowser):
    def __init__(self, parent: QWidget | None = None, *, objectName: str = "") -> None:  # noqa: N803
        super().__init__(parent, objectName=objectName)
        self.setOpenLinks(False)  # a click must not load file:// or http:// into the view
        self.setOpenExternalLinks(False)
        self.setSearchPaths([])

    def loadResource(self, kind: int, url: QUrl | str):  # noqa: N802 (Qt's name)
        if QUrl(url).scheme() == "data":
            return super().loadResource(kind, url)
        # an empty answer, not None: on None QTextDocument reads a local file itself
        return QByteArray()  # files, FIFOs, devices, the network: nothing
